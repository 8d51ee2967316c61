//! Rendering through the real Typst pipeline, read back with poppler: every template shows every
//! example's content in order, output is reproducible, hostile text prints literally, the source
//! travels inside the PDF, and right-to-left CVs lay out right to left.

#![allow(clippy::unwrap_used)]

mod common;

use common::*;
use cv_core::model::{Basics, Cv, Work};
use cv_core::render::TEMPLATES;

/// Headings that must appear in reading order: name first, then each job's title and company,
/// then each school.
fn expected_in_order(cv: &Cv) -> Vec<String> {
    let mut out = vec![cv.name().unwrap().to_owned()];
    for w in cv.work.iter().flatten() {
        out.extend(w.position.iter().chain(w.name.iter()).cloned());
    }
    for e in cv.education.iter().flatten() {
        out.extend(e.institution.clone());
    }
    out
}

#[test]
fn every_template_shows_every_example_in_reading_order() {
    for (file, cv) in examples() {
        if file.starts_with("arabic") {
            continue; // right-to-left text is checked by its own test below
        }
        for template in &TEMPLATES {
            let text = text_of(&pdf(&with_template(&cv, template.name)));
            let mut from = 0;
            for (i, wanted) in expected_in_order(&cv).iter().enumerate() {
                let wanted = collapse(wanted);
                let found = text[from..].find(&wanted).unwrap_or_else(|| {
                    panic!(
                        "{file} in {}: \"{wanted}\" missing after byte {from}:\n{text}",
                        template.name
                    )
                });
                if i == 0 {
                    assert!(
                        found < 5,
                        "{file} in {}: the name must come first:\n{text}",
                        template.name
                    );
                }
                from += found + wanted.len();
            }
        }
    }
}

#[test]
fn pdfs_are_byte_identical_for_the_same_input_and_date() {
    let cv = example("software-engineer.json");
    let first = cv_core::Renderer::new()
        .compile(&cv)
        .unwrap()
        .pdf(&FIXED)
        .unwrap();
    let second = pdf(&cv);
    assert!(first == second, "two renders of the same CV differ");
    let later = cv_core::PdfSettings {
        timestamp: Some(FIXED.timestamp.unwrap() + 86_400),
    };
    let dated = RENDERER.compile(&cv).unwrap().pdf(&later).unwrap();
    assert!(
        dated != first,
        "the creation date should be part of the PDF"
    );
}

#[test]
fn hostile_text_prints_literally_in_every_template() {
    let hostile = "#set text(red) $x$ ] [ <script> #panic(\"boom\") \\ @ref";
    let cv = Cv {
        basics: Some(Basics {
            name: Some(hostile.into()),
            ..Basics::default()
        }),
        work: Some(vec![Work {
            position: Some("*bold* _emph_ `raw` = heading".into()),
            name: Some("#import \"/etc/passwd\"".into()),
            highlights: Some(vec!["- not a list\n+ nor this".into()]),
            ..Work::default()
        }]),
        ..Cv::default()
    };
    for template in &TEMPLATES {
        let text = text_of(&pdf(&with_template(&cv, template.name)));
        for literal in [
            hostile,
            "*bold* _emph_ `raw` = heading",
            "#import \"/etc/passwd\"",
            "- not a list",
        ] {
            assert!(
                text.contains(literal),
                "{}: {literal:?} not printed as is:\n{text}",
                template.name
            );
        }
    }
}

#[test]
fn the_source_document_is_attached_and_restores_exactly() {
    let cv = example("academic.json");
    let bytes = pdf(&cv);
    assert!(poppler("pdfdetach", &["-list"], &bytes).contains("cv.json"));
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("cv.pdf");
    std::fs::write(&file, &bytes).unwrap();
    let out = dir.path().join("cv.json");
    let status = std::process::Command::new("pdfdetach")
        .args(["-savefile", "cv.json", "-o"])
        .arg(&out)
        .arg(&file)
        .status()
        .unwrap();
    assert!(status.success());
    let restored = Cv::from_json_str(&std::fs::read_to_string(out).unwrap()).unwrap();
    assert_eq!(restored, cv);
}

