//! Rendering a CV with Typst, in-process: PDF, and SVG or PNG per page for the live preview.
//!
//! A [`Renderer`] is made once (fonts parsed, templates loaded) and reused: Typst memoises layout
//! between compiles, so re-rendering after a one-field edit redoes only what changed. The CV
//! reaches the template as data (`view.rs`); user text is never Typst markup.
//!
//! - [`view`]: document → view model (`templates/README.md` has the contract);
//! - [`templates`]: the built-in templates and their defaults;
//! - [`fonts`]: bundled fonts, system fallback, missing-glyph check;
//! - `screen`: pages cut into tiles for the live preview;
//! - `world`: the Typst `World`; `diag`: structured diagnostics.

mod diag;
pub mod fonts;
mod screen;
pub mod templates;
pub mod view;
mod world;

use std::sync::OnceLock;

use typst::foundations::{Bytes, Datetime, Smart};
use typst::syntax::Source;
use typst::utils::LazyHash;
use typst::{Library, LibraryExt};
use typst_kit::fonts::FontStore;
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, Timestamp};

pub use diag::{Diagnostic, Severity, SourcePosition, format_diagnostics};
pub use screen::{PageLayout, Tile};
pub use templates::{TEMPLATES, Template, template_names};

use crate::model::Cv;
use crate::{Error, Result};
use view::View;
use world::{CvWorld, file_id};

/// How many compiles a cached layout may go unused before Typst's memo cache drops it. Keeps a
/// long editing session's memory flat while consecutive renders still share almost everything.
const CACHE_MAX_AGE: usize = 10;

/// Turns CVs into documents. Create one and keep it: it holds the parsed fonts and templates.
pub struct Renderer {
    library: LazyHash<Library>,
    /// The bundled fonts, parsed on the first compile; `new` starts unpacking their files in the
    /// background, so a renderer made at start-up adds nothing to it.
    bundled: OnceLock<FontStore>,
    /// Bundled plus system fonts, loaded the first time a CV needs a glyph we do not bundle.
    with_system: OnceLock<FontStore>,
    sources: Vec<Source>,
}

impl Default for Renderer {
    fn default() -> Self {
        Self::new()
    }
}

impl std::fmt::Debug for Renderer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Renderer")
            .field("templates", &template_names())
            .finish_non_exhaustive()
    }
}

/// A laid-out CV, ready to export.
pub struct Compiled {
    document: PagedDocument,
    /// Warnings from Typst and from our own checks (e.g. characters no font covers).
    pub warnings: Vec<Diagnostic>,
}

/// PDF export settings.
#[derive(Debug, Clone, Copy, Default)]
pub struct PdfSettings {
    /// Creation time as Unix seconds; `None` writes no date, so output is reproducible.
    pub timestamp: Option<i64>,
}

impl PdfSettings {
    /// Reproducible when `SOURCE_DATE_EPOCH` is set (<https://reproducible-builds.org/specs/source-date-epoch/>),
    /// otherwise dated now.
    pub fn from_env() -> Self {
        let epoch = std::env::var("SOURCE_DATE_EPOCH")
            .ok()
            .and_then(|v| v.trim().parse().ok());
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .ok()
            .and_then(|d| i64::try_from(d.as_secs()).ok());
        PdfSettings {
            timestamp: epoch.or(now),
        }
    }
}

impl Renderer {
    /// Parses the templates and starts unpacking the bundled fonts in the background (the first
    /// compile parses them). Do it once.
    pub fn new() -> Self {
        let mut sources = vec![Source::new(
            file_id("/lib.typ"),
            templates::LIB_SOURCE.into(),
        )];
        for template in &TEMPLATES {
            let path = format!("/{}.typ", template.name);
            sources.push(Source::new(file_id(&path), template.source.into()));
        }
        fonts::prefetch();
        Renderer {
            library: LazyHash::new(Library::default()),
            bundled: OnceLock::new(),
            with_system: OnceLock::new(),
            sources,
        }
    }

    /// Lays out `cv` with the template its design names (the default one when it names none).
    pub fn compile(&self, cv: &Cv) -> Result<Compiled> {
        let template = resolve_template(cv)?;
        let view = View::build(cv, template);
        let view_json = serde_json::to_string(&view).expect("the view model always serialises");
        let mut store = self.bundled.get_or_init(fonts::bundled);
        let mut missing = fonts::uncovered(store.book(), &view_json);
        if !missing.is_empty() {
            store = self.with_system.get_or_init(fonts::bundled_and_system);
            missing = fonts::uncovered(store.book(), &view_json);
        }
        let world = CvWorld {
            library: &self.library,
            fonts: store,
            sources: &self.sources,
            main: file_id(&format!("/{}.typ", template.name)),
            view: Bytes::from_string(view_json),
            cv: Bytes::from_string(cv.to_json_pretty()),
        };
        let warned = typst::compile::<PagedDocument>(&world);
        comemo::evict(CACHE_MAX_AGE);
        let convert = |list: &[typst::diag::SourceDiagnostic]| {
            list.iter()
                .map(|d| Diagnostic::from_typst(&world, d))
                .collect::<Vec<_>>()
        };
        let mut warnings = convert(&warned.warnings);
        if !missing.is_empty() {
            warnings.push(missing_glyphs_warning(&missing));
        }
        match warned.output {
            Ok(mut document) => {
                set_metadata(&mut document, &view.document);
                Ok(Compiled { document, warnings })
            }
            Err(errors) => Err(Error::Compile(convert(&errors))),
        }
    }
}

