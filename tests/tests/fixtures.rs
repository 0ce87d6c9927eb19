//! Tables nobody here wrote (PostgreSQL SQLSTATE, HTTP status, gRPC) and one
//! written to be awkward: for every row, every accessor and trait of the
//! generated enum agrees with the CSV as the `csv` crate reads it at test
//! time, and no string that is not a code is ever found, or panics.

mod support;

use error_codes_core::{ErrorCode, UnknownCode, VbsError, error_codes};
use heck::ToUpperCamelCase;
use std::collections::hash_map::DefaultHasher;
use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};
use std::str::FromStr;
use support::Row;

/// PostgreSQL SQLSTATE codes (module first, names unique).
#[error_codes(csv = "tests/fixtures/sqlstate_unique.csv")]
pub enum SqlState {}

/// HTTP status codes (module last).
#[error_codes(csv = "tests/fixtures/http_status.csv")]
pub enum HttpStatus {}

/// gRPC status codes (no module column).
#[error_codes(csv = "tests/fixtures/grpc.csv")]
pub enum Grpc {}

/// 294 distinct modules and six rows without one: more than a one-byte
/// module index can count (written for this test, see `fixtures/README.md`).
#[error_codes(csv = "tests/fixtures/many_modules.csv")]
pub enum ManyModules {}

/// 300 rows, each answered with a status of its own (100 to 399): more
/// distinct statuses than a one-byte index can count (written for this
/// test, see `fixtures/README.md`).
#[error_codes(csv = "tests/fixtures/many_statuses.csv")]
pub enum ManyStatuses {}

/// Codes of every length from 1 to 40 bytes, each the start of the next:
/// every length class of the lookup's sampled hash and word comparison
/// (written for this test, see `fixtures/README.md`).
#[error_codes(csv = "tests/fixtures/lengths.csv")]
pub enum Lengths {}

/// Pairs of codes alike in length and in their first and last 8 bytes, that
/// differ only in bytes 8 to 15 or only in bytes no word of the slot holds:
/// the full hash, the middle word and the byte comparison decide.
#[error_codes(csv = "tests/fixtures/lengths_alike.csv")]
pub enum LengthsAlike {}

/// Valid but awkward input: BOM, CRLF, quoting, padding, non-ASCII, and
/// long codes that agree on length, first 8 and last 8 bytes.
#[error_codes(csv = "tests/fixtures/tricky.csv")]
pub enum Tricky {}

/// Everything a generic user of [`ErrorCode`] can rely on.
trait Table:
    ErrorCode + Ord + Hash + FromStr<Err = UnknownCode> + for<'a> TryFrom<&'a str, Error = UnknownCode>
{
}
impl<E> Table for E where
    E: ErrorCode
        + Ord
        + Hash
        + FromStr<Err = UnknownCode>
        + for<'a> TryFrom<&'a str, Error = UnknownCode>
{
}

/// The variant name the documentation promises for a row: the `name` cell
/// in UpperCamelCase, else the code's alphanumeric pieces, each in
/// UpperCamelCase, with `E` in front of a leading digit.
fn expected_variant_name(row: &Row) -> String {
    if let Some(name) = &row.name {
        return name.to_upper_camel_case();
    }
    let joined: String = row
        .code
        .split(|c: char| !c.is_alphanumeric())
        .filter(|piece| !piece.is_empty())
        .map(|piece| piece.to_upper_camel_case())
        .collect();
    if joined.starts_with(|c: char| c.is_ascii_digit()) {
        format!("E{joined}")
    } else {
        joined
    }
}

/// What `description()` gives for a cell without markup: the cell with
/// its runs of white space as one space. `None` for a cell with markup,
/// which the tests of plain text check one by one.
fn plain_text_of_unmarked(cell: &str) -> Option<String> {
    if cell.contains(['*', '_', '`', '[', '\\', '<', '&']) {
        return None;
    }
    Some(cell.split_whitespace().collect::<Vec<_>>().join(" "))
}

fn hash_of<T: Hash>(value: &T) -> u64 {
    let mut hasher = DefaultHasher::new();
    value.hash(&mut hasher);
    hasher.finish()
}

