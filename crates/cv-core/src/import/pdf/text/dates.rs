//! Dates as CVs print them → JSON Resume dates (`YYYY`, `YYYY-MM`).
//!
//! Recognised: month names and abbreviations of every locale we render ("Jan 2020", "März 2020",
//! "janv. 2020"), numeric months ("03/2018", "03.2018", "2018-03"), bare years, ranges with any
//! dash or "to"/"bis"/"à"/…, open ends ("Present", "heute", "aujourd'hui", …) and "since" forms
//! ("seit 2021", "depuis 2021", "since 2021"). A range is found anywhere in a line, so the rest of
//! the line (a job title) can be used too.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use crate::locale;

/// A date range found in a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Start, `YYYY` or `YYYY-MM`.
    pub start: Option<String>,
    /// End; `None` with `ongoing` means "until now".
    pub end: Option<String>,
    /// The end is "Present" (or "since …").
    pub ongoing: bool,
    /// Byte range of the match in the line.
    pub span: (usize, usize),
    /// A range ends with its dash (the end is on the next line).
    pub open: bool,
}

/// Words for "until now", lowercase, in every locale we render plus common variants.
const PRESENT: &[&str] = &[
    "present",
    "now",
    "current",
    "today",
    "ongoing",
    "heute",
    "jetzt",
    "aktuell",
    "aujourd'hui",
    "aujourd’hui",
    "présent",
    "actuel",
    "actualidad",
    "presente",
    "actual",
    "hoy",
    "oggi",
    "in corso",
    "atual",
    "atualmente",
    "o momento",
    "heden",
    "nu",
    "huidig",
    "obecnie",
    "حتى الآن",
    "الآن",
    "היום",
];
/// Words that open a range without an end: "seit 2021".
const SINCE: &[&str] = &[
    "since", "seit", "depuis", "desde", "dal", "dall'", "sinds", "od", "منذ", "מאז",
];

/// Every locale's month names and abbreviations, lowercase, with their numbers (the first
/// locale that has a word wins, as it did when they were searched in order).
static MONTHS: LazyLock<HashMap<String, u8>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for l in locale::all() {
        for (i, (short, long)) in l.months_short.iter().zip(l.months_long).enumerate() {
            let n = u8::try_from(i + 1).unwrap_or(0);
            map.entry(short.trim_end_matches(['.', '׳']).to_lowercase())
                .or_insert(n);
            map.entry(long.to_lowercase()).or_insert(n);
        }
    }
    map.remove("");
    map
});

fn month_number(word: &str) -> Option<u8> {
    let w = word.trim_end_matches('.').to_lowercase();
    if w.is_empty() {
        return None;
    }
    if let Some(n) = MONTHS.get(&w) {
        return Some(*n);
    }
    // English three-letter forms and "Sept" are common even where the locale writes otherwise.
    let english = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let three: String = w.chars().take(3).collect();
    english
        .iter()
        .position(|m| *m == three && w.chars().all(char::is_alphabetic) && w.len() <= 9)
        .and_then(|i| u8::try_from(i + 1).ok())
}

/// Whether `line` holds "19" or "20" followed by two digits: every date has such a year, and
/// most lines have none, so the range pattern need not run on them.
fn may_hold_year(line: &str) -> bool {
    let mut last = ['\0'; 3];
    for c in line.chars() {
        if matches!(last, ['1', '9', d] | ['2', '0', d] if d.is_numeric()) && c.is_numeric() {
            return true;
        }
        last = [last[1], last[2], c];
    }
    false
}

/// One date: "Jan 2020", "03/2018", "2018-03", "2020".
static DATE: LazyLock<String> = LazyLock::new(|| {
    r"(?:(?P<MON>[\p{L}][\p{L}’'׳]*\.?)\s+(?P<MY>(?:19|20)\d\d)|(?P<NM>[01]?\d)\s*[/.]\s*(?P<NY>(?:19|20)\d\d)|(?P<IY>(?:19|20)\d\d)-(?P<IM>[01]\d)|(?P<Y>(?:19|20)\d\d))".into()
});

static RANGE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    let date = DATE.as_str();
    let start = date.replace("?P<", "?P<S");
    let end = date.replace("?P<", "?P<E");
    let present = PRESENT.join("|").replace('\'', "['’]");
    let since = SINCE.join("|");
    let pattern = format!(
        r"(?i)(?:(?P<since>{since})\s+{start2}|{start}(?:\s*(?:[-–—‒−]|to|bis|à|au|a|al|tot|até|do|–)\s*(?:(?P<present>{present})|{end})?)?)",
        start2 = date.replace("?P<", "?P<T"),
    );
    Regex::new(&pattern).ok()
});

/// The capture group names of one date in [`RANGE`], by prefix: start, end, "since" start.
const GROUPS: [(&str, [&str; 7]); 3] = [
    ("S", ["SMON", "SMY", "SNM", "SNY", "SIY", "SIM", "SY"]),
    ("E", ["EMON", "EMY", "ENM", "ENY", "EIY", "EIM", "EY"]),
    ("T", ["TMON", "TMY", "TNM", "TNY", "TIY", "TIM", "TY"]),
];

