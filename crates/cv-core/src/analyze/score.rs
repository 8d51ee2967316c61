//! Finding the ad's requirements in the CV, and turning what was found into a 0–100 score.
//!
//! Six parts have base weights (required skills 45, nice-to-have skills 15, title & seniority 15,
//! education 10, languages 10, soft skills 5). A part the ad asks nothing of gets no points and
//! its weight is shared among the others in proportion, so an ad without a language requirement
//! is not a free 10 points. Within a keyword part, the share earned is the weight of found terms
//! over the weight of all terms. Maxima and points are rounded to whole numbers by the largest
//! remainder, so the parts always add up to 100 and to the score. Title and seniority are
//! assessed in [`super::title`].

use std::collections::BTreeMap;

use super::fields::{Field, Kind};
use super::job::{JobAd, Need};
use super::vocab::{Category, TermId, Vocabulary};
use super::{Keyword, Part, PartKind};

/// Degree ranks: a higher degree satisfies a lower one (a Master's meets "Bachelor required").
fn degree_rank(name: &str) -> u8 {
    match name {
        "apprenticeship" => 1,
        "Master" | "MBA" => 3,
        "PhD" => 4,
        _ => 2,
    }
}

/// Every requirement of `job` with the CV fields that have it, sorted for display.
pub(super) fn keywords(vocab: &Vocabulary, job: &JobAd, fields: &[Field]) -> Vec<Keyword> {
    let mut in_cv: BTreeMap<TermId, Vec<String>> = BTreeMap::new();
    let mut degrees: Vec<(u8, String)> = Vec::new();
    for field in fields {
        for hit in vocab.find_nested(field.text) {
            let Some(term) = vocab.term(hit.term) else {
                continue;
            };
            // "Visual Communication" as a field of study is not the soft skill.
            if term.category == Category::SoftSkills && field.kind == Kind::Education {
                continue;
            }
            if term.category == Category::Degrees {
                // A "Master" outside education is a Scrum Master or a master plan.
                if field.kind != Kind::Education {
                    continue;
                }
                degrees.push((degree_rank(&term.name), field.path.clone()));
            }
            let paths = in_cv.entry(hit.term).or_default();
            if !paths.contains(&field.path) {
                paths.push(field.path.clone());
            }
        }
    }
    let mut out: Vec<Keyword> = job
        .requirements
        .iter()
        .filter_map(|r| {
            let term = vocab.term(r.term)?;
            let mut found_in = in_cv.get(&r.term).cloned().unwrap_or_default();
            if term.category == Category::Degrees && found_in.is_empty() {
                let rank = degree_rank(&term.name);
                found_in = degrees
                    .iter()
                    .filter(|(r, _)| *r >= rank)
                    .map(|(_, p)| p.clone())
                    .collect();
                found_in.dedup();
            }
            Some(Keyword {
                term: term.name.clone(),
                category: term.category,
                need: r.need,
                mentions: r.mentions,
                weight: r.weight,
                found_in,
            })
        })
        .collect();
    out.sort_by(|a, b| {
        (a.category, a.need)
            .cmp(&(b.category, b.need))
            .then(b.weight.total_cmp(&a.weight))
            .then_with(|| a.term.cmp(&b.term))
    });
    out
}

/// Which part a keyword counts towards.
fn part_of(k: &Keyword) -> PartKind {
    match k.category {
        Category::Degrees | Category::FieldsOfStudy => PartKind::Education,
        Category::SpokenLanguages => PartKind::Languages,
        Category::SoftSkills => PartKind::SoftSkills,
        _ if k.need == Need::Preferred => PartKind::OptionalSkills,
        _ => PartKind::RequiredSkills,
    }
}

const BASE: [(PartKind, f64); 6] = [
    (PartKind::RequiredSkills, 45.0),
    (PartKind::OptionalSkills, 15.0),
    (PartKind::TitleSeniority, 15.0),
    (PartKind::Education, 10.0),
    (PartKind::Languages, 10.0),
    (PartKind::SoftSkills, 5.0),
];

/// The share of a part earned (0–1) and why, or `None` when the ad asks nothing of it.
type Assessed = Option<(f64, String)>;

fn keyword_part(keywords: &[Keyword], part: PartKind) -> Assessed {
    let mine: Vec<&Keyword> = keywords.iter().filter(|k| part_of(k) == part).collect();
    if mine.is_empty() {
        return None;
    }
    let total = mine.iter().fold(0.0, |sum, k| sum + k.weight);
    let found: Vec<&&Keyword> = mine.iter().filter(|k| !k.found_in.is_empty()).collect();
    // fold, not sum: an empty f64 sum is -0.0, which would print as "-0.0".
    let got = found.iter().fold(0.0, |sum, k| sum + k.weight);
    let detail = format!(
        "{} of {} found (weight {got:.1} of {total:.1})",
        found.len(),
        mine.len()
    );
    Some((got / total, detail))
}

