//! PDF import speed (issue figures: a 2-page PDF we did not render ≤ 30 ms; our own PDF, restored
//! from its attachment, ≤ 5 ms).
//!
//! `cargo bench -p cv-core --bench import`. The "not ours" PDFs are the two-page engineer example
//! in each template with the `cv.json` attachment removed, so the whole text importer runs; the
//! WeasyPrint one, when `bench/import-accuracy/corpus/weasyprint/` holds it, is another
//! generator's PDF of the same CV.

#![allow(missing_docs)] // criterion_group! generates undocumented items

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use cv_core::import::pdf::{import_pdf, without_source};
use cv_core::model::Design;
use cv_core::{Cv, PdfSettings, Renderer};

fn example(template: &str) -> Cv {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/software-engineer.json");
    let text = std::fs::read_to_string(path).expect("the example exists");
    let mut cv = Cv::from_json_str(&text).expect("the example loads");
    let design = cv.cvimprover.design.get_or_insert_with(Design::default);
    design.template = Some(template.to_owned());
    cv
}

fn import(c: &mut Criterion) {
    let renderer = Renderer::new();
    let settings = PdfSettings {
        timestamp: Some(1_767_225_600),
    };
    let render = |cv: &Cv| {
        let compiled = renderer.compile(cv).expect("compiles");
        assert!(
            compiled.page_count() >= 2,
            "the benchmark CV should have two pages"
        );
        compiled.pdf(&settings).expect("writes a PDF")
    };

    let ours = render(&example("modern"));
    c.bench_function("import our own PDF (attachment)", |b| {
        b.iter(|| black_box(import_pdf(black_box(&ours)).expect("imports")))
    });

    for template in ["classic", "modern", "sidebar", "compact"] {
        let pdf = without_source(&render(&example(template))).expect("strips");
        c.bench_function(&format!("import 2-page PDF from text ({template})"), |b| {
            b.iter(|| black_box(import_pdf(black_box(&pdf)).expect("imports")))
        });
    }

    let weasy = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../bench/import-accuracy/corpus/weasyprint/software-engineer.pdf");
    if let Ok(pdf) = std::fs::read(weasy) {
        c.bench_function("import 2-page PDF from text (WeasyPrint)", |b| {
            b.iter(|| black_box(import_pdf(black_box(&pdf)).expect("imports")))
        });
    }
}

criterion_group!(benches, import);
criterion_main!(benches);
