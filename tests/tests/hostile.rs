//! Valid tables that a careless expansion would refuse or get wrong: codes
//! named like the items the generated code uses, big tables, odd line
//! endings. Every row must round-trip.

use error_codes_core::{ErrorCode, error_codes};

/// Every value's code leads back to it, by every way in, and `ALL` lists
/// the values in table order.
fn round_trips<E>(expected_codes: &[&str])
where
    E: ErrorCode + PartialEq + core::str::FromStr + for<'a> TryFrom<&'a str>,
    <E as core::str::FromStr>::Err: core::fmt::Debug,
{
    let codes: Vec<&str> = E::ALL.iter().map(ErrorCode::code).collect();
    assert_eq!(codes, expected_codes);
    for &value in E::ALL {
        let code = value.code();
        assert!(E::from_code(code) == Some(value), "from_code({code:?})");
        assert!(code.parse::<E>().ok() == Some(value), "parse({code:?})");
        assert!(E::try_from(code).ok() == Some(value), "try_from({code:?})");
    }
    assert!(E::from_code("").is_none());
}

/// Variants `Err` and `Error` beside the `Err` and `Error` associated types
/// of `FromStr` and `TryFrom`, which the generated impls must not confuse.
#[error_codes(csv = "tests/hostile/result_words.csv", code_macro = false)]
pub enum ResultWords {}

#[test]
fn codes_named_like_associated_types() {
    round_trips::<ResultWords>(&["Err", "error", "Ok"]);
    assert_eq!(ResultWords::Error.code(), "error");
    let unknown = "nope".parse::<ResultWords>().unwrap_err();
    assert_eq!(unknown.code(), "nope");
}

/// A derive whose variants are named `Error` and `Err`.
#[derive(error_codes_core::ErrorCode, Debug, Clone, Copy, PartialEq, Eq)]
#[error_code(csv = "tests/hostile/result_words.csv")]
pub enum ResultWordsSubset {
    #[code = "error"]
    Error,
    #[code = "Err"]
    Err,
}

#[test]
fn derive_variants_named_like_associated_types() {
    round_trips::<ResultWordsSubset>(&["error", "Err"]);
}

/// A variant named like its enum, which `Self` must not confuse.
#[error_codes(csv = "tests/hostile/own_name.csv", code_macro = false)]
pub enum Status {}

#[test]
fn a_variant_named_like_its_enum() {
    round_trips::<Status>(&["status", "status.ok"]);
    assert_eq!(Status::Status.code(), "status");
}

/// 257 rows: one more than a byte numbers, so the discriminants take two.
#[error_codes(csv = "ui/csv/rows_257.csv", code_macro = false)]
pub enum Rows257 {}

/// The same rows under a `repr` wide enough, which the macro keeps.
#[error_codes(csv = "ui/csv/rows_257.csv", code_macro = false)]
#[repr(i32)]
pub enum Rows257Wide {}

/// `#[repr(C)]` gives the discriminants no Rust type to be made from, so
/// its values come from a table that names them.
#[error_codes(csv = "ui/csv/rows_257.csv", code_macro = false)]
#[repr(C)]
pub enum Rows257C {}

#[test]
fn tables_past_a_byte_round_trip_under_every_repr() {
    let codes: Vec<String> = (1..=257).map(|row| format!("row.{row}")).collect();
    let codes: Vec<&str> = codes.iter().map(String::as_str).collect();
    round_trips::<Rows257>(&codes);
    round_trips::<Rows257Wide>(&codes);
    round_trips::<Rows257C>(&codes);
    assert_eq!(size_of::<Rows257>(), 2);
    assert_eq!(size_of::<Option<Rows257>>(), 2);
    assert_eq!(size_of::<Rows257Wide>(), 4);
    assert_eq!(Rows257::ALL[256], Rows257::Row257);
    assert_eq!(Rows257::Row257 as usize, 256);
}

/// 10,000 rows: past the size where values are made from discriminants
/// rather than named (`values.rs`), so that path round-trips too. The table
/// is the benchmarks' synthetic one.
#[error_codes(csv = "../benches/data/synthetic_10000.csv", code_macro = false)]
pub enum Synthetic10000 {}

