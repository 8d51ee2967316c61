//! The DOCX document's fixed parts: page setup, paragraph and character styles, the bullet list
//! numbering, and the core properties (`docProps/core.xml`).
//!
//! Style ids and names are Word's built-in ones (`Heading1` / "heading 1", `Title`, `Hyperlink`,
//! `ListParagraph`), so Word and LibreOffice treat them as real headings: navigation pane,
//! outline, table of contents, and what screen readers and ATS parsers look for. Fonts are named,
//! never embedded: Word substitutes a similar font when Inter or Libertinus is not installed.

use docx_rs::{
    AbstractNumbering, Docx, IndentLevel, Level, LevelJc, LevelText, LineSpacing, NumberFormat,
    Numbering, NumberingId, PageMargin, RunFonts, SpecialIndentType, Start, Style, StyleType,
};

use crate::render::view::View;

/// Paragraph style ids used by the content.
pub(super) const TITLE: &str = "Title";
pub(super) const SUBTITLE: &str = "Subtitle";
pub(super) const HEADING1: &str = "Heading1";
pub(super) const HEADING2: &str = "Heading2";
pub(super) const META: &str = "EntryMeta";
pub(super) const LIST: &str = "ListParagraph";
/// Character style of links.
pub(super) const HYPERLINK: &str = "Hyperlink";

/// The numbering instance of bullet lists (ids 1 are taken by docx-rs' default numbering).
const BULLETS: usize = 2;

/// Muted grey for secondary lines.
const MUTED: &str = "555555";

/// A `Docx` with page size, margins, fonts, styles and the bullet numbering set up.
pub(super) fn document(view: &View) -> Docx {
    let (width, height) = match view.page.paper {
        "us-letter" => (12_240, 15_840),
        _ => (11_906, 16_838),
    };
    let m = &view.page.margin;
    let font = view.font.family.first().map_or("Inter", String::as_str);
    // Word's complex-script font renders Arabic and Hebrew; name the bundled one that covers it.
    let cs_font = match view.lang {
        "ar" => "Noto Sans Arabic",
        "he" => "Noto Sans Hebrew",
        _ => font,
    };
    let fonts = RunFonts::new()
        .ascii(font)
        .hi_ansi(font)
        .east_asia(font)
        .cs(cs_font);
    let size = half_points(view.font.size);
    let accent = view.accent.trim_start_matches('#');
    let mut docx = Docx::new()
        .page_size(width, height)
        .page_margin(PageMargin {
            top: twips(m.top),
            left: twips(m.left),
            bottom: twips(m.bottom),
            right: twips(m.right),
            header: 708,
            footer: 708,
            gutter: 0,
        })
        .default_fonts(fonts)
        .default_size(size)
        .default_line_spacing(LineSpacing::new().after(80).line(264))
        .add_abstract_numbering(bullet_levels())
        .add_numbering(Numbering::new(BULLETS, BULLETS));
    for style in styles(size, accent) {
        docx = docx.add_style(style);
    }
    docx
}

/// The numbering and level a bullet paragraph refers to.
pub(super) fn bullet_numbering() -> (NumberingId, IndentLevel) {
    (NumberingId::new(BULLETS), IndentLevel::new(0))
}

fn bullet_levels() -> AbstractNumbering {
    AbstractNumbering::new(BULLETS).add_level(
        Level::new(
            0,
            Start::new(1),
            NumberFormat::new("bullet"),
            LevelText::new("•"),
            LevelJc::new("left"),
        )
        .indent(Some(360), Some(SpecialIndentType::Hanging(240)), None, None),
    )
}

fn styles(size: usize, accent: &str) -> Vec<Style> {
    let paragraph = |id: &str, name: &str| {
        Style::new(id, StyleType::Paragraph)
            .name(name)
            .based_on("Normal")
            .next("Normal")
    };
    let keep_with_next = |mut s: Style| {
        s.paragraph_property = s.paragraph_property.keep_next(true);
        s
    };
    let heading = |id: &str, name: &str, level: usize, scale: f64, before: u32| {
        keep_with_next(
            paragraph(id, name)
                .bold()
                .size(scaled(size, scale))
                .outline_lvl(level)
                .line_spacing(LineSpacing::new().before(before).after(60)),
        )
    };
    vec![
        paragraph(TITLE, "Title")
            .bold()
            .size(scaled(size, 2.2))
            .line_spacing(LineSpacing::new().after(40)),
        paragraph(SUBTITLE, "Subtitle")
            .size(scaled(size, 1.2))
            .color(MUTED)
            .line_spacing(LineSpacing::new().after(120)),
        heading(HEADING1, "heading 1", 0, 1.35, 280).color(accent),
        heading(HEADING2, "heading 2", 1, 1.1, 160),
        keep_with_next(paragraph(META, "Entry Meta").italic().color(MUTED)),
        paragraph(LIST, "List Paragraph")
            .indent(Some(360), None, None, None)
            .line_spacing(LineSpacing::new().after(40)),
        Style::new(HYPERLINK, StyleType::Character)
            .name("Hyperlink")
            .color(accent)
            .underline("single"),
    ]
}

/// `docProps/core.xml`: title, author, language and keywords, and no dates, so that the same CV
/// always gives the same bytes. docx-rs has no setter for these, so we write the part ourselves.
pub(super) fn core_properties(view: &View) -> String {
    let mut xml = String::from(concat!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
        r#"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" "#,
        r#"xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" "#,
        r#"xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#,
    ));
    let mut element = |name: &str, value: &str| {
        xml.push_str(&format!("<{name}>{}</{name}>", escape_xml(value)));
    };
    element("dc:title", &view.document.title);
    if let Some(author) = &view.document.author {
        element("dc:creator", author);
    }
    element("dc:language", view.lang);
    if !view.document.keywords.is_empty() {
        element("cp:keywords", &view.document.keywords.join(", "));
    }
    xml.push_str("</cp:coreProperties>");
    xml
}

/// Escapes text for XML element content and attribute values.
pub(super) fn escape_xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

/// Millimetres to twentieths of a point.
fn twips(mm: f64) -> i32 {
    (mm * 1440.0 / 25.4).round() as i32
}

/// Points to Word's half-points.
fn half_points(pt: f64) -> usize {
    (pt * 2.0).round().max(2.0) as usize
}

fn scaled(half_points: usize, factor: f64) -> usize {
    (half_points as f64 * factor).round() as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units() {
        assert_eq!(twips(25.4), 1440);
        assert_eq!(twips(20.0), 1134);
        assert_eq!(half_points(10.5), 21);
        assert_eq!(scaled(20, 1.35), 27);
    }

    #[test]
    fn escapes_xml() {
        assert_eq!(escape_xml(r#"a<b>&"c'"#), "a&lt;b&gt;&amp;&quot;c&apos;");
    }
}
