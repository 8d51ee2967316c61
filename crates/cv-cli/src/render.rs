//! `cvimprover render`: a CV to PDF (or one page to SVG or PNG), with command-line overrides of
//! its design.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};
use cv_core::model::{Design, PageSize};
use cv_core::render::Severity;
use cv_core::{Cv, PdfSettings, Renderer};

use crate::{Failure, input};

/// Arguments of `render`.
#[derive(Debug, Args)]
pub struct RenderArgs {
    /// The CV: our JSON format or plain JSON Resume; `-` reads standard input.
    cv: PathBuf,
    /// Output file: `.pdf`, `.svg` or `.png` (one page); `-` writes PDF to standard output.
    #[arg(short, long)]
    output: PathBuf,
    /// Template, overriding the CV's own (see `cvimprover templates`).
    #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(cv_core::render::template_names()))]
    template: Option<String>,
    /// Page size, overriding the CV's own.
    #[arg(long, value_enum)]
    page: Option<Page>,
    /// Language of the CV's headings and dates, overriding the CV's own.
    #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(cv_core::locale::codes()))]
    locale: Option<String>,
    /// Which page to write for SVG and PNG output, from 1.
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..))]
    page_index: u32,
    /// Resolution of PNG output in pixels per inch.
    #[arg(long, default_value_t = 144, value_parser = clap::value_parser!(u32).range(18..=1200))]
    ppi: u32,
    /// Render even when the CV has validation errors.
    #[arg(long)]
    force: bool,
    /// Also write the view model the template receives, as JSON (for template work and benchmarks).
    #[arg(long, hide = true)]
    dump_view: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Page {
    A4,
    Letter,
}

enum Format {
    Pdf,
    Svg,
    Png,
}

fn output_format(path: &Path) -> Result<Format, Failure> {
    if path == Path::new("-") {
        return Ok(Format::Pdf);
    }
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match extension.as_deref() {
        Some("pdf") => Ok(Format::Pdf),
        Some("svg") => Ok(Format::Svg),
        Some("png") => Ok(Format::Png),
        _ => Err(Failure::new(
            2,
            format!(
                "cannot tell the output format of {}: end it in .pdf, .svg or .png",
                path.display()
            ),
        )),
    }
}

fn apply_overrides(cv: &mut Cv, args: &RenderArgs) {
    let design = cv.cvimprover.design.get_or_insert_with(Design::default);
    if let Some(template) = &args.template {
        design.template = Some(template.clone());
    }
    if let Some(page) = args.page {
        design.page_size = Some(match page {
            Page::A4 => PageSize::A4,
            Page::Letter => PageSize::Letter,
        });
    }
    if let Some(locale) = &args.locale {
        cv.cvimprover.locale = Some(locale.clone());
    }
}

pub(crate) fn run(args: &RenderArgs) -> Result<(), Failure> {
    let format = output_format(&args.output)?;
    let mut cv = input::load(&args.cv)?;
    apply_overrides(&mut cv, args);
    let errors = input::report(&cv_core::validate(&cv));
    if errors > 0 && !args.force {
        return Err(Failure::validation(format!(
            "{} has {errors} error(s); fix them or pass --force to render anyway",
            args.cv.display()
        )));
    }
    if let Some(path) = &args.dump_view {
        let view = cv_core::render::view_json(&cv).map_err(|e| Failure::invalid(e.to_string()))?;
        write_output(path, view.as_bytes())?;
    }
    let compiled = Renderer::new().compile(&cv).map_err(|e| match e {
        cv_core::Error::UnknownTemplate { .. } => Failure::validation(e.to_string()),
        other => Failure::render(other.to_string()),
    })?;
    for warning in compiled
        .warnings
        .iter()
        .filter(|w| w.severity == Severity::Warning)
    {
        let _ = writeln!(std::io::stderr(), "{warning}");
    }
    let index = args.page_index as usize - 1;
    let bytes = match format {
        Format::Pdf => compiled.pdf(&PdfSettings::from_env()),
        Format::Svg => compiled.svg(index).map(String::into_bytes),
        Format::Png => compiled.png(index, f64::from(args.ppi) / 72.0),
    };
    let bytes = bytes.map_err(|e| match e {
        cv_core::Error::NoSuchPage { .. } => Failure::new(2, e.to_string()),
        other => Failure::render(other.to_string()),
    })?;
    write_output(&args.output, &bytes)
}

/// Writes atomically (a temporary file renamed into place) so a failed write never leaves half a
/// PDF where a good one was.
pub(crate) fn write_output(path: &Path, bytes: &[u8]) -> Result<(), Failure> {
    if path == Path::new("-") {
        let mut out = std::io::stdout().lock();
        return out
            .write_all(bytes)
            .and_then(|()| out.flush())
            .map_err(|e| Failure::unwritable(format!("cannot write to standard output: {e}")));
    }
    let fail =
        |e: std::io::Error| Failure::unwritable(format!("cannot write {}: {e}", path.display()));
    // A device or pipe (`-o /dev/null`, a FIFO) is written in place: renaming a temporary file
    // over it would replace the device node itself with a regular file.
    if std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir()) {
        return std::fs::write(path, bytes).map_err(fail);
    }
    let name = path
        .file_name()
        .ok_or_else(|| fail(std::io::ErrorKind::InvalidInput.into()))?;
    let mut temp = path.to_path_buf();
    temp.set_file_name(format!(
        ".{}.{}.tmp",
        name.to_string_lossy(),
        std::process::id()
    ));
    std::fs::write(&temp, bytes).map_err(fail)?;
    std::fs::rename(&temp, path).map_err(|e| {
        let _ = std::fs::remove_file(&temp);
        fail(e)
    })
}
