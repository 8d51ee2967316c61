//! The CV document: JSON Resume plus our `cvimprover` block (`docs/cv-format.md`).
//!
//! - [`sections`]: the JSON Resume sections as typed structs that keep unknown fields;
//! - [`settings`]: the `cvimprover` block (design, locale, section order, custom sections);
//! - [`load`]: bytes → [`Cv`] with limits, located errors and schema upgrades;
//! - [`ids`]: the stable entry ids.
//!
//! Checking that values make sense (dates, colours, ranges) is [`crate::validate()`]'s job, not the
//! model's: the model loads anything shaped like a CV so the user can fix it in the editor.

pub mod ids;
pub mod load;
pub mod sections;
pub mod settings;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use serde_with::skip_serializing_none;

pub use sections::*;
pub use settings::*;

/// A CV: every JSON Resume section plus the `cvimprover` block and any unknown fields.
#[skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
pub struct Cv {
    /// Name, headline, contact details, summary.
    pub basics: Option<Basics>,
    /// Jobs.
    pub work: Option<Vec<Work>>,
    /// Volunteer work.
    pub volunteer: Option<Vec<Volunteer>>,
    /// Degrees and schools.
    pub education: Option<Vec<Education>>,
    /// Awards and grants.
    pub awards: Option<Vec<Award>>,
    /// Certificates.
    pub certificates: Option<Vec<Certificate>>,
    /// Publications.
    pub publications: Option<Vec<Publication>>,
    /// Skill groups.
    pub skills: Option<Vec<Skill>>,
    /// Spoken languages.
    pub languages: Option<Vec<Language>>,
    /// Interests.
    pub interests: Option<Vec<Interest>>,
    /// References.
    pub references: Option<Vec<Reference>>,
    /// Projects.
    pub projects: Option<Vec<Project>>,
    /// JSON Resume metadata.
    pub meta: Option<Meta>,
    /// Our additions.
    #[serde(default)]
    pub cvimprover: Settings,
    /// Unknown top-level fields, kept as they were.
    #[serde(flatten)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub extra: Extra,
}

impl Cv {
    /// The document as our format, pretty-printed.
    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(self).expect("a Cv always serialises: string keys only")
    }

    /// The document as plain JSON Resume: without ids and without the `cvimprover` block.
    /// Loading a JSON Resume file and calling this gives back the same JSON.
    pub fn to_json_resume(&self) -> Value {
        let mut plain = self.clone();
        plain.for_each_id_mut(String::clear);
        let mut value = serde_json::to_value(&plain).expect("a Cv always serialises");
        if let Some(map) = value.as_object_mut() {
            map.remove("cvimprover");
        }
        value
    }

    /// The design settings, or the defaults when the document has none.
    pub fn design(&self) -> Design {
        self.cvimprover.design.clone().unwrap_or_default()
    }

    /// The person's name, if any.
    pub fn name(&self) -> Option<&str> {
        self.basics.as_ref()?.name.as_deref()
    }
}

/// A section of the CV as named in `cvimprover.sections.order`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SectionKey {
    /// `basics.summary`, shown as its own section.
    Summary,
    /// `work`.
    Work,
    /// `volunteer`.
    Volunteer,
    /// `education`.
    Education,
    /// `awards`.
    Awards,
    /// `certificates`.
    Certificates,
    /// `publications`.
    Publications,
    /// `skills`.
    Skills,
    /// `languages`.
    Languages,
    /// `interests`.
    Interests,
    /// `references`.
    References,
    /// `projects`.
    Projects,
    /// A custom section, by id.
    Custom(String),
}

impl SectionKey {
    /// The built-in sections in their default order.
    pub const BUILT_IN: [SectionKey; 12] = [
        SectionKey::Summary,
        SectionKey::Work,
        SectionKey::Education,
        SectionKey::Projects,
        SectionKey::Skills,
        SectionKey::Certificates,
        SectionKey::Publications,
        SectionKey::Awards,
        SectionKey::Volunteer,
        SectionKey::Languages,
        SectionKey::Interests,
        SectionKey::References,
    ];

    /// Parses `work`, `custom:talks`, …; `None` for anything else.
    pub fn parse(key: &str) -> Option<Self> {
        if let Some(id) = key.strip_prefix("custom:") {
            return Some(SectionKey::Custom(id.to_owned()));
        }
        Self::BUILT_IN.into_iter().find(|k| k.name() == key)
    }

    /// The key as written in documents (`custom` for custom sections, without the id).
    pub fn name(&self) -> &'static str {
        match self {
            SectionKey::Summary => "summary",
            SectionKey::Work => "work",
            SectionKey::Volunteer => "volunteer",
            SectionKey::Education => "education",
            SectionKey::Awards => "awards",
            SectionKey::Certificates => "certificates",
            SectionKey::Publications => "publications",
            SectionKey::Skills => "skills",
            SectionKey::Languages => "languages",
            SectionKey::Interests => "interests",
            SectionKey::References => "references",
            SectionKey::Projects => "projects",
            SectionKey::Custom(_) => "custom",
        }
    }

    /// The key as written in `sections.order`, e.g. `custom:talks`.
    pub fn to_key_string(&self) -> String {
        match self {
            SectionKey::Custom(id) => format!("custom:{id}"),
            other => other.name().to_owned(),
        }
    }
}
