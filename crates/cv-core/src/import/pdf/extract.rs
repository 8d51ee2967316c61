//! Positioned glyphs out of a loaded PDF, through pdf-extract's `OutputDev`: each character with
//! its page, position (points from the page's top-left corner), advance width and font size.
//!
//! Also decides the two "nothing to read" outcomes: no text at all (a scan) and text whose fonts
//! cannot be mapped back to Unicode. Grouping glyphs into words and lines is `layout`'s job.

use lopdf::{Document, Object};
use pdf_extract::{MediaBox, OutputDev, OutputError, Transform};

use super::fonts::{self, Style};
use super::guard::{Cancel, Limits};
use crate::{Error, Result};

/// One character as drawn on a page.
#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    /// 1-based page number.
    pub page: u32,
    /// Left edge, points from the page's left.
    pub x: f32,
    /// Baseline, points from the page's top (grows downwards).
    pub y: f32,
    /// Advance width in points.
    pub width: f32,
    /// Font size in points, after the text and page transforms.
    pub size: f32,
    /// The character(s): usually one, two or three for ligatures such as "ﬁ" → "fi".
    pub text: String,
    /// Bold or italic, from the font (regular when the font does not say or cannot be told).
    pub style: Style,
}

/// Glyphs of the whole document, page by page in drawing order.
#[derive(Debug, Default)]
pub struct Extracted {
    /// All glyphs with readable text.
    pub glyphs: Vec<Glyph>,
    /// Glyphs drawn whose font had no way back to Unicode.
    pub unmapped: usize,
    /// Width and height of each page in points.
    pub pages: Vec<(f32, f32)>,
    /// Link annotations with a URI, page by page.
    pub links: Vec<super::links::Link>,
}

/// How many glyphs pass between two looks at the cancel flag: the check is an atomic load, cheap,
/// but a CV has tens of thousands of glyphs.
const CANCEL_EVERY: usize = 256;

struct Collector<'a> {
    out: Extracted,
    page: u32,
    page_height: f64,
    cancel: &'a Cancel,
    cancelled: bool,
    seen: usize,
    /// The style of each string the page shows ([`fonts::page_styles`]).
    styles: Vec<Style>,
    /// Strings pdf-extract has announced on this page.
    strings: usize,
}

impl OutputDev for Collector<'_> {
    fn begin_page(
        &mut self,
        page: u32,
        media: &MediaBox,
        _art: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.page = page;
        self.page_height = media.ury;
        let size = (
            (media.urx - media.llx) as f32,
            (media.ury - media.lly) as f32,
        );
        self.out.pages.push(size);
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        text: &str,
    ) -> Result<(), OutputError> {
        self.seen += 1;
        if self.seen.is_multiple_of(CANCEL_EVERY) && self.cancel.is_cancelled() {
            self.cancelled = true;
            // pdf-extract has no "stop" error; any error ends its loop, and `cancelled` says why.
            return Err(OutputError::FormatError(std::fmt::Error));
        }
        // The size as drawn: the square root of the area a `font_size` square becomes.
        let vx = font_size * (trm.m11 + trm.m21);
        let vy = font_size * (trm.m12 + trm.m22);
        let size = (vx * vy).abs().sqrt();
        let printable = text.chars().any(|c| !c.is_control());
        if !printable || text.contains('\u{fffd}') {
            self.out.unmapped += 1;
            return Ok(());
        }
        if !size.is_finite() || !trm.m31.is_finite() || !trm.m32.is_finite() {
            return Ok(());
        }
        let width = (width * size) as f32;
        let mut glyph = Glyph {
            page: self.page,
            x: trm.m31 as f32,
            y: (self.page_height - trm.m32) as f32,
            width,
            size: size as f32,
            text: super::text::rtl::repair_glyph_text(text, width),
            style: self
                .strings
                .checked_sub(1)
                .and_then(|i| self.styles.get(i))
                .copied()
                .unwrap_or_default(),
        };
        // Shapers draw right-to-left text in visual order with each mark just before its
        // letter; its position says little (it may stand over the letter before), the order is
        // what ties it to its letter.
        if let Some(mark) = self.out.glyphs.last()
            && mark.page == glyph.page
            && (mark.y - glyph.y).abs() < glyph.size
            && super::text::rtl::attach_mark(&mark.text, mark.width, &mut glyph.text)
        {
            self.out.glyphs.pop();
        }
        self.out.glyphs.push(glyph);
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        self.strings += 1;
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}

