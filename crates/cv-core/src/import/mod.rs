//! Import: a file someone already has → a [`Cv`], saying how sure we are of each field.
//!
//! This module detects the format and handles the structured ones (JSON Resume or our JSON, and
//! JSON Resume written as YAML). PDFs go to [`pdf`], which restores our own PDFs exactly from the
//! attached `cv.json` and rebuilds any other CV from its text.

pub mod pdf;

use serde::Serialize;

use crate::model::Cv;
use crate::model::load::MAX_DOCUMENT_BYTES;
use crate::{Error, Result};

/// Where an imported document came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Source {
    /// Our own JSON (it has a `cvimprover` block).
    CvImprover,
    /// Plain JSON Resume.
    JsonResume,
    /// JSON Resume written as YAML.
    Yaml,
    /// A PDF we rendered: restored from its attachment, exactly.
    OwnPdf,
    /// Any other PDF: rebuilt from its text.
    Pdf,
}

/// How sure the importer is of one field.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldConfidence {
    /// The field, as in validation messages: `work[0].startDate`.
    pub path: String,
    /// 0 (a guess) to 1 (certain).
    pub confidence: f32,
}

/// An imported document and what the importer knows about it.
#[derive(Debug, Clone, Serialize)]
pub struct Imported {
    /// The document.
    pub cv: Cv,
    /// The format it came from.
    pub source: Source,
    /// Confidence per filled field; empty when the source was structured (all certain).
    pub fields: Vec<FieldConfidence>,
    /// Text found but not placed in any field, in reading order: shown to the user, never lost.
    pub unplaced: Vec<String>,
}

impl Imported {
    /// A structured import: every field certain, nothing unplaced.
    fn certain(cv: Cv, source: Source) -> Self {
        Imported {
            cv,
            source,
            fields: Vec::new(),
            unplaced: Vec::new(),
        }
    }

    /// Fields below `threshold`, least sure first.
    pub fn unsure(&self, threshold: f32) -> Vec<&FieldConfidence> {
        let mut unsure: Vec<_> = self
            .fields
            .iter()
            .filter(|f| f.confidence < threshold)
            .collect();
        unsure.sort_by(|a, b| a.confidence.total_cmp(&b.confidence));
        unsure
    }
}

/// What the bytes look like.
#[derive(Debug, PartialEq, Eq)]
enum Format {
    Pdf,
    Json,
    Yaml,
}

/// Sniffs the content first (a PDF named `.json` is still a PDF), then the file name.
fn detect(bytes: &[u8], file_name: Option<&str>) -> Option<Format> {
    let head = &bytes[..bytes.len().min(1024)];
    if head.windows(5).any(|w| w == b"%PDF-") {
        return Some(Format::Pdf);
    }
    let text = std::str::from_utf8(head).ok();
    let first = text.and_then(|t| t.trim_start_matches('\u{feff}').trim_start().chars().next());
    let extension = file_name
        .and_then(|n| n.rsplit_once('.'))
        .map(|(_, e)| e.to_ascii_lowercase());
    match (first, extension.as_deref()) {
        (Some('{' | '['), _) => Some(Format::Json),
        (_, Some("yaml" | "yml")) => Some(Format::Yaml),
        (_, Some("json")) => Some(Format::Json),
        _ => None,
    }
}

/// Imports `bytes`; `file_name` helps tell YAML from other text.
pub fn import(bytes: &[u8], file_name: Option<&str>) -> Result<Imported> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Error::Empty);
    }
    match detect(bytes, file_name).ok_or(Error::UnknownFormat)? {
        Format::Pdf => pdf::import_pdf(bytes),
        Format::Json => {
            let cv = Cv::from_json_slice(bytes)?;
            let ours = serde_json::from_slice::<serde_json::Value>(bytes)
                .is_ok_and(|v| v.get("cvimprover").is_some());
            let source = if ours {
                Source::CvImprover
            } else {
                Source::JsonResume
            };
            Ok(Imported::certain(cv, source))
        }
        Format::Yaml => Ok(Imported::certain(from_yaml(bytes)?, Source::Yaml)),
    }
}

fn from_yaml(bytes: &[u8]) -> Result<Cv> {
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(Error::TooLarge {
            size: bytes.len(),
            limit: MAX_DOCUMENT_BYTES,
        });
    }
    let value: serde_json::Value = serde_yaml_ng::from_slice(bytes).map_err(|e| {
        let (line, column) = e.location().map_or((0, 0), |l| (l.line(), l.column()));
        let message = e.to_string();
        let message = message
            .split(" at line ")
            .next()
            .unwrap_or(&message)
            .to_owned();
        Error::Yaml {
            line,
            column,
            message,
        }
    })?;
    Cv::from_json_value(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_formats_by_content_before_name() {
        assert_eq!(detect(b"%PDF-1.7\n...", Some("cv.json")), Some(Format::Pdf));
        assert_eq!(
            detect(b"\xef\xbb\xbf  {\"basics\": {}}", None),
            Some(Format::Json)
        );
        assert_eq!(
            detect(b"basics:\n  name: A\n", Some("cv.YAML")),
            Some(Format::Yaml)
        );
        assert_eq!(detect(b"basics:\n  name: A\n", Some("cv.txt")), None);
        assert_eq!(detect(&[0xff, 0x00, 0x13], None), None);
    }

    #[test]
    fn yaml_json_resume_imports_like_json() {
        let yaml = b"basics:\n  name: Ada Lovelace\n  email: ada@example.com\nwork:\n  - name: Analytical Engines\n    position: Programmer\n    startDate: '1842'\n";
        let imported = import(yaml, Some("cv.yaml")).expect("imports");
        assert_eq!(imported.source, Source::Yaml);
        assert_eq!(imported.cv.name(), Some("Ada Lovelace"));
        let err = import(b"basics: [\n", Some("cv.yml")).expect_err("invalid");
        assert!(err.to_string().starts_with("invalid YAML at line"), "{err}");
    }
}
