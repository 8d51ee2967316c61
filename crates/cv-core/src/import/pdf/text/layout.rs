//! Glyphs → segments → lines, in reading order, with columns kept apart.
//!
//! A *segment* is a run of glyphs on one baseline without a wide gap; a *line* is the segments of
//! one column on one baseline. Two-column pages (a sidebar beside the main column) are detected by
//! a vertical gutter that no segment crosses; each column is then read top to bottom, so the
//! sidebar and the main text never interleave. Right-to-left runs (Arabic, Hebrew) are put back
//! in logical order.
//!
//! What does not live here: deciding what a line means (`sections`, `entries`).

use super::super::extract::{Extracted, Glyph};
use super::super::fonts::Style;

/// A run of text on one baseline.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    /// Left edge in points.
    pub x0: f32,
    /// Right edge in points.
    pub x1: f32,
    /// The text, words separated by single spaces.
    pub text: String,
    /// Largest font size in the run.
    pub size: f32,
    /// The style of each word of `text` (its words split at single spaces), when known: no
    /// longer valid once the text is edited so that its word count changes (`styles` checks
    /// that).
    pub styles: Vec<Style>,
}

/// The segments of one column on one baseline.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// 1-based page.
    pub page: u32,
    /// Baseline, points from the top.
    pub y: f32,
    /// Segments left to right (visually).
    pub segments: Vec<Segment>,
}

#[cfg(test)]
impl Line {
    /// A test line on page 1 at baseline `y`: one 10 pt segment per `(x0, x1, text)`.
    pub(crate) fn at(y: f32, parts: &[(f32, f32, &str)]) -> Line {
        Line {
            page: 1,
            y,
            segments: parts
                .iter()
                .map(|(x0, x1, t)| Segment {
                    x0: *x0,
                    x1: *x1,
                    text: (*t).into(),
                    size: 10.0,
                    styles: Vec::new(),
                })
                .collect(),
        }
    }
}

impl Line {
    /// The segments joined by single spaces.
    pub fn text(&self) -> String {
        let parts: Vec<&str> = self.segments.iter().map(|s| s.text.as_str()).collect();
        parts.join(" ")
    }

    /// Left edge.
    pub fn x0(&self) -> f32 {
        self.segments
            .iter()
            .map(|s| s.x0)
            .reduce(f32::min)
            .unwrap_or(0.0)
    }

    /// Largest font size.
    pub fn size(&self) -> f32 {
        self.segments.iter().map(|s| s.size).fold(0.0, f32::max)
    }
}

/// A gap wider than this many font sizes splits a baseline into segments: wider than any word
/// space, narrower than the gap before a right-aligned date or between columns.
const SEGMENT_GAP: f32 = 0.9;

/// All lines of the document in reading order.
pub fn lines(extracted: &Extracted) -> Vec<Line> {
    let mut pages: Vec<(u32, Vec<Vec<&Glyph>>)> = Vec::new();
    let mut start = 0;
    let glyphs = &extracted.glyphs;
    while start < glyphs.len() {
        let page = glyphs[start].page;
        let end = start
            + glyphs[start..]
                .iter()
                .take_while(|g| g.page == page)
                .count();
        pages.push((page, rows(&glyphs[start..end])));
        start = end;
    }
    // Pages share their columns: a short last page has too few rows to show its own edges.
    let all_rows: Vec<Vec<&Glyph>> = pages.iter().flat_map(|(_, r)| r.clone()).collect();
    let edges = super::rows::left_edges(&all_rows);
    let markers = super::rows::bullet_markers(&all_rows);
    let mut out = Vec::new();
    for (page, rows) in pages {
        let width = extracted
            .pages
            .get(page as usize - 1)
            .map_or(612.0, |p| p.0);
        out.extend(page_lines(page, rows, width, &edges, &markers));
    }
    out
}

