//! Text → document: the glyphs of a PDF that is not ours become a [`Cv`] with a confidence per
//! field, and whatever could not be placed is kept in reading order.
//!
//! - [`layout`]: glyphs → words → lines, columns kept apart, in reading order.
//!
//! What does not live here: reading the PDF (`extract`), limits (`guard`).

pub mod layout;

use super::extract::Extracted;
use crate::import::{Imported, Source};
use crate::model::Cv;

/// Builds the document from the extracted glyphs.
pub fn import_text(extracted: &Extracted) -> Imported {
    let lines = layout::lines(extracted);
    Imported {
        cv: Cv::default(),
        source: Source::Pdf,
        fields: Vec::new(),
        unplaced: lines.into_iter().map(|l| l.text).collect(),
    }
}
