//! `cv-core`: the CV model and everything that works on it without a window, a network or an
//! async runtime.
//!
//! - [`model`]: the document (JSON Resume plus our `cvimprover` block), loading and saving;
//! - [`mod@validate`]: located errors and warnings about a document;
//! - [`render`]: Typst rendering to PDF, SVG and PNG with bundled fonts and templates;
//! - [`locale`], [`date`]: the words and dates a CV prints, per language.
//!
//! Import, analysis and exports arrive with their own issues. This crate stays synchronous: no
//! tokio, sqlx, reqwest or Tauri (callers run it on blocking threads).

pub mod date;
mod error;
pub mod locale;
pub mod model;
pub mod render;
pub mod validate;

pub use error::{Error, Result};
pub use model::Cv;
pub use render::{Compiled, PdfSettings, Renderer};
pub use validate::{Issue, Level, validate};
