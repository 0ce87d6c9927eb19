//! The checked-code macro: a code from the table stands for its variant in
//! expressions and patterns, from another crate by path and from the
//! defining crate by bare name, under the name the options give it.

use error_codes_core::{VbsError, error_codes};

/// gRPC status codes, with the default macro `grpc!`.
#[error_codes(csv = "tests/fixtures/grpc.csv")]
pub enum Grpc {}

/// An enum inside a module: the macro reaches it through `enum_path`.
#[macro_use]
mod statuses {
    use error_codes_core::error_codes;

    /// HTTP status codes, with the default macro `http_status!`.
    #[error_codes(
        csv = "tests/fixtures/http_status.csv",
        enum_path = "statuses::HttpStatus"
    )]
    pub enum HttpStatus {}
}
use statuses::HttpStatus;

/// SQLSTATE codes, with the macro renamed to `sqlstate!`.
#[error_codes(csv = "tests/fixtures/sqlstate_unique.csv", code_macro = "sqlstate")]
pub enum SqlState {}

/// The renamed table leaves its default name free: exporting a macro of
/// that name would not compile if `sql_state!` had been generated too.
#[macro_export]
macro_rules! sql_state {
    () => {
        "not the generated macro"
    };
}

/// gRPC again, with no macro at all.
#[error_codes(csv = "tests/fixtures/grpc.csv", code_macro = false)]
pub enum QuietGrpc {}

/// Free for our own use: two exported macros of one name do not compile.
#[macro_export]
macro_rules! quiet_grpc {
    () => {
        "ours"
    };
}

/// A checked code is a constant.
const SUBMIT_FAILED: VbsError = error_codes_core::vbs_error!("VolumeBackup.0014");

fn retryable(error: VbsError) -> bool {
    matches!(
        error,
        error_codes_core::vbs_error!("VolumeBackup.0900")
            | error_codes_core::vbs_error!("VolumeBackup.0013")
    )
}

#[test]
fn vbs_error_macro_is_the_variant_in_an_expression() {
    assert_eq!(
        error_codes_core::vbs_error!("VolumeBackup.0014"),
        VbsError::VolumeBackup0014
    );
    assert_eq!(
        error_codes_core::vbs_error!("common.0011"),
        VbsError::Common0011
    );
    assert_eq!(SUBMIT_FAILED.code(), "VolumeBackup.0014");
}

#[test]
fn vbs_error_macro_is_the_variant_in_a_pattern() {
    assert!(retryable(VbsError::VolumeBackup0900));
    assert!(retryable(VbsError::VolumeBackup0013));
    assert!(!retryable(VbsError::VolumeBackup0014));
    let described = match VbsError::VolumeBackup0041 {
        error_codes_core::vbs_error!("VolumeBackup.0014") => "submit",
        error_codes_core::vbs_error!("VolumeBackup.0041") => "rights",
        _ => "other",
    };
    assert_eq!(described, "rights");
}

#[test]
fn vbs_error_macro_nests_inside_other_patterns_and_expressions() {
    let found = VbsError::from_code("VolumeBackup.0014");
    assert!(matches!(
        found,
        Some(error_codes_core::vbs_error!("VolumeBackup.0014"))
    ));
    assert!(!matches!(
        found,
        Some(error_codes_core::vbs_error!("VolumeBackup.0013"))
    ));
    assert_eq!(
        found,
        Some(error_codes_core::vbs_error!("VolumeBackup.0014"))
    );
    let pair = (VbsError::Common0011, Some(VbsError::VolumeBackup0002));
    assert!(matches!(
        pair,
        (
            error_codes_core::vbs_error!("common.0011"),
            Some(error_codes_core::vbs_error!("VolumeBackup.0002"))
        )
    ));
}

#[test]
fn a_local_table_macro_is_used_by_bare_name_after_the_enum() {
    assert_eq!(grpc!("5"), Grpc::NotFound);
    assert!(matches!(Grpc::from_code("14"), Some(grpc!("14"))));
    assert_eq!(grpc!("16").code(), "16");
}

#[test]
fn enum_path_reaches_an_enum_inside_a_module() {
    assert_eq!(http_status!("404"), HttpStatus::NotFound);
    let class = match HttpStatus::from_code("418") {
        Some(http_status!("418")) => "teapot",
        _ => "other",
    };
    assert_eq!(class, "teapot");
}

#[test]
fn code_macro_renames_the_checked_code_macro() {
    assert_eq!(sqlstate!("23505"), SqlState::UniqueViolation);
    assert!(matches!(
        SqlState::from_code("23505"),
        Some(sqlstate!("23505"))
    ));
    assert_eq!(sql_state!(), "not the generated macro");
}

#[test]
fn code_macro_false_generates_no_macro() {
    assert_eq!(quiet_grpc!(), "ours");
    assert_eq!(QuietGrpc::from_code("5"), Some(QuietGrpc::NotFound));
}

/// Codes with characters a source file shows as nothing, or as part of
/// the letter before: the arms spell them as escapes, the user types them.
#[error_codes(csv = "tests/hostile/invisible.csv", code_macro = "invisible")]
pub enum Invisible {}

/// A code of the table written as another literal of the same
/// value was refused as unknown, with itself as the suggestion.
#[test]
fn a_code_spelled_another_way_is_its_variant() {
    use error_codes_core::vbs_error;
    assert_eq!(vbs_error!(r"VolumeBackup.0014"), VbsError::VolumeBackup0014);
    assert_eq!(
        vbs_error!(r#"VolumeBackup.0014"#),
        VbsError::VolumeBackup0014
    );
    assert_eq!(
        vbs_error!("VolumeBackup\x2e0014"),
        VbsError::VolumeBackup0014
    );
    assert_eq!(
        vbs_error!("\u{56}olumeBackup.0014"),
        VbsError::VolumeBackup0014
    );
    assert!(matches!(
        VbsError::Common0011,
        vbs_error!(r"common.0011") | vbs_error!(r"VolumeBackup.0900")
    ));
    // Typed as such, then as escapes.
    assert_eq!(invisible!("join‍.1").code(), "join\u{200d}.1");
    assert_eq!(invisible!("join\u{200d}.1").code(), "join\u{200d}.1");
    assert_eq!(invisible!("café.1").code(), "cafe\u{301}.1");
}

/// `enum_path` written from `crate::`, as paths from the root usually are.
#[macro_use]
mod from_the_root {
    #[error_codes_core::error_codes(
        csv = "tests/fixtures/grpc.csv",
        code_macro = "grpc_from_the_root",
        enum_path = "crate::from_the_root::Grpc"
    )]
    pub enum Grpc {}
}

/// `crate::` once made the macro's path `$crate::crate::...`.
#[test]
fn enum_path_may_start_with_crate() {
    assert_eq!(grpc_from_the_root!("5"), from_the_root::Grpc::NotFound);
}
