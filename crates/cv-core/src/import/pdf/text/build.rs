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
        let mut rest: Vec<&Line> = Vec::new();
        for (i, line) in header.iter().enumerate() {
            if Some(i) == name_at {
                self.basics().name = Some(line.text());
                self.note("basics.name".into(), 0.9);
            } else {
                rest.push(line);
            }
        }
        let mut label_done = false;
        for line in rest.into_iter().chain(contact_block) {
            let pieces = contact_pieces(line);
            let recognised = pieces
                .iter()
                .filter(|p| contacts::classify(p).is_some())
                .count();
            let in_block = contact_block.contains(line);
            if recognised == 0 && !label_done && !in_block && pieces.len() == 1 {
                self.basics().label = Some(line.text());
                self.note("basics.label".into(), 0.75);
                label_done = true;
                continue;
            }
            label_done = true;
            for piece in pieces {
                self.contact(&piece);
            }
        }
    }

    fn contact(&mut self, piece: &str) {
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
                let (found, before) = entries::parse(block.lines.clone());
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
    let mut b = Builder::default();
    let contact: Vec<Line> = split
        .blocks
        .iter()
        .filter(|bl| bl.kind == Some(Heading::Contact))
        .flat_map(|bl| bl.lines.clone())
        .collect();
    b.header(&split.header, &contact);
    for block in split.blocks {
        if block.kind != Some(Heading::Contact) {
            b.block(block);
        }
    }
    b
}
