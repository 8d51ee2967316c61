//! The page images of recent previews, by fingerprint. The UI gets an address per page, not the
//! page itself: `preview://localhost/<fingerprint>.svg` (the app serves the `preview` scheme from
//! here). A page an edit did not change keeps its fingerprint, hence its address, so the webview
//! neither receives nor redraws it again; only changed pages are drawn (Rust) and loaded (UI).
//!
//! What does not live here: serving the scheme (that is `src-tauri`, glue) and rendering.

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::Arc;

/// The URI scheme the app serves preview pages under.
pub const SCHEME: &str = "preview";

/// How many renders' pages stay available: the UI loads a page a moment after its render
/// returns, by which time a few newer renders may have finished.
const KEEP_RENDERS: usize = 4;

/// SVG pages by fingerprint, for the pages of the last [`KEEP_RENDERS`] renders.
#[derive(Debug, Default)]
pub(crate) struct PageStore {
    svgs: HashMap<u128, Arc<[u8]>>,
    recent: VecDeque<Vec<u128>>,
}

impl PageStore {
    /// The SVG of the page with fingerprint `key`, if a recent render drew it.
    pub(crate) fn get(&self, key: u128) -> Option<Arc<[u8]>> {
        self.svgs.get(&key).cloned()
    }

    /// Whether the page with fingerprint `key` is already drawn.
    pub(crate) fn contains(&self, key: u128) -> bool {
        self.svgs.contains_key(&key)
    }

    /// Keeps a newly drawn page.
    pub(crate) fn insert(&mut self, key: u128, svg: String) {
        self.svgs.insert(key, Arc::from(svg.into_bytes()));
    }

    /// Records the pages of one finished render and forgets pages no recent render shows.
    pub(crate) fn finish_render(&mut self, keys: Vec<u128>) {
        self.recent.push_back(keys);
        while self.recent.len() > KEEP_RENDERS {
            self.recent.pop_front();
        }
        let live: HashSet<u128> = self.recent.iter().flatten().copied().collect();
        self.svgs.retain(|key, _| live.contains(key));
    }

    /// Number of pages kept.
    #[cfg(test)]
    fn len(&self) -> usize {
        self.svgs.len()
    }
}

/// The file name a page is served under: its fingerprint in hex, `.svg`.
pub(crate) fn file_name(key: u128) -> String {
    format!("{key:032x}.svg")
}

/// The fingerprint in a page's address path (`/<hex>.svg`, the leading slash optional).
pub(crate) fn parse_path(path: &str) -> Option<u128> {
    let hex = path.trim_start_matches('/').strip_suffix(".svg")?;
    if hex.len() != 32 {
        return None;
    }
    u128::from_str_radix(hex, 16).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_round_trip_and_junk_is_refused() {
        let key = 0x0123_4567_89ab_cdef_0011_2233_4455_6677;
        assert_eq!(parse_path(&format!("/{}", file_name(key))), Some(key));
        assert_eq!(parse_path(&file_name(key)), Some(key));
        for junk in [
            "/",
            "/x.svg",
            "/../etc/passwd",
            "/0123.svg",
            &file_name(key).replace(".svg", ".png"),
        ] {
            assert_eq!(parse_path(junk), None, "{junk}");
        }
    }

    #[test]
    fn pages_of_the_last_renders_stay_and_older_ones_go() {
        let mut store = PageStore::default();
        store.insert(1, "<svg>one</svg>".into());
        store.finish_render(vec![1, 100]);
        for render in 2..=u128::try_from(KEEP_RENDERS).unwrap() + 1 {
            store.insert(render, format!("<svg>{render}</svg>"));
            store.finish_render(vec![render, 100]);
        }
        assert!(
            store.get(1).is_none(),
            "page 1 is no longer shown by any kept render"
        );
        assert_eq!(store.get(2).as_deref(), Some(&b"<svg>2</svg>"[..]));
        assert_eq!(store.len(), KEEP_RENDERS);
    }
}
