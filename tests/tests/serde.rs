//! serde, through error-codes-core's `serde` feature: the generated enums
//! (attribute and derive) and `Code<E>` written as their code string, read
//! from a string or an integer, in JSON and in postcard.
//!
//! The enums live in this package's library, which has no serde dependency
//! of its own.

use error_codes_core::{Code, ErrorCode, VbsError};
use serde::{Deserialize, Serialize};
use serde_json::json;
use tests::wire::{Grpc, Numeric, Retry};

/// An error body as a server sends it.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Body<C> {
    code: C,
    message: String,
}

fn json_error<T: for<'de> Deserialize<'de> + std::fmt::Debug>(text: &str) -> String {
    serde_json::from_str::<T>(text).unwrap_err().to_string()
}

#[test]
fn every_value_is_written_as_its_code_and_read_back() {
    fn round_trip<E: ErrorCode + PartialEq + Serialize + for<'de> Deserialize<'de>>() {
        for &value in E::ALL {
            let text = serde_json::to_string(&value).unwrap();
            assert_eq!(text, serde_json::to_string(value.code()).unwrap());
            assert_eq!(serde_json::from_str::<E>(&text).unwrap(), value);
            // Owned strings, as from a `serde_json::Value`, and text that is
            // not borrowed, as from a reader.
            assert_eq!(
                serde_json::from_value::<E>(json!(value.code())).unwrap(),
                value
            );
            assert_eq!(
                serde_json::from_reader::<_, E>(text.as_bytes()).unwrap(),
                value
            );

            let bytes = postcard::to_allocvec(&value).unwrap();
            assert_eq!(bytes, postcard::to_allocvec(value.code()).unwrap());
            assert_eq!(postcard::from_bytes::<E>(&bytes).unwrap(), value);
        }
    }
    round_trip::<VbsError>();
    round_trip::<Grpc>();
    round_trip::<Numeric>();
    round_trip::<Retry>();
}

