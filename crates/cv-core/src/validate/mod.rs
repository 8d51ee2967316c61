//! Checks that a loaded CV makes sense, with a message located at the field it concerns:
//! `work[2].startDate: expected YYYY, YYYY-MM or YYYY-MM-DD, got "March 2020"`.
//!
//! Errors are what makes the CV wrong on paper (an unparseable date, an end before its start, an
//! unknown template); warnings are what a reader would miss (no e-mail, a link without a scheme).
//! Shape errors (a number where a string belongs) never get here: loading reports them.

mod fields;

use serde::Serialize;

use crate::locale;
use crate::model::{Cv, SectionKey};
use crate::render::{fonts::BUNDLED_FAMILIES, templates};

/// How serious an [`Issue`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// The CV is wrong and should be fixed before it is sent.
    Error,
    /// Worth a look.
    Warning,
}

/// One finding, located at a field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Issue {
    /// Error or warning.
    pub level: Level,
    /// Where: `basics.email`, `work[2].startDate`, …
    pub path: String,
    /// What is wrong, for the person who wrote the CV.
    pub message: String,
}

impl std::fmt::Display for Issue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Collects issues as the checks find them.
#[derive(Default)]
pub(crate) struct Report(Vec<Issue>);

impl Report {
    pub(crate) fn error(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.0.push(Issue {
            level: Level::Error,
            path: path.into(),
            message: message.into(),
        });
    }

    pub(crate) fn warning(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.0.push(Issue {
            level: Level::Warning,
            path: path.into(),
            message: message.into(),
        });
    }
}

/// Every issue in `cv`, errors first, each group in document order.
pub fn validate(cv: &Cv) -> Vec<Issue> {
    let mut report = Report::default();
    fields::check_basics(cv, &mut report);
    fields::check_entries(cv, &mut report);
    check_settings(cv, &mut report);
    fields::check_text(cv, &mut report);
    let mut issues = report.0;
    issues.sort_by_key(|i| i.level);
    issues
}

/// Whether `text` is a `#rrggbb` colour.
pub fn is_hex_colour(text: &str) -> bool {
    text.len() == 7 && text.starts_with('#') && text[1..].bytes().all(|b| b.is_ascii_hexdigit())
}

fn check_settings(cv: &Cv, report: &mut Report) {
    let settings = &cv.cvimprover;
    if let Some(code) = &settings.locale
        && locale::find(code).is_none()
    {
        report.error(
            "cvimprover.locale",
            format!(
                "unknown locale \"{code}\": expected one of {}",
                locale::codes().join(", ")
            ),
        );
    }
    check_design(cv, report);
    let custom_ids: Vec<&str> = settings
        .custom_sections
        .iter()
        .flatten()
        .map(|s| s.id.as_str())
        .collect();
    let layout = settings.sections.clone().unwrap_or_default();
    for (field, keys) in [("order", &layout.order), ("hidden", &layout.hidden)] {
        for (i, key) in keys.iter().enumerate() {
            let known = match SectionKey::parse(key) {
                Some(SectionKey::Custom(id)) => custom_ids.contains(&id.as_str()),
                Some(_) => true,
                None => false,
            };
            if !known {
                report.warning(
                    format!("cvimprover.sections.{field}[{i}]"),
                    format!("unknown section \"{key}\"; it is ignored"),
                );
            }
        }
    }
    for (i, section) in settings.custom_sections.iter().flatten().enumerate() {
        if section.title.as_deref().is_none_or(|t| t.trim().is_empty()) {
            report.warning(
                format!("cvimprover.customSections[{i}].title"),
                "a custom section needs a title to be shown with one",
            );
        }
    }
}

