//! Opening a PDF with lopdf and checking it against the limits before any text is extracted:
//! damaged, encrypted, too many pages, streams that inflate too much. Also finds our own
//! `cv.json` attachment (the EmbeddedFiles name tree, ISO 32000-1 §7.7.4 and §7.9.6), and can
//! remove it again, for tests and benchmarks that need one of our PDFs as any other tool's.
//!
//! What does not live here: the worker thread and deadline (`guard`), text (`extract`).

use std::io::Read;

use lopdf::{Dictionary, Document, Object, ObjectId};

use super::guard::{Cancel, Limits};
use crate::model::load::MAX_DOCUMENT_BYTES;
use crate::{Error, Result};

/// The attachment our templates write (`templates/lib.typ`, `pdf.attach("/cv.json")`).
pub const SOURCE_NAME: &str = "cv.json";
/// Name trees nest a few levels at most in practice; deeper means a loop or a hostile file.
const MAX_TREE_DEPTH: usize = 12;

/// Parses `bytes`. Errors: [`Error::PdfDamaged`] when lopdf cannot read it, [`Error::PdfEncrypted`]
/// when it needs a password (a PDF encrypted with an empty user password opens normally).
pub fn open(bytes: &[u8]) -> Result<Document> {
    let doc = Document::load_mem(bytes).map_err(|e| Error::PdfDamaged(short(&e.to_string())))?;
    // lopdf decrypts with the empty password by itself and then drops `Encrypt` from the
    // trailer; when it is still there, a real password is needed.
    if doc.trailer.get(b"Encrypt").is_ok() {
        return Err(Error::PdfEncrypted);
    }
    if doc.catalog().is_err() {
        return Err(Error::PdfDamaged("it has no document catalog".into()));
    }
    Ok(doc)
}

fn short(message: &str) -> String {
    let text: String = message.chars().take(160).collect();
    if text.is_empty() {
        "lopdf could not parse it".into()
    } else {
        text
    }
}

/// Checks the page count and how much the streams inflate to, against `limits`.
pub fn check_limits(doc: &Document, limits: &Limits, cancel: &Cancel) -> Result<()> {
    let pages = doc.get_pages().len();
    if pages == 0 {
        return Err(Error::PdfDamaged("it has no pages".into()));
    }
    if pages > limits.max_pages {
        return Err(Error::PdfTooLarge(format!(
            "it has {pages} pages; a CV has at most {}",
            limits.max_pages
        )));
    }
    let mut budget = limits.max_inflated;
    for object in doc.objects.values() {
        cancel.check(limits)?;
        let Object::Stream(stream) = object else {
            continue;
        };
        if !is_flate(&stream.dict) {
            continue;
        }
        let inflated = inflated_size(&stream.content, budget);
        budget = budget.checked_sub(inflated).ok_or_else(|| {
            Error::PdfTooLarge(format!(
                "its compressed content inflates to more than {} MiB",
                limits.max_inflated >> 20
            ))
        })?;
    }
    Ok(())
}

fn is_flate(dict: &Dictionary) -> bool {
    match dict.get(b"Filter") {
        Ok(Object::Name(name)) => name == b"FlateDecode",
        Ok(Object::Array(filters)) => filters
            .first()
            .is_some_and(|f| matches!(f, Object::Name(n) if n == b"FlateDecode")),
        _ => false,
    }
}

/// Decompressed size of a zlib stream, reading at most `cap + 1` bytes so a bomb stops early.
/// A stream that fails to decode counts what decoded before the error (pdf-extract will skip it).
fn inflated_size(content: &[u8], cap: usize) -> usize {
    let decoder = flate2::read::ZlibDecoder::new(content);
    let mut limited = decoder.take(cap as u64 + 1);
    let mut sink = [0u8; 16 * 1024];
    let mut total = 0usize;
    while let Ok(n) = limited.read(&mut sink) {
        if n == 0 {
            break;
        }
        total += n;
    }
    total
}

/// The `cv.json` attachment's bytes, if the PDF has one that fits the document size limit.
pub fn source_attachment(doc: &Document) -> Option<Vec<u8>> {
    let names = deref_dict(doc, doc.catalog().ok()?.get(b"Names").ok()?)?;
    let tree = deref_dict(doc, names.get(b"EmbeddedFiles").ok()?)?;
    let spec = find_in_name_tree(doc, tree, SOURCE_NAME.as_bytes(), 0)?;
    let file = deref_dict(doc, spec.get(b"EF").ok()?)?;
    let id = file.get(b"F").ok()?.as_reference().ok()?;
    let stream = doc.get_object(id).ok()?.as_stream().ok()?;
    if stream.content.len() > MAX_DOCUMENT_BYTES {
        return None;
    }
    let bytes = if is_flate(&stream.dict) {
        let mut out = Vec::new();
        let decoder = flate2::read::ZlibDecoder::new(&stream.content[..]);
        decoder
            .take(MAX_DOCUMENT_BYTES as u64 + 1)
            .read_to_end(&mut out)
            .ok()?;
        out
    } else if stream.dict.get(b"Filter").is_err() {
        stream.content.clone()
    } else {
        return None;
    };
    (bytes.len() <= MAX_DOCUMENT_BYTES).then_some(bytes)
}

