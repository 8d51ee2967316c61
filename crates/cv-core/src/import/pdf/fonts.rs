//! Type styles (bold, italic) of the text a PDF shows, read from its fonts.
//!
//! pdf-extract hands each glyph over without its font, but it announces every string a text
//! operator shows (`begin_word`), in content-stream order. [`page_styles`] walks the same content
//! stream and lists the style of the font current at each of those strings, so the n-th string
//! pdf-extract announces has the n-th style. A CV's typography carries its fields ("\textbf{title},
//! \textit{organisation}, place" in LaTeX's moderncv), which commas alone cannot separate.
//!
//! What does not live here: collecting glyphs (`extract`), using the styles (`text`).

use std::collections::HashMap;

use lopdf::content::Content;
use lopdf::{Dictionary, Document, Object, ObjectId};

/// How a run of text is set, as far as its font's name and descriptor say.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Style {
    /// A bold (or semibold, black, heavy) face.
    pub bold: bool,
    /// An italic, oblique or slanted face.
    pub italic: bool,
}

impl Style {
    /// Bold, upright.
    pub const BOLD: Self = Self {
        bold: true,
        italic: false,
    };
    /// Italic, not bold.
    pub const ITALIC: Self = Self {
        bold: false,
        italic: true,
    };
}

/// Form XObjects inside form XObjects deeper than this are not followed (pdf-extract follows
/// them, but no CV nests forms, and a loop must end).
const MAX_DEPTH: u8 = 8;

/// The style of each string the page's text operators show, in the order pdf-extract shows
/// them. Empty when the page's content cannot be read; the caller checks that the count matches.
pub fn page_styles(doc: &Document, page: ObjectId) -> Vec<Style> {
    let mut out = Vec::new();
    let Ok(content) = doc.get_page_content(page) else {
        return out;
    };
    let resources = inherited_resources(doc, page);
    walk(doc, &content, resources, &mut out, 0);
    out
}

/// The page's `Resources`, looked up the page tree as pdf-extract does.
fn inherited_resources(doc: &Document, page: ObjectId) -> Option<&Dictionary> {
    let mut node = doc.get_dictionary(page).ok()?;
    for _ in 0..32 {
        if let Ok(Object::Dictionary(r)) = node.get_deref(b"Resources", doc) {
            return Some(r);
        }
        node = node.get_deref(b"Parent", doc).ok()?.as_dict().ok()?;
    }
    None
}

fn walk(
    doc: &Document,
    content: &[u8],
    resources: Option<&Dictionary>,
    out: &mut Vec<Style>,
    depth: u8,
) {
    let Ok(content) = Content::decode(content) else {
        return;
    };
    let fonts = resources.and_then(|r| r.get_deref(b"Font", doc).ok()?.as_dict().ok());
    let mut known: HashMap<&[u8], Style> = HashMap::new();
    let mut current = Style::default();
    let mut saved = Vec::new();
    for op in &content.operations {
        match op.operator.as_str() {
            "q" => saved.push(current),
            "Q" => current = saved.pop().unwrap_or(current),
            "Tf" => {
                if let Some(name) = op.operands.first().and_then(|o| o.as_name().ok()) {
                    current = *known.entry(name).or_insert_with(|| {
                        fonts
                            .and_then(|f| f.get_deref(name, doc).ok()?.as_dict().ok())
                            .map_or_else(Style::default, |font| font_style(doc, font))
                    });
                }
            }
            "Tj" => out.push(current),
            "TJ" => {
                if let Some(Object::Array(parts)) = op.operands.first() {
                    let strings = parts.iter().filter(|p| matches!(p, Object::String(..)));
                    out.extend(strings.map(|_| current));
                }
            }
            "Do" if depth < MAX_DEPTH => {
                let form = op
                    .operands
                    .first()
                    .and_then(|o| o.as_name().ok())
                    .and_then(|name| {
                        let xobjects =
                            resources?.get_deref(b"XObject", doc).ok()?.as_dict().ok()?;
                        xobjects.get_deref(name, doc).ok()?.as_stream().ok()
                    });
                if let Some(form) = form.filter(|f| {
                    f.dict
                        .get(b"Subtype")
                        .and_then(Object::as_name)
                        .is_ok_and(|s| s == b"Form")
                }) {
                    let inner = form
                        .dict
                        .get_deref(b"Resources", doc)
                        .ok()
                        .and_then(|r| r.as_dict().ok());
                    let bytes = form
                        .decompressed_content()
                        .unwrap_or_else(|_| form.content.clone());
                    walk(doc, &bytes, inner.or(resources), out, depth + 1);
                }
            }
            _ => {}
        }
    }
}