#[test]
fn pdfs_are_tagged_with_title_author_and_embedded_fonts() {
    let cv = example("software-engineer.json");
    let bytes = pdf(&cv);
    let info = poppler("pdfinfo", &[], &bytes);
    let name = cv.name().unwrap();
    assert!(info.contains("Tagged:          yes"), "{info}");
    assert!(
        info.lines()
            .any(|l| l.starts_with("Title:") && l.contains(name)),
        "{info}"
    );
    assert!(
        info.lines()
            .any(|l| l.starts_with("Author:") && l.contains(name)),
        "{info}"
    );
    let fonts = poppler("pdffonts", &[], &bytes);
    for line in fonts.lines().skip(2) {
        assert!(line.contains(" yes "), "font not embedded: {line}");
    }
}

/// Where the first text line holding all of `words` ends, in points from the page's left edge.
fn line_x_max(pdf: &[u8], words: &[&str]) -> Option<f64> {
    let layout = poppler("pdftotext", &["-bbox-layout"], pdf);
    // In bounding-box mode poppler writes right-to-left words in visual order, reversed.
    let matches = |found: &str, wanted: &str| {
        let found = found.trim_matches(|c: char| c.is_ascii_punctuation() || "،·".contains(c));
        found == wanted || found.chars().rev().eq(wanted.chars())
    };
    let mut lines = layout.split("<line ").skip(1);
    lines.find_map(|line| {
        let found: Vec<&str> = line
            .split("<word ")
            .skip(1)
            .filter_map(|w| {
                w.split_once('>')
                    .and_then(|(_, rest)| rest.split_once("</word>"))
            })
            .map(|(text, _)| text)
            .collect();
        let same = words.iter().all(|w| found.iter().any(|f| matches(f, w)));
        same.then(|| attr(line, "xMax"))
    })
}

#[test]
fn right_to_left_cvs_lay_out_right_to_left() {
    let cv = example("arabic.json");
    let name = cv.name().unwrap().to_owned();
    let mut as_ltr = cv.clone();
    as_ltr.cvimprover.locale = Some("en".into());
    // The shortest job title is a line of its own at the start edge in every template: at the
    // right in a right-to-left layout, at the left when the same CV is laid out left to right.
    let title = cv
        .work
        .iter()
        .flatten()
        .filter_map(|w| w.position.clone())
        .min_by_key(String::len)
        .unwrap();
    let title_words: Vec<&str> = title.split_whitespace().collect();
    for template in &TEMPLATES {
        let rtl = pdf(&with_template(&cv, template.name));
        let ltr = pdf(&with_template(&as_ltr, template.name));
        // poppler maps some Arabic ligatures back to letters in the wrong order, so look for
        // most of the name's words rather than every one.
        let text = text_of(&rtl);
        let words: Vec<&str> = name.split_whitespace().collect();
        let found = words.iter().filter(|w| text.contains(**w)).count();
        assert!(
            found * 2 > words.len(),
            "{}: name {name} missing:\n{text}",
            template.name
        );
        let x_rtl = line_x_max(&rtl, &title_words)
            .unwrap_or_else(|| panic!("{}: {title} not found", template.name));
        let x_ltr = line_x_max(&ltr, &title_words)
            .unwrap_or_else(|| panic!("{}: {title} not found (ltr)", template.name));
        assert!(
            x_rtl > x_ltr + 50.0,
            "{}: {title} ends at {x_rtl} (rtl) vs {x_ltr} (ltr)",
            template.name
        );
    }
}

fn attr(line: &str, name: &str) -> f64 {
    let start = line.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
    let rest = &line[start..];
    rest[..rest.find('"').unwrap()].parse().unwrap()
}

