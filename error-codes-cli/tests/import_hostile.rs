//! `error-codes import` on pages written to break it: large,
//! deep, wide or malformed pages read in bounded time and memory, or fail
//! with status 2 and the line at fault.

mod common;

use common::{Page, text};
use std::time::Duration;

/// Counting each row's line from the start of the page made Markdown
/// import quadratic: 20,000 rows took 13 s in release, so these 100,000
/// would take minutes (hours in a debug build); read linearly, a few
/// seconds. The limit only turns a hang into a failure; it measures
/// nothing (BENCHMARKS.md has the numbers).
#[test]
fn a_large_markdown_page_is_read_in_one_pass() {
    let rows = 100_000;
    let mut page = String::from("# Errors\n\n| Code | Description |\n|---|---|\n");
    for i in 0..rows {
        page.push_str(&format!("| L.{i} | Row {i}. |\n"));
    }
    let page = Page::new("large.md", &page);
    let output = page.import_within(&[], Duration::from_secs(300));
    assert!(output.status.success(), "{}", text(&output.stderr));
    let csv = text(&output.stdout);
    assert_eq!(csv.lines().count(), rows + 1);
    assert!(csv.ends_with("L.99999,Row 99999.\n"));
}

/// docutils refuses a simple table with text in a column margin; the
/// import does too, with status 2 and the line, instead of moving the
/// code's last character into the description.
#[test]
fn text_in_a_simple_table_margin_fails_with_its_line() {
    let page = Page::new(
        "margin.rst",
        "Errors\n======\n\n=====  =============\nCode   Description\n=====  =============\nM.1    Fits.\nM.1000 Overflows.\n=====  =============\n",
    );
    let output = page.import(&[]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        text(&output.stderr),
        format!(
            "error: {}: table 1 (line 4, \"Errors\"): line 8: text in the margin between columns 1 and 2 of the simple table of line 4 (`M.1000 Overflows.`): docutils refuses it too; widen the column's `=` border\n",
            page.name()
        )
    );
    assert_eq!(output.stdout, b"");
}

/// The last row of a grid table without its bottom border is read, and
/// the note says so; before, it was dropped with status 0.
#[test]
fn a_grid_table_without_its_bottom_border_keeps_its_last_row() {
    let page = Page::new(
        "open.rst",
        "+------+-------------+\n| Code | Description |\n+======+=============+\n| O.1  | First.      |\n+------+-------------+\n| O.2  | Last.       |\n",
    );
    let output = page.import(&[]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(
        text(&output.stdout),
        "code,description\nO.1,First.\nO.2,Last.\n"
    );
    assert_eq!(
        text(&output.stderr),
        format!(
            "{}: line 6: the grid table of line 1 has no bottom border; its last row is read to this line\n",
            page.name()
        )
    );
}

/// A grid table drawn with tabs (docutils reads them as spaces to the next
/// multiple of 8 columns) gave "no table found".
#[test]
fn a_tab_aligned_grid_table_is_read() {
    let page = Page::new(
        "tabs.rst",
        "+-------+---------------+\n| Code\t| Description\t|\n+=======+===============+\n| T.1\t| Tabbed.\t|\n+-------+---------------+\n",
    );
    let output = page.import(&[]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(text(&output.stdout), "code,description\nT.1,Tabbed.\n");
}

/// `\|` at the end of a Markdown cell is a pipe in the cell.
#[test]
fn an_escaped_pipe_ends_a_markdown_cell() {
    let page = Page::new(
        "pipe.md",
        "| Code | Description |\n|---|---|\n| P.1 | Either a \\| |\n",
    );
    let output = page.import(&[]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(text(&output.stdout), "code,description\nP.1,Either a |\n");
}

/// A 26 KB page of `colspan="1000" rowspan="1000"` cells took 1.4 GB:
/// its spans stop at the page's grid budget, and stderr says where.
#[test]
fn huge_html_spans_stop_at_the_grid_budget() {
    let cells = "<td colspan=\"1000\" rowspan=\"1000\">S.1</td>".repeat(20);
    let rows = format!("<tr>{cells}</tr>\n").repeat(30);
    let page = Page::new(
        "spans.html",
        &format!("<table>\n<tr><th>Code</th><th>Description</th></tr>\n{rows}</table>\n"),
    );
    assert!(std::fs::metadata(page.path()).unwrap().len() < 30_000);
    let output = page.import(&[]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains(": the page asks for a larger grid than the importer holds (64 MiB beyond its own cells); from there on, row and column spans fill one cell\n"),
        "{stderr}"
    );
    // Every byte of output is a cell the budget paid for.
    assert!(output.stdout.len() < 64 << 20, "{}", output.stdout.len());
}

/// Elements nested 50,000 deep: html5ever's tree builder is quadratic in
/// the depth (20,000 took 10 s), so deep tags are read as text.
#[test]
fn deeply_nested_html_is_read_as_text() {
    let depth = 50_000;
    let page = Page::new(
        "deep.html",
        &format!(
            "<table><tr><th>Code</th><th>Description</th></tr>\n<tr><td>D.1</td><td>{}Deep.{}</td></tr></table>",
            "<div>".repeat(depth),
            "</div>".repeat(depth)
        ),
    );
    let output = page.import_within(&[], Duration::from_secs(300));
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(text(&output.stdout), "code,description\nD.1,Deep.\n");
    assert!(
        text(&output.stderr).contains(
            "line 2: elements nested deeper than 100 are read as the text of the element around them"
        ),
        "{}",
        text(&output.stderr)
    );
}

/// A large JSON registry and a code cell of many footnote marks are read
/// in time linear in their size (the limit only turns a hang into a
/// failure).
#[test]
fn a_large_registry_and_many_marks_are_read_in_one_pass() {
    let rows = 50_000;
    let mut json = String::from("[\n");
    for i in 0..rows {
        json.push_str(&format!(
            "  {{\"code\": \"J.{i}\", \"message\": \"Row {i}.\"}}{}\n",
            if i + 1 < rows { "," } else { "" }
        ));
    }
    json.push_str("]\n");
    let page = Page::new("large.json", &json);
    let output = page.import_within(&[], Duration::from_secs(300));
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(text(&output.stdout).lines().count(), rows + 1);
    let marks = format!(
        "| Code | Description |\n|---|---|\n| M.1{} | Marked. |\n| M.2 | Plain. |\n",
        " (^)".repeat(100_000)
    );
    let page = Page::new("marks.md", &marks);
    let output = page.import_within(&[], Duration::from_secs(300));
    assert!(output.status.success(), "{}", text(&output.stderr));
}
