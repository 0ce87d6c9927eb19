//! A crate whose build script writes its enum with error-codes-build
//! (`tests/build-fixture`), built as a user builds it: no proc macro in its
//! normal dependencies, every row as the attribute gives it, a CSV edit
//! seen by the next plain `cargo run`, and nothing rebuilt by a second
//! `cargo build` without one.

mod fixture_crate;

use fixture_crate::FixtureCrate;
use std::path::PathBuf;
use std::time::Duration;

/// The fixture's table through the attribute, to compare with.
#[error_codes_core::error_codes(csv = "build-fixture/codes.csv", code_macro = false)]
enum Same {}

/// What the fixture prints for each row of `Same`.
fn expected() -> Vec<String> {
    Same::ALL
        .iter()
        .map(|code| format!("{code} ({})", code.module().unwrap_or("no module")))
        .collect()
}

/// The build script's output directory and its `output` file (the lines
/// it printed), from a `cargo build --message-format=json`.
fn build_script_run(fixture: &FixtureCrate) -> (PathBuf, String) {
    let output = fixture.cargo(&["build", "--message-format=json"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let out_dir = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .find(|message| {
            message["reason"] == "build-script-executed"
                && message["package_id"]
                    .as_str()
                    .is_some_and(|id| id.contains("build-fixture"))
        })
        .and_then(|message| message["out_dir"].as_str().map(PathBuf::from))
        .expect("cargo reports the build script's run");
    let printed = std::fs::read_to_string(out_dir.parent().unwrap().join("output")).unwrap();
    (out_dir, printed)
}

#[test]
fn a_build_script_crate_gives_every_row_and_rebuilds_only_on_an_edit() {
    let fixture = FixtureCrate::copy("build-fixture");

    // No proc macro, and nothing of a Rust parser, among what the crate
    // itself compiles against.
    let tree = fixture.cargo(&["tree", "-e", "normal", "--prefix", "none"]);
    assert!(tree.status.success());
    let tree = String::from_utf8(tree.stdout).unwrap();
    for crate_name in ["error-codes-macro", "syn", "quote", "proc-macro2"] {
        assert!(
            !tree
                .lines()
                .any(|line| line.starts_with(&format!("{crate_name} "))),
            "{crate_name} in the normal dependencies:\n{tree}"
        );
    }
    assert!(tree.contains("error-codes-core "), "{tree}");

    assert_eq!(fixture.run(), expected());

    // The script asks to run again for the table, and for nothing else.
    let (out_dir, printed) = build_script_run(&fixture);
    let table = fixture.dir.join("codes.csv");
    assert_eq!(
        printed,
        format!("cargo:rerun-if-changed={}\n", table.display())
    );
    let generated = out_dir.join("fixture.rs");
    let written = std::fs::metadata(&generated).unwrap().modified().unwrap();

    // A second build without an edit compiles nothing and runs nothing.
    let again = fixture.cargo(&["build", "-v"]);
    let log = String::from_utf8_lossy(&again.stderr);
    assert!(again.status.success(), "{log}");
    assert!(log.contains("Fresh build-fixture"), "{log}");
    assert!(
        !log.contains("Compiling build-fixture") && !log.contains("build-script-build`"),
        "{log}"
    );

    // The edit must be strictly newer than the first build's outputs, also
    // on file systems that keep modification times to the second.
    std::thread::sleep(Duration::from_millis(1100));
    // The same bytes written again: the script runs, the file stays as it
    // was (rust-analyzer and watchers see no change).
    let bytes = std::fs::read(&table).unwrap();
    std::fs::write(&table, &bytes).unwrap();
    build_script_run(&fixture);
    assert_eq!(
        std::fs::metadata(&generated).unwrap().modified().unwrap(),
        written,
        "the file was written again with the same bytes"
    );

    std::thread::sleep(Duration::from_millis(1100));
    let mut text = String::from_utf8(bytes).unwrap();
    text.push_str("Kettle,fixture.4,\"A fourth code, added later.\",\n");
    std::fs::write(&table, text).unwrap();
    let mut with_the_new_row = expected();
    with_the_new_row.push("fixture.4: A fourth code, added later. (Kettle)".to_owned());
    assert_eq!(fixture.run(), with_the_new_row);
}

#[test]
fn a_broken_table_fails_the_build_with_every_problem_at_its_line() {
    let fixture = FixtureCrate::copy("build-fixture");
    std::fs::write(
        fixture.dir.join("codes.csv"),
        "code,description\nA.1,One.\nA.1,Two.\nB 2,Three.\n",
    )
    .unwrap();
    let output = fixture.cargo(&["build"]);
    assert!(!output.status.success());
    let log = String::from_utf8_lossy(&output.stderr);
    assert!(
        log.contains("codes.csv:3: duplicate code `A.1`")
            && log.contains("codes.csv:4: code `B 2`"),
        "{log}"
    );
}
