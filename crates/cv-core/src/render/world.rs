//! The Typst [`World`] a CV compiles in: the templates, the two JSON files, the fonts. Nothing
//! is read from disk and nothing from the network; there are no packages and no clock.
//!
//! A world lives for one compile and borrows everything heavy from the [`super::Renderer`], so
//! making one costs nothing and Typst's caches (keyed on file contents) carry over between
//! renders.

use std::sync::LazyLock;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, World};
use typst_kit::fonts::FontStore;

/// The id of a file at the root of our virtual project.
pub(crate) fn file_id(path: &str) -> FileId {
    let vpath = VirtualPath::new(path).expect("our virtual paths are valid");
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

/// `/view.json`: the view model (see `templates/README.md`).
pub(crate) static VIEW_JSON: LazyLock<FileId> = LazyLock::new(|| file_id("/view.json"));
/// `/cv.json`: the source document, attached to the PDF.
pub(crate) static CV_JSON: LazyLock<FileId> = LazyLock::new(|| file_id("/cv.json"));

/// One compile's world.
pub(crate) struct CvWorld<'a> {
    pub library: &'a LazyHash<Library>,
    pub fonts: &'a FontStore,
    pub sources: &'a [Source],
    pub main: FileId,
    pub view: Bytes,
    pub cv: Bytes,
}

impl World for CvWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        self.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        self.fonts.book()
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        match self.sources.iter().find(|s| s.id() == id) {
            Some(source) => Ok(source.clone()),
            None if id == *VIEW_JSON || id == *CV_JSON => Err(FileError::NotSource),
            None => Err(not_found(id)),
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == *VIEW_JSON {
            return Ok(self.view.clone());
        }
        if id == *CV_JSON {
            return Ok(self.cv.clone());
        }
        self.source(id).map(Bytes::from_string)
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.font(index)
    }

    /// No clock: templates must not depend on the day they are rendered.
    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}

fn not_found(id: FileId) -> FileError {
    FileError::NotFound(id.vpath().get_with_slash().into())
}
