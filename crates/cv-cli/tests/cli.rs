//! The `cvimprover` binary as a user runs it: outputs, messages and exit codes, including every
//! kind of bad input the foundation issue lists.

#![allow(clippy::unwrap_used)]

mod common;

use std::process::{Command, Output};

use common::{example, run_in};

fn cvimprover(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cvimprover"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn renders_pdf_svg_and_png_and_pdf_to_stdout() {
    let dir = tempfile::tempdir().unwrap();
    let cv = example("software-engineer.json");
    for (out, magic) in [
        ("cv.pdf", &b"%PDF-"[..]),
        ("p2.svg", b"<svg"),
        ("p1.png", b"\x89PNG"),
    ] {
        let mut args = vec!["render", cv.as_str(), "-o", out];
        if out == "p2.svg" {
            args.extend(["--page-index", "2"]);
        }
        let (code, _, err) = run_in(dir.path(), &args);
        assert_eq!(code, 0, "{out}: {err}");
        assert!(
            std::fs::read(dir.path().join(out))
                .unwrap()
                .starts_with(magic),
            "{out}"
        );
    }
    let stdout = cvimprover(&["render", &cv, "-o", "-"]);
    assert!(stdout.status.success());
    assert!(stdout.stdout.starts_with(b"%PDF-"));
}

