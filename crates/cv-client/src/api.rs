//! The desktop app's IPC contract: what its commands take and return, serialised in camelCase
//! (`docs/architecture.md`, "Desktop"). The TypeScript side is generated from these types
//! (feature `ts`), so a change here that the UI does not follow fails the bindings test.

use serde::{Deserialize, Serialize};

pub use cv_core::Cv;

/// A CV in the list: enough to show and pick it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CvSummary {
    /// Stable id.
    pub id: String,
    /// The name the user gave it.
    pub title: String,
    /// Last save, RFC 3339.
    pub updated_at: String,
    /// The template its design uses.
    pub template: String,
}

/// A CV with its document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct StoredCv {
    /// Stable id.
    pub id: String,
    /// The name the user gave it.
    pub title: String,
    /// How many times it was saved; grows by one per save.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub revision: i64,
    /// Last save, RFC 3339.
    pub updated_at: String,
    /// The document.
    pub document: Cv,
}

/// The result of a save.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Saved {
    /// The CV's revision after the save.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub revision: i64,
    /// When, RFC 3339.
    pub saved_at: String,
}

/// A CV in the trash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TrashedCv {
    /// Stable id.
    pub id: String,
    /// The name the user gave it.
    pub title: String,
    /// When it was deleted, RFC 3339.
    pub deleted_at: String,
    /// When it will be removed for good, RFC 3339.
    pub purge_at: String,
}

/// Why a snapshot was taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum SnapshotReason {
    /// The user saved explicitly (Ctrl+S).
    Manual,
    /// The CV was exported.
    Export,
    /// Taken while editing, at most every five minutes.
    Auto,
    /// The state just before a snapshot was restored, so restoring can be undone.
    Restore,
}

impl SnapshotReason {
    /// The name stored in the database and sent to the UI.
    pub fn as_str(self) -> &'static str {
        match self {
            SnapshotReason::Manual => "manual",
            SnapshotReason::Export => "export",
            SnapshotReason::Auto => "auto",
            SnapshotReason::Restore => "restore",
        }
    }

    /// The reverse of [`Self::as_str`].
    pub fn parse(name: &str) -> Option<Self> {
        [Self::Manual, Self::Export, Self::Auto, Self::Restore]
            .into_iter()
            .find(|r| r.as_str() == name)
    }
}

/// A point in a CV's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Snapshot {
    /// Stable id.
    pub id: String,
    /// The CV it belongs to.
    pub cv_id: String,
    /// Why it was taken.
    pub reason: SnapshotReason,
    /// When, RFC 3339.
    pub created_at: String,
}

/// How serious a [`Diagnostic`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Severity {
    /// Wrong on paper; fix before sending.
    Error,
    /// Worth a look.
    Warning,
}

/// A validation message located at a field, e.g. `work[2].startDate`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Diagnostic {
    /// cv-core's field path, the same as the editor's `data-field`.
    pub path: String,
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong, for the person who wrote the CV.
    pub message: String,
}

/// A position in a template file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SourcePosition {
    /// The virtual file, e.g. `/modern.typ`.
    pub file: String,
    /// 1-based line.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub line: u64,
    /// 1-based column.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub column: u64,
}

/// A message from rendering (Typst or our font check).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RenderDiagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// What happened.
    pub message: String,
    /// What might help.
    pub hints: Vec<String>,
    /// Where in the template, when known.
    pub position: Option<SourcePosition>,
}

/// Rendered preview pages.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Preview {
    /// The generation the UI asked for; the UI shows only the newest.
    pub generation: u32,
    /// The pages the PDF will have, each drawn as wide in pixels as the UI asked for.
    pub pages: Vec<PreviewPage>,
    /// Number of pages.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub page_count: u64,
    /// The width of a page in points (1/72 in), to map a click on a page image to the page.
    pub page_width_pt: f64,
    /// Time spent in Rust laying out and drawing, in milliseconds.
    pub render_ms: f64,
    /// Warnings from rendering.
    pub diagnostics: Vec<RenderDiagnostic>,
}

/// One page of a preview, as a stack of tile images: an edit redraws only the tiles it changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PreviewPage {
    /// The page's tiles, top to bottom, each as wide as the page.
    pub tiles: Vec<PreviewTile>,
    /// The page's width in pixels as drawn.
    pub width_px: u32,
    /// The page's height in pixels as drawn (the tiles' heights added up).
    pub height_px: u32,
}

/// A band of a preview page's rows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PreviewTile {
    /// The address of the tile's image (`preview://localhost/<fingerprint>.png`, served by the
    /// app). A tile an edit did not change keeps its address, so the UI does not load it again.
    pub url: String,
    /// The tile's height in pixels.
    pub height_px: u32,
}

/// A file format to export to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum ExportFormat {
    /// PDF with the source document attached.
    Pdf,
    /// Our JSON (JSON Resume plus the `cvimprover` block).
    Json,
    /// Plain JSON Resume.
    JsonResume,
    /// Markdown.
    Markdown,
    /// Plain text.
    Text,
    /// Word document.
    Docx,
}

/// The result of an export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Exported {
    /// Where the file was written.
    pub path: String,
    /// Its size.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub bytes: u64,
}

/// A built-in template.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TemplateInfo {
    /// Value for `design.template`.
    pub id: String,
    /// Display name.
    pub name: String,
    /// One line about it.
    pub description: String,
}

/// A content locale (the CV's language).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LocaleInfo {
    /// Value for `cvimprover.locale`.
    pub code: String,
    /// English name of the language.
    pub name: String,
    /// Whether text runs right to left.
    pub rtl: bool,
}

/// What kind of failure an [`CommandError`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum ErrorKind {
    /// No such CV or snapshot.
    NotFound,
    /// A request that makes no sense.
    Invalid,
    /// Reading or writing a file failed.
    Io,
    /// The file could not be imported.
    Import,
    /// Rendering or exporting failed.
    Render,
    /// The local database failed.
    Store,
}

/// Every command's error, as the UI receives it (the rejected promise's value).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CommandError {
    /// The category to branch on.
    pub kind: ErrorKind,
    /// A message for the person using the app.
    pub message: String,
}

/// The built-in templates.
pub fn templates() -> Vec<TemplateInfo> {
    cv_core::render::TEMPLATES
        .iter()
        .map(|t| TemplateInfo {
            id: t.name.to_owned(),
            name: title_case(t.name),
            description: t.description.to_owned(),
        })
        .collect()
}

/// The content locales.
pub fn locales() -> Vec<LocaleInfo> {
    cv_core::locale::all()
        .iter()
        .map(|l| LocaleInfo {
            code: l.code.to_owned(),
            name: l.name.to_owned(),
            rtl: l.rtl,
        })
        .collect()
}

/// cv-core's validation messages as [`Diagnostic`]s.
pub fn validate(cv: &Cv) -> Vec<Diagnostic> {
    cv_core::validate(cv)
        .into_iter()
        .map(|issue| Diagnostic {
            path: issue.path,
            severity: match issue.level {
                cv_core::Level::Error => Severity::Error,
                cv_core::Level::Warning => Severity::Warning,
            },
            message: issue.message,
        })
        .collect()
}

fn title_case(name: &str) -> String {
    let mut chars = name.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}
