//! `cvimprover import` on PDFs through the real binary: our PDFs round-trip, and every kind of bad
//! PDF ends with its own message and exit code within a few seconds.

#![allow(clippy::unwrap_used)]

#[path = "../../cv-core/tests/common/bad_pdfs.rs"]
mod bad_pdfs;

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use common::examples;

/// Runs the binary in `dir`; returns exit code, stderr and how long it took.
fn run_in(dir: &Path, args: &[&str]) -> (i32, String, Duration) {
    let started = Instant::now();
    let (code, _, stderr) = common::run_in(dir, args);
    (code, stderr, started.elapsed())
}

#[test]
fn our_pdf_imports_to_the_document_it_was_rendered_from() {
    let dir = tempfile::tempdir().unwrap();
    let source = examples().join("german.json");
    let source = source.to_str().unwrap();
    let (code, err, _) = run_in(dir.path(), &["render", source, "-o", "cv.pdf"]);
    assert_eq!(code, 0, "{err}");
    let (code, err, _) = run_in(
        dir.path(),
        &["import", "cv.pdf", "-o", "back.json", "--report"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("restored exactly"), "{err}");
    let back = std::fs::read_to_string(dir.path().join("back.json")).unwrap();
    let original = cv_core::Cv::from_json_str(&std::fs::read_to_string(source).unwrap()).unwrap();
    assert_eq!(back, original.to_json_pretty() + "\n");
}

#[test]
fn each_bad_pdf_ends_with_its_own_message_and_exit_code() {
    let dir = tempfile::tempdir().unwrap();
    let source = examples().join("software-engineer.json");
    let (code, err, _) = run_in(
        dir.path(),
        &["render", source.to_str().unwrap(), "-o", "ours.pdf"],
    );
    assert_eq!(code, 0, "{err}");
    let ours = std::fs::read(dir.path().join("ours.pdf")).unwrap();
    let stripped = cv_core::import::pdf::without_source(&ours).unwrap();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../cv-core/tests/fixtures");
    let mut header_noise = b"%PDF-1.7\n".to_vec();
    header_noise.extend(bad_pdfs::noise(20_000, 3));
    let cases: Vec<(&str, Vec<u8>, i32, &str)> = vec![
        ("empty.pdf", Vec::new(), 15, "the file is empty"),
        (
            "noise.bin",
            bad_pdfs::noise(20_000, 5),
            8,
            "is not a PDF, JSON or YAML file",
        ),
        ("noise.pdf", header_noise, 9, "this PDF is damaged"),
        (
            "truncated.pdf",
            ours[..ours.len() / 2].to_vec(),
            9,
            "this PDF is damaged",
        ),
        (
            "encrypted.pdf",
            std::fs::read(fixtures.join("encrypted.pdf")).unwrap(),
            10,
            "this PDF is encrypted",
        ),
        (
            "scan.pdf",
            bad_pdfs::scanned(),
            11,
            "no text layer: it looks scanned",
        ),
        (
            "unmapped.pdf",
            bad_pdfs::without_unicode_maps(&stripped),
            12,
            "fonts have no Unicode map",
        ),
        (
            "500-pages.pdf",
            bad_pdfs::many_pages(500),
            13,
            "it has 500 pages",
        ),
        (
            "30mb.pdf",
            bad_pdfs::huge(30_000_000),
            13,
            "too large to import",
        ),
        (
            "45mb.pdf",
            bad_pdfs::huge(45_000_000),
            13,
            "larger than 40 MiB",
        ),
    ];
    for (name, bytes, expected_code, message) in cases {
        std::fs::write(dir.path().join(name), bytes).unwrap();
        let (code, err, took) = run_in(dir.path(), &["import", name, "-o", "out.json"]);
        assert_eq!(code, expected_code, "{name}: {err}");
        assert!(err.contains(message), "{name}: {err}");
        assert!(!err.contains("panicked"), "{name}: {err}");
        assert!(took < Duration::from_secs(5), "{name} took {took:?}");
        assert!(!dir.path().join("out.json").exists(), "{name} wrote output");
        eprintln!(
            "{name:<14} exit {code:>2} in {:>5} ms: {}",
            took.as_millis(),
            err.trim()
        );
    }
}
