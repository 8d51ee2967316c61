//! The offline ATS check end to end: the example CVs against the example job ads in
//! `examples/jobs/`, checks located at their fields, German and French ads, and properties that
//! must hold for any ad (no panic, parts adding up, the same output twice).

#![allow(clippy::unwrap_used)]

mod common;

use common::*;
use cv_core::Cv;
use cv_core::analyze::{self, Analysis, Category, CheckKind, Lang, Need, Options, Severity};
use cv_core::date::PartialDate;
use proptest::prelude::*;
use serde_json::json;

fn ad(name: &str) -> String {
    std::fs::read_to_string(examples_dir().join("jobs").join(name)).unwrap()
}

fn options() -> Options {
    Options {
        page_count: Some(2),
        today: PartialDate::parse("2026-01"),
    }
}

fn run(cv: &Cv, ad: &str) -> Analysis {
    analyze::analyze(cv, ad, &options()).unwrap()
}

fn assert_adds_up(a: &Analysis) {
    assert_eq!(a.breakdown.iter().map(|p| p.max).sum::<u32>(), 100);
    assert_eq!(a.breakdown.iter().map(|p| p.points).sum::<u32>(), a.score);
    assert!(a.breakdown.iter().all(|p| p.points <= p.max));
}

#[test]
fn each_cv_scores_high_against_its_own_kind_of_ad_and_low_against_the_other() {
    let cases = [
        ("software-engineer.json", "backend-engineer.txt", 75..=100),
        ("software-engineer.json", "product-designer.txt", 0..=30),
        ("designer.json", "product-designer.txt", 60..=100),
        ("designer.json", "backend-engineer.txt", 0..=30),
    ];
    for (cv_file, ad_file, range) in cases {
        let a = run(&example(cv_file), &ad(ad_file));
        assert!(
            range.contains(&a.score),
            "{cv_file} vs {ad_file}: {}",
            a.score
        );
        assert_adds_up(&a);
    }
}

#[test]
fn keywords_carry_category_need_and_where_they_are() {
    let a = run(
        &example("software-engineer.json"),
        &ad("backend-engineer.txt"),
    );
    let find = |term: &str| a.keywords.iter().find(|k| k.term == term).unwrap();
    // "Postgres"-style aliases and repetition: the ad says PostgreSQL twice, k8s and Kubernetes.
    let pg = find("PostgreSQL");
    assert_eq!(
        (pg.category, pg.need, pg.mentions),
        (Category::Databases, Need::Required, 2)
    );
    assert!(pg.found_in.contains(&"skills[2].keywords[0]".to_owned()));
    assert_eq!(find("Kubernetes").mentions, 3);
    assert_eq!(find("Rust").need, Need::Preferred);
    // "REST APIs; gRPC is welcome": the marker applies to its clause only.
    assert_eq!(find("REST").need, Need::Required);
    assert_eq!(find("gRPC").need, Need::Preferred);
    let missing: Vec<(&str, Category)> =
        a.missing().map(|k| (k.term.as_str(), k.category)).collect();
    assert!(
        missing.contains(&("gRPC", Category::Frameworks)),
        "{missing:?}"
    );
    assert!(
        missing.contains(&("Docker", Category::Tools)),
        "{missing:?}"
    );
}

#[test]
fn missing_keywords_against_the_wrong_ad_are_listed_by_category() {
    let a = run(
        &example("software-engineer.json"),
        &ad("product-designer.txt"),
    );
    let missing: Vec<(&str, Category, Need)> = a
        .missing()
        .map(|k| (k.term.as_str(), k.category, k.need))
        .collect();
    for want in [
        ("Figma", Category::Tools, Need::Required),
        ("accessibility", Category::Methods, Need::Required),
        ("design systems", Category::Methods, Need::Required),
        ("Dutch", Category::SpokenLanguages, Need::Preferred),
    ] {
        assert!(missing.contains(&want), "{want:?} not in {missing:?}");
    }
}

#[test]
fn german_and_french_ads_give_real_requirements_not_stop_words() {
    let cases = [
        (
            "de-backend-entwickler.txt",
            Lang::De,
            &["Java", "PostgreSQL", "Docker", "German"][..],
            &["Terraform", "Go"][..],
        ),
        (
            "fr-developpeur-backend.txt",
            Lang::Fr,
            &["Python", "PostgreSQL", "English", "teamwork"][..],
            &["dbt", "React"][..],
        ),
    ];
    for (file, lang, required, preferred) in cases {
        let a = run(&example("software-engineer.json"), &ad(file));
        assert_eq!(a.job.language, lang, "{file}");
        assert_eq!(a.job.min_years, Some(3), "{file}");
        for k in &a.keywords {
            let word = k.term.to_lowercase();
            for l in [Lang::En, Lang::De, Lang::Fr] {
                assert!(
                    !l.is_stop_word(&word),
                    "{file}: stop word {word:?} as a keyword"
                );
            }
        }
        let need = |term: &str| a.keywords.iter().find(|k| k.term == term).map(|k| k.need);
        for term in required {
            assert_eq!(need(term), Some(Need::Required), "{file}: {term}");
        }
        for term in preferred {
            assert_eq!(need(term), Some(Need::Preferred), "{file}: {term}");
        }
        // "tableaux de bord" is not Tableau, "Rest" is not REST.
        assert_eq!(need("Tableau"), None, "{file}");
        assert_adds_up(&a);
    }
}

