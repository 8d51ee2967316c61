//! The `cvimprover` command line: render, export, validate, import, analyse against a job ad
//! and list templates, with no window and no server. Each command lives in its own module; this one parses arguments and maps failures to
//! the documented exit codes.
//!
//! Exit codes:
//!
//! | code | meaning |
//! |---|---|
//! | 0 | success (warnings may have been printed) |
//! | 2 | bad command line |
//! | 3 | the input file could not be read (missing, unreadable, too large; for `analyze` also the job ad, or an ad that is not UTF-8 text) |
//! | 4 | the input is not a CV document (invalid JSON, wrong types, over a limit, newer schema) |
//! | 5 | the CV has validation errors (`validate`; `render` and `export` without `--force`) |
//! | 6 | the output could not be written |
//! | 7 | rendering or exporting failed: a bug in a template or exporter, please report it |
//! | 8 | `import`: not a PDF, JSON or YAML file |
//! | 9 | `import`: the PDF is damaged |
//! | 10 | `import`: the PDF is encrypted |
//! | 11 | `import`: the PDF has no text layer (scanned) |
//! | 12 | `import`: the PDF's text cannot be read back (fonts without a Unicode map) |
//! | 13 | `import`: the PDF is over a size or page limit |
//! | 14 | `import`: the PDF took too long and was stopped |
//! | 15 | `import`: the file is empty |

mod analyze;
mod export;
mod import;
mod input;
mod render;
mod validate;

use std::io::Write;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Write, check and render CVs offline.
#[derive(Debug, Parser)]
#[command(name = "cvimprover", version, about, after_help = EXIT_CODES)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

const EXIT_CODES: &str = "Exit codes: 0 ok, 2 bad command line, 3 input unreadable, \
4 input is not a CV document, 5 CV has validation errors, 6 output not writable, 7 rendering or exporting failed; \
import: 8 unknown format, 9 damaged PDF, 10 encrypted, 11 no text layer, 12 unreadable text, \
13 over a limit, 14 timed out, 15 empty file.";

#[derive(Debug, Subcommand)]
enum Command {
    /// Render a CV to PDF, SVG or PNG.
    Render(render::RenderArgs),
    /// Export a CV as JSON Resume, Markdown, plain text or DOCX.
    Export(export::ExportArgs),
    /// Check a CV and list its errors and warnings (exit 0 when it has no errors).
    Validate(validate::ValidateArgs),
    /// List the built-in templates.
    Templates,
    /// Import a PDF CV, JSON Resume (JSON or YAML) or our JSON into our format.
    Import(import::ImportArgs),
    /// Check a CV against a job ad offline: match score, found and missing keywords, CV checks.
    Analyze(analyze::AnalyzeArgs),
}

/// A failure with the exit code it maps to.
#[derive(Debug)]
pub struct Failure {
    code: u8,
    message: String,
}

impl Failure {
    fn new(code: u8, message: impl Into<String>) -> Self {
        Failure {
            code,
            message: message.into(),
        }
    }

    /// The input could not be read.
    fn unreadable(message: impl Into<String>) -> Self {
        Self::new(3, message)
    }

    /// The input is not a CV document.
    fn invalid(message: impl Into<String>) -> Self {
        Self::new(4, message)
    }

    /// Validation found errors.
    fn validation(message: impl Into<String>) -> Self {
        Self::new(5, message)
    }

    /// The output could not be written.
    fn unwritable(message: impl Into<String>) -> Self {
        Self::new(6, message)
    }

    /// Typst failed on a template.
    fn render(message: impl Into<String>) -> Self {
        Self::new(7, message)
    }
}

/// Runs the command line and returns the process exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            let _ = writeln!(std::io::stderr(), "error: {}", failure.message);
            ExitCode::from(failure.code)
        }
    }
}

fn run(cli: Cli) -> Result<(), Failure> {
    match cli.command {
        Command::Render(args) => render::run(&args),
        Command::Export(args) => export::run(&args),
        Command::Validate(args) => validate::run(&args),
        Command::Templates => list_templates(),
        Command::Import(args) => import::run(&args),
        Command::Analyze(args) => analyze::run(&args),
    }
}

fn list_templates() -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    for t in &cv_core::render::TEMPLATES {
        let _ = writeln!(out, "{:<10} {}", t.name, t.description);
    }
    Ok(())
}
