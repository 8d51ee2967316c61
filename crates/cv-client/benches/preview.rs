//! The Rust side of "typing a character → updated preview" (issue 5: ≤ 10 ms): one character
//! appended to the name of the two-page example, then `Previewer::render` until every page's
//! address is ready (the changed pages drawn as PNGs 794 px wide). Also compiling alone, drawing
//! one page as a bitmap at two scales, and the old way (every page drawn as SVG) for comparison.
//!
//! `cargo bench -p cv-client --bench preview`. Each iteration types a new character, so Typst's
//! cache never already holds the result.

#![allow(missing_docs)] // criterion_group! generates undocumented items

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use cv_client::Previewer;
use cv_core::{Cv, Renderer};

/// A page 794 px wide: an A4 page at 100 % zoom in a pane that wide, on a 1x screen.
const WIDTH: u32 = 794;

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
    let first = previewer
        .render(&cv, 0, WIDTH)
        .expect("renders")
        .expect("fresh");
    assert_eq!(first.page_count, 2, "the benchmark CV has two pages");

    let mut generation = 0;
    c.bench_function(
        "type a character, pages ready (changed pages drawn as PNG)",
        |b| {
            b.iter(|| {
                generation += 1;
                type_a_character(&mut cv, generation);
                black_box(previewer.render(&cv, generation, WIDTH).expect("renders"))
            })
        },
    );

    let renderer = Renderer::new();
    c.bench_function("type a character, compile only", |b| {
        b.iter(|| {
            generation += 1;
            type_a_character(&mut cv, generation);
            black_box(renderer.compile(&cv).expect("compiles").page_count())
        })
    });
    // What the webview asks for once a render is done: the changed page as a bitmap, at the
    // scale it shows it. 1.33 px/pt is an A4 page 794 px wide (100 % zoom in a pane that wide on a
    // 1x screen); 2.67 px/pt the same on a 2x screen.
    let page = renderer
        .compile(&cv)
        .expect("compiles")
        .page_layout(0)
        .expect("page 1");
    for pixels_per_pt in [1.33, 2.67] {
        c.bench_function(
            &format!("page 1 as a screen PNG at {pixels_per_pt} px/pt"),
            |b| b.iter(|| black_box(page.png_for_screen(pixels_per_pt).expect("draws"))),
        );
    }

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
