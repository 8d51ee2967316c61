//! Reading a job ad: its language, title, seniority, years of experience asked, and the
//! vocabulary terms it asks for, each marked required, preferred or merely mentioned and weighted
//! by how often the ad repeats it.
//!
//! The ad is read line by line. A heading such as "Requirements", "Anforderungen" or "Profil
//! recherché" makes what follows required; "Nice to have", "Von Vorteil" or "Un plus" makes it
//! preferred; "About us", "Aufgaben" or "Vos missions" makes it merely mentioned. A marker inside
//! a clause ("… is a plus", "… ist von Vorteil", "… or equivalent") overrides the section for that
//! clause (clauses end at `;` and `.`). Matching the CV against these requirements is the `score` module's business.

use std::collections::BTreeMap;

use serde::Serialize;

use super::lexicon;
use super::text::{self, Lang};
use super::vocab::{TermId, Vocabulary};

/// How strongly the ad asks for a term.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Need {
    /// Under a requirements heading or marked as required.
    Required,
    /// Under a "nice to have" heading or marked as a plus.
    Preferred,
    /// Anywhere else (the intro, the tasks).
    Mentioned,
}

impl Need {
    /// The weight of one mention: required counts double a plus.
    fn base_weight(self) -> f64 {
        match self {
            Need::Required => 2.0,
            Need::Mentioned => 1.5,
            Need::Preferred => 1.0,
        }
    }
}

/// One term the ad asks for.
#[derive(Debug, Clone, PartialEq)]
pub struct Requirement {
    /// The term.
    pub term: TermId,
    /// The strongest need any mention gives it (required over preferred over mentioned).
    pub need: Need,
    /// How many times the ad mentions it.
    pub mentions: usize,
    /// Its weight in the score: the need's base weight, +50% for each repeat, at most +100%.
    pub weight: f64,
}

/// Seniority levels, lowest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Seniority {
    /// Junior, graduate, entry level.
    Junior,
    /// Mid level.
    Mid,
    /// Senior.
    Senior,
    /// Lead, staff, principal.
    Lead,
    /// Head of, director.
    Head,
}

/// The seniority a title such as "Senior Backend Engineer" states, if any (the highest word).
pub fn seniority_of(title: &str) -> Option<Seniority> {
    text::tokenize(title)
        .iter()
        .filter_map(|t| {
            lexicon::SENIORITY_WORDS
                .iter()
                .find(|(w, _)| *w == t.norm)
                .map(|(_, s)| *s)
        })
        .max()
}

/// Whether `word` (lower case) is a seniority word, left out when titles are compared.
pub fn is_seniority_word(word: &str) -> bool {
    lexicon::SENIORITY_WORDS.iter().any(|(w, _)| *w == word)
}

/// What the ad asks for.
#[derive(Debug, Clone, PartialEq)]
pub struct JobAd {
    /// The ad's language.
    pub language: Lang,
    /// Its first line, without gender markers such as "(m/w/d)".
    pub title: Option<String>,
    /// The seniority its title states.
    pub seniority: Option<Seniority>,
    /// The most years of experience it mentions ("5+ years", "3 Jahre", "5 ans").
    pub min_years: Option<u32>,
    /// Terms asked for, in order of first mention.
    pub requirements: Vec<Requirement>,
}

/// A heading's effect on what follows, or `None` when `line` is not a heading. A heading is a
/// short line that is, or starts with, a known phrase (not a bullet that happens to contain
/// "skills"), or any line of at most four words ending in a colon.
fn heading(line: &str) -> Option<Need> {
    let trimmed = line.trim().trim_start_matches('#').trim();
    if trimmed.starts_with(['-', '*', '•', '·', '–']) {
        return None;
    }
    let lower = trimmed.trim_end_matches(':').trim().to_lowercase();
    let words = lower.split_whitespace().count();
    if words == 0 || words > 6 || lower.ends_with('.') {
        return None;
    }
    let has = |list: &[&str]| {
        list.iter()
            .any(|h| lower == *h || (words <= 5 && lower.starts_with(h)))
    };
    if has(lexicon::PREFERRED_MARKERS) {
        Some(Need::Preferred)
    } else if has(lexicon::NEUTRAL_HEADINGS) {
        Some(Need::Mentioned)
    } else if has(lexicon::REQUIRED_HEADINGS) {
        Some(Need::Required)
    } else if trimmed.ends_with(':') && words <= 4 {
        Some(Need::Mentioned)
    } else {
        None
    }
}

