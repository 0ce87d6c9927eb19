//! Tables whose lookup the builder once refused or found only after every
//! seed: they compile, every code finds its own
//! variant, and nothing one byte away finds anything.

mod support;

use error_codes_core::{ErrorCode, error_codes};

/// Codes alike at both ends beside short codes: refused before (written
/// for this test, see `fixtures/README.md`).
#[error_codes(csv = "tests/fixtures/alike_beside_short.csv", code_macro = false)]
pub enum AlikeBesideShort {}

/// Zero-padded numbers of several widths: every seed tried before.
#[error_codes(csv = "tests/fixtures/zero_padded.csv", code_macro = false)]
pub enum ZeroPadded {}

#[test]
fn codes_alike_at_both_ends_beside_short_codes_are_found_exactly() {
    check::<AlikeBesideShort>("tests/fixtures/alike_beside_short.csv");
}

#[test]
fn zero_padded_numbers_of_every_width_are_found_exactly() {
    check::<ZeroPadded>("tests/fixtures/zero_padded.csv");
}

/// Every code finds its own value, and nothing one byte away (one byte
/// changed, one more, one fewer) finds anything.
fn check<E: ErrorCode + PartialEq>(csv: &str) {
    let rows = support::read_rows(csv);
    assert_eq!(rows.len(), E::ALL.len());
    let codes: Vec<&str> = rows.iter().map(|row| row.code.as_str()).collect();
    for (&value, code) in E::ALL.iter().zip(&codes) {
        assert_eq!(value.code(), *code);
        assert_eq!(E::from_code(code), Some(value), "{code}");
        let mut near = vec![format!("{code}0"), code[1..].to_owned()];
        for at in 0..code.len() {
            let mut bytes = code.as_bytes().to_vec();
            bytes[at] ^= 1;
            near.push(String::from_utf8(bytes).expect("ASCII codes"));
        }
        for miss in near.iter().filter(|miss| !codes.contains(&miss.as_str())) {
            assert_eq!(E::from_code(miss), None, "{miss} near {code}");
        }
    }
}
