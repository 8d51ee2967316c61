//! Link annotations: where a page links to (`/Annots`, `/Subtype /Link` with a `/URI` action)
//! and over which area. A CV often shows "LinkedIn" or "Portfolio" and keeps the address only in
//! the link; `text` adds such addresses to the contacts.
//!
//! What does not live here: deciding which links are contacts (`text::links`).

use lopdf::{Dictionary, Document, Object, ObjectId};

/// A link on a page.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    /// 1-based page.
    pub page: u32,
    /// The area, points from the page's top-left corner: left, top, right, bottom.
    pub rect: [f32; 4],
    /// Where it goes: `https://…`, `mailto:…`, `tel:…`.
    pub uri: String,
}

/// More links than this on one page are not a CV's; the rest are ignored (bounded work).
const MAX_PER_PAGE: usize = 200;

/// A URI longer than this is no contact.
const MAX_URI: usize = 2048;

/// The URI links of page `page` (number `number`, `height` points high).
pub fn page_links(doc: &Document, page: ObjectId, number: u32, height: f32) -> Vec<Link> {
    let Ok(page_dict) = doc.get_dictionary(page) else {
        return Vec::new();
    };
    let Ok(annots) = page_dict
        .get_deref(b"Annots", doc)
        .and_then(Object::as_array)
    else {
        return Vec::new();
    };
    annots
        .iter()
        .take(MAX_PER_PAGE)
        .filter_map(|a| doc.dereference(a).ok()?.1.as_dict().ok())
        .filter_map(|a| link(doc, a, number, height))
        .collect()
}

fn link(doc: &Document, annot: &Dictionary, page: u32, height: f32) -> Option<Link> {
    let subtype = annot.get(b"Subtype").and_then(Object::as_name).ok()?;
    if subtype != b"Link" {
        return None;
    }
    let action = annot.get_deref(b"A", doc).and_then(Object::as_dict).ok()?;
    if action.get(b"S").and_then(Object::as_name).ok()? != b"URI" {
        return None;
    }
    let uri = match action.get_deref(b"URI", doc).ok()? {
        Object::String(bytes, _) if bytes.len() <= MAX_URI => {
            String::from_utf8_lossy(bytes).trim().to_owned()
        }
        _ => return None,
    };
    let rect = annot
        .get_deref(b"Rect", doc)
        .and_then(Object::as_array)
        .ok()?;
    let n: Vec<f32> = rect.iter().filter_map(|o| o.as_float().ok()).collect();
    let [x0, y0, x1, y1] = n.as_slice() else {
        return None;
    };
    Some(Link {
        page,
        rect: [
            x0.min(*x1),
            height - y0.max(*y1),
            x0.max(*x1),
            height - y0.min(*y1),
        ],
        uri,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use lopdf::dictionary;

    #[test]
    fn uri_links_are_read_with_their_area_from_the_top() {
        let mut doc = Document::with_version("1.5");
        let uri = dictionary! { "S" => "URI", "URI" => Object::string_literal("https://x.example/in/jane") };
        let link = dictionary! {
            "Type" => "Annot", "Subtype" => "Link",
            "Rect" => vec![100.into(), 700.into(), 160.into(), 712.into()],
            "A" => uri,
        };
        let goto = dictionary! {
            "Type" => "Annot", "Subtype" => "Link",
            "Rect" => vec![0.into(), 0.into(), 10.into(), 10.into()],
            "A" => dictionary! { "S" => "GoTo" },
        };
        let link = doc.add_object(link);
        let goto = doc.add_object(goto);
        let page = doc.add_object(dictionary! {
            "Type" => "Page",
            "Annots" => vec![Object::Reference(link), Object::Reference(goto)],
        });
        let links = page_links(&doc, page, 1, 842.0);
        assert_eq!(
            links,
            vec![Link {
                page: 1,
                rect: [100.0, 130.0, 160.0, 142.0],
                uri: "https://x.example/in/jane".into(),
            }]
        );
    }
}