fn date_from(caps: &regex::Captures<'_>, prefix: &str) -> Option<String> {
    let names = GROUPS.iter().find(|(p, _)| *p == prefix)?.1;
    let get = |name: &str| {
        let i = ["MON", "MY", "NM", "NY", "IY", "IM", "Y"]
            .iter()
            .position(|n| *n == name)?;
        caps.name(names[i]).map(|m| m.as_str())
    };
    if let (Some(mon), Some(year)) = (get("MON"), get("MY")) {
        return Some(match month_number(mon) {
            Some(m) => format!("{year}-{m:02}"),
            None => year.to_owned(),
        });
    }
    if let (Some(m), Some(year)) = (get("NM"), get("NY")) {
        let m: u8 = m.parse().ok()?;
        return (1..=12).contains(&m).then(|| format!("{year}-{m:02}"));
    }
    if let (Some(year), Some(m)) = (get("IY"), get("IM")) {
        let n: u8 = m.parse().ok()?;
        return (1..=12).contains(&n).then(|| format!("{year}-{m}"));
    }
    get("Y").map(str::to_owned)
}

/// The first date or date range in `line`, if any.
pub fn find(line: &str) -> Option<Found> {
    if !may_hold_year(line) {
        return None;
    }
    let re = RANGE.as_ref()?;
    for caps in re.captures_iter(line) {
        let whole = caps.get(0)?;
        // A year inside a link or a word ("talks.example.com/eu-2024-x", "A2024") is not a date.
        let before = line[..whole.start()].chars().next_back();
        let after = line[whole.end()..].chars().next();
        if before.is_some_and(|c| c.is_alphanumeric() || "/._-@".contains(c))
            || after.is_some_and(|c| c.is_alphanumeric() || "/_@".contains(c))
        {
            continue;
        }
        if caps.name("since").is_some() {
            return Some(Found {
                start: date_from(&caps, "T"),
                end: None,
                ongoing: true,
                span: (whole.start(), whole.end()),
                open: false,
            });
        }
        let start = date_from(&caps, "S");
        // "Mar" alone is not a date; the month word must be a real month when present.
        if caps
            .name("SMON")
            .is_some_and(|m| month_number(m.as_str()).is_none())
        {
            // The year alone still counts: "Company 2019 – 2021" matched "Company 2019".
            let year = caps.name("SMY").map(|m| m.as_str().to_owned());
            let span_start = caps.name("SMY").map_or(whole.start(), |m| m.start());
            return Some(finish(&caps, year, span_start, whole.end()));
        }
        if start.is_some() {
            return Some(finish(&caps, start, whole.start(), whole.end()));
        }
    }
    None
}

fn finish(caps: &regex::Captures<'_>, start: Option<String>, from: usize, to: usize) -> Found {
    let ongoing = caps.name("present").is_some();
    let end = date_from(caps, "E");
    let text = caps.get(0).map_or("", |m| m.as_str()).trim_end();
    let open = !ongoing && end.is_none() && text.ends_with(['-', '–', '—', '‒', '−']);
    Found {
        start,
        end,
        ongoing,
        span: (from, to),
        open,
    }
}

/// Whether `text` is nothing but a date or range (with punctuation around it).
pub fn is_only_date(text: &str) -> bool {
    find(text).is_some_and(|f| {
        let rest = format!("{}{}", &text[..f.span.0], &text[f.span.1..]);
        rest.trim_matches(|c: char| !c.is_alphanumeric()).is_empty()
    })
}

/// Whether `text` is a word for "until now".
pub fn is_present(text: &str) -> bool {
    let t = text
        .trim()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    PRESENT.iter().any(|p| *p == t)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn range(text: &str) -> (Option<String>, Option<String>, bool) {
        let f = find(text).unwrap_or_else(|| panic!("no date in {text:?}"));
        (f.start, f.end, f.ongoing)
    }

    fn s(v: &str) -> Option<String> {
        Some(v.to_owned())
    }

    #[test]
    fn reads_the_forms_cvs_use() {
        let cases = [
            ("Jan 2020 – Present", (s("2020-01"), None, true)),
            ("2019–2021", (s("2019"), s("2021"), false)),
            ("03/2018 - 05/2020", (s("2018-03"), s("2020-05"), false)),
            ("seit 2021", (s("2021"), None, true)),
            ("2020 – heute", (s("2020"), None, true)),
            ("März 2019 – Okt. 2021", (s("2019-03"), s("2021-10"), false)),
            ("janv. 2020 – aujourd’hui", (s("2020-01"), None, true)),
            (
                "September 2012 to June 2014",
                (s("2012-09"), s("2014-06"), false),
            ),
            ("2018-03 – 2020-05", (s("2018-03"), s("2020-05"), false)),
            (
                "Senior Engineer    Mar 2021 – Present",
                (s("2021-03"), None, true),
            ),
            ("ene. 2020 – actualidad", (s("2020-01"), None, true)),
            ("mag 2019 – oggi", (s("2019-05"), None, true)),
            ("Since 2020", (s("2020"), None, true)),
        ];
        for (text, expected) in cases {
            assert_eq!(range(text), expected, "{text}");
        }
        assert!(find("Go, Java, Rust").is_none());
        assert!(find("Mar 2021 –").is_some_and(|f| f.open));
        assert!(is_only_date("(2019 – 2021)"));
        assert!(!is_only_date("Founded 2019"));
        assert!(is_present("Present"));
    }

    #[test]
    fn lines_without_a_year_are_passed_over() {
        let cases = [
            ("Jan 2020", true),
            ("'19 – '21", false),
            ("Cut costs by 28%", false),
            ("1999", true),
            ("2 019", false),
            ("", false),
        ];
        for (text, expected) in cases {
            assert_eq!(may_hold_year(text), expected, "{text}");
        }
    }
}