/// Every row of `csv` against `E`, through the trait only.
fn check_every_row<E: Table>(csv: &str, count: usize) {
    let rows = support::read_rows(csv);
    assert!(!rows.is_empty());
    assert_eq!(count, rows.len(), "COUNT of {csv}");
    assert_eq!(E::ALL.len(), rows.len(), "ALL of {csv}");
    for (position, (&value, row)) in E::ALL.iter().zip(&rows).enumerate() {
        let line = position + 2;
        assert_eq!(value.code(), row.code, "{csv}:{line}");
        let plain = plain_text_of_unmarked(&row.description);
        if let Some(plain) = &plain {
            assert_eq!(value.description(), plain, "{csv}:{line}");
        }
        assert_eq!(value.module(), row.module.as_deref(), "{csv}:{line}");
        assert_eq!(E::from_code(&row.code), Some(value), "{csv}:{line}");
        assert_eq!(row.code.parse::<E>(), Ok(value), "{csv}:{line}");
        assert_eq!(E::try_from(row.code.as_str()), Ok(value), "{csv}:{line}");
        assert_eq!(
            value.to_string(),
            format!("{}: {}", row.code, value.description()),
            "{csv}:{line}"
        );
        assert_eq!(
            format!("{value:?}"),
            expected_variant_name(row),
            "{csv}:{line}"
        );
    }
}

/// Table order is the order of `Ord`, and equality and hashing agree.
fn check_order_and_identity<E: Table>() {
    for pair in E::ALL.windows(2) {
        assert!(pair[0] < pair[1], "{:?} < {:?}", pair[0], pair[1]);
    }
    let mut sorted: Vec<E> = E::ALL.iter().rev().copied().collect();
    sorted.sort();
    assert_eq!(sorted, E::ALL);
    for (i, a) in E::ALL.iter().enumerate() {
        for (j, b) in E::ALL.iter().enumerate() {
            assert_eq!(a == b, i == j, "{a:?} == {b:?}");
        }
        let found = E::from_code(a.code()).unwrap();
        assert_eq!(hash_of(a), hash_of(&found));
    }
    let distinct: HashSet<E> = E::ALL.iter().copied().collect();
    assert_eq!(distinct.len(), E::ALL.len());
}

/// Strings near `code`: one byte changed, added or removed, cut short,
/// recased, repeated, padded. Only those that are valid UTF-8.
fn near_misses(code: &str) -> Vec<String> {
    let bytes = code.as_bytes();
    let mut candidates: Vec<Vec<u8>> = Vec::new();
    for (at, &byte) in bytes.iter().enumerate() {
        for replacement in [byte ^ 0x01, byte ^ 0x20, byte ^ 0x80, b'?', 0] {
            let mut changed = bytes.to_vec();
            changed[at] = replacement;
            candidates.push(changed);
        }
        let mut removed = bytes.to_vec();
        removed.remove(at);
        candidates.push(removed);
        candidates.push(bytes[..at].to_vec());
        candidates.push(bytes[at + 1..].to_vec());
    }
    for extra in [&b"x"[..], b"0", b" ", b"\0", "\u{e9}".as_bytes()] {
        candidates.push([bytes, extra].concat());
        candidates.push([extra, bytes].concat());
    }
    candidates.push(code.to_uppercase().into_bytes());
    candidates.push(code.to_lowercase().into_bytes());
    candidates.push(bytes.repeat(2));
    candidates.push(bytes.repeat(1000));
    candidates.push([bytes, &[b'x'; 100_000][..]].concat());
    candidates
        .into_iter()
        .filter_map(|candidate| String::from_utf8(candidate).ok())
        .collect()
}

/// Strings unlike any code: empty, huge, non-ASCII, control characters.
fn far_misses() -> Vec<String> {
    vec![
        String::new(),
        " ".into(),
        "\0".into(),
        "\u{feff}".into(),
        "\r\n".into(),
        "a".repeat(1 << 20),
        "\u{e9}".repeat(100_000),
        "\u{c4}\u{d6}\u{dc}".into(),
        "\u{43a}\u{43e}\u{434}".into(),
        "\u{1f6ab}".into(),
        "e\u{301}".into(),
        "\u{10ffff}".repeat(9),
    ]
}

