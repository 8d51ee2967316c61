//! Text → document: the glyphs of a PDF that is not ours become a [`Cv`](crate::Cv) with a
//! confidence per field, and whatever could not be placed is kept in reading order.
//!
//! - [`layout`]: glyphs → segments → lines in reading order; [`columns`] keeps columns apart;
//!   [`rows`] and [`rtl`] repair what producers get wrong (column edges, bullet glyphs, marks,
//!   mirrored brackets);
//! - [`sections`]: lines → header and sections, by vocabulary ([`vocab`]) and typography;
//! - [`entries`], [`tags`], [`languages`]: a section's lines → entries or named lists, with
//!   [`dates`];
//! - [`contacts`]: e-mail, phone, links, location; [`links`]: contacts only a link annotation
//!   carries; [`orgs`]: organisation names; [`styles`]: fields told apart by bold and italic;
//! - [`build`]: all of it onto the model, with confidences.
//!
//! What does not live here: reading the PDF (`extract`), limits (`guard`).

pub mod build;
pub mod columns;
pub mod contacts;
pub mod dated;
pub mod dates;
pub mod entries;
pub mod fill;
pub mod languages;
pub mod layout;
pub mod links;
pub mod orgs;
pub mod rows;
pub mod rtl;
pub mod sections;
pub mod styles;
pub mod tags;
pub mod vocab;

use super::extract::Extracted;
use crate::import::{Imported, Source};

/// Builds the document from the extracted glyphs.
pub fn import_text(extracted: &Extracted) -> Imported {
    let lines = layout::lines(extracted);
    let split = sections::split(lines);
    let linked = links::hidden_contacts(&extracted.links, &split);
    let mut built = build::build(split);
    for piece in linked {
        built.contact(&piece);
    }
    let mut cv = built.cv;
    cv.ensure_ids();
    Imported {
        cv,
        source: Source::Pdf,
        fields: built.fields,
        unplaced: built.unplaced,
    }
}
