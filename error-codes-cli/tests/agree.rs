//! The command and the macro read tables through the same rules, so they
//! must report the same problems: every UI test of `#[error_codes]` is
//! checked again with `error-codes check`, with the attribute's options,
//! and the table problems (`file:line: message`) must be the same lines.

use std::path::Path;
use std::process::Command;

/// The text inside `#[error_codes(...)]`, if the file has the attribute.
fn attribute_arguments(source: &str) -> Option<&str> {
    let start = source.find("#[error_codes(")? + "#[error_codes(".len();
    let mut depth = 1;
    for (offset, c) in source[start..].char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => {
                depth -= 1;
                if depth == 0 {
                    return Some(&source[start..start + offset]);
                }
            }
            _ => {}
        }
    }
    None
}

fn csv_path(arguments: &str) -> Option<&str> {
    let start = arguments.find("csv = \"")? + "csv = \"".len();
    let end = arguments[start..].find('"')?;
    Some(&arguments[start..start + end])
}

/// The lines that name a place in `csv`: `csv: message` or `csv:N: message`.
fn table_problems<'a>(lines: impl Iterator<Item = &'a str>, csv: &str) -> Vec<String> {
    lines
        .filter(|line| {
            line.strip_prefix(csv).is_some_and(|rest| {
                let rest = rest.trim_start_matches(|c: char| c == ':' || c.is_ascii_digit());
                rest.starts_with(' ') && line[csv.len()..].starts_with(':')
            })
        })
        // A note (markup a default build refuses) is no problem here, where
        // the macro is built with the `commonmark` feature.
        .filter(|line| !line.contains(": note: "))
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_command_reports_what_the_macro_reports() {
    let tests = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests");
    let mut compared = 0;
    let mut with_problems = 0;
    let mut failures = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(tests.join("ui"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "rs"))
        .collect();
    files.sort();
    for file in files {
        let source = std::fs::read_to_string(&file).unwrap();
        let Some(arguments) = attribute_arguments(&source) else {
            continue;
        };
        let Some(csv) = csv_path(arguments) else {
            continue;
        };
        let Ok(stderr) = std::fs::read_to_string(file.with_extension("stderr")) else {
            continue;
        };
        let expected = table_problems(
            stderr.lines().filter_map(|l| l.strip_prefix("error: ")),
            csv,
        );
        let output = Command::new(env!("CARGO_BIN_EXE_error-codes"))
            .args(["check", csv, "--options", arguments])
            .current_dir(&tests)
            .output()
            .unwrap();
        let actual = table_problems(String::from_utf8_lossy(&output.stderr).lines(), csv);
        if actual != expected {
            failures.push(format!(
                "{}:\n  macro:   {expected:?}\n  command: {actual:?}",
                file.display()
            ));
        }
        if !actual.is_empty() && output.status.success() {
            failures.push(format!("{}: problems, yet exit status 0", file.display()));
        }
        compared += 1;
        with_problems += usize::from(!expected.is_empty());
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // The UI tests cover many table problems; a change that stopped finding
    // them would compare nothing.
    assert!(
        compared >= 40 && with_problems >= 25,
        "{compared} compared, {with_problems} with problems"
    );
}

/// An option that does not exist is refused by `--options` with the words
/// of the macro's error (`ui/option_csv_misspelled.stderr`): both parse
/// options through error-codes-codegen's one table.
#[test]
fn an_unknown_option_is_refused_with_the_macros_message() {
    let tests = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests");
    let stderr = std::fs::read_to_string(tests.join("ui/option_csv_misspelled.stderr")).unwrap();
    let macro_message = stderr
        .lines()
        .next()
        .unwrap()
        .strip_prefix("error: ")
        .unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_error-codes"))
        .args([
            "check",
            "ui/csv/valid.csv",
            "--options",
            "cvs = \"ui/csv/valid.csv\"",
        ])
        .current_dir(&tests)
        .output()
        .unwrap();
    assert!(!output.status.success());
    let command_message = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        command_message.trim_end(),
        format!("error: --options: {macro_message}")
    );
}
