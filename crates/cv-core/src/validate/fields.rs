//! Field-level checks: contact details, dates and periods, links, empty entries, and control
//! characters anywhere in the document.

use std::cmp::Ordering;

use serde_json::Value;

use super::Report;
use crate::date::PartialDate;
use crate::model::Cv;

/// One entry's fields that the checks look at, named as in the document.
#[derive(Default)]
struct EntryFields<'a> {
    /// `(field name, value)` of the fields that identify the entry; all empty → not shown.
    names: [(&'static str, Option<&'a str>); 2],
    /// `(start field, start, end field, end)` of a period.
    period: Option<(&'static str, Option<&'a str>, &'static str, Option<&'a str>)>,
    /// `(field, value)` of a single date.
    date: Option<(&'static str, Option<&'a str>)>,
    url: Option<&'a str>,
}

pub(super) fn check_basics(cv: &Cv, report: &mut Report) {
    let basics = cv.basics.clone().unwrap_or_default();
    if basics.name.as_deref().is_none_or(|n| n.trim().is_empty()) {
        report.warning("basics.name", "no name: the CV will not say whose it is");
    }
    match basics.email.as_deref().map(str::trim) {
        None | Some("") => {
            report.warning("basics.email", "no e-mail address: recruiters expect one")
        }
        Some(email) if !looks_like_email(email) => report.warning(
            "basics.email",
            format!("\"{email}\" does not look like an e-mail address"),
        ),
        Some(_) => {}
    }
    check_url("basics.url", basics.url.as_deref(), report);
    for (i, profile) in basics.profiles.iter().flatten().enumerate() {
        check_url(
            &format!("basics.profiles[{i}].url"),
            profile.url.as_deref(),
            report,
        );
    }
}

fn looks_like_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    !local.is_empty() && domain.contains('.') && !email.chars().any(char::is_whitespace)
}

fn check_url(path: &str, url: Option<&str>, report: &mut Report) {
    let Some(url) = url.map(str::trim).filter(|u| !u.is_empty()) else {
        return;
    };
    if !(url.starts_with("https://") || url.starts_with("http://")) {
        report.warning(
            path,
            format!("\"{url}\" is not a full link: start it with https://"),
        );
    }
}

fn check_date(path: &str, value: Option<&str>, report: &mut Report) -> Option<PartialDate> {
    let value = value?;
    let date = PartialDate::parse(value.trim());
    if date.is_none() {
        report.error(
            path,
            format!("expected YYYY, YYYY-MM or YYYY-MM-DD, got \"{value}\""),
        );
    }
    date
}

fn check_entry(path: &str, fields: &EntryFields, report: &mut Report) {
    if fields
        .names
        .iter()
        .all(|(_, v)| v.is_none_or(|v| v.trim().is_empty()))
    {
        let [(a, _), (b, _)] = fields.names;
        report.warning(path, format!("has neither {a} nor {b}, so it is not shown"));
    }
    if let Some((field, value)) = fields.date {
        check_date(&format!("{path}.{field}"), value, report);
    }
    if let Some((start_field, start, end_field, end)) = fields.period {
        let start_date = check_date(&format!("{path}.{start_field}"), start, report);
        let end_date = check_date(&format!("{path}.{end_field}"), end, report);
        if let (Some(s), Some(e)) = (start_date, end_date)
            && e.cmp_coarse(&s) == Ordering::Less
        {
            report.error(
                format!("{path}.{end_field}"),
                format!(
                    "ends ({}) before it starts ({})",
                    end.unwrap_or_default(),
                    start.unwrap_or_default()
                ),
            );
        }
    }
    check_url(&format!("{path}.url"), fields.url, report);
}

