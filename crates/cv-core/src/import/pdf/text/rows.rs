//! Page-wide evidence that `layout` uses while it cuts rows of glyphs into segments:
//!
//! - **left edges**: x positions where many rows start. A body column beside a date column
//!   (LaTeX's moderncv, table layouts) starts at one x on every row; a gap a little wider than a
//!   word space that ends exactly there separates two columns, not two words;
//! - **bullet markers**: a symbol font without a Unicode map gives its bullet back as some
//!   other character ("{" from TeX's symbol font, "" from Word's Symbol font, "§" or "Ø" from
//!   Wingdings). A lone non-alphanumeric glyph that starts several rows at the same x, followed
//!   by a gap, is a bullet whatever it maps to; it becomes "•".
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

/// The (character, x) pairs that start at least two rows as a lone sign before a gap.
pub fn bullet_markers(rows: &[Vec<&Glyph>]) -> Vec<(char, f32)> {
    let mut seen: Vec<(char, f32, usize)> = Vec::new();
    for row in rows {
        let mut sorted: Vec<&&Glyph> = row.iter().collect();
        sorted.sort_by(|a, b| a.x.total_cmp(&b.x));
        let (Some(first), Some(next)) = (sorted.first(), sorted.get(1)) else {
            continue;
        };
        let Some(c) = marker_char(first) else {
            continue;
        };
        if next.x - (first.x + first.width) < first.size * 0.2 {
            continue;
        }
        match seen
            .iter_mut()
            .find(|(k, x, _)| *k == c && (x - first.x).abs() <= EDGE_TOLERANCE)
        {
            Some((_, _, n)) => *n += 1,
            None => seen.push((c, first.x, 1)),
        }
    }
    seen.into_iter()
        .filter(|(_, _, n)| *n >= 2)
        .map(|(c, x, _)| (c, x))
        .collect()
}

/// Rewrites a row's leading bullet marker (see [`bullet_markers`]) to "•".
pub fn normalise_marker(segments: &mut [Segment], markers: &[(char, f32)]) {
    let Some(first) = segments.first_mut() else {
        return;
    };
    let mut chars = first.text.chars();
    let Some(c) = chars.next() else {
        return;
    };
    let known = markers
        .iter()
        .any(|(m, x)| *m == c && (x - first.x0).abs() <= EDGE_TOLERANCE);
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
            }];
            normalise_marker(&mut segments, &markers);
            let bullet = segments[0].text == "• Moved services";
            assert_eq!(bullet, expected, "{sign} ×{count}");
        }
    }
}