#[test]
fn letter_and_a4_pages_have_their_sizes() {
    let cv = example("designer.json");
    for (page, want) in [
        (cv_core::model::PageSize::A4, "595.276 x 841.89"),
        (cv_core::model::PageSize::Letter, "612 x 792"),
    ] {
        let mut cv = cv.clone();
        cv.cvimprover
            .design
            .get_or_insert_with(Default::default)
            .page_size = Some(page);
        for template in &TEMPLATES {
            let info = poppler("pdfinfo", &[], &pdf(&with_template(&cv, template.name)));
            assert!(info.contains(want), "{} {page:?}: {info}", template.name);
        }
    }
}

#[test]
fn characters_no_font_has_are_named_in_a_warning() {
    let mut cv = example("software-engineer.json");
    // Supplementary Private Use Area: no real font maps it.
    cv.basics.as_mut().unwrap().label = Some("Engineer \u{F0041}".into());
    let compiled = RENDERER.compile(&cv).unwrap();
    let warning = compiled
        .warnings
        .iter()
        .find(|w| w.message.contains("U+F0041"));
    assert!(warning.is_some(), "{:?}", compiled.warnings);
    let clean = RENDERER.compile(&example("german.json")).unwrap();
    assert!(clean.warnings.is_empty(), "{:?}", clean.warnings);
}

#[test]
fn svg_and_png_pages_match_the_pdf_page_count() {
    let compiled = RENDERER
        .compile(&example("software-engineer.json"))
        .unwrap();
    let pages = compiled.page_count();
    assert!(
        pages >= 2,
        "the engineer example is a two-page CV, got {pages}"
    );
    let svg = compiled.svg(pages - 1).unwrap();
    assert!(svg.starts_with("<svg"), "{}", &svg[..60]);
    let png = compiled.png(0, 1.0).unwrap();
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    let err = compiled.svg(pages).unwrap_err().to_string();
    assert!(
        err.contains(&format!("the CV has {pages} page(s)")),
        "{err}"
    );
}

#[test]
fn preview_tiles_stacked_are_the_page_drawn_whole() {
    for template in &TEMPLATES {
        let cv = with_template(&example("software-engineer.json"), template.name);
        let compiled = RENDERER.compile(&cv).unwrap();
        for (index, width) in [(0, 622), (1, 900)] {
            let page = compiled.page_layout(index).unwrap();
            let whole = decode(
                &compiled
                    .png(index, f64::from(width) / page.width_pt())
                    .unwrap(),
            );
            let mut stacked = Vec::new();
            for tile in page.tiles(width, 64) {
                let (w, h, rgba) = decode(&tile.png().unwrap());
                assert_eq!((w, h), (width, tile.height_px()));
                stacked.extend(rgba);
            }
            assert_eq!(
                (whole.0, whole.1),
                (width, page.height_px(width)),
                "{}",
                template.name
            );
            // Up to rounding: a glyph's position within its pixel is computed in f32 from another
            // offset in a tile, so some of its edge pixels come out one level (of 255) apart.
            let worst = whole
                .2
                .iter()
                .zip(&stacked)
                .map(|(a, b)| a.abs_diff(*b))
                .max();
            let differing = whole.2.iter().zip(&stacked).filter(|(a, b)| a != b).count();
            assert_eq!(stacked.len(), whole.2.len());
            assert!(
                worst <= Some(2) && differing < stacked.len() / 100,
                "{} page {index} at {width} px: {differing} bytes differ, by up to {worst:?}",
                template.name
            );
        }
    }
}

/// Width, height and RGBA bytes of a PNG.
fn decode(png: &[u8]) -> (u32, u32, Vec<u8>) {
    let mut reader = png::Decoder::new(std::io::Cursor::new(png))
        .read_info()
        .unwrap();
    let mut rgba = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut rgba).unwrap();
    assert_eq!(info.color_type, png::ColorType::Rgba);
    rgba.truncate(info.buffer_size());
    (info.width, info.height, rgba)
}
