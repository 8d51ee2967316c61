//! A section's lines → entries (jobs, degrees, projects, …) in a shape common to all of them:
//! heading, organisation, location, link, dates, paragraph, bullets and trailing lines. Mapping
//! that shape onto JSON Resume fields is `build`'s job.
//!
//! An entry starts at a line that carries a date (a separate right-aligned or left-column date, or
//! a range at either end of the line). The line after it is the organisation line when it is
//! short or split by " · "; then come the paragraph, the bullets (with their wrapped lines), and
//! whatever follows the bullets (tags, notes).

use super::contacts::{self, Contact};
use super::dated::{
    Dated, bullet_text, dated, join_big_wraps, join_dangling, join_split_dates,
    join_wrapped_headings, split_pieces, text_of,
};
use super::dates::Found;
use super::layout::{Line, Segment};
use super::orgs::{comma_parts, org_word, title_comma};
use super::styles::split_styled_headings;

/// One entry, as printed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RawEntry {
    /// The heading (job title, degree, project name).
    pub title: Option<String>,
    /// Organisation (company, school).
    pub org: Option<String>,
    /// Place.
    pub location: Option<String>,
    /// A link.
    pub url: Option<String>,
    /// Start date, `YYYY[-MM]`.
    pub start: Option<String>,
    /// End date.
    pub end: Option<String>,
    /// Whether the end is "Present".
    pub ongoing: bool,
    /// Paragraph lines before the bullets.
    pub summary: Vec<String>,
    /// Bullets, wrapped lines joined.
    pub bullets: Vec<String>,
    /// Lines after the bullets.
    pub after: Vec<String>,
    /// What shared the link's line after a dash ("link – Lead developer"): a role.
    pub link_note: Option<String>,
    /// "Title, Organisation" on the heading line: used when no organisation line follows.
    pub comma_split: Option<(String, String)>,
}

impl RawEntry {
    /// Settles what could only be decided at the end of the entry.
    fn finish(&mut self) {
        // A list line after the paragraph (tags, roles) is not part of it: paragraphs end with
        // a full stop, lists do not.
        if self.bullets.is_empty() && self.after.is_empty() && self.summary.len() >= 2 {
            let cut = self
                .summary
                .iter()
                .rposition(|l| l.trim_end().ends_with('.'));
            if let Some(cut) = cut.filter(|c| c + 1 < self.summary.len()) {
                self.after = self.summary.split_off(cut + 1);
            }
        }
        if self.org.is_none()
            && let Some((title, org)) = self.comma_split.take()
        {
            // "Title, Organisation, City, Country": the place is the last two parts.
            let (org, place) = if comma_parts(&org).len() >= 3 {
                org_and_place(&org)
            } else {
                (org, None)
            };
            self.title = Some(title);
            self.org = Some(org);
            self.location = self.location.take().or(place);
        }
    }
}

