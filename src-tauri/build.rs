//! Tauri's build step: reads `tauri.conf.json`, generates the ACL from `capabilities/` and declares
//! our own commands so that each needs a permission (least privilege: the capability lists them).
//!
//! `generate_context!` needs `frontendDist` (ui/dist) to exist even in dev mode. On a fresh clone
//! nothing has built the UI yet, so a placeholder page is written that says how to build it;
//! `npm --prefix ui run build` replaces it.

use std::path::Path;

/// The commands of `cv-client`'s `ipc` module; `capabilities/default.json` allows each.
const COMMANDS: &[&str] = &[
    "list_cvs",
    "create_cv",
    "get_cv",
    "save_cv",
    "rename_cv",
    "duplicate_cv",
    "delete_cv",
    "list_trash",
    "restore_cv",
    "list_snapshots",
    "create_snapshot",
    "restore_snapshot",
    "validate_cv",
    "render_preview",
    "export_cv",
    "open_file",
    "list_templates",
    "list_locales",
];

fn main() {
    let dist = Path::new("../ui/dist");
    if !dist.join("index.html").exists() {
        let page = "<!doctype html><meta charset=utf-8><title>CV Improver</title>\
                    <p>The UI is not built: run <code>npm --prefix ui run build</code>.</p>";
        let written = std::fs::create_dir_all(dist)
            .and_then(|()| std::fs::write(dist.join("index.html"), page));
        if let Err(error) = written {
            println!("cargo::warning=could not write a placeholder ui/dist: {error}");
        }
    }
    println!("cargo::rerun-if-changed=../ui/dist");
    let manifest = tauri_build::AppManifest::new().commands(COMMANDS);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
        .expect("tauri-build failed: check tauri.conf.json and capabilities/");
}