pub(super) fn check_entries(cv: &Cv, report: &mut Report) {
    fn d(s: &Option<String>) -> Option<&str> {
        s.as_deref()
    }
    let mut each = |section: &str, entries: Vec<EntryFields>| {
        for (i, fields) in entries.iter().enumerate() {
            check_entry(&format!("{section}[{i}]"), fields, report);
        }
    };
    macro_rules! entries {
        ($list:expr, |$e:ident| $fields:expr) => {
            $list
                .iter()
                .flatten()
                .map(|$e| $fields)
                .collect::<Vec<EntryFields>>()
        };
    }
    each(
        "work",
        entries!(cv.work, |e| EntryFields {
            names: [("position", d(&e.position)), ("name", d(&e.name))],
            period: Some(("startDate", d(&e.start_date), "endDate", d(&e.end_date))),
            url: d(&e.url),
            ..EntryFields::default()
        }),
    );
    each(
        "volunteer",
        entries!(cv.volunteer, |e| EntryFields {
            names: [
                ("position", d(&e.position)),
                ("organization", d(&e.organization))
            ],
            period: Some(("startDate", d(&e.start_date), "endDate", d(&e.end_date))),
            url: d(&e.url),
            ..EntryFields::default()
        }),
    );
    each(
        "education",
        entries!(cv.education, |e| EntryFields {
            names: [("institution", d(&e.institution)), ("area", d(&e.area))],
            period: Some(("startDate", d(&e.start_date), "endDate", d(&e.end_date))),
            url: d(&e.url),
            ..EntryFields::default()
        }),
    );
    each(
        "awards",
        entries!(cv.awards, |e| EntryFields {
            names: [("title", d(&e.title)), ("awarder", d(&e.awarder))],
            date: Some(("date", d(&e.date))),
            ..EntryFields::default()
        }),
    );
    each(
        "certificates",
        entries!(cv.certificates, |e| EntryFields {
            names: [("name", d(&e.name)), ("issuer", d(&e.issuer))],
            date: Some(("date", d(&e.date))),
            url: d(&e.url),
            ..EntryFields::default()
        }),
    );
    each(
        "publications",
        entries!(cv.publications, |e| EntryFields {
            names: [("name", d(&e.name)), ("publisher", d(&e.publisher))],
            date: Some(("releaseDate", d(&e.release_date))),
            url: d(&e.url),
            ..EntryFields::default()
        }),
    );
    each(
        "projects",
        entries!(cv.projects, |e| EntryFields {
            names: [("name", d(&e.name)), ("entity", d(&e.entity))],
            period: Some(("startDate", d(&e.start_date), "endDate", d(&e.end_date))),
            url: d(&e.url),
            ..EntryFields::default()
        }),
    );
    for (s, section) in cv.cvimprover.custom_sections.iter().flatten().enumerate() {
        each(
            &format!("cvimprover.customSections[{s}].entries"),
            entries!(section.entries, |e| EntryFields {
                names: [("title", d(&e.title)), ("subtitle", d(&e.subtitle))],
                period: Some(("startDate", d(&e.start_date), "endDate", d(&e.end_date))),
                date: Some(("date", d(&e.date))),
                url: d(&e.url),
            }),
        );
    }
}

/// Control characters (other than line breaks and tabs) anywhere in the document's text: they
/// are invisible, confuse ATS parsers and are removed when rendering.
pub(super) fn check_text(cv: &Cv, report: &mut Report) {
    let value = serde_json::to_value(cv).expect("a Cv always serialises");
    walk(&value, &mut String::new(), report);
}

fn walk(value: &Value, path: &mut String, report: &mut Report) {
    let len = path.len();
    match value {
        Value::String(text) => {
            if let Some(c) = text
                .chars()
                .find(|c| c.is_control() && !matches!(c, '\n' | '\t' | '\r'))
            {
                report.warning(
                    path.clone(),
                    format!("contains the invisible control character U+{:04X}; it is left out of the PDF", c as u32),
                );
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                path.push_str(&format!("[{i}]"));
                walk(item, path, report);
                path.truncate(len);
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
                walk(item, path, report);
                path.truncate(len);
            }
        }
        _ => {}
    }
}
