//! The previewer (stale generations dropped, real pages) and files (export, then open the
//! exported PDF again), through the real renderer.

use cv_client::Previewer;
use cv_client::api::ExportFormat;
use cv_client::files;
use cv_core::Cv;

fn example() -> Cv {
    Cv::from_json_str(include_str!("../../../examples/software-engineer.json"))
        .expect("the example loads")
}

#[test]
fn a_render_asked_for_after_a_newer_one_is_dropped_without_rendering() {
    let previewer = Previewer::new();
    let cv = example();
    let preview = previewer
        .render(&cv, 1)
        .unwrap()
        .expect("the newest render is kept");
    assert_eq!((preview.generation, preview.page_count), (1, 2));
    for address in &preview.pages {
        let path = address
            .strip_prefix("preview://localhost")
            .expect("an address of the app's preview scheme");
        let svg = previewer.page_svg(path).expect("the page is served");
        assert!(svg.starts_with(b"<svg"), "{address}");
    }
    assert!(preview.render_ms > 0.0);

    previewer.request(5);
    assert!(
        previewer.render(&cv, 3).unwrap().is_none(),
        "generation 3 is stale"
    );
    assert!(previewer.render(&cv, 5).unwrap().is_some());
}

#[test]
fn an_edit_redraws_only_the_pages_it_changed() {
    let previewer = Previewer::new();
    let mut cv = example();
    let before = previewer.render(&cv, 1).unwrap().unwrap().pages;
    let path = |address: &str| address.replace("preview://localhost", "");
    let first = previewer.page_svg(&path(&before[0])).unwrap();

    cv.basics.get_or_insert_default().name = Some("Grace Brewster Hopper".into());
    let after = previewer.render(&cv, 2).unwrap().unwrap().pages;
    assert_eq!(after.len(), before.len());
    assert_ne!(after[0], before[0], "page 1 shows the new name");
    assert_eq!(
        after[1..],
        before[1..],
        "the other pages keep their address"
    );
    let redrawn = previewer.page_svg(&path(&after[0])).unwrap();
    assert_ne!(redrawn, first);
    // The page the UI still shows stays served until it has loaded the new one.
    assert_eq!(previewer.page_svg(&path(&before[0])), Some(first));
    assert_eq!(previewer.page_svg("/not-a-page.svg"), None);
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