#[test]
fn checks_find_each_problem_at_its_field() {
    let cv = Cv::from_json_value(json!({
        "basics": {"name": "Ada", "phone": "+44 1", "summary": "Engineer.", "location": {"city": "Leeds"}},
        "work": [
            {"name": "A", "position": "Engineer", "startDate": "2019-01", "endDate": "2021-12",
             "highlights": ["Built the billing service used by 40 teams", "Responsible for the API design", "I led the migration of 3 services"]},
            {"name": "B", "position": "Consultant", "startDate": "2021-01", "endDate": "March 2023",
             "highlights": [format!("Wrote {} 1", "long words ".repeat(25))]}
        ],
        "education": [{"institution": "U", "startDate": "2015", "endDate": "2018"}],
        "skills": [{"name": "Go"}]
    }))
    .unwrap();
    let a = analyze::analyze(
        &cv,
        "Engineer",
        &Options {
            page_count: Some(3),
            today: PartialDate::parse("2025-06"),
        },
    )
    .unwrap();
    let has = |severity, kind, path: &str| {
        a.checks
            .iter()
            .any(|c| c.severity == severity && c.kind == kind && c.path == path)
    };
    let cases = [
        (Severity::Error, CheckKind::Contact, "basics.email"),
        (Severity::Error, CheckKind::Date, "work[1].endDate"),
        (
            Severity::Info,
            CheckKind::BulletNumber,
            "work[0].highlights[1]",
        ),
        (
            Severity::Info,
            CheckKind::BulletVerb,
            "work[0].highlights[1]",
        ),
        (
            Severity::Warning,
            CheckKind::Pronoun,
            "work[0].highlights[2]",
        ),
        (
            Severity::Warning,
            CheckKind::BulletLength,
            "work[1].highlights[0]",
        ),
        (Severity::Warning, CheckKind::PageCount, ""),
    ];
    for (severity, kind, path) in cases {
        assert!(
            has(severity, kind, path),
            "{severity:?} {kind:?} at {path}: {:#?}",
            a.checks
        );
    }
    assert!(!has(
        Severity::Info,
        CheckKind::BulletNumber,
        "work[0].highlights[0]"
    ));
    assert!(
        a.checks.windows(2).all(|w| w[0].severity <= w[1].severity),
        "most serious first"
    );
}

#[test]
fn overlapping_jobs_are_found_at_the_later_start() {
    let cv = Cv::from_json_value(json!({"work": [
        {"name": "Old", "startDate": "2018-01", "endDate": "2021-06"},
        {"name": "New", "startDate": "2020-01", "endDate": "2022-01"},
        {"name": "Next", "startDate": "2022-01"}
    ]}))
    .unwrap();
    let a = run(&cv, "Engineer");
    let overlaps: Vec<(&str, &str)> = a
        .checks
        .iter()
        .filter(|c| c.kind == CheckKind::Overlap)
        .map(|c| (c.path.as_str(), c.message.as_str()))
        .collect();
    assert_eq!(
        overlaps.len(),
        1,
        "a one-month handover is not an overlap: {overlaps:?}"
    );
    assert_eq!(overlaps[0].0, "work[1].startDate");
    assert!(
        overlaps[0].1.contains("work[0] (Old) by 18 months"),
        "{}",
        overlaps[0].1
    );
}

#[test]
fn the_examples_analyse_the_same_way_twice() {
    for (file, cv) in examples() {
        for ad_file in ["backend-engineer.txt", "de-backend-entwickler.txt"] {
            let once = serde_json::to_string(&run(&cv, &ad(ad_file))).unwrap();
            let twice = serde_json::to_string(&run(&cv, &ad(ad_file))).unwrap();
            assert_eq!(once, twice, "{file} vs {ad_file}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Any text as an ad: no panic, a score within 0–100 whose parts add up.
    #[test]
    fn any_ad_gives_a_score_that_adds_up(ad in "(\\PC|\n| - |Go|k8s|Requirements\n|Nice to have\n|Rust|R\\. ){0,60}") {
        let a = analyze::analyze(&example("software-engineer.json"), &ad, &Options::default()).unwrap();
        prop_assert!(a.score <= 100);
        prop_assert_eq!(a.breakdown.iter().map(|p| p.points).sum::<u32>(), a.score);
        let max: u32 = a.breakdown.iter().map(|p| p.max).sum();
        prop_assert!(max == 100 || max == 0);
    }

    /// Matches lie on character boundaries inside the text, in order, without overlap.
    #[test]
    fn matches_are_ordered_ranges_of_the_text(text in "(\\PC|C\\+\\+|\\.NET|CI/CD|go-to|Go){0,40}") {
        let vocab = analyze::Vocabulary::builtin().unwrap();
        let mut end = 0;
        for hit in vocab.find(&text) {
            prop_assert!(hit.range.start >= end);
            prop_assert!(text.get(hit.range.clone()).is_some());
            end = hit.range.end;
        }
    }
}
