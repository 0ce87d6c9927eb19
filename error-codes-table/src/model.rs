//! Each row's Rust identity: its variant name and its plain-text description.

use crate::parse::{Problem, Row};
use heck::ToUpperCamelCase;
use std::collections::BTreeMap;

/// The prefix of a variant named after a code that starts with a digit
/// (`404` becomes `E404`), since an identifier cannot start with one.
pub const DIGIT_PREFIX: &str = "E";

/// The prefix of a variant named after a negative number (`-32700`
/// becomes `Minus32700`, where `32700` becomes `E32700`).
pub const NEGATIVE_PREFIX: &str = "Minus";

/// A row with the identifier of its variant.
pub struct Entry<'a> {
    pub row: &'a Row,
    /// A valid Rust identifier, checked.
    pub name: String,
}

/// Names every row, reporting every row whose name is not an identifier.
pub fn entries<'a>(
    rows: impl IntoIterator<Item = &'a Row>,
) -> Result<Vec<Entry<'a>>, Vec<Problem>> {
    let rows = rows.into_iter();
    let mut entries = Vec::with_capacity(rows.size_hint().0);
    let mut problems = Vec::new();
    let mut pieces = Pieces::default();
    for row in rows {
        match variant_name(row, &mut pieces).map(nfc) {
            Ok(name) => entries.push(Entry { row, name }),
            Err(message) => problems.push(Problem::at(row.line, message)),
        }
    }
    if problems.is_empty() {
        Ok(entries)
    } else {
        Err(problems)
    }
}

/// A name as rustc sees it: rustc puts identifiers in Unicode normalization
/// form C, so `가` written as one character or as its two jamo is one
/// identifier, and two rows that differ only so must be caught as a clash
/// here, with their lines, not by rustc as a variant "defined multiple
/// times" (issue 13).
///
/// Names below U+0300 (ASCII, nearly all of them, and Latin letters such
/// as `é` or `ß`) are already NFC. Others need the `nfc` feature's tables;
/// without it they stay as written, rustc normalizes them itself, and a
/// clash between two of them is rustc's error, without the lines.
fn nfc(name: String) -> String {
    #[cfg(feature = "nfc")]
    if !below_combining_marks(&name) {
        use unicode_normalization::UnicodeNormalization;
        return name.nfc().collect();
    }
    name
}

/// Whether every character is below U+0300, the first combining mark: no
/// such character decomposes, and none composes with the one before it,
/// so such a text is in NFC as written (a test checks this against the
/// Unicode tables).
#[cfg(feature = "nfc")]
fn below_combining_marks(text: &str) -> bool {
    text.chars().all(|c| c < '\u{300}')
}

/// Whether `a` and `b` are the same text composed differently in Unicode.
#[cfg(feature = "nfc")]
pub fn composed_alike(a: &str, b: &str) -> bool {
    use unicode_normalization::UnicodeNormalization;
    a != b && !(below_combining_marks(a) && below_combining_marks(b)) && a.nfc().eq(b.nfc())
}

/// Never said without the `nfc` feature, which alone can tell.
#[cfg(not(feature = "nfc"))]
pub fn composed_alike(_: &str, _: &str) -> bool {
    false
}

/// The variant name of a row: its `name` in UpperCamelCase when it has one,
/// otherwise its code split at every character that is not a letter or a
/// digit, each piece in UpperCamelCase (`VolumeBackup.0014` becomes
/// `VolumeBackup0014`).
pub fn variant_name<'a>(row: &'a Row, pieces: &mut Pieces<'a>) -> Result<String, String> {
    if let Some(name) = &row.name {
        let converted = name.to_upper_camel_case();
        if !is_ident(&converted) {
            return Err(format!(
                "name `{name}` of code `{}` becomes `{converted}`, which is not a valid Rust identifier",
                row.code
            ));
        }
        return Ok(converted);
    }
    if let Some(digits) = row
        .code
        .strip_prefix('-')
        .filter(|digits| !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
    {
        // A negative number keeps its sign, so that `-1` and `1` differ.
        return Ok(format!("{NEGATIVE_PREFIX}{digits}"));
    }
    let mut converted = String::new();
    let mut push = |piece: &'a str| converted.push_str(pieces.upper_camel_case(piece));
    if row.code.is_ascii() {
        // The same pieces, split by bytes: several times faster than by
        // `char` in a macro built at opt-level 0, and codes are nearly
        // always ASCII. A piece of an ASCII string is valid UTF-8.
        for piece in row
            .code
            .as_bytes()
            .split(|byte| !byte.is_ascii_alphanumeric())
        {
            push(std::str::from_utf8(piece).unwrap_or_default());
        }
    } else {
        for piece in row.code.split(|c: char| !c.is_alphanumeric()) {
            push(piece);
        }
    }
    if converted.starts_with(|c: char| c.is_ascii_digit()) {
        converted.insert_str(0, DIGIT_PREFIX);
    }
    if converted.is_empty() {
        return Err(format!(
            "code `{}` has no letter or digit to make a variant name from; add a `name` column",
            row.code
        ));
    }
    if !is_ident(&converted) {
        return Err(format!(
            "code `{}` gives the variant name `{converted}`, which is not a valid Rust identifier; add a `name` column",
            row.code
        ));
    }
    Ok(converted)
}

