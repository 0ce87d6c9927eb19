//! Decide what to do about an error answer of the Volume Backup Service.
//!
//! The service answers a failed request with a JSON body such as
//! `{"error": {"code": "VolumeBackup.0064", "message": "..."}}`. The code
//! becomes a [`Code<VbsError>`] while the body is parsed (error-codes-core's
//! `serde` feature), so the rest of the program matches on variants instead
//! of comparing strings; a code this build does not know stays as text
//! rather than failing the parse, because the service may add codes before
//! our table does.
//!
//! ```text
//! cargo run -p api-error --example api_error                      # a few sample bodies
//! cargo run -p api-error --example api_error -- '{"error": ...}'  # your own bodies
//! ```

use std::fmt;

use error_codes_core::{Code, VbsError, vbs_error};
use serde::Deserialize;

/// The body of an error answer.
#[derive(Debug, Deserialize)]
struct ErrorBody {
    error: ApiError,
}

#[derive(Debug, Deserialize)]
struct ApiError {
    /// Checked against the table while parsing; a code not in `codes.csv`
    /// (yet) is kept as sent.
    code: Code<VbsError>,
    /// The service's own words, often more specific than the table's.
    message: String,
}

/// What the client does next.
#[derive(Debug)]
enum Action {
    /// The condition is temporary: send the same request again later.
    Retry,
    /// The token expired: log in again, then retry.
    RefreshToken,
    /// A quota is used up: no retry helps until it is raised.
    RaiseQuota,
    /// The backup failed on the service side: delete it and back up again.
    RecreateBackup,
    /// Anything else we know: show the table's description to the user.
    Report,
    /// A code missing from our table: report it as the service sent it.
    ReportUnknown,
}

/// The policy, written with checked codes: a typo such as
/// `vbs_error!("VolumeBakup.0900")` would not compile, where a string
/// comparison would silently never match.
fn decide(code: &Code<VbsError>) -> Action {
    match code {
        Code::Known(
            vbs_error!("VolumeBackup.0900") // the service is unavailable
            | vbs_error!("VolumeBackup.0013") // the previous backup task is not complete
            | vbs_error!("VolumeBackup.0206") // a backup is being created for the disk
            | vbs_error!("AutoBackup.0225"), // the policy is being executed
        ) => Action::Retry,
        Code::Known(vbs_error!("AutoBackup.0003")) => Action::RefreshToken,
        Code::Known(
            vbs_error!("VolumeBackup.0082")
            | vbs_error!("VolumeBackup.0083")
            | vbs_error!("VolumeBackup.0084")
            | vbs_error!("AutoBackup.0217")
            | vbs_error!("AutoBackup.0218"),
        ) => Action::RaiseQuota,
        Code::Known(vbs_error!("VolumeBackup.0064")) => Action::RecreateBackup,
        // `VbsError` is `#[non_exhaustive]`: codes added to the table later
        // land here until the policy names them.
        Code::Known(_) => Action::Report,
        Code::Unknown(_) => Action::ReportUnknown,
    }
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Action::Retry => "retry the same request later",
            Action::RefreshToken => "obtain a new token, then retry",
            Action::RaiseQuota => "ask for a higher quota; retrying will not help",
            Action::RecreateBackup => "delete the failed backup and create a new one",
            Action::Report => "give up and show the user the description",
            Action::ReportUnknown => "give up and report the code as sent (add it to codes.csv?)",
        })
    }
}

/// Bodies shown when none is given on the command line.
const SAMPLES: &[&str] = &[
    r#"{"error": {"code": "VolumeBackup.0064", "message": "Backup 5f1a is in status error."}}"#,
    r#"{"error": {"code": "VolumeBackup.0900", "message": "Service unavailable, try again later."}}"#,
    r#"{"error": {"code": "AutoBackup.0003", "message": "Token expired at 2026-11-26T22:00:00Z."}}"#,
    r#"{"error": {"code": "VolumeBackup.0083", "message": "Disk capacity quota of 2048 GB used up."}}"#,
    r#"{"error": {"code": "AutoBackup.0101", "message": "Policy name must be 1-64 characters."}}"#,
    r#"{"error": {"code": "VolumeBackup.0999", "message": "Backup vault is being migrated."}}"#,
    r#"{"message": "Bad Gateway"}"#,
];

fn main() {
    let given: Vec<String> = std::env::args().skip(1).collect();
    let bodies: Vec<&str> = if given.is_empty() {
        SAMPLES.to_vec()
    } else {
        given.iter().map(String::as_str).collect()
    };
    for (index, body) in bodies.iter().enumerate() {
        if index > 0 {
            println!();
        }
        println!("{body}");
        match serde_json::from_str::<ErrorBody>(body) {
            Ok(ErrorBody { error }) => explain(&error),
            Err(problem) => println!("  not an error body: {problem}"),
        }
    }
}

fn explain(error: &ApiError) {
    match &error.code {
        Code::Known(known) => println!(
            "  known:   {} [{}] {}",
            known.code(),
            known.module().unwrap_or("no module"),
            known.description()
        ),
        Code::Unknown(unknown) => println!("  unknown: {}", unknown.code()),
    }
    println!("  service: {}", error.message);
    println!("  action:  {}", decide(&error.code));
}
