//! The CV as a flat list of texts, each with the field path it came from (`work[2].highlights[0]`,
//! the style [`crate::validate()`] uses), so that every match and finding can point at its field.
//!
//! Which fields are checked for what is decided by the callers ([`super::checks`], matching);
//! this module only walks the document, in document order. References are left out: they are
//! someone else's words.

use crate::model::Cv;

/// What a field is, as far as the checks care.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `basics.label`, `work[i].position`, `volunteer[i].position`.
    Title,
    /// A summary or description paragraph.
    Summary,
    /// One achievement bullet (`highlights[j]`).
    Bullet,
    /// A skill name or keyword.
    Skill,
    /// `education[i].studyType`, `.area`, `.courses[j]`.
    Education,
    /// `languages[i].language`.
    Language,
    /// Anything else: names, certificates, awards, interests.
    Other,
}

/// One text of the CV.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field<'a> {
    /// Where it is, e.g. `work[0].highlights[2]`.
    pub path: String,
    /// The text.
    pub text: &'a str,
    /// What it is.
    pub kind: Kind,
}

struct Walk<'a>(Vec<Field<'a>>);

impl<'a> Walk<'a> {
    fn one(&mut self, path: String, text: &'a Option<String>, kind: Kind) {
        if let Some(text) = text.as_deref().filter(|t| !t.trim().is_empty()) {
            self.0.push(Field { path, text, kind });
        }
    }

    fn list(&mut self, path: &str, texts: &'a Option<Vec<String>>, kind: Kind) {
        for (j, text) in texts.iter().flatten().enumerate() {
            if !text.trim().is_empty() {
                self.0.push(Field {
                    path: format!("{path}[{j}]"),
                    text,
                    kind,
                });
            }
        }
    }
}

/// Every non-empty text of `cv` with its path, in document order.
pub fn collect(cv: &Cv) -> Vec<Field<'_>> {
    let mut w = Walk(Vec::new());
    experience(cv, &mut w);
    the_rest(cv, &mut w);
    w.0
}

/// The headline, summary, jobs, volunteering and education.
fn experience<'a>(cv: &'a Cv, w: &mut Walk<'a>) {
    if let Some(b) = &cv.basics {
        w.one("basics.label".into(), &b.label, Kind::Title);
        w.one("basics.summary".into(), &b.summary, Kind::Summary);
    }
    for (i, e) in cv.work.iter().flatten().enumerate() {
        let at = |f: &str| format!("work[{i}].{f}");
        w.one(at("position"), &e.position, Kind::Title);
        w.one(at("name"), &e.name, Kind::Other);
        w.one(at("description"), &e.description, Kind::Summary);
        w.one(at("summary"), &e.summary, Kind::Summary);
        w.list(&at("highlights"), &e.highlights, Kind::Bullet);
    }
    for (i, e) in cv.volunteer.iter().flatten().enumerate() {
        let at = |f: &str| format!("volunteer[{i}].{f}");
        w.one(at("position"), &e.position, Kind::Title);
        w.one(at("summary"), &e.summary, Kind::Summary);
        w.list(&at("highlights"), &e.highlights, Kind::Bullet);
    }
    for (i, e) in cv.education.iter().flatten().enumerate() {
        let at = |f: &str| format!("education[{i}].{f}");
        w.one(at("studyType"), &e.study_type, Kind::Education);
        w.one(at("area"), &e.area, Kind::Education);
        w.list(&at("courses"), &e.courses, Kind::Education);
    }
}

/// Certificates, awards, publications, skills, languages, projects, interests, custom sections.
fn the_rest<'a>(cv: &'a Cv, w: &mut Walk<'a>) {
    for (i, e) in cv.certificates.iter().flatten().enumerate() {
        w.one(format!("certificates[{i}].name"), &e.name, Kind::Other);
    }
    for (i, e) in cv.awards.iter().flatten().enumerate() {
        w.one(format!("awards[{i}].title"), &e.title, Kind::Other);
        w.one(format!("awards[{i}].summary"), &e.summary, Kind::Summary);
    }
    for (i, e) in cv.publications.iter().flatten().enumerate() {
        w.one(format!("publications[{i}].name"), &e.name, Kind::Other);
        w.one(
            format!("publications[{i}].summary"),
            &e.summary,
            Kind::Summary,
        );
    }
    for (i, e) in cv.skills.iter().flatten().enumerate() {
        w.one(format!("skills[{i}].name"), &e.name, Kind::Skill);
        w.list(&format!("skills[{i}].keywords"), &e.keywords, Kind::Skill);
    }
    for (i, e) in cv.languages.iter().flatten().enumerate() {
        w.one(
            format!("languages[{i}].language"),
            &e.language,
            Kind::Language,
        );
    }
    for (i, e) in cv.projects.iter().flatten().enumerate() {
        let at = |f: &str| format!("projects[{i}].{f}");
        w.one(at("name"), &e.name, Kind::Other);
        w.one(at("description"), &e.description, Kind::Summary);
        w.list(&at("highlights"), &e.highlights, Kind::Bullet);
        w.list(&at("keywords"), &e.keywords, Kind::Skill);
    }
    for (i, e) in cv.interests.iter().flatten().enumerate() {
        w.one(format!("interests[{i}].name"), &e.name, Kind::Other);
        w.list(
            &format!("interests[{i}].keywords"),
            &e.keywords,
            Kind::Other,
        );
    }
    for (i, s) in cv.cvimprover.custom_sections.iter().flatten().enumerate() {
        for (j, e) in s.entries.iter().flatten().enumerate() {
            let at = |f: &str| format!("cvimprover.customSections[{i}].entries[{j}].{f}");
            w.one(at("title"), &e.title, Kind::Other);
            w.one(at("subtitle"), &e.subtitle, Kind::Other);
            w.one(at("summary"), &e.summary, Kind::Summary);
            w.list(&at("highlights"), &e.highlights, Kind::Bullet);
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn paths_follow_the_validation_style() {
        let cv = Cv::from_json_value(json!({
            "basics": {"label": "Engineer", "summary": " "},
            "work": [{"position": "Dev", "highlights": ["a", "", "c"]}],
            "skills": [{"keywords": ["Go"]}]
        }))
        .expect("loads");
        let paths: Vec<(String, Kind)> =
            collect(&cv).into_iter().map(|f| (f.path, f.kind)).collect();
        assert_eq!(
            paths,
            [
                ("basics.label".to_owned(), Kind::Title),
                ("work[0].position".to_owned(), Kind::Title),
                ("work[0].highlights[0]".to_owned(), Kind::Bullet),
                ("work[0].highlights[2]".to_owned(), Kind::Bullet),
                ("skills[0].keywords[0]".to_owned(), Kind::Skill),
            ]
        );
    }
}
