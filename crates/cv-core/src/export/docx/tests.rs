//! The DOCX package read back part by part: styles, numbering, order, escaping, properties, RTL.

use std::io::Read;

use super::*;
use crate::export::{fixture, view};
use crate::model::Cv;

/// The parts of an exported DOCX we look at.
struct Parts {
    document: String,
    styles: String,
    numbering: String,
    core: String,
    rels: String,
}

fn parts(cv: &Cv) -> Parts {
    let bytes = to_bytes(&view(cv)).unwrap();
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut read = |name: &str| {
        let mut s = String::new();
        zip.by_name(name).unwrap().read_to_string(&mut s).unwrap();
        s
    };
    Parts {
        document: read("word/document.xml"),
        styles: read("word/styles.xml"),
        numbering: read("word/numbering.xml"),
        core: read("docProps/core.xml"),
        rels: read("word/_rels/document.xml.rels"),
    }
}

/// The texts of the paragraphs with style `style`, in order.
fn styled(document: &str, style: &str) -> Vec<String> {
    let marker = format!(r#"<w:pStyle w:val="{style}" />"#);
    document
        .split("<w:p ")
        .filter(|p| p.contains(&marker))
        .map(|p| {
            p.split("<w:t xml:space=\"preserve\">")
                .skip(1)
                .filter_map(|t| t.split("</w:t>").next())
                .collect()
        })
        .collect()
}

#[test]
fn headings_use_real_styles_in_display_order() {
    let p = parts(&fixture::every_section());
    assert_eq!(styled(&p.document, "Title"), ["Jane *Doe*"]);
    assert_eq!(styled(&p.document, "Heading1"), fixture::TITLES);
    let entries = styled(&p.document, "Heading2");
    assert_eq!(entries.first().map(String::as_str), Some("Staff Engineer"));
    assert!(entries.contains(&"Zero-copy parsing".to_owned()));
    assert!(!p.document.contains("Hidden Org"));
    for style in [
        r#"w:styleId="Heading1""#,
        r#"<w:name w:val="heading 1" />"#,
        r#"w:styleId="Heading2""#,
        r#"<w:name w:val="heading 2" />"#,
        r#"w:styleId="Title""#,
    ] {
        assert!(p.styles.contains(style), "{style} missing from styles.xml");
    }
}

#[test]
fn bullets_are_word_lists() {
    let p = parts(&fixture::every_section());
    assert_eq!(
        styled(&p.document, "ListParagraph"),
        [
            "Cut p99 latency by 40%",
            "1. not a list",
            "Compilers",
            "Typst renderer"
        ]
    );
    assert_eq!(p.document.matches(r#"<w:numId w:val="2" />"#).count(), 4);
    assert!(p.numbering.contains(r#"<w:numFmt w:val="bullet" />"#));
    assert!(p.numbering.contains(r#"<w:num w:numId="2">"#));
}

#[test]
fn text_is_escaped_and_properties_are_set() {
    let cv = Cv::from_json_slice(
        br#"{"basics": {"name": "A & B <C>", "url": "https://x.example/?a=1&b=2"},
             "skills": [{"name": "Rust"}]}"#,
    )
    .unwrap();
    let p = parts(&cv);
    assert!(p.document.contains("A &amp; B &lt;C&gt;"), "{}", p.document);
    assert!(
        p.core
            .contains("<dc:title>A &amp; B &lt;C&gt; – CV</dc:title>")
    );
    assert!(
        p.core
            .contains("<dc:creator>A &amp; B &lt;C&gt;</dc:creator>")
    );
    assert!(p.core.contains("<dc:language>en</dc:language>"));
    assert!(p.core.contains("<cp:keywords>Rust</cp:keywords>"));
    assert!(
        !p.core.contains("dcterms:created"),
        "no clock in the output"
    );
    assert!(
        p.rels.contains(r#"Id="rIdHyperlink1""#) && p.rels.contains("?a=1&amp;b=2"),
        "{}",
        p.rels
    );
}

#[test]
fn right_to_left_paragraphs_are_bidi() {
    let p = parts(&fixture::arabic());
    let paragraphs = p.document.matches("<w:p ").count();
    assert!(paragraphs > 3);
    assert_eq!(p.document.matches("<w:bidi />").count(), paragraphs);
    assert!(
        p.styles.contains(r#"w:cs="Noto Sans Arabic""#),
        "{}",
        p.styles
    );
    let english = parts(&fixture::every_section());
    assert!(!english.document.contains("<w:bidi"));
}

#[test]
fn relationships_are_sorted() {
    let xml = br#"<?xml?><Relationships x="1"><Relationship Id="rId1" Target="styles.xml" /><Relationship Id="rIdHyperlink10" Target="b" /><Relationship Id="rIdHyperlink2" Target="a" /><Relationship Id="rId2" Target="n.xml" /></Relationships>"#;
    let sorted = String::from_utf8(sorted_relationships(xml)).unwrap();
    assert_eq!(
        sorted,
        r#"<?xml?><Relationships x="1"><Relationship Id="rId1" Target="styles.xml" /><Relationship Id="rId2" Target="n.xml" /><Relationship Id="rIdHyperlink2" Target="a" /><Relationship Id="rIdHyperlink10" Target="b" /></Relationships>"#
    );
}
