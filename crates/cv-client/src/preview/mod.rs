//! Live preview: one shared Typst [`Renderer`] (fonts and templates parsed once, layouts memoised
//! between edits) behind a lock, and generation numbers so that a render nobody will look at is
//! skipped. The UI numbers its requests; when a newer one has arrived, older ones still waiting
//! for the renderer return `None` without rendering, and one finished late is dropped too.
//!
//! A render draws only the pages whose layout changed since a recent render (`pages`: each page
//! has a fingerprint), as PNGs as wide as the UI shows them, and answers with an address per
//! page; the app serves the bitmap behind each address ([`Previewer::page_png`]) to the webview's
//! `<img>`s.
//!
//! Callers run [`Previewer::render`] on a blocking thread (`spawn_blocking`): it is CPU-bound.

mod pages;

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Instant;

use cv_core::render::{Diagnostic as CoreDiagnostic, PdfSettings, Severity as CoreSeverity};
use cv_core::{Compiled, Cv, PageLayout, Renderer};

use crate::api::{Preview, RenderDiagnostic, Severity, SourcePosition};
use crate::{Error, Result};
pub use pages::{PAGE_PIXELS, SCHEME};
use pages::{PageKey, PageStore};

/// The renderer shared by previews and PDF exports.
#[derive(Debug)]
pub struct Previewer {
    renderer: Mutex<Renderer>,
    latest: AtomicU32,
    pages: Mutex<PageStore>,
    /// What page addresses start with, e.g. `preview://localhost/`.
    base: String,
}

impl Default for Previewer {
    fn default() -> Self {
        Self::new()
    }
}

impl Previewer {
    /// Parses fonts and templates (a few milliseconds). Page addresses start with
    /// `preview://localhost/`, the form WebKitGTK and WKWebView use for a custom scheme.
    pub fn new() -> Self {
        Self::with_page_base(format!("{SCHEME}://localhost/"))
    }

    /// Like [`Previewer::new`], with page addresses starting with `base` (WebView2 serves a
    /// custom scheme as `http://preview.localhost/`).
    pub fn with_page_base(base: impl Into<String>) -> Self {
        Previewer {
            renderer: Mutex::default(),
            latest: AtomicU32::new(0),
            pages: Mutex::default(),
            base: base.into(),
        }
    }

    /// Records that `generation` was asked for, making every older one stale. Call it as soon as
    /// a request arrives, before queueing the render.
    pub fn request(&self, generation: u32) {
        self.latest.fetch_max(generation, Ordering::SeqCst);
    }

    /// Whether a newer generation than `generation` has been asked for.
    pub fn is_stale(&self, generation: u32) -> bool {
        self.latest.load(Ordering::SeqCst) > generation
    }

    /// Lays out `cv` and draws the pages no recent render drew, each as a PNG `page_pixels`
    /// wide (clamped to [`PAGE_PIXELS`]); answers with every page's address. `None` when the
    /// request went stale before or while rendering.
    pub fn render(&self, cv: &Cv, generation: u32, page_pixels: u32) -> Result<Option<Preview>> {
        self.request(generation);
        let renderer = lock(&self.renderer);
        if self.is_stale(generation) {
            return Ok(None);
        }
        let started = Instant::now();
        let compiled = renderer.compile(cv).map_err(Error::Render)?;
        let width = page_pixels.clamp(*PAGE_PIXELS.start(), *PAGE_PIXELS.end());
        let keys = self
            .draw_new_pages(&compiled, width, generation)
            .map_err(Error::Render)?;
        let render_ms = started.elapsed().as_secs_f64() * 1000.0;
        drop(renderer);
        if self.is_stale(generation) {
            return Ok(None);
        }
        let pages: Vec<String> = keys
            .iter()
            .map(|&key| format!("{}{}", self.base, pages::file_name(key)))
            .collect();
        Ok(Some(Preview {
            generation,
            page_count: pages.len() as u64,
            pages,
            page_width_pt: compiled.page_layout(0).map_or(0.0, |p| p.width_pt()),
            render_ms,
            diagnostics: compiled.warnings.iter().map(render_diagnostic).collect(),
        }))
    }

    /// The PNG behind a page address's path (`/<fingerprint>-<width>.png`), while a recent
    /// render shows that page, drawn now if no render drew it at that width; `None` for
    /// anything else.
    pub fn page_png(&self, path: &str) -> Option<Arc<[u8]>> {
        let key = pages::parse_path(path)?;
        let layout = lock(&self.pages).layout(key.fingerprint)?;
        self.png(key, &layout).ok()
    }

    /// The CV as PDF with its source attached, dated now (or `SOURCE_DATE_EPOCH`).
    pub fn pdf(&self, cv: &Cv) -> Result<Vec<u8>> {
        let compiled = lock(&self.renderer).compile(cv).map_err(Error::Render)?;
        compiled
            .pdf(&PdfSettings::from_env())
            .map_err(Error::Render)
    }

    /// Keeps the pages of `compiled` and draws those not drawn yet at `width` (none once the
    /// request went stale); returns every page's key.
    fn draw_new_pages(
        &self,
        compiled: &Compiled,
        width: u32,
        generation: u32,
    ) -> cv_core::Result<Vec<PageKey>> {
        let mut keys = Vec::with_capacity(compiled.page_count());
        for i in 0..compiled.page_count() {
            let key = PageKey {
                fingerprint: compiled.page_key(i)?,
                width,
            };
            let layout = compiled.page_layout(i)?;
            lock(&self.pages).insert_layout(key.fingerprint, layout.clone());
            if !self.is_stale(generation) {
                self.png(key, &layout)?;
            }
            keys.push(key);
        }
        let fingerprints = keys.iter().map(|k| k.fingerprint).collect();
        lock(&self.pages).finish_render(fingerprints);
        Ok(keys)
    }

    /// The PNG of page `key`, drawn from `layout` unless already drawn at that width. Drawn
    /// without holding the page lock, so the webview's page loads never wait for a drawing.
    fn png(&self, key: PageKey, layout: &PageLayout) -> cv_core::Result<Arc<[u8]>> {
        if let Some(png) = lock(&self.pages).png(key) {
            return Ok(png);
        }
        let png = layout.png_for_screen(f64::from(key.width) / layout.width_pt())?;
        Ok(lock(&self.pages).insert_png(key, png))
    }
}

/// Locks `mutex`, also after a panic elsewhere: a panic inside Typst leaves the renderer usable
/// (its caches are only ever replaced whole), and the page store is only ever changed whole.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

fn render_diagnostic(d: &CoreDiagnostic) -> RenderDiagnostic {
    RenderDiagnostic {
        severity: match d.severity {
            CoreSeverity::Error => Severity::Error,
            CoreSeverity::Warning => Severity::Warning,
        },
        message: d.message.clone(),
        hints: d.hints.clone(),
        position: d.position.as_ref().map(|p| SourcePosition {
            file: p.file.clone(),
            line: p.line as u64,
            column: p.column as u64,
        }),
    }
}
