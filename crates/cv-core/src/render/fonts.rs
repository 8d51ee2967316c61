//! Fonts: the bundled set (compiled in deflated by `build.rs`, see `fonts/README.md`), system
//! fonts as a lazy fallback for scripts the bundle does not cover (CJK), and the check that names
//! characters no font has.

use std::collections::BTreeSet;
use std::io::Read;
use std::sync::OnceLock;

use flate2::read::DeflateDecoder;

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

/// The font files deflated (`build.rs` writes `<file>.deflate` into `OUT_DIR`).
macro_rules! font_files {
    ($($file:literal),* $(,)?) => {
        [$(include_bytes!(concat!(env!("OUT_DIR"), "/", $file, ".deflate")).as_slice()),*]
    };
}

static BUNDLED: [&[u8]; 17] = font_files![
    "Inter-Regular.otf",
    "Inter-Italic.otf",
    "Inter-SemiBold.otf",
    "Inter-SemiBoldItalic.otf",
    "Inter-Bold.otf",
    "Inter-BoldItalic.otf",
    "LibertinusSerif-Regular.otf",
    "LibertinusSerif-Italic.otf",
    "LibertinusSerif-Semibold.otf",
    "LibertinusSerif-Bold.otf",
    "LibertinusSerif-BoldItalic.otf",
    "DejaVuSansMono.ttf",
    "DejaVuSansMono-Bold.ttf",
    "NotoSansArabic-Regular.ttf",
    "NotoSansArabic-Bold.ttf",
    "NotoSansHebrew-Regular.ttf",
    "NotoSansHebrew-Bold.ttf",
];

/// The bundled font files once inflated, shared by every renderer of the process.
static FILES: OnceLock<Vec<Bytes>> = OnceLock::new();

/// Starts inflating the bundled font files on a background thread (about 30 ms), so that a
/// renderer made at start-up does not delay it. If the thread cannot start, the first use
/// inflates them.
pub(crate) fn prefetch() {
    if FILES.get().is_none() {
        let _ = std::thread::Builder::new()
            .name("cv-core-fonts".into())
            .spawn(bundled_files);
    }
}

/// The bundled font files, inflated on first use.
fn bundled_files() -> &'static [Bytes] {
    FILES.get_or_init(|| {
        BUNDLED
            .iter()
            .map(|deflated| {
                let mut data = Vec::with_capacity(deflated.len() * 2);
                DeflateDecoder::new(*deflated)
                    .read_to_end(&mut data)
                    .expect("build.rs wrote valid deflate data");
                Bytes::new(data)
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
