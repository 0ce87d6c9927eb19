//! The `error-codes import` command as a user runs it.

mod common;

use common::{root, run, text};

/// The seed page imports to the corpus's faithful CSV of it, byte for
/// byte, so a new upstream page is one command. Both are the service's
/// text, read from `../shared/` beside the repository (CI has it), not
/// copied into it; the root `codes.csv` keeps the page's codes and modules
/// with descriptions of our own (`tests/tests/seed.rs`).
#[test]
fn the_seed_page_imports_to_the_corpus_table_byte_for_byte() {
    let (page, table) = (
        "../shared/seed/vbs-error-codes.rst",
        "../shared/corpus/csv/otc-volume-backup-service.csv",
    );
    let Ok(expected) = std::fs::read(root().join(table)) else {
        test_support::skip(format!("no {table}"));
        return;
    };
    if !root().join(page).exists() {
        test_support::skip(format!("no {page}"));
        return;
    }
    let output = run(&["import", page]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(
        output.stdout == expected,
        "import differs from {table}:\n{}",
        text(&output.stdout)
    );
    assert_eq!(text(&output.stderr), "");
}

#[test]
fn output_goes_to_the_named_file() {
    let dir = std::env::temp_dir().join(format!("error-codes-import-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let page = dir.join("page.md");
    std::fs::write(
        &page,
        "# Kettle\n\n| Error Code | Status | Description |\n|---|---|---|\n| K.1 | 503 | Too *hot*. |\n| K.1 | 503 | Still too hot. |\n",
    )
    .unwrap();
    let csv = dir.join("kettle.csv");
    let output = run(&[
        "import",
        page.to_str().unwrap(),
        "-o",
        csv.to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(output.stdout, b"");
    assert_eq!(
        std::fs::read_to_string(&csv).unwrap(),
        "code,description,http_status\nK.1,Too *hot*.,503\nK.1,Still too hot.,503\n"
    );
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains(
            "1 code(s) repeat (`K.1` on page lines 5, 6): `duplicates = \"merge\"` makes each one variant\n"
        ),
        "{stderr}"
    );
    let advice = format!(
        "build it with #[error_codes(csv = {:?}, duplicates = \"merge\")]\n",
        csv.display().to_string()
    );
    assert!(stderr.ends_with(&advice), "{stderr}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_missing_page_is_an_error_naming_it() {
    let output = run(&["import", "no/such/page.rst"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = text(&output.stderr);
    assert_eq!(
        stderr,
        "error: cannot read no/such/page.rst: no such file\n"
    );
}

#[test]
fn a_page_without_a_code_table_lists_what_it_has() {
    let page =
        std::env::temp_dir().join(format!("error-codes-no-codes-{}.txt", std::process::id()));
    std::fs::write(
        &page,
        "Options\n\n| option | meaning |\n|---|---|\n| the first one | what it does |\n",
    )
    .unwrap();
    let output = run(&["import", page.to_str().unwrap(), "--format", "markdown"]);
    std::fs::remove_file(&page).unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = text(&output.stderr);
    assert!(stderr.contains("no table with a code column"), "{stderr}");
    assert!(
        stderr.contains("table 1 (line 3) (headings: option, meaning)"),
        "{stderr}"
    );
}

#[test]
fn help_shows_an_example() {
    let output = run(&["import", "--help"]);
    assert!(output.status.success());
    let help = text(&output.stdout);
    assert!(
        help.contains("error-codes import vbs-error-codes.rst -o codes.csv"),
        "{help}"
    );
    assert!(help.contains("--heading <TEXT>"), "{help}");
}
