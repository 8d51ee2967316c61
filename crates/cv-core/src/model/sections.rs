//! The JSON Resume sections, field for field, as typed structs.
//!
//! Every field is optional because JSON Resume makes every field optional, and because a field
//! that was absent must stay absent when the document is saved again. Unknown fields land in
//! `extra` and are written back where they were found (same object, same key). Our only addition
//! here is the `id` on list entries; the `cvimprover` block lives in [`super::settings`].
//!
//! Field names and meanings follow <https://jsonresume.org/schema>.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use serde_with::skip_serializing_none;

/// Unknown fields of an object, kept in their original order.
pub type Extra = Map<String, Value>;

/// Who the CV is about: name, headline, contact details and a summary.
#[skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct Basics {
    /// Full name, the first thing on the CV.
    pub name: Option<String>,
    /// Headline such as "Senior Software Engineer".
    pub label: Option<String>,
    /// URL or data URI of a photo.
    pub image: Option<String>,
    /// E-mail address.
    pub email: Option<String>,
    /// Phone number, ideally in international format.
    pub phone: Option<String>,
    /// Personal website.
    pub url: Option<String>,
    /// A short professional summary.
    pub summary: Option<String>,
    /// Where the person lives.
    pub location: Option<Location>,
    /// Social and professional profiles.
    pub profiles: Option<Vec<Profile>>,
    /// Fields we do not know, kept as they were.
    #[serde(flatten)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub extra: Extra,
}

/// A postal location.
#[skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct Location {
    /// Street address.
    pub address: Option<String>,
    /// Postal code.
    pub postal_code: Option<String>,
    /// City.
    pub city: Option<String>,
    /// ISO-3166-1 ALPHA-2 country code, e.g. "DE".
    pub country_code: Option<String>,
    /// Region, state or province.
    pub region: Option<String>,
    /// Fields we do not know, kept as they were.
    #[serde(flatten)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub extra: Extra,
}

/// A profile on a network such as LinkedIn or GitHub.
#[skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct Profile {
    /// Stable entry id (see `docs/cv-format.md`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id: String,
    /// Network name, e.g. "GitHub".
    pub network: Option<String>,
    /// User name on that network.
    pub username: Option<String>,
    /// Profile URL.
    pub url: Option<String>,
    /// Fields we do not know, kept as they were.
    #[serde(flatten)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub extra: Extra,
}

/// A job.
#[skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct Work {
    /// Stable entry id.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id: String,
    /// Company name.
    pub name: Option<String>,
    /// Job title.
    pub position: Option<String>,
    /// Where the job was.
    pub location: Option<String>,
    /// A one-line description of the company.
    pub description: Option<String>,
    /// Company website.
    pub url: Option<String>,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub start_date: Option<String>,
    /// Same format; absent means "until now".
    pub end_date: Option<String>,
    /// What the job was about.
    pub summary: Option<String>,
    /// Achievements, one bullet each.
    pub highlights: Option<Vec<String>>,
    /// Fields we do not know, kept as they were.
    #[serde(flatten)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub extra: Extra,
}

/// Volunteer work.
#[skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct Volunteer {
    /// Stable entry id.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id: String,
    /// Organisation name.
    pub organization: Option<String>,
    /// Role.
    pub position: Option<String>,
    /// Organisation website.
    pub url: Option<String>,
    /// Start date.
    pub start_date: Option<String>,
    /// End date; absent means "until now".
    pub end_date: Option<String>,
    /// What the work was about.
    pub summary: Option<String>,
    /// Achievements.
    pub highlights: Option<Vec<String>>,
    /// Fields we do not know, kept as they were.
    #[serde(flatten)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub extra: Extra,
}

/// A degree, course or school.
#[skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct Education {
    /// Stable entry id.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id: String,
    /// School or university.
    pub institution: Option<String>,
    /// Institution website.
    pub url: Option<String>,
    /// Field of study, e.g. "Computer Science".
    pub area: Option<String>,
    /// Degree, e.g. "Bachelor".
    pub study_type: Option<String>,
    /// Start date.
    pub start_date: Option<String>,
    /// End date; absent means "until now".
    pub end_date: Option<String>,
    /// Grade, e.g. "3.8 GPA".
    pub score: Option<String>,
    /// Notable courses.
    pub courses: Option<Vec<String>>,
    /// Fields we do not know, kept as they were.
    #[serde(flatten)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub extra: Extra,
}

