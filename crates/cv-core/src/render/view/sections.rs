//! How each JSON Resume section maps onto the `entries` and `tags` layouts.

use super::{Ctx, Entry, Tag, clean_list, clean_opt, link};
use crate::model::{CustomSection, SectionKey};

/// `title` or, failing that, `org` promoted to the title: templates may rely on a title.
fn entry(id: &str, title: Option<String>, org: Option<String>) -> Option<Entry> {
    let (title, org) = match (title, org) {
        (None, None) => return None,
        (None, org) => (org, None),
        (title, org) => (title, org),
    };
    Some(Entry {
        id: id.to_owned(),
        title,
        org,
        ..Entry::default()
    })
}

fn joined(parts: &[&Option<String>], separator: &str) -> Option<String> {
    let parts: Vec<String> = parts
        .iter()
        .filter_map(|p| clean_opt(p.as_deref()))
        .collect();
    (!parts.is_empty()).then(|| parts.join(separator))
}

impl Ctx<'_> {
    /// The entries of a built-in `entries`-layout section.
    pub(super) fn entries(&self, key: &SectionKey) -> Vec<Entry> {
        let cv = self.cv;
        let c = |s: &Option<String>| clean_opt(s.as_deref());
        let mut out = Vec::new();
        match key {
            SectionKey::Work => {
                for w in cv.work.iter().flatten() {
                    out.extend(entry(&w.id, c(&w.position), c(&w.name)).map(|e| Entry {
                        location: c(&w.location),
                        date: self.range(&w.start_date, &w.end_date),
                        url: link(w.url.as_deref()),
                        summary: c(&w.summary),
                        bullets: clean_list(&w.highlights),
                        note: c(&w.description),
                        ..e
                    }));
                }
            }
            SectionKey::Volunteer => {
                for v in cv.volunteer.iter().flatten() {
                    out.extend(
                        entry(&v.id, c(&v.position), c(&v.organization)).map(|e| Entry {
                            date: self.range(&v.start_date, &v.end_date),
                            url: link(v.url.as_deref()),
                            summary: c(&v.summary),
                            bullets: clean_list(&v.highlights),
                            ..e
                        }),
                    );
                }
            }
            SectionKey::Education => {
                for ed in cv.education.iter().flatten() {
                    let degree = joined(&[&ed.study_type, &ed.area], ", ");
                    out.extend(entry(&ed.id, degree, c(&ed.institution)).map(|e| Entry {
                        date: self.range(&ed.start_date, &ed.end_date),
                        url: link(ed.url.as_deref()),
                        bullets: clean_list(&ed.courses),
                        note: c(&ed.score),
                        ..e
                    }));
                }
            }
            SectionKey::Awards => {
                for a in cv.awards.iter().flatten() {
                    out.extend(entry(&a.id, c(&a.title), c(&a.awarder)).map(|e| Entry {
                        date: self.date(&a.date),
                        summary: c(&a.summary),
                        ..e
                    }));
                }
            }
            SectionKey::Certificates => {
                for cert in cv.certificates.iter().flatten() {
                    out.extend(
                        entry(&cert.id, c(&cert.name), c(&cert.issuer)).map(|e| Entry {
                            date: self.date(&cert.date),
                            url: link(cert.url.as_deref()),
                            ..e
                        }),
                    );
                }
            }
            SectionKey::Publications => {
                for p in cv.publications.iter().flatten() {
                    out.extend(entry(&p.id, c(&p.name), c(&p.publisher)).map(|e| Entry {
                        date: self.date(&p.release_date),
                        url: link(p.url.as_deref()),
                        summary: c(&p.summary),
                        ..e
                    }));
                }
            }
            SectionKey::References => {
                for r in cv.references.iter().flatten() {
                    let e = entry(&r.id, c(&r.name), None).or_else(|| {
                        c(&r.reference).map(|_| Entry {
                            id: r.id.clone(),
                            ..Entry::default()
                        })
                    });
                    out.extend(e.map(|e| Entry {
                        summary: c(&r.reference),
                        ..e
                    }));
                }
            }
            SectionKey::Projects => {
                for p in cv.projects.iter().flatten() {
                    out.extend(entry(&p.id, c(&p.name), c(&p.entity)).map(|e| Entry {
                        date: self.range(&p.start_date, &p.end_date),
                        url: link(p.url.as_deref()),
                        summary: c(&p.description),
                        bullets: clean_list(&p.highlights),
                        tags: clean_list(&p.keywords),
                        note: Some(clean_list(&p.roles).join(", ")).filter(|r| !r.is_empty()),
                        ..e
                    }));
                }
            }
            _ => {}
        }
        out
    }

    /// The items of a `tags`-layout section: skills, languages, interests.
    pub(super) fn tags(&self, key: &SectionKey) -> Vec<Tag> {
        let cv = self.cv;
        let c = |s: &Option<String>| clean_opt(s.as_deref());
        let tag = |id: &str, name: Option<String>, level: Option<String>, items: Vec<String>| {
            let empty = name.is_none() && level.is_none() && items.is_empty();
            (!empty).then(|| Tag {
                id: id.to_owned(),
                name,
                level,
                items,
            })
        };
        match key {
            SectionKey::Skills => cv
                .skills
                .iter()
                .flatten()
                .filter_map(|s| tag(&s.id, c(&s.name), c(&s.level), clean_list(&s.keywords)))
                .collect(),
            SectionKey::Languages => cv
                .languages
                .iter()
                .flatten()
                .filter_map(|l| tag(&l.id, c(&l.language), c(&l.fluency), Vec::new()))
                .collect(),
            SectionKey::Interests => cv
                .interests
                .iter()
                .flatten()
                .filter_map(|i| tag(&i.id, c(&i.name), None, clean_list(&i.keywords)))
                .collect(),
            _ => Vec::new(),
        }
    }

    /// The entries of a custom section.
    pub(super) fn custom_entries(&self, section: &CustomSection) -> Vec<Entry> {
        let c = |s: &Option<String>| clean_opt(s.as_deref());
        let mut out = Vec::new();
        for ce in section.entries.iter().flatten() {
            let date = self
                .date(&ce.date)
                .or_else(|| self.range(&ce.start_date, &ce.end_date));
            out.extend(entry(&ce.id, c(&ce.title), c(&ce.subtitle)).map(|e| Entry {
                location: c(&ce.location),
                date,
                url: link(ce.url.as_deref()),
                summary: c(&ce.summary),
                bullets: clean_list(&ce.highlights),
                ..e
            }));
        }
        out
    }
}
