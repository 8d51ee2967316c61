//! Page-wide evidence that `layout` uses while it cuts rows of glyphs into segments:
//!
//! - **left edges**: x positions where many rows start. A body column beside a date column
//!   (LaTeX's moderncv, table layouts) starts at one x on every row; a gap a little wider than a
//!   word space that ends exactly there separates two columns, not two words;
//! - **bullet markers**: a symbol font without a Unicode map gives its bullet back as some
//!   other character ("{" from TeX's symbol font, "" from Word's Symbol font, "§" or "Ø" from
//!   Wingdings). A lone non-alphanumeric glyph that starts several rows at the same x, followed
//!   by a gap (preceded by one at the right end of right-to-left rows), is a bullet whatever it
//!   maps to; it becomes "•".
//!
//! What does not live here: rows and segments themselves (`layout`).

use super::super::extract::Glyph;
use super::layout::Segment;

/// A gap wider than this many font sizes that ends at a left edge splits segments (word spaces
/// are about 0.25–0.35; justified text stretches them, but never onto another row's start).
pub const EDGE_GAP: f32 = 0.5;

/// How many rows must start at one x for it to be an edge.
const EDGE_ROWS: usize = 4;

/// How close (points) a glyph must be to an edge to count as on it.
const EDGE_TOLERANCE: f32 = 0.75;

/// The x positions (points) where at least `EDGE_ROWS` (4) rows start.
pub fn left_edges(rows: &[Vec<&Glyph>]) -> Vec<f32> {
    let mut starts: Vec<f32> = rows
        .iter()
        .filter_map(|r| r.iter().map(|g| g.x).reduce(f32::min))
        .collect();
    starts.sort_by(f32::total_cmp);
    let mut edges: Vec<f32> = Vec::new();
    let mut i = 0;
    while i < starts.len() {
        let run = starts[i..]
            .iter()
            .take_while(|x| **x - starts[i] <= EDGE_TOLERANCE * 2.0)
            .count();
        if run >= EDGE_ROWS {
            edges.push(starts[i] + (starts[i + run - 1] - starts[i]) / 2.0);
        }
        i += run;
    }
    edges
}

/// Whether `x` lies on one of `edges`.
pub fn at_edge(x: f32, edges: &[f32]) -> bool {
    edges.iter().any(|e| (x - e).abs() <= EDGE_TOLERANCE)
}

/// A glyph that could be a bullet sign: one character, neither a letter nor a digit.
fn marker_char(g: &Glyph) -> Option<char> {
    let mut chars = g.text.chars();
    let c = chars.next()?;
    (chars.next().is_none() && !c.is_alphanumeric() && !c.is_whitespace()).then_some(c)
}

/// A sign that starts several rows as a lone glyph before a gap: a bullet whatever it maps to.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Marker {
    /// What the sign maps to.
    pub sign: char,
    /// Where it stands: its left edge when it starts rows on the left, its right edge when it
    /// starts right-to-left rows on the right.
    pub x: f32,
    /// Whether it starts rows from the right (right-to-left text).
    pub right: bool,
}

/// The signs that start at least two rows as a lone sign before a gap, on the left (the first
/// glyph, a gap after it) or on the right (the last glyph, a gap before it: bullets of
/// right-to-left text).
pub fn bullet_markers(rows: &[Vec<&Glyph>]) -> Vec<Marker> {
    let mut seen: Vec<(Marker, usize)> = Vec::new();
    for row in rows {
        let mut sorted: Vec<&&Glyph> = row.iter().collect();
        sorted.sort_by(|a, b| a.x.total_cmp(&b.x));
        let n = sorted.len();
        if n < 2 {
            continue;
        }
        let ends = [
            (sorted[0], sorted[1], false),
            (sorted[n - 1], sorted[n - 2], true),
        ];
        for (end, next, right) in ends {
            let Some(sign) = marker_char(end) else {
                continue;
            };
            let gap = if right {
                end.x - (next.x + next.width)
            } else {
                next.x - (end.x + end.width)
            };
            if gap < end.size * 0.2 {
                continue;
            }
            let x = if right { end.x + end.width } else { end.x };
            match seen.iter_mut().find(|(m, _)| {
                m.sign == sign && m.right == right && (m.x - x).abs() <= EDGE_TOLERANCE
            }) {
                Some((_, n)) => *n += 1,
                None => seen.push((Marker { sign, x, right }, 1)),
            }
        }
    }
    seen.into_iter()
        .filter(|(_, n)| *n >= 2)
        .map(|(m, _)| m)
        .collect()
}