/// `line` cut after each `;` and each full stop followed by a space, so that "Node.js" and "B.Sc"
/// stay whole.
fn clauses(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = line.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        let end_of_sentence = b == b'.' && bytes.get(i + 1).is_some_and(u8::is_ascii_whitespace);
        if b == b';' || end_of_sentence {
            out.push(&line[start..=i]);
            start = i + 1;
        }
    }
    out.push(&line[start..]);
    out
}

/// A marker inside a clause that overrides its section.
fn line_marker(line: &str) -> Option<Need> {
    let lower = line.to_lowercase();
    if lexicon::PREFERRED_MARKERS.iter().any(|m| lower.contains(m)) {
        Some(Need::Preferred)
    } else if lexicon::REQUIRED_MARKERS.iter().any(|m| lower.contains(m)) {
        Some(Need::Required)
    } else {
        None
    }
}

/// Reads `ad` against `vocab`.
pub fn parse(ad: &str, vocab: &Vocabulary) -> JobAd {
    let language = text::detect_language(ad);
    let mut lines = ad.lines().map(str::trim).filter(|l| !l.is_empty());
    let title = lines.next().map(clean_title);
    // The title is scored on its own (title and seniority), so its words are not requirements.
    let mut section = Need::Mentioned;
    // term → (need, mentions, first position)
    let mut found: BTreeMap<TermId, (Need, usize, usize)> = BTreeMap::new();
    let mut order = 0;
    for line in lines {
        if let Some(need) = heading(line) {
            section = need;
            continue;
        }
        // Markers apply per clause: in "Fluent English; Dutch is a plus" only Dutch is a plus.
        for clause in clauses(line) {
            let need = line_marker(clause).unwrap_or(section);
            for hit in vocab.find(clause) {
                let surface = clause[hit.range.clone()].to_lowercase();
                if language.is_stop_word(&surface) {
                    continue;
                }
                order += 1;
                let entry = found.entry(hit.term).or_insert((need, 0, order));
                entry.0 = entry.0.min(need);
                entry.1 += 1;
            }
        }
    }
    let mut requirements: Vec<(usize, Requirement)> = found
        .into_iter()
        .map(|(term, (need, mentions, first))| {
            let repeats = mentions.saturating_sub(1).min(2) as f64;
            let weight = need.base_weight() * (1.0 + 0.5 * repeats);
            (
                first,
                Requirement {
                    term,
                    need,
                    mentions,
                    weight,
                },
            )
        })
        .collect();
    requirements.sort_by_key(|(first, _)| *first);
    JobAd {
        language,
        seniority: title.as_deref().and_then(seniority_of),
        title,
        min_years: years_asked(ad),
        requirements: requirements.into_iter().map(|(_, r)| r).collect(),
    }
}

