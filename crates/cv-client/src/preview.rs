//! Live preview: one shared Typst [`Renderer`] (fonts and templates parsed once, layouts memoised
//! between edits) behind a lock, and generation numbers so that a render nobody will look at is
//! skipped. The UI numbers its requests; when a newer one has arrived, older ones still waiting
//! for the renderer return `None` without rendering, and one finished late is dropped too.
//!
//! Callers run [`Previewer::render`] on a blocking thread (`spawn_blocking`): it is CPU-bound.

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Mutex, MutexGuard};
use std::time::Instant;

use cv_core::render::{Diagnostic as CoreDiagnostic, PdfSettings, Severity as CoreSeverity};
use cv_core::{Cv, Renderer};

use crate::api::{Preview, RenderDiagnostic, Severity, SourcePosition};
use crate::{Error, Result};

/// The renderer shared by previews and PDF exports.
#[derive(Debug, Default)]
pub struct Previewer {
    renderer: Mutex<Renderer>,
    latest: AtomicU32,
}

impl Previewer {
    /// Parses fonts and templates (a few milliseconds).
    pub fn new() -> Self {
        Self::default()
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

    /// Renders every page of `cv` as SVG; `None` when the request went stale before or while
    /// rendering.
    pub fn render(&self, cv: &Cv, generation: u32) -> Result<Option<Preview>> {
        self.request(generation);
        let renderer = self.lock();
        if self.is_stale(generation) {
            return Ok(None);
        }
        let started = Instant::now();
        let compiled = renderer.compile(cv).map_err(Error::Render)?;
        let pages = (0..compiled.page_count())
            .map(|i| compiled.svg(i))
            .collect::<cv_core::Result<Vec<_>>>()
            .map_err(Error::Render)?;
        let render_ms = started.elapsed().as_secs_f64() * 1000.0;
        drop(renderer);
        if self.is_stale(generation) {
            return Ok(None);
        }
        Ok(Some(Preview {
            generation,
            page_count: pages.len() as u64,
            pages,
            render_ms,
            diagnostics: compiled.warnings.iter().map(render_diagnostic).collect(),
        }))
    }

    /// The CV as PDF with its source attached, dated now (or `SOURCE_DATE_EPOCH`).
    pub fn pdf(&self, cv: &Cv) -> Result<Vec<u8>> {
        let compiled = self.lock().compile(cv).map_err(Error::Render)?;
        compiled
            .pdf(&PdfSettings::from_env())
            .map_err(Error::Render)
    }

    fn lock(&self) -> MutexGuard<'_, Renderer> {
        // A panic inside Typst poisons the lock but leaves the renderer usable: its caches are
        // only ever replaced whole.
        self.renderer
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
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
