//! Bytes → [`Cv`]: size limit, JSON syntax errors with line and column, schema upgrades, entry
//! limits, typed parsing with the path of the offending field, and id assignment.
//!
//! Limits are checked on the raw JSON before typed parsing so that a hostile file costs little.
//! The limits are documented in `docs/cv-format.md`.

use serde_json::{Map, Value};

use super::Cv;
use super::settings::SCHEMA_VERSION;
use crate::{Error, Result};

/// Largest document we read, in bytes.
pub const MAX_DOCUMENT_BYTES: usize = 5 * 1024 * 1024;
/// Most entries in any one section.
pub const MAX_SECTION_ENTRIES: usize = 500;
/// Most entries in the whole document.
pub const MAX_TOTAL_ENTRIES: usize = 2_000;
/// Most custom sections.
pub const MAX_CUSTOM_SECTIONS: usize = 100;

/// Upgrades a document of version N to N + 1; index N of [`MIGRATIONS`].
type Migration = fn(&mut Map<String, Value>);

/// One step per schema version. Version 0 is plain JSON Resume (no `cvimprover` block).
const MIGRATIONS: [Migration; SCHEMA_VERSION as usize] = [json_resume_to_v1];

/// Version 1 adds the `cvimprover` block; a plain JSON Resume needs nothing moved.
fn json_resume_to_v1(_doc: &mut Map<String, Value>) {}

impl Cv {
    /// Loads a document (our format or plain JSON Resume) from JSON text.
    pub fn from_json_str(text: &str) -> Result<Cv> {
        Self::from_json_slice(text.as_bytes())
    }

    /// Loads a document (our format or plain JSON Resume) from JSON bytes.
    pub fn from_json_slice(bytes: &[u8]) -> Result<Cv> {
        if bytes.len() > MAX_DOCUMENT_BYTES {
            return Err(Error::TooLarge {
                size: bytes.len(),
                limit: MAX_DOCUMENT_BYTES,
            });
        }
        let value: Value = serde_json::from_slice(bytes).map_err(syntax_error)?;
        Self::from_json_value(value)
    }

    /// Loads a document from an already parsed JSON value.
    pub fn from_json_value(mut value: Value) -> Result<Cv> {
        let Some(doc) = value.as_object_mut() else {
            return Err(Error::Shape {
                path: "(document)".into(),
                message: format!("expected a JSON object, got {}", kind_of(&value)),
            });
        };
        upgrade(doc)?;
        check_limits(doc)?;
        let mut cv: Cv = serde_path_to_error::deserialize(value).map_err(|err| Error::Shape {
            path: err.path().to_string(),
            message: err.inner().to_string(),
        })?;
        cv.ensure_ids();
        Ok(cv)
    }
}

/// serde_json's message without its " at line L column C" suffix, which we report as fields.
fn syntax_error(err: serde_json::Error) -> Error {
    let full = err.to_string();
    let message = match full.rfind(" at line ") {
        Some(cut) => full[..cut].to_owned(),
        None => full,
    };
    Error::Syntax {
        line: err.line(),
        column: err.column(),
        message,
    }
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn schema_version(doc: &Map<String, Value>) -> Result<u32> {
    let Some(block) = doc.get("cvimprover") else {
        return Ok(0);
    };
    let version = block.get("schemaVersion");
    match version {
        None => Ok(0),
        Some(v) => v
            .as_u64()
            .and_then(|v| u32::try_from(v).ok())
            .ok_or_else(|| Error::Shape {
                path: "cvimprover.schemaVersion".into(),
                message: format!("expected a whole number, got {v}"),
            }),
    }
}

/// Runs every migration from the document's version up to [`SCHEMA_VERSION`].
fn upgrade(doc: &mut Map<String, Value>) -> Result<()> {
    let found = schema_version(doc)?;
    if found > SCHEMA_VERSION {
        return Err(Error::NewerSchema {
            found,
            supported: SCHEMA_VERSION,
        });
    }
    for migration in &MIGRATIONS[found as usize..] {
        migration(doc);
    }
    if found < SCHEMA_VERSION {
        let block = doc
            .entry("cvimprover")
            .or_insert_with(|| Value::Object(Map::new()));
        if let Some(block) = block.as_object_mut() {
            block.insert("schemaVersion".into(), SCHEMA_VERSION.into());
        }
    }
    Ok(())
}

fn array_len(value: Option<&Value>) -> usize {
    value.and_then(Value::as_array).map_or(0, Vec::len)
}

fn check_section(name: &str, count: usize, total: &mut usize) -> Result<()> {
    if count > MAX_SECTION_ENTRIES {
        return Err(Error::TooManyEntries {
            section: name.to_owned(),
            count,
            limit: MAX_SECTION_ENTRIES,
        });
    }
    *total += count;
    Ok(())
}

/// Refuses documents over the entry limits before any typed parsing happens.
fn check_limits(doc: &Map<String, Value>) -> Result<()> {
    const LISTS: [&str; 11] = [
        "work",
        "volunteer",
        "education",
        "awards",
        "certificates",
        "publications",
        "skills",
        "languages",
        "interests",
        "references",
        "projects",
    ];
    let mut total = 0;
    for name in LISTS {
        check_section(name, array_len(doc.get(name)), &mut total)?;
    }
    let profiles = doc.get("basics").and_then(|b| b.get("profiles"));
    check_section("basics.profiles", array_len(profiles), &mut total)?;
    let custom = doc.get("cvimprover").and_then(|b| b.get("customSections"));
    let custom_count = array_len(custom);
    if custom_count > MAX_CUSTOM_SECTIONS {
        return Err(Error::TooManyEntries {
            section: "cvimprover.customSections".into(),
            count: custom_count,
            limit: MAX_CUSTOM_SECTIONS,
        });
    }
    for (i, section) in custom
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
    {
        let name = format!("cvimprover.customSections[{i}].entries");
        check_section(&name, array_len(section.get("entries")), &mut total)?;
    }
    if total > MAX_TOTAL_ENTRIES {
        return Err(Error::TooManyEntries {
            section: "the document".into(),
            count: total,
            limit: MAX_TOTAL_ENTRIES,
        });
    }
    Ok(())
}