/// Splits the lines of an entries section into entries; lines before the first entry are
/// returned as they are. `right` is where the document's widest lines end.
pub fn parse(lines: Vec<Line>, right: f32) -> (Vec<RawEntry>, Vec<String>) {
    let body = super::sections::body_size(&lines);
    let lines = split_styled_headings(
        join_wrapped_headings(join_split_dates(
            join_dangling(join_big_wraps(lines, body))
                .into_iter()
                .map(dated)
                .collect(),
        )),
        right,
    );
    let mut entries: Vec<RawEntry> = Vec::new();
    let mut before = Vec::new();
    let mut bullet_x: Option<f32> = None;
    let mut expect_org = false;
    let separated = |d: &Dated| {
        let t = text_of(&d.rest);
        d.rest.len() > 1 || t.contains(" · ") || t.contains(" | ")
    };
    let continues_title: Vec<bool> = (0..lines.len())
        .map(|i| {
            i > 0
                && lines[i - 1].date.is_some()
                && lines[i].date.is_none()
                && !separated(&lines[i])
                && bullet_text(&text_of(&lines[i].rest)).is_none()
                && text_of(&lines[i].rest).chars().count() <= 30
                && lines
                    .get(i + 1)
                    .is_some_and(|n| n.date.is_none() && separated(n))
        })
        .collect();
    let mut last_plain: Option<(Vec<Segment>, String)> = None;
    for (i, mut d) in lines.into_iter().enumerate() {
        // "(funded" / "2024)." : a year that wraps under a bullet is the bullet's, not a date.
        let single = d
            .date
            .as_ref()
            .is_some_and(|f| f.end.is_none() && !f.ongoing && !f.open);
        if single && bullet_x.is_some_and(|x| d.line.x0() > x + 2.0) {
            d.date = None;
            d.rest = d.line.segments.clone();
        }
        let text = if d.rest.len() > 1 && !entries.last().is_none_or(|e| e.bullets.is_empty()) {
            // Chips ("Rust" "Prometheus" "SRE") are items, not one phrase.
            let parts: Vec<&str> = d.rest.iter().map(|s| s.text.as_str()).collect();
            parts.join(" · ")
        } else {
            text_of(&d.rest)
        };
        if continues_title[i]
            && let Some(title) = entries.last_mut().and_then(|e| e.title.as_mut())
        {
            title.push(' ');
            title.push_str(&text);
            continue;
        }
        if d.date.is_some() {
            // A date on a line of its own under the heading ("Engineer · Acme" / "2019 – 2021"):
            // the line before, just filed as text of the previous entry, is this one's heading.
            if d.rest.is_empty()
                && let Some(prev) = last_plain.take()
            {
                let taken = match entries.last_mut() {
                    Some(e) if e.after.last() == Some(&prev.1) => e.after.pop(),
                    Some(e) if e.summary.last() == Some(&prev.1) => e.summary.pop(),
                    None if before.last() == Some(&prev.1) => before.pop(),
                    _ => None,
                };
                if taken.is_some() {
                    d.rest = prev.0;
                }
            }
            last_plain = None;
            entries.push(head(&d));
            expect_org = true;
            bullet_x = None;
            continue;
        }
        if text.trim().is_empty() {
            continue;
        }
        let Some(entry) = entries.last_mut() else {
            last_plain = Some((d.rest.clone(), text.clone()));
            before.push(text);
            continue;
        };
        if let Some(b) = bullet_text(&text) {
            entry.bullets.push(b.to_owned());
            bullet_x = Some(d.line.x0());
            expect_org = false;
            continue;
        }
        // A wrapped bullet line is indented past the bullet sign.
        if let (Some(x), Some(last)) = (bullet_x, entry.bullets.last_mut())
            && d.line.x0() > x + 2.0
        {
            *last = super::dated::join_wrapped(last, &text);
            continue;
        }
        if expect_org
            && entry.url.is_none()
            && let Some((link, note)) = link_and_note(&text)
        {
            let mut parts = vec![link];
            take_url(entry, &mut parts);
            entry.link_note = Some(note);
            continue;
        }
        if expect_org && entry.url.is_none() && is_link(&text) {
            let mut parts = vec![text.clone()];
            take_url(entry, &mut parts);
            continue;
        }
        // "Degree, Area, University" on the heading line: the university is the organisation.
        if expect_org
            && entry.org.is_none()
            && entry.comma_split.as_ref().is_some_and(|(_, o)| org_word(o))
        {
            entry.finish();
        }
        if expect_org && entry.org.is_none() && org_shaped(&d.rest, &text) {
            org_line(entry, &d.rest);
            expect_org = false;
            continue;
        }
        // With the organisation on the heading line, the next may hold "Place · link".
        if expect_org && entry.org.is_some() && entry.location.is_none() && separated_place(&d.rest)
        {
            let mut parts = pieces(&d.rest);
            take_url(entry, &mut parts);
            entry.location = Some(parts.join(", "));
            expect_org = false;
            continue;
        }
        expect_org = false;
        if entry.bullets.is_empty() {
            last_plain = Some((d.rest.clone(), text.clone()));
            entry.summary.push(text);
        } else {
            bullet_x = None;
            last_plain = Some((d.rest.clone(), text.clone()));
            entry.after.push(text);
        }
    }
    for e in &mut entries {
        e.finish();
    }
    (entries, before)
}

/// "London, UK · acme.example" or "Paris": a short line of a place and maybe a link.
fn separated_place(rest: &[Segment]) -> bool {
    let parts = pieces(rest);
    let places: Vec<&String> = parts.iter().filter(|p| !is_link(p)).collect();
    places.len() == 1
        && places[0].split_whitespace().count() <= 5
        && !places[0].ends_with('.')
        && (parts.len() > 1 || places[0].contains(", "))
}

fn is_link(text: &str) -> bool {
    matches!(
        contacts::classify(text.trim()),
        Some(Contact::Url(_) | Contact::Profile { .. })
    )
}

/// "link – note": a link, a dash, then something else (moderncv prints a project's link and the
/// author's role on one line).
fn link_and_note(text: &str) -> Option<(String, String)> {
    [" – ", " — ", " - "].iter().find_map(|sep| {
        let (link, note) = text.trim().split_once(sep)?;
        (is_link(link) && !note.trim().is_empty() && !is_link(note))
            .then(|| (link.to_owned(), note.trim().to_owned()))
    })
}

