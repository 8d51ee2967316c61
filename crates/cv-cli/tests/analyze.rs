//! `cvimprover analyze` as a user runs it: the report, the JSON, and the exit codes for bad input.

#![allow(clippy::unwrap_used)]

mod common;

use std::path::Path;

use common::example;

/// Runs the binary with a fixed "today"; returns exit code, stdout, stderr.
fn run(args: &[&str]) -> (i32, String, String) {
    common::run_in(Path::new("."), args)
}

#[test]
fn prints_a_report_with_score_keywords_and_checks() {
    let cv = example("software-engineer.json");
    let job = example("jobs/backend-engineer.txt");
    let (code, out, err) = run(&["analyze", &cv, "--job", &job]);
    assert_eq!(code, 0, "{err}");
    for wanted in [
        "Job: Senior Backend Engineer (en, senior, 5+ years)",
        "CV: 2 page(s)",
        "Score: ",
        "required skills",
        "Found in the CV",
        "skills[2].keywords[0]",
        "Missing from the CV",
        "Docker (required)",
        "gRPC (nice to have)",
        "basics.summary: uses \"I\"",
    ] {
        assert!(out.contains(wanted), "{wanted:?} not in\n{out}");
    }
}

#[test]
fn json_is_stable_and_its_parts_add_up() {
    let cv = example("software-engineer.json");
    let job = example("jobs/backend-engineer.txt");
    let args = [
        "analyze",
        cv.as_str(),
        "--job",
        job.as_str(),
        "--json",
        "--no-render",
    ];
    let (code, first, err) = run(&args);
    assert_eq!(code, 0, "{err}");
    assert_eq!(run(&args).1, first, "same input, different JSON");
    let json: serde_json::Value = serde_json::from_str(&first).unwrap();
    let parts = json["breakdown"].as_array().unwrap();
    let sum = |key: &str| parts.iter().map(|p| p[key].as_u64().unwrap()).sum::<u64>();
    assert_eq!(sum("max"), 100);
    assert_eq!(sum("points"), json["score"].as_u64().unwrap());
    assert_eq!(json["version"], 1);
    assert_eq!(json["job"]["language"], "en");
    let pg = json["keywords"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["term"] == "PostgreSQL")
        .unwrap();
    assert_eq!(pg["category"], "databases");
    assert_eq!(pg["need"], "required");
    assert!(
        json["checks"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["path"].is_string())
    );
}

#[test]
fn bad_input_gets_its_exit_code() {
    let dir = tempfile::tempdir().unwrap();
    let binary_ad = dir.path().join("ad.txt");
    std::fs::write(&binary_ad, [0xff, 0xfe, 0x00, 0x41]).unwrap();
    let bad_cv = dir.path().join("cv.json");
    std::fs::write(&bad_cv, "{\"basics\": ").unwrap();
    let cv = example("software-engineer.json");
    let job = example("jobs/backend-engineer.txt");
    let missing = dir.path().join("nope.txt").display().to_string();
    let binary = binary_ad.display().to_string();
    let bad = bad_cv.display().to_string();
    let cases: [(&[&str], i32, &str); 4] = [
        (&["analyze", &cv], 2, "--job"),
        (&["analyze", &cv, "--job", &missing], 3, "cannot read"),
        (&["analyze", &cv, "--job", &binary], 3, "not UTF-8"),
        (&["analyze", &bad, "--job", &job], 4, "invalid JSON"),
    ];
    for (args, code, message) in cases {
        let (got, _, err) = run(args);
        assert_eq!(got, code, "{args:?}: {err}");
        assert!(err.contains(message), "{args:?}: {err}");
    }
}