#[test]
fn a_table_of_ten_thousand_rows_round_trips() {
    let table = std::fs::read_to_string("../benches/data/synthetic_10000.csv").unwrap();
    let codes: Vec<&str> = table
        .lines()
        .skip(1)
        .map(|line| line.split(',').nth(1).unwrap())
        .collect();
    assert_eq!(codes.len(), 10_000);
    round_trips::<Synthetic10000>(&codes);
    assert_eq!(size_of::<Synthetic10000>(), 2);
    assert_eq!(size_of::<Option<Synthetic10000>>(), 2);
    assert_eq!(Synthetic10000::ALL[9_999] as usize, 9_999);
}

/// An enum inside a function body, default macro and all, under
/// `deny(warnings)`: its exported macro tripped `non_local_definitions`
/// once. The macro cannot reach a local enum (`$crate::Local` names
/// nothing), so the enum is used directly.
#[deny(warnings)]
fn local_table() -> Option<&'static str> {
    #[error_codes(csv = "tests/hostile/own_name.csv")]
    enum Local {}
    Local::from_code("status.ok").map(|code| code.description())
}

#[test]
fn an_enum_inside_a_function() {
    assert_eq!(local_table(), Some("A second code."));
}

/// `enum Gen`'s checked-code macro is `r#gen!` in edition 2024, where `gen`
/// is reserved (`tests/renamed_crate.rs` calls it `gen!` from an
/// edition-2021 crate).
#[error_codes(csv = "ui/csv/valid.csv")]
pub enum Gen {}

#[test]
fn the_macro_of_enum_gen_is_a_raw_identifier() {
    assert_eq!(r#gen!("A.1"), Gen::from_code("A.1").unwrap());
}

/// A column whose heading is a keyword is read by its raw
/// identifier, and a primitive written with its full path is that
/// primitive, not a user enum.
#[error_codes(
    csv = "tests/hostile/keyword_heading.csv",
    columns(r#type: &str, status: ::core::primitive::u16),
    code_macro = false
)]
pub enum KeywordHeading {}

#[test]
fn raw_and_full_path_column_declarations() {
    assert_eq!(KeywordHeading::K1.r#type(), "transient");
    let status: u16 = KeywordHeading::K2.status();
    assert_eq!(status, 410);
}

/// A cell is inline content, so what opens a block in a document
/// (`#`, `>`, `-`, `1.`, `*`, a `---` line) is text, and a tag that is no
/// HTML element (`<name>`) is text; `ignore` may name a column under two
/// spellings.
#[error_codes(
    csv = "tests/hostile/block_syntax.csv",
    code_macro = false,
    columns(hint: &str),
    ignore = ["Solution", "solution"],
)]
pub enum BlockSyntax {}

#[test]
fn block_syntax_in_a_cell_is_text() {
    assert_eq!(BlockSyntax::R1.description(), "# of retries exceeded.");
    assert_eq!(BlockSyntax::R2.description(), "> 100 items were requested.");
    assert_eq!(BlockSyntax::R3.description(), "-");
    assert_eq!(
        BlockSyntax::R4.description(),
        "Parameter <name> is invalid. --- See the guide."
    );
    assert_eq!(
        BlockSyntax::R4.to_string(),
        "R.4: Parameter <name> is invalid. --- See the guide."
    );
    let hints: Vec<&str> = BlockSyntax::ALL.iter().map(|e| e.hint()).collect();
    assert_eq!(
        hints,
        ["- or nothing", "<id> of the bucket", "1. Retry", "* any"]
    );
}

/// Variants spelled with acronyms, as Rust enums often are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    HTTPError,
    IOFailure,
    TimedOut,
    HttpError,
}

/// A user-enum cell spelled exactly as the variant (`HTTPError`)
/// names it; other spellings are still put in UpperCamelCase.
#[error_codes(
    csv = "tests/hostile/acronym_variants.csv",
    code_macro = false,
    columns(kind: Kind)
)]
pub enum Acronyms {}

#[test]
fn a_cell_spelled_as_the_variant_names_it() {
    let kinds: Vec<Kind> = Acronyms::ALL.iter().map(|e| e.kind()).collect();
    assert_eq!(
        kinds,
        [
            Kind::HTTPError,
            Kind::IOFailure,
            Kind::TimedOut,
            Kind::HttpError
        ]
    );
}
