//! How `error-codes import` decides which column is which, as
//! a user sees it: the choice and its reason on standard error, the options
//! that override it, and the error that names them.

mod common;

use common::{Page, run, text};

const STATUSES: &str = "\
| Code | Error | Description |
|---|---|---|
| 404 | NO_LID | The lid is not on. |
| 404 | NO_CUP | No cup under the spout. |
| 409 | TOO_HOT | The water is too hot. |
";

/// A `Code` column of repeated HTTP statuses beside unique identifiers:
/// the identifiers are the codes, the statuses the `http_status` column,
/// and stderr says why.
#[test]
fn the_choice_and_its_reason_go_to_stderr() {
    let page = Page::new("statuses.md", STATUSES);
    let output = page.import(&[]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(
        text(&output.stdout),
        "code,description,http_status\nNO_LID,The lid is not on.,404\nNO_CUP,No cup under the spout.,404\nTOO_HOT,The water is too hot.,409\n"
    );
    let stderr = text(&output.stderr);
    assert!(
        stderr.starts_with(&format!(
            "{}: table 1 (line 1): code: \"Error\" (unique identifiers); \"Code\" holds HTTP statuses: http_status\n",
            page.name()
        )),
        "{stderr}"
    );
}

/// `--code-column` and `--description-column` take a heading or a 1-based
/// index and win over the guess.
#[test]
fn options_pick_the_columns() {
    let page = Page::new("statuses-picked.md", STATUSES);
    let output = page.import(&["--code-column", "Code", "--description-column", "2"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(
        text(&output.stdout),
        "code,description,Description\n404,NO_LID,The lid is not on.\n404,NO_CUP,No cup under the spout.\n409,TOO_HOT,The water is too hot.\n"
    );
    let output = page.import(&["--code-column", "Colour"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        text(&output.stderr),
        format!(
            "error: {}: table 1 (line 1): no column headed \"Colour\" (headings: Code, Error, Description)\n",
            page.name()
        )
    );
    let output = page.import(&["--code-column", "0"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("columns are counted from 1"));
}

/// `--no-header` reads the first row as data; `--module-column` names the
/// module.
#[test]
fn no_header_and_module_column() {
    let page = Page::new(
        "plain.csv",
        "Kettle,K.1,The water is too hot.\nKettle,K.2,The kettle is empty.\nLid,L.1,The lid is open.\n",
    );
    let output = page.import(&["--no-header", "--module-column", "1"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(
        text(&output.stdout),
        "module,code,description\nKettle,K.1,The water is too hot.\nKettle,K.2,The kettle is empty.\nLid,L.1,The lid is open.\n"
    );
}

/// Bold rows with one cell (`**COMMON**,,`) are the module of the rows
/// below; codes lose their markup, descriptions keep theirs.
#[test]
fn section_rows_are_modules_and_codes_lose_markup() {
    let page = Page::new(
        "sections.csv",
        "Code,Description\n**COMMON**,\n`C_1`,The body is *not* JSON.\n**ORDERS**,\n[O_1](https://example.com/o1),No such order.\n",
    );
    let output = page.import(&[]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(
        text(&output.stdout),
        "module,code,description\nCOMMON,C_1,The body is *not* JSON.\nORDERS,O_1,No such order.\n"
    );
}

/// Beside a table headed as codes, a table whose codes only a `Name`
/// heading suggests (parameters) is left aside, and stderr says how to pick
/// it.
#[test]
fn a_page_keeps_its_surest_tables() {
    let page = Page::new(
        "two.md",
        "## Parameters\n\n| Name | Type | Description |\n|---|---|---|\n| volume_id | string | The volume to attach. |\n\n## Errors\n\n| Error Code | Description |\n|---|---|\n| V.1 | The volume is busy. |\n",
    );
    let output = page.import(&[]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(
        text(&output.stdout),
        "code,description\nV.1,The volume is busy.\n"
    );
    assert!(
        text(&output.stderr).contains(
            "table 1 (line 3, \"Parameters\"): left aside, the page has tables headed as codes (pick it with --table 1)"
        ),
        "{}",
        text(&output.stderr)
    );
}

/// Without a code column, the error lists the tables and their headings
/// and names the option.
#[test]
fn no_code_column_names_the_option() {
    let page = Page::new(
        "steps.md",
        "| Step | Action |\n|---|---|\n| Fill the kettle | Pour in water. |\n",
    );
    let output = page.import(&[]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("  table 1 (line 1) (headings: Step, Action)\n"),
        "{stderr}"
    );
    assert!(
        stderr.contains("--code-column HEADING or --code-column N"),
        "{stderr}"
    );
}

/// A table written by `export --format markdown` reads back as it was:
/// the codes lose the backticks export wraps them in, each
/// module's section heading is the module again.
#[test]
fn an_exported_table_reads_back() {
    let table = "\
module,code,description,http_status
Heating,K.1,The water is too *hot*.,409
Heating,K.2,The kettle is empty.,400
Lid,K.3,The lid is open.,400
";
    let csv = Page::new("kettle.csv", table);
    let page = Page::new("kettle.md", "");
    let (csv_path, page_path) = (csv.name(), page.name());
    let output = run(&[
        "export",
        "--format",
        "markdown",
        "--title",
        "Kettle",
        &csv_path,
        "--options",
        "columns(http_status: u16)",
        "-o",
        &page_path,
    ]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let output = page.import(&[]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(text(&output.stdout), table);
}