/// Extracts every page's glyphs, stopping when cancelled. Errors: [`Error::PdfNoText`] when no
/// page draws any text, [`Error::PdfUnreadableText`] when most of the text cannot be mapped to
/// Unicode, [`Error::PdfDamaged`] when pdf-extract fails on a page's content.
pub fn extract(doc: &Document, cancel: &Cancel, limits: &Limits) -> Result<Extracted> {
    let mut collector = Collector {
        out: Extracted::default(),
        page: 0,
        page_height: 0.0,
        cancel,
        cancelled: false,
        seen: 0,
        styles: Vec::new(),
        strings: 0,
    };
    for (page, id) in doc.get_pages() {
        cancel.check(limits)?;
        collector.styles = fonts::page_styles(doc, id);
        collector.strings = 0;
        let first = collector.out.glyphs.len();
        let done = pdf_extract::output_doc_page(doc, &mut collector, page);
        // Styles are only known when both walks saw the same strings.
        if collector.strings != collector.styles.len() {
            let glyphs = &mut collector.out.glyphs;
            let first = first.min(glyphs.len());
            for g in &mut glyphs[first..] {
                g.style = Style::default();
            }
        }
        if collector.cancelled {
            return Err(Error::PdfTimeout {
                seconds: limits.time.as_secs().max(1),
            });
        }
        let height = collector.page_height as f32;
        let links = super::links::page_links(doc, id, page, height);
        collector.out.links.extend(links);
        if let Err(e) = done {
            return Err(Error::PdfDamaged(format!(
                "page {page} cannot be read ({e})"
            )));
        }
    }
    judge(collector.out)
}

/// Rewrites every CID font's `W` (widths) array into the `c [w1 w2 …]` form.
///
/// pdf-extract 0.12.1 misreads the other form, `c_first c_last w` (it reads `c_first` three
/// times and iterates an empty range), so for fonts written that way (Typst writes all its fonts
/// so) every glyph gets the default width, glyphs pile up at one x and words cannot be told apart.
/// Both forms mean the same (ISO 32000-1 §9.7.4.3), so rewriting is lossless.
pub fn normalise_cid_widths(doc: &mut Document) {
    let mut rewrites: Vec<(lopdf::ObjectId, Option<lopdf::ObjectId>, Vec<Object>)> = Vec::new();
    for (id, object) in &doc.objects {
        let Object::Dictionary(dict) = object else {
            continue;
        };
        let cid =
            matches!(dict.get(b"Subtype"), Ok(Object::Name(n)) if n.starts_with(b"CIDFontType"));
        if !cid {
            continue;
        }
        let (array, indirect) = match dict.get(b"W") {
            Ok(Object::Array(a)) => (a, None),
            Ok(Object::Reference(r)) => match doc.get_object(*r) {
                Ok(Object::Array(a)) => (a, Some(*r)),
                _ => continue,
            },
            _ => continue,
        };
        if let Some(fixed) = rewrite_widths(array) {
            rewrites.push((*id, indirect, fixed));
        }
    }
    for (id, indirect, fixed) in rewrites {
        match indirect {
            Some(r) => {
                doc.objects.insert(r, Object::Array(fixed));
            }
            None => {
                if let Some(Object::Dictionary(dict)) = doc.objects.get_mut(&id) {
                    dict.set("W", Object::Array(fixed));
                }
            }
        }
    }
}

/// Gives a simple font that has neither `Encoding` nor `ToUnicode` the WinAnsi encoding.
///
/// pdf-extract 0.12.1 refuses such a font ("missing unicode map and encoding") and with it the
/// whole page, though it is usually one symbol font for icons (LaTeX's marvosym beside a
/// phone number). With WinAnsi (pdf-extract knows no `StandardEncoding`) its few glyphs read as
/// some letters, and the rest of the page is read.
pub fn default_missing_encodings(doc: &mut Document) {
    for object in doc.objects.values_mut() {
        let Object::Dictionary(dict) = object else {
            continue;
        };
        if needs_default_encoding(dict) {
            dict.set("Encoding", Object::Name(b"WinAnsiEncoding".to_vec()));
        }
    }
}

