//! The previewer (stale generations dropped, real pages) and files (export, then open the
//! exported PDF again), through the real renderer.

use cv_client::Previewer;
use cv_client::api::ExportFormat;
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
    for address in &preview.pages {
        let path = address
            .strip_prefix("preview://localhost")
            .expect("an address of the app's preview scheme");
        let png = previewer.page_png(path).expect("the page is served");
        assert_a4(png_size(&png), WIDTH);
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
fn an_edit_redraws_only_the_pages_it_changed() {
    let previewer = Previewer::new();
    let mut cv = example();
    let before = previewer.render(&cv, 1, WIDTH).unwrap().unwrap().pages;
    let path = |address: &str| address.replace("preview://localhost", "");
    let first = previewer.page_png(&path(&before[0])).unwrap();

    cv.basics.get_or_insert_default().name = Some("Grace Brewster Hopper".into());
    let after = previewer.render(&cv, 2, WIDTH).unwrap().unwrap().pages;
    assert_eq!(after.len(), before.len());
    assert_ne!(after[0], before[0], "page 1 shows the new name");
    assert_eq!(
        after[1..],
        before[1..],
        "the other pages keep their address"
    );
    let redrawn = previewer.page_png(&path(&after[0])).unwrap();
    assert_ne!(redrawn, first);
    // The page the UI still shows stays served until it has loaded the new one.
    assert_eq!(previewer.page_png(&path(&before[0])), Some(first));
    assert_eq!(previewer.page_png("/not-a-page.png"), None);
}

#[test]
fn a_wider_page_is_drawn_sharper_and_a_zoom_keeps_the_layout() {
    let previewer = Previewer::new();
    let cv = example();
    let narrow = previewer.render(&cv, 1, 400).unwrap().unwrap();
    let wide = previewer.render(&cv, 2, 1600).unwrap().unwrap();
    let path = |address: &str| address.replace("preview://localhost", "");
    assert_ne!(
        narrow.pages[0], wide.pages[0],
        "another width, another address"
    );
    let png = previewer.page_png(&path(&wide.pages[0])).unwrap();
    assert_a4(png_size(&png), 1600);
    // An address at a width no render drew (the webview asking before the render's answer
    // arrived) is drawn on request.
    let other = path(&wide.pages[1]).replace("-1600.png", "-1000.png");
    let png = previewer.page_png(&other).expect("drawn on request");
    assert_eq!(png_size(&png).0, 1000);
    let absurd = path(&wide.pages[1]).replace("-1600.png", "-100000.png");
    assert_eq!(previewer.page_png(&absurd), None, "no 100,000 px bitmaps");
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
