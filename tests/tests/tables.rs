//! Real tables as published: repeated codes, module subsets,
//! numeric codes, codes that are phrases, and descriptions as plain text.
//! The tables are written for these tests (`fixtures/README.md`).

use error_codes_core::{ErrorCode, error_codes};

/// Every code once, the first row's cells.
#[error_codes(
    csv = "tests/fixtures/parcels.csv",
    duplicates = "merge",
    code_macro = false
)]
pub enum Parcels {}

/// One API operation's codes.
#[error_codes(
    csv = "tests/fixtures/parcels.csv",
    module = "Tracking a Parcel",
    code_macro = false
)]
pub enum Tracking {}

/// Two operations' codes, unique among their rows.
#[error_codes(
    csv = "tests/fixtures/parcels.csv",
    modules = ["Tracking a Parcel", "Returning a Parcel"],
    code_macro = false
)]
pub enum AfterSending {}

/// An operation whose own rows repeat a code, merged.
#[error_codes(
    csv = "tests/fixtures/parcels.csv",
    module = "Sending a Parcel",
    duplicates = "merge",
    code_macro = false
)]
pub enum Sending {}

#[error_codes(csv = "tests/fixtures/signed_numbers.csv")]
pub enum Signed {}

#[error_codes(csv = "tests/fixtures/padded_numbers.csv", code_macro = false)]
pub enum Padded {}

#[error_codes(csv = "tests/fixtures/phrases.csv", allow_spaces = true)]
pub enum Phrases {}

#[error_codes(csv = "tests/fixtures/markup.csv", code_macro = false)]
pub enum Markup {}

#[error_codes(csv = "tests/fixtures/http_status.csv", code_macro = false)]
pub enum Http {}

fn codes<E: ErrorCode>() -> Vec<&'static str> {
    E::ALL.iter().map(ErrorCode::code).collect()
}

#[test]
fn merged_codes_are_one_variant_with_the_first_rows_cells() {
    assert_eq!(
        codes::<Parcels>(),
        [
            "Parcel.0001",
            "Parcel.0002",
            "Parcel.0003",
            "Parcel.0004",
            "Parcel.0005",
            "Parcel.0006"
        ]
    );
    assert_eq!(
        Parcels::Parcel0002.description(),
        "The address has no postcode."
    );
    assert_eq!(
        Parcels::Parcel0003.description(),
        "The parcel is larger than the locker."
    );
    assert_eq!(Parcels::Parcel0003.module(), Some("Sending a Parcel"));
    assert_eq!(Parcels::from_code("Parcel.0003"), Some(Parcels::Parcel0003));
    assert_eq!(
        Parcels::Parcel0001.description(),
        "The parcel is heavier than 30 kg."
    );
}

#[test]
fn a_module_is_an_enum_of_its_own_rows() {
    assert_eq!(codes::<Tracking>(), ["Parcel.0003", "Parcel.0004"]);
    assert_eq!(
        Tracking::Parcel0003.description(),
        "No parcel has this tracking number. Check the number on the receipt."
    );
    assert_eq!(Tracking::Parcel0003.module(), Some("Tracking a Parcel"));
    assert_eq!(Tracking::from_code("Parcel.0001"), None);
    assert_eq!(Tracking::COUNT, 2);

    assert_eq!(
        codes::<AfterSending>(),
        ["Parcel.0003", "Parcel.0004", "Parcel.0005", "Parcel.0006"]
    );
    assert_eq!(
        AfterSending::Parcel0005.module(),
        Some("Returning a Parcel")
    );

    assert_eq!(
        codes::<Sending>(),
        ["Parcel.0001", "Parcel.0002", "Parcel.0003"]
    );
    assert_eq!(
        Sending::Parcel0003.description(),
        "The parcel is larger than the locker."
    );
}

#[test]
fn numeric_codes_convert_to_and_from_i64() {
    let expected: [(Signed, i64); 6] = [
        (Signed::Minus1, -1),
        (Signed::E0, 0),
        (Signed::E1, 1),
        (Signed::E404, 404),
        (Signed::Minus32768, -32768),
        (Signed::E9223372036854775807, i64::MAX),
    ];
    assert_eq!(Signed::COUNT, expected.len());
    for (value, number) in expected {
        assert_eq!(value.as_i64(), number);
        assert_eq!(i64::from(value), number);
        assert_eq!(Signed::from_i64(number), Some(value));
        assert_eq!(value.code(), number.to_string());
    }
    for missing in [
        2,
        -2,
        40,
        4040,
        i64::MIN,
        i64::MAX - 1,
        -9223372036854775807,
    ] {
        assert_eq!(Signed::from_i64(missing), None, "{missing}");
    }
    const NOT_FOUND: i64 = Signed::E404.as_i64();
    assert_eq!(NOT_FOUND, 404);
    assert_eq!(signed!("-1"), Signed::Minus1);
    assert_ne!(Signed::Minus1, Signed::E1);
}

