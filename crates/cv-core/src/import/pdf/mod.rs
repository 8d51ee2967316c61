//! PDF import (being built): our own PDFs restored from their `cv.json` attachment, any other
//! CV rebuilt from its text with positions and fonts, all inside limits of size, time and
//! memory so that a hostile file can neither hang nor crash the app.

use super::Imported;
use crate::{Error, Result};

/// Imports a PDF.
pub fn import_pdf(_bytes: &[u8]) -> Result<Imported> {
    Err(Error::PdfDamaged(
        "PDF import is not available in this build yet".into(),
    ))
}
