//! Speed of the offline ATS check (issue figure: a 2-page CV against a 1-page ad ≤ 10 ms).
//!
//! `cargo bench -p cv-core --bench analyze`. The vocabulary is parsed once per process (as the app
//! does); the first group measures that cost on its own, the second a full analysis after it.

#![allow(missing_docs)] // criterion_group! generates undocumented items

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use cv_core::Cv;
use cv_core::analyze::{self, Options, Vocabulary};
use cv_core::date::PartialDate;

fn read(relative: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples")
        .join(relative);
    std::fs::read_to_string(path).expect("the example exists")
}

fn bench(c: &mut Criterion) {
    let cv = Cv::from_json_str(&read("software-engineer.json")).expect("the example loads");
    let ad = read("jobs/backend-engineer.txt");
    let options = Options {
        page_count: Some(2),
        today: PartialDate::parse("2026-01"),
    };
    let json = include_str!("../data/vocabulary.json");

    c.bench_function("parse the vocabulary", |b| {
        b.iter(|| Vocabulary::from_json(black_box(json)).expect("parses"))
    });
    c.bench_function("analyze 2-page CV vs 1-page ad", |b| {
        b.iter(|| analyze::analyze(black_box(&cv), black_box(&ad), &options).expect("analyses"))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(50).measurement_time(std::time::Duration::from_secs(4));
    targets = bench
}
criterion_main!(benches);