/// Every probe gives exactly the row whose code it is, or an
/// [`UnknownCode`] that names it, through every entry point.
fn check_lookups<E: Table>(table: &str, probes: &[String]) {
    let rows: HashMap<&str, E> = E::ALL.iter().map(|value| (value.code(), *value)).collect();
    for probe in probes {
        let expected = rows.get(probe.as_str()).copied();
        let shown = || format!("{:?}", probe.chars().take(40).collect::<String>());
        assert_eq!(E::from_code(probe), expected, "from_code({})", shown());
        let parsed = probe.parse::<E>();
        assert_eq!(parsed, E::try_from(probe.as_str()), "{}", shown());
        match (parsed, expected) {
            (Ok(value), Some(expected)) => assert_eq!(value, expected),
            (Err(error), None) => {
                assert_eq!(error.code(), probe);
                assert_eq!(error.enum_name(), table);
                let message = error.to_string();
                assert!(message.starts_with(&format!("unknown {table} code ")));
                // The input echoed up to 64 characters, then the length of
                // the rest (issue 21).
                let echoed = match probe.char_indices().nth(64) {
                    None => format!("{probe:?}"),
                    Some((cut, _)) => format!(
                        "{:?}... ({} more byte{})",
                        &probe[..cut],
                        probe.len() - cut,
                        if probe.len() - cut == 1 { "" } else { "s" }
                    ),
                };
                assert!(message.ends_with(&echoed), "{message}");
            }
            (parsed, expected) => panic!("{}: {parsed:?} but expected {expected:?}", shown()),
        }
    }
}

fn check_misses<E: Table>(table: &str) {
    let mut probes = far_misses();
    for value in E::ALL {
        probes.extend(near_misses(value.code()));
    }
    check_lookups::<E>(table, &probes);
}

/// The inherent items agree with the trait's (they are what most code calls).
macro_rules! inherent_items_agree_with_the_trait {
    ($table:ty) => {
        assert_eq!(<$table>::ALL, <$table as ErrorCode>::ALL);
        assert_eq!(<$table>::COUNT, <$table>::ALL.len());
        for value in <$table>::ALL {
            assert_eq!(value.code(), ErrorCode::code(value));
            assert_eq!(value.description(), ErrorCode::description(value));
            assert_eq!(value.module(), ErrorCode::module(value));
            assert_eq!(
                <$table>::from_code(value.code()),
                <$table as ErrorCode>::from_code(value.code())
            );
        }
    };
}

#[test]
fn every_sqlstate_row_is_a_variant_with_its_values() {
    check_every_row::<SqlState>("tests/fixtures/sqlstate_unique.csv", SqlState::COUNT);
    inherent_items_agree_with_the_trait!(SqlState);
}

#[test]
fn every_http_status_row_is_a_variant_with_its_values() {
    check_every_row::<HttpStatus>("tests/fixtures/http_status.csv", HttpStatus::COUNT);
    inherent_items_agree_with_the_trait!(HttpStatus);
}

#[test]
fn every_grpc_row_is_a_variant_without_a_module() {
    check_every_row::<Grpc>("tests/fixtures/grpc.csv", Grpc::COUNT);
    inherent_items_agree_with_the_trait!(Grpc);
    assert!(Grpc::ALL.iter().all(|code| code.module().is_none()));
}

#[test]
fn every_tricky_row_is_a_variant_with_its_values() {
    check_every_row::<Tricky>("tests/fixtures/tricky.csv", Tricky::COUNT);
    inherent_items_agree_with_the_trait!(Tricky);
}

#[test]
fn every_row_of_a_table_with_hundreds_of_modules_has_its_own() {
    check_every_row::<ManyModules>("tests/fixtures/many_modules.csv", ManyModules::COUNT);
    const WIDE: Option<&str> = ManyModules::Wide0257.module();
    assert_eq!(WIDE, Some("Module257"));
    assert_eq!(ManyModules::Wide0299.module(), None);
}

#[test]
fn every_row_of_a_table_with_hundreds_of_statuses_has_its_own() {
    assert_eq!(ManyStatuses::COUNT, 300);
    for (row, status) in ManyStatuses::ALL.iter().enumerate() {
        let expected = 100 + row as u16;
        assert_eq!(status.http_status(), Some(expected), "{}", status.code());
        assert_eq!(status.http_statuses(), &[expected]);
    }
}

#[test]
fn codes_of_every_length_are_found_and_nothing_near_them_is() {
    check_every_row::<Lengths>("tests/fixtures/lengths.csv", Lengths::COUNT);
    check_misses::<Lengths>("Lengths");
    check_every_row::<LengthsAlike>("tests/fixtures/lengths_alike.csv", LengthsAlike::COUNT);
    check_misses::<LengthsAlike>("LengthsAlike");
    let far = "ABCDEFGHIJKLMNOPQRSTxVWXYZ012345";
    assert_eq!(LengthsAlike::from_code(far), Some(LengthsAlike::Len32Far));
    assert_eq!(LengthsAlike::from_code(&far.replace('x', "y")), None);
}

