//! Repairs to right-to-left text that PDF producers get wrong at the character level:
//!
//! - **cluster copies**: a zero-width mark glyph whose ToUnicode entry is its whole cluster
//!   ("قً", as Typst writes it) keeps only its marks, so the letter is not read twice
//!   ([`repair_glyph_text`], applied as glyphs are extracted);
//! - **presentation forms**: Arabic letters written as their contextual forms (Presentation
//!   Forms-B, U+FE80–U+FEFC) are folded to the base letters, so that "ﻟﻴﻠﻰ" reads "ليلى";
//! - **mirrored brackets**: a right-to-left run draws "(" with the glyph of ")"; a producer whose
//!   ToUnicode map names the glyph, not the character, gives ")الرياض(" back. Swapping the pairs
//!   is right exactly when it turns unbalanced brackets into balanced ones (applied per segment).
//!
//! It also puts a run of glyphs back in logical order ([`logical_text`]): pieces of one
//! direction, a right-to-left piece read from its right edge, right-to-left runs of pieces read
//! right to left, neutral signs taking the direction around them.
//!
//! What does not live here: the direction of a page and rows and segments (`layout`).

use super::super::extract::Glyph;
use super::super::fonts::Style;
use super::layout::is_rtl;

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

/// Puts a zero-width mark glyph (`mark`, `mark_width`) onto the letter glyph drawn right after
/// it (`letter`), and says whether it did. Shapers (HarfBuzz under Typst, XeTeX, WeasyPrint,
/// LibreOffice) emit right-to-left text in visual order, where a mark comes just before its base
/// letter; sorted by position instead, a mark standing at the edge of the letter before it
/// ("التميّز" → "التميزّ") goes to the wrong letter. A letter whose own text already carries the
/// mark (a cluster glyph) does not get it twice.
pub fn attach_mark(mark: &str, mark_width: f32, letter: &mut String) -> bool {
    let is_mark = mark_width.abs() < 0.01 && !mark.is_empty() && mark.chars().all(is_rtl_mark);
    if !is_mark || !letter.chars().next().is_some_and(is_rtl) {
        return false;
    }
    if !letter.contains(mark) {
        letter.push_str(mark);
    }
    true
}

/// The tatweel (U+0640), the stretching stroke justification puts inside Arabic words
/// ("الخـبرة"): typography, not text.
pub const TATWEEL: char = '\u{640}';

/// A glyph's direction: right to left, left to right, or neutral (punctuation, bullets).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dir {
    R,
    L,
    N,
}

fn dir(g: &Glyph) -> Dir {
    if g.text.chars().any(|c| is_rtl(c) || is_rtl_mark(c)) {
        Dir::R
    } else if g.text.chars().any(char::is_alphanumeric) {
        Dir::L
    } else {
        Dir::N
    }
}

/// Glyphs of one direction drawn without a gap, and whether a space comes before them.
struct Piece<'a> {
    dir: Dir,
    glyphs: Vec<&'a Glyph>,
    space_before: bool,
    /// Digits only: read left to right inside, placed like the text around it.
    number: bool,
}

/// Cuts glyphs (sorted by x) into pieces at word gaps and at changes of direction. In a
/// right-to-left line, neutral signs at the ends of a left-to-right piece ("%" of "%28", the
/// full stop after "Redshift") are pieces of their own.
fn pieces<'a>(glyphs: &[&'a Glyph], base_rtl: bool) -> Vec<Piece<'a>> {
    let mut out: Vec<Piece<'a>> = Vec::new();
    let mut last_end = f32::MIN;
    let mut last_dir = Dir::N;
    for g in glyphs {
        let d = dir(g);
        // Arabic letters that do not join the next one (ر, و, د, ا) leave a small gap that is
        // no word space: between two right-to-left glyphs a gap must be wider to count.
        let joined_gap = if d == Dir::R && last_dir == Dir::R {
            0.2
        } else {
            0.12
        };
        let gap = g.x > last_end + g.size * joined_gap;
        let split = match out.last() {
            None => true,
            Some(p) => gap || (d != Dir::N && p.dir != Dir::N && p.dir != d),
        };
        if split {
            out.push(Piece {
                dir: d,
                glyphs: vec![g],
                space_before: gap && !out.is_empty(),
                number: false,
            });
        } else if let Some(p) = out.last_mut() {
            if p.dir == Dir::N {
                p.dir = d;
            }
            p.glyphs.push(g);
        }
        last_end = last_end.max(g.x + g.width);
        last_dir = d;
    }
    if !base_rtl {
        return out;
    }
    let mut split: Vec<Piece<'a>> = Vec::new();
    for p in out {
        if p.dir != Dir::L {
            split.push(p);
            continue;
        }
        let lead = p.glyphs.iter().take_while(|g| dir(g) == Dir::N).count();
        let trail = p.glyphs[lead..]
            .iter()
            .rev()
            .take_while(|g| dir(g) == Dir::N)
            .count();
        let (head, rest) = p.glyphs.split_at(lead);
        let (body, tail) = rest.split_at(rest.len() - trail);
        let mut space = p.space_before;
        for (d, part) in [(Dir::N, head), (Dir::L, body), (Dir::N, tail)] {
            if !part.is_empty() {
                let number = d == Dir::L
                    && part.iter().all(|g| {
                        g.text
                            .chars()
                            .all(|c| c.is_ascii_digit() || ".,".contains(c))
                    });
                split.push(Piece {
                    dir: d,
                    glyphs: part.to_vec(),
                    space_before: space,
                    number,
                });
                space = false;
            }
        }
    }
    split
}

