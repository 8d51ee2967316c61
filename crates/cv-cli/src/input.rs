//! Reading a CV from a file or standard input, within the document size limit, and printing
//! validation findings.

use std::io::{Read, Write};
use std::path::Path;

use cv_core::model::load::MAX_DOCUMENT_BYTES;
use cv_core::{Cv, Issue, Level};

use crate::Failure;

/// Reads `path` (`-` for standard input), at most `limit` bytes: `Ok(None)` when there is more.
/// Reading stops at the limit, so a huge file costs no more than `limit` bytes of memory.
pub(crate) fn read_bounded(path: &Path, limit: u64) -> Result<Option<Vec<u8>>, Failure> {
    let shown = path.display();
    let mut bytes = Vec::new();
    let read = if path == Path::new("-") {
        std::io::stdin()
            .lock()
            .take(limit + 1)
            .read_to_end(&mut bytes)
    } else {
        let file = std::fs::File::open(path)
            .map_err(|e| Failure::unreadable(format!("cannot read {shown}: {e}")))?;
        if file.metadata().is_ok_and(|m| m.is_dir()) {
            return Err(Failure::unreadable(format!(
                "{shown} is a directory, not a file"
            )));
        }
        file.take(limit + 1).read_to_end(&mut bytes)
    };
    read.map_err(|e| Failure::unreadable(format!("cannot read {shown}: {e}")))?;
    Ok((bytes.len() as u64 <= limit).then_some(bytes))
}

/// Reads and loads the CV at `path` (`-` for standard input).
pub(crate) fn load(path: &Path) -> Result<Cv, Failure> {
    let shown = path.display();
    let bytes = read_bounded(path, MAX_DOCUMENT_BYTES as u64)?.ok_or_else(|| {
        Failure::unreadable(format!(
            "{shown} is larger than {} MiB, the most a CV may be",
            MAX_DOCUMENT_BYTES / (1024 * 1024)
        ))
    })?;
    Cv::from_json_slice(&bytes).map_err(|e| Failure::invalid(format!("{shown}: {e}")))
}

/// Prints every issue to stderr; returns how many are errors.
pub(crate) fn report(issues: &[Issue]) -> usize {
    let mut err = std::io::stderr().lock();
    for issue in issues {
        let level = match issue.level {
            Level::Error => "error",
            Level::Warning => "warning",
        };
        let _ = writeln!(err, "{level}: {issue}");
    }
    issues.iter().filter(|i| i.level == Level::Error).count()
}