#[test]
fn a_body_with_a_code_is_read_in_json_and_postcard() {
    let body: Body<VbsError> =
        serde_json::from_str(r#"{"code": "VolumeBackup.0900", "message": "Try again later."}"#)
            .unwrap();
    assert_eq!(body.code, VbsError::VolumeBackup0900);
    assert_eq!(
        serde_json::to_value(&body).unwrap(),
        json!({"code": "VolumeBackup.0900", "message": "Try again later."})
    );
    let bytes = postcard::to_allocvec(&body).unwrap();
    assert_eq!(
        postcard::from_bytes::<Body<VbsError>>(&bytes).unwrap(),
        body
    );
}

#[test]
fn an_integer_is_read_as_the_code_of_its_decimal_text() {
    // gRPC's JSON status carries its code as a number.
    let status: Body<Grpc> =
        serde_json::from_str(r#"{"code": 5, "message": "no such bucket"}"#).unwrap();
    assert_eq!(status.code, Grpc::NotFound);
    let status: Body<Retry> = serde_json::from_str(r#"{"code": 14, "message": ""}"#).unwrap();
    assert_eq!(status.code, Retry::Unavailable);

    for (json, expected) in [
        ("0", Numeric::Done),
        ("7", Numeric::Denied),
        ("-1", Numeric::Failed),
        ("18446744073709551615", Numeric::Largest),
        ("-9223372036854775808", Numeric::Smallest),
        // The text "007" is its own code; the number 7 is not "007".
        ("\"007\"", Numeric::Agent),
    ] {
        assert_eq!(
            serde_json::from_str::<Numeric>(json).unwrap(),
            expected,
            "{json}"
        );
        assert_eq!(
            serde_json::from_str::<Code<Numeric>>(json).unwrap(),
            expected,
            "{json}"
        );
    }
}

#[test]
fn an_unknown_code_fails_with_the_code_and_the_enums_name() {
    assert_eq!(
        json_error::<VbsError>(r#""VolumeBackup.0950""#),
        r#"unknown VbsError code "VolumeBackup.0950" at line 1 column 19"#
    );
    assert_eq!(
        json_error::<Body<Grpc>>(r#"{"code": 99, "message": ""}"#),
        "unknown Grpc code 99 at line 1 column 11"
    );
    assert_eq!(
        json_error::<Numeric>("-2"),
        "unknown Numeric code -2 at line 1 column 2"
    );
    // A code of the table that the subset does not name.
    assert_eq!(
        json_error::<Retry>(r#""5""#),
        r#"unknown Retry code "5" at line 1 column 3"#
    );
    let bytes = postcard::to_allocvec("VolumeBackup.0950").unwrap();
    assert!(postcard::from_bytes::<VbsError>(&bytes).is_err());
}

/// Issue 21: the error echoes a bounded prefix of a huge code and says how
/// long the rest was, as `UnknownCode` does.
#[test]
fn an_unknown_code_of_ten_megabytes_is_echoed_in_part() {
    let code = "V".repeat(10_000_000);
    let text = format!(r#"{{"code": "{code}", "message": ""}}"#);
    let message = serde_json::from_str::<Body<VbsError>>(&text)
        .unwrap_err()
        .to_string();
    let expected = format!(
        "unknown VbsError code \"{}\"... (9999936 more bytes) at line 1 column 10000011",
        "V".repeat(64)
    );
    assert_eq!(message, expected);
    let unknown = code.parse::<VbsError>().unwrap_err();
    assert!(unknown.to_string().ends_with("... (9999936 more bytes)"));
    assert!(format!("{unknown:?}").len() < 200, "{unknown:?}");
    assert_eq!(unknown.code().len(), 10_000_000);
}

#[test]
fn what_is_not_a_code_is_refused_as_the_wrong_type() {
    for (json, found) in [
        ("true", "boolean `true`"),
        ("5.0", "floating point `5.0`"),
        ("null", "null"),
        ("[\"5\"]", "sequence"),
    ] {
        let without_position = |error: String| error.split(" at line").next().unwrap().to_owned();
        assert_eq!(
            without_position(json_error::<Grpc>(json)),
            format!("invalid type: {found}, expected a Grpc code")
        );
        assert_eq!(
            without_position(json_error::<Code<Grpc>>(json)),
            format!("invalid type: {found}, expected a Grpc code or any other string")
        );
    }
}

#[test]
fn a_code_that_may_be_unknown_never_fails_for_a_string_and_is_written_back_unchanged() {
    for text in [
        "VolumeBackup.0950",
        "",
        "volumebackup.0014",
        "Backup \"7\" ü\n",
    ] {
        let json = serde_json::to_string(text).unwrap();
        let code: Code<VbsError> = serde_json::from_str(&json).unwrap();
        assert!(!code.is_known());
        assert_eq!(code.as_str(), text);
        assert_eq!(serde_json::to_string(&code).unwrap(), json);
        assert_eq!(
            serde_json::from_value::<Code<VbsError>>(json!(text)).unwrap(),
            code
        );

        let bytes = postcard::to_allocvec(&code).unwrap();
        assert_eq!(bytes, postcard::to_allocvec(text).unwrap());
        assert_eq!(
            postcard::from_bytes::<Code<VbsError>>(&bytes).unwrap(),
            code
        );
    }

    let known: Code<VbsError> = serde_json::from_str(r#""VolumeBackup.0014""#).unwrap();
    assert_eq!(known.known(), Some(VbsError::VolumeBackup0014));
    let bytes = postcard::to_allocvec(&known).unwrap();
    assert_eq!(
        postcard::from_bytes::<Code<VbsError>>(&bytes)
            .unwrap()
            .known(),
        Some(VbsError::VolumeBackup0014)
    );

    // An integer that is not a code is kept as its decimal text.
    let unknown: Code<Grpc> = serde_json::from_str("99").unwrap();
    assert_eq!(unknown.as_str(), "99");
    assert_eq!(unknown.unknown().map(|u| u.enum_name()), Some("Grpc"));
}

#[test]
fn an_owned_string_becomes_an_unknown_code_without_a_copy() {
    let text = String::from("VolumeBackup.0950");
    let pointer = text.as_ptr();
    let code: Code<VbsError> = serde_json::from_value(serde_json::Value::String(text)).unwrap();
    let back = code.into_string();
    assert_eq!(back.as_ptr(), pointer);
}

#[test]
fn a_body_keeps_a_newer_servers_code_and_writes_it_back() {
    let sent = json!({"code": "VolumeBackup.0950", "message": "Vault migrating."});
    let body: Body<Code<VbsError>> = serde_json::from_value(sent.clone()).unwrap();
    assert_eq!(body.code.as_str(), "VolumeBackup.0950");
    assert_eq!(serde_json::to_value(&body).unwrap(), sent);

    let codes: Vec<Code<Grpc>> = serde_json::from_str(r#"[0, "14", "UNAVAILABLE", 42]"#).unwrap();
    let texts: Vec<&str> = codes.iter().map(Code::as_str).collect();
    assert_eq!(texts, ["0", "14", "UNAVAILABLE", "42"]);
    assert_eq!(
        codes.iter().map(Code::known).collect::<Vec<_>>(),
        [Some(Grpc::Ok), Some(Grpc::Unavailable), None, None]
    );
}

/// `serde = false`: the crate keeps serde's traits for itself, here as
/// serde's derive writes a unit variant, by its name. Two impls would not
/// compile.
mod serde_false {
    use serde::Serialize;

    /// gRPC status codes, serialized by variant name.
    #[error_codes_core::error_codes(
        csv = "tests/fixtures/grpc.csv",
        code_macro = false,
        serde = false
    )]
    #[derive(Serialize)]
    pub enum ByName {}

    /// A subset, the same way.
    #[derive(error_codes_core::ErrorCode, Debug, Clone, Copy, Serialize)]
    #[error_code(csv = "tests/fixtures/grpc.csv", serde = false)]
    pub enum Subset {
        #[code = "5"]
        NotFound,
    }

    #[test]
    fn the_enums_own_serde_impls_are_used() {
        assert_eq!(
            serde_json::to_string(&ByName::NotFound).unwrap(),
            "\"NotFound\""
        );
        assert_eq!(
            serde_json::to_string(&Subset::NotFound).unwrap(),
            "\"NotFound\""
        );
    }
}
