//! Wording checks: bullets that start with a verb and carry a number, bullets short enough to
//! skim, and no first-person pronouns in bullets, summaries and titles.
//!
//! The verb check runs only for English CVs (the `cvimprover.locale`, or the language of the
//! CV's text when none is set): German and French bullets are often noun phrases by convention
//! ("Einführung von …", "Mise en place de …"), and a verb list would flag them wrongly.

use super::{CheckKind, Found, Severity};
use crate::analyze::fields::{Field, Kind};
use crate::analyze::text::{self, Lang};
use crate::model::Cv;

/// Bullets longer than this read as paragraphs (about two lines on an A4 page).
const MAX_BULLET_CHARS: usize = 200;

/// Irregular and common action verbs; regular past tenses ("-ed") are recognised by ending.
const VERBS: &[&str] = &[
    "built",
    "build",
    "cut",
    "led",
    "lead",
    "ran",
    "run",
    "wrote",
    "write",
    "rewrote",
    "rebuilt",
    "split",
    "set",
    "drove",
    "drive",
    "grew",
    "grow",
    "won",
    "made",
    "make",
    "taught",
    "teach",
    "sold",
    "sell",
    "kept",
    "began",
    "chose",
    "spoke",
    "held",
    "found",
    "brought",
    "own",
    "ship",
    "design",
    "develop",
    "create",
    "manage",
    "mentor",
    "maintain",
    "deliver",
    "implement",
    "improve",
    "reduce",
    "increase",
    "launch",
    "migrate",
    "automate",
    "coordinate",
    "support",
    "analyse",
    "analyze",
    "optimise",
    "optimize",
    "plan",
    "prototype",
    "redesign",
    "research",
    "test",
    "train",
    "oversaw",
    "oversee",
    "undertook",
    "shipped",
    "overhauled",
    "spearheaded",
];

/// Number words that count as "a number" in a bullet ("two since promoted", "doubled").
const NUMBER_WORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "twice",
    "double",
    "doubled",
    "tripled",
    "half",
    "halved",
    "dozen",
    "dozens",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "zwei",
    "drei",
    "vier",
    "fünf",
    "doppelt",
    "verdoppelt",
    "halbiert",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "doublé",
    "moitié",
];

const PRONOUNS: &[(Lang, &[&str])] = &[
    (Lang::En, &["i", "me", "my", "mine", "myself"]),
    (
        Lang::De,
        &[
            "ich", "mich", "mir", "mein", "meine", "meinen", "meinem", "meiner",
        ],
    ),
    (Lang::Fr, &["je", "moi", "mon", "ma", "mes"]),
];

fn cv_language(cv: &Cv, fields: &[Field]) -> Lang {
    match cv
        .cvimprover
        .locale
        .as_deref()
        .map(|l| l.get(..2).unwrap_or(l))
    {
        Some("de") => Lang::De,
        Some("fr") => Lang::Fr,
        Some(_) => Lang::En,
        None => {
            let all: Vec<&str> = fields.iter().map(|f| f.text).collect();
            text::detect_language(&all.join("\n"))
        }
    }
}

fn starts_with_verb(bullet: &str) -> bool {
    let first = bullet
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    VERBS.contains(&first.as_str())
        || (first.len() > 3 && first.ends_with("ed"))
        || first.ends_with("ised")
        || first.ends_with("ized")
}

fn has_number(bullet: &str) -> bool {
    bullet.chars().any(|c| c.is_ascii_digit())
        || text::tokenize(bullet)
            .iter()
            .any(|t| NUMBER_WORDS.contains(&t.norm.as_str()))
}

/// The first first-person pronoun in `text`, as written.
fn pronoun(text: &str, lang: Lang) -> Option<String> {
    let words: Vec<&str> = PRONOUNS
        .iter()
        .filter(|(l, _)| *l == lang || *l == Lang::En)
        .flat_map(|(_, w)| w.iter().copied())
        .collect();
    text::tokenize(text).into_iter().find_map(|t| {
        let elided = lang == Lang::Fr && (t.norm.starts_with("j'") || t.norm.starts_with("m'"));
        // "I" only in capitals: a lower-case "i" is a list marker or a typo, not a pronoun.
        let english_i = t.norm == "i" && t.raw != "I";
        ((words.contains(&t.norm.as_str()) && !english_i) || elided).then(|| t.raw.to_owned())
    })
}

/// Runs the wording checks over `fields`.
pub(super) fn check(cv: &Cv, fields: &[Field], found: &mut Found) {
    let lang = cv_language(cv, fields);
    for field in fields {
        let at = field.path.as_str();
        if field.kind == Kind::Bullet {
            if lang == Lang::En && !starts_with_verb(field.text) {
                found.add(
                    Severity::Info,
                    CheckKind::BulletVerb,
                    at,
                    "does not start with an action verb (\"Built\", \"Cut\", \"Led\")",
                );
            }
            if !has_number(field.text) {
                found.add(
                    Severity::Info,
                    CheckKind::BulletNumber,
                    at,
                    "has no number: say how much, how many or how fast",
                );
            }
            let chars = field.text.chars().count();
            if chars > MAX_BULLET_CHARS {
                found.add(
                    Severity::Warning,
                    CheckKind::BulletLength,
                    at,
                    format!(
                        "{chars} characters: keep bullets under {MAX_BULLET_CHARS} (two lines)"
                    ),
                );
            }
        }
        if matches!(field.kind, Kind::Bullet | Kind::Summary | Kind::Title)
            && let Some(word) = pronoun(field.text, lang)
        {
            let severity = if field.kind == Kind::Summary {
                Severity::Info
            } else {
                Severity::Warning
            };
            found.add(
                severity,
                CheckKind::Pronoun,
                at,
                format!("uses \"{word}\": CVs leave out the first person"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbs_numbers_and_pronouns() {
        let cases = [
            ("Built a Go service in 2 days", true, true, None),
            ("Mentored four engineers", true, true, None),
            ("Responsible for the API", false, false, None),
            (
                "15 of my 23 mentees now work as developers",
                false,
                true,
                Some("my"),
            ),
            ("Co-founded the guild; I ran it", true, false, Some("I")),
        ];
        for (bullet, verb, number, pro) in cases {
            assert_eq!(starts_with_verb(bullet), verb, "{bullet}");
            assert_eq!(has_number(bullet), number, "{bullet}");
            assert_eq!(pronoun(bullet, Lang::En).as_deref(), pro, "{bullet}");
        }
    }

    #[test]
    fn pronouns_in_german_and_french() {
        let cases = [
            ("Ich leite ein Team", Lang::De, Some("Ich")),
            ("Leitung eines Teams", Lang::De, None),
            ("J'ai dirigé une équipe", Lang::Fr, Some("J'ai")),
            ("Direction d'une équipe de 5", Lang::Fr, None),
        ];
        for (text, lang, want) in cases {
            assert_eq!(pronoun(text, lang).as_deref(), want, "{text}");
        }
    }
}
