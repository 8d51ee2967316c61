//! PDFs that must not import, made in code so the tests need no big fixtures: many pages, huge
//! files, scans, fonts without a Unicode map, truncations, noise, and deterministic mutations.
//! Shared with the CLI tests (`crates/cv-cli/tests/`, included by path).

#![allow(dead_code, clippy::unwrap_used)]

use lopdf::content::{Content, Operation};
use lopdf::{Document, Object, Stream, dictionary};

fn save(doc: &mut Document) -> Vec<u8> {
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

/// A document whose pages each draw what `page_content(n)` returns, with a Helvetica font and
/// `images` as XObject resources.
fn document(
    pages: usize,
    page_content: impl Fn(usize) -> Vec<Operation>,
    images: Vec<(&str, Stream)>,
) -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let mut xobjects = lopdf::Dictionary::new();
    for (name, image) in images {
        xobjects.set(name, doc.add_object(image));
    }
    let font_id = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
    });
    let resources_id = doc.add_object(dictionary! {
        "Font" => dictionary! { "F1" => font_id },
        "XObject" => xobjects,
    });
    let mut kids = Vec::new();
    for n in 0..pages {
        let content = Content {
            operations: page_content(n),
        };
        let content_id = doc.add_object(Stream::new(dictionary! {}, content.encode().unwrap()));
        let page_id = doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages_id, "Contents" => content_id,
        });
        kids.push(Object::from(page_id));
    }
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages", "Kids" => kids, "Count" => pages as i64,
            "Resources" => resources_id, "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        }),
    );
    let catalog_id = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog_id);
    save(&mut doc)
}

fn text_ops(text: &str, y: i64) -> Vec<Operation> {
    vec![
        Operation::new("BT", vec![]),
        Operation::new("Tf", vec!["F1".into(), 11.into()]),
        Operation::new("Td", vec![72.into(), y.into()]),
        Operation::new("Tj", vec![Object::string_literal(text)]),
        Operation::new("ET", vec![]),
    ]
}

/// A small text PDF (Helvetica, no embedded font): a valid seed for mutations.
pub fn simple_text_pdf() -> Vec<u8> {
    document(
        1,
        |_| {
            let mut ops = text_ops("Jane Doe", 780);
            ops.extend(text_ops("jane@example.com  +49 30 1234567", 760));
            ops.extend(text_ops("Experience", 720));
            ops.extend(text_ops("Engineer, Acme GmbH  2019 - 2021", 700));
            ops
        },
        Vec::new(),
    )
}

/// One page of Helvetica lines, each `(text, baseline from the bottom)`, starting at x = 72.
pub fn text_pdf(lines: &[(&str, i64)]) -> Vec<u8> {
    document(
        1,
        |_| lines.iter().flat_map(|(t, y)| text_ops(t, *y)).collect(),
        Vec::new(),
    )
}

/// `pdf` with a link to `uri` over `rect` (PDF coordinates) on its first page.
pub fn with_link(pdf: &[u8], rect: [i64; 4], uri: &str) -> Vec<u8> {
    let mut doc = Document::load_mem(pdf).unwrap();
    let page = *doc.get_pages().values().next().unwrap();
    let annot = doc.add_object(dictionary! {
        "Type" => "Annot", "Subtype" => "Link",
        "Rect" => rect.iter().map(|v| Object::from(*v)).collect::<Vec<_>>(),
        "A" => dictionary! { "S" => "URI", "URI" => Object::string_literal(uri) },
    });
    let page = doc.get_dictionary_mut(page).unwrap();
    let mut annots = page
        .get(b"Annots")
        .and_then(Object::as_array)
        .cloned()
        .unwrap_or_default();
    annots.push(Object::Reference(annot));
    page.set("Annots", annots);
    save(&mut doc)
}

/// `pages` pages of text.
pub fn many_pages(pages: usize) -> Vec<u8> {
    document(
        pages,
        |n| text_ops(&format!("Page {}", n + 1), 780),
        Vec::new(),
    )
}

/// A "scan": one page that paints a grey image and draws no text.
pub fn scanned() -> Vec<u8> {
    let (w, h) = (64_i64, 64_i64);
    let pixels: Vec<u8> = (0..w * h).map(|i| (i % 251) as u8).collect();
    let image = Stream::new(
        dictionary! {
            "Type" => "XObject", "Subtype" => "Image", "Width" => w, "Height" => h,
            "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8,
        },
        pixels,
    );
    document(
        1,
        |_| {
            vec![
                Operation::new("q", vec![]),
                Operation::new(
                    "cm",
                    vec![
                        500.into(),
                        0.into(),
                        0.into(),
                        700.into(),
                        40.into(),
                        60.into(),
                    ],
                ),
                Operation::new("Do", vec!["Im1".into()]),
                Operation::new("Q", vec![]),
            ]
        },
        vec![("Im1", image)],
    )
}

/// A valid PDF of at least `bytes` bytes: one text page plus an unused, incompressible stream.
pub fn huge(bytes: usize) -> Vec<u8> {
    let mut pdf = simple_text_pdf();
    // Appended after %%EOF as an incremental tail would be more work for nothing: the size check
    // comes before any parsing, so padding after the end is enough and keeps this fast.
    let mut state = 0x2545_F491_u32;
    pdf.extend((0..bytes).map(|_| {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        state as u8
    }));
    pdf
}

/// `pdf` with the ToUnicode map removed from every font: the text can no longer be read back.
pub fn without_unicode_maps(pdf: &[u8]) -> Vec<u8> {
    let mut doc = Document::load_mem(pdf).unwrap();
    for object in doc.objects.values_mut() {
        if let Object::Dictionary(dict) = object
            && dict.has_type(b"Font")
        {
            dict.remove(b"ToUnicode");
        }
    }
    save(&mut doc)
}

/// Deterministic pseudo-random bytes.
pub fn noise(len: usize, seed: u64) -> Vec<u8> {
    let mut rng = Rng(seed | 1);
    (0..len).map(|_| rng.next() as u8).collect()
}

/// A xorshift generator: reproducible mutations without a dependency.
pub struct Rng(pub u64);

impl Rng {
    /// The next pseudo-random number.
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number below `n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// One deterministic mutation of `seed`: bit flips, a truncation, a duplicated or deleted chunk,
/// or a spliced number, chosen by `rng`.
pub fn mutate(seed: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut data = seed.to_vec();
    let len = data.len().max(1);
    match rng.below(5) {
        0 => {
            for _ in 0..1 + rng.below(16) {
                let i = rng.below(len);
                if let Some(b) = data.get_mut(i) {
                    *b ^= 1 << rng.below(8);
                }
            }
        }
        1 => data.truncate(rng.below(len)),
        2 => {
            let start = rng.below(len);
            let end = (start + rng.below(4096)).min(data.len());
            let chunk = data[start..end].to_vec();
            let at = rng.below(len).min(data.len());
            data.splice(at..at, chunk);
        }
        3 => {
            let start = rng.below(len);
            let end = (start + rng.below(2048)).min(data.len());
            data.drain(start..end);
        }
        _ => {
            // Numbers drive offsets, lengths and counts: replace one with an extreme value.
            let digits: Vec<usize> = (0..data.len())
                .filter(|&i| data[i].is_ascii_digit())
                .collect();
            if !digits.is_empty() {
                let i = digits[rng.below(digits.len())];
                let extreme: &[u8] =
                    [&b"99999999999"[..], b"-1", b"0", b"4294967296"][rng.below(4)];
                data.splice(i..i + 1, extreme.iter().copied());
            }
        }
    }
    data
}