/// `-o /dev/null` once replaced the machine's /dev/null with a regular file: the atomic write
/// renamed its temporary file over the device. A FIFO stands in for the device here.
#[test]
fn writing_to_a_pipe_or_device_writes_through_it_and_leaves_it_in_place() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.pdf");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read(fifo).unwrap())
    };
    let out = cvimprover(&[
        "render",
        &example("designer.json"),
        "-o",
        fifo.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(reader.join().unwrap().starts_with(b"%PDF-"));
    let kind = std::fs::symlink_metadata(&fifo).unwrap().file_type();
    assert!(kind.is_fifo(), "the pipe was replaced by {kind:?}");
}

#[test]
fn source_date_epoch_makes_output_reproducible() {
    let dir = tempfile::tempdir().unwrap();
    let cv = example("german.json");
    for out in ["a.pdf", "b.pdf"] {
        assert_eq!(run_in(dir.path(), &["render", &cv, "-o", out]).0, 0);
    }
    let a = std::fs::read(dir.path().join("a.pdf")).unwrap();
    let b = std::fs::read(dir.path().join("b.pdf")).unwrap();
    assert!(
        a == b,
        "same input and SOURCE_DATE_EPOCH gave different PDFs"
    );
}

#[test]
fn templates_lists_every_template_with_a_description() {
    let out = cvimprover(&["templates"]);
    let text = String::from_utf8(out.stdout).unwrap();
    for name in ["classic", "modern", "sidebar", "compact"] {
        let line = text
            .lines()
            .find(|l| l.starts_with(name))
            .unwrap_or_else(|| panic!("{name}: {text}"));
        assert!(line.len() > name.len() + 10, "{line}");
    }
}

#[test]
fn validate_passes_good_cvs_and_locates_errors() {
    let out = cvimprover(&["validate", &example("plain-json-resume.json")]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.json");
    std::fs::write(
        &bad,
        r#"{"basics": {"name": "A"}, "work": [{"name": "X", "startDate": "March 2020"}]}"#,
    )
    .unwrap();
    let (code, _, err) = run_in(dir.path(), &["validate", "bad.json"]);
    assert_eq!(code, 5);
    assert!(
        err.contains(
            "error: work[0].startDate: expected YYYY, YYYY-MM or YYYY-MM-DD, got \"March 2020\""
        ),
        "{err}"
    );
    assert!(err.contains("warning: basics.email"), "{err}");
    let (code, _, err) = run_in(dir.path(), &["render", "bad.json", "-o", "x.pdf"]);
    assert_eq!(code, 5, "{err}");
    assert!(!dir.path().join("x.pdf").exists());
    assert_eq!(
        run_in(
            dir.path(),
            &["render", "bad.json", "-o", "x.pdf", "--force"]
        )
        .0,
        0
    );
}

#[test]
fn bad_input_gets_a_clear_message_and_its_exit_code() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, bytes: &[u8]| std::fs::write(dir.path().join(name), bytes).unwrap();
    write("syntax.json", b"{\n  \"basics\": {\"name\": \"A\",}\n}");
    write(
        "types.json",
        br#"{"work": [{"position": ["not", "a", "string"]}]}"#,
    );
    write("surrogate.json", br#"{"basics": {"name": "\udc00 lone"}}"#);
    write("empty.json", b"");
    write("binary.json", &[0xff, 0xfe, 0x00, 0x01]);
    let many = format!(
        "{{\"work\": [{}]}}",
        vec![r#"{"name": "A"}"#; 10_000].join(",")
    );
    write("many.json", many.as_bytes());
    let huge = format!(
        "{{\"basics\": {{\"summary\": \"{}\"}}}}",
        "x".repeat(50 * 1024 * 1024)
    );
    write("huge.json", huge.as_bytes());
    let cv = example("designer.json");
    let cases: &[(&[&str], i32, &str)] = &[
        (
            &["render", "syntax.json", "-o", "o.pdf"],
            4,
            "invalid JSON at line 2, column 26: trailing comma",
        ),
        (
            &["render", "types.json", "-o", "o.pdf"],
            4,
            "work[0].position: invalid type: sequence, expected a string",
        ),
        (
            &["render", "surrogate.json", "-o", "o.pdf"],
            4,
            "invalid JSON at line 1",
        ),
        (
            &["render", "empty.json", "-o", "o.pdf"],
            4,
            "EOF while parsing",
        ),
        (&["render", "binary.json", "-o", "o.pdf"], 4, "invalid JSON"),
        (
            &["render", "many.json", "-o", "o.pdf"],
            4,
            "work has 10000 entries; at most 500 are supported",
        ),
        (
            &["render", "huge.json", "-o", "o.pdf"],
            3,
            "larger than 5 MiB",
        ),
        (
            &["render", "missing.json", "-o", "o.pdf"],
            3,
            "cannot read missing.json",
        ),
        (&["render", ".", "-o", "o.pdf"], 3, "is a directory"),
        (
            &["render", &cv, "-o", "o.pdf", "--template", "fancy"],
            2,
            "possible values: classic, modern, sidebar, compact",
        ),
        (
            &["render", &cv, "-o", "o.pdf", "--locale", "xx"],
            2,
            "possible values: en, de",
        ),
        (
            &["render", &cv, "-o", "o.doc"],
            2,
            "end it in .pdf, .svg or .png",
        ),
        (
            &["render", &cv, "-o", "o.svg", "--page-index", "9"],
            2,
            "page 9 does not exist: the CV has 1 page(s)",
        ),
        (
            &["render", &cv, "-o", "/proc/cvimprover/o.pdf"],
            6,
            "cannot write /proc/cvimprover/o.pdf",
        ),
    ];
    for (args, want_code, want_text) in cases {
        let (code, _, err) = run_in(dir.path(), args);
        assert_eq!(code, *want_code, "{args:?}: {err}");
        assert!(
            err.contains(want_text),
            "{args:?}: wanted {want_text:?} in {err}"
        );
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
    assert!(
        !dir.path().join("o.pdf").exists(),
        "no output is written for bad input"
    );
}

#[test]
fn control_characters_are_warned_about_and_left_out() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("ctl.json"),
        r#"{"basics": {"name": "Ada\u0007 Lovelace\u0000", "email": "ada@example.com"}}"#,
    )
    .unwrap();
    let (code, _, err) = run_in(dir.path(), &["render", "ctl.json", "-o", "ctl.pdf"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("warning: basics.name: contains the invisible control character U+0007"),
        "{err}"
    );
}
