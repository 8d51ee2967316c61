//! Lists of short items (skills, languages, interests) → named groups with a level and items.
//!
//! Printed forms: "Backend: Rust, Go", "Backend    Rust, Go" (two columns), "Backend" on one line
//! and "Rust · Go" on the next (sidebars, possibly wrapped), "German (C1)", "German · Fluent", and
//! one run "English (Native) · French (B2)".

use super::layout::Line;

/// One group as printed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RawTag {
    /// Group or item name.
    pub name: Option<String>,
    /// Level, e.g. "Expert" or "C1".
    pub level: Option<String>,
    /// The items.
    pub items: Vec<String>,
}

fn split_items(text: &str) -> Vec<String> {
    let sep = if text.contains(" · ") {
        " · "
    } else if text.contains(" | ") {
        " | "
    } else if text.contains(" • ") {
        " • "
    } else if text.contains('،') {
        "،"
    } else {
        ","
    };
    // Separators inside brackets belong to the item: "Python (PyTorch, Pyro)".
    let mut items = Vec::new();
    let mut depth = 0i32;
    let mut current = String::new();
    let mut rest = text;
    while !rest.is_empty() {
        if depth == 0 && rest.starts_with(sep) {
            items.push(std::mem::take(&mut current));
            rest = &rest[sep.len()..];
            continue;
        }
        let Some(c) = rest.chars().next() else { break };
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            _ => {}
        }
        current.push(c);
        rest = &rest[c.len_utf8()..];
    }
    items.push(current);
    items
        .into_iter()
        .map(|s| s.trim().trim_end_matches(['·', ',']).trim().to_owned())
        .filter(|s| !s.is_empty())
        .collect()
}

/// "German (C1)" → ("German", "C1"); "German: Fluent (C1)" → ("German", "Fluent (C1)").
fn name_and_level(text: &str) -> (String, Option<String>) {
    let t = text.trim();
    if let Some((name, level)) = t.split_once(": ") {
        return (name.trim().to_owned(), Some(level.trim().to_owned()));
    }
    if let Some(open) = t.find(" (")
        && t.ends_with(')')
    {
        let level = &t[open + 2..t.len() - 1];
        return (t[..open].trim().to_owned(), Some(level.to_owned()));
    }
    (t.to_owned(), None)
}

/// A group whose items are really more names with levels: one entry each.
pub fn flatten(tag: RawTag) -> Vec<RawTag> {
    // "English (Fluent) German (Basic)": names with levels set apart by spaces only.
    if tag.items.is_empty()
        && let Some(name) = &tag.name
        && let Some(level) = &tag.level
        && level.contains(") ")
    {
        let whole = format!("{name} ({level})");
        let mut out = Vec::new();
        for part in whole.split_inclusive(") ") {
            let (name, level) = name_and_level(part);
            out.push(RawTag {
                name: Some(name),
                level,
                items: Vec::new(),
            });
        }
        return out;
    }
    if tag.items.is_empty() {
        return vec![tag];
    }
    let mut out = vec![RawTag {
        items: Vec::new(),
        ..tag.clone()
    }];
    for item in tag.items {
        let (name, level) = name_and_level(&item);
        out.push(RawTag {
            name: Some(name),
            level,
            items: Vec::new(),
        });
    }
    out.retain(|t| t.name.is_some());
    out
}

fn has_separator(text: &str) -> bool {
    [" · ", ", ", " | ", " • ", "،"]
        .iter()
        .any(|s| text.contains(s))
        || text.trim_end().ends_with(['·', ','])
}

