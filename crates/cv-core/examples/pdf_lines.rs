//! Prints the lines the PDF importer sees, with each segment's x range and font size: the first
//! thing to look at when an import goes wrong. `cargo run -p cv-core --example pdf_lines -- cv.pdf`
//! With a page and a baseline after the file (`-- cv.pdf 2 498`), it prints that row's glyphs
//! instead, one per line: x, width, size, style and text (in drawing order with `DRAWN=1`).
//! With `MARKS=1` it prints each zero-width Arabic mark glyph between the glyphs drawn around it.
#![allow(missing_docs, clippy::unwrap_used, clippy::print_stdout)]
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let bytes = std::fs::read(&args[1]).unwrap();
    let doc = cv_core::import::pdf::document::open(&bytes).unwrap();
    let cancel = cv_core::import::pdf::guard::Cancel::default();
    let mut doc = doc;
    cv_core::import::pdf::extract::normalise_cid_widths(&mut doc);
    cv_core::import::pdf::extract::default_missing_encodings(&mut doc);
    let ex = cv_core::import::pdf::extract::extract(&doc, &cancel, &Default::default()).unwrap();
    if std::env::var_os("MARKS").is_some() {
        let g = &ex.glyphs;
        for i in 1..g.len().saturating_sub(1) {
            if g[i]
                .text
                .chars()
                .all(|c| ('\u{064B}'..='\u{065F}').contains(&c))
            {
                let f = |k: &cv_core::import::pdf::extract::Glyph| {
                    format!("{:?}[{:.2}-{:.2}]", k.text, k.x, k.x + k.width)
                };
                println!("{} | {} | {}", f(&g[i - 1]), f(&g[i]), f(&g[i + 1]));
            }
        }
        return;
    }
    if let (Some(page), Some(y)) = (args.get(2), args.get(3)) {
        let (page, y): (u32, f32) = (page.parse().unwrap(), y.parse().unwrap());
        let mut row: Vec<_> = ex
            .glyphs
            .iter()
            .filter(|g| g.page == page && (g.y - y).abs() < 2.0)
            .collect();
        if std::env::var_os("DRAWN").is_none() {
            row.sort_by(|a, b| a.x.total_cmp(&b.x));
        }
        for g in row {
            let codes: Vec<String> = g
                .text
                .chars()
                .map(|c| format!("{:04X}", c as u32))
                .collect();
            println!(
                "x={:7.2} w={:5.2} s={:4.1} y={:6.2} {:?} {}",
                g.x,
                g.width,
                g.size,
                g.y,
                g.text,
                codes.join(" ")
            );
        }
        return;
    }
    for l in cv_core::import::pdf::text::layout::lines(&ex) {
        let segs: Vec<String> = l
            .segments
            .iter()
            .map(|s| format!("[{:.0}-{:.0} {:.1}] {}", s.x0, s.x1, s.size, s.text))
            .collect();
        println!("p{} y={:.0} {}", l.page, l.y, segs.join("  ||  "));
    }
}
