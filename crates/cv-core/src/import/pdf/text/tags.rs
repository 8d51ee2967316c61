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

pub(super) fn split_items(text: &str) -> Vec<String> {
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
pub(super) fn name_and_level(text: &str) -> (String, Option<String>) {
    let t = text.trim();
    if let Some((name, level)) = t.split_once(": ") {
        return (name.trim().to_owned(), Some(level.trim().to_owned()));
    }
    for dash in [" – ", " - ", " — "] {
        if let Some((name, level)) = t.split_once(dash)
            && is_level(level)
        {
            return (name.trim().to_owned(), Some(level.trim().to_owned()));
        }
    }
    if let Some(open) = t.find(" (")
        && t.ends_with(')')
    {
        let level = &t[open + 2..t.len() - 1];
        return (t[..open].trim().to_owned(), Some(level.to_owned()));
    }
    (t.to_owned(), None)
}

fn has_separator(text: &str) -> bool {
    [" · ", ", ", " | ", " • ", "،"]
        .iter()
        .any(|s| text.contains(s))
        || text.trim_end().ends_with(['·', ','])
}

/// Words that start a level, lowercase: skills and languages, in the languages we read.
const LEVELS: &[&str] = &[
    "expert",
    "advanced",
    "intermediate",
    "beginner",
    "basic",
    "basics",
    "proficient",
    "native",
    "fluent",
    "professional",
    "conversational",
    "elementary",
    "working",
    "master",
    "good",
    "very",
    "excellent",
    "limited",
    "full",
    "bilingual",
    "mother",
    "muttersprache",
    "fließend",
    "verhandlungssicher",
    "grundkenntnisse",
    "gut",
    "sehr",
    "experte",
    "fortgeschritten",
    "erweitert",
    "natif",
    "native",
    "courant",
    "bilingue",
    "notions",
    "intermédiaire",
    "avancé",
    "nativo",
    "avanzado",
    "intermedio",
    "básico",
    "fluido",
    "madrelingua",
    "avanzato",
    "base",
    "fluente",
    "avançado",
    "intermediário",
    "moedertaal",
    "vloeiend",
    "gevorderd",
    "basis",
    "goed",
    "a1",
    "a2",
    "b1",
    "b2",
    "c1",
    "c2",
    "متقدم",
    "متقدمة",
    "خبير",
    "متوسط",
    "ممتاز",
    "اللغة",
    "الأم",
    "مبتدئ",
    "طلاقة",
];

/// Whether `text` reads as a level: "Expert", "Fluent (C2)", "Muttersprache".
pub(super) fn is_level(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or("").to_lowercase();
    let first = first.trim_matches(|c: char| !c.is_alphanumeric());
    LEVELS.contains(&first)
}

/// Joins lines that wrapped because the column was full (sidebars are narrow): a line that
/// reaches the column's right edge continues on the next one.
pub(super) fn unwrap(lines: &[Line]) -> Vec<Line> {
    let right = lines
        .iter()
        .flat_map(|l| l.segments.iter().map(|s| s.x1))
        .fold(0.0, f32::max);
    let mut out: Vec<Line> = Vec::new();
    for line in lines {
        let joins = out.last().is_some_and(|prev: &Line| {
            let end = prev.segments.last().map_or(0.0, |s| s.x1);
            let t = prev.text();
            prev.page == line.page
                && prev.segments.len() == 1
                && line.segments.len() == 1
                && end >= right - 3.5 * prev.size()
                && !t.trim_end().ends_with(['·', ',', '،'])
                && line.y - prev.y < prev.size() * 1.6
                && !line.text().contains(": ")
                && line
                    .text()
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_lowercase() || !c.is_alphabetic())
        });
        match out.last_mut() {
            Some(prev) if joins => {
                if let (Some(a), Some(b)) = (prev.segments.last_mut(), line.segments.first()) {
                    a.text = super::dated::join_wrapped(&a.text, &b.text);
                    a.x1 = b.x1;
                }
            }
            _ => out.push(line.clone()),
        }
    }
    out
}

/// How a one-segment line goes on from `prev`, a label-and-items line (or the last line that
/// went on from one) in a narrow two-column layout (LaTeX's moderncv).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Wrap {
    /// It lies wholly left of where the items begin: the label wrapped ("Cloud &" then
    /// "infrastructure" under it).
    Label,
    /// It starts where the items begin: the items wrapped.
    Items,
}

