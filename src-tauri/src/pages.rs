//! The `preview` URI scheme: the page bitmaps of recent previews, which the UI shows as
//! `<img>`s. `render_preview` answers with page addresses only; the webview fetches a page here
//! when its address is new, i.e. only when an edit (or a new zoom) changed that page. The pages
//! live in `cv-client`'s [`Previewer`](cv_client::Previewer); this is glue.

use std::borrow::Cow;

use tauri::http::{Response, StatusCode, header};
use tauri::{AppHandle, Manager, Runtime, UriSchemeResponder};

use crate::AppState;

/// Where page addresses start: WebKitGTK and WKWebView serve a custom scheme as
/// `preview://localhost/`, WebView2 (Windows) and Android as `http://preview.localhost/`.
pub fn base() -> String {
    let scheme = cv_client::preview::SCHEME;
    if cfg!(any(windows, target_os = "android")) {
        format!("http://{scheme}.localhost/")
    } else {
        format!("{scheme}://localhost/")
    }
}

/// Answers one page request off the main thread: a page not drawn at that width yet (after a
/// zoom) is drawn first.
pub fn serve<R: Runtime>(app: AppHandle<R>, path: String, responder: UriSchemeResponder) {
    tauri::async_runtime::spawn_blocking(move || responder.respond(page(&app, &path)));
}

/// The PNG, or 404 once no recent preview shows that page.
fn page<R: Runtime>(app: &AppHandle<R>, path: &str) -> Response<Cow<'static, [u8]>> {
    let png = app
        .try_state::<AppState>()
        .and_then(|state| state.previewer.page_png(path));
    let response = match png {
        Some(png) => Response::builder()
            .header(header::CONTENT_TYPE, "image/png")
            // An address names one page's content at one width for good.
            .header(header::CACHE_CONTROL, "max-age=31536000, immutable")
            .body(Cow::Owned(png.to_vec())),
        None => Response::builder()
            .status(StatusCode::NOT_FOUND)
            .body(Cow::Borrowed(&b""[..])),
    };
    response.unwrap_or_else(|_| Response::new(Cow::Borrowed(&b""[..])))
}
