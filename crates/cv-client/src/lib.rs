//! `cv-client`: everything the desktop app does that needs no window, so it is tested without one.
//!
//! - [`store`]: the local SQLite store (CVs, snapshots, trash) with embedded migrations;
//! - [`preview`]: live-preview rendering with one shared Typst renderer, dropping stale requests;
//! - [`files`]: exporting a CV to a file and opening (importing) one;
//! - [`api`]: the types the desktop app's commands take and return (the IPC contract);
//! - `ipc` (feature `ts`): the generated TypeScript of that contract, `ui/src/ipc/bindings.ts`.
//!
//! What does not live here: Tauri itself (that is `src-tauri/`, glue only), and the CV model,
//! rendering and import (that is `cv-core`, synchronous; this crate calls it on blocking threads).

pub mod api;
mod error;
pub mod files;
#[cfg(feature = "ts")]
pub mod ipc;
pub mod preview;
pub mod store;

pub use error::{Error, Result};
pub use preview::Previewer;
pub use store::Store;
