//! Files in and out: exporting a CV in any format, and opening (importing) a file as a new CV.
//! Both are blocking (rendering, parsing PDFs): callers run them on a blocking thread.

use std::io::Read;
use std::path::Path;

use cv_core::Cv;
use cv_core::export::Format;

use crate::api::{ExportFormat, Exported};
use crate::preview::Previewer;
use crate::{Error, Result};

/// The largest file [`read_import`] reads: far above any CV, small enough to never hurt.
pub const MAX_IMPORT_BYTES: u64 = 32 * 1024 * 1024;

/// The bytes of `cv` in `format`.
pub fn export_bytes(previewer: &Previewer, cv: &Cv, format: ExportFormat) -> Result<Vec<u8>> {
    let core = match format {
        ExportFormat::Pdf => return previewer.pdf(cv),
        ExportFormat::Json => return Ok(cv.to_json_pretty().into_bytes()),
        ExportFormat::JsonResume => Format::JsonResume,
        ExportFormat::Markdown => Format::Markdown,
        ExportFormat::Text => Format::Text,
        ExportFormat::Docx => Format::Docx,
    };
    cv_core::export::export(cv, core).map_err(Error::Render)
}

/// Writes `cv` in `format` to `path`, replacing it whole: a crash mid-write leaves the old file.
pub fn export_to(
    previewer: &Previewer,
    cv: &Cv,
    format: ExportFormat,
    path: &Path,
) -> Result<Exported> {
    let bytes = export_bytes(previewer, cv, format)?;
    let mut partial = path.as_os_str().to_owned();
    partial.push(".partial");
    let partial = std::path::PathBuf::from(partial);
    std::fs::write(&partial, &bytes).map_err(|e| Error::io(&partial, e))?;
    std::fs::rename(&partial, path).map_err(|e| Error::io(path, e))?;
    Ok(Exported {
        path: path.display().to_string(),
        bytes: bytes.len() as u64,
    })
}

/// Reads and imports a CV file (our JSON, JSON Resume as JSON or YAML, or a PDF); returns the
/// document and a title for it (the person's name, else the file name).
pub fn read_import(path: &Path) -> Result<(String, Cv)> {
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let mut bytes = Vec::new();
    file.take(MAX_IMPORT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(path, e))?;
    if bytes.len() as u64 > MAX_IMPORT_BYTES {
        return Err(Error::Invalid(format!(
            "{} is larger than {} MB; a CV file is far smaller",
            path.display(),
            MAX_IMPORT_BYTES / 1024 / 1024
        )));
    }
    let name = path.file_name().and_then(|n| n.to_str());
    let imported = cv_core::import::import(&bytes, name).map_err(Error::Import)?;
    let title = imported
        .cv
        .name()
        .filter(|n| !n.trim().is_empty())
        .map(str::to_owned)
        .or_else(|| path.file_stem().and_then(|s| s.to_str()).map(str::to_owned))
        .unwrap_or_else(|| "Imported CV".to_owned());
    Ok((title, imported.cv))
}
