//! The one error type of `cv-core`: loading, importing, rendering and exporting documents.

use crate::render::Diagnostic;

/// Everything that can go wrong in `cv-core`. Messages are meant for the person who wrote the CV.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The input is larger than we read.
    #[error("the document is {size} bytes; the limit is {limit} bytes")]
    TooLarge {
        /// Size of the input.
        size: usize,
        /// The limit.
        limit: usize,
    },
    /// The input is not valid JSON.
    #[error("invalid JSON at line {line}, column {column}: {message}")]
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong.
        message: String,
    },
    /// Valid JSON, but a field has the wrong type or shape.
    #[error("{path}: {message}")]
    Shape {
        /// Where, e.g. `work[2].startDate`.
        path: String,
        /// What is wrong.
        message: String,
    },
    /// A document written by a newer version of CV Improver.
    #[error(
        "the document has schema version {found}, but this version of CV Improver reads up to \
         {supported}: update CV Improver to open it"
    )]
    NewerSchema {
        /// The document's version.
        found: u32,
        /// The newest version we read.
        supported: u32,
    },
    /// A section with more entries than we render.
    #[error("{section} has {count} entries; at most {limit} are supported")]
    TooManyEntries {
        /// Which section.
        section: String,
        /// How many it has.
        count: usize,
        /// The limit.
        limit: usize,
    },
    /// No template of that name.
    #[error("unknown template \"{name}\": choose one of {}", crate::render::template_names().join(", "))]
    UnknownTemplate {
        /// The name asked for.
        name: String,
    },
    /// Typst could not compile the template with this CV. A bug in a template, not the user's.
    #[error("the template could not be laid out:\n{}", crate::render::format_diagnostics(.0))]
    Compile(Vec<Diagnostic>),
    /// Typst could not write the PDF.
    #[error("the PDF could not be written:\n{}", crate::render::format_diagnostics(.0))]
    Pdf(Vec<Diagnostic>),
    /// A page index past the end of the document.
    #[error("page {index} does not exist: the CV has {count} page(s), numbered from 1")]
    NoSuchPage {
        /// The 1-based index asked for.
        index: usize,
        /// How many pages there are.
        count: usize,
    },
    /// The file to import holds nothing (zero bytes or only whitespace).
    #[error("the file is empty")]
    Empty,
    /// Not a format we import.
    #[error(
        "this is not a PDF, JSON or YAML file; CV Improver imports PDF CVs and JSON Resume (JSON or YAML)"
    )]
    UnknownFormat,
    /// Invalid YAML.
    #[error("invalid YAML at line {line}, column {column}: {message}")]
    Yaml {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong.
        message: String,
    },
    /// The PDF could not be parsed.
    #[error("this PDF is damaged and cannot be read: {0}")]
    PdfDamaged(String),
    /// The PDF is encrypted.
    #[error(
        "this PDF is encrypted: remove the password (e.g. print it to a new PDF) and import that"
    )]
    PdfEncrypted,
    /// The PDF has no text to extract.
    #[error("this PDF has no text layer: it looks scanned; OCR is not supported")]
    PdfNoText,
    /// The PDF's text cannot be mapped back to characters.
    #[error(
        "this PDF's fonts have no Unicode map, so its text cannot be read back; export it again with embedded text"
    )]
    PdfUnreadableText,
    /// The PDF is over an import limit.
    #[error("this PDF is too large to import: {0}")]
    PdfTooLarge(String),
    /// Import took longer than allowed.
    #[error("importing this PDF took longer than {seconds} seconds and was stopped")]
    PdfTimeout {
        /// The limit.
        seconds: u64,
    },
    /// The analysis vocabulary (`data/vocabulary.json` or one passed in) is malformed.
    #[error("the keyword vocabulary is invalid: {0}")]
    Vocabulary(String),
    /// The PNG encoder failed.
    #[error("the page could not be encoded as PNG: {0}")]
    Png(String),
    /// The DOCX package (a ZIP archive) could not be written.
    #[error("the DOCX file could not be written: {0}")]
    Docx(#[source] std::io::Error),
}

/// `Result` with [`Error`] as the default error.
pub type Result<T, E = Error> = std::result::Result<T, E>;
