//! Prints the lines the PDF importer sees, with each segment's x range and font size: the first
//! thing to look at when an import goes wrong. `cargo run -p cv-core --example pdf_lines -- cv.pdf`
#![allow(missing_docs, clippy::unwrap_used, clippy::print_stdout)]
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let bytes = std::fs::read(path).unwrap();
    let doc = cv_core::import::pdf::document::open(&bytes).unwrap();
    let cancel = cv_core::import::pdf::guard::Cancel::default();
    let mut doc = doc;
    cv_core::import::pdf::extract::normalise_cid_widths(&mut doc);
    let ex = cv_core::import::pdf::extract::extract(&doc, &cancel, &Default::default()).unwrap();
    for l in cv_core::import::pdf::text::layout::lines(&ex) {
        let segs: Vec<String> = l
            .segments
            .iter()
            .map(|s| format!("[{:.0}-{:.0} {:.1}] {}", s.x0, s.x1, s.size, s.text))
            .collect();
        println!("p{} y={:.0} {}", l.page, l.y, segs.join("  ||  "));
    }
}
