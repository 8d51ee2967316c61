//! PDF import end to end: our own PDFs come back exactly; every kind of bad PDF ends with its
//! own error, quickly; mutated PDFs never crash the importer.

#![allow(clippy::unwrap_used)]

mod common;

use std::time::{Duration, Instant};

use common::bad_pdfs::{self, Rng};
use common::{FIXED, RENDERER, examples, with_template};
use cv_core::import::pdf::{import_pdf, without_source};
use cv_core::import::{Source, import};
use cv_core::{Cv, Error};

fn render(cv: &Cv) -> Vec<u8> {
    RENDERER.compile(cv).unwrap().pdf(&FIXED).unwrap()
}

fn fixture(name: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn our_pdfs_come_back_exactly() {
    for (name, cv) in examples() {
        for template in ["classic", "modern", "sidebar", "compact"] {
            let cv = with_template(&cv, template);
            let pdf = render(&cv);
            let started = Instant::now();
            let imported = import(&pdf, Some("cv.pdf")).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert!(started.elapsed() < Duration::from_secs(1), "{name}: slow");
            assert_eq!(imported.source, Source::OwnPdf, "{name} {template}");
            assert_eq!(
                imported.cv, cv,
                "{name} {template}: restored document differs"
            );
            assert_eq!(imported.cv.to_json_pretty(), cv.to_json_pretty());
            assert!(imported.unplaced.is_empty() && imported.fields.is_empty());
        }
    }
}

/// The fast path (a byte scan, no parse) finds exactly what the name-tree walk finds, and a file
/// with an incremental update goes the long way but still comes back exactly.
#[test]
fn the_fast_path_agrees_with_the_name_tree() {
    use cv_core::import::pdf::document::{open, source_attachment, source_fast};
    let (_, cv) = examples().into_iter().next().unwrap();
    let pdf = render(&cv);
    let fast = source_fast(&pdf).expect("Typst's layout is recognised");
    assert_eq!(Some(fast), source_attachment(&open(&pdf).unwrap()));
    // An empty incremental update: a second trailer pointing at the same cross-reference table.
    let text = String::from_utf8_lossy(&pdf);
    let startxref = text
        .rsplit("startxref")
        .next()
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap();
    let mut updated = pdf.clone();
    updated.extend_from_slice(format!("\nstartxref\n{startxref}\n%%EOF\n").as_bytes());
    assert_eq!(source_fast(&updated), None);
    assert_eq!(import_pdf(&updated).unwrap().cv, cv);
}

/// Our four templates without the attachment, for every example: the text importer finds the
/// name, the e-mail, every job with its start date, and (the sidebar being two columns) reads the
/// summary whole, not interleaved with the sidebar.
#[test]
fn our_templates_without_the_attachment_import_from_text() {
    for (name, cv) in examples() {
        for template in ["classic", "modern", "sidebar", "compact"] {
            let cv = with_template(&cv, template);
            let pdf = without_source(&render(&cv)).unwrap();
            let imported = import_pdf(&pdf).unwrap_or_else(|e| panic!("{name} {template}: {e}"));
            let what = format!("{name} {template}");
            assert_eq!(imported.source, Source::Pdf);
            let (truth, got) = (
                cv.basics.clone().unwrap(),
                imported.cv.basics.clone().unwrap(),
            );
            assert_eq!(got.name, truth.name, "{what}");
            assert_eq!(got.email, truth.email, "{what}");
            assert!(
                imported
                    .fields
                    .iter()
                    .all(|f| (0.0..=1.0).contains(&f.confidence))
            );
            let starts = |cv: &Cv| -> Vec<String> {
                let work = cv.work.iter().flatten();
                work.map(|w| {
                    w.start_date
                        .clone()
                        .unwrap_or_default()
                        .chars()
                        .take(4)
                        .collect()
                })
                .collect()
            };
            assert_eq!(
                starts(&imported.cv),
                starts(&cv),
                "{what}: jobs and their start years"
            );
            if name == "software-engineer.json" {
                let squash = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
                assert_eq!(
                    got.summary.as_deref().map(squash),
                    truth.summary.as_deref().map(squash),
                    "{what}: summary"
                );
            }
        }
    }
}

/// Asserts that `bytes` fails with an error for which `expected` holds, within `seconds`.
#[track_caller]
fn assert_fails(what: &str, bytes: &[u8], expected: impl Fn(&Error) -> bool) {
    let started = Instant::now();
    let result = import(bytes, Some("cv.pdf"));
    let took = started.elapsed();
    match result {
        Err(e) if expected(&e) => {}
        Err(e) => panic!("{what}: unexpected error: {e:?}"),
        Ok(i) => panic!("{what}: imported although it should not: {:?}", i.unplaced),
    }
    assert!(took < Duration::from_secs(5), "{what}: took {took:?}");
}

#[test]
fn each_bad_pdf_has_its_own_error() {
    let (_, cv) = examples().into_iter().next().unwrap();
    let ours = render(&cv);
    assert_fails("zero bytes", b"", |e| matches!(e, Error::Empty));
    assert_fails("random bytes", &bad_pdfs::noise(10_000, 7), |e| {
        matches!(e, Error::UnknownFormat)
    });
    let mut noisy = b"%PDF-1.7\n".to_vec();
    noisy.extend(bad_pdfs::noise(10_000, 9));
    assert_fails("random bytes after a PDF header", &noisy, |e| {
        matches!(e, Error::PdfDamaged(_))
    });
    assert_fails("truncated", &ours[..ours.len() / 3], |e| {
        matches!(e, Error::PdfDamaged(_))
    });
    assert_fails("encrypted", &fixture("encrypted.pdf"), |e| {
        matches!(e, Error::PdfEncrypted)
    });
    assert_fails("scanned", &bad_pdfs::scanned(), |e| {
        matches!(e, Error::PdfNoText)
    });
    assert_fails(
        "500 pages",
        &bad_pdfs::many_pages(500),
        |e| matches!(e, Error::PdfTooLarge(m) if m.contains("500 pages")),
    );
    assert_fails(
        "30 MB",
        &bad_pdfs::huge(30_000_000),
        |e| matches!(e, Error::PdfTooLarge(m) if m.contains("MiB")),
    );
    let unmapped = bad_pdfs::without_unicode_maps(&without_source(&ours).unwrap());
    assert_fails("fonts without a Unicode map", &unmapped, |e| {
        matches!(e, Error::PdfUnreadableText)
    });
}

#[test]
fn an_encrypted_pdf_with_an_empty_user_password_opens() {
    // Owner password only: anyone may open it, so it is not "encrypted" for the user.
    let imported = import_pdf(&fixture("owner-password-only.pdf")).unwrap();
    assert_eq!(imported.cv.name(), Some("Jane Doe"));
}

/// Deterministic mutations of valid PDFs, a bounded number and time: every result is a document
/// or a PDF error, and no panic escapes (a panic would fail this test).
#[test]
fn mutated_pdfs_never_crash_the_importer() {
    let (_, cv) = examples().into_iter().next().unwrap();
    let ours = render(&cv);
    let seeds = [
        bad_pdfs::simple_text_pdf(),
        without_source(&ours).unwrap(),
        ours,
    ];
    let mut rng = Rng(0x5eed_cafe);
    let started = Instant::now();
    let (mut ok, mut failed, mut runs) = (0, 0, 0);
    while runs < 400 && started.elapsed() < Duration::from_secs(40) {
        let seed = &seeds[runs % seeds.len()];
        let mut mutant = bad_pdfs::mutate(seed, &mut rng);
        if rng.below(4) == 0 {
            mutant = bad_pdfs::mutate(&mutant, &mut rng);
        }
        let one = Instant::now();
        match import(&mutant, Some("cv.pdf")) {
            Ok(_) => ok += 1,
            Err(
                Error::PdfDamaged(_)
                | Error::PdfNoText
                | Error::PdfUnreadableText
                | Error::PdfTooLarge(_)
                | Error::PdfTimeout { .. }
                | Error::UnknownFormat
                | Error::Empty,
            ) => failed += 1,
            Err(other) => panic!("mutation {runs}: unexpected error {other:?}"),
        }
        assert!(
            one.elapsed() < Duration::from_secs(7),
            "mutation {runs} took {:?}",
            one.elapsed()
        );
        runs += 1;
    }
    assert!(runs >= 50, "only {runs} mutations ran");
    eprintln!("{runs} mutated PDFs: {ok} imported, {failed} refused with a clear error");
}

#[test]
fn a_profile_shown_only_as_a_linked_word_is_read_from_the_link() {
    let pdf = bad_pdfs::text_pdf(&[
        ("Jane Doe", 780),
        ("jane@example.com", 760),
        ("LinkedIn", 745),
        ("Experience", 700),
        ("Engineer, Acme GmbH  2019 - 2021", 680),
    ]);
    let pdf = bad_pdfs::with_link(
        &pdf,
        [70, 741, 120, 755],
        "https://www.linkedin.com/in/jane-doe/",
    );
    // A link in the body is the entry's business, not a contact.
    let pdf = bad_pdfs::with_link(&pdf, [70, 676, 200, 690], "https://acme.example/");
    let imported = import_pdf(&pdf).unwrap();
    let basics = imported.cv.basics.unwrap();
    let urls: Vec<String> = basics
        .profiles
        .unwrap_or_default()
        .into_iter()
        .filter_map(|p| p.url)
        .collect();
    assert_eq!(urls, ["https://www.linkedin.com/in/jane-doe/"]);
    assert_eq!(basics.email.as_deref(), Some("jane@example.com"));
    assert_eq!(basics.url, None);
}
