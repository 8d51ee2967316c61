//! `cvimprover export`: a CV as JSON Resume, Markdown, plain text or DOCX (`cv_core::export`).

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};
use cv_core::export::{self, Format};

use crate::render::write_output;
use crate::{Failure, input};

/// Arguments of `export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The CV: our JSON format or plain JSON Resume; `-` reads standard input.
    cv: PathBuf,
    /// What to write.
    #[arg(long, value_enum)]
    to: To,
    /// Output file; `-` writes to standard output (DOCX only when it is not a terminal).
    #[arg(short, long)]
    output: PathBuf,
    /// Export even when the CV has validation errors.
    #[arg(long)]
    force: bool,
}

/// The formats as the command line spells them.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum To {
    /// Plain JSON Resume, without our additions (checked against the official schema in CI).
    JsonResume,
    /// Markdown with headings per section and lists for bullets.
    Markdown,
    /// ATS-friendly plain text.
    Text,
    /// Word document with real headings and lists.
    Docx,
}

impl From<To> for Format {
    fn from(to: To) -> Self {
        match to {
            To::JsonResume => Format::JsonResume,
            To::Markdown => Format::Markdown,
            To::Text => Format::Text,
            To::Docx => Format::Docx,
        }
    }
}

pub(crate) fn run(args: &ExportArgs) -> Result<(), Failure> {
    let format = Format::from(args.to);
    let to_stdout = args.output == Path::new("-");
    // A ZIP archive on a terminal is garbage and can upset it; a pipe or redirect is fine.
    if to_stdout && format.is_binary() && std::io::stdout().is_terminal() {
        return Err(Failure::new(
            2,
            format!(
                "will not write {} to a terminal: redirect standard output or pass -o file.{}",
                format.name(),
                format.extension()
            ),
        ));
    }
    let cv = input::load(&args.cv)?;
    let errors = input::report(&cv_core::validate(&cv));
    if errors > 0 && !args.force {
        return Err(Failure::validation(format!(
            "{} has {errors} error(s); fix them or pass --force to export anyway",
            args.cv.display()
        )));
    }
    // Exporting fails only if the DOCX archive cannot be assembled, which is our bug, not the
    // user's: the same exit code as a template failure.
    let bytes = export::export(&cv, format).map_err(|e| Failure::render(e.to_string()))?;
    write_output(&args.output, &bytes)
}