/// Glyphs sorted by x → text in logical order, for a line whose base direction is `base_rtl`.
pub fn logical_text(glyphs: &[&Glyph], base_rtl: bool) -> String {
    logical_text_styled(glyphs, base_rtl).0
}

/// [`logical_text`] with the style of each of its words (split at single spaces): the style of
/// the word's first letter or digit, or of the word before when it has none (a dash).
pub fn logical_text_styled(glyphs: &[&Glyph], base_rtl: bool) -> (String, Vec<Style>) {
    let mut pieces = pieces(glyphs, base_rtl);
    // A number in right-to-left text is placed as right-to-left unless it follows Latin text
    // (which, read from the right, stands to its left): "+966 50 123 4567", "IELTS 7.5".
    for i in 0..pieces.len() {
        if pieces[i].number {
            let left = pieces[..i]
                .iter()
                .rev()
                .find(|p| p.dir != Dir::N && !p.number);
            pieces[i].dir = match left {
                Some(p) if p.dir == Dir::L => Dir::L,
                _ => Dir::R,
            };
        }
    }
    // Neutral pieces between two of one direction take it; others the line's.
    let base = if base_rtl { Dir::R } else { Dir::L };
    for i in 0..pieces.len() {
        if pieces[i].dir != Dir::N {
            continue;
        }
        let before = pieces[..i]
            .iter()
            .rev()
            .map(|p| p.dir)
            .find(|d| *d != Dir::N);
        let after = pieces[i + 1..].iter().map(|p| p.dir).find(|d| *d != Dir::N);
        pieces[i].dir = match (before, after) {
            (Some(a), Some(b)) if a == b => a,
            _ => base,
        };
    }
    // Runs of one direction, in visual order: (direction, piece indices).
    let mut runs: Vec<(Dir, Vec<usize>)> = Vec::new();
    for (i, p) in pieces.iter().enumerate() {
        match runs.last_mut() {
            Some((d, list)) if *d == p.dir => list.push(i),
            _ => runs.push((p.dir, vec![i])),
        }
    }
    if base_rtl {
        runs.reverse();
    }
    // Logical order of pieces. Runs are contiguous, so two runs next to each other in logical
    // order are next to each other on the page too: the space between them is the gap at their
    // visual boundary, as it is between two pieces of one run.
    let mut out = String::new();
    let mut words: Vec<Option<Style>> = Vec::new();
    let mut prev_run: Option<usize> = None;
    for (d, mut list) in runs {
        let first = list[0];
        if d == Dir::R {
            list.reverse();
        }
        for (k, &i) in list.iter().enumerate() {
            let boundary = match (k, prev_run) {
                (0, Some(p)) => Some(first.max(p)),
                (0, None) => None,
                _ => Some(i.max(list[k - 1])),
            };
            if boundary.is_some_and(|b| pieces[b].space_before) {
                out.push(' ');
                words.push(None);
            }
            if words.is_empty() {
                words.push(None);
            }
            let letter = pieces[i]
                .glyphs
                .iter()
                .find(|g| g.text.chars().any(char::is_alphanumeric));
            if let (Some(w @ None), Some(g)) = (words.last_mut(), letter) {
                *w = Some(g.style);
            }
            out.push_str(&piece_text(&pieces[i]));
        }
        prev_run = Some(first);
    }
    let mut styles: Vec<Style> = Vec::with_capacity(words.len());
    for w in words {
        let before = styles.last().copied().unwrap_or_default();
        styles.push(w.unwrap_or(before));
    }
    (out, styles)
}

