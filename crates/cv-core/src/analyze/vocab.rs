//! The curated vocabulary of skills, tools, degrees and languages (`data/vocabulary.json`,
//! compiled in) and the matcher that finds its terms in any text.
//!
//! Each term has a display name and aliases written `Name|alias|alias`; all spellings go through
//! the same tokeniser as the text they are looked for in, so `CI/CD`, `Node.js` or `C++` need no
//! special cases. How to add terms: `crates/cv-core/data/README.md`. What the ad asks for and how
//! it is weighted is [`super::job`]'s business.
//!
//! **Ambiguous spellings** (`!Go`, `!R`, `!REST`, `!Tableau`) are everyday words in some language
//! too. They match only (1) with exactly the listed capitalisation, so "go", "Rest" or "tableau de
//! bord" never do; (2) when no hyphen joins them to another word ("Go-Live", "C-level"), unless
//! they are an acronym of three capitals or more ("REST-Schnittstellen"); (3) when a
//! one-letter spelling is not followed by a full stop (the initial in "John R. Smith"); and (4) at
//! the start of a sentence or line only when a list separator, the end of the text, a tech noun or
//! a list connective follows ("Go, Rust", "Rust experience", "- Go and Kafka", not "Go beyond").

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::lexicon;
use super::text::{self, Token};
use crate::{Error, Result};

/// What kind of requirement a term is. The order is the order reports list them in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Programming languages: Go, Rust, SQL.
    ProgrammingLanguages,
    /// Frameworks and libraries: React, Django.
    Frameworks,
    /// Tools and products: Docker, Figma, Salesforce.
    Tools,
    /// Cloud platforms and infrastructure practices.
    Cloud,
    /// Databases and data stores.
    Databases,
    /// Methods and domain knowledge: Scrum, user research, IFRS.
    Methods,
    /// Certifications: CKA, PMP.
    Certifications,
    /// Soft skills: communication, mentoring.
    SoftSkills,
    /// Spoken languages: English, German.
    SpokenLanguages,
    /// Degrees: Bachelor, Master, PhD.
    Degrees,
    /// Fields of study: Computer Science, Nursing.
    FieldsOfStudy,
}

impl Category {
    /// A human label, e.g. "programming languages".
    pub fn label(self) -> &'static str {
        match self {
            Category::ProgrammingLanguages => "programming languages",
            Category::Frameworks => "frameworks",
            Category::Tools => "tools",
            Category::Cloud => "cloud & infrastructure",
            Category::Databases => "databases",
            Category::Methods => "methods & domain",
            Category::Certifications => "certifications",
            Category::SoftSkills => "soft skills",
            Category::SpokenLanguages => "spoken languages",
            Category::Degrees => "degrees",
            Category::FieldsOfStudy => "fields of study",
        }
    }

    /// Whether the term counts towards the skills parts of the score (not education, languages
    /// or soft skills, which have parts of their own).
    pub fn is_hard_skill(self) -> bool {
        !matches!(
            self,
            Category::SoftSkills
                | Category::SpokenLanguages
                | Category::Degrees
                | Category::FieldsOfStudy
        )
    }
}

/// One term: its display name and category.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// How the term is shown, e.g. "PostgreSQL".
    pub name: String,
    /// Its category.
    pub category: Category,
}

/// Index of a term in its [`Vocabulary`].
pub type TermId = usize;

/// One way of writing a term, tokenised.
#[derive(Debug)]
struct Spelling {
    /// Lower-cased tokens.
    norm: Vec<String>,
    /// The tokens as written, compared exactly when `ambiguous`.
    raw: Vec<String>,
    ambiguous: bool,
    term: TermId,
}

/// A term found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Which term.
    pub term: TermId,
    /// Byte range in the text.
    pub range: std::ops::Range<usize>,
}

/// The terms and an index from first token to the spellings starting with it.
#[derive(Debug)]
pub struct Vocabulary {
    terms: Vec<Term>,
    spellings: Vec<Spelling>,
    by_first: HashMap<String, Vec<usize>>,
}

const BUILTIN_JSON: &str = include_str!("../../data/vocabulary.json");

