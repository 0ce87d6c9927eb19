//! Numeric codes as numbers (issue 20): when every code of a table is a
//! decimal integer, each variant's discriminant is its code, in the `repr`
//! that holds every code (or the user's), while `ALL` and `Ord` keep the
//! table's order; `TryFrom<i64>` and `TryFrom` of the `repr`'s integer
//! name the number and the enum when no code is that number.

use core::mem::size_of;
use error_codes_core::{ErrorCode, UnknownNumber, error_codes};

/// Statuses from 100 to 599: the macro adds `#[repr(u16)]`.
#[error_codes(csv = "tests/fixtures/http_status.csv", code_macro = false)]
pub enum Http {}

/// The same table in the user's wider `repr`.
#[error_codes(csv = "tests/fixtures/http_status.csv", code_macro = false)]
#[repr(u32)]
pub enum Http32 {}

/// The same table in 128 bits, whose numbers could wrap onto a code.
#[error_codes(csv = "tests/fixtures/http_status.csv", code_macro = false)]
#[repr(i128)]
pub enum Http128 {}

/// -1, 0, 1, 404, -32768, i64::MAX in that order: signed, 64 bits, and a
/// table order that is not the numbers' order.
#[error_codes(csv = "tests/fixtures/signed_numbers.csv", code_macro = false)]
pub enum Signed {}

/// `001`, `002`, `010`: the numbers 1, 2 and 10.
#[error_codes(csv = "tests/fixtures/padded_numbers.csv", code_macro = false)]
pub enum Padded {}

/// 5,000 codes from -6000 by 3: past the size where the macro reads the
/// values from a static of integers (`values.rs`), which then holds codes.
#[error_codes(csv = "tests/fixtures/numbers_5000.csv", code_macro = false)]
pub enum Many {}

/// `0`, `7`, `007` and `-1`: `7` and `007` are the same number, so the
/// codes are not numbers (no `as_i64`, no `TryFrom<i64>`), and the
/// discriminants stay `0..4`.
#[error_codes(csv = "tests/fixtures/numeric.csv", code_macro = false)]
pub enum Ambiguous {}

#[test]
fn each_discriminant_is_its_code() {
    assert_eq!(Http::NotFound as u16, 404);
    assert_eq!(Http::Ok as u16, 200);
    assert_eq!(Http32::NotFound as u32, 404);
    assert_eq!(Signed::Minus32768 as i64, -32768);
    assert_eq!(Signed::E9223372036854775807 as i64, i64::MAX);
    assert_eq!(Padded::E010 as u8, 10);
    for &status in Http::ALL {
        assert_eq!(i64::from(status as u16), status.as_i64());
        assert_eq!(status.code(), (status as u16).to_string());
    }
    for &value in Many::ALL {
        assert_eq!(value.code(), (value as i16).to_string());
        assert_eq!(Many::from_i64(value.as_i64()), Some(value));
    }
    assert_eq!(Many::ALL.len(), 5000);
    assert_eq!(Many::ALL[4999] as i16, -6000 + 3 * 4999);
}

#[test]
fn the_repr_is_the_narrowest_that_holds_every_code_or_the_users() {
    assert_eq!(size_of::<Http>(), 2);
    assert_eq!(size_of::<Http32>(), 4);
    assert_eq!(size_of::<Signed>(), 8);
    assert_eq!(size_of::<Padded>(), 1);
    assert_eq!(size_of::<Many>(), 2);
    assert_eq!(size_of::<Ambiguous>(), 1);
    assert_eq!(Ambiguous::Agent as u8, 2);
}

#[test]
fn all_and_ord_keep_the_table_order() {
    let codes: Vec<&str> = Signed::ALL.iter().map(ErrorCode::code).collect();
    assert_eq!(
        codes,
        ["-1", "0", "1", "404", "-32768", "9223372036854775807"]
    );
    // By number -32768 comes first; by table it comes after 404.
    assert!(Signed::E404 < Signed::Minus32768);
    assert!(Signed::Minus1 < Signed::E0);
    let mut sorted = Signed::ALL.to_vec();
    sorted.reverse();
    sorted.sort();
    assert_eq!(sorted, Signed::ALL);
    assert_eq!(Signed::E1.cmp(&Signed::E1), core::cmp::Ordering::Equal);
    assert_eq!(
        Signed::Minus32768.partial_cmp(&Signed::E0),
        Some(core::cmp::Ordering::Greater)
    );
    let mut many = Many::ALL.to_vec();
    many.reverse();
    many.sort_unstable();
    assert_eq!(many, Many::ALL);
}

#[test]
fn try_from_finds_a_code_or_names_the_number_and_the_enum() {
    assert_eq!(Http::try_from(404_i64), Ok(Http::NotFound));
    assert_eq!(Http::try_from(404_u16), Ok(Http::NotFound));
    assert_eq!(Http32::try_from(418_u32), Ok(Http32::ImATeapot));
    assert_eq!(Signed::try_from(-32768_i64), Ok(Signed::Minus32768));
    assert_eq!(Padded::try_from(2_u8), Ok(Padded::E002));
    assert_eq!(Many::try_from(-6000_i16), Ok(Many::ALL[0]));

    let error = Http::try_from(999_u16).unwrap_err();
    assert_eq!(error, UnknownNumber::new("Http", 999));
    assert_eq!(error.number(), 999);
    assert_eq!(error.enum_name(), "Http");
    assert_eq!(error.to_string(), "unknown Http code 999");
    assert_eq!(
        Http::try_from(-404_i64).unwrap_err().to_string(),
        "unknown Http code -404"
    );
    // Numbers past `i64` are named as given, not wrapped.
    assert_eq!(
        Http32::try_from(u32::MAX).unwrap_err().number(),
        i128::from(u32::MAX)
    );
    assert_eq!(
        Signed::try_from(i64::MIN).unwrap_err().to_string(),
        "unknown Signed code -9223372036854775808"
    );
    assert_eq!(Padded::try_from(3_u8).unwrap_err().number(), 3);
    assert_eq!(Http128::try_from(404_i128), Ok(Http128::NotFound));
    let wraps_onto_404 = (1_i128 << 64) + 404;
    assert_eq!(
        Http128::try_from(wraps_onto_404).unwrap_err().number(),
        wraps_onto_404
    );
    assert_eq!(Many::try_from(-5999_i16).unwrap_err().number(), -5999);
}

#[test]
fn from_i64_finds_exactly_the_codes_dense_or_sparse() {
    // Http's codes are close together: a table by number (every number
    // from 90 to 610 asked); Signed's are not: the decimal text's hash.
    let known: Vec<i64> = Http::ALL.iter().map(|s| s.as_i64()).collect();
    for number in 90..610 {
        let found = Http::from_i64(number);
        assert_eq!(found.is_some(), known.contains(&number), "{number}");
        assert!(found.is_none_or(|status| status.as_i64() == number));
    }
    for number in [
        i64::MIN,
        i64::MAX,
        -1,
        0,
        99,
        600,
        100 - 65_536,
        100 + 65_536,
    ] {
        assert_eq!(
            Http::from_i64(number).map(|status| status.as_i64()),
            known.contains(&number).then_some(number)
        );
    }
    for &value in Signed::ALL {
        assert_eq!(Signed::from_i64(value.as_i64()), Some(value));
    }
    assert_eq!(Signed::from_i64(2), None);
    assert_eq!(Many::from_i64(-5997), Some(Many::ALL[1]));
    assert_eq!(Many::from_i64(-5998), None);
    assert_eq!(Many::from_i64(-6003), None);
    assert_eq!(Many::from_i64(-6000 + 3 * 5000), None);
}