#[test]
fn numbers_with_leading_zeros_are_found_by_value() {
    assert_eq!(Padded::E001.as_i64(), 1);
    assert_eq!(Padded::from_i64(10), Some(Padded::E010));
    assert_eq!(Padded::from_i64(1).map(|v| v.code()), Some("001"));
    assert_eq!(Padded::from_i64(3), None);
    assert_eq!(Padded::from_code("1"), None);
}

#[test]
fn every_http_status_is_its_number() {
    for &status in Http::ALL {
        let number: i64 = status.code().parse().expect("numeric");
        assert_eq!(status.as_i64(), number);
        assert_eq!(Http::from_i64(number), Some(status));
    }
    assert_eq!(
        Http::from_i64(418).map(|s| s.description()),
        Some("I'm a teapot")
    );
}

#[test]
fn phrases_are_codes_when_the_table_allows_spaces() {
    assert_eq!(Phrases::from_code("Not Found"), Some(Phrases::NotFound));
    assert_eq!(Phrases::from_code("NotFound"), None);
    assert_eq!(phrases!("Moved Permanently"), Phrases::MovedPermanently);
}

#[test]
fn descriptions_read_as_the_rendered_cells() {
    let plain: Vec<&str> = Markup::ALL.iter().map(|m| m.description()).collect();
    assert_eq!(
        plain,
        [
            "The field name is required.",
            "Set max_size or min_size first.",
            "See the limits page for the _default_ values.",
            "Rejected by the filter. Note: See filters and the guide.",
            "A size of 2**31 bytes or more is refused.",
            "Stars ** ** and **** are text.",
            "Two lines and spaces.",
        ]
    );
    assert_eq!(
        Markup::Mark1.to_string(),
        "Mark.1: The field name is required."
    );
}

/// The derive takes `duplicates`, `module(s)` and `allow_spaces` too.
#[derive(error_codes_core::ErrorCode, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[error_code(csv = "tests/fixtures/parcels.csv", duplicates = "merge")]
pub enum Lockers {
    #[code = "Parcel.0003"]
    TooLarge,
}

#[derive(error_codes_core::ErrorCode, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[error_code(csv = "tests/fixtures/phrases.csv", allow_spaces = true)]
pub enum Gone {
    #[code = "Gone"]
    Gone,
    #[code = "Not Found"]
    NotFound,
}

/// A code of one operation, named by hand.
#[derive(error_codes_core::ErrorCode, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[error_code(csv = "tests/fixtures/parcels.csv", module = "Tracking a Parcel")]
pub enum TrackingSubset {
    #[code = "Parcel.0003"]
    UnknownNumber,
}

#[test]
fn the_derive_merges_and_allows_spaces_too() {
    assert_eq!(
        TrackingSubset::UnknownNumber.description(),
        "No parcel has this tracking number. Check the number on the receipt."
    );
    assert_eq!(
        TrackingSubset::UnknownNumber.module(),
        Some("Tracking a Parcel")
    );
    assert_eq!(
        Lockers::TooLarge.description(),
        "The parcel is larger than the locker."
    );
    assert_eq!(Lockers::TooLarge.module(), Some("Sending a Parcel"));
    assert_eq!(Gone::from_code("Not Found"), Some(Gone::NotFound));
    assert_eq!(Gone::from_code("Moved Permanently"), None);
}

/// A hand-named subset of a numeric table converts too, within the subset.
#[derive(error_codes_core::ErrorCode, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[error_code(csv = "tests/fixtures/signed_numbers.csv")]
pub enum Failures {
    #[code = "-1"]
    Unknown,
    #[code = "1"]
    Refused,
}

#[test]
fn a_derived_subset_of_numbers_converts_within_itself() {
    assert_eq!(Failures::Unknown.as_i64(), -1);
    assert_eq!(Failures::from_i64(1), Some(Failures::Refused));
    assert_eq!(Failures::from_i64(0), None); // in the table, not in the subset
}
