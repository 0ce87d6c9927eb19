//! Typed columns, real headings, ignored columns and retired codes: every
//! column type on a table written for this test (`fixtures/types.csv`), and
//! the HTTP status of every gRPC code from `google/rpc/code.proto`
//! (`fixtures/grpc_http.csv`, source in `fixtures/README.md`).

// The table's third row is retired; using it here is the point.
#![allow(deprecated)]

use error_codes_core::{ErrorCode, error_codes};

/// How bad a code is: the `Level` columns name these variants.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Info,
    Warning,
    Error,
}

/// Every column type, at its extremes.
#[error_codes(
    csv = "tests/fixtures/types.csv",
    columns(
        flag: bool,
        tiny: i8,
        short: i16,
        int: i32,
        long: i64,
        huge: i128,
        pointer: isize,
        byte: u8,
        port: u16,
        count: u32,
        big: u64,
        giant: u128,
        size: usize,
        ratio: f32,
        precise: f64,
        letter: char,
        label: &str,
        level: Level,
        maybe_port: Option<u16>,
        maybe_label: Option<&'static str>,
        maybe_flag: Option<bool>,
        maybe_letter: Option<char>,
        maybe_ratio: Option<f64>,
        maybe_level: Option<crate::Level>,
        maybe_huge: core::option::Option<i128>,
    ),
    ignore = ["Solution"]
)]
pub enum Types {}

#[test]
fn every_type_reads_its_cell() {
    use Types::{T1, T2, T3};
    assert_eq!([T1.flag(), T2.flag(), T3.flag()], [true, false, true]);
    assert_eq!([T1.tiny(), T2.tiny(), T3.tiny()], [i8::MIN, i8::MAX, 0]);
    assert_eq!(
        [T1.short(), T2.short(), T3.short()],
        [i16::MIN, i16::MAX, 1]
    );
    assert_eq!([T1.int(), T2.int(), T3.int()], [i32::MIN, i32::MAX, -1]);
    assert_eq!([T1.long(), T2.long(), T3.long()], [i64::MIN, i64::MAX, 42]);
    assert_eq!([T1.huge(), T2.huge(), T3.huge()], [i128::MIN, i128::MAX, 7]);
    assert_eq!(
        [T1.pointer(), T2.pointer(), T3.pointer()],
        [-5, 9_000_000_000, 0]
    );
    assert_eq!([T1.byte(), T2.byte(), T3.byte()], [0, u8::MAX, 1]);
    assert_eq!([T1.port(), T2.port(), T3.port()], [0, u16::MAX, 8080]);
    assert_eq!([T1.count(), T2.count(), T3.count()], [0, u32::MAX, 100]);
    assert_eq!([T1.big(), T2.big(), T3.big()], [0, u64::MAX, 5]);
    assert_eq!([T1.giant(), T2.giant(), T3.giant()], [0, u128::MAX, 9]);
    assert_eq!([T1.size(), T2.size(), T3.size()], [0, usize::MAX, 3]);
    assert_eq!([T1.ratio(), T2.ratio(), T3.ratio()], [0.5, -3.75, 0.0]);
    assert_eq!(
        [T1.precise(), T2.precise(), T3.precise()],
        [-1e300, 6.02214076e23, 1.0]
    );
    assert_eq!(
        [T1.letter(), T2.letter(), T3.letter()],
        ['\u{e9}', '\u{1f980}', 'A']
    );
    assert_eq!(
        [T1.label(), T2.label(), T3.label()],
        ["Says \"hi\", twice", "C:\\dir {x} ``", "plain"]
    );
    // `warning`, `Error` and `INFO`: any case names the variant.
    assert_eq!(
        [T1.level(), T2.level(), T3.level()],
        [Level::Warning, Level::Error, Level::Info]
    );
}

#[test]
fn empty_cells_of_option_columns_are_none() {
    use Types::{T1, T2, T3};
    assert_eq!(
        [T1.maybe_port(), T2.maybe_port(), T3.maybe_port()],
        [Some(443), None, Some(80)]
    );
    assert_eq!(
        [T1.maybe_label(), T2.maybe_label(), T3.maybe_label()],
        [None, Some("Try again"), Some("Later")]
    );
    assert_eq!(
        [T1.maybe_flag(), T2.maybe_flag(), T3.maybe_flag()],
        [Some(false), None, Some(true)]
    );
    assert_eq!(
        [T1.maybe_letter(), T2.maybe_letter(), T3.maybe_letter()],
        [None, Some('x'), Some('y')]
    );
    assert_eq!(
        [T1.maybe_ratio(), T2.maybe_ratio(), T3.maybe_ratio()],
        [Some(2.25), None, Some(-0.125)]
    );
    assert_eq!(
        [T1.maybe_level(), T2.maybe_level(), T3.maybe_level()],
        [Some(Level::Error), None, Some(Level::Info)]
    );
    assert_eq!(
        [T1.maybe_huge(), T2.maybe_huge(), T3.maybe_huge()],
        [None, Some(-1), Some(i128::MAX)]
    );
}

/// The accessors are `const fn`: their answers are constants.
const PORT: u16 = Types::T3.port();
const LABEL: &str = Types::T1.label();
const LEVEL: Level = Types::T2.level();
const MAYBE: Option<char> = Types::T2.maybe_letter();
const GIANT: u128 = Types::T2.giant();

#[test]
fn accessors_answer_in_constants() {
    assert_eq!(PORT, 8080);
    assert_eq!(LABEL, "Says \"hi\", twice");
    assert_eq!(LEVEL, Level::Error);
    assert_eq!(MAYBE, Some('x'));
    assert_eq!(GIANT, u128::MAX);
}

