//! `error-codes export`: the committed files of `tests/exports` are what it
//! writes now, so that a change to any export shows in review as a diff a
//! person reads. `BLESS=1 cargo test -p error-codes-cli --test
//! export_snapshots` writes them again.

mod common;

use common::{root, run, text};

/// Table, options, the export's arguments after the table, and the file
/// of `tests/exports` it writes. `storage.csv` has no translated
/// columns: its files are what the command wrote before languages were
/// exported, byte for byte; `observatory.csv` is in English, German,
/// Japanese and Chinese (simplified and traditional), with empty cells
/// in each translation.
const SNAPSHOTS: &[(&str, &str, &[&str], &str)] = &[
    (STORAGE, "", &["--format", "markdown"], "storage.md"),
    (STORAGE, "", &["--format", "rst"], "storage.rst"),
    (STORAGE, "", &["--format", "html"], "storage.html"),
    (STORAGE, "", &["--format", "typescript"], "storage.ts"),
    (STORAGE, "", &["--format", "python"], "storage.py"),
    (
        STORAGE,
        "",
        &["--format", "openapi"],
        "storage.openapi.json",
    ),
    (STORAGE, "", &["--format", "json"], "storage.json"),
    (OBSERVATORY, "", &["--format", "markdown"], "observatory.md"),
    (OBSERVATORY, "", &["--format", "rst"], "observatory.rst"),
    (OBSERVATORY, "", &["--format", "html"], "observatory.html"),
    (
        OBSERVATORY,
        "",
        &["--format", "typescript"],
        "observatory.ts",
    ),
    (OBSERVATORY, "", &["--format", "python"], "observatory.py"),
    (
        OBSERVATORY,
        "",
        &["--format", "openapi"],
        "observatory.openapi.json",
    ),
    (OBSERVATORY, "", &["--format", "json"], "observatory.json"),
    // Editions in one language: an empty cell gives the English one, and
    // `zh` finds `zh-CN`.
    (
        OBSERVATORY,
        "",
        &["--format", "markdown", "--language", "de"],
        "observatory.de.md",
    ),
    (
        OBSERVATORY,
        "",
        &["--format", "rst", "--language", "ja"],
        "observatory.ja.rst",
    ),
    (
        OBSERVATORY,
        "",
        &["--format", "html", "--language", "zh"],
        "observatory.zh.html",
    ),
];

const STORAGE: &str = "tests/tests/fixtures/storage.csv";
const OBSERVATORY: &str = "error-codes-cli/tests/exports/observatory.csv";

#[test]
fn committed_exports_are_what_export_writes_now() {
    let bless = std::env::var_os("BLESS").is_some();
    let mut stale = Vec::new();
    for (table, options, arguments, file) in SNAPSHOTS {
        let mut args = vec!["export", table, "--options", options];
        args.extend_from_slice(arguments);
        let output = run(&args);
        assert!(output.status.success(), "{file}: {}", text(&output.stderr));
        let path = root().join("error-codes-cli/tests/exports").join(file);
        if bless {
            std::fs::write(&path, &output.stdout).unwrap();
        } else if std::fs::read(&path).ok().as_deref() != Some(&output.stdout[..]) {
            stale.push(*file);
        }
    }
    assert!(
        stale.is_empty(),
        "stale, review the change and write them again with BLESS=1: {stale:?}"
    );
}
