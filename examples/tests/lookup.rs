//! `cargo run --example lookup`: exit status, stdout and stderr of the real
//! executable, checked against what `VbsError` itself says.

use error_codes_core::VbsError;
use test_support::text;

fn run_example(name: &str, args: &[&str]) -> std::process::Output {
    test_support::run_example("examples", name, args)
}

fn known(code: &str) -> VbsError {
    VbsError::from_code(code).unwrap_or_else(|| panic!("{code} is in codes.csv"))
}

/// The suggestions after "closest known codes: " on stderr, in order.
fn suggestions(stderr: &str) -> Vec<&str> {
    stderr
        .split_once("closest known codes: ")
        .map(|(_, list)| list.trim_end().split(", ").collect())
        .unwrap_or_default()
}

#[test]
fn a_known_code_prints_one_line_with_its_module_and_description() {
    let output = run_example("lookup", &["VolumeBackup.0014"]);
    let error = known("VolumeBackup.0014");

    assert!(output.status.success());
    let stdout = text(&output.stdout);
    let words: Vec<&str> = stdout.split("  ").collect();
    assert_eq!(
        words,
        [
            error.code(),
            &format!("[{}]", error.module().unwrap()),
            &format!("{}\n", error.description()),
        ]
    );
    assert_eq!(text(&output.stderr), "");
}

#[test]
fn several_codes_print_one_line_each_in_the_order_given() {
    let codes = ["common.0011", "VolumeBackup.0900", "AutoBackup.0003"];
    let output = run_example("lookup", &codes);

    assert!(output.status.success());
    let stdout = text(&output.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), codes.len());
    for (line, code) in lines.iter().zip(codes) {
        let error = known(code);
        assert!(line.starts_with(&format!("{code} ")), "{line:?}");
        assert!(
            line.contains(&format!("[{}]", error.module().unwrap())),
            "{line:?}"
        );
        assert!(line.ends_with(error.description()), "{line:?}");
    }
}

#[test]
fn a_misspelt_code_fails_and_stderr_names_it_and_the_intended_code() {
    let output = run_example("lookup", &["VolumeBakup.0900"]);

    assert_eq!(output.status.code(), Some(1));
    assert_eq!(text(&output.stdout), "");
    let stderr = text(&output.stderr);
    assert!(stderr.contains(r#""VolumeBakup.0900""#), "{stderr}");
    assert_eq!(
        suggestions(&stderr).first(),
        Some(&"VolumeBackup.0900"),
        "{stderr}"
    );
}

#[test]
fn a_code_in_the_wrong_case_is_suggested_in_the_right_case_first() {
    let output = run_example("lookup", &["VOLUMEBACKUP.0064"]);

    assert!(!output.status.success());
    let stderr = text(&output.stderr);
    assert_eq!(
        suggestions(&stderr).first(),
        Some(&"VolumeBackup.0064"),
        "{stderr}"
    );
}

#[test]
fn suggestions_are_known_codes_and_at_most_three() {
    let output = run_example("lookup", &["VolumeBackup.9999"]);

    let stderr = text(&output.stderr);
    let suggested = suggestions(&stderr);
    assert!((1..=3).contains(&suggested.len()), "{stderr}");
    for code in suggested {
        assert!(
            VbsError::from_code(code).is_some(),
            "{code} is not a known code"
        );
    }
}

#[test]
fn a_wild_guess_gets_no_unrelated_suggestions_but_still_fails() {
    let output = run_example("lookup", &["hello"]);

    assert!(!output.status.success());
    let stderr = text(&output.stderr);
    assert!(stderr.contains(r#""hello""#), "{stderr}");
    assert!(suggestions(&stderr).is_empty(), "{stderr}");
    assert!(!stderr.contains("VolumeBackup"), "{stderr}");
}

#[test]
fn known_codes_are_still_printed_when_another_is_unknown() {
    let output = run_example(
        "lookup",
        &["VolumeBackup.0014", "NoSuch.0001", "common.0011"],
    );

    assert!(!output.status.success());
    let stdout = text(&output.stdout);
    let printed: Vec<&str> = stdout
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .collect();
    assert_eq!(printed, ["VolumeBackup.0014", "common.0011"]);
    assert!(text(&output.stderr).contains(r#""NoSuch.0001""#));
}

#[test]
fn no_argument_lists_every_code_once_under_its_module_in_table_order() {
    let output = run_example("lookup", &[]);

    assert!(output.status.success());
    let stdout = text(&output.stdout);
    // (module heading, its announced count, its code lines)
    let mut groups: Vec<(&str, usize, Vec<&str>)> = Vec::new();
    for line in stdout.lines().filter(|line| !line.is_empty()) {
        if let Some(entry) = line.strip_prefix("  ") {
            groups
                .last_mut()
                .expect("a heading comes first")
                .2
                .push(entry);
        } else {
            let (module, count) = line.rsplit_once(" (").expect("heading: module (N codes)");
            let count = count.trim_end_matches(" codes)").trim_end_matches(" code)");
            groups.push((module, count.parse().expect("a count"), Vec::new()));
        }
    }

    let mut listed = Vec::new();
    for (index, (module, count, entries)) in groups.iter().enumerate() {
        assert!(
            groups[..index]
                .iter()
                .all(|(earlier, ..)| earlier != module),
            "module {module:?} has two headings"
        );
        assert_eq!(*count, entries.len(), "count in the heading of {module:?}");
        for entry in entries {
            let (code, description) = entry.split_once(' ').expect("code, then description");
            let error = known(code);
            assert_eq!(
                error.module(),
                Some(*module),
                "{code} listed under {module:?}"
            );
            assert_eq!(description.trim_start(), error.description());
            listed.push(error);
        }
    }
    assert_eq!(listed, VbsError::ALL, "every code once, in table order");
    assert_eq!(listed.len(), VbsError::COUNT);
}

#[test]
fn help_prints_usage_and_succeeds() {
    let output = run_example("lookup", &["--help"]);

    assert!(output.status.success());
    assert!(text(&output.stdout).starts_with("usage: lookup"));
}
