//! Checks of the CV on its own, as an applicant tracking system and a recruiter read it: contact
//! details, dates and overlaps, the sections an ATS expects, page count, and (in `bullets`) the
//! wording of bullets and summaries. Each finding has a severity and the path of its field.
//!
//! These are advice, not validity: a CV with errors here still renders. Malformed values the
//! editor must fix are [`crate::validate()`]'s findings; dates are checked here too because an ATS
//! that cannot parse them drops the whole entry from its timeline.

mod bullets;

use serde::Serialize;

use super::Options;
use super::fields::Field;
use super::title;
use crate::date::PartialDate;
use crate::model::{Cv, SectionKey};

/// How much a finding matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// An ATS or recruiter will likely drop or misread the CV.
    Error,
    /// Worth fixing.
    Warning,
    /// A suggestion.
    Info,
}

/// What a finding is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckKind {
    /// Name, e-mail, phone, location.
    Contact,
    /// A date that does not parse, or ends before it starts.
    Date,
    /// Two jobs at the same time.
    Overlap,
    /// A bullet that does not start with a verb.
    BulletVerb,
    /// A bullet without a number.
    BulletNumber,
    /// A bullet too long to skim.
    BulletLength,
    /// "I", "my", "ich", "je"…
    Pronoun,
    /// A section an ATS expects is missing or hidden.
    Section,
    /// Too many pages.
    PageCount,
}

/// One finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Check {
    /// How much it matters.
    pub severity: Severity,
    /// What it is about.
    pub kind: CheckKind,
    /// The field, e.g. `work[1].highlights[0]`; empty for the CV as a whole.
    pub path: String,
    /// What to do about it.
    pub message: String,
}

/// Collects findings.
#[derive(Default)]
struct Found(Vec<Check>);

impl Found {
    fn add(
        &mut self,
        severity: Severity,
        kind: CheckKind,
        path: impl Into<String>,
        message: impl Into<String>,
    ) {
        self.0.push(Check {
            severity,
            kind,
            path: path.into(),
            message: message.into(),
        });
    }
}

/// Every finding, most serious first, each severity in the order the checks ran.
pub fn run(cv: &Cv, fields: &[Field], options: &Options) -> Vec<Check> {
    let mut found = Found::default();
    contact(cv, &mut found);
    dates(cv, &mut found);
    overlaps(cv, options.today, &mut found);
    bullets::check(cv, fields, &mut found);
    sections(cv, &mut found);
    pages(cv, options, &mut found);
    let mut checks = found.0;
    checks.sort_by_key(|c| c.severity); // stable: keeps document order within a severity
    checks
}

fn blank(value: Option<&String>) -> bool {
    value.is_none_or(|v| v.trim().is_empty())
}

fn contact(cv: &Cv, found: &mut Found) {
    use {CheckKind::Contact, Severity::*};
    let basics = cv.basics.clone().unwrap_or_default();
    if blank(basics.name.as_ref()) {
        found.add(
            Error,
            Contact,
            "basics.name",
            "no name: an ATS files the CV under it",
        );
    }
    match basics.email.as_deref().map(str::trim) {
        None | Some("") => found.add(
            Error,
            Contact,
            "basics.email",
            "no e-mail address: recruiters reply by e-mail",
        ),
        Some(e) if !(e.contains('@') && e.contains('.') && !e.contains(' ')) => found.add(
            Error,
            Contact,
            "basics.email",
            format!("\"{e}\" is not an e-mail address"),
        ),
        Some(_) => {}
    }
    if blank(basics.phone.as_ref()) {
        found.add(
            Warning,
            Contact,
            "basics.phone",
            "no phone number: many recruiters call first",
        );
    }
    if basics
        .location
        .as_ref()
        .is_none_or(|l| blank(l.city.as_ref()) && blank(l.country_code.as_ref()))
    {
        found.add(
            Info,
            Contact,
            "basics.location",
            "no location: ATS filter candidates by city or country",
        );
    }
}

/// Start and end fields of every dated entry, as `(path, start, end)`.
fn periods(cv: &Cv) -> Vec<(String, Option<&str>, Option<&str>)> {
    let mut out = Vec::new();
    macro_rules! each {
        ($section:ident, $name:literal) => {
            for (i, e) in cv.$section.iter().flatten().enumerate() {
                out.push((
                    format!("{}[{i}]", $name),
                    e.start_date.as_deref(),
                    e.end_date.as_deref(),
                ));
            }
        };
    }
    each!(work, "work");
    each!(volunteer, "volunteer");
    each!(education, "education");
    each!(projects, "projects");
    out
}