/// A font's style from its name ("LMSans10-BoldOblique", "Inter-SemiBold-Identity-H",
/// "ABCDEF+Amiri-Slanted") and, failing that, its descriptor's flags and weight.
fn font_style(doc: &Document, font: &Dictionary) -> Style {
    let name = font
        .get_deref(b"BaseFont", doc)
        .and_then(Object::as_name)
        .map(|n| String::from_utf8_lossy(n).to_lowercase())
        .unwrap_or_default();
    let mut style = style_of_name(&name);
    // A composite font keeps its descriptor in its descendant.
    let descendant = font
        .get_deref(b"DescendantFonts", doc)
        .and_then(Object::as_array)
        .ok()
        .and_then(|a| doc.dereference(a.first()?).ok()?.1.as_dict().ok());
    let descriptor = descendant
        .unwrap_or(font)
        .get_deref(b"FontDescriptor", doc)
        .and_then(Object::as_dict);
    if let Ok(d) = descriptor {
        let flags = d.get(b"Flags").and_then(Object::as_i64).unwrap_or(0);
        let weight = d
            .get(b"FontWeight")
            .and_then(Object::as_float)
            .unwrap_or(0.0);
        style.italic |= flags & (1 << 6) != 0;
        style.bold |= flags & (1 << 18) != 0 || weight >= 600.0;
    }
    style
}

/// The style a font's PostScript name says.
fn style_of_name(name: &str) -> Style {
    let name = name.to_lowercase();
    Style {
        bold: ["bold", "black", "heavy"].iter().any(|w| name.contains(w)),
        italic: ["italic", "oblique", "slanted"]
            .iter()
            .any(|w| name.contains(w)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn font_names_say_their_style() {
        let cases = [
            // (name, bold, italic)
            ("ABCDEF+LMSans10-Bold", true, false),
            ("LMSans10-BoldOblique", true, true),
            ("LMSans10-Oblique", false, true),
            ("Inter-SemiBold-Identity-H", true, false),
            ("LibertinusSerif-Italic-Identity-H", false, true),
            ("BRGOGZ+Amiri-Slanted", false, true),
            ("DejaVuSerif", false, false),
            ("Inter-Regular-Identity-H", false, false),
        ];
        for (name, bold, italic) in cases {
            assert_eq!(style_of_name(name), Style { bold, italic }, "{name}");
        }
    }

    #[test]
    fn each_shown_string_gets_the_style_of_the_font_current_then() {
        let mut doc = Document::with_version("1.5");
        let font = |base: &str| {
            let mut d = Dictionary::new();
            d.set("Type", Object::Name(b"Font".to_vec()));
            d.set("BaseFont", Object::Name(base.as_bytes().to_vec()));
            d
        };
        let mut fonts = Dictionary::new();
        fonts.set("F1", Object::Dictionary(font("LMSans10-Bold")));
        fonts.set("F2", Object::Dictionary(font("LMSans10-Oblique")));
        let mut resources = Dictionary::new();
        resources.set("Font", Object::Dictionary(fonts));
        let content = b"BT /F1 10 Tf (Engineer) Tj q /F2 10 Tf [(Ac) -20 (me)] TJ Q (, ) Tj ET";
        let stream = lopdf::Stream::new(Dictionary::new(), content.to_vec());
        let contents = doc.add_object(Object::Stream(stream));
        let mut page = Dictionary::new();
        page.set("Type", Object::Name(b"Page".to_vec()));
        page.set("Resources", Object::Dictionary(resources));
        page.set("Contents", Object::Reference(contents));
        let page = doc.add_object(Object::Dictionary(page));
        let (bold, italic) = (Style::BOLD, Style::ITALIC);
        // "Engineer" bold; "Ac", "me" italic; after Q the bold font is back for ", ".
        assert_eq!(page_styles(&doc, page), vec![bold, italic, italic, bold]);
    }
}
