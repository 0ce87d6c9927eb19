//! Tables whose lookup the builder once refused or found only after every
//! seed (issue 13, items 1 and 14): they compile, every code finds its own
//! variant, and nothing one byte away finds anything.

mod support;

use error_codes_core::{ErrorCode, error_codes};

/// Codes alike at both ends beside short codes and zero-padded numbers
/// (written for this test, see `fixtures/README.md`).
#[error_codes(csv = "tests/fixtures/alike_beside_short.csv", code_macro = false)]
pub enum AlikeBesideShort {}

#[test]
fn every_code_finds_its_variant_and_nothing_one_byte_away_does() {
    let rows = support::read_rows("tests/fixtures/alike_beside_short.csv");
    assert_eq!(rows.len(), AlikeBesideShort::COUNT);
    let codes: Vec<&str> = rows.iter().map(|row| row.code.as_str()).collect();
    for (&value, code) in AlikeBesideShort::ALL.iter().zip(&codes) {
        assert_eq!(value.code(), *code);
        assert_eq!(AlikeBesideShort::from_code(code), Some(value), "{code}");
        let mut near = vec![format!("{code}0"), code[1..].to_owned()];
        for at in 0..code.len() {
            let mut bytes = code.as_bytes().to_vec();
            bytes[at] ^= 1;
            near.push(String::from_utf8(bytes).expect("ASCII codes"));
        }
        for miss in near.iter().filter(|miss| !codes.contains(&miss.as_str())) {
            assert_eq!(
                AlikeBesideShort::from_code(miss),
                None,
                "{miss} near {code}"
            );
        }
    }
}
