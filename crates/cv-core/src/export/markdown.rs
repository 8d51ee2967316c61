//! Markdown export (CommonMark, also read correctly by GitHub): the name as the `#` heading, one
//! `##` heading per section, one `###` per entry, `-` lists for bullets and skills.
//!
//! All user text goes through [`escape_inline`] or [`escape_block`], so a CV cannot inject
//! headings, lists, links, images or HTML: `[x](javascript:…)` or `<script>` print as typed.
//! Links are written only for `http(s)`, `mailto` and `tel` URLs, as `<…>` destinations with the
//! characters that could end them percent-encoded. Right-to-left CVs keep logical order: the
//! renderer decides the direction.

use std::fmt::Write;

use crate::render::view::{Entries, Entry, Section, Tag, View};

/// The CV as Markdown, ending with a newline.
pub fn to_string(view: &View) -> String {
    let mut out = String::new();
    if let Some(name) = &view.header.name {
        block(&mut out, &format!("# {}", escape_inline(name)));
    }
    if let Some(label) = &view.header.label {
        block(&mut out, &format!("**{}**", escape_inline(label)));
    }
    let contacts: Vec<String> = view
        .header
        .contacts
        .iter()
        .map(|c| link(&c.text, c.href.as_deref()))
        .collect();
    if !contacts.is_empty() {
        block(&mut out, &contacts.join(" · "));
    }
    for section in &view.sections {
        write_section(&mut out, section);
    }
    out
}

/// Appends `text` as a block: separated from what came before by one blank line.
fn block(out: &mut String, text: &str) {
    if !out.is_empty() {
        out.push('\n');
    }
    out.push_str(text);
    out.push('\n');
}

fn write_section(out: &mut String, section: &Section) {
    block(out, &format!("## {}", escape_inline(&section.title)));
    if let Some(text) = &section.text {
        block(out, &escape_block(text));
    }
    match &section.entries {
        Entries::Entries(entries) => entries.iter().for_each(|e| write_entry(out, e)),
        Entries::Tags(tags) if !tags.is_empty() => {
            let items: Vec<String> = tags.iter().map(tag_item).collect();
            block(out, &items.join("\n"));
        }
        Entries::Tags(_) => {}
    }
}

fn write_entry(out: &mut String, entry: &Entry) {
    let (title, org) = match (&entry.title, &entry.org) {
        (Some(title), org) => (title, org.as_ref()),
        (None, Some(org)) => (org, None),
        (None, None) => return,
    };
    block(out, &format!("### {}", escape_inline(title)));
    let place: Vec<String> = org
        .map(|o| format!("*{}*", escape_inline(o)))
        .into_iter()
        .chain(entry.location.as_deref().map(escape_inline))
        .collect();
    let meta: Vec<String> = Some(place.join(", "))
        .filter(|p| !p.is_empty())
        .into_iter()
        .chain(entry.date.as_deref().map(escape_inline))
        .chain(entry.url.as_ref().map(|u| link(&u.text, Some(&u.href))))
        .collect();
    if !meta.is_empty() {
        block(out, &meta.join(" · "));
    }
    if let Some(summary) = &entry.summary {
        block(out, &escape_block(summary));
    }
    if !entry.bullets.is_empty() {
        let items: Vec<String> = entry
            .bullets
            .iter()
            .map(|b| format!("- {}", escape_inline(b)))
            .collect();
        block(out, &items.join("\n"));
    }
    if !entry.tags.is_empty() {
        let tags: Vec<String> = entry.tags.iter().map(|t| escape_inline(t)).collect();
        block(out, &format!("*{}*", tags.join(", ")));
    }
    if let Some(note) = &entry.note {
        block(out, &format!("*{}*", escape_inline(note)));
    }
}

/// `- **Backend (Expert)**: Rust, Go`.
fn tag_item(tag: &Tag) -> String {
    let label = super::tag_label(tag).map(|l| format!("**{}**", escape_inline(&l)));
    let items: Vec<String> = tag.items.iter().map(|i| escape_inline(i)).collect();
    let items = (!items.is_empty()).then(|| items.join(", "));
    match (label, items) {
        (Some(label), Some(items)) => format!("- {label}: {items}"),
        (Some(one), None) | (None, Some(one)) => format!("- {one}"),
        (None, None) => String::new(),
    }
}

/// `[text](<href>)` for safe schemes, else the escaped text alone.
fn link(text: &str, href: Option<&str>) -> String {
    let text = escape_inline(text);
    let Some(href) = href.filter(|h| is_safe_url(h)) else {
        return text;
    };
    let mut dest = String::new();
    for c in href.chars() {
        if c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '\\') {
            let mut buf = [0; 4];
            for byte in c.encode_utf8(&mut buf).bytes() {
                let _ = write!(dest, "%{byte:02X}");
            }
        } else {
            dest.push(c);
        }
    }
    format!("[{text}](<{dest}>)")
}

fn is_safe_url(href: &str) -> bool {
    let lower = href.trim_start().to_ascii_lowercase();
    ["http://", "https://", "mailto:", "tel:"]
        .iter()
        .any(|scheme| lower.starts_with(scheme))
}

