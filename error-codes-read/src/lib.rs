//! Reads an [error-codes](https://docs.rs/error-codes-core) table file with
//! the [`csv`](https://docs.rs/csv) crate, the table format's reference
//! reader, and hands its records to the rules of
//! [`error-codes-table`](error_codes_table).
//!
//! The rules read no CSV themselves: the macro's code generation builds on
//! them, and this way compiles beside `csv` and the `serde_core` it needs
//! rather than after them, which is most of a first build's wait (issue
//! 20). The `error-codes` command reads through here; the macro carries a
//! copy of [`records`]'s file (see there why).

use error_codes_table::header::Layout;
use error_codes_table::parse::{self, Problem, Record, Records, Table};

mod records;

pub use records::records;

/// Parses a whole file, reporting every problem found rather than the
/// first (see [`error_codes_table::parse::parse_with`]).
pub fn parse_with(bytes: &[u8], layout: &Layout) -> Result<Table, Vec<Problem>> {
    parse::parse_with(bytes, layout, records)
}

/// The headings of a file's header, or `None` when it has no readable
/// header (see [`error_codes_table::parse::headings`]).
pub fn headings(bytes: &[u8]) -> Option<Vec<String>> {
    parse::headings(bytes, records)
}

#[cfg(test)]
mod tests {
    /// Quoted fields come unquoted and unescaped, each record starts where
    /// its first byte is, and records of any length are read.
    #[test]
    fn records_are_read_as_the_csv_crate_reads_them() {
        let text = "code,description\nA.1,\"Commas, \"\"quotes\"\"\nand lines\"\nB\n";
        let problems = super::parse_with(text.as_bytes(), &Default::default())
            .map(|table| table.rows.len())
            .expect_err("B has one field");
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, Some(4));
        let table = super::parse_with(
            b"code,description\nA.1,\"a, \"\"b\"\"\"\n",
            &Default::default(),
        )
        .expect("parses");
        assert_eq!(table.rows[0].description, "a, \"b\"");
        assert_eq!(
            super::headings(b"\xEF\xBB\xBF code , description\n"),
            Some(vec!["code".to_owned(), "description".to_owned()])
        );
    }
}
