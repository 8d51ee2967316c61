//! `cvimprover import`: a PDF, JSON Resume (JSON or YAML) or our JSON → our JSON, with a report
//! of what was recognised and what was unsure.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;
use cv_core::Error;
use cv_core::import::{Imported, Source};

use crate::Failure;

/// The most a file to import may be: PDFs with images are much larger than their text.
const MAX_IMPORT_BYTES: u64 = 40 * 1024 * 1024;
/// Fields below this confidence are listed as unsure in the report.
const UNSURE_BELOW: f32 = 0.8;

/// Arguments of `import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The file: a PDF, a JSON Resume (`.json`, `.yaml`) or our JSON; `-` reads standard input.
    file: PathBuf,
    /// Where to write our JSON; `-` writes to standard output.
    #[arg(short, long)]
    output: PathBuf,
    /// Print what was recognised, how sure the importer is, and what could not be placed.
    #[arg(long)]
    report: bool,
}

pub(crate) fn run(args: &ImportArgs) -> Result<(), Failure> {
    let bytes = read(&args.file)?;
    let name = args
        .file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned());
    let imported =
        cv_core::import::import(&bytes, name.as_deref()).map_err(|e| failure(&args.file, e))?;
    if args.report {
        print_report(&imported);
    }
    let json = imported.cv.to_json_pretty() + "\n";
    crate::render::write_output(&args.output, json.as_bytes())
}

fn read(path: &std::path::Path) -> Result<Vec<u8>, Failure> {
    crate::input::read_bounded(path, MAX_IMPORT_BYTES)?.ok_or_else(|| {
        let mib = MAX_IMPORT_BYTES >> 20;
        Failure::new(
            13,
            format!(
                "{} is larger than {mib} MiB, the most we import",
                path.display()
            ),
        )
    })
}

/// Each kind of failure has its own exit code (see `lib.rs`).
fn failure(path: &std::path::Path, error: Error) -> Failure {
    let code = match &error {
        Error::UnknownFormat => 8,
        Error::PdfDamaged(_) => 9,
        Error::PdfEncrypted => 10,
        Error::PdfNoText => 11,
        Error::PdfUnreadableText => 12,
        Error::PdfTooLarge(_) => 13,
        Error::PdfTimeout { .. } => 14,
        Error::Empty => 15,
        Error::TooLarge { .. } => 3,
        _ => 4,
    };
    Failure::new(code, format!("{}: {error}", path.display()))
}

fn print_report(imported: &Imported) {
    let mut err = std::io::stderr().lock();
    let source = match imported.source {
        Source::CvImprover => "CV Improver JSON",
        Source::JsonResume => "JSON Resume",
        Source::Yaml => "JSON Resume (YAML)",
        Source::OwnPdf => "a CV Improver PDF, restored exactly from its attached source",
        Source::Pdf => "a PDF, rebuilt from its text",
    };
    let _ = writeln!(err, "imported from {source}");
    let recognised = imported.fields.len();
    if recognised > 0 {
        let _ = writeln!(err, "recognised {recognised} field(s)");
    }
    let unsure = imported.unsure(UNSURE_BELOW);
    if !unsure.is_empty() {
        let _ = writeln!(err, "unsure about {} field(s), check them:", unsure.len());
        for field in unsure {
            let _ = writeln!(
                err,
                "  {:<36} {:>3.0}%",
                field.path,
                field.confidence * 100.0
            );
        }
    }
    if !imported.unplaced.is_empty() {
        let _ = writeln!(
            err,
            "could not place {} piece(s) of text; they are not lost:",
            imported.unplaced.len()
        );
        for text in &imported.unplaced {
            let _ = writeln!(err, "  | {text}");
        }
    }
}
