//! The previewer (stale generations dropped, real tiles) and files (export, then open the
//! exported PDF again), through the real renderer.

use cv_client::Previewer;
use cv_client::api::{ExportFormat, PreviewTile};
use cv_client::files;
use cv_core::Cv;

/// The page width the tests ask for, in pixels.
const WIDTH: u32 = 794;

fn example() -> Cv {
    Cv::from_json_str(include_str!("../../../examples/software-engineer.json"))
        .expect("the example loads")
}

#[test]
fn a_render_asked_for_after_a_newer_one_is_dropped_without_rendering() {
    let previewer = Previewer::new();
    let cv = example();
    let preview = previewer
        .render(&cv, 1, WIDTH)
        .unwrap()
        .expect("the newest render is kept");
    assert_eq!((preview.generation, preview.page_count), (1, 2));
    assert!((preview.page_width_pt - 595.28).abs() < 0.1, "A4");
    for page in &preview.pages {
        assert_a4((page.width_px, page.height_px), WIDTH);
        let mut height = 0;
        for tile in &page.tiles {
            let png = previewer.tile_png(&path(tile)).expect("the tile is served");
            assert_eq!(png_size(&png), (WIDTH, tile.height_px));
            height += tile.height_px;
        }
        assert_eq!(height, page.height_px, "the tiles make up the page");
    }
    assert!(preview.render_ms > 0.0);

    previewer.request(5);
    assert!(
        previewer.render(&cv, 3, WIDTH).unwrap().is_none(),
        "generation 3 is stale"
    );
    assert!(previewer.render(&cv, 5, WIDTH).unwrap().is_some());
}

#[test]
fn typing_in_the_name_redraws_only_the_tiles_it_changed() {
    let previewer = Previewer::new();
    let mut cv = example();
    let before = previewer.render(&cv, 1, WIDTH).unwrap().unwrap().pages;
    let shown: Vec<_> = before[0]
        .tiles
        .iter()
        .map(|tile| previewer.tile_png(&path(tile)).unwrap())
        .collect();

    cv.basics
        .get_or_insert_default()
        .name
        .get_or_insert_default()
        .push('x');
    let after = previewer.render(&cv, 2, WIDTH).unwrap().unwrap().pages;
    assert_eq!(after.len(), before.len());
    assert_eq!(after[1], before[1], "page 2 keeps every address");
    let changed: Vec<usize> = (0..after[0].tiles.len())
        .filter(|&i| after[0].tiles[i] != before[0].tiles[i])
        .collect();
    assert!(
        !changed.is_empty() && changed.iter().all(|&i| i < 3),
        "only the name's tiles at the top change, not {changed:?} of {}",
        after[0].tiles.len()
    );
    let redrawn = |i: usize| previewer.tile_png(&path(&after[0].tiles[i])).unwrap();
    assert!(
        changed.iter().any(|&i| redrawn(i) != shown[i]),
        "a changed tile shows the new name"
    );
    // The tiles the UI still shows stay served until it has loaded the new ones.
    let old = previewer.tile_png(&path(&before[0].tiles[changed[0]]));
    assert!(old == Some(shown[changed[0]].clone()));
    assert_eq!(previewer.tile_png("/not-a-tile.png"), None);
}

#[test]
fn a_wider_page_is_drawn_sharper_and_a_zoom_keeps_the_layout() {
    let previewer = Previewer::new();
    let cv = example();
    let narrow = previewer.render(&cv, 1, 400).unwrap().unwrap();
    let wide = previewer.render(&cv, 2, 1600).unwrap().unwrap();
    assert!(
        narrow.pages[0]
            .tiles
            .iter()
            .all(|tile| !wide.pages[0].tiles.contains(tile)),
        "another width, other addresses"
    );
    assert_a4((wide.pages[0].width_px, wide.pages[0].height_px), 1600);
    let tile = &wide.pages[0].tiles[0];
    let png = previewer.tile_png(&path(tile)).unwrap();
    assert_eq!(png_size(&png), (1600, tile.height_px));
    // The narrow render's tiles stay served while a recent render shows them.
    assert!(
        previewer
            .tile_png(&path(&narrow.pages[1].tiles[0]))
            .is_some()
    );
    let absurd = previewer.render(&cv, 3, 100_000).unwrap().unwrap();
    assert_eq!(absurd.pages[0].width_px, 4000, "no 100,000 px bitmaps");
}

/// The path part of a tile's address, as the app's scheme handler gets it.
fn path(tile: &PreviewTile) -> String {
    tile.url
        .strip_prefix("preview://localhost")
        .expect("an address of the app's preview scheme")
        .to_owned()
}

/// An A4 page `width` pixels wide.
fn assert_a4((w, h): (u32, u32), width: u32) {
    let a4_height = f64::from(width) * 841.89 / 595.28;
    assert!(
        w == width && (f64::from(h) - a4_height).abs() <= 1.0,
        "{w}x{h}"
    );
}

/// Width and height of a PNG, from its header.
fn png_size(png: &[u8]) -> (u32, u32) {
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "a PNG");
    let be = |at: usize| u32::from_be_bytes(png[at..at + 4].try_into().expect("4 bytes"));
    (be(16), be(20))
}

#[test]
fn an_exported_pdf_opens_again_as_the_same_cv() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cv.pdf");
    let cv = example();
    let exported = files::export_to(&Previewer::new(), &cv, ExportFormat::Pdf, &path).unwrap();
    assert_eq!(exported.bytes, std::fs::metadata(&path).unwrap().len());
    assert!(std::fs::read(&path).unwrap().starts_with(b"%PDF"));

    let (title, opened) = files::read_import(&path).unwrap();
    assert_eq!(Some(title.as_str()), cv.name());
    assert_eq!(opened, cv, "our PDFs carry their source");
}

#[test]
fn every_text_format_exports_and_a_missing_file_is_an_io_error() {
    let dir = tempfile::tempdir().unwrap();
    let previewer = Previewer::new();
    for format in [
        ExportFormat::Json,
        ExportFormat::JsonResume,
        ExportFormat::Markdown,
    ] {
        let path = dir.path().join("out");
        files::export_to(&previewer, &example(), format, &path).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("Engineer"), "{format:?}");
    }
    let error = files::read_import(&dir.path().join("missing.json")).unwrap_err();
    assert_eq!(error.kind(), cv_client::api::ErrorKind::Io);
}
