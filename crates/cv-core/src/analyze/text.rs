//! Text primitives of the ATS check: tokenising, normalising words (case, punctuation, plurals),
//! sentence boundaries, stop words and language detection for English, German and French.
//!
//! What a token *means* (a skill, a degree) is [`super::vocab`]'s business, not this module's.

use serde::Serialize;

use super::lexicon;

/// A language we read job ads in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English: the default, and what ties resolve to.
    En,
    /// German.
    De,
    /// French.
    Fr,
}

impl Lang {
    /// The ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
        }
    }

    /// Whether `word` (lower case) is a stop word in this language.
    pub fn is_stop_word(self, word: &str) -> bool {
        let list: &[&str] = match self {
            Lang::En => lexicon::EN_STOP,
            Lang::De => lexicon::DE_STOP,
            Lang::Fr => lexicon::FR_STOP,
        };
        list.contains(&word)
    }
}

/// Guesses the language of `text` by counting stop words; ties and empty text give English.
pub fn detect_language(text: &str) -> Lang {
    let mut counts = [(Lang::En, 0usize), (Lang::De, 0), (Lang::Fr, 0)];
    for token in tokenize(text) {
        for (lang, count) in &mut counts {
            if lang.is_stop_word(&token.norm) {
                *count += 1;
            }
        }
    }
    // Stable: the first maximum wins, so English wins ties.
    let mut best = counts[0];
    for candidate in &counts[1..] {
        if candidate.1 > best.1 {
            best = *candidate;
        }
    }
    best.0
}

/// One word of a text, with what the matcher needs to know about its surroundings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token<'a> {
    /// The word as written, e.g. `Node.js`, `C++`, `APIs`.
    pub raw: &'a str,
    /// Lower case, e.g. `node.js`, `c++`, `apis`.
    pub norm: String,
    /// Byte offset of `raw` in the text.
    pub start: usize,
    /// Whether a hyphen joins it to the previous or next word (`go-to`, `C-level`).
    pub hyphenated: bool,
    /// Whether it starts a sentence, a line or the text.
    pub sentence_start: bool,
    /// The character right after it, if any (skipping nothing).
    pub next_char: Option<char>,
}

/// Characters that belong to a word when they sit inside or at the end of it: `C++`, `C#`,
/// `Node.js`, `R&D`, `don't`.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

fn joins_inside(c: char) -> bool {
    matches!(c, '.' | '&' | '\'' | '’' | '_')
}

/// Splits `text` into words. Hyphens and slashes separate words (`CI/CD` is `ci`, `cd`) but are
/// remembered, so that `go-to` is not the language Go.
pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    let mut sentence_start = true;
    while i < chars.len() {
        let (pos, c) = chars[i];
        let dotted = c == '.'
            && chars.get(i + 1).is_some_and(|(_, n)| n.is_alphabetic())
            && (i == 0 || chars[i - 1].1.is_whitespace());
        if !is_word_char(c) && !dotted {
            if matches!(c, '.' | '!' | '?' | ':' | '\n' | '•' | '·' | ';') {
                sentence_start = true;
            }
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < chars.len() {
            let c = chars[j].1;
            let next_is_word = chars.get(j + 1).is_some_and(|(_, n)| is_word_char(*n));
            if is_word_char(c) || (joins_inside(c) && next_is_word) {
                j += 1;
            } else if matches!(c, '+' | '#') {
                j += 1; // C++, C#, F#
            } else {
                break;
            }
        }
        let end = chars.get(j).map_or(text.len(), |(p, _)| *p);
        let raw = &text[pos..end];
        let before = i.checked_sub(1).map(|k| chars[k].1);
        let after = chars.get(j).map(|(_, c)| *c);
        let hyphen_after =
            after == Some('-') && chars.get(j + 1).is_some_and(|(_, n)| n.is_alphanumeric());
        let hyphen_before = before == Some('-') && i >= 2 && chars[i - 2].1.is_alphanumeric();
        tokens.push(Token {
            raw,
            norm: raw.to_lowercase(),
            start: pos,
            hyphenated: hyphen_after || hyphen_before,
            sentence_start,
            next_char: after,
        });
        sentence_start = false;
        i = j;
    }
    tokens
}

/// The singular of an English-style plural (`apis` → `api`, `databases` → `database`), or `None`
/// when the word does not look plural. Deliberately crude: it only ever runs as a second try
/// after the word as written failed to match, so `kubernetes` is never touched.
pub fn singular(word: &str) -> Option<&str> {
    if word.chars().count() < 4 || word.ends_with("ss") || word.ends_with("us") {
        return None;
    }
    word.strip_suffix('s')
}

/// Lower-cased words of `text` without stop words of `lang`, with `-` joins removed
/// (`Back-End` → `backend`): how job titles are compared.
pub fn content_words(text: &str, lang: Lang) -> Vec<String> {
    let joined = text.replace(['-', '‐'], "");
    tokenize(&joined)
        .into_iter()
        .map(|t| t.norm)
        .filter(|w| !lang.is_stop_word(w) && !Lang::En.is_stop_word(w))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_keep_tech_spellings() {
        let cases: [(&str, &[&str]); 6] = [
            ("C++, C# and F#.", &["c++", "c#", "and", "f#"]),
            ("Node.js / ASP.NET", &["node.js", "asp.net"]),
            ("CI/CD pipelines", &["ci", "cd", "pipelines"]),
            ("R&D at AT&T.", &["r&d", "at", "at&t"]),
            ("our go-to tool", &["our", "go", "to", "tool"]),
            ("uses .NET daily", &["uses", ".net", "daily"]),
        ];
        for (text, want) in cases {
            let got: Vec<String> = tokenize(text).into_iter().map(|t| t.norm).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn hyphens_and_sentence_starts_are_remembered() {
        let tokens = tokenize("Our go-to stack. Go is fun");
        let flags: Vec<(&str, bool, bool)> = tokens
            .iter()
            .map(|t| (t.raw, t.hyphenated, t.sentence_start))
            .collect();
        assert_eq!(
            flags,
            [
                ("Our", false, true),
                ("go", true, false),
                ("to", true, false),
                ("stack", false, false),
                ("Go", false, true),
                ("is", false, false),
                ("fun", false, false)
            ]
        );
    }

    #[test]
    fn detects_language_by_stop_words() {
        let cases = [
            (
                "We are looking for an engineer with experience in the cloud",
                Lang::En,
            ),
            (
                "Wir suchen eine Entwicklerin für unser Team und die Plattform",
                Lang::De,
            ),
            (
                "Nous recherchons un développeur pour notre équipe et les clients",
                Lang::Fr,
            ),
            ("", Lang::En),
        ];
        for (text, want) in cases {
            assert_eq!(detect_language(text), want, "{text}");
        }
    }

    #[test]
    fn singulars_are_conservative() {
        let cases = [
            ("apis", Some("api")),
            ("databases", Some("database")),
            ("aws", None),
            ("css", None),
            ("status", None),
        ];
        for (word, want) in cases {
            assert_eq!(singular(word), want, "{word}");
        }
    }
}