#[test]
fn standard_columns_are_found_under_real_headings() {
    // `Error Code` and `Error Description` are the code and the description.
    assert_eq!(Types::from_code("T.2"), Some(Types::T2));
    assert_eq!(Types::T2.description(), "Every type at its largest.");
    assert_eq!(Types::COUNT, 3);
}

#[test]
fn a_retired_code_still_parses_and_displays() {
    assert_eq!(Types::from_code("T.3"), Some(Types::T3));
    assert_eq!("T.3".parse::<Types>(), Ok(Types::T3));
    assert_eq!(
        Types::T3.to_string(),
        "T.3: A retired code that clients still send."
    );
    assert_eq!(format!("{:?}", Types::T3), "T3");
    assert_eq!(Types::ALL, [Types::T1, Types::T2, Types::T3]);
}

/// gRPC codes with the HTTP status `google/rpc/code.proto` maps each to.
#[error_codes(
    csv = "tests/fixtures/grpc_http.csv",
    columns(http_status: u16, reason: &str = "HTTP Reason")
)]
pub enum GrpcCode {}

/// code.proto's "HTTP Mapping" lines, as (code, name, status, reason).
const HTTP_MAPPING: [(&str, &str, u16, &str); 17] = [
    ("0", "Ok", 200, "OK"),
    ("1", "Cancelled", 499, "Client Closed Request"),
    ("2", "Unknown", 500, "Internal Server Error"),
    ("3", "InvalidArgument", 400, "Bad Request"),
    ("4", "DeadlineExceeded", 504, "Gateway Timeout"),
    ("5", "NotFound", 404, "Not Found"),
    ("6", "AlreadyExists", 409, "Conflict"),
    ("7", "PermissionDenied", 403, "Forbidden"),
    ("8", "ResourceExhausted", 429, "Too Many Requests"),
    ("9", "FailedPrecondition", 400, "Bad Request"),
    ("10", "Aborted", 409, "Conflict"),
    ("11", "OutOfRange", 400, "Bad Request"),
    ("12", "Unimplemented", 501, "Not Implemented"),
    ("13", "Internal", 500, "Internal Server Error"),
    ("14", "Unavailable", 503, "Service Unavailable"),
    ("15", "DataLoss", 500, "Internal Server Error"),
    ("16", "Unauthenticated", 401, "Unauthorized"),
];

#[test]
fn every_grpc_code_has_its_http_mapping() {
    assert_eq!(GrpcCode::COUNT, HTTP_MAPPING.len());
    for (code, name, status, reason) in HTTP_MAPPING {
        let value = GrpcCode::from_code(code).expect(code);
        assert_eq!(format!("{value:?}"), name);
        assert_eq!(
            (value.http_status(), value.reason()),
            (status, reason),
            "{code}"
        );
    }
    assert_eq!(GrpcCode::NotFound.http_status(), 404);
    // Generic code sees the typed column's status too.
    assert_eq!(ErrorCode::http_status(&GrpcCode::NotFound), Some(404));
    assert_eq!(ErrorCode::http_statuses(&GrpcCode::Cancelled), &[499]);
    const CANCELLED: u16 = GrpcCode::Cancelled.http_status();
    assert_eq!(CANCELLED, 499);
}

#[test]
fn generic_code_still_sees_a_typed_table() {
    fn codes<E: ErrorCode>() -> usize {
        E::ALL.iter().filter(|e| !e.code().is_empty()).count()
    }
    assert_eq!(codes::<GrpcCode>(), 17);
    assert_eq!(codes::<Types>(), 3);
}

/// The derive takes the same columns, for its own codes.
#[derive(error_codes_core::ErrorCode, Debug, Clone, Copy, PartialEq, Eq)]
#[error_code(csv = "tests/fixtures/grpc_http.csv", columns(http_status: u16), ignore = ["HTTP Reason"])]
pub enum Retryable {
    #[code = "14"]
    Unavailable,
    #[code = "10"]
    Aborted,
}

#[test]
fn the_derive_reads_typed_columns() {
    assert_eq!(Retryable::Unavailable.http_status(), 503);
    assert_eq!(Retryable::Aborted.http_status(), 409);
    const STATUS: u16 = Retryable::Aborted.http_status();
    assert_eq!(STATUS, 409);
}

/// Other headings for the standard columns, and columns left aside.
#[error_codes(
    csv = "tests/fixtures/registry.csv",
    headers(code = "Value", description = "User message"),
    ignore = ["Reference", "Solution"],
    columns(kind: Level),
    code_macro = false
)]
pub enum Registry {}

#[test]
fn headers_name_the_standard_columns() {
    assert_eq!(Registry::from_code("100"), Some(Registry::E100));
    assert_eq!(
        Registry::E100.description(),
        "The request could not be read."
    );
    assert_eq!(Registry::COUNT, 2);
    // One value for every row: no table, no one-arm `match`.
    assert_eq!(
        [Registry::E100.kind(), Registry::E101.kind()],
        [Level::Error; 2]
    );
}

/// A typed `&str` column whose cells hold markup, as real tables' solution
/// and message columns do.
#[error_codes(
    csv = "tests/fixtures/markup_column.csv",
    code_macro = false,
    columns(hint: &str)
)]
pub enum Hinted {}

#[test]
fn str_columns_read_as_plain_text() {
    assert_eq!(Hinted::M1.hint(), "Use force.");
    assert_eq!(Hinted::M2.hint(), "See the guide and retry, then wait.");
}
