//! The `preview` URI scheme: the SVG pages of recent previews, which the UI shows as `<img>`s.
//! `render_preview` answers with page addresses only; the webview fetches a page here when its
//! address is new, i.e. only when an edit changed that page. The pages live in `cv-client`'s
//! [`Previewer`](cv_client::Previewer); this is glue.

use std::borrow::Cow;

use tauri::http::{Response, StatusCode, header};
use tauri::{AppHandle, Manager, Runtime};

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

/// Answers one page request: the SVG, or 404 once no recent preview shows that page.
pub fn serve<R: Runtime>(app: &AppHandle<R>, path: &str) -> Response<Cow<'static, [u8]>> {
    let svg = app
        .try_state::<AppState>()
        .and_then(|state| state.previewer.page_svg(path));
    let response = match svg {
        Some(svg) => Response::builder()
            .header(header::CONTENT_TYPE, "image/svg+xml")
            // An address names one page's content for good.
            .header(header::CACHE_CONTROL, "max-age=31536000, immutable")
            .body(Cow::Owned(svg.to_vec())),
        None => Response::builder()
            .status(StatusCode::NOT_FOUND)
            .body(Cow::Borrowed(&b""[..])),
    };
    response.unwrap_or_else(|_| Response::new(Cow::Borrowed(&b""[..])))
}
