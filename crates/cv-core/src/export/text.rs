//! Plain-text export, written for applicant tracking systems and job portals' paste-in fields:
//! everything in reading order, one fact per line, no tabs, columns, rules or box characters.
//!
//! - The name first, then the headline and one contact per line (full URLs, which parsers
//!   recognise more reliably than shortened ones).
//! - Section titles are plain lines in capitals (the convention ATS guides recommend, and the
//!   only emphasis plain text has), preceded by a blank line.
//! - An entry starts with one line holding its title, organisation, location and, in brackets,
//!   its dates; then its link, summary, `- ` bullets, keywords and note.
//! - Lines are **not wrapped**: hard breaks inside a sentence split phrases for keyword matching
//!   and look broken once pasted into a web form, which wraps text itself.
//!
//! Right-to-left CVs keep logical order; whatever displays the text decides the direction.

use crate::render::view::{Entries, Entry, Section, View};

/// The CV as plain text, ending with a newline.
pub fn to_string(view: &View) -> String {
    let mut lines: Vec<String> = Vec::new();
    lines.extend(view.header.name.iter().map(|n| one_line(n)));
    lines.extend(view.header.label.iter().map(|l| one_line(l)));
    for contact in &view.header.contacts {
        let text = match (contact.kind, &contact.href) {
            ("url" | "profile", Some(href)) => href,
            _ => &contact.text,
        };
        lines.push(one_line(text));
    }
    for section in &view.sections {
        write_section(&mut lines, section);
    }
    let mut out = lines.join("\n");
    out.push('\n');
    out
}

fn write_section(lines: &mut Vec<String>, section: &Section) {
    lines.push(String::new());
    lines.push(one_line(&section.title).to_uppercase());
    if let Some(text) = &section.text {
        lines.extend(paragraphs(text));
    }
    match &section.entries {
        Entries::Entries(entries) => {
            for (i, entry) in entries.iter().enumerate() {
                if i > 0 {
                    lines.push(String::new());
                }
                write_entry(lines, entry);
            }
        }
        Entries::Tags(tags) => {
            for tag in tags {
                let label = super::tag_label(tag).map(|l| one_line(&l));
                let items: Vec<String> = tag.items.iter().map(|i| one_line(i)).collect();
                let items = (!items.is_empty()).then(|| items.join(", "));
                lines.push(match (label, items) {
                    (Some(label), Some(items)) => format!("{label}: {items}"),
                    (Some(one), None) | (None, Some(one)) => one,
                    (None, None) => continue,
                });
            }
        }
    }
}

fn write_entry(lines: &mut Vec<String>, entry: &Entry) {
    let mut head: Vec<String> = [&entry.title, &entry.org, &entry.location]
        .into_iter()
        .flatten()
        .map(|s| one_line(s))
        .collect();
    if let Some(date) = &entry.date {
        let date = format!("({})", one_line(date));
        match head.last_mut() {
            Some(last) => *last = format!("{last} {date}"),
            None => head.push(date),
        }
    }
    lines.push(head.join(", "));
    lines.extend(entry.url.iter().map(|u| one_line(&u.href)));
    lines.extend(entry.summary.iter().flat_map(|s| paragraphs(s)));
    lines.extend(entry.bullets.iter().map(|b| format!("- {}", one_line(b))));
    if !entry.tags.is_empty() {
        let tags: Vec<String> = entry.tags.iter().map(|t| one_line(t)).collect();
        lines.push(tags.join(", "));
    }
    lines.extend(entry.note.iter().map(|n| one_line(n)));
}

/// Collapses every run of whitespace, line breaks included, to one space.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The lines of a paragraph-text field, trimmed, with runs of blank lines collapsed to one and
/// none at either end.
fn paragraphs(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for line in text.lines().map(one_line) {
        if line.is_empty() && out.last().is_none_or(String::is_empty) {
            continue;
        }
        out.push(line);
    }
    while out.last().is_some_and(String::is_empty) {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::{fixture, view};

    #[test]
    fn normalises_whitespace() {
        let cases = [("  a \t b\n c ", "a b c"), ("", ""), ("one", "one")];
        for (input, expected) in cases {
            assert_eq!(one_line(input), expected);
        }
        assert_eq!(paragraphs("\n a \n\n\n b\n\n"), ["a", "", "b"]);
    }

    #[test]
    fn every_section_in_display_order_without_hidden_ones() {
        let text = to_string(&view(&fixture::every_section()));
        assert!(
            text.starts_with(
                "Jane *Doe*\nSenior Engineer\njane@example.com\n+49 30 1234567\nBerlin, DE\n\
                 https://jane.example.com/\nhttps://github.com/jane\n\nSUMMARY\n"
            ),
            "{text}"
        );
        let mut at = 0;
        for title in fixture::TITLES {
            let heading = format!("\n\n{}\n", title.to_uppercase());
            at += text[at..]
                .find(&heading)
                .unwrap_or_else(|| panic!("{title} missing or out of order:\n{text}"));
        }
        assert!(!text.contains("VOLUNTEERING") && !text.contains("Hidden Org"));
        for expected in [
            "\nStaff Engineer, Acme GmbH, Berlin (Jan 2020 – Present)\nhttps://acme.example.com\n\
             Payments platform.\n- Cut p99 latency by 40%\n- 1. not a list\nFintech, 200 people\n",
            "\nBackend (Expert): Rust, Go\n",
            "\nGerman (Native)\nEnglish: Fluent (C1)\n",
            "\nMSc, Computer Science, TU Berlin (2014 – 2016)\n- Compilers\n1.3\n",
            "\ncvimprover (2023 – Present)\nhttps://cv.example.com\nA CV tool.\n\
             - Typst renderer\nRust, Typst\nAuthor\n",
            "\nZero-copy parsing, RustFest (Jun 2023)\n",
        ] {
            assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
        }
        assert!(!text.contains('\t'));
        assert!(
            text.ends_with("Jane is great.\n\nTALKS\nZero-copy parsing, RustFest (Jun 2023)\n")
        );
    }

    #[test]
    fn no_layout_characters_in_any_example_language() {
        let text = to_string(&view(&fixture::arabic()));
        assert!(text.starts_with("ليلى حداد\n"), "{text}");
        assert!(text.contains("\n- AWS و Kafka\n"), "{text}");
        let layout = |c: char| c == '\t' || ('\u{2500}'..='\u{259F}').contains(&c);
        assert!(!text.chars().any(layout));
    }
}
