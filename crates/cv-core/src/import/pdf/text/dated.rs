//! A line's date taken out of it, and the joins that must happen before entries are read: a
//! range split over two lines, a detail line that wraps after its separator, a link broken
//! after a hyphen, a "Title, Organisation" heading that wraps before its right-aligned date.

use super::dates::{self, Found};
use super::layout::{Line, Segment};

/// Characters that start a bullet.
pub const BULLETS: &[char] = &['•', '–', '-', '▪', '◦', '‣', '●', '*', '·', '○', '■'];

/// The text of a bullet line without its bullet sign.
pub fn bullet_text(text: &str) -> Option<&str> {
    let t = text.trim_start();
    let first = t.chars().next()?;
    if !BULLETS.contains(&first) {
        return None;
    }
    let rest = &t[first.len_utf8()..];
    rest.starts_with(' ').then(|| rest.trim_start())
}

/// A line with its date taken out.
pub struct Dated {
    /// The line as laid out.
    pub line: Line,
    /// The date found, if any.
    pub date: Option<Found>,
    /// The text without the date.
    pub rest: Vec<Segment>,
    /// Whether `rest` holds one field per segment, cut by type style (`styles`).
    pub styled: bool,
}

/// Finds the line's date: a segment that is only a date, else a range at an end of the text.
pub fn dated(line: Line) -> Dated {
    if bullet_text(&line.text()).is_some() {
        let rest = line.segments.clone();
        return Dated {
            line,
            date: None,
            rest,
            styled: false,
        };
    }
    for (i, s) in line.segments.iter().enumerate() {
        if dates::is_only_date(&s.text) {
            let date = dates::find(&s.text);
            let mut rest = line.segments.clone();
            rest.remove(i);
            return Dated {
                line,
                date,
                rest,
                styled: false,
            };
        }
    }
    let text = line.text();
    if let Some(f) = dates::find(&text) {
        let at_end = text[f.span.1..].trim().is_empty();
        let at_start = text[..f.span.0].trim().is_empty();
        let range = f.end.is_some() || f.ongoing || f.open;
        if range && (at_end || at_start) {
            let remainder = format!("{}{}", &text[..f.span.0], &text[f.span.1..]);
            let remainder = remainder.trim().trim_end_matches([',', '|', '·']).trim();
            let rest = if remainder.is_empty() {
                Vec::new()
            } else {
                vec![Segment {
                    text: remainder.to_owned(),
                    styles: Vec::new(),
                    ..line.segments[0].clone()
                }]
            };
            return Dated {
                line,
                date: Some(f),
                rest,
                styled: false,
            };
        }
    }
    let rest = line.segments.clone();
    Dated {
        line,
        date: None,
        rest,
        styled: false,
    }
}

/// Joins a range split over two lines ("Mar 2021 –" / "Present") back together.
pub fn join_split_dates(mut lines: Vec<Dated>) -> Vec<Dated> {
    for i in 0..lines.len().saturating_sub(1) {
        let open = lines[i].date.as_ref().is_some_and(|d| d.open);
        if !open {
            continue;
        }
        // The end was found as the next line's own date ("Feb 2021" under "Jun 2018 –").
        let next_date = lines[i + 1].date.clone();
        if let Some(n) = next_date.filter(|n| n.end.is_none() && !n.ongoing && n.start.is_some()) {
            lines[i + 1].date = None;
            if let Some(d) = lines[i].date.as_mut() {
                d.end = n.start;
                d.open = false;
            }
            continue;
        }
        let Some(first) = lines[i + 1].rest.first().map(|s| s.text.clone()) else {
            continue;
        };
        let end = if dates::is_present(&first) {
            Some((None, true))
        } else if dates::is_only_date(&first) {
            dates::find(&first).map(|f| (f.start, false))
        } else {
            None
        };
        if let Some((end, ongoing)) = end {
            lines[i + 1].rest.remove(0);
            if let Some(d) = lines[i].date.as_mut() {
                d.end = end;
                d.ongoing = ongoing;
                d.open = false;
            }
        }
    }
    lines
}

/// Joins a heading that wrapped onto the next line back into one: the next line's first word
/// would not have fit between the heading's end and the right-aligned date, less a gutter
/// ("Fellow, University of Cambridge, Department of" / "Genetics · Cambridge, UK"). A sentence (ending with a full stop) is a paragraph, and a
/// heading that ends with a link is complete.
pub fn join_wrapped_headings(lines: Vec<Dated>) -> Vec<Dated> {
    let mut out: Vec<Dated> = Vec::new();
    // Room the heading could still have grown by, and where its text ends.
    let mut open: Option<(f32, f32)> = None;
    for d in lines {
        if let (Some((room, x1)), Some(last)) = (open, out.last_mut())
            && continues_heading(last, &d, room)
            && let Some(end) = last.rest.last_mut()
        {
            end.text = join_wrapped(&end.text, &text_of(&d.rest));
            let new_x1 = d.rest.last().map_or(x1, |s| s.x1);
            open = Some((room + x1 - new_x1, new_x1));
            continue;
        }
        // Text stops short of the date by a gutter of about one font size.
        open = date_gap(&d)
            .zip(d.rest.last())
            .map(|(gap, end)| (gap - end.size, end.x1));
        out.push(d);
    }
    out
}