impl Vocabulary {
    /// The vocabulary compiled into CV Improver, parsed once.
    pub fn builtin() -> Result<&'static Vocabulary> {
        static BUILTIN: OnceLock<std::result::Result<Vocabulary, String>> = OnceLock::new();
        BUILTIN
            .get_or_init(|| Vocabulary::from_json(BUILTIN_JSON).map_err(|e| e.to_string()))
            .as_ref()
            .map_err(|message| Error::Vocabulary(message.clone()))
    }

    /// Parses a vocabulary: an object from category to a list of `Name|alias|…` entries, where
    /// a leading `!` marks an ambiguous spelling. Two terms with the same spelling are an error.
    pub fn from_json(json: &str) -> Result<Vocabulary> {
        let raw: Vec<(Category, Vec<String>)> =
            serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(json)
                .and_then(|map| {
                    map.into_iter()
                        .map(|(k, v)| {
                            let category = serde_json::from_value(serde_json::Value::String(k))?;
                            Ok((category, serde_json::from_value(v)?))
                        })
                        .collect()
                })
                .map_err(|e| Error::Vocabulary(e.to_string()))?;
        let mut vocab = Vocabulary {
            terms: Vec::new(),
            spellings: Vec::new(),
            by_first: HashMap::new(),
        };
        let mut seen: HashMap<Vec<String>, TermId> = HashMap::new();
        for (category, entries) in raw {
            for entry in entries {
                vocab.add_term(category, &entry, &mut seen)?;
            }
        }
        Ok(vocab)
    }

    fn add_term(
        &mut self,
        category: Category,
        entry: &str,
        seen: &mut HashMap<Vec<String>, TermId>,
    ) -> Result<()> {
        let id = self.terms.len();
        let mut name = None;
        for spelling in entry.split('|') {
            let (ambiguous, spelling) = match spelling.strip_prefix('!') {
                Some(rest) => (true, rest),
                None => (false, spelling),
            };
            name.get_or_insert_with(|| spelling.to_owned());
            let tokens = text::tokenize(spelling);
            let norm: Vec<String> = tokens.iter().map(|t| t.norm.clone()).collect();
            let Some(first) = norm.first().cloned() else {
                return Err(Error::Vocabulary(format!("empty spelling in \"{entry}\"")));
            };
            if let Some(&other) = seen.get(&norm)
                && other != id
            {
                return Err(Error::Vocabulary(format!(
                    "\"{spelling}\" is listed for both \"{}\" and \"{entry}\"",
                    self.terms[other].name
                )));
            }
            seen.insert(norm.clone(), id);
            let index = self.spellings.len();
            let mut keys = vec![first.clone()];
            if norm.len() == 1
                && let Some(one) = text::singular(&first)
            {
                keys.push(one.to_owned());
            }
            for key in keys {
                self.by_first.entry(key).or_default().push(index);
            }
            self.spellings.push(Spelling {
                raw: tokens.iter().map(|t| t.raw.to_owned()).collect(),
                norm,
                ambiguous,
                term: id,
            });
        }
        let name = name.unwrap_or_default();
        self.terms.push(Term { name, category });
        Ok(())
    }

    /// The term with this id.
    pub fn term(&self, id: TermId) -> Option<&Term> {
        self.terms.get(id)
    }

    /// How many terms there are.
    pub fn len(&self) -> usize {
        self.terms.len()
    }

    /// Whether there are no terms.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Every term found in `text`, left to right, longest spelling first, never overlapping.
    pub fn find(&self, text: &str) -> Vec<Hit> {
        let tokens = text::tokenize(text);
        let mut hits = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            match self.longest_at(&tokens, i) {
                Some((len, term)) => {
                    let last = &tokens[i + len - 1];
                    hits.push(Hit {
                        term,
                        range: tokens[i].start..last.start + last.raw.len(),
                    });
                    i += len;
                }
                None => i += 1,
            }
        }
        hits
    }

    /// Every term found in `text`, including terms inside longer ones: "Certified Kubernetes
    /// Administrator" is also Kubernetes, "GitHub Actions" also GitHub. Used on the CV, where a
    /// certificate is evidence of its technology; the ad is read with [`Self::find`], so that a
    /// long term does not also ask for each of its words. Sorted by position, then term.
    pub fn find_nested(&self, text: &str) -> Vec<Hit> {
        let tokens = text::tokenize(text);
        let mut hits = Vec::new();
        for i in 0..tokens.len() {
            for (len, term) in self.all_at(&tokens, i) {
                let last = &tokens[i + len - 1];
                let hit = Hit {
                    term,
                    range: tokens[i].start..last.start + last.raw.len(),
                };
                if !hits.contains(&hit) {
                    hits.push(hit);
                }
            }
        }
        hits
    }

    /// Every spelling matching at token `i`, as `(length in tokens, term)`, longest first, then in
    /// the order listed.
    fn all_at(&self, tokens: &[Token], i: usize) -> Vec<(usize, TermId)> {
        let first = &tokens[i].norm;
        let mut keys = vec![first.as_str()];
        keys.extend(text::singular(first));
        let mut indices: Vec<usize> = keys
            .into_iter()
            .flat_map(|key| self.by_first.get(key).into_iter().flatten().copied())
            .filter(|&index| matches_at(&self.spellings[index], tokens, i))
            .collect();
        indices.sort_unstable_by_key(|&index| {
            (std::cmp::Reverse(self.spellings[index].norm.len()), index)
        });
        indices.dedup();
        indices
            .into_iter()
            .map(|index| (self.spellings[index].norm.len(), self.spellings[index].term))
            .collect()
    }

    /// The longest spelling matching at token `i` (ties: the one listed first).
    fn longest_at(&self, tokens: &[Token], i: usize) -> Option<(usize, TermId)> {
        self.all_at(tokens, i).into_iter().next()
    }
}