fn dates(cv: &Cv, found: &mut Found) {
    use {CheckKind::Date, Severity::Error};
    for (path, start, end) in periods(cv) {
        let mut parsed = [None, None];
        for (k, (field, value)) in [("startDate", start), ("endDate", end)]
            .into_iter()
            .enumerate()
        {
            let Some(value) = value.map(str::trim).filter(|v| !v.is_empty()) else {
                continue;
            };
            parsed[k] = PartialDate::parse(value);
            if parsed[k].is_none() {
                found.add(
                    Error,
                    Date,
                    format!("{path}.{field}"),
                    format!("\"{value}\" is not a date an ATS reads: write YYYY-MM"),
                );
            }
        }
        if let [Some(s), Some(e)] = parsed
            && e.cmp_coarse(&s).is_lt()
        {
            found.add(
                Error,
                Date,
                format!("{path}.endDate"),
                "ends before it starts",
            );
        }
        if path.starts_with("work") && start.is_none_or(|s| s.trim().is_empty()) {
            found.add(
                Severity::Warning,
                Date,
                format!("{path}.startDate"),
                "no start date: an ATS cannot place this job in your career",
            );
        }
    }
}

/// Jobs that overlap by more than three months: a reader wonders whether one was part-time.
fn overlaps(cv: &Cv, today: Option<PartialDate>, found: &mut Found) {
    let periods = title::work_periods(cv, today);
    let work = cv.work.as_deref().unwrap_or_default();
    for (a, &(i, s1, e1)) in periods.iter().enumerate() {
        for &(j, s2, e2) in &periods[a + 1..] {
            let months = e1.min(e2) - s1.max(s2) + 1;
            if months > 3 {
                let later = if s2 >= s1 { j } else { i };
                let other = if later == i { j } else { i };
                let name = work[other]
                    .name
                    .as_deref()
                    .or(work[other].position.as_deref())
                    .unwrap_or("another job");
                found.add(
                    Severity::Warning,
                    CheckKind::Overlap,
                    format!("work[{later}].startDate"),
                    format!("overlaps work[{other}] ({name}) by {months} months: say if one was part-time, freelance or a side project"),
                );
            }
        }
    }
}

fn sections(cv: &Cv, found: &mut Found) {
    use {CheckKind::Section, Severity::*};
    let present = [
        (
            "work",
            cv.work.as_ref().is_some_and(|w| !w.is_empty()),
            "work experience",
        ),
        (
            "education",
            cv.education.as_ref().is_some_and(|e| !e.is_empty()),
            "education",
        ),
        (
            "skills",
            cv.skills.as_ref().is_some_and(|s| !s.is_empty()),
            "skills",
        ),
    ];
    for (path, has, what) in present {
        if !has {
            found.add(
                Warning,
                Section,
                path,
                format!("no {what} section: ATS look for one"),
            );
        }
    }
    if cv.basics.as_ref().is_none_or(|b| blank(b.summary.as_ref())) {
        found.add(
            Info,
            Section,
            "basics.summary",
            "no summary: two lines on who you are help both ATS and readers",
        );
    }
    let layout = cv.cvimprover.sections.clone().unwrap_or_default();
    for (k, key) in layout.hidden.iter().enumerate() {
        if matches!(
            SectionKey::parse(key),
            Some(SectionKey::Work | SectionKey::Education | SectionKey::Skills)
        ) {
            found.add(
                Warning,
                Section,
                format!("cvimprover.sections.hidden[{k}]"),
                format!("hides {key}, a section ATS expect"),
            );
        }
    }
}

fn pages(cv: &Cv, options: &Options, found: &mut Found) {
    let Some(pages) = options.page_count else {
        return;
    };
    let years = title::years_of_experience(cv, options.today);
    if pages > 2 {
        found.add(
            Severity::Warning,
            CheckKind::PageCount,
            "",
            format!("{pages} pages: recruiters skim; aim for two at most"),
        );
    } else if pages == 2 && years < 5 {
        found.add(
            Severity::Info,
            CheckKind::PageCount,
            "",
            format!("2 pages with {years} years of experience: one is usually enough"),
        );
    }
}
