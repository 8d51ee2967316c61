//! Lines → header and sections. A heading is found by its words (the vocabulary) and its
//! typography: the style the known headings share (capitals, size) also marks the unknown ones,
//! which become custom sections. A word like "Languages" that is a skill group's name in the
//! sidebar is not taken for a heading because it lacks the headings' style.

use super::layout::Line;
use super::vocab::{self, Heading};

/// A section as found: its heading and its lines.
#[derive(Debug, Clone)]
pub struct Block {
    /// The heading as printed.
    pub title: String,
    /// What it announces; `None` for an unknown (custom) section.
    pub kind: Option<Heading>,
    /// How sure we are that this is a heading of that kind.
    pub confidence: f32,
    /// The lines under it.
    pub lines: Vec<Line>,
}

/// The document split up: the lines before the first heading, then the sections.
#[derive(Debug, Clone, Default)]
pub struct Split {
    /// Name, headline and contacts, usually.
    pub header: Vec<Line>,
    /// Sections in reading order.
    pub blocks: Vec<Block>,
}

/// The typographic style of a line.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Style {
    upper: bool,
    size: f32,
}

fn style(line: &Line) -> Style {
    let text = line.text();
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    Style {
        // Capitals, not merely "no lower case": Arabic and Hebrew have no case at all.
        upper: letters.len() >= 3 && letters.iter().all(|c| c.is_uppercase()),
        size: line.size(),
    }
}

/// Could this line be a heading at all: one short segment, no sentence, no contact.
fn heading_shaped(line: &Line) -> bool {
    let text = line.text();
    line.segments.len() == 1
        && (2..=40).contains(&text.chars().count())
        && text.split_whitespace().count() <= 6
        && !text.contains('@')
        && !text.ends_with(['.', ',', ';'])
        && !text.starts_with(['•', '–', '-', '·', '▪', '*'])
        && text.chars().filter(char::is_ascii_digit).count() <= 1
}

/// The most common font size, weighted by text length: the body text's size.
pub fn body_size(lines: &[Line]) -> f32 {
    let mut counts: Vec<(i32, usize)> = Vec::new();
    for l in lines {
        for s in &l.segments {
            let key = (s.size * 2.0).round() as i32;
            match counts.iter_mut().find(|(k, _)| *k == key) {
                Some((_, n)) => *n += s.text.len(),
                None => counts.push((key, s.text.len())),
            }
        }
    }
    counts
        .into_iter()
        .max_by_key(|(_, n)| *n)
        .map_or(10.0, |(k, _)| k as f32 / 2.0)
}

/// Splits `lines` into the header and sections.
pub fn split(lines: Vec<Line>) -> Split {
    let known: Vec<(usize, Heading)> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| heading_shaped(l))
        .filter_map(|(i, l)| vocab::heading(&l.text()).map(|h| (i, h)))
        .collect();
    let body = body_size(&lines);
    // The headings' style: what most vocabulary matches share.
    let upper = known
        .iter()
        .filter(|(i, _)| style(&lines[*i]).upper)
        .count()
        * 2
        > known.len();
    let big = known
        .iter()
        .filter(|(i, _)| lines[*i].size() > body * 1.08)
        .count()
        * 2
        > known.len();
    let fits = |l: &Line| {
        let s = style(l);
        (!upper || s.upper) && (!big || s.size > body * 1.08)
    };
    let first_known = known.first().map_or(usize::MAX, |(i, _)| *i);
    // Headings have space above them; a wrapped word in capitals ("EMEA") does not.
    let spaced: Vec<bool> = (0..lines.len())
        .map(|i| {
            i == 0
                || lines[i - 1].page != lines[i].page
                || lines[i].y - lines[i - 1].y > lines[i].size() * 1.75
                || lines[i].y < lines[i - 1].y
        })
        .collect();
    let mut out = Split::default();
    for (i, line) in lines.into_iter().enumerate() {
        let shaped = heading_shaped(&line) && (spaced[i] || known.iter().any(|(k, _)| *k == i));
        let kind = known.iter().find(|(k, _)| *k == i).map(|(_, h)| h.clone());
        let styled = (upper || big) && fits(&line);
        let heading = match kind {
            Some(h) if styled || known.len() < 2 => Some((Some(h), 0.95)),
            Some(h) => Some((Some(h), 0.6)).filter(|_| !upper && !big),
            // Unknown titles only below the header, and only in the known headings' style.
            None if shaped && styled && i > first_known => Some((None, 0.6)),
            None => None,
        };
        match heading {
            Some((kind, confidence)) => out.blocks.push(Block {
                title: line.text(),
                kind,
                confidence,
                lines: Vec::new(),
            }),
            None => match out.blocks.last_mut() {
                Some(block) => block.lines.push(line),
                None => out.header.push(line),
            },
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::pdf::text::layout::Segment;

    #[test]
    fn only_capital_letters_make_an_upper_case_style() {
        let cases = [
            ("EXPERIENCE", true),
            ("SKILLS & TOOLS", true),
            ("Experience", false),
            ("المهارات", false), // no case at all: not capitals
            ("עברית", false),
            ("AB", false), // too short to tell
        ];
        for (text, upper) in cases {
            let line = Line {
                page: 1,
                y: 0.0,
                segments: vec![Segment {
                    x0: 0.0,
                    x1: 100.0,
                    text: text.into(),
                    size: 10.0,
                    styles: Vec::new(),
                }],
            };
            assert_eq!(style(&line).upper, upper, "{text}");
        }
    }
}