fn matches_at(spelling: &Spelling, tokens: &[Token], i: usize) -> bool {
    let n = spelling.norm.len();
    let Some(window) = tokens.get(i..i + n) else {
        return false;
    };
    let same = |k: usize, t: &Token| {
        let want = &spelling.norm[k];
        t.norm == *want
            || (k == n - 1
                && (text::singular(&t.norm) == Some(want.as_str())
                    || text::singular(want) == Some(t.norm.as_str())))
    };
    let joined = window.iter().enumerate().all(|(k, t)| same(k, t))
        && window.iter().skip(1).all(|t| !t.sentence_start);
    joined && (!spelling.ambiguous || ambiguous_ok(spelling, tokens, i))
}

/// Rules (1)–(4) of the module documentation.
fn ambiguous_ok(spelling: &Spelling, tokens: &[Token], i: usize) -> bool {
    let n = spelling.raw.len();
    let window = &tokens[i..i + n];
    if window
        .iter()
        .zip(&spelling.raw)
        .any(|(t, raw)| t.raw != raw)
    {
        return false;
    }
    let (first, last) = (&window[0], &window[n - 1]);
    // "REST-Schnittstellen" and "REST-API" are the technology; "C-level" and "Go-Live" are not.
    let acronym = |t: &Token| t.raw.len() >= 3 && t.raw.chars().all(|c| c.is_ascii_uppercase());
    if (first.hyphenated && !acronym(first)) || (last.hyphenated && !acronym(last)) {
        return false;
    }
    if n == 1 && first.raw.chars().count() == 1 && last.next_char == Some('.') {
        return false;
    }
    if !first.sentence_start {
        return true;
    }
    let next = tokens.get(i + n);
    let separator = last
        .next_char
        .is_none_or(|c| matches!(c, ',' | '/' | ';' | ')' | '\n' | '.'));
    separator
        || next.is_none_or(|t| t.sentence_start)
        || next.is_some_and(|t| lexicon::TECH_NOUNS.contains(&t.norm.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<String> {
        let vocab = Vocabulary::builtin().expect("the built-in vocabulary parses");
        vocab
            .find(text)
            .into_iter()
            .filter_map(|h| vocab.term(h.term).map(|t| t.name.clone()))
            .collect()
    }

    #[test]
    fn aliases_normalise_to_one_term() {
        let cases: [(&str, &[&str]); 10] = [
            ("JS and TypeScript", &["JavaScript", "TypeScript"]),
            ("k8s, Helm", &["Kubernetes", "Helm"]),
            ("Postgres or MySQL", &["PostgreSQL", "MySQL"]),
            ("Golang services", &["Go"]),
            ("We use Go and Rust.", &["Go", "Rust"]),
            ("PL/SQL and SQL", &["PL/SQL", "SQL"]),
            ("CI/CD with GitHub Actions", &["CI/CD", "GitHub Actions"]),
            ("node.js, NodeJS", &["Node.js", "Node.js"]),
            (
                "REST APIs and relational databases",
                &["REST", "relational databases"],
            ),
            ("Spring Boot microservices", &["Spring", "microservices"]),
        ];
        for (text, want) in cases {
            assert_eq!(names(text), want, "{text}");
        }
    }

    #[test]
    fn everyday_words_are_not_technologies() {
        let cases = [
            "our go-to person",
            "ready to go",
            "Go beyond the obvious.",
            "John R. Smith leads R&D",
            "the C-level team",
            "nach dem Go-Live",
            "take a rest",
            "un tableau de bord",
            "Der Rest des Teams",
            "you excel at this",
            "a swift response",
        ];
        for text in cases {
            assert_eq!(names(text), Vec::<String>::new(), "{text}");
        }
    }

    #[test]
    fn ambiguous_terms_still_match_in_context() {
        let cases: [(&str, &[&str]); 5] = [
            ("Go", &["Go"]),
            ("Go, Java and Rust", &["Go", "Java", "Rust"]),
            ("Rust experience is a plus", &["Rust"]),
            ("Statistics in R or Python", &["Statistics", "R", "Python"]),
            ("über REST-Schnittstellen", &["REST"]),
        ];
        for (text, want) in cases {
            assert_eq!(names(text), want, "{text}");
        }
    }

    #[test]
    fn nested_terms_are_found_inside_longer_ones() {
        let vocab = Vocabulary::builtin().expect("parses");
        let names = |hits: Vec<Hit>| -> Vec<String> {
            hits.iter()
                .filter_map(|h| vocab.term(h.term).map(|t| t.name.clone()))
                .collect()
        };
        let text = "Certified Kubernetes Administrator (CKA), GitHub Actions";
        assert_eq!(
            names(vocab.find(text)),
            [
                "Certified Kubernetes Administrator",
                "Certified Kubernetes Administrator",
                "GitHub Actions"
            ]
        );
        assert_eq!(
            names(vocab.find_nested(text)),
            [
                "Certified Kubernetes Administrator",
                "Kubernetes",
                "Certified Kubernetes Administrator",
                "GitHub Actions",
                "GitHub"
            ]
        );
    }

    #[test]
    fn duplicate_spellings_are_refused() {
        let err = Vocabulary::from_json(r#"{"tools": ["Docker|dock"], "cloud": ["Dock"]}"#);
        assert!(err.is_err());
    }
}
