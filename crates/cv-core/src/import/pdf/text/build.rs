//! Found pieces → the [`Cv`]: basics from the header and contact block, each section's entries
//! onto its JSON Resume fields, unknown sections onto custom sections, and a confidence for every
//! field filled. Anything left over goes to `unplaced`.

use super::contacts::{self, Contact};
use super::entries;
use super::layout::Line;
use super::sections::{Block, Split};
use super::tags::{self, RawTag};
use super::vocab::Heading;
use crate::import::FieldConfidence;
use crate::model::*;

/// The document being built, with what we know about each field.
#[derive(Debug, Default)]
pub struct Builder {
    /// The document.
    pub cv: Cv,
    /// Confidence per field path.
    pub fields: Vec<FieldConfidence>,
    /// Text not placed.
    pub unplaced: Vec<String>,
    /// Where the widest lines end (points): lines that wrap reach it.
    pub right: f32,
}

impl Builder {
    pub(super) fn note(&mut self, path: String, confidence: f32) {
        self.fields.push(FieldConfidence { path, confidence });
    }

    fn basics(&mut self) -> &mut Basics {
        self.cv.basics.get_or_insert_with(Basics::default)
    }

    /// Name, headline and contacts from the header lines (and a contact block's lines).
    pub fn header(&mut self, header: &[Line], contact_block: &[Line]) {
        let name_at = header
            .iter()
            .take(6)
            .enumerate()
            .max_by(|a, b| a.1.size().total_cmp(&b.1.size()).then(b.0.cmp(&a.0)))
            .map(|(i, _)| i);
        let mut rest: Vec<Line> = Vec::new();
        let mut after_name = None;
        for (i, line) in header.iter().enumerate() {
            if Some(i) == name_at {
                // The name is the line's largest text; a contact beside it (a header whose
                // contacts stand to the right of the name) is not part of it.
                let (name, others) = name_segment(line);
                self.basics().name = Some(name);
                self.note("basics.name".into(), 0.9);
                after_name = Some(rest.len());
                rest.extend(others);
            } else {
                rest.push(line.clone());
            }
        }
        // Each segment on its own: a headline can share its baseline with a contact.
        let rest: Vec<Line> = rest
            .into_iter()
            .flat_map(|l| {
                let (page, y) = (l.page, l.y);
                l.segments.into_iter().map(move |s| Line {
                    page,
                    y,
                    segments: vec![s],
                })
            })
            .collect();
        let after_name = after_name.map(|at| {
            let before: usize = header.iter().take(at).map(|l| l.segments.len()).sum();
            before.min(rest.len())
        });
        // The headline is the line under the name when that is plain text, else the first
        // plain line before any contact.
        let plain = |l: &Line| {
            let pieces = contact_pieces(l);
            pieces.len() == 1 && pieces.iter().all(|p| contacts::classify(p).is_none())
        };
        // Contacts set in a block beside the name (to its right in LaTeX's moderncv, to its
        // left when right to left) are passed over: the headline stands under the name.
        let name_span = name_at
            .and_then(|i| name_segment_span(&header[i]))
            .unwrap_or((f32::MIN, f32::MAX));
        let under_name = |l: &Line| {
            l.segments.first().is_some_and(|s| {
                let overlap = s.x1.min(name_span.1) - s.x0.max(name_span.0);
                overlap > (s.x1 - s.x0) * 0.25
            })
        };
        let label_at = after_name
            .and_then(|at| (at..rest.len()).find(|i| under_name(&rest[*i])))
            .filter(|i| plain(&rest[*i]))
            .or_else(|| rest.first().filter(|l| plain(l)).map(|_| 0));
        for (i, line) in rest.iter().chain(contact_block).enumerate() {
            let pieces = contact_pieces(line);
            if Some(i) == label_at {
                self.basics().label = Some(line.text());
                self.note("basics.label".into(), 0.75);
                continue;
            }
            for piece in pieces {
                self.contact(&piece);
            }
        }
    }

