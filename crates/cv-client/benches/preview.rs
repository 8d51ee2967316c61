//! The Rust side of "typing a character → updated preview" (issue 5: ≤ 10 ms): one character
//! appended to the name of the two-page example, then `Previewer::render` until every tile's
//! address is ready (the changed tiles drawn as PNGs, pages 794 px wide). Also compiling alone,
//! cutting a page into tiles, drawing every tile of a page at two scales, and the old way (every
//! page drawn as SVG) for comparison.
//!
//! `cargo bench -p cv-client --bench preview`. Each iteration types a new character, so Typst's
//! cache never already holds the result.

#![allow(missing_docs)] // criterion_group! generates undocumented items

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use cv_client::Previewer;
use cv_client::preview::TILE_PIXELS;
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
        "type a character, tiles ready (changed tiles drawn as PNG)",
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
    // Every tile of page 1, as after a zoom. 794 px wide is an A4 page at 100 % zoom in a pane
    // that wide on a 1x screen; 1588 px the same on a 2x screen.
    let page = renderer
        .compile(&cv)
        .expect("compiles")
        .page_layout(0)
        .expect("page 1");
    c.bench_function("page 1 cut into tiles, 794 px", |b| {
        b.iter(|| black_box(page.tiles(WIDTH, TILE_PIXELS)))
    });
    for width in [WIDTH, 2 * WIDTH] {
        let tiles = page.tiles(width, TILE_PIXELS);
        c.bench_function(
            &format!("page 1, every tile drawn as PNG, {width} px"),
            |b| {
                b.iter(|| {
                    let pngs: Vec<Vec<u8>> =
                        tiles.iter().map(|t| t.png().expect("draws")).collect();
                    black_box(pngs)
                })
            },
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
