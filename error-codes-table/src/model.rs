//! Each row's Rust identity: its variant name and its plain-text description.

use crate::parse::Row;
use crate::problem::Problem;
use heck::ToUpperCamelCase;
use std::collections::BTreeMap;

/// The prefix of a variant named after a code that starts with a digit
/// (`404` becomes `E404`), since an identifier cannot start with one.
pub const DIGIT_PREFIX: &str = "E";

/// The prefix of a variant named after a negative number (`-32700`
/// becomes `Minus32700`, where `32700` becomes `E32700`).
pub const NEGATIVE_PREFIX: &str = "Minus";

/// A row with the identifier of its variant.
pub struct NamedRow<'a> {
    pub row: &'a Row,
    /// A valid Rust identifier, checked.
    pub name: String,
}

/// Names every row, reporting every row whose name is not an identifier.
pub fn entries<'a>(
    rows: impl IntoIterator<Item = &'a Row>,
) -> Result<Vec<NamedRow<'a>>, Vec<Problem>> {
    let rows = rows.into_iter();
    let mut entries = Vec::with_capacity(rows.size_hint().0);
    let mut problems = Vec::new();
    let mut pieces = Pieces::default();
    for row in rows {
        match variant_name(row, &mut pieces).and_then(|name| nfc(name, &row.code)) {
            Ok(name) => entries.push(NamedRow { row, name }),
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
/// times", which names no line.
///
/// Names below U+0300 (ASCII, nearly all of them, and Latin letters such
/// as `é` or `ß`) are already NFC. Others need the `nfc` feature's tables.
/// Without it, a name of characters that are NFC whatever surrounds them
/// ([`NFC_AS_WRITTEN`]: the letters of the common scripts, kana, hanzi and
/// Hangul syllables) stays as written; any other could be changed by
/// rustc, and then clash with another row's without the lines, so it is
/// refused at its line, naming the feature.
fn nfc(name: String, code: &str) -> Result<String, String> {
    if let Some(c) = beyond_nfc_as_written(&name) {
        return Err(format!(
            "code `{code}` becomes the variant `{name}`, which rustc reads in Unicode normalization form C, a form that may differ from text with `{}`; {NEEDS_NFC}: turn it on, or give the row a `name`",
            c.escape_unicode()
        ));
    }
    Ok(match identifier_as_read(&name) {
        std::borrow::Cow::Owned(normalized) => normalized,
        std::borrow::Cow::Borrowed(_) => name,
    })
}

/// An identifier as rustc reads it, in Unicode normalization form C, where
/// this build can tell (the `nfc` feature, or a name below U+0300); else as
/// written, and [`beyond_nfc_as_written`] says so.
pub fn identifier_as_read(name: &str) -> std::borrow::Cow<'_, str> {
    #[cfg(feature = "nfc")]
    if !below_combining_marks(name) {
        use unicode_normalization::UnicodeNormalization;
        return std::borrow::Cow::Owned(name.nfc().collect());
    }
    std::borrow::Cow::Borrowed(name)
}

/// Without the `nfc` feature, the first character of `name` that Unicode
/// normalization could change with its neighbours; never with it.
pub fn beyond_nfc_as_written(name: &str) -> Option<char> {
    #[cfg(not(feature = "nfc"))]
    return name.chars().find(|&c| !is_nfc_as_written(c));
    #[cfg(feature = "nfc")]
    {
        let _ = name;
        None
    }
}

/// What a name that only the `nfc` feature can check needs.
pub const NEEDS_NFC: &str =
    "checking that it clashes with no other needs the `nfc` feature of error-codes-core";

/// Characters in NFC as written, whatever comes before or after them:
/// none decomposes, none composes with its neighbour, none is a combining
/// mark (a test checks each against the Unicode tables). Below U+0300,
/// every character is.
#[cfg(any(test, not(feature = "nfc")))]
const NFC_AS_WRITTEN: &[(char, char)] = &[
    ('\u{0}', '\u{2FF}'),
    // Greek letters, with their tonos.
    ('\u{386}', '\u{386}'),
    ('\u{388}', '\u{38A}'),
    ('\u{38C}', '\u{38C}'),
    ('\u{38E}', '\u{3A1}'),
    ('\u{3A3}', '\u{3CE}'),
    // Cyrillic and its supplement, without the combining marks.
    ('\u{400}', '\u{481}'),
    ('\u{48A}', '\u{52F}'),
    // Armenian, Hebrew and Arabic letters.
    ('\u{531}', '\u{556}'),
    ('\u{561}', '\u{587}'),
    ('\u{5D0}', '\u{5EA}'),
    ('\u{620}', '\u{64A}'),
    // Thai consonants and leading vowels, Georgian letters.
    ('\u{E01}', '\u{E30}'),
    ('\u{10D0}', '\u{10FA}'),
    // Latin letters with their marks, precomposed (Vietnamese).
    ('\u{1E00}', '\u{1EFF}'),
    // Hiragana and katakana, without the combining sound marks.
    ('\u{3041}', '\u{3096}'),
    ('\u{30A1}', '\u{30FA}'),
    // CJK ideographs and Hangul syllables.
    ('\u{3400}', '\u{4DBF}'),
    ('\u{4E00}', '\u{9FFF}'),
    ('\u{AC00}', '\u{D7A3}'),
    // Fullwidth digits and Latin letters.
    ('\u{FF10}', '\u{FF19}'),
    ('\u{FF21}', '\u{FF3A}'),
    ('\u{FF41}', '\u{FF5A}'),
    ('\u{20000}', '\u{2A6DF}'),
];

#[cfg(any(test, not(feature = "nfc")))]
fn is_nfc_as_written(c: char) -> bool {
    NFC_AS_WRITTEN
        .iter()
        .any(|&(first, last)| (first..=last).contains(&c))
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
            translations: Vec::new(),
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

    /// Every character of [`NFC_AS_WRITTEN`] is NFC whatever surrounds
    /// it: its quick check says yes (it neither decomposes nor composes with
    /// the character before it) and it is no combining mark.
    #[test]
    fn characters_kept_as_written_are_nfc_in_any_text() {
        use unicode_normalization::char::canonical_combining_class;
        use unicode_normalization::{IsNormalized, is_nfc_quick};
        for &(first, last) in NFC_AS_WRITTEN {
            for c in first..=last {
                assert_eq!(is_nfc_quick([c].into_iter()), IsNormalized::Yes, "{c:?}");
                assert_eq!(canonical_combining_class(c), 0, "{c:?}");
            }
        }
        for c in [
            '\u{301}', '\u{1161}', '\u{11A8}', '\u{3099}', '\u{F900}', '\u{212B}',
        ] {
            assert!(!is_nfc_as_written(c), "{c:?}");
        }
    }

    /// Without the `nfc` feature, a name that normalization could change is
    /// refused at its line, naming the feature; one it cannot is kept.
    #[cfg(not(feature = "nfc"))]
    #[test]
    fn names_normalization_could_change_need_the_nfc_feature() {
        let table = crate::parse::parse(
            "code,description
\u{ac00}.1,a
\u{1100}\u{1161}.2,b
\u{439}.3,c
"
            .as_bytes(),
        )
        .unwrap();
        let problems = entries(&table.rows).err().unwrap();
        let problems: Vec<String> = problems
            .iter()
            .map(|p| p.display("t.csv").to_string())
            .collect();
        assert_eq!(
            problems,
            [
                "t.csv:3: code `\u{1100}\u{1161}.2` becomes the variant `\u{1100}\u{1161}2`, which rustc reads in Unicode normalization form C, a form that may differ from text with `\\u{1100}`; checking that it clashes with no other needs the `nfc` feature of error-codes-core: turn it on, or give the row a `name`"
            ]
        );
    }

    /// Without the `nfc` feature, a placeholder's name that normalization
    /// could change is refused at its line, naming the feature.
    #[cfg(not(feature = "nfc"))]
    #[test]
    fn placeholder_names_normalization_could_change_need_the_nfc_feature() {
        let text = "code,description\nA.1,From {caf\u{e9}} to {cafe\u{301}}.\nA.2,To {\u{ac00}}.\n";
        let problems = crate::parse::parse(text.as_bytes()).err().unwrap();
        let problems: Vec<String> = problems
            .iter()
            .map(|p| p.display("t.csv").to_string())
            .collect();
        assert_eq!(
            problems,
            [
                "t.csv:2: the description of code `A.1`: placeholder `{cafe\u{301}}`, which rustc reads in Unicode normalization form C, a form that may differ from text with `\\u{301}`; checking that it clashes with no other needs the `nfc` feature of error-codes-core: turn it on, or name the placeholder in other letters"
            ]
        );
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