    /// Files one contact piece (e-mail, phone, profile, website, location) in `basics`, or
    /// keeps it as unplaced.
    pub(super) fn contact(&mut self, piece: &str) {
        match contacts::classify(piece) {
            Some(Contact::Email(e))
                if self.cv.basics.as_ref().is_none_or(|b| b.email.is_none()) =>
            {
                self.basics().email = Some(e);
                self.note("basics.email".into(), 0.98);
            }
            Some(Contact::Phone(p))
                if self.cv.basics.as_ref().is_none_or(|b| b.phone.is_none()) =>
            {
                self.basics().phone = Some(p);
                self.note("basics.phone".into(), 0.9);
            }
            Some(Contact::Profile {
                network,
                url,
                username,
            }) => {
                let profiles = self.basics().profiles.get_or_insert_with(Vec::new);
                profiles.push(Profile {
                    network: Some(network),
                    url: Some(url),
                    username,
                    ..Profile::default()
                });
                let i = profiles.len() - 1;
                self.note(format!("basics.profiles[{i}]"), 0.9);
            }
            Some(Contact::Url(u)) if self.cv.basics.as_ref().is_none_or(|b| b.url.is_none()) => {
                self.basics().url = Some(u);
                self.note("basics.url".into(), 0.8);
            }
            None if contacts::looks_like_location(piece)
                && self.cv.basics.as_ref().is_none_or(|b| b.location.is_none()) =>
            {
                let (city, region, country_code) = contacts::split_location(piece);
                self.basics().location = Some(Location {
                    city,
                    region,
                    country_code,
                    ..Location::default()
                });
                self.note("basics.location".into(), 0.6);
            }
            _ => self.unplaced.push(piece.to_owned()),
        }
    }

    /// One section.
    pub fn block(&mut self, block: Block) {
        let key = match &block.kind {
            Some(Heading::Contact) => {
                for line in &block.lines {
                    for piece in contact_pieces(line) {
                        self.contact(&piece);
                    }
                }
                return;
            }
            Some(Heading::Section(key)) => key.clone(),
            None => SectionKey::Custom(String::new()),
        };
        let c = block.confidence;
        match key {
            SectionKey::Summary => {
                let text: Vec<String> = block.lines.iter().map(Line::text).collect();
                if !text.is_empty() {
                    self.basics().summary = Some(text.join(" "));
                    self.note("basics.summary".into(), c);
                }
            }
            SectionKey::Languages => {
                let found = super::languages::languages(&block.lines);
                self.tags(&key, found, c);
            }
            SectionKey::Skills | SectionKey::Interests => {
                let found = tags::parse(&block.lines);
                self.tags(&key, found, c);
            }
            _ => {
                let (found, before) = entries::parse(block.lines.clone(), self.right);
                if found.is_empty() {
                    let found = super::dated::undated(&block.lines);
                    self.entries(&block.title, &key, found, c * 0.7);
                    let _ = before;
                } else {
                    self.unplaced.extend(before);
                    self.entries(&block.title, &key, found, c);
                }
            }
        }
    }

    fn tags(&mut self, key: &SectionKey, found: Vec<RawTag>, c: f32) {
        for (i, t) in found.into_iter().enumerate() {
            match key {
                SectionKey::Languages => {
                    let list = self.cv.languages.get_or_insert_with(Vec::new);
                    list.push(Language {
                        language: t.name,
                        fluency: t.level,
                        ..Language::default()
                    });
                    self.note(format!("languages[{i}]"), c * 0.85);
                }
                SectionKey::Interests => {
                    let list = self.cv.interests.get_or_insert_with(Vec::new);
                    list.push(Interest {
                        name: t.name,
                        keywords: some_list(t.items),
                        ..Interest::default()
                    });
                    self.note(format!("interests[{i}]"), c * 0.85);
                }
                _ => {
                    let list = self.cv.skills.get_or_insert_with(Vec::new);
                    list.push(Skill {
                        name: t.name,
                        level: t.level,
                        keywords: some_list(t.items),
                        ..Skill::default()
                    });
                    self.note(format!("skills[{i}]"), c * 0.8);
                }
            }
        }
    }
}

