//! `cargo run -p api-error --example api_error`: what the real executable makes of the
//! service's error bodies.

use error_codes_core::VbsError;
use test_support::{run_example, text};

fn body(code: &str, message: &str) -> String {
    serde_json::json!({ "error": { "code": code, "message": message } }).to_string()
}

/// The report for each body given, as `label: value` pairs.
fn explain(bodies: &[&str]) -> Vec<Vec<(String, String)>> {
    let output = run_example("api-error", "api_error", bodies);
    assert!(output.status.success());
    text(&output.stdout)
        .split("\n\n")
        .map(|report| {
            report
                .lines()
                .skip(1) // the body itself
                .map(|line| {
                    let (label, value) = line.trim_start().split_once(':').expect("label: value");
                    (label.to_owned(), value.trim().to_owned())
                })
                .collect()
        })
        .collect()
}

fn value<'a>(report: &'a [(String, String)], label: &str) -> &'a str {
    report
        .iter()
        .find(|(found, _)| found == label)
        .map(|(_, value)| value.as_str())
        .unwrap_or_else(|| panic!("no {label:?} in {report:?}"))
}

#[test]
fn a_known_code_is_shown_with_the_tables_module_and_description() {
    let reports = explain(&[&body(
        "VolumeBackup.0064",
        "Backup 5f1a is in status error.",
    )]);
    let error = VbsError::from_code("VolumeBackup.0064").unwrap();

    assert_eq!(
        value(&reports[0], "known"),
        format!(
            "VolumeBackup.0064 [{}] {}",
            error.module().unwrap(),
            error.description()
        )
    );
    assert_eq!(
        value(&reports[0], "service"),
        "Backup 5f1a is in status error."
    );
    assert!(value(&reports[0], "action").starts_with("delete the failed backup"));
}

#[test]
fn transient_codes_are_retried_and_others_are_not() {
    let reports = explain(&[
        &body("VolumeBackup.0900", "Service unavailable."),
        &body("VolumeBackup.0013", "Previous task still running."),
        &body("VolumeBackup.0083", "Quota used up."),
        &body("AutoBackup.0101", "Name too long."),
    ]);

    let actions: Vec<&str> = reports
        .iter()
        .map(|report| value(report, "action"))
        .collect();
    assert!(actions[0].starts_with("retry"), "{actions:?}");
    assert!(actions[1].starts_with("retry"), "{actions:?}");
    assert!(!actions[2].starts_with("retry"), "{actions:?}");
    assert!(!actions[3].starts_with("retry"), "{actions:?}");
}

#[test]
fn an_unknown_code_is_kept_as_sent_with_the_services_message() {
    let reports = explain(&[&body("VolumeBackup.0999", "Vault is being migrated.")]);

    assert_eq!(value(&reports[0], "unknown"), "VolumeBackup.0999");
    assert_eq!(value(&reports[0], "service"), "Vault is being migrated.");
    assert!(value(&reports[0], "action").contains("report the code"));
}

#[test]
fn a_body_without_an_error_object_is_reported_and_the_others_still_explained() {
    let reports = explain(&[
        r#"{"message": "Bad Gateway"}"#,
        &body("common.0011", "Task query failed."),
    ]);

    assert!(value(&reports[0], "not an error body").contains("missing field `error`"));
    assert!(value(&reports[1], "known").starts_with("common.0011 "));
}

#[test]
fn without_arguments_sample_bodies_are_explained() {
    let reports = explain(&[]);

    assert!(reports.len() > 1);
    for report in &reports {
        assert!(
            report
                .iter()
                .any(|(label, _)| label == "action" || label == "not an error body"),
            "{report:?}"
        );
    }
}
