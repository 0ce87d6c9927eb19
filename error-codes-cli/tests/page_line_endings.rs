//! Pages of a table whose cells and headings hold line endings of every
//! kind (a lone CR, CRLF, a heading over two lines) read back through
//! `import` as the table itself does, and the `ignore` that names such a
//! heading names it in the table read back.

mod common;

use common::{Dir, text};

const TABLE: &str = "code,description,\"Retry\r\nAfter\",\"Next\nStep\"\r\n\
A.1,\"lone\rCR\",1,Wait.\r\n\
A.2,\"CRLF\r\ninside\",2,\"Two\rlines\"\r\n\
A.3,\"mixed\r\n\rends\n\nand a blank line\",3,x\n";

#[test]
fn pages_of_cells_with_any_line_ending_read_back() {
    let dir = Dir::new("line-endings");
    dir.write("t.csv", TABLE);
    let table = dir.run(&["import", "t.csv", "-o", "table.csv"]);
    assert!(table.status.success(), "{}", text(&table.stderr));
    let expected = std::fs::read_to_string(dir.join("table.csv")).unwrap();
    assert!(!expected.contains('\r'), "{expected:?}");
    assert!(
        expected.starts_with("code,description,Retry After,Next Step\n"),
        "{expected:?}"
    );
    for (format, extension) in [("markdown", "md"), ("rst", "rst"), ("html", "html")] {
        let page = format!("page.{extension}");
        let export = dir.run(&[
            "export",
            "t.csv",
            "--format",
            format,
            "--options",
            "ignore = [\"Retry After\", \"Next Step\"]",
            "-o",
            &page,
        ]);
        assert!(
            export.status.success(),
            "{format}: {}",
            text(&export.stderr)
        );
        let back = format!("back-{extension}.csv");
        let import = dir.run(&["import", &page, "-o", &back]);
        assert!(
            import.status.success(),
            "{format}: {}",
            text(&import.stderr)
        );
        let read = std::fs::read_to_string(dir.join(&back)).unwrap();
        assert_eq!(read, expected, "{format}");
        // The heading that was over two lines, named as written in the
        // table, in the table read back from the page.
        let check = dir.run(&[
            "check",
            &back,
            "--options",
            "ignore = [\"Retry\\r\\nAfter\", \"Next\\nStep\"]",
        ]);
        assert_eq!(
            check.status.code(),
            Some(0),
            "{format}: {}",
            text(&check.stderr)
        );
    }
    // And in the table itself.
    let check = dir.run(&[
        "check",
        "t.csv",
        "--options",
        "ignore = [\"Retry After\", \"Next Step\"]",
    ]);
    assert_eq!(check.status.code(), Some(0), "{}", text(&check.stderr));
}
