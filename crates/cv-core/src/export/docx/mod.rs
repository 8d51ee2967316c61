//! DOCX export with [`docx_rs`]: the name as a Title, each section a Heading 1, each entry a
//! Heading 2 followed by an italic line (organisation, place, dates, link), paragraphs, and real
//! Word bullet lists (numbering definitions, not "•" typed into the text).
//!
//! Right-to-left CVs (Arabic, Hebrew) get `w:bidi` on every paragraph, so Word and LibreOffice
//! lay them out from the right. Page size and margins, fonts (named, not embedded) and the accent
//! colour come from the same view model as the PDF; the styles are in `styles.rs`.

mod styles;

use std::io::Cursor;

use docx_rs::{Docx, Hyperlink, HyperlinkData, HyperlinkType, Paragraph, Run};

use crate::render::view::{Entries, Entry, Section, View};
use crate::{Error, Result};

/// The CV as a `.docx` file.
pub fn to_bytes(view: &View) -> Result<Vec<u8>> {
    let mut writer = Writer {
        docx: styles::document(view),
        rtl: view.is_rtl(),
        links: 0,
        paragraphs: 0,
    };
    writer.header(view);
    for section in &view.sections {
        writer.section(section);
    }
    let mut xml = writer.docx.build();
    xml.doc_props.core = styles::core_properties(view).into_bytes();
    xml.document_rels = sorted_relationships(&xml.document_rels);
    let mut out = Cursor::new(Vec::new());
    xml.pack(&mut out)
        .map_err(|e| Error::Docx(std::io::Error::other(e)))?;
    Ok(out.into_inner())
}

/// Appends paragraphs to the document being built.
struct Writer {
    docx: Docx,
    rtl: bool,
    /// Hyperlinks so far, for relationship ids that do not depend on the process (docx-rs numbers
    /// them with a global counter).
    links: usize,
    /// Paragraphs so far, for `w14:paraId`s that do not depend on what this thread exported
    /// before (docx-rs numbers them with a thread-local counter).
    paragraphs: u32,
}

impl Writer {
    /// A paragraph of `style`, right to left when the CV is.
    fn paragraph(&self, style: &str) -> Paragraph {
        let mut p = Paragraph::new().style(style);
        if self.rtl {
            p.property = p.property.bidi(true);
        }
        p
    }

    fn push(&mut self, mut p: Paragraph) {
        self.paragraphs += 1;
        p.id = format!("{:08X}", self.paragraphs);
        let docx = std::mem::take(&mut self.docx);
        self.docx = docx.add_paragraph(p);
    }

    fn text(&mut self, style: &str, text: &str) {
        let p = self.paragraph(style).add_run(Run::new().add_text(text));
        self.push(p);
    }

    /// A link run; `href` is written to the relationships part, escaped.
    fn link(&mut self, text: &str, href: &str) -> Hyperlink {
        self.links += 1;
        let mut link = Hyperlink::new("", HyperlinkType::External)
            .add_run(Run::new().style(styles::HYPERLINK).add_text(text));
        link.link = HyperlinkData::External {
            rid: format!("rIdHyperlink{}", self.links),
            path: styles::escape_xml(href),
        };
        link
    }

    fn header(&mut self, view: &View) {
        if let Some(name) = &view.header.name {
            self.text(styles::TITLE, name);
        }
        if let Some(label) = &view.header.label {
            self.text(styles::SUBTITLE, label);
        }
        if view.header.contacts.is_empty() {
            return;
        }
        let mut p = self.paragraph("Normal");
        for (i, contact) in view.header.contacts.iter().enumerate() {
            if i > 0 {
                p = p.add_run(Run::new().add_text(" · "));
            }
            p = match &contact.href {
                Some(href) => p.add_hyperlink(self.link(&contact.text, href)),
                None => p.add_run(Run::new().add_text(&contact.text)),
            };
        }
        self.push(p);
    }

    fn section(&mut self, section: &Section) {
        self.text(styles::HEADING1, &section.title);
        if let Some(text) = &section.text {
            self.paragraphs(text);
        }
        match &section.entries {
            Entries::Entries(entries) => entries.iter().for_each(|e| self.entry(e)),
            Entries::Tags(tags) => {
                for tag in tags {
                    let mut p = self.paragraph("Normal");
                    let label = super::tag_label(tag);
                    if let Some(label) = &label {
                        p = p.add_run(Run::new().bold().add_text(label));
                    }
                    if !tag.items.is_empty() {
                        let sep = if label.is_some() { ": " } else { "" };
                        p = p
                            .add_run(Run::new().add_text(format!("{sep}{}", tag.items.join(", "))));
                    }
                    self.push(p);
                }
            }
        }
    }

    fn entry(&mut self, entry: &Entry) {
        let (title, org) = match (&entry.title, &entry.org) {
            (Some(title), org) => (title, org.as_ref()),
            (None, Some(org)) => (org, None),
            (None, None) => return,
        };
        self.text(styles::HEADING2, title);
        let place: Vec<&str> = [org, entry.location.as_ref()]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect();
        let mut meta: Vec<String> = Vec::new();
        meta.extend((!place.is_empty()).then(|| place.join(", ")));
        meta.extend(entry.date.clone());
        if !meta.is_empty() || entry.url.is_some() {
            let mut p = self
                .paragraph(styles::META)
                .add_run(Run::new().add_text(meta.join(" · ")));
            if let Some(url) = &entry.url {
                let sep = if meta.is_empty() { "" } else { " · " };
                p = p.add_run(Run::new().add_text(sep));
                p = p.add_hyperlink(self.link(&url.text, &url.href));
            }
            self.push(p);
        }
        if let Some(summary) = &entry.summary {
            self.paragraphs(summary);
        }
        let (numbering, level) = styles::bullet_numbering();
        for bullet in &entry.bullets {
            let p = self
                .paragraph(styles::LIST)
                .numbering(numbering.clone(), level.clone())
                .add_run(Run::new().add_text(bullet));
            self.push(p);
        }
        if !entry.tags.is_empty() {
            let p = self
                .paragraph("Normal")
                .add_run(Run::new().italic().add_text(entry.tags.join(", ")));
            self.push(p);
        }
        if let Some(note) = &entry.note {
            let p = self
                .paragraph("Normal")
                .add_run(Run::new().italic().add_text(note));
            self.push(p);
        }
    }

    /// One paragraph per non-empty line of `text`.
    fn paragraphs(&mut self, text: &str) {
        for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
            self.text("Normal", line);
        }
    }
}

/// The relationships part with hyperlinks in the order they were made: docx-rs collects them
/// in a `HashMap`, so their order would otherwise change from run to run. Attribute values are
/// escaped, so `/>` only ever ends an element.
fn sorted_relationships(xml: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(xml);
    let (Some(start), Some(end)) = (text.find("<Relationship "), text.rfind("</Relationships>"))
    else {
        return xml.to_vec();
    };
    let mut elements: Vec<&str> = text[start..end]
        .split_inclusive("/>")
        .filter(|e| !e.trim().is_empty())
        .collect();
    let hyperlink_number = |e: &str| {
        let rest = e.split("Id=\"rIdHyperlink").nth(1)?;
        rest.split('"').next()?.parse::<usize>().ok()
    };
    // Stable: everything else keeps its order, before the hyperlinks.
    elements.sort_by_key(|e| hyperlink_number(e));
    let mut out = text[..start].to_owned();
    out.extend(elements);
    out.push_str(&text[end..]);
    out.into_bytes()
}

#[cfg(test)]
mod tests;
