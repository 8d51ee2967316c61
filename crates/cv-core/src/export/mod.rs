//! Exports (being built): a [`crate::Cv`] as JSON Resume, Markdown, plain text or DOCX.
