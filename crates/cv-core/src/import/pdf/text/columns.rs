//! Two-column pages: finding the gutter between a sidebar and the main column, and reading
//! each column top to bottom so they never interleave. A narrow column of labels beside their
//! content (dates, skill names on the content's baselines) and right-aligned dates or links are
//! not a second column.

use super::layout::{Line, Segment};

/// The x of a vertical gutter between two columns, if the page has one: a band that no more than
/// a few rows cross, with a real share of the text on each side.
pub fn gutter(rows: &[Line], width: f32) -> Option<f32> {
    let segs: Vec<&Segment> = rows.iter().flat_map(|r| &r.segments).collect();
    let total: usize = segs.iter().map(|s| weight(s)).sum();
    if rows.len() < 8 || total == 0 {
        return None;
    }
    // Per candidate x: how many rows cross it, when both sides hold enough text.
    let mut scores: Vec<(f32, Option<usize>)> = Vec::new();
    let mut x = width * 0.2;
    while x < width * 0.8 {
        let crossing = rows
            .iter()
            .filter(|r| r.segments.iter().any(|s| s.x0 < x - 2.0 && s.x1 > x + 2.0))
            .count();
        let left: usize = segs.iter().filter(|s| s.x1 <= x).map(|s| weight(s)).sum();
        let right: usize = segs.iter().filter(|s| s.x0 >= x).map(|s| weight(s)).sum();
        let balanced = left * 100 >= total * 12 && right * 100 >= total * 12;
        let rows_left = rows
            .iter()
            .filter(|r| r.segments.iter().any(|s| s.x1 <= x))
            .count();
        let rows_right = rows
            .iter()
            .filter(|r| r.segments.iter().any(|s| s.x0 >= x))
            .count();
        // A column of right-aligned dates has many rows but few characters; `balanced` rejects it.
        // Labels beside their content (dates or skill names in a left column, each on the
        // baseline of what it labels) are one column, not two: in a real sidebar the two
        // columns' baselines mostly differ.
        let both = rows
            .iter()
            .filter(|r| {
                r.segments.iter().any(|s| s.x1 <= x && weight(s) > 0)
                    && r.segments.iter().any(|s| s.x0 >= x)
            })
            .count();
        // ... and a label column is narrow (a sidebar holds contact lines and skill lists).
        let side = |left: bool| {
            let seg = segs
                .iter()
                .filter(|s| if left { s.x1 <= x } else { s.x0 >= x });
            let (lo, hi) = seg.fold((f32::MAX, f32::MIN), |(lo, hi), s| {
                (lo.min(s.x0), hi.max(s.x1))
            });
            hi - lo
        };
        let narrow_width = side(true).min(side(false));
        let labels = both * 10 > rows_left.min(rows_right) * 5 && narrow_width < width * 0.2;
        let ok =
            balanced && !labels && crossing * 10 <= rows.len() && rows_left >= 6 && rows_right >= 6;
        scores.push((x, ok.then_some(crossing)));
        x += 2.0;
    }
    let best = scores.iter().filter_map(|(_, c)| *c).min()?;
    // The middle of the widest band of x at the best score: the gutter, not the edge of a word.
    let mut widest: Option<(usize, f32, f32)> = None;
    let mut run: Option<(f32, f32)> = None;
    for (x, c) in scores.iter().chain([&(f32::MAX, None)]) {
        if *c == Some(best) {
            run = Some(run.map_or((*x, *x), |(a, _)| (a, *x)));
        } else if let Some((a, b)) = run.take() {
            let len = ((b - a) / 2.0) as usize;
            if widest.is_none_or(|(l, _, _)| len > l) {
                widest = Some((len, a, b));
            }
        }
    }
    widest.map(|(_, a, b)| (a + b) / 2.0)
}

/// How much a segment counts towards a column: right-aligned dates and links beside entries
/// form a narrow "column" of their own that must not split the page.
fn weight(segment: &Segment) -> usize {
    let t = segment.text.trim();
    let link = !t.contains(' ') && t.contains(['.', '/']);
    if link || super::dates::is_only_date(t) {
        0
    } else {
        t.len()
    }
}

/// Reads a two-column page: rows that cross the gutter are full width and end a band; within a
/// band, the left column is read before the right, or the right first on a right-to-left page.
pub fn split_columns(rows: Vec<Line>, gutter: f32, rtl: bool) -> Vec<Line> {
    let mut out = Vec::new();
    let mut left: Vec<Line> = Vec::new();
    let mut right: Vec<Line> = Vec::new();
    let flush = |out: &mut Vec<Line>, left: &mut Vec<Line>, right: &mut Vec<Line>| {
        if rtl {
            out.append(right);
            out.append(left);
        } else {
            out.append(left);
            out.append(right);
        }
    };
    for row in rows {
        let crosses = row
            .segments
            .iter()
            .any(|s| s.x0 < gutter - 2.0 && s.x1 > gutter + 2.0);
        if crosses {
            flush(&mut out, &mut left, &mut right);
            out.push(row);
            continue;
        }
        let (l, r): (Vec<Segment>, Vec<Segment>) =
            row.segments.into_iter().partition(|s| s.x1 <= gutter);
        for (segments, column) in [(l, &mut left), (r, &mut right)] {
            if !segments.is_empty() {
                column.push(Line {
                    page: row.page,
                    y: row.y,
                    segments,
                });
            }
        }
    }
    flush(&mut out, &mut left, &mut right);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_read_in_the_page_direction() {
        let rows = || {
            vec![
                Line::at(10.0, &[(40.0, 500.0, "Full width name")]),
                Line::at(20.0, &[(40.0, 300.0, "main 1"), (400.0, 500.0, "side 1")]),
                Line::at(30.0, &[(40.0, 300.0, "main 2"), (400.0, 500.0, "side 2")]),
            ]
        };
        let cases = [
            (
                false,
                ["Full width name", "main 1", "main 2", "side 1", "side 2"],
            ),
            (
                true,
                ["Full width name", "side 1", "side 2", "main 1", "main 2"],
            ),
        ];
        for (rtl, expected) in cases {
            let texts: Vec<String> = split_columns(rows(), 350.0, rtl)
                .iter()
                .map(Line::text)
                .collect();
            assert_eq!(texts, expected, "rtl: {rtl}");
        }
    }
}
