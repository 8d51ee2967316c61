//! The `preview` URI scheme: the tile bitmaps of recent previews, which the UI shows as
//! `<img>`s. `render_preview` answers with tile addresses only; the webview fetches a tile here
//! when its address is new, i.e. only when an edit (or a new zoom) changed that tile. The tiles
//! live in `cv-client`'s [`Previewer`](cv_client::Previewer); this is glue.

use std::borrow::Cow;

use tauri::http::{Response, StatusCode, header};
use tauri::{AppHandle, Manager, Runtime, UriSchemeResponder};

use crate::AppState;

/// Where tile addresses start: WebKitGTK and WKWebView serve a custom scheme as
/// `preview://localhost/`, WebView2 (Windows) and Android as `http://preview.localhost/`.
pub fn base() -> String {
    let scheme = cv_client::preview::SCHEME;
    if cfg!(any(windows, target_os = "android")) {
        format!("http://{scheme}.localhost/")
    } else {
        format!("{scheme}://localhost/")
    }
}

/// Answers one tile request off the main thread: a tile no render has drawn yet is drawn first.
pub fn serve<R: Runtime>(app: AppHandle<R>, path: String, responder: UriSchemeResponder) {
    tauri::async_runtime::spawn_blocking(move || responder.respond(tile(&app, &path)));
}

/// The PNG, or 404 once no recent preview shows that tile.
fn tile<R: Runtime>(app: &AppHandle<R>, path: &str) -> Response<Cow<'static, [u8]>> {
    let png = app
        .try_state::<AppState>()
        .and_then(|state| state.previewer.tile_png(path));
    let response = match png {
        Some(png) => Response::builder()
            .header(header::CONTENT_TYPE, "image/png")
            // An address names one tile's pixels for good.
            .header(header::CACHE_CONTROL, "max-age=31536000, immutable")
            .body(Cow::Owned(png.to_vec())),
        None => Response::builder()
            .status(StatusCode::NOT_FOUND)
            .body(Cow::Borrowed(&b""[..])),
    };
    response.unwrap_or_else(|_| Response::new(Cow::Borrowed(&b""[..])))
}