/// The `cv.json` attachment of one of our PDFs as Typst wrote it, found without parsing the
/// document: lopdf parses every object of a file (4–5 ms for a two-page CV in a release build),
/// which alone would spend the 5 ms budget for restoring our own PDFs.
///
/// Only an unmodified file qualifies: one `%%EOF` (no incremental update that could have replaced
/// objects), exactly one embedded file, written in Typst's compact syntax with a direct length, and
/// the name `cv.json` present. Anything else returns `None` and goes through [`source_attachment`].
pub fn source_fast(bytes: &[u8]) -> Option<Vec<u8>> {
    const TYPE: &[u8] = b"/Type/EmbeddedFile/";
    if count(bytes, b"%%EOF") != 1 || count(bytes, TYPE) != 1 {
        return None;
    }
    find(bytes, b"(cv.json)")?;
    let at = find(bytes, TYPE)?;
    let dict_start = rfind(&bytes[..at], b"<<")?;
    // The stream keyword follows the dictionary after at most a line break.
    let keyword = at + find(&bytes[at..], b"stream")?;
    let dict_end = keyword
        - bytes[..keyword]
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_whitespace())
            .count();
    if !bytes[..dict_end].ends_with(b">>") {
        return None;
    }
    let dict = &bytes[dict_start..dict_end];
    let length_at = find(dict, b"/Length ")? + b"/Length ".len();
    let digits: Vec<u8> = dict[length_at..]
        .iter()
        .copied()
        .take_while(u8::is_ascii_digit)
        .collect();
    // "/Length 9 0 R" (an indirect length) is not Typst's form: leave it to lopdf.
    if dict.get(length_at + digits.len()) == Some(&b' ') {
        return None;
    }
    let length: usize = std::str::from_utf8(&digits).ok()?.parse().ok()?;
    let mut data = keyword + b"stream".len();
    data += match bytes.get(data..data + 2) {
        Some(b"\r\n") => 2,
        Some([b'\n', _]) => 1,
        _ => return None,
    };
    let content = bytes.get(data..data.checked_add(length)?)?;
    if length > MAX_DOCUMENT_BYTES
        || !bytes[data + length..].starts_with(b"\nendstream")
            && !bytes[data + length..].starts_with(b"\r\nendstream")
            && !bytes[data + length..].starts_with(b"endstream")
    {
        return None;
    }
    if find(dict, b"/Filter/FlateDecode").is_none() {
        return (find(dict, b"/Filter").is_none()).then(|| content.to_vec());
    }
    let mut out = Vec::new();
    flate2::read::ZlibDecoder::new(content)
        .take(MAX_DOCUMENT_BYTES as u64 + 1)
        .read_to_end(&mut out)
        .ok()?;
    (out.len() <= MAX_DOCUMENT_BYTES).then_some(out)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn rfind(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}

fn count(haystack: &[u8], needle: &[u8]) -> usize {
    haystack
        .windows(needle.len())
        .filter(|w| *w == needle)
        .count()
}

/// Looks `key` up in a name tree node: its `Names` pairs, then its `Kids`.
fn find_in_name_tree<'a>(
    doc: &'a Document,
    node: &'a Dictionary,
    key: &[u8],
    depth: usize,
) -> Option<&'a Dictionary> {
    if depth > MAX_TREE_DEPTH {
        return None;
    }
    if let Ok(Object::Array(pairs)) = node.get(b"Names").map(|o| deref(doc, o)) {
        for pair in pairs.chunks(2) {
            if let [Object::String(name, _), value] = pair
                && name.as_slice() == key
            {
                return deref_dict(doc, value);
            }
        }
    }
    if let Ok(Object::Array(kids)) = node.get(b"Kids").map(|o| deref(doc, o)) {
        for kid in kids {
            let found =
                deref_dict(doc, kid).and_then(|k| find_in_name_tree(doc, k, key, depth + 1));
            if found.is_some() {
                return found;
            }
        }
    }
    None
}

fn deref<'a>(doc: &'a Document, object: &'a Object) -> &'a Object {
    match object {
        Object::Reference(id) => doc.get_object(*id).unwrap_or(object),
        other => other,
    }
}

fn deref_dict<'a>(doc: &'a Document, object: &'a Object) -> Option<&'a Dictionary> {
    deref(doc, object).as_dict().ok()
}

/// One of our PDFs without its `cv.json` attachment, as if another tool had re-saved it: for
/// tests and the accuracy benchmark, which must exercise the text importer on our own layouts.
pub fn without_source(pdf: &[u8]) -> Result<Vec<u8>> {
    let mut doc = open(pdf)?;
    let root = doc
        .trailer
        .get(b"Root")
        .and_then(Object::as_reference)
        .map_err(|e| Error::PdfDamaged(e.to_string()))?;
    let attachments = collect_filespecs(&doc);
    if let Ok(catalog) = doc.get_object_mut(root).and_then(Object::as_dict_mut) {
        catalog.remove(b"Names");
        catalog.remove(b"AF");
    }
    for id in attachments {
        doc.objects.remove(&id);
    }
    doc.prune_objects();
    let mut out = Vec::new();
    doc.save_to(&mut out)
        .map_err(|e| Error::PdfDamaged(e.to_string()))?;
    Ok(out)
}

/// Ids of the objects behind the catalog's associated files (`AF`), which point at attachments.
fn collect_filespecs(doc: &Document) -> Vec<ObjectId> {
    let Ok(catalog) = doc.catalog() else {
        return Vec::new();
    };
    match catalog.get(b"AF").map(|o| deref(doc, o)) {
        Ok(Object::Array(items)) => items.iter().filter_map(|o| o.as_reference().ok()).collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflated_size_stops_at_the_cap() {
        use std::io::Write;
        let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        let zeros = vec![0u8; 4 * 1024 * 1024];
        encoder.write_all(&zeros).expect("in memory");
        let bomb = encoder.finish().expect("in memory");
        assert!(bomb.len() < 10_000);
        assert_eq!(inflated_size(&bomb, 1024 * 1024), 1024 * 1024 + 1);
        assert_eq!(inflated_size(&bomb, 8 * 1024 * 1024), 4 * 1024 * 1024);
        assert_eq!(inflated_size(b"not zlib", 100), 0);
    }
}
