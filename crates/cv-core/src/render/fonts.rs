//! Fonts: the bundled set (compiled in, Brotli-packed by `build.rs`, see `fonts/README.md`), system
//! fonts as a lazy fallback for scripts the bundle does not cover (CJK), and the check that names
//! characters no font has.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use typst::foundations::Bytes;
use typst::text::{Font, FontBook};
use typst_kit::fonts::FontStore;

/// Families appended to every font list so that Arabic, Hebrew and symbols always have a font.
pub(crate) const FALLBACK_FAMILIES: [&str; 4] = [
    "Noto Sans Arabic",
    "Noto Sans Hebrew",
    "Inter",
    "DejaVu Sans Mono",
];

/// Families users can pick that are always available.
pub const BUNDLED_FAMILIES: [&str; 3] = ["Inter", "Libertinus Serif", "DejaVu Sans Mono"];

// `PACKED_LENGTHS`: the length of each file in `PACKED`, in order (`build.rs`).
include!(concat!(env!("OUT_DIR"), "/fonts.rs"));

/// Every bundled font file, one after the other, Brotli-compressed (`build.rs`).
static PACKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/fonts.br"));

/// The bundled font files once unpacked, shared by every renderer of the process.
static FILES: OnceLock<Vec<Bytes>> = OnceLock::new();

/// Starts unpacking the bundled font files on a background thread (about 30 ms), so that a
/// renderer made at start-up does not delay it. If the thread cannot start, the first use
/// unpacks them.
pub(crate) fn prefetch() {
    if FILES.get().is_none() {
        let _ = std::thread::Builder::new()
            .name("cv-core-fonts".into())
            .spawn(bundled_files);
    }
}

/// The bundled font files, unpacked on first use.
fn bundled_files() -> &'static [Bytes] {
    FILES.get_or_init(|| {
        let total = PACKED_LENGTHS.iter().sum();
        let mut all = Vec::with_capacity(total);
        // The same call as Tauri's asset loading, so the desktop app links one decompressor.
        brotli::BrotliDecompress(&mut &PACKED[..], &mut all).expect("build.rs wrote valid Brotli");
        assert_eq!(all.len(), total, "build.rs packed PACKED_LENGTHS' files");
        let mut rest = all.as_slice();
        PACKED_LENGTHS
            .iter()
            .map(|&len| {
                let (file, tail) = rest.split_at(len);
                rest = tail;
                Bytes::new(file.to_vec())
            })
            .collect()
    })
}

/// A store with the bundled fonts only.
pub(crate) fn bundled() -> FontStore {
    let mut store = FontStore::new();
    for data in bundled_files() {
        for font in Font::iter(data.clone()) {
            let info = font.info().clone();
            store.push((font, info));
        }
    }
    store
}

/// A store with the bundled fonts first, then every font installed on the system.
pub(crate) fn bundled_and_system() -> FontStore {
    let mut store = bundled();
    store.extend(typst_kit::fonts::system());
    store
}

/// Characters of `text` that no font in `book` has a glyph for.
///
/// Only characters beyond Latin-1 are looked up: the bundled fonts cover Latin-1 entirely, and
/// this keeps the check far below a millisecond for the usual CV.
pub(crate) fn uncovered(book: &FontBook, text: &str) -> BTreeSet<char> {
    let candidates: BTreeSet<char> = text
        .chars()
        .filter(|c| *c as u32 > 0xFF && !c.is_whitespace() && !is_invisible(*c))
        .collect();
    candidates
        .into_iter()
        .filter(|c| {
            !(0..)
                .map_while(|i| book.info(i))
                .any(|info| info.coverage.contains(*c as u32))
        })
        .collect()
}

/// Formatting characters with no glyph of their own (joiners, direction marks).
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character of `sample` has a glyph in some regular-weight face of `family`.
    fn family_covers(book: &FontBook, family: &str, sample: &str) -> Vec<char> {
        let faces: Vec<usize> = book.select_family(&family.to_lowercase()).collect();
        assert!(!faces.is_empty(), "{family} is not bundled");
        sample
            .chars()
            .filter(|c| !c.is_whitespace())
            .filter(|c| {
                !faces
                    .iter()
                    .any(|&i| book.info(i).is_some_and(|f| f.coverage.contains(*c as u32)))
            })
            .collect()
    }

    #[test]
    fn bundled_families_cover_latin_greek_and_cyrillic_and_fallbacks_cover_rtl() {
        let store = bundled();
        let book = store.book();
        let european = "Ärger façade Łódź ß € Ωμέγα Ελληνικά Привет Україна";
        for family in BUNDLED_FAMILIES {
            assert_eq!(
                family_covers(book, family, european),
                Vec::<char>::new(),
                "{family}"
            );
        }
        assert_eq!(
            family_covers(book, "Noto Sans Arabic", "مرحبا بالعالم"),
            Vec::<char>::new()
        );
        assert_eq!(
            family_covers(book, "Noto Sans Hebrew", "שלום עולם"),
            Vec::<char>::new()
        );
        assert!(uncovered(book, european).is_empty());
        assert_eq!(
            uncovered(book, "漢字 ok").into_iter().collect::<String>(),
            "字漢"
        );
    }
}