/// Rewrites a row's leading bullet marker (see [`bullet_markers`]) to "•". `segments` are in
/// reading order: the first one of a right-to-left row is its rightmost.
pub fn normalise_marker(segments: &mut [Segment], markers: &[Marker], rtl: bool) {
    let Some(first) = segments.first_mut() else {
        return;
    };
    let mut chars = first.text.chars();
    let Some(c) = chars.next() else {
        return;
    };
    let edge = if rtl { first.x1 } else { first.x0 };
    let known = markers
        .iter()
        .any(|m| m.sign == c && m.right == rtl && (m.x - edge).abs() <= EDGE_TOLERANCE);
    if known && c != '•' && chars.next() == Some(' ') {
        first.text = format!("•{}", &first.text[c.len_utf8()..]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glyph(text: &str, x: f32, y: f32) -> Glyph {
        Glyph {
            page: 1,
            x,
            y,
            width: 5.0,
            size: 10.0,
            text: text.into(),
            style: Default::default(),
        }
    }

    #[test]
    fn edges_are_where_several_rows_start() {
        let glyphs: Vec<Glyph> = [
            (80.0, 10.0),
            (140.0, 20.0),
            (140.3, 30.0),
            (139.8, 40.0),
            (140.1, 50.0),
            (97.0, 60.0),
            (200.0, 70.0),
        ]
        .iter()
        .map(|(x, y)| glyph("a", *x, *y))
        .collect();
        let rows: Vec<Vec<&Glyph>> = glyphs.iter().map(|g| vec![g]).collect();
        let edges = left_edges(&rows);
        assert_eq!(edges.len(), 1);
        let cases = [(140.0, true), (140.5, true), (142.0, false), (80.0, false)];
        for (x, expected) in cases {
            assert_eq!(at_edge(x, &edges), expected, "{x}");
        }
    }

    #[test]
    fn a_repeated_lone_sign_before_a_gap_is_a_bullet() {
        // (sign, gap after it, rows, is a marker)
        let cases = [
            ("{", 6.0, 3, true),
            ("\u{f0b7}", 6.0, 2, true),
            ("§", 6.0, 2, true),
            ("{", 6.0, 1, false), // once is not a pattern
            ("(", 0.5, 3, false), // "(2019)": no gap after the bracket
            ("a", 6.0, 3, false), // a letter is text
        ];
        for (sign, gap, count, expected) in cases {
            let glyphs: Vec<Glyph> = (0..count)
                .flat_map(|i| {
                    let y = 100.0 + i as f32 * 12.0;
                    [glyph(sign, 140.0, y), glyph("M", 145.0 + gap, y)]
                })
                .collect();
            let rows: Vec<Vec<&Glyph>> = glyphs.chunks(2).map(|c| c.iter().collect()).collect();
            let markers = bullet_markers(&rows);
            assert_eq!(!markers.is_empty(), expected, "{sign} ×{count}");
            let mut segments = vec![Segment {
                x0: 140.0,
                x1: 300.0,
                text: format!("{sign} Moved services"),
                size: 10.0,
                styles: Vec::new(),
            }];
            normalise_marker(&mut segments, &markers, false);
            let bullet = segments[0].text == "• Moved services";
            assert_eq!(bullet, expected, "{sign} ×{count}");
        }
    }

    #[test]
    fn a_repeated_lone_sign_at_the_right_end_bullets_right_to_left_rows() {
        // Two Arabic rows as moderncv under bidi draws them: text, a gap, "{" on the right.
        let glyphs: Vec<Glyph> = (0..2)
            .flat_map(|i| {
                let y = 100.0 + i as f32 * 12.0;
                [glyph("ة", 300.0, y), glyph("{", 312.0, y)]
            })
            .collect();
        let rows: Vec<Vec<&Glyph>> = glyphs.chunks(2).map(|c| c.iter().collect()).collect();
        let markers = bullet_markers(&rows);
        let segment = Segment {
            x0: 200.0,
            x1: 317.0,
            text: "{ قيادة فريق".into(),
            size: 10.0,
            styles: Vec::new(),
        };
        let mut rtl = vec![segment.clone()];
        normalise_marker(&mut rtl, &markers, true);
        assert_eq!(rtl[0].text, "• قيادة فريق");
        // The same sign does not make a left-to-right row's first character a bullet.
        let mut ltr = vec![Segment {
            x0: 317.0,
            ..segment
        }];
        normalise_marker(&mut ltr, &markers, false);
        assert_eq!(ltr[0].text, "{ قيادة فريق");
    }
}
