//! Loading and saving documents: JSON Resume compatibility, round trips, and clear errors for bad
//! input (with positions and paths), never a panic.

#![allow(clippy::unwrap_used)]

mod common;

use common::*;
use cv_core::{Cv, Error};
use proptest::prelude::*;
use serde_json::{Value, json};

fn parse(text: &str) -> Value {
    serde_json::from_str(text).expect("valid JSON")
}

#[test]
fn examples_round_trip_unchanged_and_have_no_validation_errors() {
    for (file, cv) in examples() {
        let original = parse(&std::fs::read_to_string(examples_dir().join(&file)).unwrap());
        let saved = parse(&cv.to_json_pretty());
        if original.get("cvimprover").is_some() {
            assert_eq!(saved, original, "{file}: load → save changed the document");
        }
        let errors: Vec<_> = cv_core::validate(&cv)
            .into_iter()
            .filter(|i| i.level == cv_core::Level::Error)
            .collect();
        assert!(errors.is_empty(), "{file}: {errors:?}");
    }
}

#[test]
fn plain_json_resume_round_trips_and_keeps_unknown_fields() {
    let path = examples_dir().join("plain-json-resume.json");
    let original = parse(&std::fs::read_to_string(&path).unwrap());
    assert!(
        original.get("cvimprover").is_none(),
        "the example must be plain JSON Resume"
    );
    let cv = load(&path);
    assert_eq!(cv.to_json_resume(), original);
    let mut ids = Vec::new();
    let mut cv = cv;
    cv.for_each_id_mut(|id| ids.push(id.clone()));
    assert!(
        ids.iter().all(|id| !id.is_empty()),
        "every entry gets an id"
    );
    let unique: std::collections::HashSet<_> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "ids are unique");
}

#[test]
fn unknown_fields_survive_at_every_level() {
    let doc = json!({
        "$schema": "https://example.com/schema.json",
        "x-top": {"a": [1, 2]},
        "basics": {"name": "A", "pronouns": "she/her", "location": {"city": "B", "x": 1}},
        "work": [{"name": "C", "x-team": "core", "highlights": []}],
        "cvimprover": {"schemaVersion": 1, "x-ext": true, "design": {"template": "modern", "x-d": 2}}
    });
    let cv = Cv::from_json_value(doc.clone()).unwrap();
    let mut saved = parse(&cv.to_json_pretty());
    saved["work"][0].as_object_mut().unwrap().remove("id");
    assert_eq!(saved, doc);
}

#[test]
fn bad_documents_get_located_errors() {
    let cases: [(&str, &str); 8] = [
        (
            "{\n  \"basics\": {\"name\": \"A\",}\n}",
            "invalid JSON at line 2, column 26: trailing comma",
        ),
        (
            "{\"work\": [{\"startDate\": 2020}]}",
            "work[0].startDate: invalid type: integer `2020`, expected a string",
        ),
        (
            "{\"work\": {\"name\": \"A\"}}",
            "work: invalid type: map, expected a sequence",
        ),
        ("[1, 2]", "expected a JSON object, got an array"),
        (
            "{\"basics\": {\"name\": \"\\ud800\"}}",
            "invalid JSON at line 1, column",
        ),
        (
            "{\"cvimprover\": {\"schemaVersion\": 99}}",
            "schema version 99",
        ),
        (
            "{\"cvimprover\": {\"schemaVersion\": 1, \"design\": {\"pageSize\": \"a5\"}}}",
            "cvimprover.design.pageSize: unknown variant `a5`",
        ),
        (
            "",
            "invalid JSON at line 1, column 0: EOF while parsing a value",
        ),
    ];
    for (input, wanted) in cases {
        let err = Cv::from_json_str(input).unwrap_err().to_string();
        assert!(
            err.contains(wanted),
            "{input:?}: got {err:?}, wanted {wanted:?}"
        );
    }
}

#[test]
fn oversized_documents_are_refused_before_parsing() {
    let big = format!(
        "{{\"basics\": {{\"summary\": \"{}\"}}}}",
        "x".repeat(6 * 1024 * 1024)
    );
    assert!(matches!(
        Cv::from_json_str(&big),
        Err(Error::TooLarge { .. })
    ));
    let many = json!({"work": vec![json!({"name": "A"}); 10_000]});
    let err = Cv::from_json_value(many).unwrap_err();
    assert_eq!(
        err.to_string(),
        "work has 10000 entries; at most 500 are supported"
    );
    let spread: serde_json::Map<String, Value> =
        ["work", "education", "projects", "skills", "awards"]
            .iter()
            .map(|k| (k.to_string(), json!(vec![json!({"name": "A"}); 450])))
            .collect();
    let err = Cv::from_json_value(Value::Object(spread)).unwrap_err();
    assert!(
        err.to_string().starts_with("the document has 2250 entries"),
        "{err}"
    );
}

#[test]
fn the_largest_allowed_document_renders() {
    let work: Vec<Value> = (0..500)
        .map(|i| json!({"name": format!("Company {i}"), "position": "Engineer", "startDate": "2020-01", "highlights": ["Did a thing"]}))
        .collect();
    let cv = Cv::from_json_value(json!({"basics": {"name": "Many Jobs"}, "work": work})).unwrap();
    let compiled = RENDERER.compile(&cv).unwrap();
    assert!(compiled.page_count() > 20);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Any text, including control characters and markup, survives a save and reload.
    #[test]
    fn any_text_round_trips(name in any::<String>(), bullets in proptest::collection::vec(any::<String>(), 0..4)) {
        let doc = json!({"basics": {"name": name}, "work": [{"position": "P", "highlights": bullets}]});
        let cv = Cv::from_json_value(doc).unwrap();
        let again = Cv::from_json_str(&cv.to_json_pretty()).unwrap();
        prop_assert_eq!(again, cv);
    }
}
