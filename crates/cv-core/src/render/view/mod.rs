//! The view model: the document flattened into what a template draws (`templates/README.md`).
//!
//! Here, not in Typst, live the decisions every template shares: section order and visibility,
//! localised titles and dates, contact formatting, and the mapping of each JSON Resume section to
//! one of three layouts. Templates then only choose how things look. Text is cleaned of control
//! characters but otherwise passed through untouched: it reaches Typst as JSON data, never as
//! markup. The types live in `model.rs`; exports (Markdown, text, DOCX) read the same view, so
//! section order, hidden sections, titles and dates match the PDF everywhere.

use super::templates::Template;
use crate::date::{display, display_range};
use crate::locale::{self, Locale};
use crate::model::{Cv, DateFormat, Design, PageSize, SectionKey};

mod model;

pub use model::*;

/// Settings resolved against the template's defaults, shared by the section builders.
struct Ctx<'a> {
    locale: &'static Locale,
    dates: DateFormat,
    cv: &'a Cv,
}

impl View {
    /// Builds the view of `cv` as `template` will draw it.
    pub fn build(cv: &Cv, template: &Template) -> View {
        let design = cv.design();
        let locale = cv.cvimprover.locale.as_deref().and_then(locale::find);
        let locale = locale.unwrap_or_else(locale::default_locale);
        let ctx = Ctx {
            locale,
            dates: design.date_format.unwrap_or_default(),
            cv,
        };
        let basics = cv.basics.clone().unwrap_or_default();
        let name = clean_opt(basics.name.as_deref());
        View {
            lang: locale.code,
            dir: if locale.rtl { "rtl" } else { "ltr" },
            page: page(&design, template),
            font: font(&design, template),
            accent: accent(&design, template),
            document: DocumentInfo {
                title: match &name {
                    Some(n) => format!("{n} – {}", locale.cv),
                    None => locale.cv.to_owned(),
                },
                author: name.clone(),
                keywords: keywords(cv),
            },
            labels: Labels {
                present: locale.present,
                contact: locale.contact,
            },
            header: Header {
                name,
                label: clean_opt(basics.label.as_deref()),
                contacts: contacts(cv),
            },
            sections: section_order(cv)
                .iter()
                .filter_map(|key| ctx.section(key))
                .collect(),
        }
    }
}

fn page(design: &Design, template: &Template) -> Page {
    let paper = match design.page_size.unwrap_or_default() {
        PageSize::A4 => "a4",
        PageSize::Letter => "us-letter",
    };
    let valid = |m: f64| (5.0..=40.0).contains(&m);
    let margin = design
        .margins
        .filter(|m| [m.top, m.right, m.bottom, m.left].into_iter().all(valid))
        .unwrap_or(template.margins);
    Page { paper, margin }
}

fn font(design: &Design, template: &Template) -> Font {
    let mut family: Vec<String> = Vec::new();
    if let Some(custom) = design
        .font_family
        .as_deref()
        .map(str::trim)
        .filter(|f| !f.is_empty())
    {
        family.push(custom.to_owned());
    }
    family.push(template.font.to_owned());
    family.extend(
        super::fonts::FALLBACK_FAMILIES
            .iter()
            .map(|f| (*f).to_owned()),
    );
    let size = design
        .font_size
        .filter(|s| (8.0..=14.0).contains(s))
        .unwrap_or(template.font_size);
    Font { family, size }
}

/// `#rrggbb` when the document's colour is valid, else the template's own.
fn accent(design: &Design, template: &Template) -> String {
    match design.accent_color.as_deref() {
        Some(c) if crate::validate::is_hex_colour(c) => c.to_ascii_lowercase(),
        _ => template.accent.to_owned(),
    }
}

fn keywords(cv: &Cv) -> Vec<String> {
    let label = cv.basics.as_ref().and_then(|b| b.label.as_deref());
    let skills = cv.skills.iter().flatten().flat_map(|s| {
        s.name
            .as_deref()
            .into_iter()
            .chain(s.keywords.iter().flatten().map(String::as_str))
    });
    label
        .into_iter()
        .chain(skills)
        .filter_map(|k| clean_opt(Some(k)))
        .take(40)
        .collect()
}

