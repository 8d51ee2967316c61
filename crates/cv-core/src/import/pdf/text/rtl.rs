//! Repairs to right-to-left text that PDF producers get wrong at the character level, applied
//! after the glyphs of a line have been put back in logical order (`layout`):
//!
//! - **mirrored brackets**: a right-to-left run draws "(" with the glyph of ")"; a producer whose
//!   ToUnicode map names the glyph, not the character, gives ")الرياض(" back. Swapping the pairs
//!   is right exactly when it turns unbalanced brackets into balanced ones;
//! - **presentation forms**: Arabic letters written as their contextual forms (Presentation
//!   Forms-B, U+FE80–U+FEFC) are folded to the base letters, so that "ﻟﻴﻠﻰ" reads "ليلى";
//! - **ligatures in visual order**: a lam-alef ligature mapped back as alef-lam ("ال" where the
//!   word has "لا") is detected by where the pair stands: an Arabic word never starts with an
//!   alef that carries a hamza or madda followed by lam, nor ends with alef maksura + lam.
//!
//! What does not live here: the direction of a line and the order of its words (`layout`).

/// Bracket pairs that the Unicode bidi algorithm mirrors in right-to-left text.
const PAIRS: [(char, char); 4] = [('(', ')'), ('[', ']'), ('{', '}'), ('«', '»')];

/// Whether every closing bracket of `text` follows its opening one and none is left open.
fn balanced(text: &str) -> bool {
    PAIRS.iter().all(|(open, close)| {
        let mut depth = 0i32;
        for c in text.chars() {
            if c == *open {
                depth += 1;
            } else if c == *close {
                depth -= 1;
                if depth < 0 {
                    return false;
                }
            }
        }
        depth == 0
    })
}

/// The text with every mirrored pair swapped ( "(" ↔ ")" ... ).
fn swapped(text: &str) -> String {
    text.chars()
        .map(|c| {
            PAIRS
                .iter()
                .find_map(|(o, cl)| {
                    if c == *o {
                        Some(*cl)
                    } else if c == *cl {
                        Some(*o)
                    } else {
                        None
                    }
                })
                .unwrap_or(c)
        })
        .collect()
}

/// Swaps the brackets of a right-to-left text that come out mirrored (")x(" → "(x)"); text that
/// is balanced already, or that swapping does not balance ("1) a 2) b"), stays as it is.
pub fn unmirror_brackets(text: &str) -> String {
    if balanced(text) {
        return text.to_owned();
    }
    let swapped = swapped(text);
    if balanced(&swapped) {
        swapped
    } else {
        text.to_owned()
    }
}

/// Arabic Presentation Forms-B from U+FE80 in code point order: each base letter (or lam-alef
/// pair) and how many contextual forms (isolated, final, initial, medial) follow for it.
const FORMS_B: [(&str, u32); 40] = [
    ("ء", 1),
    ("آ", 2),
    ("أ", 2),
    ("ؤ", 2),
    ("إ", 2),
    ("ئ", 4),
    ("ا", 2),
    ("ب", 4),
    ("ة", 2),
    ("ت", 4),
    ("ث", 4),
    ("ج", 4),
    ("ح", 4),
    ("خ", 4),
    ("د", 2),
    ("ذ", 2),
    ("ر", 2),
    ("ز", 2),
    ("س", 4),
    ("ش", 4),
    ("ص", 4),
    ("ض", 4),
    ("ط", 4),
    ("ظ", 4),
    ("ع", 4),
    ("غ", 4),
    ("ف", 4),
    ("ق", 4),
    ("ك", 4),
    ("ل", 4),
    ("م", 4),
    ("ن", 4),
    ("ه", 4),
    ("و", 2),
    ("ى", 2),
    ("ي", 4),
    ("لآ", 2),
    ("لأ", 2),
    ("لإ", 2),
    ("لا", 2),
];

/// The base letter(s) of an Arabic presentation form, for the letters CVs use (Forms-B).
fn base_of(c: char) -> Option<&'static str> {
    let mut at = 0xFE80;
    for (base, count) in FORMS_B {
        if (at..at + count).contains(&(c as u32)) {
            return Some(base);
        }
        at += count;
    }
    None
}

/// Folds Arabic presentation forms (contextual letter shapes and lam-alef ligatures) to the base
/// letters, as Unicode's compatibility decomposition does.
pub fn fold_presentation_forms(text: &str) -> String {
    if !text.chars().any(|c| base_of(c).is_some()) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match base_of(c) {
            Some(base) => out.push_str(base),
            None => out.push(c),
        }
    }
    out
}

/// Whether `c` is a combining mark of a right-to-left script: Hebrew points, Arabic harakat,
/// tanween, shadda, superscript alef.
fn is_rtl_mark(c: char) -> bool {
    matches!(c as u32, 0x0591..=0x05C7 | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED)
}

/// The text one glyph stands for, repaired:
///
/// - a glyph that takes no room is a combining mark drawn over its letter, so when its
///   ToUnicode entry is a whole cluster ("قً": letter and tanween, as Typst writes the first
///   cluster a mark glyph was used in), only the marks are its own; the letter is the base
///   glyph's and would otherwise come out twice;
/// - presentation forms are folded to base letters.
pub fn repair_glyph_text(text: &str, width: f32) -> String {
    let marks_at = text
        .char_indices()
        .find(|(_, c)| is_rtl_mark(*c))
        .map(|(i, _)| i);
    if width.abs() < 0.01
        && let Some(at) = marks_at.filter(|at| *at > 0)
        && text[at..].chars().all(is_rtl_mark)
    {
        return text[at..].to_owned();
    }
    fold_presentation_forms(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brackets_are_unmirrored_only_when_that_balances_them() {
        let cases = [
            // (input, expected)
            (")برلين(", "(برلين)"),
            ("شركة )PDPL( القانونية", "شركة (PDPL) القانونية"),
            ("]١[ و «نص»", "]١[ و «نص»"), // one pair mirrored, the other not: left alone
            ("(برلين)", "(برلين)"),
            ("1) a 2) b", "1) a 2) b"),
            ("no brackets", "no brackets"),
            (")a( )b(", "(a) (b)"),
        ];
        for (input, expected) in cases {
            assert_eq!(unmirror_brackets(input), expected, "{input}");
        }
    }

    #[test]
    fn a_zero_width_mark_glyph_keeps_only_its_marks() {
        let cases = [
            // (text, width, expected)
            ("ق\u{64b}", 0.0, "\u{64b}"),
            ("ح\u{651}", 0.0, "\u{651}"),
            ("ف\u{651}", 5.2, "ف\u{651}"), // a letter with its mark in one glyph
            ("\u{64b}", 0.0, "\u{64b}"),
            ("fi", 0.0, "fi"),
            ("\u{FEFB}", 6.1, "لا"),
        ];
        for (text, width, expected) in cases {
            assert_eq!(repair_glyph_text(text, width), expected, "{text}");
        }
    }

    #[test]
    fn presentation_forms_fold_to_base_letters() {
        let cases = [
            ("\u{FEDF}\u{FEF4}\u{FEE0}\u{FEF0}", "ليلى"),
            ("\u{FEFB}", "لا"),
            ("\u{FEFC}\u{FE80}", "لاء"),
            ("\u{FEF2}\u{FE8D}", "يا"),
            ("café", "café"),
            ("عربي", "عربي"),
        ];
        for (input, expected) in cases {
            assert_eq!(fold_presentation_forms(input), expected, "{input}");
        }
    }
}
