//! Exports of every example in every format, and the Markdown escaping checked by an independent
//! CommonMark parser (pulldown-cmark): whatever a CV says, it comes out as plain text.

#![allow(clippy::unwrap_used)]

mod common;

use std::io::{Cursor, Read};

use common::*;
use cv_core::export::markdown::{escape_block, escape_inline};
use cv_core::export::{Format, export};
use proptest::prelude::*;
use pulldown_cmark::{Event, Parser, Tag, TagEnd};

#[test]
fn every_example_exports_in_every_format() {
    for (file, cv) in examples() {
        let name = cv.name().unwrap();
        for format in Format::ALL {
            let bytes = export(&cv, format).unwrap();
            match format {
                Format::JsonResume => {
                    let value: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
                    assert_eq!(value, cv.to_json_resume(), "{file}");
                }
                Format::Markdown => {
                    let md = String::from_utf8(bytes).unwrap();
                    let first = md.lines().next().unwrap();
                    assert_eq!(first, format!("# {}", escape_inline(name)), "{file}");
                }
                Format::Text => {
                    let text = String::from_utf8(bytes).unwrap();
                    assert_eq!(text.lines().next(), Some(name), "{file}");
                    assert!(!text.contains('\t'), "{file}");
                }
                Format::Docx => {
                    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
                    let mut document = String::new();
                    let mut part = zip.by_name("word/document.xml").unwrap();
                    part.read_to_string(&mut document).unwrap();
                    assert!(document.contains(name), "{file}");
                }
            }
        }
    }
}

/// The plain text CommonMark makes of `markdown`: text events only (soft breaks as `\n`), and
/// `None` if the parser found any markup at all (heading, list, link, emphasis, HTML, code, …).
fn plain_text(markdown: &str) -> Option<String> {
    let mut out = String::new();
    for event in Parser::new(markdown) {
        match event {
            Event::Text(t) => out.push_str(&t),
            Event::SoftBreak => out.push('\n'),
            Event::Start(Tag::Paragraph) | Event::End(TagEnd::Paragraph) => {}
            _ => return None,
        }
    }
    Some(out)
}

fn normalised(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_oracle_sees_markup() {
    for markup in [
        "*a*", "- a", "1. a", "# a", "[a](b)", "<b>a</b>", "`a`", "a\n===", "---", "&amp;",
    ] {
        assert_ne!(plain_text(markup).as_deref(), Some(markup), "{markup:?}");
    }
    assert_eq!(plain_text("a\nb").as_deref(), Some("a\nb"));
}

/// Strings rich in what Markdown treats as markup.
fn markup_heavy() -> impl Strategy<Value = String> {
    proptest::string::string_regex(r"[-+=#*_`~\[\]()<>!&|\\.:;/0-9a-z \n]{0,40}").unwrap()
}

proptest! {
    #[test]
    fn escaped_inline_text_is_only_text(s in markup_heavy()) {
        let text = plain_text(&escape_inline(&s));
        prop_assert_eq!(text.as_deref().map(normalised), Some(normalised(&s)));
    }

    #[test]
    fn escaped_lines_are_only_text(lines in proptest::collection::vec("[-+=#*_`~\\[\\]<>&|0-9a-z. ]{1,20}", 1..5)) {
        let lines: Vec<String> = lines.iter().map(|l| normalised(l)).filter(|l| !l.is_empty()).collect();
        let text = plain_text(&escape_block(&lines.join("\n")));
        prop_assert_eq!(text, Some(lines.join("\n")));
    }
}