/// An award or grant.
#[skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct Award {
    /// Stable entry id.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id: String,
    /// Name of the award.
    pub title: Option<String>,
    /// When it was given.
    pub date: Option<String>,
    /// Who gave it.
    pub awarder: Option<String>,
    /// What it was for.
    pub summary: Option<String>,
    /// Fields we do not know, kept as they were.
    #[serde(flatten)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub extra: Extra,
}

/// A certificate.
#[skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct Certificate {
    /// Stable entry id.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id: String,
    /// Certificate name.
    pub name: Option<String>,
    /// When it was obtained.
    pub date: Option<String>,
    /// Issuing body.
    pub issuer: Option<String>,
    /// Verification URL.
    pub url: Option<String>,
    /// Fields we do not know, kept as they were.
    #[serde(flatten)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub extra: Extra,
}

/// A publication.
#[skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct Publication {
    /// Stable entry id.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id: String,
    /// Title of the publication.
    pub name: Option<String>,
    /// Journal, conference or publisher.
    pub publisher: Option<String>,
    /// Publication date.
    pub release_date: Option<String>,
    /// Where to read it.
    pub url: Option<String>,
    /// Abstract or note.
    pub summary: Option<String>,
    /// Fields we do not know, kept as they were.
    #[serde(flatten)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub extra: Extra,
}

/// A group of skills.
#[skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct Skill {
    /// Stable entry id.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id: String,
    /// Name of the group or skill, e.g. "Web Development".
    pub name: Option<String>,
    /// Level, e.g. "Master".
    pub level: Option<String>,
    /// The skills themselves, e.g. "HTML", "CSS".
    pub keywords: Option<Vec<String>>,
    /// Fields we do not know, kept as they were.
    #[serde(flatten)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub extra: Extra,
}

/// A spoken language.
#[skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct Language {
    /// Stable entry id.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id: String,
    /// Language name.
    pub language: Option<String>,
    /// Fluency, e.g. "Native speaker".
    pub fluency: Option<String>,
    /// Fields we do not know, kept as they were.
    #[serde(flatten)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub extra: Extra,
}

/// An interest.
#[skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct Interest {
    /// Stable entry id.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id: String,
    /// Name of the interest.
    pub name: Option<String>,
    /// Details.
    pub keywords: Option<Vec<String>>,
    /// Fields we do not know, kept as they were.
    #[serde(flatten)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub extra: Extra,
}

/// A reference.
#[skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct Reference {
    /// Stable entry id.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id: String,
    /// Who gives the reference.
    pub name: Option<String>,
    /// What they say.
    pub reference: Option<String>,
    /// Fields we do not know, kept as they were.
    #[serde(flatten)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub extra: Extra,
}

/// A project.
#[skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct Project {
    /// Stable entry id.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id: String,
    /// Project name.
    pub name: Option<String>,
    /// What it is.
    pub description: Option<String>,
    /// Achievements.
    pub highlights: Option<Vec<String>>,
    /// Technologies and topics.
    pub keywords: Option<Vec<String>>,
    /// Start date.
    pub start_date: Option<String>,
    /// End date; absent means "ongoing".
    pub end_date: Option<String>,
    /// Where to see it.
    pub url: Option<String>,
    /// The person's roles in it.
    pub roles: Option<Vec<String>>,
    /// Organisation behind it.
    pub entity: Option<String>,
    /// Kind of project, e.g. "application".
    #[serde(rename = "type")]
    pub kind: Option<String>,
    /// Fields we do not know, kept as they were.
    #[serde(flatten)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub extra: Extra,
}

/// JSON Resume's own metadata block.
#[skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct Meta {
    /// URL of the canonical version.
    pub canonical: Option<String>,
    /// Version of the CV.
    pub version: Option<String>,
    /// When it was last changed.
    pub last_modified: Option<String>,
    /// Fields we do not know, kept as they were.
    #[serde(flatten)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub extra: Extra,
}
