//! The tiles of recent previews, by fingerprint, and their bitmaps. A page reaches the UI as a
//! stack of tile addresses, `preview://localhost/<fingerprint>.png` (the app serves the
//! `preview` scheme from here). A tile an edit did not change keeps its fingerprint, hence its
//! address, so the webview neither receives nor redraws it again; only changed tiles are drawn
//! (Rust) and loaded (UI). cv-core's `render::screen` cuts pages into tiles.
//!
//! Bitmaps, not SVG: typst-svg writes every glyph as a `<use>` element, and WebKit took 110–150 ms
//! to load such a page and 50 ms more to paint it; a PNG at the size shown decodes in a few.
//!
//! What does not live here: serving the scheme (that is `src-tauri`, glue) and rendering.

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::Arc;

use cv_core::Tile;

/// The URI scheme the app serves preview tiles under.
pub const SCHEME: &str = "preview";

/// How many pixels high a tile is (the last of a page is shorter). Typing changes a line or
/// two, so smaller tiles mean less to redraw; each tile costs a request and an image in the
/// webview, and a line crossing a tile edge is drawn in both. `cargo bench -p cv-client --bench
/// preview` compared 32, 64 and 128 (bench/desktop/README.md).
pub const TILE_PIXELS: u32 = 64;

/// How many renders' tiles stay available: the UI loads a tile a moment after its render
/// returns, by which time a few newer renders may have finished.
const KEEP_RENDERS: usize = 4;

/// The narrowest and widest bitmap a page is drawn as, in pixels (a 4000 px A4 page is a 200 %
/// zoom on a wide 2x screen).
pub const PAGE_PIXELS: std::ops::RangeInclusive<u32> = 64..=4000;

/// Tiles by fingerprint for the pages of the last [`KEEP_RENDERS`] renders, and the bitmaps
/// drawn of them.
#[derive(Debug, Default)]
pub(crate) struct TileStore {
    tiles: HashMap<u128, Tile>,
    pngs: HashMap<u128, Arc<[u8]>>,
    recent: VecDeque<Vec<u128>>,
}

impl TileStore {
    /// The tile with this fingerprint, if a recent render made it.
    pub(crate) fn tile(&self, fingerprint: u128) -> Option<Tile> {
        self.tiles.get(&fingerprint).cloned()
    }

    /// The bitmap of a tile, if drawn.
    pub(crate) fn png(&self, fingerprint: u128) -> Option<Arc<[u8]>> {
        self.pngs.get(&fingerprint).cloned()
    }

    /// Keeps a tile (to draw it when it is asked for, if a render has not).
    pub(crate) fn insert_tile(&mut self, tile: &Tile) {
        self.tiles
            .entry(tile.fingerprint())
            .or_insert_with(|| tile.clone());
    }

    /// Keeps a drawn bitmap, while its tile is still kept.
    pub(crate) fn insert_png(&mut self, fingerprint: u128, png: Vec<u8>) -> Arc<[u8]> {
        let png: Arc<[u8]> = Arc::from(png);
        if self.tiles.contains_key(&fingerprint) {
            self.pngs.insert(fingerprint, png.clone());
        }
        png
    }

    /// Records the tiles of one finished render and forgets tiles no recent render shows.
    pub(crate) fn finish_render(&mut self, fingerprints: Vec<u128>) {
        self.recent.push_back(fingerprints);
        while self.recent.len() > KEEP_RENDERS {
            self.recent.pop_front();
        }
        let live: HashSet<u128> = self.recent.iter().flatten().copied().collect();
        self.tiles
            .retain(|fingerprint, _| live.contains(fingerprint));
        self.pngs
            .retain(|fingerprint, _| live.contains(fingerprint));
    }

    /// Number of tiles kept.
    #[cfg(test)]
    fn len(&self) -> usize {
        self.tiles.len()
    }
}

/// The file name a tile is served under: its fingerprint in hex, `.png`.
pub(crate) fn file_name(fingerprint: u128) -> String {
    format!("{fingerprint:032x}.png")
}

/// The tile in an address's path (`/<hex>.png`, the leading slash optional).
pub(crate) fn parse_path(path: &str) -> Option<u128> {
    let hex = path.trim_start_matches('/').strip_suffix(".png")?;
    if hex.len() != 32 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    u128::from_str_radix(hex, 16).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_round_trip_and_junk_is_refused() {
        let fingerprint = 0x0123_4567_89ab_cdef_0011_2233_4455_6677;
        assert_eq!(
            parse_path(&format!("/{}", file_name(fingerprint))),
            Some(fingerprint)
        );
        assert_eq!(parse_path(&file_name(fingerprint)), Some(fingerprint));
        let hex = format!("{fingerprint:032x}");
        for junk in [
            "/".to_owned(),
            "/x.png".to_owned(),
            "/../etc/passwd".to_owned(),
            "/0123.png".to_owned(),
            format!("/{hex}.svg"),
            format!("/{hex}-794.png"),
            format!("/+{}.png", &hex[1..]),
            format!("/{hex}0.png"),
        ] {
            assert_eq!(parse_path(&junk), None, "{junk}");
        }
    }

    #[test]
    fn tiles_of_the_last_renders_stay_and_older_ones_go() {
        let cv = cv_core::Cv::from_json_str(r#"{"basics":{"name":"Ada"}}"#).unwrap();
        let page = cv_core::Renderer::new()
            .compile(&cv)
            .unwrap()
            .page_layout(0)
            .unwrap();
        // Tiles of different widths: different fingerprints.
        let renders: Vec<Tile> = (0..=KEEP_RENDERS)
            .map(|i| page.tiles(100 + i as u32, 4000).remove(0))
            .collect();
        let mut store = TileStore::default();
        for (i, tile) in renders.iter().enumerate() {
            store.insert_tile(tile);
            store.insert_png(tile.fingerprint(), format!("png {i}").into_bytes());
            store.finish_render(vec![tile.fingerprint(), 7]);
        }
        let first = renders[0].fingerprint();
        assert!(
            store.tile(first).is_none() && store.png(first).is_none(),
            "the first render's tile is no longer shown"
        );
        assert_eq!(
            store.png(renders[1].fingerprint()).as_deref(),
            Some(&b"png 1"[..])
        );
        assert_eq!(store.len(), KEEP_RENDERS);
        store.insert_png(first, b"late".to_vec());
        assert!(
            store.png(first).is_none(),
            "a forgotten tile's bitmap is not kept"
        );
    }
}
