//! Rendering speed on the two-page engineer example (issue figures: warm render to PDF ≤ 15 ms,
//! re-render after one field ≤ 5 ms, page 1 to SVG after an edit ≤ 8 ms).
//!
//! `cargo bench -p cv-core --bench render`. Each edit writes a new value, so every iteration
//! recompiles what the change touches instead of hitting Typst's cache for an old value.

#![allow(missing_docs)] // criterion_group! generates undocumented items

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use cv_core::{Cv, PdfSettings, Renderer};

fn example() -> Cv {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/software-engineer.json");
    let text = std::fs::read_to_string(path).expect("the example exists");
    Cv::from_json_str(&text).expect("the example loads")
}

/// Changes one bullet of the first job to a value never rendered before.
fn edit(cv: &mut Cv, round: u64) {
    let job = cv.work.as_mut().and_then(|w| w.first_mut()).expect("a job");
    let bullets = job.highlights.get_or_insert_with(Vec::new);
    let text = format!("Cut p99 latency by {round} ms across the checkout path");
    match bullets.first_mut() {
        Some(first) => *first = text,
        None => bullets.push(text),
    }
}

fn render(c: &mut Criterion) {
    let renderer = Renderer::new();
    let cv = example();
    let settings = PdfSettings {
        timestamp: Some(1_767_225_600),
    };
    let pages = renderer.compile(&cv).expect("compiles").page_count();
    assert!(
        pages >= 2,
        "the benchmark CV should have two pages, has {pages}"
    );

    c.bench_function("new renderer (fonts + templates)", |b| {
        b.iter(|| black_box(Renderer::new()))
    });

    c.bench_function("warm render to PDF", |b| {
        b.iter(|| {
            renderer
                .compile(black_box(&cv))
                .and_then(|d| d.pdf(&settings))
                .expect("renders")
        })
    });

    // Each iteration edits the CV to a value never rendered before, then runs `output`.
    let mut edited = cv.clone();
    let mut round = 0;
    let mut after_edit = |name: &str, output: &dyn Fn(cv_core::Compiled) -> cv_core::Result<()>| {
        c.bench_function(name, |b| {
            b.iter(|| {
                round += 1;
                edit(&mut edited, round);
                renderer.compile(&edited).and_then(output).expect("renders")
            })
        });
    };
    after_edit("edit one field, compile", &|_| Ok(()));
    after_edit("edit one field, render to PDF", &|d| {
        d.pdf(&settings).map(drop)
    });
    after_edit("edit one field, page 1 to SVG", &|d| d.svg(0).map(drop));
    after_edit("edit one field, page 1 to PNG (1x)", &|d| {
        d.png(0, 1.0).map(drop)
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(40).measurement_time(std::time::Duration::from_secs(4));
    targets = render
}
criterion_main!(benches);
