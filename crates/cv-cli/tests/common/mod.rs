//! Helpers shared by the `cvimprover` integration tests: the examples and running the binary.

#![allow(dead_code, clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository root.
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The repository's `examples/` folder.
pub fn examples() -> PathBuf {
    repo().join("examples")
}

/// The path of `examples/<name>`, as an argument.
pub fn example(name: &str) -> String {
    examples().join(name).display().to_string()
}

/// Runs `cvimprover` in `dir` with a fixed `SOURCE_DATE_EPOCH` (so dates and PDFs are stable);
/// returns the exit code, standard output and standard error.
pub fn run_in(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_cvimprover"))
        .args(args)
        .current_dir(dir)
        .env("SOURCE_DATE_EPOCH", "1767225600")
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}
