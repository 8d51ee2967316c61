//! Glyphs → lines in reading order (placeholder until columns are handled).

use super::super::extract::Extracted;

/// One line of text.
#[derive(Debug, Clone)]
pub struct Line {
    /// The text.
    pub text: String,
}

/// Lines of all pages.
pub fn lines(extracted: &Extracted) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::new();
    let mut last: Option<(u32, f32, f32)> = None;
    for g in &extracted.glyphs {
        let same = last.is_some_and(|(p, y, _)| p == g.page && (y - g.y).abs() < g.size * 0.4);
        if !same {
            out.push(Line {
                text: String::new(),
            });
        } else if let Some((_, _, end)) = last
            && g.x > end + g.size * 0.15
            && let Some(l) = out.last_mut()
        {
            l.text.push(' ');
        }
        if let Some(l) = out.last_mut() {
            l.text.push_str(&g.text);
        }
        last = Some((g.page, g.y, g.x + g.width));
    }
    out
}
