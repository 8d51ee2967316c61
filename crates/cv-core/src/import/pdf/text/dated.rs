//! A line's date taken out of it, and the joins that must happen before entries are read: a
//! range split over two lines, a detail line that wraps after its separator, a link broken
//! after a hyphen.

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
}

/// Finds the line's date: a segment that is only a date, else a range at an end of the text.
pub fn dated(line: Line) -> Dated {
    if bullet_text(&line.text()).is_some() {
        let rest = line.segments.clone();
        return Dated {
            line,
            date: None,
            rest,
        };
    }
    for (i, s) in line.segments.iter().enumerate() {
        if dates::is_only_date(&s.text) {
            let date = dates::find(&s.text);
            let mut rest = line.segments.clone();
            rest.remove(i);
            return Dated { line, date, rest };
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
                    ..line.segments[0].clone()
                }]
            };
            return Dated {
                line,
                date: Some(f),
                rest,
            };
        }
    }
    let rest = line.segments.clone();
    Dated {
        line,
        date: None,
        rest,
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

/// Joins a line that ends with a separator ("Company · Berlin ·") with the line it continues on.
pub fn join_dangling(lines: Vec<Line>) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::new();
    for line in lines {
        // A link broken after a hyphen: "talks.example.com/eu-2024-" + "multiregion".
        let next = line.text();
        let broken_at = out.last().and_then(|l: &Line| {
            l.segments.iter().rposition(|s| {
                let last_word = s.text.rsplit(' ').next().unwrap_or("");
                last_word.ends_with('-')
                    && !next.contains(' ')
                    && (last_word.contains(['/', '.']) || next.contains('.'))
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
