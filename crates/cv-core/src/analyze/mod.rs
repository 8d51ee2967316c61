//! The offline ATS check: how well a CV matches a job ad, and what to fix in the CV. Pure,
//! synchronous and deterministic: no network, no clock (pass [`Options::today`]), no rendering
//! (pass [`Options::page_count`]), no hash-map order in the output.
//!
//! The flow: [`job::parse`] reads the ad (language, title, seniority, requirements weighted by
//! section and repetition, using the [`vocab::Vocabulary`] compiled in); [`fields::collect`]
//! flattens the CV into texts with field paths; `score` finds each requirement in the CV and
//! computes a 0–100 score whose parts add up; [`checks`] looks at the CV on its own (contact
//! details, dates, bullets, pronouns, sections, length). Printing is the callers' business.

pub mod checks;
pub mod fields;
pub mod job;
mod lexicon;
mod score;
pub mod text;
mod title;
pub mod vocab;

use serde::Serialize;

use crate::Result;
use crate::date::PartialDate;
use crate::model::Cv;

pub use checks::{Check, CheckKind, Severity};
pub use job::{Need, Seniority};
pub use text::Lang;
pub use vocab::{Category, Vocabulary};

/// What the analysis cannot find out by itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// Pages of the rendered CV, when the caller rendered it; enables the page-count check.
    pub page_count: Option<usize>,
    /// Today, for jobs without an end date; without it they end at the latest date in the CV.
    pub today: Option<PartialDate>,
}

/// Version of [`Analysis`]'s JSON form: raised when a field changes meaning or goes away (new
/// fields may appear without a raise).
pub const FORMAT_VERSION: u32 = 1;

/// The result: a score with its breakdown, keywords and checks.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Analysis {
    /// [`FORMAT_VERSION`], so that scripts reading `--json` can tell.
    pub version: u32,
    /// 0–100: the sum of the breakdown's points.
    pub score: u32,
    /// The parts of the score, each with its points, its maximum and why.
    pub breakdown: Vec<Part>,
    /// What was read from the ad.
    pub job: JobSummary,
    /// Every term the ad asks for, by category, then need, then weight; found or not.
    pub keywords: Vec<Keyword>,
    /// Findings about the CV itself, most serious first, each at its field.
    pub checks: Vec<Check>,
}

impl Analysis {
    /// The keywords found in the CV.
    pub fn matched(&self) -> impl Iterator<Item = &Keyword> {
        self.keywords.iter().filter(|k| !k.found_in.is_empty())
    }

    /// The keywords missing from the CV.
    pub fn missing(&self) -> impl Iterator<Item = &Keyword> {
        self.keywords.iter().filter(|k| k.found_in.is_empty())
    }
}

/// What the ad says about the job.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct JobSummary {
    /// The ad's language.
    pub language: Lang,
    /// The job title (the ad's first line).
    pub title: Option<String>,
    /// The seniority its title states.
    pub seniority: Option<Seniority>,
    /// Years of experience asked.
    pub min_years: Option<u32>,
}

/// One term the ad asks for, and where the CV has it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Keyword {
    /// Display name, e.g. "PostgreSQL" (also for "Postgres" in the ad).
    pub term: String,
    /// Its category.
    pub category: Category,
    /// How strongly the ad asks for it.
    pub need: Need,
    /// How often the ad mentions it.
    pub mentions: usize,
    /// Its weight within its part of the score.
    pub weight: f64,
    /// Field paths where the CV has it (empty: missing), in document order.
    pub found_in: Vec<String>,
}

/// A part of the score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PartKind {
    /// Hard skills the ad requires or mentions.
    RequiredSkills,
    /// Hard skills the ad calls a plus.
    OptionalSkills,
    /// The job title and seniority.
    TitleSeniority,
    /// Degrees and fields of study.
    Education,
    /// Spoken languages.
    Languages,
    /// Soft skills.
    SoftSkills,
}

impl PartKind {
    /// A human label.
    pub fn label(self) -> &'static str {
        match self {
            PartKind::RequiredSkills => "required skills",
            PartKind::OptionalSkills => "nice-to-have skills",
            PartKind::TitleSeniority => "title & seniority",
            PartKind::Education => "education",
            PartKind::Languages => "languages",
            PartKind::SoftSkills => "soft skills",
        }
    }
}

/// One part of the score: `points` of `max`, explained. The maxima of all parts add up to 100
/// and the points to [`Analysis::score`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Part {
    /// Which part.
    pub part: PartKind,
    /// Points earned.
    pub points: u32,
    /// Points possible (0 when the ad asks nothing of this kind).
    pub max: u32,
    /// How the points came about.
    pub detail: String,
}

/// Analyses `cv` against the job ad `ad` (plain text).
pub fn analyze(cv: &Cv, ad: &str, options: &Options) -> Result<Analysis> {
    let vocab = Vocabulary::builtin()?;
    let job = job::parse(ad, vocab);
    let fields = fields::collect(cv);
    let keywords = score::keywords(vocab, &job, &fields);
    let title = title::assess(&job, cv, &fields, options.today);
    let (score, breakdown) = score::breakdown(&keywords, title);
    Ok(Analysis {
        version: FORMAT_VERSION,
        score,
        breakdown,
        job: JobSummary {
            language: job.language,
            title: job.title,
            seniority: job.seniority,
            min_years: job.min_years,
        },
        keywords,
        checks: checks::run(cv, &fields, options),
    })
}
