//! Helpers shared by the integration tests: the examples, one renderer, and poppler's
//! `pdftotext` as an independent reader of our PDFs.

#![allow(dead_code, clippy::unwrap_used)]

pub mod bad_pdfs;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::LazyLock;

use cv_core::model::Design;
use cv_core::{Cv, PdfSettings, Renderer};

/// One renderer for the whole test binary, as the app keeps one.
pub static RENDERER: LazyLock<Renderer> = LazyLock::new(Renderer::new);

/// A fixed creation date so PDFs are comparable.
pub const FIXED: PdfSettings = PdfSettings {
    timestamp: Some(1_767_225_600),
};

/// The repository's `examples/` folder.
pub fn examples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples")
}

/// Every example's file name (sorted) and its loaded document.
pub fn examples() -> Vec<(String, Cv)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(examples_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(files.len() >= 5, "examples/ should hold at least five CVs");
    files.iter().map(|p| (file_name(p), load(p))).collect()
}

fn file_name(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}

/// Loads a document, failing the test with the loader's message.
#[track_caller]
pub fn load(path: &Path) -> Cv {
    let text = std::fs::read_to_string(path).unwrap();
    Cv::from_json_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Loads `examples/<name>`.
#[track_caller]
pub fn example(name: &str) -> Cv {
    load(&examples_dir().join(name))
}

/// `cv` with its template set to `template`.
pub fn with_template(cv: &Cv, template: &str) -> Cv {
    let mut cv = cv.clone();
    let design = cv.cvimprover.design.get_or_insert_with(Design::default);
    design.template = Some(template.to_owned());
    cv
}

/// Renders `cv` to PDF bytes with the fixed date.
#[track_caller]
pub fn pdf(cv: &Cv) -> Vec<u8> {
    let compiled = RENDERER.compile(cv).unwrap_or_else(|e| panic!("{e}"));
    compiled.pdf(&FIXED).unwrap()
}

/// Runs a poppler tool on `pdf` and returns its standard output.
#[track_caller]
pub fn poppler(tool: &str, args: &[&str], pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("cv.pdf");
    std::fs::write(&file, pdf).unwrap();
    let mut command = Command::new(tool);
    command.args(args).arg(&file);
    if tool == "pdftotext" {
        command.arg("-");
    }
    let output = command
        .output()
        .unwrap_or_else(|e| panic!("{tool} is needed for this test (poppler-utils): {e}"));
    assert!(
        output.status.success(),
        "{tool} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// The PDF's text as poppler reads it, whitespace collapsed to single spaces.
pub fn text_of(pdf: &[u8]) -> String {
    collapse(&poppler("pdftotext", &[], pdf))
}

/// Collapses runs of whitespace into one space.
pub fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