/// Whether and how `line` continues `prev` (see [`Wrap`]); `prev.y` is the last row's.
pub(super) fn wraps(prev: &Line, line: &Line) -> Option<Wrap> {
    let (Some(label), Some(items), [only]) = (
        prev.segments.first(),
        prev.segments.get(1),
        &line.segments[..],
    ) else {
        return None;
    };
    let size = prev.size();
    let near = prev.page == line.page && line.y > prev.y && line.y - prev.y < size * 1.6;
    if !near {
        return None;
    }
    if only.x1 <= items.x0 - 0.5 * size
        && only.x0 >= label.x0 - 10.0 * size
        && !only.text.contains(['·', ',', '،', ':'])
    {
        Some(Wrap::Label)
    } else if (only.x0 - items.x0).abs() <= 0.5 * size {
        Some(Wrap::Items)
    } else {
        None
    }
}

/// Parses the lines of a tags section.
pub fn parse(lines: &[Line]) -> Vec<RawTag> {
    let lines = &unwrap(lines)[..];
    let mut out: Vec<RawTag> = Vec::new();
    // The previous line ended with a separator: this one continues its items.
    let mut continues = false;
    // The last entry is a heading ("Tools · Expert") still waiting for its items.
    let mut awaiting = false;
    // The last label-and-items line (its y moved to the last row that went on from it) and its
    // label so far.
    let mut anchor: Option<(Line, String)> = None;
    for (i, line) in lines.iter().enumerate() {
        let text = line.text();
        if let (Some((prev, label)), Some(last)) = (anchor.as_mut(), out.last_mut())
            && let Some(wrap) = wraps(prev, line)
        {
            prev.y = line.y;
            match wrap {
                Wrap::Label => {
                    *label = super::dated::join_wrapped(label, text.trim());
                    let (name, level) = name_and_level(label);
                    last.name = Some(name);
                    last.level = level.or(last.level.take());
                }
                Wrap::Items => {
                    let mut parts = split_items(&text);
                    if !continues
                        && !parts.is_empty()
                        && let Some(end) = last.items.last_mut()
                    {
                        *end = super::dated::join_wrapped(end, &parts.remove(0));
                    }
                    last.items.extend(parts);
                }
            }
            continues = text.trim_end().ends_with(['·', ',', '،']);
            continue;
        }
        anchor = None;
        let ends_open = text.trim_end().ends_with(['·', ',', '،']);
        let next_has_items = lines.get(i + 1).is_some_and(|n| has_separator(&n.text()));
        if line.segments.len() >= 2 {
            anchor = Some((line.clone(), line.segments[0].text.clone()));
            let (name, level) = name_and_level(&line.segments[0].text);
            let rest: Vec<&str> = line.segments[1..].iter().map(|s| s.text.as_str()).collect();
            let mut rest = rest.join(" ");
            let mut level = level;
            // "Rust, Go · Expert": the level after the items.
            let trailing = [" · ", " – ", " - "]
                .iter()
                .find_map(|sep| rest.rsplit_once(sep).filter(|(_, l)| is_level(l)))
                .map(|(i, l)| (i.to_owned(), l.to_owned()));
            if let Some((items, last)) = trailing {
                level = level.or(Some(last.trim().to_owned()));
                rest = items;
            }
            out.push(RawTag {
                name: Some(name),
                level,
                items: split_items(&rest),
            });
            awaiting = false;
        } else if continues && let Some(last) = out.last_mut() {
            last.items.extend(split_items(&text));
        } else if let Some((name, items)) = text
            .split_once(": ")
            .filter(|(n, _)| n.split_whitespace().count() <= 4 && !n.contains(['·', '|', '•']))
        {
            let (name, level) = name_and_level(name);
            out.push(RawTag {
                name: Some(name),
                level,
                items: split_items(items),
            });
            awaiting = false;
        } else {
            let parts = split_items(&text);
            if parts.len() == 2 && is_level(&parts[1]) && !ends_open {
                let (name, _) = name_and_level(&parts[0]);
                out.push(RawTag {
                    name: Some(name),
                    level: Some(parts[1].clone()),
                    items: Vec::new(),
                });
                awaiting = true;
            } else if parts.len() == 1 && !ends_open && next_has_items && !awaiting {
                let (name, level) = name_and_level(&text);
                out.push(RawTag {
                    name: Some(name),
                    level,
                    items: Vec::new(),
                });
                awaiting = true;
            } else if awaiting && let Some(last) = out.last_mut() {
                last.items.extend(parts);
                awaiting = false;
            } else if parts.len() > 1 && parts.iter().all(|p| p.ends_with(')')) {
                // A run of names with levels: "English (Native) · French (B2)".
                for p in parts {
                    let (name, level) = name_and_level(&p);
                    out.push(RawTag {
                        name: Some(name),
                        level,
                        items: Vec::new(),
                    });
                }
            } else if parts.len() > 1 {
                out.push(RawTag {
                    name: None,
                    level: None,
                    items: parts,
                });
            } else {
                let (name, level) = name_and_level(&text);
                out.push(RawTag {
                    name: Some(name),
                    level,
                    items: Vec::new(),
                });
            }
        }
        continues = ends_open;
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
                    styles: Vec::new(),
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
        let levelled = parse(&[line(40.0, &["Tools", "Figma, Framer · Expert"])]);
        assert_eq!(levelled[0].level.as_deref(), Some("Expert"), "{levelled:?}");
        assert_eq!(levelled[0].items, ["Figma", "Framer"]);
        let spoken = super::super::languages::languages(&[
            line(40.0, &["English (Native) German: Fluent (C1)"]),
            line(40.0, &["French · Professional working"]),
            line(40.0, &["proficiency"]),
        ]);
        let pairs: Vec<(Option<&str>, Option<&str>)> = spoken
            .iter()
            .map(|t| (t.name.as_deref(), t.level.as_deref()))
            .collect();
        assert_eq!(
            pairs,
            [
                (Some("English"), Some("Native")),
                (Some("German"), Some("Fluent (C1)")),
                (Some("French"), Some("Professional working proficiency")),
            ]
        );
        let languages = parse(&[line(40.0, &["English (Native) · French (B2)"])]);
        assert_eq!(languages[1].level.as_deref(), Some("B2"));
    }

    #[test]
    fn a_label_or_items_wrapped_in_their_columns_go_on() {
        let prev = Line::at(0.0, &[(60.0, 100.0, "Cloud &"), (110.0, 400.0, "AWS, GCP")]);
        // (next line, how it goes on from `prev`)
        let cases = [
            (
                Line::at(12.0, &[(40.0, 100.0, "infrastructure")]),
                Some(Wrap::Label),
            ),
            (
                Line::at(12.0, &[(60.0, 90.0, "(Expert)")]),
                Some(Wrap::Label),
            ),
            (
                Line::at(12.0, &[(110.0, 300.0, "Kubernetes")]),
                Some(Wrap::Items),
            ),
            (Line::at(30.0, &[(40.0, 100.0, "far below")]), None),
            (Line::at(12.0, &[(200.0, 300.0, "indented")]), None),
            (
                Line::at(12.0, &[(40.0, 100.0, "Data"), (110.0, 300.0, "Kafka")]),
                None,
            ),
            (Line::at(12.0, &[(40.0, 100.0, "Rust, Go")]), None),
        ];
        for (line, want) in &cases {
            assert_eq!(wraps(&prev, line), *want, "{:?}", line.text());
        }
        let tags = parse(&[
            Line::at(
                0.0,
                &[
                    (60.0, 100.0, "Front-end"),
                    (110.0, 400.0, "AWS, Gene regulatory"),
                ],
            ),
            Line::at(12.0, &[(110.0, 300.0, "networks")]),
            Line::at(24.0, &[(60.0, 100.0, "(Intermediate)")]),
        ]);
        assert_eq!(tags.len(), 1, "{tags:?}");
        assert_eq!(tags[0].name.as_deref(), Some("Front-end"));
        assert_eq!(tags[0].level.as_deref(), Some("Intermediate"));
        assert_eq!(tags[0].items, ["AWS", "Gene regulatory networks"]);
    }

    #[test]
    fn a_word_hyphenated_at_the_column_edge_is_one_word() {
        let mut second = line(40.0, &["cell & spatial omics"]);
        second.y = 12.0;
        let got = unwrap(&[line(40.0, &["Single-"]), second]);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].text(), "Single-cell & spatial omics");
    }
}
