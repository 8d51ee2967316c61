//! The view model's types: what `/view.json` holds (`templates/README.md` documents the JSON).
//!
//! Public so that the exports (Markdown, text, DOCX) read the same sections, titles and dates as
//! the templates; how they are built from a document lives in the parent module, not here.

use serde::Serialize;

use crate::model::Margins;

/// What `/view.json` holds.
#[derive(Debug, Serialize)]
pub struct View {
    /// Language code of the CV's fixed text, e.g. `en`.
    pub lang: &'static str,
    /// `ltr`, or `rtl` for Arabic and Hebrew.
    pub dir: &'static str,
    /// Paper and margins.
    pub page: Page,
    /// Font fallback list and base size.
    pub font: Font,
    /// Accent colour, `#rrggbb`.
    pub accent: String,
    /// Document metadata.
    pub document: DocumentInfo,
    /// Localised fixed words.
    pub labels: Labels,
    /// Name, headline and contact details.
    pub header: Header,
    /// Visible, non-empty sections in display order.
    pub sections: Vec<Section>,
}

impl View {
    /// Whether the CV's language is written right to left.
    pub fn is_rtl(&self) -> bool {
        self.dir == "rtl"
    }
}

/// Paper size and margins.
#[derive(Debug, Serialize)]
pub struct Page {
    /// Typst paper name: `a4` or `us-letter`.
    pub paper: &'static str,
    /// Margins in millimetres.
    pub margin: Margins,
}

/// Fonts and size.
#[derive(Debug, Serialize)]
pub struct Font {
    /// Families to try in order, the user's choice first.
    pub family: Vec<String>,
    /// Base size in points.
    pub size: f64,
}

/// Document metadata (PDF and DOCX properties).
#[derive(Debug, Serialize)]
pub struct DocumentInfo {
    /// E.g. "Jane Doe – CV".
    pub title: String,
    /// The person's name.
    pub author: Option<String>,
    /// Headline and skills.
    pub keywords: Vec<String>,
}

/// Fixed words in the CV's language.
#[derive(Debug, Serialize)]
pub struct Labels {
    /// "Present".
    pub present: &'static str,
    /// "Contact".
    pub contact: &'static str,
}

/// The top of the CV.
#[derive(Debug, Serialize)]
pub struct Header {
    /// Full name.
    pub name: Option<String>,
    /// Headline.
    pub label: Option<String>,
    /// E-mail, phone, location, website and profiles, in that order.
    pub contacts: Vec<Contact>,
}

/// One contact detail.
#[derive(Debug, Serialize)]
pub struct Contact {
    /// `email`, `phone`, `location`, `url` or `profile`.
    pub kind: &'static str,
    /// What to print, e.g. `github.com/jane`.
    pub text: String,
    /// Where it links to, e.g. `https://github.com/jane`.
    pub href: Option<String>,
}

/// One visible section.
#[derive(Debug, Serialize)]
pub struct Section {
    /// `summary`, `work`, …, `custom`.
    pub key: &'static str,
    /// Localised title (or the custom section's own).
    pub title: String,
    /// `text`, `entries` or `tags`.
    pub layout: &'static str,
    /// The paragraph of a `text` section.
    pub text: Option<String>,
    /// The items of an `entries` or `tags` section (empty for `text`).
    pub entries: Entries,
}

/// The items of a section.
#[derive(Debug, Serialize)]
#[serde(untagged)]
pub enum Entries {
    /// The `entries` layout.
    Entries(Vec<Entry>),
    /// The `tags` layout.
    Tags(Vec<Tag>),
}

/// One item of the `entries` layout. `title` or `org` is always set.
#[derive(Debug, Default, Serialize)]
pub struct Entry {
    /// The entry's id.
    pub id: String,
    /// Position, degree, award, … (or the organisation when there is no title).
    pub title: Option<String>,
    /// Company, school, awarder, … (when not already the title).
    pub org: Option<String>,
    /// Where.
    pub location: Option<String>,
    /// Localised date or range.
    pub date: Option<String>,
    /// A link.
    pub url: Option<Link>,
    /// A paragraph.
    pub summary: Option<String>,
    /// Highlights, courses.
    pub bullets: Vec<String>,
    /// Keywords.
    pub tags: Vec<String>,
    /// A secondary line: company description, grade, roles.
    pub note: Option<String>,
}

/// A link and its short text.
#[derive(Debug, Serialize)]
pub struct Link {
    /// The URL as written.
    pub href: String,
    /// Shortened for display: `example.com/jane`.
    pub text: String,
}

/// One item of the `tags` layout.
#[derive(Debug, Serialize)]
pub struct Tag {
    /// The entry's id.
    pub id: String,
    /// Skill group, language, interest.
    pub name: Option<String>,
    /// Level or fluency.
    pub level: Option<String>,
    /// Keywords.
    pub items: Vec<String>,
}