/// A page's glyphs grouped into rows by baseline, top to bottom.
fn rows(glyphs: &[Glyph]) -> Vec<Vec<&Glyph>> {
    let mut sorted: Vec<&Glyph> = glyphs
        .iter()
        .filter(|g| !g.text.trim().is_empty())
        .collect();
    sorted.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
    let mut rows: Vec<Vec<&Glyph>> = Vec::new();
    for g in sorted {
        match rows.last_mut() {
            Some(row) if (row[0].y - g.y).abs() <= row[0].size.min(g.size) * 0.35 => row.push(g),
            _ => rows.push(vec![g]),
        }
    }
    rows
}

/// One page: segments by gaps, then columns.
fn page_lines(
    page: u32,
    rows: Vec<Vec<&Glyph>>,
    width: f32,
    edges: &[f32],
    markers: &[super::rows::Marker],
) -> Vec<Line> {
    // The page's direction, not each row's: a row of Latin skills in an Arabic CV still reads
    // from the right.
    let all: Vec<&Glyph> = rows.iter().flatten().copied().collect();
    let rtl = mostly_rtl(&all);
    let rows: Vec<Line> = rows
        .into_iter()
        .map(|mut row| {
            row.sort_by(|a, b| a.x.total_cmp(&b.x));
            let mut segments = segments(&row, rtl, edges);
            // A right-to-left row is read from its right end.
            if rtl {
                segments.reverse();
            }
            super::rows::normalise_marker(&mut segments, markers, rtl);
            Line {
                page,
                y: row[0].y,
                segments,
            }
        })
        .collect();
    match super::columns::gutter(&rows, width) {
        Some(x) => super::columns::split_columns(rows, x, rtl),
        None => rows,
    }
}

/// Splits a row (sorted by x) into segments at wide gaps, putting spaces at word gaps.
fn segments(row: &[&Glyph], rtl: bool, edges: &[f32]) -> Vec<Segment> {
    let mut out: Vec<(Segment, Vec<&Glyph>)> = Vec::new();
    for g in row {
        // A wider than usual word gap that ends where many lines start is a column gutter
        // (a date column beside the body text); not the gap after a bullet sign.
        let edge = out.last().is_some_and(|(_, glyphs)| glyphs.len() >= 3)
            && super::rows::at_edge(g.x, edges);
        let gap_limit = g.size
            * if edge {
                super::rows::EDGE_GAP
            } else {
                SEGMENT_GAP
            };
        match out.last_mut() {
            // Type half again as big on the same baseline is another run: a name set large
            // beside a contact line, though their boxes touch.
            Some((seg, glyphs))
                if g.x - seg.x1 < gap_limit
                    && glyphs
                        .last()
                        .is_some_and(|l| l.size.max(g.size) < l.size.min(g.size) * 1.5) =>
            {
                seg.x1 = seg.x1.max(g.x + g.width);
                seg.size = seg.size.max(g.size);
                glyphs.push(g);
            }
            _ => out.push((
                Segment {
                    x0: g.x,
                    x1: g.x + g.width,
                    text: String::new(),
                    size: g.size,
                    styles: Vec::new(),
                },
                vec![g],
            )),
        }
    }
    out.into_iter()
        .map(|(mut seg, glyphs)| {
            let (text, styles) = super::rtl::logical_text_styled(&glyphs, rtl);
            seg.text = text;
            if seg.text.chars().any(is_rtl) {
                seg.text = super::rtl::unmirror_brackets(&seg.text);
                seg.text.retain(|c| c != super::rtl::TATWEEL);
            }
            // Kept only while they match the words (see `styles`).
            if styles.len() == seg.text.split(' ').count() {
                seg.styles = styles;
            }
            seg
        })
        .collect()
}

/// A right-to-left letter (Hebrew, Arabic); Arabic punctuation and digits are neutral.
pub(super) fn is_rtl(c: char) -> bool {
    c.is_alphabetic() && matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF)
}