/// Space between a heading's text and its date segment, when the date is a segment of its own.
fn date_gap(d: &Dated) -> Option<f32> {
    d.date.as_ref()?;
    let end = d.rest.last()?;
    d.line
        .segments
        .iter()
        .filter(|s| s.x0 > end.x1)
        .map(|s| s.x0 - end.x1)
        .reduce(f32::min)
}

/// Whether `next` continues `head`, whose text could still have grown by `room` points.
fn continues_heading(head: &Dated, next: &Dated, room: f32) -> bool {
    let (Some(end), Some(first)) = (head.rest.last(), next.rest.first()) else {
        return false;
    };
    let text = next.line.text();
    let last_piece = split_pieces(&end.text).pop().unwrap_or_default();
    // Only a heading that already holds more than a title ("Title, Org") runs on: otherwise the
    // next line is the organisation line.
    let compound = head.rest.len() > 1 || end.text.contains(", ") || end.text.contains(" · ");
    // Right-to-left text grows leftwards, away from the room measured here.
    let rtl = end.text.chars().any(super::layout::is_rtl);
    if !compound
        || rtl
        || next.date.is_some()
        || head.line.page != next.line.page
        || bullet_text(&text).is_some()
        || text.trim_end().ends_with('.')
        || super::contacts::classify(&last_piece).is_some()
    {
        return false;
    }
    let chars = first.text.chars().count().max(1) as f32;
    let per_char = (first.x1 - first.x0) / chars;
    let word = first.text.split(' ').next().unwrap_or("").chars().count() as f32;
    per_char * (word + 1.0) > room
}

/// Joins a line that ends with a separator ("Company · Berlin ·") with the line it continues on.
pub fn join_dangling(lines: Vec<Line>) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::new();
    for line in lines {
        // A link broken after a hyphen or a slash: "talks.example.com/eu-2024-" + "multiregion",
        // "doi.example.org/" + "msb-2020-9521".
        let next = line.text();
        let broken_at = out.last().and_then(|l: &Line| {
            l.segments.iter().rposition(|s| {
                let last_word = s.text.rsplit(' ').next().unwrap_or("");
                let after_hyphen = last_word.ends_with('-')
                    && (last_word.contains(['/', '.']) || next.contains('.'));
                let after_slash = last_word.ends_with('/') && last_word.contains('.');
                !next.is_empty() && !next.contains(' ') && (after_hyphen || after_slash)
            })
        });
        if let Some(at) = broken_at
            && let Some(a) = out.last_mut().and_then(|l| l.segments.get_mut(at))
        {
            a.text.push_str(&next);
            continue;
        }
        let dangling_at = out.last().and_then(|l: &Line| {
            let same_page = l.page == line.page;
            l.segments
                .iter()
                .rposition(|s| {
                    let t = s.text.trim_end();
                    t.ends_with(" ·") || t.ends_with(" |")
                })
                .filter(|_| same_page)
        });
        match (out.last_mut(), dangling_at) {
            (Some(last), Some(at)) => {
                let joined = line.text();
                if let Some(a) = last.segments.get_mut(at) {
                    a.text = format!("{} {}", a.text.trim_end(), joined);
                }
            }
            _ => out.push(line),
        }
    }
    out
}

/// Joins a heading that wraps onto a second line in the same larger type ("Award (co-I) · Chan"
/// / "Zuckerberg Initiative"): two consecutive one-segment lines set larger than the body text,
/// in one size, a line's height apart, are one heading. Dates and bullets never join.
pub fn join_big_wraps(lines: Vec<Line>, body: f32) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::new();
    for line in lines {
        let joins = out.last().is_some_and(|prev: &Line| {
            let size = prev.size();
            let plain = |l: &Line| {
                let t = l.text();
                l.segments.len() == 1 && bullet_text(&t).is_none() && dates::find(&t).is_none()
            };
            size > body * 1.08
                && (line.size() - size).abs() < 0.3
                && prev.page == line.page
                && line.y > prev.y
                && line.y - prev.y < size * 1.6
                && plain(prev)
                && plain(&line)
        });
        match out.last_mut().and_then(|l| l.segments.last_mut()) {
            Some(last) if joins => last.text = join_wrapped(&last.text, &line.text()),
            _ => out.push(line),
        }
    }
    out
}

/// Two lines of one paragraph: a space between them, except after a hyphen that ends a line
/// before a word ("double-" + "book" → "double-book", "Ultraschall-" + "Durchflussmesser").
pub fn join_wrapped(a: &str, b: &str) -> String {
    let hyphen = a.ends_with('-') && a.chars().rev().nth(1).is_some_and(char::is_alphanumeric);
    if hyphen && b.chars().next().is_some_and(char::is_alphabetic) {
        format!("{a}{b}")
    } else {
        format!("{a} {b}")
    }
}

