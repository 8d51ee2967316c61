//! The IPC commands of `ui/src/ipc/bindings.ts`, in the contract's order (the list and its
//! TypeScript live in `cv-client`'s `ipc` module). Each is glue: it takes the shared state, calls
//! `cv-client`, and turns errors into [`CommandError`]s. CPU-bound work (Typst, importing a PDF)
//! runs on a blocking thread so the async threads keep serving the UI.

use std::path::PathBuf;

use cv_client::api::{
    self, CommandError, CvSummary, Diagnostic, ExportFormat, Exported, LocaleInfo, Preview, Saved,
    Snapshot, SnapshotReason, StoredCv, TemplateInfo, TrashedCv,
};
use cv_client::files;
use cv_core::Cv;
use tauri::State;

use crate::AppState;

type Result<T> = std::result::Result<T, CommandError>;

/// Every command, for the builder.
pub fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        list_cvs,
        create_cv,
        get_cv,
        save_cv,
        rename_cv,
        duplicate_cv,
        delete_cv,
        list_trash,
        restore_cv,
        list_snapshots,
        create_snapshot,
        restore_snapshot,
        validate_cv,
        render_preview,
        export_cv,
        open_file,
        list_templates,
        list_locales,
    ]
}

/// Runs CPU-bound work on a blocking thread.
async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> cv_client::Result<T> + Send + 'static,
) -> Result<T> {
    match tauri::async_runtime::spawn_blocking(work).await {
        Ok(result) => result.map_err(Into::into),
        Err(error) => Err(CommandError {
            kind: api::ErrorKind::Render,
            message: format!("the work stopped unexpectedly: {error}"),
        }),
    }
}

#[tauri::command]
async fn list_cvs(state: State<'_, AppState>) -> Result<Vec<CvSummary>> {
    Ok(state.store.list_cvs().await?)
}

#[tauri::command]
async fn create_cv(
    state: State<'_, AppState>,
    title: String,
    document: Option<Cv>,
) -> Result<StoredCv> {
    Ok(state.store.create_cv(&title, document).await?)
}

#[tauri::command]
async fn get_cv(state: State<'_, AppState>, id: String) -> Result<StoredCv> {
    Ok(state.store.get_cv(&id).await?)
}

#[tauri::command]
async fn save_cv(state: State<'_, AppState>, id: String, document: Cv) -> Result<Saved> {
    Ok(state.store.save_cv(&id, &document).await?)
}

#[tauri::command]
async fn rename_cv(state: State<'_, AppState>, id: String, title: String) -> Result<()> {
    Ok(state.store.rename_cv(&id, &title).await?)
}

#[tauri::command]
async fn duplicate_cv(state: State<'_, AppState>, id: String) -> Result<CvSummary> {
    Ok(state.store.duplicate_cv(&id).await?)
}

#[tauri::command]
async fn delete_cv(state: State<'_, AppState>, id: String) -> Result<()> {
    Ok(state.store.delete_cv(&id).await?)
}

#[tauri::command]
async fn list_trash(state: State<'_, AppState>) -> Result<Vec<TrashedCv>> {
    Ok(state.store.list_trash().await?)
}

#[tauri::command]
async fn restore_cv(state: State<'_, AppState>, id: String) -> Result<()> {
    Ok(state.store.restore_cv(&id).await?)
}

#[tauri::command]
async fn list_snapshots(state: State<'_, AppState>, id: String) -> Result<Vec<Snapshot>> {
    Ok(state.store.list_snapshots(&id).await?)
}

#[tauri::command]
async fn create_snapshot(state: State<'_, AppState>, id: String) -> Result<Snapshot> {
    Ok(state
        .store
        .create_snapshot(&id, SnapshotReason::Manual)
        .await?)
}

#[tauri::command]
async fn restore_snapshot(state: State<'_, AppState>, snapshot_id: String) -> Result<StoredCv> {
    Ok(state.store.restore_snapshot(&snapshot_id).await?)
}

#[tauri::command]
fn validate_cv(document: Cv) -> Vec<Diagnostic> {
    api::validate(&document)
}

#[tauri::command]
async fn render_preview(
    state: State<'_, AppState>,
    document: Cv,
    generation: u32,
    page_pixels: u32,
) -> Result<Option<Preview>> {
    let previewer = state.previewer.clone();
    // Marks older requests stale right away, even those still queued for the renderer.
    previewer.request(generation);
    blocking(move || previewer.render(&document, generation, page_pixels)).await
}

#[tauri::command]
async fn export_cv(
    state: State<'_, AppState>,
    document: Cv,
    id: String,
    format: ExportFormat,
    path: String,
) -> Result<Exported> {
    let previewer = state.previewer.clone();
    let path = PathBuf::from(path);
    let exported = blocking(move || files::export_to(&previewer, &document, format, &path)).await?;
    state
        .store
        .create_snapshot(&id, SnapshotReason::Export)
        .await?;
    Ok(exported)
}

#[tauri::command]
async fn open_file(state: State<'_, AppState>, path: String) -> Result<StoredCv> {
    let path = PathBuf::from(path);
    let (title, cv) = blocking(move || files::read_import(&path)).await?;
    Ok(state.store.create_cv(&title, Some(cv)).await?)
}

#[tauri::command]
fn list_templates() -> Vec<TemplateInfo> {
    api::templates()
}

#[tauri::command]
fn list_locales() -> Vec<LocaleInfo> {
    api::locales()
}
