//! Spoken languages, read apart from other tag lists because they are printed more ways: one
//! run of names with levels in brackets, "Name: Level" items set apart by spaces only, or a name
//! and its level split by " · " or a column.

use super::layout::Line;
use super::tags::{RawTag, is_level, name_and_level, split_items, unwrap};

/// Spoken languages, however printed: one run ("English (Native) · French (B2)", or set apart by
/// spaces only), "Name: Level" items, "Name · Level" lines, or a name and its level in columns.
pub fn languages(lines: &[Line]) -> Vec<RawTag> {
    let mut out: Vec<RawTag> = Vec::new();
    for line in &unwrap(lines) {
        let text: Vec<&str> = line.segments.iter().map(|s| s.text.as_str()).collect();
        for piece in split_items(&text.join(" · "))
            .iter()
            .flat_map(|p| split_after_bracket(p))
        {
            match out.last_mut() {
                // "English · Fluent (C2)": a level alone belongs to the name before it.
                Some(last) if last.level.is_none() && is_level(&piece) => {
                    last.level = Some(piece);
                }
                _ => {
                    let (name, level) = name_and_level(&piece);
                    out.push(RawTag {
                        name: Some(name),
                        level,
                        items: Vec::new(),
                    });
                }
            }
        }
    }
    out
}

/// "English (Native) German (Basic)" → the two, split after a bracket followed by a capital.
fn split_after_bracket(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        current.push(*c);
        let next = chars.get(i + 1..i + 3);
        if *c == ')' && matches!(next, Some([' ', n]) if n.is_uppercase()) {
            out.push(std::mem::take(&mut current).trim().to_owned());
        }
    }
    out.push(current.trim().to_owned());
    out.retain(|p| !p.is_empty());
    out
}
