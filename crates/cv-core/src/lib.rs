//! `cv-core`: the CV model and everything that works on it without a window, a network or an
//! async runtime.
//!
//! - [`model`]: the document (JSON Resume plus our `cvimprover` block), loading and saving;
//! - [`mod@validate`]: located errors and warnings about a document;
//! - [`render`]: Typst rendering to PDF, SVG and PNG with bundled fonts and templates;
//! - [`locale`], [`date`]: the words and dates a CV prints, per language;
//! - [`import`]: PDF (ours or anyone's), JSON Resume and YAML into a [`Cv`], with confidences;
//! - [`export`]: a [`Cv`] as JSON Resume, Markdown, plain text or DOCX;
//! - [`analyze`]: the offline ATS check of a CV against a job ad.
//!
//! This crate stays synchronous: no tokio, sqlx, reqwest or Tauri (callers run it on blocking
//! threads).

pub mod analyze;
pub mod date;
mod error;
pub mod export;
pub mod import;
pub mod locale;
pub mod model;
pub mod render;
pub mod validate;

pub use error::{Error, Result};
pub use model::Cv;
pub use render::{Compiled, PageLayout, PdfSettings, Renderer, Tile};
pub use validate::{Issue, Level, validate};