/// A piece's text: a right-to-left piece is read from the right edge, so that a zero-width
/// mark standing over its letter follows the letter.
fn piece_text(p: &Piece<'_>) -> String {
    if p.dir != Dir::R || p.number {
        return p.glyphs.iter().map(|g| g.text.as_str()).collect();
    }
    let mut glyphs = p.glyphs.clone();
    glyphs.sort_by(|a, b| (b.x + b.width).total_cmp(&(a.x + a.width)));
    glyphs.iter().map(|g| g.text.as_str()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Glyphs of a line as drawn, left to right, one per character; a space is a gap.
    fn drawn(visual: &str) -> Vec<Glyph> {
        let mut x = 0.0;
        let mut out = Vec::new();
        for c in visual.chars() {
            if c != ' ' {
                out.push(Glyph {
                    page: 1,
                    x,
                    y: 0.0,
                    width: 5.0,
                    size: 10.0,
                    text: c.to_string(),
                    style: Default::default(),
                });
            }
            x += 5.0;
        }
        out
    }

    #[test]
    fn lines_are_read_back_in_logical_order() {
        let cases = [
            // (as drawn, left to right; right-to-left line?; logical text)
            ("AWS Glueو", true, "وAWS Glue"),
            ("4567 123 50 966+", true, "+966 50 123 4567"),
            ("ربع %28 ةبسنب", true, "بنسبة 28% عبر"),
            ("IELTS 7.5 ةيزيلجنإلا", true, "الإنجليزية IELTS 7.5"),
            (
                "AWS Certified – Associate",
                true,
                "AWS Certified – Associate",
            ),
            (".Amazon Redshiftو", true, "وAmazon Redshift."),
            ("Hello world", false, "Hello world"),
        ];
        for (visual, rtl, expected) in cases {
            let glyphs = drawn(visual);
            let refs: Vec<&Glyph> = glyphs.iter().collect();
            assert_eq!(logical_text(&refs, rtl), expected, "{visual}");
        }
    }

    #[test]
    fn a_narrow_gap_after_a_non_joining_letter_is_no_word_space() {
        // "فريق الرياض" as Amiri sets it: ر does not join the ي after it and leaves 1.2 pt; the
        // word space is 2.9 pt. Glyphs left to right, (letter, gap after it).
        let drawn = [
            ("ض", 0.0),
            ("ا", 0.0),
            ("ي", 1.2),
            ("ر", 0.0),
            ("ل", 0.0),
            ("ا", 2.9),
            ("ق", 0.0),
            ("ي", 1.2),
            ("ر", 0.0),
            ("ف", 0.0),
        ];
        let mut x = 0.0;
        let glyphs: Vec<Glyph> = drawn
            .iter()
            .map(|(c, gap)| {
                let g = Glyph {
                    page: 1,
                    x,
                    y: 0.0,
                    width: 3.0,
                    size: 10.0,
                    text: (*c).into(),
                    style: Default::default(),
                };
                x += 3.0 + gap;
                g
            })
            .collect();
        let refs: Vec<&Glyph> = glyphs.iter().collect();
        assert_eq!(logical_text(&refs, true), "فريق الرياض");
    }

    #[test]
    fn words_keep_their_styles_in_logical_order() {
        // "مهندسة, شركة نخلة" drawn left to right: the organisation (italic) on the left, the
        // bold title and its comma on the right.
        let (bold, italic) = (Style::BOLD, Style::ITALIC);
        let mut glyphs = drawn("ةلخن ةكرش ,ةسدنهم");
        for g in &mut glyphs {
            g.style = if g.x < 50.0 { italic } else { bold };
        }
        let refs: Vec<&Glyph> = glyphs.iter().collect();
        let (text, styles) = logical_text_styled(&refs, true);
        assert_eq!(text, "مهندسة, شركة نخلة");
        assert_eq!(styles, [bold, italic, italic]);
    }

    #[test]
    fn a_mark_goes_onto_the_letter_drawn_after_it() {
        let cases = [
            // (mark, its width, the next glyph's text, attached?, the letter afterwards)
            ("\u{651}", 0.0, "ي", true, "ي\u{651}"),
            ("\u{64b}", 0.0, "ق", true, "ق\u{64b}"),
            // A cluster glyph that carries the mark already does not get it twice.
            ("\u{651}", 0.0, "ف\u{651}", true, "ف\u{651}"),
            // Not a mark, a mark with a width, or a next glyph that is no letter: left alone.
            ("ز", 0.0, "ي", false, "ي"),
            ("\u{651}", 4.0, "ي", false, "ي"),
            ("\u{651}", 0.0, "5", false, "5"),
        ];
        for (mark, width, next, attached, expected) in cases {
            let mut letter = next.to_owned();
            assert_eq!(attach_mark(mark, width, &mut letter), attached, "{mark:?}");
            assert_eq!(letter, expected, "{mark:?} {next}");
        }
    }

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
