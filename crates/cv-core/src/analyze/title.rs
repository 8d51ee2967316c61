//! The title & seniority part of the score, and the CV's years of experience (also used by the
//! page-count check).
//!
//! The title counts twice as much as each of seniority and years: the ad title's content words
//! (seniority words, stop words and gender markers removed; "developer", "Entwickler",
//! "ingénieur" all read as "engineer") found in the CV's best-matching title (headline or a
//! position); the seniority of the CV's highest title (or, without one, its years: under 3 junior,
//! under 6 mid, else senior) against the ad's; and the CV's years against the years asked.

use super::fields::{Field, Kind};
use super::job::{self, JobAd, Seniority};
use super::{lexicon, text};
use crate::date::PartialDate;
use crate::model::Cv;

fn title_words(title: &str, lang: text::Lang) -> Vec<String> {
    text::content_words(title, lang)
        .into_iter()
        .filter(|w| !job::is_seniority_word(w))
        .map(|w| {
            lexicon::ROLE_SYNONYMS
                .iter()
                .find(|(from, _)| *from == w)
                .map_or(w, |(_, to)| (*to).to_owned())
        })
        .collect()
}

/// Month number of a date: the first month of its year when the month is missing, or the last
/// when `end` is set.
fn month_index(date: PartialDate, end: bool) -> i32 {
    let month = date.month.unwrap_or(if end { 12 } else { 1 });
    i32::from(date.year) * 12 + i32::from(month) - 1
}

/// Each job with a valid start as `(index in work, first month, last month)`. A job without an
/// end runs until `today`, or without it until the latest date in the work section.
pub(super) fn work_periods(cv: &Cv, today: Option<PartialDate>) -> Vec<(usize, i32, i32)> {
    let work = cv.work.as_deref().unwrap_or_default();
    let parse = |d: &Option<String>| d.as_deref().and_then(|t| PartialDate::parse(t.trim()));
    let latest = work
        .iter()
        .flat_map(|w| [parse(&w.start_date), parse(&w.end_date)])
        .flatten()
        .map(|d| month_index(d, true))
        .max();
    let now = today.map(|d| month_index(d, true)).or(latest);
    work.iter()
        .enumerate()
        .filter_map(|(i, w)| {
            let start = month_index(parse(&w.start_date)?, false);
            let end = match parse(&w.end_date) {
                Some(d) => month_index(d, true),
                None => now?,
            };
            (end >= start).then_some((i, start, end))
        })
        .collect()
}

/// Whole years of work, counting overlapping jobs once.
pub(super) fn years_of_experience(cv: &Cv, today: Option<PartialDate>) -> u32 {
    let mut periods: Vec<(i32, i32)> = work_periods(cv, today)
        .into_iter()
        .map(|(_, s, e)| (s, e))
        .collect();
    periods.sort_unstable();
    let mut months = 0;
    let mut covered_until = i32::MIN;
    for (start, end) in periods {
        let from = start.max(covered_until + 1);
        if end >= from {
            months += end - from + 1;
        }
        covered_until = covered_until.max(end);
    }
    u32::try_from(months / 12).unwrap_or(0)
}

/// How many of the ad title's words the best CV title has: `(share, why)`, or `None` when the
/// ad title has no content words.
fn title_match(job: &JobAd, titles: &[&Field]) -> Option<(f64, String)> {
    let wanted = title_words(job.title.as_deref()?, job.language);
    if wanted.is_empty() {
        return None;
    }
    let mut best = (0, "");
    for f in titles {
        let have = title_words(f.text, job.language);
        let n = wanted.iter().filter(|w| have.contains(w)).count();
        if n > best.0 {
            best = (n, f.path.as_str());
        }
    }
    let why = if best.0 == 0 {
        format!("no CV title shares a word with \"{}\"", wanted.join(" "))
    } else {
        format!("{} of {} title words in {}", best.0, wanted.len(), best.1)
    };
    Some((best.0 as f64 / wanted.len() as f64, why))
}

/// The CV's seniority against `level`: full marks at or above it, half one level below.
fn seniority_match(level: Seniority, titles: &[&Field], years: u32) -> (f64, String) {
    let have = titles
        .iter()
        .filter_map(|f| job::seniority_of(f.text))
        .max()
        .unwrap_or(match years {
            0..3 => Seniority::Junior,
            3..6 => Seniority::Mid,
            _ => Seniority::Senior,
        });
    let share = match (level as i32) - (have as i32) {
        ..=0 => 1.0,
        1 => 0.5,
        _ => 0.0,
    };
    (
        share,
        format!("seniority {have:?} for {level:?}").to_lowercase(),
    )
}

/// The title & seniority share (0–1) and why, or `None` when the ad states neither.
pub(super) fn assess(
    job: &JobAd,
    cv: &Cv,
    fields: &[Field],
    today: Option<PartialDate>,
) -> Option<(f64, String)> {
    let titles: Vec<&Field> = fields.iter().filter(|f| f.kind == Kind::Title).collect();
    let years = years_of_experience(cv, today);
    // (weight, share, why): the title counts twice as much as seniority or years.
    let mut parts: Vec<(f64, f64, String)> = Vec::new();
    if let Some((share, why)) = title_match(job, &titles) {
        parts.push((2.0, share, why));
    }
    if let Some(level) = job.seniority {
        let (share, why) = seniority_match(level, &titles, years);
        parts.push((1.0, share, why));
    }
    if let Some(asked) = job.min_years.filter(|y| *y > 0) {
        let share = (f64::from(years) / f64::from(asked)).min(1.0);
        let why = format!("{years} years of experience for {asked}");
        parts.push((1.0, share, why));
    }
    if parts.is_empty() {
        return None;
    }
    let total: f64 = parts.iter().map(|p| p.0).sum();
    let share = parts.iter().map(|p| p.0 * p.1).sum::<f64>() / total;
    let why: Vec<String> = parts.into_iter().map(|p| p.2).collect();
    Some((share, why.join("; ")))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn overlapping_jobs_count_once() {
        let cv = Cv::from_json_value(json!({"work": [
            {"startDate": "2015-01", "endDate": "2017-12"},
            {"startDate": "2017-01", "endDate": "2019-12"},
            {"startDate": "2021"}
        ]}))
        .expect("loads");
        let today = PartialDate::parse("2022-12");
        assert_eq!(years_of_experience(&cv, today), 7);
    }

    #[test]
    fn title_words_ignore_seniority_and_translate_roles() {
        let cases = [
            (
                "Senior Back-End Developer",
                text::Lang::En,
                vec!["backend", "engineer"],
            ),
            (
                "Ingénieur Backend",
                text::Lang::Fr,
                vec!["engineer", "backend"],
            ),
            (
                "Product Designer",
                text::Lang::En,
                vec!["product", "designer"],
            ),
        ];
        for (title, lang, want) in cases {
            assert_eq!(title_words(title, lang), want, "{title}");
        }
    }
}
