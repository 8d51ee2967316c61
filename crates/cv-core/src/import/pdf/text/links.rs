//! Contacts that only a link carries: "LinkedIn", "GitHub" or "Email me" printed in the header
//! and linked to the address. The address is taken from the link annotation when the page does
//! not show it anywhere; links in the body (a project's name linked to its repository) are left
//! to the text.
//!
//! What does not live here: reading annotations (`pdf::links`), classifying contacts
//! (`contacts`).

use super::super::links::Link;
use super::layout::Line;
use super::sections::Split;
use super::vocab::Heading;

/// The addresses of links over the header or a contact section that the text does not show, as
/// contact pieces (a URL, an e-mail address, a phone number), in page order.
pub fn hidden_contacts(links: &[Link], split: &Split) -> Vec<String> {
    let contact_lines: Vec<&Line> = split
        .header
        .iter()
        .chain(
            split
                .blocks
                .iter()
                .filter(|b| b.kind == Some(Heading::Contact))
                .flat_map(|b| &b.lines),
        )
        .collect();
    let shown: String = split
        .header
        .iter()
        .chain(split.blocks.iter().flat_map(|b| &b.lines))
        .map(|l| l.text().to_lowercase())
        .collect::<Vec<_>>()
        .join("\n");
    let shown_digits: String = shown.chars().filter(char::is_ascii_digit).collect();
    let mut out: Vec<String> = Vec::new();
    for link in links {
        if !contact_lines.iter().any(|l| over(link, l)) {
            continue;
        }
        let Some(piece) = contact_piece(&link.uri) else {
            continue;
        };
        let visible = match link.uri.get(..4) {
            Some("tel:") => {
                let digits: String = piece.chars().filter(char::is_ascii_digit).collect();
                digits.is_empty() || shown_digits.contains(&digits)
            }
            _ => shown.contains(&bare(&piece)),
        };
        if !visible && !out.contains(&piece) {
            out.push(piece);
        }
    }
    out
}

/// Whether the link's area covers the line: the same page, the baseline inside the area (with
/// room for descenders), and some of the text under it.
fn over(link: &Link, line: &Line) -> bool {
    let [x0, top, x1, bottom] = link.rect;
    link.page == line.page
        && line.y >= top - 2.0
        && line.y <= bottom + 4.0
        && line.segments.iter().any(|s| s.x0 < x1 && s.x1 > x0)
}

/// What a link's URI gives the contacts: the address of a `mailto:`, the number of a `tel:`, a
/// web address as it is; other schemes give nothing.
fn contact_piece(uri: &str) -> Option<String> {
    let lower = uri.to_lowercase();
    let piece = if let Some(rest) = lower.strip_prefix("mailto:") {
        rest.split('?').next().unwrap_or("").to_owned()
    } else if lower.starts_with("tel:") {
        uri[4..].to_owned()
    } else if lower.starts_with("http://") || lower.starts_with("https://") {
        uri.to_owned()
    } else {
        return None;
    };
    let piece = piece.trim().to_owned();
    (!piece.is_empty()).then_some(piece)
}

/// An address as a page would print it: no scheme, no "www.", no trailing slash, lower case.
fn bare(piece: &str) -> String {
    let lower = piece.to_lowercase();
    let no_scheme = lower.split_once("://").map_or(lower.as_str(), |(_, r)| r);
    no_scheme
        .trim_start_matches("www.")
        .trim_end_matches('/')
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::pdf::text::sections::Block;

    fn link(y: f32, uri: &str) -> Link {
        Link {
            page: 1,
            rect: [300.0, y - 9.0, 360.0, y + 2.0],
            uri: uri.into(),
        }
    }

    #[test]
    fn header_links_the_text_does_not_show_become_contacts() {
        let header = vec![
            Line::at(40.0, &[(40.0, 200.0, "Jane Doe")]),
            Line::at(60.0, &[(300.0, 340.0, "LinkedIn"), (345.0, 360.0, "Email")]),
            Line::at(80.0, &[(300.0, 420.0, "github.com/janedoe")]),
        ];
        let body = Block {
            title: "Projects".into(),
            kind: None,
            confidence: 1.0,
            lines: vec![Line::at(200.0, &[(300.0, 360.0, "tessera")])],
        };
        let split = Split {
            header,
            blocks: vec![body],
        };
        let links = [
            link(60.0, "https://www.linkedin.com/in/jane-doe/"),
            link(60.0, "mailto:jane@example.com?subject=CV"),
            // Shown on the page already.
            link(80.0, "https://github.com/janedoe/"),
            // In the body: a project's link, not a contact.
            link(200.0, "https://github.com/janedoe/tessera"),
            // Not a web, mail or phone link.
            link(60.0, "javascript:alert(1)"),
        ];
        assert_eq!(
            hidden_contacts(&links, &split),
            ["https://www.linkedin.com/in/jane-doe/", "jane@example.com"]
        );
    }
}