/// Title, author and keywords go into the PDF from here, not from a `set document(..)` in the
/// template: such a set rule is part of the styles every paragraph is laid out with, so typing a
/// character of the name (which is in the title) would miss Typst's layout cache for the whole
/// document and re-shape every line (a compile of the 2-page example: 17.5 ms with it, 4.3 ms without).
fn set_metadata(document: &mut PagedDocument, meta: &view::DocumentInfo) {
    let info = document.info_mut();
    info.title = Some(meta.title.as_str().into());
    let non_empty = |list: &[String]| {
        list.iter()
            .filter(|s| !s.is_empty())
            .map(Into::into)
            .collect()
    };
    info.author = non_empty(meta.author.as_slice());
    info.keywords = non_empty(&meta.keywords);
}

/// The template a CV asks for; an unknown name is an error, not a silent fallback.
pub fn resolve_template(cv: &Cv) -> Result<&'static Template> {
    match cv.design().template {
        None => Ok(&TEMPLATES[0]),
        Some(name) => templates::find(&name).ok_or(Error::UnknownTemplate { name }),
    }
}

/// The view model of `cv` as JSON, exactly as its template receives it (for debugging and the
/// peer benchmark).
pub fn view_json(cv: &Cv) -> Result<String> {
    let view = View::build(cv, resolve_template(cv)?);
    Ok(serde_json::to_string_pretty(&view).expect("the view model always serialises"))
}

fn missing_glyphs_warning(missing: &std::collections::BTreeSet<char>) -> Diagnostic {
    let listed: Vec<String> = missing
        .iter()
        .take(12)
        .map(|c| format!("{c} (U+{:04X})", *c as u32))
        .collect();
    let more = missing.len().saturating_sub(12);
    let tail = if more > 0 {
        format!(" and {more} more")
    } else {
        String::new()
    };
    Diagnostic::warning(
        format!(
            "no font has these characters, they will show as boxes: {}{tail}",
            listed.join(", ")
        ),
        "install a font that covers them; for Chinese, Japanese and Korean, e.g. Noto Sans CJK \
         (Debian/Ubuntu: fonts-noto-cjk)",
    )
}

impl Compiled {
    /// Number of pages.
    pub fn page_count(&self) -> usize {
        self.document.pages().len()
    }

    /// Tagged PDF with embedded fonts, metadata and the source document attached as `cv.json`.
    pub fn pdf(&self, settings: &PdfSettings) -> Result<Vec<u8>> {
        let options = PdfOptions {
            creator: Smart::Custom(Some("CV Improver".into())),
            timestamp: settings.timestamp.and_then(timestamp),
            ..PdfOptions::default()
        };
        typst_pdf::pdf(&self.document, &options)
            .map_err(|errors| Error::Pdf(errors.iter().map(diag::from_detached).collect()))
    }

    /// Page `index` (0-based) as SVG.
    pub fn svg(&self, index: usize) -> Result<String> {
        Ok(typst_svg::svg(
            self.page(index)?,
            &typst_svg::SvgOptions::default(),
        ))
    }

    /// Page `index` (0-based) as PNG, `pixels_per_pt` pixels per point (1.0 = 72 dpi).
    pub fn png(&self, index: usize, pixels_per_pt: f64) -> Result<Vec<u8>> {
        let pixmap = typst_render::render(self.page(index)?, &raster_options(pixels_per_pt));
        pixmap.encode_png().map_err(|e| Error::Png(e.to_string()))
    }

    /// Page `index` (0-based) kept to be drawn later, e.g. cut into tiles for the live preview.
    pub fn page_layout(&self, index: usize) -> Result<PageLayout> {
        Ok(PageLayout(self.page(index)?.clone()))
    }

    fn page(&self, index: usize) -> Result<&typst_layout::Page> {
        let pages = self.document.pages();
        pages.get(index).ok_or(Error::NoSuchPage {
            index: index + 1,
            count: pages.len(),
        })
    }
}

/// Drawing a page as a bitmap, `pixels_per_pt` pixels per point (1.0 = 72 dpi).
fn raster_options(pixels_per_pt: f64) -> typst_render::RenderOptions {
    typst_render::RenderOptions {
        pixel_per_pt: pixels_per_pt.into(),
        render_bleed: false,
    }
}

fn timestamp(unix_seconds: i64) -> Option<Timestamp> {
    let t = time::OffsetDateTime::from_unix_timestamp(unix_seconds).ok()?;
    let datetime = Datetime::from_ymd_hms(
        t.year(),
        t.month().into(),
        t.day(),
        t.hour(),
        t.minute(),
        t.second(),
    )?;
    Some(Timestamp::new_utc(datetime))
}