/// Whether most glyphs of a row are right-to-left letters.
fn mostly_rtl(glyphs: &[&Glyph]) -> bool {
    let rtl = glyphs.iter().filter(|g| g.text.chars().any(is_rtl)).count();
    rtl * 2 > glyphs.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `glyphs` on one A4 page, all mapped, without links.
    fn a4_page(glyphs: Vec<Glyph>) -> Extracted {
        Extracted {
            glyphs,
            unmapped: 0,
            pages: vec![(595.0, 842.0)],
            links: Vec::new(),
        }
    }

    fn word(text: &str, x: f32, y: f32) -> Vec<Glyph> {
        text.chars()
            .enumerate()
            .map(|(i, c)| Glyph {
                page: 1,
                x: x + i as f32 * 5.0,
                y,
                width: 5.0,
                size: 10.0,
                text: c.to_string(),
                style: Default::default(),
            })
            .collect()
    }

    #[test]
    fn a_sidebar_and_a_main_column_do_not_interleave() {
        let mut glyphs = word("Jane Doe", 40.0, 40.0);
        // Two columns with their own line spacing, as a sidebar in smaller type has.
        for i in 0..10 {
            glyphs.extend(word(&format!("side{i}"), 40.0, 106.0 + i as f32 * 11.0));
            let main = format!("main text number {i} goes here");
            glyphs.extend(word(&main, 220.0, 100.0 + i as f32 * 14.5));
        }
        let extracted = a4_page(glyphs);
        let texts: Vec<String> = lines(&extracted).iter().map(Line::text).collect();
        assert_eq!(texts[0], "Jane Doe");
        assert_eq!(texts[1], "side0");
        assert_eq!(texts[10], "side9");
        assert_eq!(texts[11], "main text number 0 goes here");
    }

    #[test]
    fn labels_beside_their_content_are_one_column() {
        // A narrow column of labels (dates, skill names) each on its content's baseline.
        let mut glyphs = Vec::new();
        for i in 0..10 {
            let y = 100.0 + i as f32 * 14.0;
            glyphs.extend(word(&format!("Lab{i}"), 40.0, y));
            glyphs.extend(word(
                &format!("content of entry number {i} is here"),
                140.0,
                y,
            ));
        }
        let extracted = a4_page(glyphs);
        let texts: Vec<String> = lines(&extracted).iter().map(Line::text).collect();
        assert_eq!(texts[0], "Lab0 content of entry number 0 is here");
    }

    #[test]
    fn type_far_bigger_on_the_same_baseline_is_another_segment() {
        // An e-mail address whose box touches a large name beside it.
        let mut glyphs = word("jane@example.com", 100.0, 40.0);
        let mut name = word("Jane", 180.0, 40.0);
        for (i, g) in name.iter_mut().enumerate() {
            g.size = 34.0;
            g.width = 17.0;
            g.x = 180.0 + i as f32 * 17.0;
        }
        glyphs.extend(name);
        let extracted = a4_page(glyphs);
        let lines = lines(&extracted);
        let texts: Vec<&str> = lines[0].segments.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(texts, ["jane@example.com", "Jane"]);
    }

    #[test]
    fn the_tatweel_of_justified_arabic_is_not_text() {
        // "الخـبرة العملية" as XeTeX stretches it, drawn left to right.
        let visual: String = "الخـبرة العملية".chars().rev().collect();
        let glyphs: Vec<Glyph> = visual
            .split(' ')
            .enumerate()
            .flat_map(|(i, w)| word(w, 40.0 + i as f32 * 60.0, 40.0))
            .collect();
        let extracted = a4_page(glyphs);
        assert_eq!(lines(&extracted)[0].text(), "الخبرة العملية");
    }

    #[test]
    fn a_right_aligned_date_is_its_own_segment_of_the_line() {
        let mut glyphs = word("Engineer", 40.0, 40.0);
        glyphs.extend(word("2019-2021", 480.0, 40.0));
        let extracted = a4_page(glyphs);
        let lines = lines(&extracted);
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].segments.len(), 2);
        assert_eq!(lines[0].text(), "Engineer 2019-2021");
    }
}
