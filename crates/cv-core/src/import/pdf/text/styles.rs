//! Fields told apart by type style: "**Doctoral Researcher**, *Karolinska Institutet*,
//! Stockholm" is a title, an organisation and a place, which its commas alone do not say (the
//! organisation may hold commas too). A heading that wraps keeps its styles on the next line, so
//! "**Transcriptional bursting … endocrine**" / "**progenitors**, *Molecular Systems Biology*" is
//! one title and one journal.
//!
//! - [`split_styled_headings`]: an entry's heading line (and the line its fields wrap onto) cut
//!   into one segment per field, for `entries`.
//!
//! What does not live here: reading styles from fonts (`fonts`), each word's style
//! (`rtl::logical_text_styled`, as `layout` builds a segment).

use super::super::fonts::Style;
use super::dated::{Dated, bullet_text, join_wrapped};
use super::layout::Segment;

/// One field of a styled line: its text and the styles of its first and last words.
#[derive(Debug, Clone, PartialEq)]
struct Field {
    text: String,
    first: Style,
    last: Style,
}

/// The segment's text cut after each comma where the style changes; `None` when its styles are
/// not known (or no longer match its text).
fn fields(seg: &Segment) -> Option<Vec<Field>> {
    let words: Vec<&str> = seg.text.split(' ').collect();
    if seg.styles.len() != words.len() {
        return None;
    }
    let mut out: Vec<Field> = Vec::new();
    let mut start = 0;
    for i in 0..words.len() {
        let cut =
            i + 1 == words.len() || (words[i].ends_with(',') && seg.styles[i] != seg.styles[i + 1]);
        if cut {
            let text = words[start..=i].join(" ");
            out.push(Field {
                text: text.trim_end_matches(',').trim().to_owned(),
                first: seg.styles[start],
                last: seg.styles[i],
            });
            start = i + 1;
        }
    }
    Some(out)
}

/// Cuts each dated line whose text is one styled segment into one segment per field, taking in
/// the next line when the heading wrapped onto it (its first word would not have fit before
/// `right`, the text's right edge) and runs on there: the heading ends with a comma, or the next
/// line starts in the style the heading ends in and one of them has two fields or more.
pub fn split_styled_headings(lines: Vec<Dated>, right: f32) -> Vec<Dated> {
    let mut out: Vec<Dated> = Vec::with_capacity(lines.len());
    let mut lines = lines.into_iter().peekable();
    while let Some(mut d) = lines.next() {
        let head = match (d.date.is_some(), d.rest.as_slice()) {
            (true, [seg]) => fields(seg).map(|f| (f, seg.clone())),
            _ => None,
        };
        let Some((mut heading, seg)) = head else {
            out.push(d);
            continue;
        };
        if let Some(next) = lines.peek()
            && wrapped(&seg, next, right)
            && let Some(more) = continuation(&d, &seg, &heading, next)
        {
            let ends_with_comma = seg.text.trim_end().ends_with(',');
            let mut more = more.into_iter();
            if !ends_with_comma && let (Some(last), Some(first)) = (heading.last_mut(), more.next())
            {
                last.text = join_wrapped(&last.text, &first.text);
            }
            heading.extend(more);
            lines.next();
        }
        if heading.len() >= 2 {
            d.rest = heading
                .into_iter()
                .map(|f| Segment {
                    text: f.text,
                    styles: Vec::new(),
                    ..seg.clone()
                })
                .collect();
            d.styled = true;
        }
        out.push(d);
    }
    out
}

/// Whether the first word of `next` would not have fit after `seg` on its line.
fn wrapped(seg: &Segment, next: &Dated, right: f32) -> bool {
    let Some(first) = next.rest.first() else {
        return false;
    };
    let chars = first.text.chars().count().max(1) as f32;
    let per_char = (first.x1 - first.x0) / chars;
    let word = first.text.split(' ').next().unwrap_or("").chars().count() as f32;
    seg.x1 + per_char * (word + 1.0) > right
}

