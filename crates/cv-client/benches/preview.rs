//! The Rust side of "typing a character → updated preview" (issue 5: ≤ 10 ms): one character
//! appended to the name of the two-page example, then `Previewer::render` until every page's
//! address is ready (the changed pages drawn as SVG). Also the old way, every page drawn, for
//! comparison.
//!
//! `cargo bench -p cv-client --bench preview`. Each iteration types a new character, so Typst's
//! cache never already holds the result.

#![allow(missing_docs)] // criterion_group! generates undocumented items

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use cv_client::Previewer;
use cv_core::{Cv, Renderer};

fn example() -> Cv {
    Cv::from_json_str(include_str!("../../../examples/software-engineer.json"))
        .expect("the example loads")
}

/// The name with one more character, as typing does (restarting before it gets long).
fn type_a_character(cv: &mut Cv, round: u32) {
    let basics = cv.basics.get_or_insert_default();
    let name = basics.name.get_or_insert_default();
    if round.is_multiple_of(40) {
        name.truncate(name.find(' ').unwrap_or(name.len()));
    }
    name.push(char::from(b'a' + (round % 26) as u8));
}

fn preview(c: &mut Criterion) {
    let previewer = Previewer::new();
    let mut cv = example();
    let first = previewer.render(&cv, 0).expect("renders").expect("fresh");
    assert_eq!(first.page_count, 2, "the benchmark CV has two pages");

    let mut generation = 0;
    c.bench_function("type a character, pages ready (changed pages drawn)", |b| {
        b.iter(|| {
            generation += 1;
            type_a_character(&mut cv, generation);
            black_box(previewer.render(&cv, generation).expect("renders"))
        })
    });

    let renderer = Renderer::new();
    c.bench_function("type a character, compile only", |b| {
        b.iter(|| {
            generation += 1;
            type_a_character(&mut cv, generation);
            black_box(renderer.compile(&cv).expect("compiles").page_count())
        })
    });
    // The alternative to SVG: a bitmap the webview decodes cheaply (2 px/pt ≈ 144 dpi).
    c.bench_function("type a character, page 1 as PNG at 2 px/pt", |b| {
        b.iter(|| {
            generation += 1;
            type_a_character(&mut cv, generation);
            let compiled = renderer.compile(&cv).expect("compiles");
            black_box(compiled.png(0, 2.0).expect("draws"))
        })
    });

    c.bench_function("type a character, every page drawn (before)", |b| {
        b.iter(|| {
            generation += 1;
            type_a_character(&mut cv, generation);
            let compiled = renderer.compile(&cv).expect("compiles");
            let svgs: Vec<String> = (0..compiled.page_count())
                .map(|i| compiled.svg(i).expect("draws"))
                .collect();
            black_box(svgs)
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(40);
    targets = preview
}
criterion_main!(benches);
