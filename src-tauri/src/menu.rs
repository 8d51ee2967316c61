//! The app menu. Standard items (undo, copy, quit…) are native; our own items are sent to the UI
//! as a `menu` event with the item's id (`new-cv`, `open`, `export-pdf`, `save-snapshot`),
//! because the UI owns the editor state they act on.

use tauri::menu::{Menu, MenuItemBuilder, PredefinedMenuItem, SubmenuBuilder};
use tauri::{App, Emitter};

/// Builds the menu and forwards clicks on our own items to the UI.
pub fn install(app: &mut App) -> tauri::Result<()> {
    let item = |id: &str, text: &str, accel: &str| {
        MenuItemBuilder::with_id(id, text)
            .accelerator(accel)
            .build(app)
    };
    let file = SubmenuBuilder::new(app, "File")
        .item(&item("new-cv", "New CV", "CmdOrCtrl+N")?)
        .item(&item("open", "Open…", "CmdOrCtrl+O")?)
        .separator()
        .item(&item("save-snapshot", "Save Snapshot", "CmdOrCtrl+S")?)
        .item(&item("export-pdf", "Export PDF…", "CmdOrCtrl+E")?)
        .separator()
        .item(&PredefinedMenuItem::quit(app, None)?)
        .build()?;
    let edit = SubmenuBuilder::new(app, "Edit")
        .undo()
        .redo()
        .separator()
        .cut()
        .copy()
        .paste()
        .select_all()
        .build()?;
    let window = SubmenuBuilder::new(app, "Window")
        .minimize()
        .fullscreen()
        .build()?;
    let menu = Menu::with_items(app, &[&file, &edit, &window])?;
    app.set_menu(menu)?;
    app.on_menu_event(|app, event| {
        let _ = app.emit("menu", event.id().as_ref());
    });
    Ok(())
}