/// The fields of `next` when it continues the heading `d` (one segment `seg`, cut into
/// `heading`).
fn continuation(d: &Dated, seg: &Segment, heading: &[Field], next: &Dated) -> Option<Vec<Field>> {
    let [next_seg] = next.rest.as_slice() else {
        return None;
    };
    if next.date.is_some()
        || next.line.page != d.line.page
        || bullet_text(&next_seg.text).is_some()
        || super::contacts::classify(next_seg.text.trim()).is_some()
    {
        return None;
    }
    let more = fields(next_seg)?;
    let ends_with_comma = seg.text.trim_end().ends_with(',');
    let same_style = heading.last()?.last == more.first()?.first;
    let several = heading.len() >= 2 || more.len() >= 2;
    ((ends_with_comma && heading.len() >= 2) || (same_style && several)).then_some(more)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::pdf::text::layout::Line;

    const B: Style = Style::BOLD;
    const I: Style = Style::ITALIC;
    const R: Style = Style {
        bold: false,
        italic: false,
    };

    /// A line of one segment whose words have the given styles, with a date when `dated`.
    fn styled(y: f32, words: &[(&str, Style)], dated: bool) -> Dated {
        let text: Vec<&str> = words.iter().map(|(w, _)| *w).collect();
        let seg = Segment {
            x0: 140.0,
            x1: 520.0,
            text: text.join(" "),
            size: 10.0,
            styles: words.iter().map(|(_, s)| *s).collect(),
        };
        let date = dated
            .then(|| super::super::dates::find("2017 – 2021"))
            .flatten();
        Dated {
            line: Line {
                page: 1,
                y,
                segments: vec![seg.clone()],
            },
            date,
            rest: vec![seg],
            styled: false,
        }
    }

    fn texts(d: &Dated) -> Vec<&str> {
        d.rest.iter().map(|s| s.text.as_str()).collect()
    }

    #[test]
    fn a_heading_is_cut_where_its_style_changes_after_a_comma() {
        let lines = vec![styled(
            100.0,
            &[
                ("Doctoral", B),
                ("Researcher,", B),
                ("Karolinska", I),
                ("Institutet,", I),
                ("Solna,", I),
                ("Stockholm,", R),
                ("Sweden", R),
            ],
            true,
        )];
        let out = split_styled_headings(lines, 520.0);
        assert_eq!(
            texts(&out[0]),
            [
                "Doctoral Researcher",
                "Karolinska Institutet, Solna",
                "Stockholm, Sweden"
            ]
        );
        assert!(out[0].styled);
    }

    #[test]
    fn a_wrapped_heading_keeps_its_fields_across_the_lines() {
        // (heading line's words, next line's words, fields)
        type Words<'a> = Vec<(&'a str, Style)>;
        let cases: [(Words, Words, Vec<&str>); 3] = [
            // A bold title wrapping before its italic journal.
            (
                vec![("Bursting", B), ("shapes", B), ("endocrine", B)],
                vec![("progenitors,", B), ("Molecular", I), ("Biology", I)],
                vec!["Bursting shapes endocrine progenitors", "Molecular Biology"],
            ),
            // The organisation wraps before the place.
            (
                vec![("Fellow,", B), ("University", I), ("of", I)],
                vec![("Cambridge,", I), ("Cambridge,", R), ("UK", R)],
                vec!["Fellow", "University of Cambridge", "Cambridge, UK"],
            ),
            // The line breaks right after a field's comma: the place comes next.
            (
                vec![("Researcher,", B), ("Karolinska", I), ("Institutet,", I)],
                vec![("Stockholm,", R), ("Sweden", R)],
                vec!["Researcher", "Karolinska Institutet", "Stockholm, Sweden"],
            ),
        ];
        for (head, next, expected) in cases {
            let out = split_styled_headings(
                vec![styled(100.0, &head, true), styled(112.0, &next, false)],
                520.0,
            );
            assert_eq!(out.len(), 1, "{expected:?}");
            assert_eq!(texts(&out[0]), expected);
        }
    }

    #[test]
    fn a_short_heading_did_not_wrap() {
        // "Engineer" ends far from the right edge: the next line is its own (an organisation
        // line in the title's type), however its styles go.
        let mut head = styled(100.0, &[("Engineer", B)], true);
        head.rest[0].x1 = 200.0;
        let next = styled(112.0, &[("Acme,", B), ("Berlin", R)], false);
        assert_eq!(split_styled_headings(vec![head, next], 520.0).len(), 2);
    }

    #[test]
    fn a_paragraph_after_a_heading_is_not_taken_in() {
        let out = split_styled_headings(
            vec![
                styled(100.0, &[("Engineer,", B), ("Acme", I)], true),
                styled(112.0, &[("Built", R), ("the", R), ("billing", R)], false),
            ],
            520.0,
        );
        assert_eq!(out.len(), 2);
        assert_eq!(texts(&out[0]), ["Engineer", "Acme"]);
        // One style throughout, or styles unknown: the line stays as it is.
        let plain = styled(100.0, &[("Engineer,", B), ("Acme", B)], true);
        let mut unknown = styled(100.0, &[("Engineer,", B), ("Acme", I)], true);
        unknown.rest[0].styles.clear();
        for d in [plain, unknown] {
            let out = split_styled_headings(vec![d], 520.0);
            assert_eq!(texts(&out[0]), ["Engineer, Acme"]);
            assert!(!out[0].styled);
        }
    }
}