fn org_shaped(rest: &[Segment], text: &str) -> bool {
    let chars = text.chars().count();
    rest.len() > 1
        || text.contains(" · ")
        || text.contains(" | ")
        || (chars <= 90 && !text.ends_with(['.', ':', ';']))
        || (chars <= 40 && text.split_whitespace().count() <= 5)
}

/// "Org, City, Country" → ("Org", "City, Country"): with three parts or more the place is the
/// last two, as addresses end with a city and a country.
fn org_and_place(text: &str) -> (String, Option<String>) {
    let parts = comma_parts(text);
    match parts.len() {
        0 | 1 => (text.to_owned(), None),
        2 => (parts[0].to_owned(), Some(parts[1].to_owned())),
        n => (parts[..n - 2].join(", "), Some(parts[n - 2..].join(", "))),
    }
}

/// The heading line of an entry: title, and in one-line layouts also the organisation.
fn head(d: &Dated) -> RawEntry {
    let date = d.date.clone().unwrap_or(Found {
        start: None,
        end: None,
        ongoing: false,
        span: (0, 0),
        open: false,
    });
    let mut entry = RawEntry {
        start: date.start,
        end: date.end,
        ongoing: date.ongoing,
        ..RawEntry::default()
    };
    let mut parts = pieces(&d.rest);
    take_url(&mut entry, &mut parts);
    let mut parts = parts.into_iter();
    if let Some(first) = parts.next() {
        // "Title, Organisation" when the organisation shares the heading line (unless type
        // styles told the fields apart already).
        entry.comma_split = title_comma(&first).filter(|_| !d.styled).map(|at| {
            let (t, o) = first.split_at(at);
            (t.to_owned(), o[2..].to_owned())
        });
        entry.title = Some(first);
    }
    let mut rest: Vec<String> = parts.collect();
    // "Title · Organisation" (the organisation second) unless the heading is "Title, Org" and
    // what follows reads as a place ("Title, Org · London, UK").
    let place_follows = entry.comma_split.is_some() && rest.first().is_some_and(|r| !org_word(r));
    if !rest.is_empty() && !place_follows {
        entry.org = Some(rest.remove(0));
        entry.comma_split = None;
    }
    if !rest.is_empty() {
        entry.location = Some(rest.join(", "));
    }
    entry
}

/// The organisation line: "Org · Location · link" or "Org, Location" + a link segment.
fn org_line(entry: &mut RawEntry, rest: &[Segment]) {
    let mut parts = pieces(rest);
    take_url(entry, &mut parts);
    let mut parts = parts.into_iter();
    let first = parts.next();
    let rest: Vec<String> = parts.collect();
    match (first, rest.is_empty()) {
        (Some(f), true) => {
            let (org, place) = org_and_place(&f);
            entry.org = Some(org);
            entry.location = entry.location.take().or(place);
        }
        (Some(f), false) => {
            entry.org = Some(f);
            entry.location = entry.location.take().or(Some(rest.join(", ")));
        }
        (None, _) => {}
    }
}

/// The pieces of segments split at " · ", " | " and " • ".
fn pieces(segments: &[Segment]) -> Vec<String> {
    segments
        .iter()
        .flat_map(|s| split_pieces(&s.text))
        .collect()
}

/// Moves a link piece into `entry.url`.
fn take_url(entry: &mut RawEntry, parts: &mut Vec<String>) {
    if let Some(i) = parts.iter().position(|p| {
        matches!(
            contacts::classify(p),
            Some(Contact::Url(_) | Contact::Profile { .. })
        )
    }) {
        let piece = parts.remove(i);
        entry.url = match contacts::classify(&piece) {
            Some(Contact::Url(u) | Contact::Profile { url: u, .. }) => Some(u),
            _ => None,
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_and_a_note_share_a_line() {
        let cases: [(&str, Option<(&str, &str)>); 5] = [
            (
                "github.com/ada/tessera – Lead developer",
                Some(("github.com/ada/tessera", "Lead developer")),
            ),
            (
                "https://example.org/x - Author, Maintainer",
                Some(("https://example.org/x", "Author, Maintainer")),
            ),
            ("Acme GmbH – Berlin", None),
            ("github.com/ada/tessera", None),
            ("github.com/a – github.com/b", None),
        ];
        for (text, want) in cases {
            let got = link_and_note(text);
            let got = got.as_ref().map(|(l, n)| (l.as_str(), n.as_str()));
            assert_eq!(got, want, "{text}");
        }
    }
}