/// The first line without parenthesised parts ("(m/w/d)", "(H/F)", "(all genders)").
fn clean_title(line: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in line.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The largest plausible "N years" the ad mentions: a number followed within three words by a
/// word for years.
fn years_asked(ad: &str) -> Option<u32> {
    const YEARS: &[&str] = &["years", "year", "yrs", "jahre", "jahren", "ans", "années"];
    let tokens = text::tokenize(ad);
    let mut best = None;
    for (i, t) in tokens.iter().enumerate() {
        let digits: String = t.norm.chars().take_while(char::is_ascii_digit).collect();
        let Ok(n) = digits.parse::<u32>() else {
            continue;
        };
        let followed = tokens[i + 1..]
            .iter()
            .take(3)
            .any(|n| YEARS.contains(&n.norm.as_str()));
        if followed && (1..=30).contains(&n) {
            best = best.max(Some(n));
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocab() -> &'static Vocabulary {
        Vocabulary::builtin().expect("parses")
    }

    fn needs(ad: &str) -> Vec<(String, Need, usize)> {
        let v = vocab();
        parse(ad, v)
            .requirements
            .iter()
            .map(|r| {
                let name = v.term(r.term).map(|t| t.name.clone()).unwrap_or_default();
                (name, r.need, r.mentions)
            })
            .collect()
    }

    #[test]
    fn sections_and_markers_set_the_need() {
        type Case = (&'static str, &'static [(&'static str, Need, usize)]);
        let cases: [Case; 3] = [
            (
                "Backend Engineer\nAbout us\nWe run Kafka.\nRequirements\n- Go and Kafka\nNice to have\n- Rust",
                &[
                    ("Kafka", Need::Required, 2),
                    ("Go", Need::Required, 1),
                    ("Rust", Need::Preferred, 1),
                ],
            ),
            (
                "Entwickler (m/w/d)\nDein Profil:\n- Java\n- Docker ist von Vorteil\n- Fluent English; Dutch is a plus.",
                &[
                    ("Java", Need::Required, 1),
                    ("Docker", Need::Preferred, 1),
                    ("English", Need::Required, 1),
                    ("Dutch", Need::Preferred, 1),
                ],
            ),
            (
                "Développeur (H/F)\nProfil recherché\n- Python\n- Une expérience Kubernetes serait un plus",
                &[
                    ("Python", Need::Required, 1),
                    ("Kubernetes", Need::Preferred, 1),
                ],
            ),
        ];
        for (ad, want) in cases {
            let want: Vec<(String, Need, usize)> = want
                .iter()
                .map(|(n, need, m)| ((*n).to_owned(), *need, *m))
                .collect();
            assert_eq!(needs(ad), want, "{ad}");
        }
    }

    #[test]
    fn clauses_end_at_semicolons_and_full_stops() {
        let cases: [(&str, &[&str]); 3] = [
            (
                "Fluent English; Dutch is a plus.",
                &["Fluent English;", " Dutch is a plus."],
            ),
            (
                "Node.js and B.Sc. Go is a plus",
                &["Node.js and B.Sc.", " Go is a plus"],
            ),
            ("no marks", &["no marks"]),
        ];
        for (line, want) in cases {
            assert_eq!(clauses(line), want, "{line}");
        }
    }

    #[test]
    fn headings_are_short_lines_not_bullets() {
        let cases = [
            ("Requirements", Some(Need::Required)),
            ("## Your profile:", Some(Need::Required)),
            ("Nice to have", Some(Need::Preferred)),
            ("Von Vorteil:", Some(Need::Preferred)),
            ("Un plus", Some(Need::Preferred)),
            ("Profil recherché", Some(Need::Required)),
            ("Vos missions", Some(Need::Mentioned)),
            ("Our stack:", Some(Need::Mentioned)),
            ("- Strong communication skills", None),
            (
                "You have shipped Go services to production for years.",
                None,
            ),
        ];
        for (line, want) in cases {
            assert_eq!(heading(line), want, "{line}");
        }
    }

    #[test]
    fn title_seniority_and_years() {
        let cases = [
            (
                "Senior Backend Engineer (f/m/x)\n5+ years of Go",
                Some("Senior Backend Engineer"),
                Some(Seniority::Senior),
                Some(5),
            ),
            (
                "Teamleiter Entwicklung (m/w/d)\nmindestens 3 Jahre Erfahrung",
                Some("Teamleiter Entwicklung"),
                Some(Seniority::Lead),
                Some(3),
            ),
            (
                "Product Designer\nWe are 120 people",
                Some("Product Designer"),
                None,
                None,
            ),
        ];
        for (ad, title, seniority, years) in cases {
            let job = parse(ad, vocab());
            assert_eq!(
                (job.title.as_deref(), job.seniority, job.min_years),
                (title, seniority, years),
                "{ad}"
            );
        }
    }

    #[test]
    fn repeats_weigh_more_up_to_double() {
        let job = parse("T\nRequirements\nGo. Go. Go. Go.", vocab());
        assert_eq!(job.requirements[0].mentions, 4);
        assert!((job.requirements[0].weight - 4.0).abs() < 1e-9);
    }
}
