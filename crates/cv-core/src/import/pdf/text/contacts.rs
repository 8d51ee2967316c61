//! Contact details in a piece of text: e-mail, phone (international formats), links (LinkedIn,
//! GitHub and other profiles, or a personal site) and a location.

use std::sync::LazyLock;

use regex::Regex;

/// What a piece of a header line is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Contact {
    /// An e-mail address.
    Email(String),
    /// A phone number as printed.
    Phone(String),
    /// A profile on a known network.
    Profile {
        /// Network name, e.g. "GitHub".
        network: String,
        /// The link, with `https://` added when printed without.
        url: String,
        /// The last path segment.
        username: Option<String>,
    },
    /// Any other link: a personal site.
    Url(String),
}

static EMAIL: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"(?i)^(?:e-?mail:?\s*)?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)$").ok());
static PHONE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:(?:tel|phone|telefon|tél|tel\.|mobile|mobil|handy):?\s*)?(\+?[\d\s()./-]{7,22})$",
    )
    .ok()
});
static URL: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:https?://)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})(/\S*)?$")
        .ok()
});

/// Known profile networks by a label of their host name.
const NETWORKS: &[(&str, &str)] = &[
    ("linkedin", "LinkedIn"),
    ("github", "GitHub"),
    ("gitlab", "GitLab"),
    ("xing", "XING"),
    ("twitter", "Twitter"),
    ("x", "X"),
    ("dribbble", "Dribbble"),
    ("behance", "Behance"),
    ("orcid", "ORCID"),
    ("scholar", "Google Scholar"),
    ("stackoverflow", "Stack Overflow"),
    ("medium", "Medium"),
    ("bitbucket", "Bitbucket"),
    ("mastodon", "Mastodon"),
    ("researchgate", "ResearchGate"),
    ("tableau", "Tableau Public"),
];

/// Recognises one piece of a contact line, also behind a label: an icon font's letter
/// ("M +44 …", "E jane@…" in LaTeX's moderncv; "jane@… E" when a right-to-left row puts it at
/// the far end) or a word ("Tel: …", "Web: …").
pub fn classify(piece: &str) -> Option<Contact> {
    // A list bullet glued to the contact (right-to-left lists put it at the far end).
    let p = piece
        .trim()
        .trim_start_matches(['•', '▪', '◦', '●', '■'])
        .trim_end_matches([',', ';', '·', '|', '•'])
        .trim();
    classify_bare(p)
        .or_else(|| {
            let (label, rest) = p.split_once(' ')?;
            let label = label.trim_end_matches(':').to_lowercase();
            let known = label.chars().count() == 1
                || [
                    "tel", "tel.", "phone", "mobile", "mob.", "web", "website", "email", "e-mail",
                ]
                .contains(&label.as_str());
            known.then(|| classify_bare(rest.trim())).flatten()
        })
        .or_else(|| {
            // An icon letter read after its contact: right-to-left rows put it at the far end.
            let (rest, label) = p.rsplit_once(' ')?;
            (label.chars().count() == 1).then(|| classify_bare(rest.trim()))?
        })
}

fn classify_bare(p: &str) -> Option<Contact> {
    // Cheap tests first, each implied by its pattern: most pieces are no contact at all.
    if p.contains('@')
        && let Some(c) = EMAIL.as_ref().and_then(|r| r.captures(p))
    {
        return Some(Contact::Email(c[1].to_owned()));
    }
    if p.chars().filter(char::is_ascii_digit).count() >= 7
        && let Some(c) = PHONE.as_ref().and_then(|r| r.captures(p))
    {
        let digits = c[1].chars().filter(char::is_ascii_digit).count();
        if (7..=15).contains(&digits) && !super::dates::is_only_date(p) {
            return Some(Contact::Phone(c[1].trim().to_owned()));
        }
    }
    if !p.contains('.') || p.contains(char::is_whitespace) {
        return None;
    }
    let c = URL.as_ref().and_then(|r| r.captures(p))?;
    let host = c[1].to_lowercase();
    let url = if p.contains("://") {
        p.to_owned()
    } else {
        format!("https://{p}")
    };
    let network = host
        .split('.')
        .find_map(|label| NETWORKS.iter().find(|(k, _)| *k == label))
        .map(|(_, name)| (*name).to_owned());
    match network {
        Some(network) => {
            let username = c
                .get(2)
                .and_then(|path| path.as_str().trim_matches('/').rsplit('/').next())
                .filter(|u| !u.is_empty())
                .map(str::to_owned);
            Some(Contact::Profile {
                network,
                url,
                username,
            })
        }
        None => Some(Contact::Url(url)),
    }
}

/// Whether `text` reads like a place: "London, England, GB", "80339 München".
pub fn looks_like_location(text: &str) -> bool {
    let t = text.trim();
    let words = t.split_whitespace().count();
    (1..=7).contains(&words)
        && t.chars().any(char::is_alphabetic)
        && !t.contains('@')
        && !t.ends_with('.')
        && classify(t).is_none()
}

/// Splits a printed location into city, region and country code.
pub fn split_location(text: &str) -> (Option<String>, Option<String>, Option<String>) {
    let mut parts: Vec<&str> = text
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let country = parts
        .last()
        .filter(|p| p.len() == 2 && p.chars().all(|c| c.is_ascii_uppercase()))
        .map(|p| (*p).to_owned());
    if country.is_some() {
        parts.pop();
    }
    let city = parts.first().map(|p| (*p).to_owned());
    let region = (parts.len() > 1).then(|| parts[1..].join(", "));
    (city, region, country)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_contact_pieces() {
        assert_eq!(
            classify("jane@example.com"),
            Some(Contact::Email("jane@example.com".into()))
        );
        for phone in [
            "+44 7700 900417",
            "+49 (0)30 123 456 78",
            "(555) 014-2233",
            "+1 555 0142",
        ] {
            assert_eq!(
                classify(phone),
                Some(Contact::Phone(phone.into())),
                "{phone}"
            );
        }
        assert_eq!(
            classify("linkedin.com/in/jane-doe"),
            Some(Contact::Profile {
                network: "LinkedIn".into(),
                url: "https://linkedin.com/in/jane-doe".into(),
                username: Some("jane-doe".into()),
            })
        );
        assert!(
            matches!(classify("github.example.com/dosei"), Some(Contact::Profile { network, .. }) if network == "GitHub")
        );
        assert_eq!(
            classify("jane.dev"),
            Some(Contact::Url("https://jane.dev".into()))
        );
        let labelled = [
            (
                "M +44 7700 900417",
                Some(Contact::Phone("+44 7700 900417".into())),
            ),
            (
                "Tel: +44 7700 900417",
                Some(Contact::Phone("+44 7700 900417".into())),
            ),
            (
                "E jane@example.com",
                Some(Contact::Email("jane@example.com".into())),
            ),
            ("W jane.dev", Some(Contact::Url("https://jane.dev".into()))),
            (
                "jane@example.com E",
                Some(Contact::Email("jane@example.com".into())),
            ),
            (
                "Web: jane.dev",
                Some(Contact::Url("https://jane.dev".into())),
            ),
            ("Amsterdam, NL", None),
            ("A Street 5", None),
        ];
        for (piece, expected) in labelled {
            assert_eq!(classify(piece), expected, "{piece}");
        }
        assert_eq!(classify("London, England, GB"), None);
        assert_eq!(classify("2019 - 2021"), None);
        assert_eq!(
            split_location("London, England, GB"),
            (
                Some("London".into()),
                Some("England".into()),
                Some("GB".into())
            )
        );
    }
}
