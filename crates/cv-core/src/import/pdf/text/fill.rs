//! Entries onto the model: each section's printed entries onto its JSON Resume fields (a job's
//! title is its `position`, a degree's heading is "study type, area", a project's lines after the
//! bullets are its keywords and roles), unknown sections onto custom sections.

use super::build::{Builder, joined, some_list};
use super::entries::RawEntry;
use crate::model::*;

impl Builder {
    pub(super) fn entries(&mut self, title: &str, key: &SectionKey, found: Vec<RawEntry>, c: f32) {
        if let SectionKey::Custom(_) = key {
            self.custom(title, key, found, Vec::new(), c);
            return;
        }
        for e in found {
            self.entry(key, e, c);
        }
    }

    fn entry(&mut self, key: &SectionKey, mut e: RawEntry, c: f32) {
        // Only a project has roles; elsewhere the note stays text.
        let note = e.link_note.take();
        if !matches!(key, SectionKey::Projects)
            && let Some(n) = note.clone()
        {
            e.summary.insert(0, n);
        }
        let dated = if e.start.is_some() { 0.9 } else { 0.6 };
        let conf = c * dated;
        let (start_date, end_date) = (e.start.clone(), e.end.clone());
        let path: String = match key {
            SectionKey::Work => {
                let list = self.cv.work.get_or_insert_with(Vec::new);
                list.push(Work {
                    position: e.title,
                    name: e.org,
                    location: e.location,
                    url: e.url,
                    start_date,
                    end_date,
                    summary: joined(&e.summary),
                    highlights: some_list(e.bullets),
                    description: joined(&e.after),
                    ..Work::default()
                });
                format!("work[{}]", list.len() - 1)
            }
            SectionKey::Volunteer => {
                let list = self.cv.volunteer.get_or_insert_with(Vec::new);
                let mut summary = e.summary;
                summary.extend(e.after);
                list.push(Volunteer {
                    position: e.title,
                    organization: e.org,
                    url: e.url,
                    start_date,
                    end_date,
                    summary: joined(&summary),
                    highlights: some_list(e.bullets),
                    ..Volunteer::default()
                });
                format!("volunteer[{}]", list.len() - 1)
            }
            SectionKey::Education => {
                let (study_type, area) = match e.title.as_deref().and_then(|t| t.split_once(", ")) {
                    Some((s, a)) => (Some(s.to_owned()), Some(a.to_owned())),
                    None => (e.title.clone(), None),
                };
                let mut score = e.summary;
                score.extend(e.after);
                let list = self.cv.education.get_or_insert_with(Vec::new);
                list.push(Education {
                    institution: e.org,
                    study_type,
                    area,
                    url: e.url,
                    start_date,
                    end_date,
                    score: joined(&score),
                    courses: some_list(e.bullets),
                    ..Education::default()
                });
                format!("education[{}]", list.len() - 1)
            }
            SectionKey::Projects => {
                let mut after = e.after.into_iter();
                let keywords = after.next().map(|t| split_list(&t));
                let roles = note
                    .map(|t| split_list(&t))
                    .or_else(|| after.next().map(|t| split_list(&t)));
                let list = self.cv.projects.get_or_insert_with(Vec::new);
                list.push(Project {
                    name: e.title,
                    entity: e.org,
                    url: e.url,
                    start_date,
                    end_date,
                    description: joined(&e.summary),
                    highlights: some_list(e.bullets),
                    keywords,
                    roles,
                    ..Project::default()
                });
                format!("projects[{}]", list.len() - 1)
            }
            SectionKey::Awards => {
                let mut summary = e.summary;
                summary.extend(e.after);
                let list = self.cv.awards.get_or_insert_with(Vec::new);
                list.push(Award {
                    title: e.title,
                    awarder: e.org,
                    date: e.start,
                    summary: joined(&summary),
                    ..Award::default()
                });
                format!("awards[{}]", list.len() - 1)
            }
            SectionKey::Certificates => {
                let list = self.cv.certificates.get_or_insert_with(Vec::new);
                list.push(Certificate {
                    name: e.title,
                    issuer: e.org,
                    date: e.start,
                    url: e.url,
                    ..Certificate::default()
                });
                format!("certificates[{}]", list.len() - 1)
            }
            SectionKey::Publications => {
                let mut summary = e.summary;
                summary.extend(e.after);
                let list = self.cv.publications.get_or_insert_with(Vec::new);
                list.push(Publication {
                    name: e.title,
                    publisher: e.org,
                    release_date: e.start,
                    url: e.url,
                    summary: joined(&summary),
                    ..Publication::default()
                });
                format!("publications[{}]", list.len() - 1)
            }
            _ => {
                let mut text = e.summary;
                text.extend(e.bullets);
                text.extend(e.after);
                let list = self.cv.references.get_or_insert_with(Vec::new);
                list.push(Reference {
                    name: e.title,
                    reference: joined(&text),
                    ..Reference::default()
                });
                format!("references[{}]", list.len() - 1)
            }
        };
        self.note(path, conf);
    }

    pub(super) fn custom(
        &mut self,
        title: &str,
        key: &SectionKey,
        found: Vec<RawEntry>,
        before: Vec<String>,
        c: f32,
    ) {
        let sections = self
            .cv
            .cvimprover
            .custom_sections
            .get_or_insert_with(Vec::new);
        let index = sections.len();
        let mut list: Vec<CustomEntry> = before
            .into_iter()
            .map(|t| CustomEntry {
                title: Some(t),
                ..CustomEntry::default()
            })
            .collect();
        for e in found {
            let (date, start_date, end_date) = if e.end.is_none() && !e.ongoing {
                (e.start, None, None)
            } else {
                (None, e.start, e.end)
            };
            let mut summary = e.summary;
            summary.extend(e.after);
            list.push(CustomEntry {
                title: e.title,
                subtitle: e.org,
                location: e.location,
                url: e.url,
                date,
                start_date,
                end_date,
                summary: joined(&summary),
                highlights: some_list(e.bullets),
                ..CustomEntry::default()
            });
        }
        let _ = key;
        sections.push(CustomSection {
            title: Some(title.to_owned()),
            entries: Some(list),
            ..CustomSection::default()
        });
        self.note(format!("cvimprover.customSections[{index}]"), c);
    }
}

fn split_list(text: &str) -> Vec<String> {
    let sep = if text.contains(" · ") { " · " } else { ", " };
    text.split(sep)
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .collect()
}