#[test]
fn variants_are_ordered_as_the_table_and_hash_as_they_compare() {
    check_order_and_identity::<SqlState>();
    check_order_and_identity::<HttpStatus>();
    check_order_and_identity::<Grpc>();
    check_order_and_identity::<Tricky>();
}

#[test]
fn sqlstate_finds_nothing_that_is_not_exactly_a_code() {
    check_misses::<SqlState>("SqlState");
}

#[test]
fn http_status_finds_nothing_that_is_not_exactly_a_code() {
    check_misses::<HttpStatus>("HttpStatus");
}

#[test]
fn grpc_finds_nothing_that_is_not_exactly_a_code() {
    check_misses::<Grpc>("Grpc");
}

#[test]
fn tricky_finds_nothing_that_is_not_exactly_a_code() {
    check_misses::<Tricky>("Tricky");
}

#[test]
fn vbs_error_finds_nothing_that_is_not_exactly_a_code() {
    check_misses::<VbsError>("VbsError");
}

#[test]
fn awkward_fields_come_back_exactly() {
    assert_eq!(Tricky::Plain1.description(), "Comma, inside, twice");
    assert_eq!(Tricky::Plain1.module(), Some("Spaced module"));
    // CommonMark reads `*/ /*` as emphasis of `/ /`, as a rendered page
    // shows it; the rustdoc keeps the stars.
    assert_eq!(
        Tricky::Quote2.description(),
        r#"He said "hi" \ {} {0} / / done"#
    );
    // A line break in a cell reads as a space.
    assert_eq!(Tricky::Newline3.description(), "First line second line");
    assert_eq!(
        Tricky::Unicode4.description(),
        "\u{c9}chec de l\u{2019}op\u{e9}ration \u{2014} \u{5931}\u{8d25} \u{1f6ab} \u{f1}"
    );
    assert_eq!(
        Tricky::Unicode4.module(),
        Some("\u{dc}n\u{ef}c\u{f6}d\u{e9}")
    );
    assert_eq!(Tricky::Spaced5.code(), "spaced.5");
    assert_eq!(Tricky::Spaced5.description(), "quoted and padded");
    assert_eq!(Tricky::Spaced5.module(), None);
    assert_eq!(Tricky::WeirdName.code(), "named.6");
    assert_eq!(Tricky::WeirdName.description(), "unquoted and padded");
    assert_eq!(
        Tricky::E7StartsWithDigit.description(),
        r#"#[doc = "not an attribute"] code html"#
    );
    assert_eq!(
        Tricky::Cyrillic.code(),
        "\u{43e}\u{448}\u{438}\u{431}\u{43a}\u{430}.8"
    );
    assert_eq!(Tricky::COUNT, 11);
    assert_eq!(
        Tricky::Quote2.to_string(),
        r#"quote.2: He said "hi" \ {} {0} / / done"#
    );
}

#[test]
fn long_codes_alike_in_length_head_and_tail_are_told_apart() {
    let long = [
        Tricky::TrickyLongAlphaEnding00,
        Tricky::TrickyLongBravoEnding00,
        Tricky::TrickyLongCharlEnding00,
    ];
    let first = long[0].code().as_bytes();
    let tail = first.len() - 8;
    for value in long {
        let code = value.code().as_bytes();
        assert_eq!(code.len(), first.len());
        assert_eq!(code[..8], first[..8]);
        assert_eq!(code[tail..], first[tail..]);
        assert_eq!(Tricky::from_code(value.code()), Some(value));
    }
    let mut lookalikes = Vec::new();
    for middle in [
        "delta",
        "alphb",
        "Alpha",
        "charm",
        "bravO",
        "\0\0\0\0\0",
        "aaaaa",
    ] {
        lookalikes.push(format!("tricky.long.{middle}.ending00"));
    }
    for at in 8..tail {
        let mut changed = first.to_vec();
        changed[at] ^= 0x01;
        lookalikes.push(String::from_utf8(changed).unwrap());
    }
    for lookalike in &lookalikes {
        assert_eq!(lookalike.len(), first.len());
        assert_eq!(Tricky::from_code(lookalike), None, "{lookalike:?}");
    }
    check_lookups::<Tricky>("Tricky", &lookalikes);
}
