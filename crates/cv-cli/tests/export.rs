//! `cvimprover export` as a user runs it, checked by outside tools: the official JSON Resume
//! schema (Node, `tools/schema-check`), LibreOffice (DOCX → PDF) and poppler (`pdftotext`).
//! `scripts/setup.sh` installs all three; a missing tool fails the test rather than skipping it,
//! so CI cannot pass without running the checks.

#![allow(clippy::unwrap_used)]

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn examples() -> Vec<PathBuf> {
    let mut all: Vec<PathBuf> = std::fs::read_dir(root().join("examples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    all.sort();
    assert!(all.len() >= 6, "examples missing: {all:?}");
    all
}

fn cvimprover(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cvimprover"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn export(cv: &Path, to: &str, out: &Path) {
    let o = cvimprover(&[
        "export",
        cv.to_str().unwrap(),
        "--to",
        to,
        "-o",
        out.to_str().unwrap(),
    ]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{} → {to}: {err}", cv.display());
}

/// Runs `tool` or fails with how to install it.
fn run_tool(tool: &str, args: &[&str], dir: &Path) -> Output {
    Command::new(tool)
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {tool} ({e}): run scripts/setup.sh"))
}

/// Validates `files` with the official schema; returns (success, output).
fn schema_check(files: &[PathBuf]) -> (bool, String) {
    let tool = root().join("tools/schema-check");
    assert!(
        tool.join("node_modules/@jsonresume/schema/schema.json")
            .exists(),
        "tools/schema-check is not installed: run scripts/setup.sh (npm ci)"
    );
    let mut args = vec!["check.mjs".to_owned()];
    args.extend(files.iter().map(|f| f.display().to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = run_tool("node", &args, &tool);
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

#[test]
fn every_example_exports_to_json_resume_that_the_official_schema_accepts() {
    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for cv in examples() {
        let out = dir.path().join(cv.file_name().unwrap());
        export(&cv, "json-resume", &out);
        files.push(out);
    }
    let (ok, output) = schema_check(&files);
    assert!(ok, "the schema rejects our output:\n{output}");
    assert_eq!(output.matches("ok: ").count(), files.len(), "{output}");

    // The check itself must be able to fail.
    let bad = dir.path().join("bad.json");
    std::fs::write(
        &bad,
        r#"{"basics": {"email": "not an e-mail"}, "work": [{"startDate": "March 2020"}]}"#,
    )
    .unwrap();
    let (ok, output) = schema_check(&[files[0].clone(), bad]);
    assert!(
        !ok,
        "the schema check accepted an invalid document:\n{output}"
    );
    assert!(output.contains("/work/0/startDate") && output.contains("/basics/email"));
}

#[test]
fn plain_json_resume_round_trips() {
    let input = root().join("examples/plain-json-resume.json");
    let out = cvimprover(&[
        "export",
        input.to_str().unwrap(),
        "--to",
        "json-resume",
        "-o",
        "-",
    ]);
    assert!(out.status.success());
    let exported: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let original: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&input).unwrap()).unwrap();
    assert_eq!(exported, original);
}

#[test]
fn text_formats_go_to_stdout_with_hidden_sections_left_out() {
    let cv = root().join("examples/software-engineer.json");
    let cv = cv.to_str().unwrap();
    for (to, heading) in [("markdown", "## Experience\n"), ("text", "\nEXPERIENCE\n")] {
        let out = cvimprover(&["export", cv, "--to", to, "-o", "-"]);
        assert!(out.status.success(), "{to}");
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.contains(heading), "{to}: {text}");
        // `references` is hidden in this example.
        assert!(
            !text.contains("References") && !text.contains("REFERENCES"),
            "{to}"
        );
    }
    // Piped, DOCX may go to stdout too (the test's stdout is not a terminal).
    let out = cvimprover(&["export", cv, "--to", "docx", "-o", "-"]);
    assert!(out.status.success() && out.stdout.starts_with(b"PK\x03\x04"));
}

#[test]
fn bad_requests_get_the_documented_exit_codes() {
    let dir = tempfile::tempdir().unwrap();
    let invalid = dir.path().join("invalid.json");
    std::fs::write(
        &invalid,
        r#"{"basics": {"name": "A"}, "work": [{"name": "B", "startDate": "March 2020"}]}"#,
    )
    .unwrap();
    let invalid = invalid.to_str().unwrap();
    let out_file = dir.path().join("out.md");
    let out_file = out_file.to_str().unwrap();
    let cases: [(&[&str], i32); 5] = [
        (&["export", invalid, "--to", "markdown", "-o", out_file], 5),
        (
            &[
                "export", invalid, "--to", "markdown", "-o", out_file, "--force",
            ],
            0,
        ),
        (&["export", invalid, "--to", "pdf", "-o", out_file], 2),
        (&["export", invalid, "-o", out_file], 2),
        (
            &[
                "export",
                "/nonexistent.json",
                "--to",
                "text",
                "-o",
                out_file,
            ],
            3,
        ),
    ];
    for (args, code) in cases {
        let out = cvimprover(args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(code), "{args:?}: {err}");
        if code == 5 || args.contains(&"--force") {
            assert!(err.contains("work[0].startDate"), "{err}");
        }
    }
}

/// The parts of the DOCX that make headings and lists real, read back with the zip crate.
fn docx_part(docx: &Path, name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(docx).unwrap()).unwrap();
    let mut text = String::new();
    zip.by_name(name)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

#[test]
fn docx_opens_in_libreoffice_with_headings_and_bullets_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let cv = root().join("examples/software-engineer.json");
    let docx = dir.path().join("cv.docx");
    export(&cv, "docx", &docx);

    let document = docx_part(&docx, "word/document.xml");
    let styles = docx_part(&docx, "word/styles.xml");
    let numbering = docx_part(&docx, "word/numbering.xml");
    for (part, needle) in [
        (&document, r#"<w:pStyle w:val="Heading1" />"#),
        (&document, r#"<w:pStyle w:val="Heading2" />"#),
        (&document, "<w:numPr>"),
        (&styles, r#"<w:name w:val="heading 1" />"#),
        (&styles, r#"<w:name w:val="heading 2" />"#),
        (&numbering, r#"<w:numFmt w:val="bullet" />"#),
    ] {
        assert!(part.contains(needle), "{needle} missing");
    }

    // A profile of its own, so that a LibreOffice already running for the user (or another
    // test) does not swallow the conversion.
    let profile = format!("-env:UserInstallation=file://{}/lo", dir.path().display());
    let out = run_tool(
        "soffice",
        &[&profile, "--headless", "--convert-to", "pdf", "cv.docx"],
        dir.path(),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let pdf = run_tool("pdftotext", &["cv.pdf", "-"], dir.path());
    let text = String::from_utf8(pdf.stdout).unwrap();

    let mut expected = vec![
        "Daniel Osei",
        "Senior Backend & Platform Engineer",
        "Summary",
    ];
    expected.extend([
        "Experience",
        "Senior Platform Engineer",
        "Fernhill Payments",
    ]);
    expected.extend(["Moved 62 services to multi-region EKS", "Talks"]);
    let mut at = 0;
    for needle in expected {
        let found = text[at..].find(needle);
        at += found.unwrap_or_else(|| panic!("{needle:?} missing or out of order in:\n{text}"));
    }
    assert!(text.trim_start().starts_with("Daniel Osei"), "{text}");
    assert!(
        text.contains("• Moved 62 services"),
        "no list bullet:\n{text}"
    );
}
