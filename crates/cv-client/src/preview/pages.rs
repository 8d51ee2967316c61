//! The pages of recent previews, by fingerprint, and their bitmaps. The UI gets an address per
//! page, not the page itself: `preview://localhost/<fingerprint>-<width>.png`, a PNG `width`
//! pixels wide (the app serves the `preview` scheme from here). A page an edit did not change
//! keeps its fingerprint, hence its address, so the webview neither receives nor redraws it
//! again; only changed pages are drawn (Rust) and loaded (UI).
//!
//! Bitmaps, not SVG: typst-svg writes every glyph as a `<use>` element, and WebKit took 110–150 ms
//! to load such a page and 50 ms more to paint it; a PNG at the size shown decodes in a few.
//!
//! What does not live here: serving the scheme (that is `src-tauri`, glue) and rendering.

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::Arc;

use cv_core::PageLayout;

/// The URI scheme the app serves preview pages under.
pub const SCHEME: &str = "preview";

/// How many renders' pages stay available: the UI loads a page a moment after its render
/// returns, by which time a few newer renders may have finished.
const KEEP_RENDERS: usize = 4;

/// The narrowest and widest bitmap a page is drawn as, in pixels (a 4000 px A4 page is a 200 %
/// zoom on a wide 2x screen).
pub const PAGE_PIXELS: std::ops::RangeInclusive<u32> = 64..=4000;

/// A page's address: its fingerprint and the width its bitmap is drawn at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct PageKey {
    pub(crate) fingerprint: u128,
    pub(crate) width: u32,
}

/// Laid-out pages by fingerprint for the pages of the last [`KEEP_RENDERS`] renders, and the
/// bitmaps drawn of them.
#[derive(Debug, Default)]
pub(crate) struct PageStore {
    layouts: HashMap<u128, PageLayout>,
    pngs: HashMap<PageKey, Arc<[u8]>>,
    recent: VecDeque<Vec<u128>>,
}

impl PageStore {
    /// The layout of the page with this fingerprint, if a recent render made it.
    pub(crate) fn layout(&self, fingerprint: u128) -> Option<PageLayout> {
        self.layouts.get(&fingerprint).cloned()
    }

    /// The bitmap of a page at a width, if drawn.
    pub(crate) fn png(&self, key: PageKey) -> Option<Arc<[u8]>> {
        self.pngs.get(&key).cloned()
    }

    /// Keeps a page's layout.
    pub(crate) fn insert_layout(&mut self, fingerprint: u128, layout: PageLayout) {
        self.layouts.entry(fingerprint).or_insert(layout);
    }

    /// Keeps a drawn bitmap, while its page is still kept.
    pub(crate) fn insert_png(&mut self, key: PageKey, png: Vec<u8>) -> Arc<[u8]> {
        let png: Arc<[u8]> = Arc::from(png);
        if self.layouts.contains_key(&key.fingerprint) {
            self.pngs.insert(key, png.clone());
        }
        png
    }

    /// Records the pages of one finished render and forgets pages no recent render shows.
    pub(crate) fn finish_render(&mut self, fingerprints: Vec<u128>) {
        self.recent.push_back(fingerprints);
        while self.recent.len() > KEEP_RENDERS {
            self.recent.pop_front();
        }
        let live: HashSet<u128> = self.recent.iter().flatten().copied().collect();
        self.layouts
            .retain(|fingerprint, _| live.contains(fingerprint));
        self.pngs.retain(|key, _| live.contains(&key.fingerprint));
    }

    /// Number of pages kept.
    #[cfg(test)]
    fn len(&self) -> usize {
        self.layouts.len()
    }
}

/// The file name a page is served under: its fingerprint in hex, its width, `.png`.
pub(crate) fn file_name(key: PageKey) -> String {
    format!("{:032x}-{}.png", key.fingerprint, key.width)
}

/// The page in an address's path (`/<hex>-<width>.png`, the leading slash optional).
pub(crate) fn parse_path(path: &str) -> Option<PageKey> {
    let name = path.trim_start_matches('/').strip_suffix(".png")?;
    let (hex, width) = name.split_once('-')?;
    if hex.len() != 32 || !width.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let width = width.parse().ok().filter(|w| PAGE_PIXELS.contains(w))?;
    Some(PageKey {
        fingerprint: u128::from_str_radix(hex, 16).ok()?,
        width,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_round_trip_and_junk_is_refused() {
        let key = PageKey {
            fingerprint: 0x0123_4567_89ab_cdef_0011_2233_4455_6677,
            width: 794,
        };
        assert_eq!(parse_path(&format!("/{}", file_name(key))), Some(key));
        assert_eq!(parse_path(&file_name(key)), Some(key));
        let hex = format!("{:032x}", key.fingerprint);
        for junk in [
            "/".to_owned(),
            "/x.png".to_owned(),
            "/../etc/passwd".to_owned(),
            "/0123-794.png".to_owned(),
            format!("/{hex}.png"),
            format!("/{hex}-794.svg"),
            format!("/{hex}-+794.png"),
            format!("/{hex}-10.png"),
            format!("/{hex}-99999999999.png"),
        ] {
            assert_eq!(parse_path(&junk), None, "{junk}");
        }
    }

    #[test]
    fn pages_of_the_last_renders_stay_and_older_ones_go() {
        let cv = cv_core::Cv::from_json_str(r#"{"basics":{"name":"Ada"}}"#).unwrap();
        let page = cv_core::Renderer::new()
            .compile(&cv)
            .unwrap()
            .page_layout(0)
            .unwrap();
        let key = |fingerprint| PageKey {
            fingerprint,
            width: 100,
        };
        let mut store = PageStore::default();
        store.insert_layout(1, page.clone());
        store.insert_png(key(1), b"one".to_vec());
        store.finish_render(vec![1, 100]);
        for render in 2..=u128::try_from(KEEP_RENDERS).unwrap() + 1 {
            store.insert_layout(render, page.clone());
            store.insert_png(key(render), format!("png {render}").into_bytes());
            store.finish_render(vec![render, 100]);
        }
        assert!(
            store.layout(1).is_none() && store.png(key(1)).is_none(),
            "page 1 is no longer shown"
        );
        assert_eq!(store.png(key(2)).as_deref(), Some(&b"png 2"[..]));
        assert_eq!(store.len(), KEEP_RENDERS);
        store.insert_png(key(1), b"late".to_vec());
        assert!(
            store.png(key(1)).is_none(),
            "a forgotten page's bitmap is not kept"
        );
    }
}