/// Escapes text for a single line (heading, list item, meta line): line breaks become spaces.
pub fn escape_inline(text: &str) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    escape_line(&line)
}

/// Escapes a paragraph of text, keeping its line breaks; runs of blank lines become one.
pub fn escape_block(text: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() && out.last().is_none_or(String::is_empty) {
            continue;
        }
        out.push(escape_line(line));
    }
    while out.last().is_some_and(String::is_empty) {
        out.pop();
    }
    out.join("\n")
}

/// Backslash-escapes what is markup anywhere in a line (emphasis, code, links, HTML, entities,
/// tables, headings' closing `#`s) and what is markup at its start (list markers, `=`/`-`
/// underlines, `1.` ordered lists).
fn escape_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    for c in line.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '|' | '~' | '#'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    let list_marker =
        out.starts_with(['-', '+']) && out[1..].chars().next().is_none_or(char::is_whitespace);
    let underline = !out.is_empty() && out.chars().all(|c| matches!(c, '-' | '=' | ' '));
    if list_marker || underline {
        out.insert(0, '\\');
    }
    let digits = out.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && out[digits..].starts_with(['.', ')']) {
        out.insert(digits, '\\');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::{fixture, view};

    #[test]
    fn escapes_markup() {
        let cases = [
            ("plain text", "plain text"),
            ("*bold* _it_", r"\*bold\* \_it\_"),
            ("[x](javascript:alert(1))", r"\[x\](javascript:alert(1))"),
            (
                "<script>alert(1)</script>",
                r"\<script\>alert(1)\</script\>",
            ),
            ("# heading", r"\# heading"),
            ("- item", r"\- item"),
            ("+ item", r"\+ item"),
            ("+49 30 1234567", "+49 30 1234567"),
            ("-5%", "-5%"),
            ("===", r"\==="),
            ("- - -", r"\- - -"),
            ("1. first", r"1\. first"),
            ("2020) x", r"2020\) x"),
            ("C# & F#", r"C\# \& F\#"),
            ("a | b", r"a \| b"),
            ("`code`", r"\`code\`"),
            ("back\\slash", r"back\\slash"),
            ("&amp;", r"\&amp;"),
            ("line\n# two", r"line \# two"),
        ];
        for (input, expected) in cases {
            assert_eq!(escape_inline(input), expected, "{input:?}");
        }
    }

    #[test]
    fn blocks_keep_lines_but_not_markup() {
        assert_eq!(
            escape_block("one\n\n\n  # two\n- three\n\n"),
            "one\n\n\\# two\n\\- three"
        );
    }

    #[test]
    fn links_only_safe_schemes() {
        let cases = [
            (
                "x",
                Some("https://a.example/b c"),
                "[x](<https://a.example/b%20c>)",
            ),
            ("x", Some("mailto:a@b.example"), "[x](<mailto:a@b.example>)"),
            (
                "x",
                Some("https://a.example/<x>"),
                "[x](<https://a.example/%3Cx%3E>)",
            ),
            ("x", Some("javascript:alert(1)"), "x"),
            ("x_y", None, r"x\_y"),
        ];
        for (text, href, expected) in cases {
            assert_eq!(link(text, href), expected);
        }
    }

    #[test]
    fn every_section_in_display_order_without_hidden_ones() {
        let md = to_string(&view(&fixture::every_section()));
        assert!(
            md.starts_with("# Jane \\*Doe\\*\n\n**Senior Engineer**\n"),
            "{md}"
        );
        let mut at = 0;
        for title in fixture::TITLES {
            let found = md[at..].find(&format!("\n## {title}\n"));
            at += found.unwrap_or_else(|| panic!("## {title} missing or out of order:\n{md}"));
        }
        assert!(
            !md.contains("Volunteering") && !md.contains("Hidden Org"),
            "{md}"
        );
        for expected in [
            "### Staff Engineer\n\n*Acme GmbH*, Berlin · Jan 2020 – Present · [acme.example.com](<https://acme.example.com>)\n",
            "- Cut p99 latency by 40%\n- 1\\. not a list\n",
            "- **Backend (Expert)**: Rust, Go\n",
            "- **English: Fluent (C1)**\n",
            "*Rust, Typst*\n",
            "\\# not a heading\n\\<b\\>bold\\</b\\>",
            "[github.com/jane](<https://github.com/jane>)",
            "### Zero-copy parsing\n\n*RustFest* · Jun 2023\n",
        ] {
            assert!(md.contains(expected), "missing {expected:?} in:\n{md}");
        }
        assert!(md.contains(r"\[fast\](javascript:alert(1))"), "{md}");
        assert!(md.ends_with('\n') && !md.ends_with("\n\n"));
    }

    #[test]
    fn right_to_left_keeps_logical_order() {
        let md = to_string(&view(&fixture::arabic()));
        assert!(md.starts_with("# ليلى حداد\n"), "{md}");
        assert!(md.contains("- AWS و Kafka\n"), "{md}");
    }
}