/// Segments joined by spaces.
pub fn text_of(segments: &[Segment]) -> String {
    let parts: Vec<&str> = segments.iter().map(|s| s.text.as_str()).collect();
    parts.join(" ")
}

/// One text split at the separators CVs put between details: " · ", " | ", " • ".
pub fn split_pieces(text: &str) -> Vec<String> {
    text.split(" · ")
        .flat_map(|p| p.split(" | "))
        .flat_map(|p| p.split(" • "))
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect()
}

/// Entries of a section without dates (references, some certificates): groups of lines split at
/// the larger vertical gaps that separate entries; each group's first line is its heading.
pub fn undated(lines: &[Line]) -> Vec<super::entries::RawEntry> {
    let gaps: Vec<f32> = lines
        .windows(2)
        .filter(|w| w[0].page == w[1].page)
        .map(|w| w[1].y - w[0].y)
        .filter(|g| *g > 0.0)
        .collect();
    let mut sorted = gaps.clone();
    sorted.sort_by(f32::total_cmp);
    let line_gap = sorted.first().copied().unwrap_or(0.0);
    let mut out: Vec<super::entries::RawEntry> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let new_entry =
            i == 0 || lines[i - 1].page != line.page || line.y - lines[i - 1].y > line_gap * 1.25;
        let text = line.text();
        match out.last_mut() {
            Some(e) if !new_entry => match bullet_text(&text) {
                Some(b) => e.bullets.push(b.to_owned()),
                None => e.summary.push(text),
            },
            _ => out.push(super::entries::RawEntry {
                title: Some(text),
                ..super::entries::RawEntry::default()
            }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A line of segments `(x0, x1, text)` at `y`, 10 pt type.
    fn line(y: f32, parts: &[(f32, f32, &str)]) -> Dated {
        let segments = parts
            .iter()
            .map(|(x0, x1, t)| Segment {
                x0: *x0,
                x1: *x1,
                text: (*t).to_owned(),
                size: 10.0,
                styles: Vec::new(),
            })
            .collect();
        dated(Line {
            page: 1,
            y,
            segments,
        })
    }

    #[test]
    fn wrapped_headings_join_only_when_the_next_word_could_not_fit() {
        let cases: &[(&str, f32, &str, usize)] = &[
            // "Genetics" (8 letters at 5 pt) does not fit in 20 pt before the date: one heading.
            (
                "Fellow, University of Cambridge, Department of",
                400.0,
                "Genetics · Cambridge",
                1,
            ),
            // Plenty of room: the next line was printed on its own.
            (
                "Fellow, University of Cambridge",
                250.0,
                "Genetics · Cambridge",
                2,
            ),
            // A plain title: the next line is the organisation line.
            ("Research Fellow", 400.0, "Genetics · Cambridge", 2),
            // A sentence is the entry's paragraph.
            (
                "Engineer, Acme · London",
                400.0,
                "Builds payment systems.",
                2,
            ),
        ];
        for (head, x1, next, want) in cases {
            let lines = vec![
                line(10.0, &[(50.0, *x1, head), (440.0, 500.0, "2021 – 2024")]),
                line(22.0, &[(50.0, 150.0, next)]),
            ];
            let got = join_wrapped_headings(lines);
            assert_eq!(got.len(), *want, "{head} / {next}");
        }
    }

    #[test]
    fn a_heading_wrapped_in_larger_type_is_joined() {
        let line = |t: &str, y: f32, size: f32| Line {
            page: 1,
            y,
            segments: vec![Segment {
                x0: 57.0,
                x1: 400.0,
                text: t.into(),
                size,
                styles: Vec::new(),
            }],
        };
        // (second line, its y, its size, lines after joining)
        let cases = [
            ("Zuckerberg Initiative", 703.0, 14.0, 1),
            ("Zuckerberg Initiative", 740.0, 14.0, 2), // too far below: another heading
            ("Two-year fellowship.", 703.0, 12.0, 2),  // body type
            ("2022", 703.0, 14.0, 2),                  // a date
        ];
        for (text, y, size, expected) in cases {
            let lines = vec![
                line("Award (co-I) · Chan", 687.0, 14.0),
                line(text, y, size),
            ];
            assert_eq!(join_big_wraps(lines, 12.0).len(), expected, "{text}");
        }
    }

    #[test]
    fn a_link_broken_after_a_slash_is_joined() {
        let seg = |t: &str| Segment {
            x0: 50.0,
            x1: 300.0,
            text: t.to_owned(),
            size: 10.0,
            styles: Vec::new(),
        };
        let at = |y: f32, t: &str| Line {
            page: 1,
            y,
            segments: vec![seg(t)],
        };
        let lines = vec![
            at(10.0, "Nature Methods · doi.example.org/"),
            at(22.0, "nmeth-2023-1712"),
            at(34.0, "Lindqvist M, Brennan T."),
        ];
        let got = join_dangling(lines);
        assert_eq!(got.len(), 2);
        assert_eq!(
            got[0].text(),
            "Nature Methods · doi.example.org/nmeth-2023-1712"
        );
    }
}
