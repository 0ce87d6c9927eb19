//! `#[derive(ErrorCode)]`: a hand-named subset of `codes.csv` gets its rows'
//! codes, descriptions and modules, and every impl of the full table, for its
//! own codes only.

mod support;

use error_codes_core::{ErrorCode, UnknownCode, VbsError};
use std::str::FromStr;

/// The codes worth retrying, named by the crate that retries them.
#[derive(error_codes_core::ErrorCode, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[error_code(csv = "../codes.csv")]
pub enum RetryableVbs {
    #[code = "VolumeBackup.0900"]
    ServiceUnavailable,
    #[code = "VolumeBackup.0013"]
    PreviousTaskRunning,
}

fn row(code: &str) -> support::Row {
    support::read_rows("../codes.csv")
        .into_iter()
        .find(|row| row.code == code)
        .unwrap_or_else(|| panic!("{code} in codes.csv"))
}

#[test]
fn each_variant_has_the_row_of_its_code() {
    for (value, code) in [
        (RetryableVbs::ServiceUnavailable, "VolumeBackup.0900"),
        (RetryableVbs::PreviousTaskRunning, "VolumeBackup.0013"),
    ] {
        let row = row(code);
        assert_eq!(value.code(), code);
        assert_eq!(value.description(), row.description.replace("**", ""));
        assert_eq!(value.module(), row.module.as_deref());
        assert_eq!(
            value.to_string(),
            format!("{code}: {}", row.description.replace("**", ""))
        );
        let full = VbsError::from_code(code).unwrap();
        assert_eq!(value.description(), full.description());
        assert_eq!(value.module(), full.module());
    }
    assert_eq!(
        RetryableVbs::PreviousTaskRunning.description(),
        "An earlier backup of this disk is still being created."
    );
}

#[test]
fn all_and_count_are_the_subset_in_declaration_order() {
    assert_eq!(
        RetryableVbs::ALL,
        [
            RetryableVbs::ServiceUnavailable,
            RetryableVbs::PreviousTaskRunning
        ]
    );
    assert_eq!(RetryableVbs::COUNT, 2);
    assert_eq!(<RetryableVbs as ErrorCode>::ALL, RetryableVbs::ALL);
}

#[test]
fn from_code_finds_only_its_own_codes() {
    assert_eq!(
        RetryableVbs::from_code("VolumeBackup.0900"),
        Some(RetryableVbs::ServiceUnavailable)
    );
    assert_eq!(
        RetryableVbs::from_code("VolumeBackup.0013"),
        Some(RetryableVbs::PreviousTaskRunning)
    );
    for other in VbsError::ALL
        .iter()
        .map(|error| error.code())
        .filter(|code| !["VolumeBackup.0900", "VolumeBackup.0013"].contains(code))
    {
        assert_eq!(RetryableVbs::from_code(other), None, "{other}");
    }
    for miss in [
        "",
        "VolumeBackup.090",
        "VolumeBackup.09000",
        "volumebackup.0900",
    ] {
        assert_eq!(RetryableVbs::from_code(miss), None, "{miss:?}");
    }
}

#[test]
fn parsing_and_converting_reject_other_codes_by_name() {
    assert_eq!(
        "VolumeBackup.0900".parse::<RetryableVbs>(),
        Ok(RetryableVbs::ServiceUnavailable)
    );
    assert_eq!(
        RetryableVbs::try_from("VolumeBackup.0013"),
        Ok(RetryableVbs::PreviousTaskRunning)
    );
    let error: UnknownCode = RetryableVbs::from_str("VolumeBackup.0014").unwrap_err();
    assert_eq!(error.code(), "VolumeBackup.0014");
    assert_eq!(error.enum_name(), "RetryableVbs");
    assert!(error.to_string().contains("\"VolumeBackup.0014\""));
    assert_eq!(RetryableVbs::try_from("VolumeBackup.0014"), Err(error));
}

#[test]
fn the_subset_is_an_error_and_an_error_code() {
    fn as_error(error: &dyn std::error::Error) -> String {
        error.to_string()
    }
    fn codes<E: ErrorCode>() -> Vec<&'static str> {
        E::ALL.iter().map(ErrorCode::code).collect()
    }
    assert_eq!(
        as_error(&RetryableVbs::ServiceUnavailable),
        RetryableVbs::ServiceUnavailable.to_string()
    );
    assert!(std::error::Error::source(&RetryableVbs::ServiceUnavailable).is_none());
    assert_eq!(
        codes::<RetryableVbs>(),
        ["VolumeBackup.0900", "VolumeBackup.0013"]
    );
    assert_eq!(
        <RetryableVbs as ErrorCode>::from_code("VolumeBackup.0013"),
        Some(RetryableVbs::PreviousTaskRunning)
    );
    let boxed: Box<dyn std::error::Error> = Box::new(RetryableVbs::PreviousTaskRunning);
    assert!(boxed.to_string().starts_with("VolumeBackup.0013: "));
}
