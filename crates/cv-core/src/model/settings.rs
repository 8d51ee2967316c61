//! The `cvimprover` block: what we add to JSON Resume (layout, custom sections, design, locale).
//!
//! Values are kept as written (strings, not enums, for the template, locale and colour) so that a
//! document with an unknown template still loads and [`crate::validate()`] can say exactly what is
//! wrong and where; the renderer falls back to defaults for anything validation rejects.

use serde::{Deserialize, Serialize, Serializer};
use serde_with::skip_serializing_none;

use super::sections::Extra;

/// The schema version this build writes. Older documents are upgraded on load.
pub const SCHEMA_VERSION: u32 = 1;

/// Everything CV Improver stores beside the JSON Resume fields.
#[skip_serializing_none]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct Settings {
    /// Format version of the document.
    pub schema_version: u32,
    /// Content locale code (`en`, `de`, …): section titles, month names, text direction.
    pub locale: Option<String>,
    /// Section order and visibility.
    pub sections: Option<SectionLayout>,
    /// Sections beyond JSON Resume's, each with a title and generic entries.
    pub custom_sections: Option<Vec<CustomSection>>,
    /// How the CV looks.
    pub design: Option<Design>,
    /// Fields we do not know, kept as they were.
    #[serde(flatten)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub extra: Extra,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            schema_version: SCHEMA_VERSION,
            locale: None,
            sections: None,
            custom_sections: None,
            design: None,
            extra: Extra::new(),
        }
    }
}

/// Which sections show, in which order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct SectionLayout {
    /// Section keys in display order (see [`super::SectionKey`]); missing ones follow in the
    /// default order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<String>>", optional))]
    pub order: Vec<String>,
    /// Keys of hidden sections.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<String>>", optional))]
    pub hidden: Vec<String>,
    /// Fields we do not know, kept as they were.
    #[serde(flatten)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub extra: Extra,
}

/// A section the user made: a title and entries of a generic shape.
#[skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct CustomSection {
    /// Stable id; the section's key is `custom:<id>`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id: String,
    /// Heading shown on the CV.
    pub title: Option<String>,
    /// The entries.
    pub entries: Option<Vec<CustomEntry>>,
    /// Fields we do not know, kept as they were.
    #[serde(flatten)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub extra: Extra,
}

/// One entry of a custom section.
#[skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct CustomEntry {
    /// Stable entry id.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id: String,
    /// Main line, e.g. a talk's title.
    pub title: Option<String>,
    /// Second line, e.g. the conference.
    pub subtitle: Option<String>,
    /// Where.
    pub location: Option<String>,
    /// A single date (an event); use `start_date`/`end_date` for a period.
    pub date: Option<String>,
    /// Start of a period.
    pub start_date: Option<String>,
    /// End of a period; absent with a start date means "until now".
    pub end_date: Option<String>,
    /// Link.
    pub url: Option<String>,
    /// Paragraph.
    pub summary: Option<String>,
    /// Bullets.
    pub highlights: Option<Vec<String>>,
    /// Fields we do not know, kept as they were.
    #[serde(flatten)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub extra: Extra,
}

/// Page size.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum PageSize {
    /// ISO A4, 210 × 297 mm.
    #[default]
    A4,
    /// US Letter, 8.5 × 11 in.
    Letter,
}

/// How dates are written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum DateFormat {
    /// "Jan 2020".
    #[default]
    Short,
    /// "January 2020".
    Long,
    /// "01/2020".
    Numeric,
    /// "2020-01".
    Iso,
    /// "2020".
    Year,
}

/// Page margins in millimetres.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
pub struct Margins {
    /// Top margin.
    #[serde(serialize_with = "whole_as_integer")]
    pub top: f64,
    /// Right margin.
    #[serde(serialize_with = "whole_as_integer")]
    pub right: f64,
    /// Bottom margin.
    #[serde(serialize_with = "whole_as_integer")]
    pub bottom: f64,
    /// Left margin.
    #[serde(serialize_with = "whole_as_integer")]
    pub left: f64,
}

/// How the CV looks; every field falls back to the template's choice.
#[skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct Design {
    /// Template name (`cvimprover templates`).
    pub template: Option<String>,
    /// Page size.
    pub page_size: Option<PageSize>,
    /// Accent colour as `#rrggbb`.
    pub accent_color: Option<String>,
    /// Font family name.
    pub font_family: Option<String>,
    /// Base font size in points.
    #[serde(serialize_with = "optional_whole_as_integer")]
    pub font_size: Option<f64>,
    /// Page margins in millimetres.
    pub margins: Option<Margins>,
    /// How dates are written.
    pub date_format: Option<DateFormat>,
    /// Fields we do not know, kept as they were.
    #[serde(flatten)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub extra: Extra,
}

/// Writes `10.0` as `10` so a document that said `10` is saved as it was written.
fn whole_as_integer<S: Serializer>(value: &f64, serializer: S) -> Result<S::Ok, S::Error> {
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53: every whole f64 below is an exact i64
    if value.fract() == 0.0 && value.abs() < EXACT {
        serializer.serialize_i64(*value as i64)
    } else {
        serializer.serialize_f64(*value)
    }
}

fn optional_whole_as_integer<S: Serializer>(
    value: &Option<f64>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match value {
        Some(v) => whole_as_integer(v, serializer),
        None => serializer.serialize_none(),
    }
}