/// The name out of the name line: its largest segment (the whole line when all are one size),
/// and the other segments as a line of their own.
fn name_segment(line: &Line) -> (String, Option<Line>) {
    let size = line.size();
    let (name, others): (Vec<_>, Vec<_>) = line
        .segments
        .iter()
        .cloned()
        .partition(|s| s.size >= size * 0.8);
    let text: Vec<&str> = name.iter().map(|s| s.text.as_str()).collect();
    let rest = (!others.is_empty()).then(|| Line {
        segments: others,
        ..line.clone()
    });
    (text.join(" "), rest)
}

/// Where the name's segments (those of [`name_segment`]) start and end.
fn name_segment_span(line: &Line) -> Option<(f32, f32)> {
    let size = line.size();
    let name = line.segments.iter().filter(|s| s.size >= size * 0.8);
    let x0 = name.clone().map(|s| s.x0).reduce(f32::min)?;
    let x1 = name.map(|s| s.x1).reduce(f32::max)?;
    Some((x0, x1))
}

/// A line's pieces: its segments split at the separators contact lines use.
pub fn contact_pieces(line: &Line) -> Vec<String> {
    line.segments
        .iter()
        .flat_map(|s| {
            // Contacts printed as a list: "• jane@example.com".
            let text = super::dated::bullet_text(&s.text).unwrap_or(&s.text);
            super::dated::split_pieces(text)
        })
        .collect()
}

pub(super) fn some_list(items: Vec<String>) -> Option<Vec<String>> {
    (!items.is_empty()).then_some(items)
}

pub(super) fn joined(lines: &[String]) -> Option<String> {
    let mut iter = lines.iter();
    let first = iter.next()?.clone();
    Some(iter.fold(first, |acc, l| super::dated::join_wrapped(&acc, l)))
}

/// The document from the split lines.
pub fn build(split: Split) -> Builder {
    let mut b = Builder {
        right: split
            .blocks
            .iter()
            .flat_map(|bl| &bl.lines)
            .flat_map(|l| l.segments.last())
            .map(|s| s.x1)
            .fold(0.0, f32::max),
        ..Builder::default()
    };
    let contact: Vec<Line> = split
        .blocks
        .iter()
        .filter(|bl| bl.kind == Some(Heading::Contact))
        .flat_map(|bl| bl.lines.clone())
        .collect();
    b.header(&split.header, &contact);
    let titles: Vec<String> = split.blocks.iter().map(|bl| bl.title.clone()).collect();
    if let Some(code) = super::vocab::language(&titles) {
        b.cv.cvimprover.locale = Some(code.to_owned());
        b.note("cvimprover.locale".into(), 0.7);
    }
    for block in split.blocks {
        if block.kind != Some(Heading::Contact) {
            b.block(block);
        }
    }
    b
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::pdf::text::layout::Segment;

    #[test]
    fn the_headline_is_under_the_name_not_in_the_contacts_beside_it() {
        // A right-to-left header: the name large on the right, contacts in a block to its left,
        // the headline under the name (LaTeX's moderncv under bidi).
        let name = Line {
            page: 1,
            y: 100.0,
            segments: vec![
                Segment {
                    x0: 100.0,
                    x1: 220.0,
                    text: "layla@example.com E".into(),
                    size: 10.0,
                    styles: Vec::new(),
                },
                Segment {
                    x0: 221.0,
                    x1: 420.0,
                    text: "ليلى حسن".into(),
                    size: 34.0,
                    styles: Vec::new(),
                },
            ],
        };
        let header = vec![
            Line::at(88.0, &[(130.0, 222.0, "الرياض, منطقة الرياض, SA")]),
            name,
            Line::at(112.0, &[(100.0, 222.0, "layla.example.com W")]),
            Line::at(148.0, &[(250.0, 420.0, "مهندسة بيانات")]),
        ];
        let built = build(Split {
            header,
            blocks: Vec::new(),
        });
        let basics = built.cv.basics.expect("basics");
        assert_eq!(basics.name.as_deref(), Some("ليلى حسن"));
        assert_eq!(basics.label.as_deref(), Some("مهندسة بيانات"));
        assert_eq!(basics.email.as_deref(), Some("layla@example.com"));
        let city = basics.location.and_then(|l| l.city);
        assert_eq!(city.as_deref(), Some("الرياض"));
    }
}
