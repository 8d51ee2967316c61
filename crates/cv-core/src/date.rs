//! JSON Resume dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`): strict parsing, comparison at a shared
//! precision, and localised display in the five [`DateFormat`]s.

use std::cmp::Ordering;

use crate::locale::Locale;
use crate::model::DateFormat;

/// A date with year precision at least, as JSON Resume writes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartialDate {
    /// Four-digit year.
    pub year: u16,
    /// 1–12, if given.
    pub month: Option<u8>,
    /// 1–31, if given (only with a month).
    pub day: Option<u8>,
}

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `None` for anything else, including impossible
    /// days such as `2021-02-30`.
    pub fn parse(text: &str) -> Option<Self> {
        let mut parts = text.split('-');
        let year = number(parts.next()?, 4)?;
        let mut field = |digits| match parts.next() {
            None => Some(None),
            Some(part) => number(part, digits)
                .and_then(|n| u8::try_from(n).ok())
                .map(Some),
        };
        let month = field(2)?;
        let day = field(2)?;
        if parts.next().is_some() {
            return None;
        }
        let date = PartialDate { year, month, day };
        match (month, day) {
            (Some(m), _) if !(1..=12).contains(&m) => None,
            (Some(m), Some(d)) if d == 0 || d > days_in_month(year, m) => None,
            _ => Some(date),
        }
    }

    /// The UTC day of a Unix time in seconds, e.g. for "today" from `SOURCE_DATE_EPOCH`.
    pub fn from_unix_seconds(seconds: i64) -> Option<Self> {
        let date = time::OffsetDateTime::from_unix_timestamp(seconds)
            .ok()?
            .date();
        Some(PartialDate {
            year: u16::try_from(date.year()).ok()?,
            month: Some(u8::from(date.month())),
            day: Some(date.day()),
        })
    }

    /// Compares two dates at the coarser of their precisions: `2020` and `2020-05` are equal.
    pub fn cmp_coarse(&self, other: &Self) -> Ordering {
        let months = self.month.is_some() && other.month.is_some();
        let days = months && self.day.is_some() && other.day.is_some();
        let key = |d: &Self| {
            (
                d.year,
                if months { d.month } else { None },
                if days { d.day } else { None },
            )
        };
        key(self).cmp(&key(other))
    }

    /// Writes the date in `format` with the locale's month names.
    pub fn format(&self, format: DateFormat, locale: &Locale) -> String {
        let Some(month) = self.month else {
            return self.year.to_string();
        };
        let index = usize::from(month - 1);
        match format {
            DateFormat::Short => format!("{} {}", locale.months_short[index], self.year),
            DateFormat::Long => format!("{} {}", locale.months_long[index], self.year),
            DateFormat::Numeric => format!("{month:02}/{}", self.year),
            DateFormat::Iso => format!("{}-{month:02}", self.year),
            DateFormat::Year => self.year.to_string(),
        }
    }
}

fn number(text: &str, digits: usize) -> Option<u16> {
    if text.len() != digits || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A date as shown: parsed and localised when valid, the raw text otherwise (validation has
/// already told the user about it), `None` when empty.
pub fn display(text: Option<&str>, format: DateFormat, locale: &Locale) -> Option<String> {
    let text = text.map(str::trim).filter(|t| !t.is_empty())?;
    Some(match PartialDate::parse(text) {
        Some(date) => date.format(format, locale),
        None => text.to_owned(),
    })
}

/// A period as shown: "Jan 2020 – Present", "2019 – 2021", or a single date when both ends are
/// the same. `ongoing` says whether a missing end means "until now" (jobs) or nothing.
pub fn display_range(
    start: Option<&str>,
    end: Option<&str>,
    format: DateFormat,
    locale: &Locale,
) -> Option<String> {
    let start = display(start, format, locale);
    let end = display(end, format, locale);
    match (start, end) {
        (Some(s), Some(e)) if s == e => Some(s),
        (Some(s), Some(e)) => Some(format!("{s} – {e}")),
        (Some(s), None) => Some(format!("{s} – {}", locale.present)),
        (None, Some(e)) => Some(e),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locale;

    #[test]
    fn parses_only_json_resume_dates() {
        let cases = [
            ("2020", Some((2020, None, None))),
            ("2020-03", Some((2020, Some(3), None))),
            ("2020-02-29", Some((2020, Some(2), Some(29)))),
            ("2021-02-29", None),
            ("2020-13", None),
            ("2020-00", None),
            ("March 2020", None),
            ("20-03", None),
            ("2020-3", None),
            ("2020-03-01-02", None),
            ("", None),
        ];
        for (text, want) in cases {
            let got = PartialDate::parse(text).map(|d| (d.year, d.month, d.day));
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn unix_seconds_become_utc_days() {
        let cases = [
            (0, (1970, 1, 1)),
            (1_767_225_600, (2026, 1, 1)),
            (951_782_400, (2000, 2, 29)),
        ];
        for (seconds, (y, m, d)) in cases {
            let date = PartialDate::from_unix_seconds(seconds).expect("in range");
            assert_eq!(
                (date.year, date.month, date.day),
                (y, Some(m), Some(d)),
                "{seconds}"
            );
        }
    }

    #[test]
    fn compares_at_the_shared_precision() {
        let d = |t| PartialDate::parse(t).expect("valid");
        assert_eq!(d("2020").cmp_coarse(&d("2020-05")), Ordering::Equal);
        assert_eq!(d("2020-04").cmp_coarse(&d("2020-05-02")), Ordering::Less);
        assert_eq!(
            d("2021-01-02").cmp_coarse(&d("2021-01-01")),
            Ordering::Greater
        );
    }

    #[test]
    fn formats_in_every_style_and_locale() {
        let en = locale::find("en").expect("en");
        let de = locale::find("de").expect("de");
        let date = PartialDate::parse("2020-03-15").expect("valid");
        assert_eq!(date.format(DateFormat::Short, en), "Mar 2020");
        assert_eq!(date.format(DateFormat::Long, de), "März 2020");
        assert_eq!(date.format(DateFormat::Numeric, en), "03/2020");
        assert_eq!(date.format(DateFormat::Iso, en), "2020-03");
        assert_eq!(date.format(DateFormat::Year, en), "2020");
        assert_eq!(
            display_range(Some("2019-01"), None, DateFormat::Short, de).as_deref(),
            Some("Jan. 2019 – heute")
        );
        assert_eq!(
            display_range(Some("2019"), Some("2019"), DateFormat::Short, en).as_deref(),
            Some("2019")
        );
    }
}