/// Parses the lines of a tags section.
pub fn parse(lines: &[Line]) -> Vec<RawTag> {
    let mut out: Vec<RawTag> = Vec::new();
    let mut continues = false;
    for (i, line) in lines.iter().enumerate() {
        let text = line.text();
        let next_has_items = lines.get(i + 1).is_some_and(|n| {
            let t = n.text();
            has_separator(&t) || (n.segments.len() == 1 && n.x0() > line.x0() + 4.0)
        });
        if line.segments.len() >= 2 {
            let (name, level) = name_and_level(&line.segments[0].text);
            let rest: Vec<&str> = line.segments[1..].iter().map(|s| s.text.as_str()).collect();
            out.push(RawTag {
                name: Some(name),
                level,
                items: split_items(&rest.join(" ")),
            });
            continues = text.trim_end().ends_with(['·', ',']);
        } else if continues && let Some(last) = out.last_mut() {
            last.items.extend(split_items(&text));
            continues = text.trim_end().ends_with(['·', ',']);
        } else if let Some((name, items)) = text
            .split_once(": ")
            .filter(|(n, _)| n.split_whitespace().count() <= 4)
        {
            out.push(RawTag {
                name: Some(name.trim().to_owned()),
                level: None,
                items: split_items(items),
            });
            continues = text.trim_end().ends_with(['·', ',']);
        } else if !has_separator(&text) && next_has_items && !text.contains(" · ") {
            let (name, level) = name_and_level(&text);
            out.push(RawTag {
                name: Some(name),
                level,
                items: Vec::new(),
            });
            continues = true;
        } else if text.contains(" · ")
            && !out
                .last()
                .is_some_and(|t| t.items.is_empty() && t.name.is_some())
        {
            // One run of names ("English (Native) · French (B2)") or "Name · Level".
            let parts = split_items(&text);
            let is_level = parts.len() == 2
                && parts[1].split_whitespace().count() <= 3
                && !parts[1].contains('(');
            if is_level {
                out.push(RawTag {
                    name: Some(parts[0].clone()),
                    level: Some(parts[1].clone()),
                    items: Vec::new(),
                });
            } else {
                for p in parts {
                    let (name, level) = name_and_level(&p);
                    out.push(RawTag {
                        name: Some(name),
                        level,
                        items: Vec::new(),
                    });
                }
            }
            continues = text.trim_end().ends_with('·');
        } else if let Some(last) = out.last_mut().filter(|t| t.items.is_empty() && continues) {
            last.items.extend(split_items(&text));
            continues = text.trim_end().ends_with(['·', ',']);
        } else {
            let (name, level) = name_and_level(&text);
            let items = split_items(&text);
            if items.len() > 1 {
                out.push(RawTag {
                    name: None,
                    level: None,
                    items,
                });
            } else {
                out.push(RawTag {
                    name: Some(name),
                    level,
                    items: Vec::new(),
                });
            }
            continues = false;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::pdf::text::layout::Segment;

    fn line(x: f32, parts: &[&str]) -> Line {
        Line {
            page: 1,
            y: 0.0,
            segments: parts
                .iter()
                .enumerate()
                .map(|(i, t)| Segment {
                    x0: x + i as f32 * 150.0,
                    x1: x + 100.0,
                    text: (*t).into(),
                    size: 10.0,
                })
                .collect(),
        }
    }

    #[test]
    fn reads_the_printed_forms() {
        let two_columns = parse(&[line(40.0, &["Backend", "Rust, Go"])]);
        assert_eq!(two_columns[0].items, ["Rust", "Go"]);
        let sidebar = parse(&[
            line(40.0, &["Cloud"]),
            line(40.0, &["AWS · Kubernetes ·"]),
            line(40.0, &["Terraform"]),
            line(40.0, &["Data"]),
            line(40.0, &["PostgreSQL · Kafka"]),
        ]);
        assert_eq!(sidebar.len(), 2, "{sidebar:?}");
        assert_eq!(sidebar[0].items, ["AWS", "Kubernetes", "Terraform"]);
        let languages = parse(&[line(40.0, &["English (Native) · French (B2)"])]);
        assert_eq!(languages[1].level.as_deref(), Some("B2"));
    }
}
