//! Live preview: one shared Typst [`Renderer`] (fonts and templates parsed once, layouts memoised
//! between edits) behind a lock, and generation numbers so that a render nobody will look at is
//! skipped. The UI numbers its requests; when a newer one has arrived, older ones still waiting
//! for the renderer return `None` without rendering, and one finished late is dropped too.
//!
//! A render cuts every page into tiles as wide as the UI shows the page, draws as PNGs only the
//! tiles no recent render drew (`tiles`: each tile has a fingerprint), and answers with an
//! address per tile; the app serves the bitmap behind each address ([`Previewer::tile_png`]) to
//! the webview's `<img>`s.
//!
//! Callers run [`Previewer::render`] on a blocking thread (`spawn_blocking`): it is CPU-bound.

mod tiles;

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Instant;

use cv_core::render::{Diagnostic as CoreDiagnostic, PdfSettings, Severity as CoreSeverity};
use cv_core::{Compiled, Cv, Renderer, Tile};

use crate::api::{Preview, PreviewPage, PreviewTile, RenderDiagnostic, Severity, SourcePosition};
use crate::{Error, Result};
use tiles::TileStore;
pub use tiles::{PAGE_PIXELS, SCHEME, TILE_PIXELS};

/// The renderer shared by previews and PDF exports.
#[derive(Debug)]
pub struct Previewer {
    renderer: Mutex<Renderer>,
    latest: AtomicU32,
    tiles: Mutex<TileStore>,
    /// What tile addresses start with, e.g. `preview://localhost/`.
    base: String,
}

impl Default for Previewer {
    fn default() -> Self {
        Self::new()
    }
}

impl Previewer {
    /// Parses fonts and templates (a few milliseconds). Tile addresses start with
    /// `preview://localhost/`, the form WebKitGTK and WKWebView use for a custom scheme.
    pub fn new() -> Self {
        Self::with_tile_base(format!("{SCHEME}://localhost/"))
    }

    /// Like [`Previewer::new`], with tile addresses starting with `base` (WebView2 serves a
    /// custom scheme as `http://preview.localhost/`).
    pub fn with_tile_base(base: impl Into<String>) -> Self {
        Previewer {
            renderer: Mutex::default(),
            latest: AtomicU32::new(0),
            tiles: Mutex::default(),
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

    /// Lays out `cv`, cuts its pages into tiles `page_pixels` wide (clamped to
    /// [`PAGE_PIXELS`]) and draws the tiles no recent render drew; answers with every tile's
    /// address. `None` when the request went stale before or while rendering.
    pub fn render(&self, cv: &Cv, generation: u32, page_pixels: u32) -> Result<Option<Preview>> {
        self.request(generation);
        let renderer = lock(&self.renderer);
        if self.is_stale(generation) {
            return Ok(None);
        }
        let started = Instant::now();
        let compiled = renderer.compile(cv).map_err(Error::Render)?;
        let width = page_pixels.clamp(*PAGE_PIXELS.start(), *PAGE_PIXELS.end());
        let pages = self
            .draw_new_tiles(&compiled, width, generation)
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
            page_width_pt: compiled.page_layout(0).map_or(0.0, |p| p.width_pt()),
            render_ms,
            diagnostics: compiled.warnings.iter().map(render_diagnostic).collect(),
        }))
    }

    /// The PNG behind a tile address's path (`/<fingerprint>.png`) while a recent render shows
    /// that tile, drawn now if no render drew it; `None` for anything else.
    pub fn tile_png(&self, path: &str) -> Option<Arc<[u8]>> {
        let tile = lock(&self.tiles).tile(tiles::parse_path(path)?)?;
        self.png(&tile).ok()
    }

    /// The CV as PDF with its source attached, dated now (or `SOURCE_DATE_EPOCH`).
    pub fn pdf(&self, cv: &Cv) -> Result<Vec<u8>> {
        let compiled = lock(&self.renderer).compile(cv).map_err(Error::Render)?;
        compiled
            .pdf(&PdfSettings::from_env())
            .map_err(Error::Render)
    }

    /// Cuts the pages of `compiled` into tiles `width` pixels wide, keeps them, and draws those
    /// not drawn yet (none once the request went stale).
    fn draw_new_tiles(
        &self,
        compiled: &Compiled,
        width: u32,
        generation: u32,
    ) -> cv_core::Result<Vec<PreviewPage>> {
        let mut pages = Vec::with_capacity(compiled.page_count());
        let mut fingerprints = Vec::new();
        for i in 0..compiled.page_count() {
            let layout = compiled.page_layout(i)?;
            let tiles = layout.tiles(width, TILE_PIXELS);
            let mut store = lock(&self.tiles);
            tiles.iter().for_each(|tile| store.insert_tile(tile));
            drop(store);
            for tile in &tiles {
                if !self.is_stale(generation) {
                    self.png(tile)?;
                }
                fingerprints.push(tile.fingerprint());
            }
            pages.push(PreviewPage {
                tiles: tiles
                    .iter()
                    .map(|tile| PreviewTile {
                        url: format!("{}{}", self.base, tiles::file_name(tile.fingerprint())),
                        height_px: tile.height_px(),
                    })
                    .collect(),
                width_px: width,
                height_px: layout.height_px(width),
            });
        }
        lock(&self.tiles).finish_render(fingerprints);
        Ok(pages)
    }

    /// The PNG of `tile`, unless already drawn. Drawn without holding the tile lock, so the
    /// webview's tile loads never wait for a drawing.
    fn png(&self, tile: &Tile) -> cv_core::Result<Arc<[u8]>> {
        if let Some(png) = lock(&self.tiles).png(tile.fingerprint()) {
            return Ok(png);
        }
        let png = tile.png()?;
        Ok(lock(&self.tiles).insert_png(tile.fingerprint(), png))
    }
}

/// Locks `mutex`, also after a panic elsewhere: a panic inside Typst leaves the renderer usable
/// (its caches are only ever replaced whole), and the tile store is only ever changed whole.
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