fn check_design(cv: &Cv, report: &mut Report) {
    let Some(design) = &cv.cvimprover.design else {
        return;
    };
    let at = |field: &str| format!("cvimprover.design.{field}");
    if let Some(name) = &design.template
        && templates::find(name).is_none()
    {
        let names = templates::template_names().join(", ");
        report.error(
            at("template"),
            format!("unknown template \"{name}\": expected one of {names}"),
        );
    }
    if let Some(colour) = &design.accent_color
        && !is_hex_colour(colour)
    {
        report.error(
            at("accentColor"),
            format!("expected a colour as #rrggbb, got \"{colour}\""),
        );
    }
    if let Some(size) = design.font_size
        && !(8.0..=14.0).contains(&size)
    {
        report.error(
            at("fontSize"),
            format!("expected 8 to 14 points, got {size}"),
        );
    }
    if let Some(m) = &design.margins {
        for (side, value) in [
            ("top", m.top),
            ("right", m.right),
            ("bottom", m.bottom),
            ("left", m.left),
        ] {
            if !(5.0..=40.0).contains(&value) {
                report.error(
                    at(&format!("margins.{side}")),
                    format!("expected 5 to 40 mm, got {value}"),
                );
            }
        }
    }
    if let Some(family) = &design.font_family
        && !BUNDLED_FAMILIES
            .iter()
            .any(|f| f.eq_ignore_ascii_case(family))
    {
        report.warning(
            at("fontFamily"),
            format!(
                "\"{family}\" is not bundled with CV Improver ({}): it is used only where it is \
                 installed, so the PDF may look different on another computer",
                BUNDLED_FAMILIES.join(", ")
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn issues(doc: serde_json::Value) -> Vec<String> {
        let cv = Cv::from_json_value(doc).expect("loads");
        validate(&cv)
            .iter()
            .map(|i| {
                format!(
                    "{}: {i}",
                    if i.level == Level::Error {
                        "error"
                    } else {
                        "warning"
                    }
                )
            })
            .collect()
    }

    fn complete(extra: serde_json::Value) -> serde_json::Value {
        let mut doc = json!({"basics": {"name": "Ada", "email": "ada@example.com"}});
        doc.as_object_mut()
            .expect("object")
            .extend(extra.as_object().expect("object").clone());
        doc
    }

    #[test]
    fn each_problem_is_reported_at_its_field() {
        let cases = [
            (
                json!({"work": [{"name": "A"}, {"name": "B"}, {"name": "C", "startDate": "March 2020"}]}),
                "error: work[2].startDate: expected YYYY, YYYY-MM or YYYY-MM-DD, got \"March 2020\"",
            ),
            (
                json!({"education": [{"institution": "U", "startDate": "2020-09", "endDate": "2019-06"}]}),
                "error: education[0].endDate: ends (2019-06) before it starts (2020-09)",
            ),
            (
                json!({"awards": [{"title": "T", "date": "2021-02-30"}]}),
                "error: awards[0].date: expected YYYY, YYYY-MM or YYYY-MM-DD, got \"2021-02-30\"",
            ),
            (
                json!({"cvimprover": {"schemaVersion": 1, "locale": "xx"}}),
                "error: cvimprover.locale: unknown locale \"xx\": expected one of en, de, fr, es, it, pt, nl, pl, ar, he",
            ),
            (
                json!({"cvimprover": {"schemaVersion": 1, "design": {"template": "fancy"}}}),
                "error: cvimprover.design.template: unknown template \"fancy\": expected one of classic, modern, sidebar, compact",
            ),
            (
                json!({"cvimprover": {"schemaVersion": 1, "design": {"accentColor": "blue"}}}),
                "error: cvimprover.design.accentColor: expected a colour as #rrggbb, got \"blue\"",
            ),
            (
                json!({"cvimprover": {"schemaVersion": 1, "design": {"fontSize": 30}}}),
                "error: cvimprover.design.fontSize: expected 8 to 14 points, got 30",
            ),
            (
                json!({"cvimprover": {"schemaVersion": 1, "design": {"margins": {"top": 2, "right": 10, "bottom": 10, "left": 10}}}}),
                "error: cvimprover.design.margins.top: expected 5 to 40 mm, got 2",
            ),
            (
                json!({"work": [{"summary": "no names"}]}),
                "warning: work[0]: has neither position nor name, so it is not shown",
            ),
            (
                json!({"projects": [{"name": "P", "url": "example.com"}]}),
                "warning: projects[0].url: \"example.com\" is not a full link: start it with https://",
            ),
            (
                json!({"cvimprover": {"schemaVersion": 1, "sections": {"order": ["work", "hobbies"]}}}),
                "warning: cvimprover.sections.order[1]: unknown section \"hobbies\"; it is ignored",
            ),
            (
                json!({"skills": [{"name": "Bell\u{7}"}]}),
                "warning: skills[0].name: contains the invisible control character U+0007; it is left out of the PDF",
            ),
        ];
        for (doc, wanted) in cases {
            let found = issues(complete(doc.clone()));
            assert!(
                found.iter().any(|f| f == wanted),
                "{doc}\nwanted {wanted}\ngot {found:#?}"
            );
        }
    }

    #[test]
    fn missing_contact_details_are_warnings_and_errors_come_first() {
        let found = issues(json!({"work": [{"name": "A", "startDate": "soon"}]}));
        assert_eq!(
            found,
            [
                "error: work[0].startDate: expected YYYY, YYYY-MM or YYYY-MM-DD, got \"soon\"",
                "warning: basics.name: no name: the CV will not say whose it is",
                "warning: basics.email: no e-mail address: recruiters expect one",
            ]
        );
    }

    #[test]
    fn a_complete_cv_has_no_issues() {
        let doc = complete(json!({
            "work": [{"name": "A", "position": "P", "startDate": "2019", "endDate": "2019-05", "url": "https://a.example"}],
            "cvimprover": {"schemaVersion": 1, "locale": "de", "design": {"template": "modern", "accentColor": "#1F5FAE", "fontFamily": "inter"}}
        }));
        assert_eq!(issues(doc), Vec::<String>::new());
    }
}
