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
    let mut depth = 0i32;
    for (i, c) in text.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            ',' if depth <= 0 && text[i..].starts_with(", ") => return Some(i),
            _ => {}
        }
    }
    None
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
}
