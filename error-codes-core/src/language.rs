//! Which of a table's languages a reader gets: the one asked for, by its
//! exact tag (ASCII case ignored), else one of the same primary language
//! (`zh` finds `zh-CN`), else the table's own, the first of its
//! `LANGUAGES`; and the language an HTTP `Accept-Language` value prefers.
//!
//! The functions the generated code calls are `const fn`, so that
//! `description_in` is as usable in a constant as `description()`. Which
//! language fits a tag is error-codes-lookup's rule, which the command
//! line's pages in one language follow too.

use crate::formatted::{Piece, slice};
use error_codes_lookup::language::{fit, fitting};
use error_codes_lookup::strings::Strings;

/// The language of `languages` that `lang` resolves to, as the `_in`
/// accessors choose it: its exact tag, else one of the same primary
/// language, else the first (the table's own); `""` for no languages.
pub(crate) fn resolve(languages: &[&'static str], lang: &str) -> &'static str {
    match fitting(languages, lang, 0) {
        Some(at) => languages[at],
        None => languages.first().copied().unwrap_or(""),
    }
}

/// The row's text in the language asked for: from the first table, in
/// order of fit (exact tag, then primary language), whose cell for the row
/// is not empty, else the table's own language's (the first table), else
/// `""`. A `None` table is a language without that column.
#[doc(hidden)]
pub const fn text_in<const E: usize>(
    tables: &[Option<&'static Strings<E>>],
    languages: &[&str],
    lang: &str,
    row: usize,
) -> &'static str {
    let mut n = 0;
    while let Some(at) = fitting(languages, lang, n) {
        if at < tables.len()
            && let Some(table) = tables[at]
        {
            let text = table.get(row);
            if !text.is_empty() {
                return text;
            }
        }
        n += 1;
    }
    match tables.first() {
        Some(Some(table)) => table.get(row),
        _ => "",
    }
}

/// The row's template in the language asked for, chosen as [`text_in`]
/// chooses: the pieces of each language stored end to end with where each
/// row's end; empty for a row without placeholders.
#[doc(hidden)]
pub const fn pieces_in(
    tables: &[Option<(&'static [Piece], &'static [u8])>],
    languages: &[&str],
    lang: &str,
    row: usize,
) -> &'static [Piece] {
    let mut n = 0;
    while let Some(at) = fitting(languages, lang, n) {
        if at < tables.len()
            && let Some((pieces, ends)) = tables[at]
        {
            let found = slice(pieces, ends, row);
            if !found.is_empty() {
                return found;
            }
        }
        n += 1;
    }
    match tables.first() {
        Some(Some((pieces, ends))) => slice(pieces, ends, row),
        _ => &[],
    }
}

/// The language of `languages` that an HTTP `Accept-Language` value
/// (RFC 9110, section 12.5.4) prefers: the range of highest weight that
/// one of them fits (exactly, then by a prefix at a `-`: `zh` finds
/// `zh-CN`, `de-CH` finds `de`, then by primary language: `zh-TW` finds
/// `zh-CN`), `*` giving the first not refused by a
/// weight of 0. The first language (the table's own) where none fits, the
/// value is empty or malformed, or `languages` is. Never panics; linear in
/// the value's length times the number of languages.
pub fn negotiate(languages: &[&'static str], accept_language: &str) -> &'static str {
    let default = languages.first().copied().unwrap_or("");
    let mut best: Option<(u16, &'static str)> = None;
    // The highest weight of a `*`, which gives way to a named range of the
    // same weight: the language it gives is found once, after the loop,
    // so that many `*` cost no more than one.
    let mut star: Option<u16> = None;
    for item in accept_language.split(',') {
        let item = item.trim_matches([' ', '\t']);
        if item.is_empty() {
            continue;
        }
        let Some((range, weight)) = parse_item(item) else {
            return default;
        };
        let beaten = |other: Option<u16>| other.is_some_and(|q| q >= weight);
        if weight == 0 || beaten(best.map(|(q, _)| q)) {
            continue;
        }
        if range == "*" {
            if !beaten(star) {
                star = Some(weight);
            }
        } else if let Some(language) = matching(languages, range) {
            best = Some((weight, language));
        }
    }
    let star_wins = match (star, best) {
        (Some(q), Some((b, _))) => q > b,
        (Some(_), None) => true,
        _ => false,
    };
    if star_wins {
        return languages
            .iter()
            .copied()
            .find(|language| !refused(accept_language, language))
            .unwrap_or(default);
    }
    best.map_or(default, |(_, language)| language)
}

/// A language of `languages` that `range` names: its exact tag first, then
/// one it is a prefix of or that is a prefix of it, at a `-`, then one of
/// the same primary language (as `description_in` falls back: a reader
/// of `zh-TW` is better served by `zh-CN` than by a language of lower
/// weight).
fn matching(languages: &[&'static str], range: &str) -> Option<&'static str> {
    let prefix = |long: &str, short: &str| {
        long.len() > short.len()
            && long.as_bytes()[short.len()] == b'-'
            && long[..short.len()].eq_ignore_ascii_case(short)
    };
    languages
        .iter()
        .copied()
        .find(|language| language.eq_ignore_ascii_case(range))
        .or_else(|| {
            languages
                .iter()
                .copied()
                .find(|language| prefix(language, range) || prefix(range, language))
        })
        .or_else(|| {
            languages
                .iter()
                .copied()
                .find(|language| fit(language, range) == 1)
        })
}

/// Whether the value gives `language` itself a weight of 0.
fn refused(accept_language: &str, language: &str) -> bool {
    accept_language.split(',').any(|item| {
        parse_item(item.trim_matches([' ', '\t']))
            .is_some_and(|(range, weight)| weight == 0 && range.eq_ignore_ascii_case(language))
    })
}

/// A `language-range [; q=weight]` item: the range and its weight in
/// thousandths (1000 when none is given); `None` when malformed.
fn parse_item(item: &str) -> Option<(&str, u16)> {
    let mut parts = item.split(';');
    let range = parts.next()?.trim_matches([' ', '\t']);
    if !is_range(range) {
        return None;
    }
    let mut weight = 1000;
    for parameter in parts {
        let parameter = parameter.trim_matches([' ', '\t']);
        let (name, value) = parameter.split_once('=')?;
        if !name.trim_end().eq_ignore_ascii_case("q") {
            return None;
        }
        weight = parse_weight(value.trim_start())?;
    }
    Some((range, weight))
}

/// RFC 4647's `language-range`: `*`, or subtags of 1 to 8 characters
/// joined by `-`, letters first, then letters or digits.
fn is_range(range: &str) -> bool {
    if range == "*" {
        return true;
    }
    range.split('-').enumerate().all(|(at, subtag)| {
        (1..=8).contains(&subtag.len())
            && if at == 0 {
                subtag.bytes().all(|b| b.is_ascii_alphabetic()) || subtag == "*"
            } else {
                subtag.bytes().all(|b| b.is_ascii_alphanumeric()) || subtag == "*"
            }
    })
}

/// RFC 9110's `qvalue`: `0` to `1` with up to three decimals, in
/// thousandths.
fn parse_weight(value: &str) -> Option<u16> {
    let (whole, fraction) = value.split_once('.').unwrap_or((value, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut thousandths: u16 = 0;
    for (at, digit) in fraction.bytes().enumerate() {
        thousandths += u16::from(digit - b'0') * [100, 10, 1][at];
    }
    match whole {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::negotiate;

    const LANGUAGES: &[&str] = &["en", "de", "zh-CN", "pt-BR"];

    #[test]
    fn a_tag_resolves_to_one_of_the_table_s() {
        assert_eq!(super::resolve(LANGUAGES, "ZH"), "zh-CN");
        assert_eq!(super::resolve(LANGUAGES, "pt-PT"), "pt-BR");
        assert_eq!(super::resolve(LANGUAGES, "fr"), "en");
        assert_eq!(super::resolve(&[], "fr"), "");
    }

    #[test]
    fn the_preferred_language_is_chosen() {
        let cases = [
            ("de", "de"),
            ("fr, de;q=0.5", "de"),
            ("de;q=0.4, zh;q=0.8", "zh-CN"),
            ("zh-TW;q=0.9, pt-BR;q=0.95", "pt-BR"),
            ("pt", "pt-BR"),
            ("de-CH", "de"),
            ("*", "en"),
            ("en;q=0, *", "de"),
            ("*, de", "de"),
            ("*;q=0.9, fr, de;q=0.5", "en"),
            ("fr", "en"),
            ("", "en"),
            ("DE ; q=1.000", "de"),
            ("de;q=0.5,zh-cn;q=0.5", "de"),
        ];
        for (value, language) in cases {
            assert_eq!(negotiate(LANGUAGES, value), language, "{value:?}");
        }
    }

    #[test]
    fn a_malformed_value_gives_the_table_s_language() {
        for value in [
            "de;q=2",
            "de;q=0.5555",
            "de;q=",
            "de;level=1",
            "de_DE",
            "d e",
            "de;q=-1",
            "de;q=0.x",
            "日本語",
            "de-toolongsubtag",
            ";",
        ] {
            assert_eq!(negotiate(LANGUAGES, value), "en", "{value:?}");
        }
        assert_eq!(negotiate(&[], "de"), "");
    }

    /// Long and odd input: no panic, and time linear in its length.
    #[test]
    fn any_input_is_answered() {
        let long = "de;q=0.1,".repeat(10_000);
        assert_eq!(negotiate(LANGUAGES, &long), "de");
        for value in [
            "\u{0}", "é;q=0.5", ",,,,", "*;q=0.", "x;q=1.", "de;q=0.", "ü-ü",
        ] {
            let _ = negotiate(LANGUAGES, value);
        }
    }
}
