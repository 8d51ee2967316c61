//! `cvimprover analyze`: the offline ATS check of a CV against a job ad, as a readable report or
//! as JSON (`--json`, the serialised [`cv_core::analyze::Analysis`]).
//!
//! The analysis itself lives in `cv_core::analyze`; this module reads the two files, renders the
//! CV once to count its pages, takes "today" from `SOURCE_DATE_EPOCH` or the clock, and prints.

use std::fmt::Write as _;
use std::io::Write;
use std::path::PathBuf;

use clap::Args;
use cv_core::analyze::{self, Analysis, Category, Keyword, Need, Options, Severity};
use cv_core::date::PartialDate;
use cv_core::{PdfSettings, Renderer};

use crate::{Failure, input};

/// The largest job ad we read: a long ad is a few kilobytes.
const MAX_AD_BYTES: u64 = 256 * 1024;

/// How many field paths the report lists per keyword before "+N more".
const PATHS_SHOWN: usize = 3;

/// Arguments of `analyze`.
#[derive(Debug, Args)]
pub struct AnalyzeArgs {
    /// The CV: our JSON format or plain JSON Resume; `-` reads standard input.
    cv: PathBuf,
    /// The job ad as plain text (English, German or French).
    #[arg(long)]
    job: PathBuf,
    /// Print the analysis as JSON instead of a report.
    #[arg(long)]
    json: bool,
    /// Skip rendering the CV, and with it the page-count check.
    #[arg(long)]
    no_render: bool,
}

fn read_ad(path: &std::path::Path) -> Result<String, Failure> {
    let shown = path.display();
    let bytes = input::read_bounded(path, MAX_AD_BYTES)?.ok_or_else(|| {
        let kib = MAX_AD_BYTES / 1024;
        Failure::unreadable(format!(
            "{shown} is larger than {kib} KiB; a job ad is plain text"
        ))
    })?;
    String::from_utf8(bytes).map_err(|_| {
        Failure::unreadable(format!(
            "{shown} is not UTF-8 text; save the ad as plain text"
        ))
    })
}

pub(crate) fn run(args: &AnalyzeArgs) -> Result<(), Failure> {
    let cv = input::load(&args.cv)?;
    let ad = read_ad(&args.job)?;
    // A CV a template cannot lay out still gets analysed, just without a page count.
    let page_count = (!args.no_render)
        .then(|| Renderer::new().compile(&cv).ok().map(|c| c.page_count()))
        .flatten();
    let today = PdfSettings::from_env()
        .timestamp
        .and_then(PartialDate::from_unix_seconds);
    let options = Options { page_count, today };
    let analysis =
        analyze::analyze(&cv, &ad, &options).map_err(|e| Failure::invalid(e.to_string()))?;
    let text = if args.json {
        let mut json = serde_json::to_string_pretty(&analysis)
            .map_err(|e| Failure::invalid(format!("cannot write the analysis as JSON: {e}")))?;
        json.push('\n');
        json
    } else {
        report(&analysis, page_count)
    };
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(|e| Failure::unwritable(format!("cannot write to standard output: {e}")))
}

fn need(k: &Keyword) -> String {
    let need = match k.need {
        Need::Required => "required",
        Need::Preferred => "nice to have",
        Need::Mentioned => "mentioned",
    };
    if k.mentions > 1 {
        format!("{need}, x{}", k.mentions)
    } else {
        need.to_owned()
    }
}

fn paths(found: &[String]) -> String {
    let mut shown = found
        .iter()
        .take(PATHS_SHOWN)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    if found.len() > PATHS_SHOWN {
        let _ = write!(shown, " +{} more", found.len() - PATHS_SHOWN);
    }
    shown
}

/// Keywords grouped under their category, as report lines.
fn keyword_lines(out: &mut String, heading: &str, keywords: &[&Keyword]) {
    let _ = writeln!(out, "\n{heading} ({})", keywords.len());
    let mut current: Option<Category> = None;
    for k in keywords {
        if current != Some(k.category) {
            let _ = writeln!(out, "  {}", k.category.label());
            current = Some(k.category);
        }
        let label = format!("{} ({})", k.term, need(k));
        if k.found_in.is_empty() {
            let _ = writeln!(out, "    {label}");
        } else {
            let _ = writeln!(out, "    {label:<34} {}", paths(&k.found_in));
        }
    }
}

/// The human report.
fn report(a: &Analysis, pages: Option<usize>) -> String {
    let mut out = String::new();
    let job = &a.job;
    let mut about = vec![job.language.code().to_owned()];
    about.extend(job.seniority.map(|s| format!("{s:?}").to_lowercase()));
    about.extend(job.min_years.map(|y| format!("{y}+ years")));
    let title = job.title.as_deref().unwrap_or("(untitled ad)");
    let _ = writeln!(out, "Job: {title} ({})", about.join(", "));
    if let Some(pages) = pages {
        let _ = writeln!(out, "CV: {pages} page(s)");
    }
    let _ = writeln!(out, "\nScore: {}/100", a.score);
    for p in &a.breakdown {
        let _ = writeln!(
            out,
            "  {:<20} {:>3}/{:<3} {}",
            p.part.label(),
            p.points,
            p.max,
            p.detail
        );
    }
    let matched: Vec<&Keyword> = a.matched().collect();
    let missing: Vec<&Keyword> = a.missing().collect();
    keyword_lines(&mut out, "Found in the CV", &matched);
    keyword_lines(&mut out, "Missing from the CV", &missing);
    let _ = writeln!(out, "\nChecks ({})", a.checks.len());
    for c in &a.checks {
        let severity = match c.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        };
        let path = if c.path.is_empty() {
            "(whole CV)"
        } else {
            c.path.as_str()
        };
        let _ = writeln!(out, "  {severity:<7} {path}: {}", c.message);
    }
    out
}
