//! Telling an organisation's name from a title or a place, by its words: "University", "GmbH",
//! "Labs"; and where a "Title, Organisation" heading splits.
//!
//! What does not live here: which line of an entry is the organisation line (`entries`).

/// Words that mark an organisation's name rather than a place.
const ORG_WORDS: &[&str] = &[
    "university",
    "universität",
    "université",
    "universidad",
    "università",
    "universidade",
    "universiteit",
    "hochschule",
    "college",
    "school",
    "schule",
    "école",
    "escuela",
    "institute",
    "institut",
    "instituto",
    "academy",
    "akademie",
    "gmbh",
    "ag",
    "inc",
    "inc.",
    "ltd",
    "ltd.",
    "llc",
    "plc",
    "bv",
    "b.v.",
    "s.a.",
    "sa",
    "srl",
    "s.r.l.",
    "labs",
    "lab",
    "group",
    "gruppe",
    "bank",
    "foundation",
    "stiftung",
    "society",
    "association",
    "verein",
    "company",
    "corp",
    "corporation",
    "technologies",
    "systems",
    "solutions",
    "media",
    "health",
    "payments",
    "politecnico",
    "polytechnic",
    "hogeschool",
    "escola",
    "scuola",
    "lycée",
    "gymnasium",
];

/// Whether `text` names an organisation (by its words), not a place.
pub(super) fn org_word(text: &str) -> bool {
    text.split_whitespace().any(|w| {
        ORG_WORDS.contains(
            &w.trim_matches(|c: char| c == ',' || c == '(' || c == ')')
                .to_lowercase()
                .as_str(),
        )
    })
}

/// Where "Title, Organisation" splits: before a last part that names an organisation by its
/// words ("MSc, Computer Science, University of Manchester"), else at the first ", " outside
/// brackets, as organisations go on with their department ("Fellow, University of Cambridge,
/// Department of Genetics").
pub(super) fn title_comma(text: &str) -> Option<usize> {
    if let Some(at) = text.rfind(", ")
        && org_word(&text[at + 2..])
    {
        return Some(at);
    }
    commas_outside_brackets(text).first().copied()
}

/// Byte offsets of each ", " that is not inside brackets: "ECCB (contributed, online)" is one
/// part.
pub(super) fn commas_outside_brackets(text: &str) -> Vec<usize> {
    let mut depth = 0i32;
    let mut out = Vec::new();
    for (i, c) in text.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            ',' if depth <= 0 && text[i..].starts_with(", ") => out.push(i),
            _ => {}
        }
    }
    out
}

/// `text` split at the ", " outside brackets.
pub(super) fn comma_parts(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut from = 0;
    for at in commas_outside_brackets(text) {
        parts.push(&text[from..at]);
        from = at + 2;
    }
    parts.push(&text[from..]);
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_comma_splits_before_the_organisation() {
        let cases: &[(&str, Option<&str>)] = &[
            (
                "MSc, Computer Science, University of Manchester",
                Some("MSc, Computer Science"),
            ),
            (
                "Fellow, University of Cambridge, Department of Genetics",
                Some("Fellow"),
            ),
            (
                "Preprint title, bioRxiv (preprint, under review)",
                Some("Preprint title"),
            ),
            ("Engineer, Acme", Some("Engineer")),
            ("Engineer", None),
        ];
        for (text, title) in cases {
            let got = title_comma(text).map(|at| &text[..at]);
            assert_eq!(got, *title, "{text}");
        }
    }

    #[test]
    fn comma_parts_keep_brackets_whole() {
        assert_eq!(
            comma_parts("ECCB 2020 (contributed, online), Lyon"),
            ["ECCB 2020 (contributed, online)", "Lyon"]
        );
        assert_eq!(comma_parts("Acme"), ["Acme"]);
    }
}
