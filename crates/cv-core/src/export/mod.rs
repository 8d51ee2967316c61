//! Exports: a [`Cv`] as JSON Resume, Markdown, plain text or DOCX, through one entry point,
//! [`export`].
//!
//! - [`json_resume`]: the data, without our additions (every section, hidden ones included: it is
//!   a data export, and loading it back must give the same document);
//! - [`markdown`], [`text`], [`docx`]: documents for people and ATS parsers, built from the same
//!   view model as the PDF ([`crate::render::view`]), so section order, hidden sections,
//!   localised titles and date formats are the PDF's.
//!
//! Rendering to PDF is [`crate::render`]'s job, not this module's.

pub mod docx;
pub mod json_resume;
pub mod markdown;
pub mod text;

use crate::Result;
use crate::model::Cv;
use crate::render::view::{Tag, View};
use crate::render::{TEMPLATES, resolve_template};

/// An export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain JSON Resume (<https://jsonresume.org/schema>), pretty-printed.
    JsonResume,
    /// CommonMark with user text escaped.
    Markdown,
    /// ATS-friendly plain text.
    Text,
    /// Word document (Office Open XML).
    Docx,
}

impl Format {
    /// Every format, in the order the CLI lists them.
    pub const ALL: [Format; 4] = [
        Format::JsonResume,
        Format::Markdown,
        Format::Text,
        Format::Docx,
    ];

    /// The name used on the command line, e.g. `json-resume`.
    pub fn name(self) -> &'static str {
        match self {
            Format::JsonResume => "json-resume",
            Format::Markdown => "markdown",
            Format::Text => "text",
            Format::Docx => "docx",
        }
    }

    /// The usual file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::JsonResume => "json",
            Format::Markdown => "md",
            Format::Text => "txt",
            Format::Docx => "docx",
        }
    }

    /// Whether the output is binary (not for a terminal).
    pub fn is_binary(self) -> bool {
        self == Format::Docx
    }

    /// The format named `name` (as in [`Format::name`]).
    pub fn parse(name: &str) -> Option<Format> {
        Self::ALL.into_iter().find(|f| f.name() == name)
    }
}

/// Exports `cv` as `format`. Text formats are UTF-8 and end with a newline; the same input always
/// gives the same bytes (DOCX included: no timestamps are written).
pub fn export(cv: &Cv, format: Format) -> Result<Vec<u8>> {
    Ok(match format {
        Format::JsonResume => json_resume::to_string(cv).into_bytes(),
        Format::Markdown => markdown::to_string(&view(cv)).into_bytes(),
        Format::Text => text::to_string(&view(cv)).into_bytes(),
        Format::Docx => docx::to_bytes(&view(cv))?,
    })
}

/// The view model the PDF would draw. The template only decides the default font (used by
/// DOCX), so an unknown template name falls back to the default one instead of failing an export
/// that does not depend on it; `validate` reports the name.
pub fn view(cv: &Cv) -> View {
    View::build(cv, resolve_template(cv).unwrap_or(&TEMPLATES[0]))
}

/// "Backend (Expert)", or "German: Fluent (C1)" when the level has brackets of its own, as the
/// templates print it (`level-suffix` in `templates/lib.typ`).
pub(crate) fn tag_label(tag: &Tag) -> Option<String> {
    match (&tag.name, &tag.level) {
        (Some(name), Some(level)) if level.contains('(') => Some(format!("{name}: {level}")),
        (Some(name), Some(level)) => Some(format!("{name} ({level})")),
        (Some(name), None) => Some(name.clone()),
        (None, Some(level)) => Some(level.clone()),
        (None, None) => None,
    }
}

#[cfg(test)]
pub(crate) mod fixture;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_names_round_trip() {
        for format in Format::ALL {
            assert_eq!(Format::parse(format.name()), Some(format));
        }
        assert_eq!(Format::parse("pdf"), None);
    }

    #[test]
    fn tag_labels() {
        let tag = |name: Option<&str>, level: Option<&str>| Tag {
            id: "t".into(),
            name: name.map(Into::into),
            level: level.map(Into::into),
            items: Vec::new(),
        };
        let cases = [
            (Some("Backend"), Some("Expert"), Some("Backend (Expert)")),
            (
                Some("German"),
                Some("Fluent (C1)"),
                Some("German: Fluent (C1)"),
            ),
            (Some("Go"), None, Some("Go")),
            (None, Some("Native"), Some("Native")),
            (None, None, None),
        ];
        for (name, level, expected) in cases {
            assert_eq!(tag_label(&tag(name, level)).as_deref(), expected);
        }
    }

    #[test]
    fn exports_are_deterministic() {
        let cv = fixture::every_section();
        for format in Format::ALL {
            let a = export(&cv, format).unwrap();
            let b = export(&cv, format).unwrap();
            assert!(a == b, "{} differs between two exports", format.name());
            assert!(!a.is_empty());
        }
    }
}