/// The score and its parts, in [`BASE`] order.
pub(super) fn breakdown(keywords: &[Keyword], title: Assessed) -> (u32, Vec<Part>) {
    let assessed: Vec<(PartKind, f64, Assessed)> = BASE
        .iter()
        .map(|&(part, base)| {
            let a = match part {
                PartKind::TitleSeniority => title.clone(),
                _ => keyword_part(keywords, part),
            };
            (part, base, a)
        })
        .collect();
    let asked_base: f64 = assessed
        .iter()
        .filter(|(_, _, a)| a.is_some())
        .map(|(_, b, _)| b)
        .sum();
    let exact_max: Vec<f64> = assessed
        .iter()
        .map(|(_, b, a)| {
            if a.is_some() && asked_base > 0.0 {
                b / asked_base * 100.0
            } else {
                0.0
            }
        })
        .collect();
    let max = apportion(
        &exact_max,
        exact_max.iter().sum::<f64>().round() as u32,
        &[],
    );
    let exact_points: Vec<f64> = assessed
        .iter()
        .zip(&max)
        .map(|((_, _, a), m)| {
            a.as_ref()
                .map_or(0.0, |(share, _)| share.clamp(0.0, 1.0) * f64::from(*m))
        })
        .collect();
    let score = exact_points.iter().sum::<f64>().round() as u32;
    let points = apportion(&exact_points, score, &max);
    let parts = assessed
        .into_iter()
        .zip(max.iter().zip(&points))
        .map(|((part, base, a), (&max, &points))| Part {
            part,
            points,
            max,
            detail: match a {
                Some((_, detail)) => detail,
                None => format!(
                    "not asked in the ad: its {base:.0} base points went to the other parts"
                ),
            },
        })
        .collect();
    (score, parts)
}

/// Whole numbers, each the floor of `exact` or one more, adding up to `total`: the largest
/// remainders get the extra units (ties: earlier first), never beyond `caps` when given.
fn apportion(exact: &[f64], total: u32, caps: &[u32]) -> Vec<u32> {
    let mut out: Vec<u32> = exact.iter().map(|x| x.max(0.0).floor() as u32).collect();
    let mut left = total.saturating_sub(out.iter().sum());
    let mut order: Vec<usize> = (0..exact.len()).collect();
    order.sort_by(|&a, &b| {
        let ra = exact[a] - exact[a].floor();
        let rb = exact[b] - exact[b].floor();
        rb.total_cmp(&ra).then(a.cmp(&b))
    });
    for i in order {
        if left == 0 {
            break;
        }
        if caps.get(i).is_none_or(|cap| out[i] < *cap) && exact[i] > 0.0 {
            out[i] += 1;
            left -= 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kw(category: Category, need: Need, weight: f64, found: bool) -> Keyword {
        Keyword {
            term: format!("{category:?}{weight}"),
            category,
            need,
            mentions: 1,
            weight,
            found_in: if found {
                vec!["skills[0].keywords[0]".into()]
            } else {
                vec![]
            },
        }
    }

    #[test]
    fn parts_add_up_and_unasked_parts_are_shared_out() {
        let cases = [
            (
                vec![kw(Category::Tools, Need::Required, 2.0, true)],
                None,
                100,
            ),
            (
                vec![kw(Category::Tools, Need::Required, 2.0, false)],
                None,
                0,
            ),
            (
                vec![
                    kw(Category::Tools, Need::Required, 2.0, true),
                    kw(Category::Tools, Need::Required, 2.0, false),
                    kw(Category::Cloud, Need::Preferred, 1.0, true),
                    kw(Category::SpokenLanguages, Need::Required, 2.0, true),
                ],
                Some((0.5, "half".to_owned())),
                65,
            ),
        ];
        for (keywords, title, want) in cases {
            let (score, parts) = breakdown(&keywords, title);
            assert_eq!(score, want);
            assert_eq!(parts.iter().map(|p| p.max).sum::<u32>(), 100);
            assert_eq!(parts.iter().map(|p| p.points).sum::<u32>(), score);
            assert!(parts.iter().all(|p| p.points <= p.max));
        }
    }

    #[test]
    fn apportioning_keeps_the_total() {
        // (exact shares, total, caps, wanted)
        type Case = (&'static [f64], u32, &'static [u32], &'static [u32]);
        let cases: [Case; 3] = [
            (&[33.3, 33.3, 33.4], 100, &[], &[33, 33, 34]),
            (&[60.0, 20.0, 20.0], 100, &[], &[60, 20, 20]),
            (&[10.5, 0.5, 0.0], 11, &[11, 1, 0], &[11, 0, 0]),
        ];
        for (exact, total, caps, want) in cases {
            assert_eq!(apportion(exact, total, caps), want, "{exact:?}");
        }
    }
}
