//! The CV Improver desktop app: Tauri glue only. Commands (`commands`) are a few lines each that
//! call `cv-client` (store, previews, files) and `cv-core`; the window, plugins and menu are set
//! up here. Nothing in this crate is worth testing without a window: the logic lives in
//! `cv-client`, tested there, and the whole app is tested end to end through WebDriver
//! (`scripts/test-desktop-e2e.sh`).

mod commands;
#[cfg(target_os = "linux")]
pub mod linux;
mod menu;
mod tiles;

use std::sync::Arc;

use cv_client::{Previewer, Store};
use tauri::Manager;

/// What every command shares: the local store and the one Typst renderer.
pub struct AppState {
    store: Store,
    previewer: Arc<Previewer>,
}

/// The store's file name inside the OS app-data folder (`~/.local/share/com.cvimprover.app`).
const STORE_FILE: &str = "cvimprover.sqlite";

/// Builds and runs the app until its last window closes.
pub fn run() {
    let result = tauri::Builder::default()
        // First: a second launch focuses the running window instead of opening another store.
        .plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
            if let Some(window) = app.get_webview_window("main") {
                let _ = window.unminimize();
                let _ = window.set_focus();
            }
        }))
        .plugin(tauri_plugin_window_state::Builder::default().build())
        .plugin(tauri_plugin_dialog::init())
        .register_asynchronous_uri_scheme_protocol(
            cv_client::preview::SCHEME,
            |ctx, request, responder| {
                let path = request.uri().path().to_owned();
                tiles::serve(ctx.app_handle().clone(), path, responder);
            },
        )
        .setup(|app| {
            let path = app.path().app_data_dir()?.join(STORE_FILE);
            let store = tauri::async_runtime::block_on(Store::open(&path))?;
            app.manage(AppState {
                store,
                previewer: Arc::new(Previewer::with_tile_base(tiles::base())),
            });
            menu::install(app)?;
            #[cfg(target_os = "linux")]
            linux::software_rendering(app);
            Ok(())
        })
        .invoke_handler(commands::handler())
        .run(tauri::generate_context!());
    if let Err(error) = result {
        eprintln!("CV Improver could not start: {error}");
        std::process::exit(1);
    }
}
