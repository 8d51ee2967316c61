//! The one error type of `cv-client`, and its stable `kind` for the UI.

use crate::api::{CommandError, ErrorKind};

/// Everything that can go wrong in the store, previews, exports and imports.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// No CV (or snapshot) with that id, or it is in the trash.
    #[error("no {what} with id {id}")]
    NotFound {
        /// "CV" or "snapshot".
        what: &'static str,
        /// The id asked for.
        id: String,
    },
    /// A request that makes no sense, e.g. an empty title.
    #[error("{0}")]
    Invalid(String),
    /// The database failed (disk full, locked, damaged).
    #[error("the local store failed: {0}")]
    Database(#[from] sqlx::Error),
    /// The store's schema could not be brought up to date.
    #[error("the local store could not be upgraded: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    /// A stored document no longer loads (written by a newer version, or damaged).
    #[error("the stored CV {id} cannot be read: {source}")]
    Stored {
        /// The CV.
        id: String,
        /// Why it does not load.
        source: cv_core::Error,
    },
    /// Importing a file failed.
    #[error("{0}")]
    Import(#[source] cv_core::Error),
    /// Rendering or exporting failed.
    #[error("{0}")]
    Render(#[source] cv_core::Error),
    /// Reading or writing a file failed.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// What the OS said.
        source: std::io::Error,
    },
}

/// `Result` with [`Error`] as the default error.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// The category the UI branches on.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::NotFound { .. } => ErrorKind::NotFound,
            Error::Invalid(_) => ErrorKind::Invalid,
            Error::Database(_) | Error::Migrate(_) | Error::Stored { .. } => ErrorKind::Store,
            Error::Import(_) => ErrorKind::Import,
            Error::Render(_) => ErrorKind::Render,
            Error::Io { .. } => ErrorKind::Io,
        }
    }

    pub(crate) fn io(path: &std::path::Path, source: std::io::Error) -> Self {
        Error::Io {
            path: path.display().to_string(),
            source,
        }
    }
}

impl From<Error> for CommandError {
    fn from(error: Error) -> Self {
        CommandError {
            kind: error.kind(),
            message: error.to_string(),
        }
    }
}
