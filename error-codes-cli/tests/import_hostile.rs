//! `error-codes import` on pages written to break it (issue 21): large,
//! deep, wide or malformed pages read in bounded time and memory, or fail
//! with status 2 and the line at fault.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// A page of its own per test, removed at the end.
struct Page(PathBuf);

impl Page {
    fn new(name: &str, text: &str) -> Page {
        let path =
            std::env::temp_dir().join(format!("error-codes-hostile-{}-{name}", std::process::id()));
        std::fs::File::create(&path)
            .and_then(|mut f| f.write_all(text.as_bytes()))
            .unwrap();
        Page(path)
    }

    fn import(&self) -> Output {
        self.import_within(Duration::from_secs(600))
    }

    /// Imports the page; a run past `limit` is killed and fails the test,
    /// so a page that makes the import quadratic fails instead of hanging.
    fn import_within(&self, limit: Duration) -> Output {
        let mut child = Command::new(env!("CARGO_BIN_EXE_error-codes"))
            .arg("import")
            .arg(&self.0)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let start = Instant::now();
        // Read the pipes on threads so a large output cannot block the child.
        let mut stdout = child.stdout.take().unwrap();
        let mut stderr = child.stderr.take().unwrap();
        let out = std::thread::spawn(move || {
            let mut bytes = Vec::new();
            std::io::Read::read_to_end(&mut stdout, &mut bytes).map(|_| bytes)
        });
        let err = std::thread::spawn(move || {
            let mut bytes = Vec::new();
            std::io::Read::read_to_end(&mut stderr, &mut bytes).map(|_| bytes)
        });
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break status;
            }
            if start.elapsed() > limit {
                child.kill().unwrap();
                panic!("the import of {} ran past {limit:?}", self.0.display());
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        Output {
            status,
            stdout: out.join().unwrap().unwrap(),
            stderr: err.join().unwrap().unwrap(),
        }
    }

    fn name(&self) -> String {
        self.0.display().to_string()
    }
}

impl Drop for Page {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

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
    let output = page.import_within(Duration::from_secs(300));
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
    let output = page.import();
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
    let output = page.import();
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
    let output = page.import();
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
    let output = page.import();
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
    assert!(std::fs::metadata(&page.0).unwrap().len() < 30_000);
    let output = page.import();
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
    let output = page.import_within(Duration::from_secs(300));
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