/// The UpperCamelCase of the pieces of codes, each converted once.
///
/// Tables repeat their namespaces (`VolumeBackup` in hundreds of codes), and
/// Cargo builds proc macros at opt-level 0, where `heck` on every piece of
/// every code was the largest part of the macro's work at 10,000 rows.
/// Digits are their own UpperCamelCase, so a piece of digits alone is kept
/// as it is.
#[derive(Default)]
pub struct Pieces<'a> {
    converted: BTreeMap<&'a str, String>,
}

impl<'a> Pieces<'a> {
    fn upper_camel_case<'s>(&'s mut self, piece: &'a str) -> &'s str {
        if piece.bytes().all(|byte| byte.is_ascii_digit()) {
            return piece;
        }
        self.converted
            .entry(piece)
            .or_insert_with(|| piece.to_upper_camel_case())
    }
}

/// Whether `name` is a Rust identifier: Unicode XID characters and not a
/// keyword. Checked by hand rather than by syn, whose parser costs a trip
/// through the proc-macro bridge for every row of a 10,000-row table.
pub fn is_ident(name: &str) -> bool {
    let mut chars = name.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    (unicode_ident::is_xid_start(first) || first == '_')
        && chars.all(unicode_ident::is_xid_continue)
        && name != "_"
        && !is_keyword(name)
}

/// Whether `name` is a strict or reserved keyword of any edition: the one
/// list, which the variant names and the checked-code macro's name share.
pub fn is_keyword(name: &str) -> bool {
    name.len() <= LONGEST_KEYWORD && KEYWORDS.contains(&name)
}

/// The length of the longest of [`KEYWORDS`]: longer names skip the list.
const LONGEST_KEYWORD: usize = 8;

/// Strict and reserved keywords of every edition, which cannot name a
/// variant (a raw identifier would, but `Enum::r#type` helps nobody).
const KEYWORDS: &[&str] = &[
    "Self", "abstract", "as", "async", "await", "become", "box", "break", "const", "continue",
    "crate", "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if",
    "impl", "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub",
    "ref", "return", "self", "static", "struct", "super", "trait", "true", "try", "type", "typeof",
    "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn row(code: &str, name: Option<&str>) -> Row {
        Row {
            line: 2,
            code: code.into(),
            description: "d".into(),
            module: None,
            name: name.map(Into::into),
            deprecated: None,
            http_status: Vec::new(),
            message: None,
            solution: None,
            grpc_code: None,
            values: Vec::new(),
        }
    }

    fn name_of(code: &str, name: Option<&str>) -> Result<String, String> {
        variant_name(&row(code, name), &mut Pieces::default())
    }

    #[test]
    fn names_come_from_codes() {
        assert_eq!(
            name_of("VolumeBackup.0014", None).unwrap(),
            "VolumeBackup0014"
        );
        assert_eq!(name_of("common.0011", None).unwrap(), "Common0011");
        assert_eq!(name_of("404", None).unwrap(), "E404");
        assert_eq!(name_of("-1", None).unwrap(), "Minus1");
        assert_eq!(name_of("-32700", None).unwrap(), "Minus32700");
        assert_eq!(name_of("-x", None).unwrap(), "X");
        assert_eq!(
            name_of("auth-token_expired", None).unwrap(),
            "AuthTokenExpired"
        );
    }

    #[test]
    fn names_come_from_the_name_column_first() {
        assert_eq!(
            name_of("23505", Some("UNIQUE_VIOLATION")).unwrap(),
            "UniqueViolation"
        );
        assert_eq!(
            name_of("23505", Some("unique_violation")).unwrap(),
            "UniqueViolation"
        );
        assert_eq!(name_of("100", Some("CONTINUE")).unwrap(), "Continue");
    }

    #[test]
    fn names_that_are_not_identifiers_are_explained() {
        assert_eq!(
            name_of("1", Some("2fa")).unwrap_err(),
            "name `2fa` of code `1` becomes `2fa`, which is not a valid Rust identifier"
        );
        assert_eq!(
            name_of("...", None).unwrap_err(),
            "code `...` has no letter or digit to make a variant name from; add a `name` column"
        );
        assert!(name_of("x", Some("self")).is_err());
        assert!(name_of("x", Some("_")).is_err());
        assert_eq!(
            name_of("x", Some("caf\u{e9}_cr\u{e8}me")).unwrap(),
            "Caf\u{e9}Cr\u{e8}me"
        );
    }

    #[test]
    fn no_keyword_is_longer_than_the_length_that_skips_the_list() {
        let longest = KEYWORDS.iter().map(|keyword| keyword.len()).max();
        assert_eq!(longest, Some(LONGEST_KEYWORD));
        assert!(!is_ident("override") && !is_ident("abstract") && is_ident("Overrides"));
    }

    /// What `nfc` leaves as written is NFC: every character below U+0300,
    /// and every pair of them, as the Unicode tables say.
    #[cfg(feature = "nfc")]
    #[test]
    fn text_below_combining_marks_is_nfc_as_written() {
        use unicode_normalization::is_nfc;
        let below: Vec<char> = (0..0x300).filter_map(char::from_u32).collect();
        for &first in &below {
            for &second in &below {
                let pair: String = [first, second].into_iter().collect();
                assert!(is_nfc(&pair), "{pair:?}");
            }
        }
        assert!(!below_combining_marks("e\u{301}") && below_combining_marks("Überß"));
    }
}
