//! PDF import: our own PDFs restored exactly from their `cv.json` attachment, any other CV
//! rebuilt from its text, all inside limits of size, pages, time and memory so that a hostile
//! file can neither hang nor crash the app.
//!
//! The steps, in order:
//!
//! 1. [`guard`]: the file size is checked, then everything below runs on a worker thread with a
//!    deadline and panics caught;
//! 2. [`document`]: lopdf parses the file (damaged? encrypted?); a `cv.json` attachment ends the
//!    import right there, exactly;
//! 3. otherwise the page count and stream sizes are checked, and [`extract`] collects positioned
//!    glyphs with pdf-extract (no text? unmapped fonts?);
//! 4. the text is turned into a document (`text`).
//!
//! What does not live here: format detection and JSON/YAML import ([`super`]).

pub mod document;
pub mod extract;
pub mod fonts;
pub mod guard;
pub mod links;
pub mod text;

use std::sync::Arc;

pub use document::without_source;
pub use guard::Limits;

use super::{Imported, Source};
use crate::model::Cv;
use crate::{Error, Result};

/// Imports a PDF under the default [`Limits`].
pub fn import_pdf(bytes: &[u8]) -> Result<Imported> {
    import_pdf_with(bytes, &Limits::default())
}

/// Imports a PDF under `limits`.
pub fn import_pdf_with(bytes: &[u8], limits: &Limits) -> Result<Imported> {
    if bytes.len() > limits.max_bytes {
        return Err(Error::PdfTooLarge(format!(
            "it is {:.1} MiB; the limit is {} MiB",
            bytes.len() as f64 / (1024.0 * 1024.0),
            limits.max_bytes >> 20
        )));
    }
    // The worker outlives this call when it times out, so it gets its own copy of the bytes.
    let owned: Arc<[u8]> = Arc::from(bytes);
    let worker_limits = *limits;
    guard::run_guarded(limits, move |cancel| {
        if let Some(source) = document::source_fast(&owned)
            && let Ok(cv) = Cv::from_json_slice(&source)
        {
            return Ok(Imported::certain(cv, Source::OwnPdf));
        }
        let mut doc = document::open(&owned)?;
        if let Some(source) = document::source_attachment(&doc) {
            // A damaged or foreign `cv.json` is not fatal: the text is still there to read.
            if let Ok(cv) = Cv::from_json_slice(&source) {
                return Ok(Imported::certain(cv, Source::OwnPdf));
            }
        }
        document::check_limits(&doc, &worker_limits, &cancel)?;
        extract::normalise_cid_widths(&mut doc);
        extract::default_missing_encodings(&mut doc);
        let glyphs = extract::extract(&doc, &cancel, &worker_limits)?;
        cancel.check(&worker_limits)?;
        Ok(text::import_text(&glyphs))
    })
}