fn needs_default_encoding(dict: &lopdf::Dictionary) -> bool {
    let font = matches!(dict.get(b"Type"), Ok(Object::Name(n)) if n == b"Font");
    let simple = matches!(dict.get(b"Subtype"), Ok(Object::Name(n))
        if [&b"Type1"[..], b"MMType1", b"TrueType"].contains(&n.as_slice()));
    font && simple && !dict.has(b"Encoding") && !dict.has(b"ToUnicode")
}

/// The `c [w …]` form of a widths array, or `None` when it has no range entries (or is invalid).
fn rewrite_widths(w: &[Object]) -> Option<Vec<Object>> {
    /// A range wider than this is not a CV font's; it would only make the array huge.
    const MAX_RANGE: i64 = 65_536;
    let mut out = Vec::with_capacity(w.len());
    let mut changed = false;
    let mut i = 0;
    while i < w.len() {
        let first = w[i].as_i64().ok()?;
        match w.get(i + 1)? {
            Object::Array(list) => {
                out.push(Object::Integer(first));
                out.push(Object::Array(list.clone()));
                i += 2;
            }
            other => {
                let last = other.as_i64().ok()?;
                let width = w.get(i + 2)?.as_float().ok()?;
                if last < first || last - first > MAX_RANGE {
                    return None;
                }
                let count = usize::try_from(last - first + 1).ok()?;
                out.push(Object::Integer(first));
                out.push(Object::Array(vec![Object::Real(width); count]));
                changed = true;
                i += 3;
            }
        }
    }
    changed.then_some(out)
}

/// Tells a scan (nothing drawn as text) and unmapped fonts (glyphs without characters) from a
/// readable document.
fn judge(out: Extracted) -> Result<Extracted> {
    let readable = out
        .glyphs
        .iter()
        .filter(|g| g.text.chars().any(char::is_alphanumeric))
        .count();
    if readable == 0 && out.unmapped == 0 {
        return Err(Error::PdfNoText);
    }
    // A few unmapped glyphs (an icon font) are normal; most of the text unmapped is not.
    if out.unmapped > readable {
        return Err(Error::PdfUnreadableText);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glyph(text: &str) -> Glyph {
        Glyph {
            page: 1,
            x: 0.0,
            y: 0.0,
            width: 5.0,
            size: 10.0,
            text: text.into(),
            style: Style::default(),
        }
    }

    #[test]
    fn rewrites_width_ranges_into_lists() {
        let w = vec![
            Object::Integer(0),
            Object::Integer(1),
            Object::Integer(500),
            Object::Integer(5),
            Object::Array(vec![Object::Integer(300)]),
        ];
        let fixed = rewrite_widths(&w).expect("has a range");
        assert_eq!(fixed.len(), 4);
        assert_eq!(fixed[1], Object::Array(vec![Object::Real(500.0); 2]));
        assert_eq!(rewrite_widths(&fixed), None);
    }

    #[test]
    fn only_simple_fonts_without_any_map_get_a_default_encoding() {
        let font = |subtype: &str, extra: Option<&str>| {
            let mut d = lopdf::Dictionary::new();
            d.set("Type", Object::Name(b"Font".to_vec()));
            d.set("Subtype", Object::Name(subtype.as_bytes().to_vec()));
            if let Some(key) = extra {
                d.set(key, Object::Name(b"WinAnsiEncoding".to_vec()));
            }
            d
        };
        let cases = [
            (font("Type1", None), true),
            (font("TrueType", None), true),
            (font("Type1", Some("Encoding")), false),
            (font("Type1", Some("ToUnicode")), false),
            (font("Type0", None), false),
        ];
        for (dict, expected) in cases {
            assert_eq!(needs_default_encoding(&dict), expected, "{dict:?}");
        }
    }

    #[test]
    fn judges_scans_unmapped_fonts_and_text() {
        let scan = Extracted::default();
        assert!(matches!(judge(scan), Err(Error::PdfNoText)));
        let unmapped = Extracted {
            glyphs: vec![glyph("•")],
            unmapped: 400,
            ..Extracted::default()
        };
        assert!(matches!(judge(unmapped), Err(Error::PdfUnreadableText)));
        let icons = Extracted {
            glyphs: vec![glyph("A"), glyph("d"), glyph("a")],
            unmapped: 2,
            ..Extracted::default()
        };
        assert!(judge(icons).is_ok());
    }
}