fn contacts(cv: &Cv) -> Vec<Contact> {
    let Some(b) = &cv.basics else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut push = |kind, text: Option<String>, href: Option<String>| {
        if let Some(text) = text {
            out.push(Contact { kind, text, href });
        }
    };
    let email = clean_opt(b.email.as_deref());
    push("email", email.clone(), email.map(|e| format!("mailto:{e}")));
    let phone = clean_opt(b.phone.as_deref());
    let tel = phone
        .as_ref()
        .map(|p| p.chars().filter(|c| c.is_ascii_digit() || *c == '+'));
    push(
        "phone",
        phone.clone(),
        tel.map(|digits| format!("tel:{}", digits.collect::<String>())),
    );
    push(
        "location",
        b.location.as_ref().and_then(|l| {
            let parts = [&l.city, &l.region, &l.country_code];
            let parts: Vec<String> = parts
                .into_iter()
                .filter_map(|p| clean_opt(p.as_deref()))
                .collect();
            (!parts.is_empty()).then(|| parts.join(", "))
        }),
        None,
    );
    push(
        "url",
        clean_opt(b.url.as_deref()).map(|u| short_url(&u)),
        clean_opt(b.url.as_deref()),
    );
    for p in b.profiles.iter().flatten() {
        let url = clean_opt(p.url.as_deref());
        let text = url.as_deref().map(short_url).or_else(|| {
            let user = clean_opt(p.username.as_deref())?;
            Some(match clean_opt(p.network.as_deref()) {
                Some(network) => format!("{network}: {user}"),
                None => user,
            })
        });
        push("profile", text, url);
    }
    out
}

/// `https://www.example.com/jane/` → `example.com/jane`.
fn short_url(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let rest = rest.strip_prefix("www.").unwrap_or(rest);
    rest.trim_end_matches('/').to_owned()
}

fn link(url: Option<&str>) -> Option<Link> {
    let href = clean_opt(url)?;
    Some(Link {
        text: short_url(&href),
        href,
    })
}

/// Display order: the document's order first, then the remaining sections in default order,
/// then custom sections it did not mention; hidden ones removed.
pub(crate) fn section_order(cv: &Cv) -> Vec<SectionKey> {
    let layout = cv.cvimprover.sections.clone().unwrap_or_default();
    let custom = cv.cvimprover.custom_sections.iter().flatten();
    let defaults = SectionKey::BUILT_IN
        .into_iter()
        .chain(custom.map(|s| SectionKey::Custom(s.id.clone())));
    let mut order: Vec<SectionKey> = Vec::new();
    for key in layout
        .order
        .iter()
        .filter_map(|k| SectionKey::parse(k))
        .chain(defaults)
    {
        if !order.contains(&key) && !layout.hidden.contains(&key.to_key_string()) {
            order.push(key);
        }
    }
    order
}

impl Ctx<'_> {
    fn range(&self, start: &Option<String>, end: &Option<String>) -> Option<String> {
        display_range(start.as_deref(), end.as_deref(), self.dates, self.locale)
    }

    fn date(&self, date: &Option<String>) -> Option<String> {
        display(date.as_deref(), self.dates, self.locale)
    }

    /// The section for `key`, or `None` when it has nothing to show.
    fn section(&self, key: &SectionKey) -> Option<Section> {
        let cv = self.cv;
        let title = self.locale.section_title(key).to_owned();
        let text_section = |text: Option<String>| {
            text.map(|t| Section {
                key: "summary",
                title: title.clone(),
                layout: "text",
                text: Some(t),
                entries: Entries::Entries(Vec::new()),
            })
        };
        let entries = match key {
            SectionKey::Summary => {
                return text_section(clean_opt(cv.basics.as_ref()?.summary.as_deref()));
            }
            SectionKey::Skills | SectionKey::Languages | SectionKey::Interests => {
                Entries::Tags(self.tags(key))
            }
            SectionKey::Custom(id) => {
                let section = cv
                    .cvimprover
                    .custom_sections
                    .iter()
                    .flatten()
                    .find(|s| &s.id == id)?;
                let entries = self.custom_entries(section);
                let title = clean_opt(section.title.as_deref()).unwrap_or_default();
                return (!entries.is_empty()).then_some(Section {
                    key: "custom",
                    title,
                    layout: "entries",
                    text: None,
                    entries: Entries::Entries(entries),
                });
            }
            _ => Entries::Entries(self.entries(key)),
        };
        let empty = match &entries {
            Entries::Entries(e) => e.is_empty(),
            Entries::Tags(t) => t.is_empty(),
        };
        let layout = if matches!(entries, Entries::Tags(_)) {
            "tags"
        } else {
            "entries"
        };
        (!empty).then(|| Section {
            key: key.name(),
            title,
            layout,
            text: None,
            entries,
        })
    }
}

mod sections;

/// Trims and removes control characters (keeping line breaks); `None` when nothing is left.
pub(crate) fn clean_opt(text: Option<&str>) -> Option<String> {
    let text = text?.trim();
    let cleaned: String = text
        .chars()
        .filter_map(|c| match c {
            '\n' => Some('\n'),
            '\t' => Some(' '),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect();
    (!cleaned.is_empty()).then_some(cleaned)
}

/// Cleans every item of a list, dropping the empty ones.
fn clean_list(items: &Option<Vec<String>>) -> Vec<String> {
    items
        .iter()
        .flatten()
        .filter_map(|s| clean_opt(Some(s)))
        .collect()
}
