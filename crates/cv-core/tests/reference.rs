//! Reference renders: page 1 of the engineer example in every template, compared with the PNGs
//! committed in `tests/reference/` by a tolerant pixel diff (font rasterisation may move by a
//! pixel between platforms; a layout change moves far more).
//!
//! After an intended visual change: `UPDATE_REFERENCES=1 cargo test -p cv-core --test reference`,
//! then look at the new PNGs before committing them.

#![allow(clippy::unwrap_used)]

mod common;

use std::path::PathBuf;

use common::*;
use cv_core::render::TEMPLATES;

/// Pixels per point of the references: small files, enough to see a layout shift.
const SCALE: f64 = 0.6;
/// A pixel differs when a channel moves by more than this.
const CHANNEL_TOLERANCE: u8 = 48;
/// The share of differing pixels that fails the test.
const MAX_DIFFERING: f64 = 0.005;

fn decode(png_bytes: &[u8]) -> (u32, u32, Vec<u8>) {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(png_bytes));
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder.read_info().expect("valid PNG");
    let mut buf = vec![0; reader.output_buffer_size().expect("sized")];
    let info = reader.next_frame(&mut buf).expect("a frame");
    let channels = info.color_type.samples();
    let rgb = buf[..info.buffer_size()]
        .chunks(channels)
        .flat_map(|px| [px[0], px[1 % channels], px[2 % channels]])
        .collect();
    (info.width, info.height, rgb)
}

fn differing_share(a: &[u8], b: &[u8]) -> f64 {
    let differing = a
        .chunks(3)
        .zip(b.chunks(3))
        .filter(|(x, y)| {
            x.iter()
                .zip(y.iter())
                .any(|(p, q)| p.abs_diff(*q) > CHANNEL_TOLERANCE)
        })
        .count();
    differing as f64 / (a.len() / 3) as f64
}

#[test]
fn first_pages_match_their_references() {
    let cv = example("software-engineer.json");
    let update = std::env::var_os("UPDATE_REFERENCES").is_some();
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/reference");
    let mut failures = Vec::new();
    for template in &TEMPLATES {
        let compiled = RENDERER
            .compile(&with_template(&cv, template.name))
            .unwrap();
        let actual = compiled.png(0, SCALE).unwrap();
        let path = dir.join(format!("{}.png", template.name));
        if update {
            std::fs::write(&path, &actual).unwrap();
            continue;
        }
        let Ok(expected) = std::fs::read(&path) else {
            failures.push(format!(
                "{}: no reference; run with UPDATE_REFERENCES=1",
                template.name
            ));
            continue;
        };
        let (w1, h1, a) = decode(&actual);
        let (w2, h2, b) = decode(&expected);
        if (w1, h1) != (w2, h2) {
            failures.push(format!(
                "{}: size {w1}x{h1}, reference {w2}x{h2}",
                template.name
            ));
            continue;
        }
        let share = differing_share(&a, &b);
        if share > MAX_DIFFERING {
            let seen =
                std::env::temp_dir().join(format!("cvimprover-{}-actual.png", template.name));
            std::fs::write(&seen, &actual).unwrap();
            failures.push(format!(
                "{}: {:.2}% of pixels differ (limit {:.2}%); actual saved to {}",
                template.name,
                share * 100.0,
                MAX_DIFFERING * 100.0,
                seen.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_diff_notices_a_changed_layout() {
    // Guards the guard: a one-line change to the CV must exceed the tolerance.
    let cv = example("software-engineer.json");
    let mut moved = cv.clone();
    moved.basics.as_mut().unwrap().label = Some(
        "A much longer headline that wraps onto a second line and pushes everything down the page"
            .into(),
    );
    let render = |cv| {
        RENDERER
            .compile(&with_template(cv, "modern"))
            .unwrap()
            .png(0, SCALE)
            .unwrap()
    };
    let (_, _, a) = decode(&render(&cv));
    let (_, _, b) = decode(&render(&moved));
    assert!(differing_share(&a, &b) > MAX_DIFFERING);
}
