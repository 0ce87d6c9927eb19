//! The table as written, for the page formats: every column under its own
//! heading and every row, repeated codes and ignored columns included,
//! cells trimmed as the table's rules and `import` trim them.

use error_codes_table::file;
use error_codes_table::header::{self, Layout, Standard};
use std::ops::Range;
use std::path::Path;

/// A table's header and rows as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sheet {
    pub header: Vec<String>,
    /// One cell per heading.
    pub rows: Vec<Vec<String>>,
    /// The code column.
    pub code: usize,
    /// The module column, if there is one.
    pub module: Option<usize>,
}

impl Sheet {
    /// Reads the table at `path`, whose columns `layout` names.
    pub fn read(path: &str, layout: &Layout) -> Result<Sheet, String> {
        let bytes = file::read(Path::new(path)).map_err(|e| format!("cannot read {path}: {e}"))?;
        Sheet::parse(&bytes, layout).map_err(|e| format!("{path}: {e}"))
    }

    /// The table in `bytes` (UTF-8, a byte order mark allowed).
    pub fn parse(bytes: &[u8], layout: &Layout) -> Result<Sheet, String> {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(bytes);
        let mut records = reader.records();
        let header: Vec<String> = match records.next() {
            Some(record) => record
                .map_err(|e| e.to_string())?
                .iter()
                .map(|h| line_feeds(h.trim()))
                .collect(),
            None => return Err("the file has no header".to_string()),
        };
        let headings: Vec<&str> = header.iter().map(String::as_str).collect();
        let (columns, _) = header::find_columns(&headings, layout);
        let code = columns
            .get(Standard::Code)
            .ok_or("the table has no code column")?;
        let module = columns.get(Standard::Module);
        let mut rows = Vec::new();
        for record in records {
            let record = record.map_err(|e| e.to_string())?;
            let mut cells: Vec<String> = record.iter().map(|c| line_feeds(c.trim())).collect();
            cells.resize(header.len(), String::new());
            rows.push(cells);
        }
        Ok(Sheet {
            header,
            rows,
            code,
            module,
        })
    }

    /// The rows in runs of one module each, with that module (blank
    /// module cells belong to the module above, as pages are read).
    pub fn module_runs(&self) -> Vec<(&str, Range<usize>)> {
        let Some(column) = self.module else {
            return vec![("", 0..self.rows.len())];
        };
        let mut runs: Vec<(&str, Range<usize>)> = Vec::new();
        for (index, row) in self.rows.iter().enumerate() {
            let module = row[column].as_str();
            match runs.last_mut() {
                Some((current, range)) if module.is_empty() || module == *current => {
                    range.end = index + 1;
                }
                _ => runs.push((module, index..index + 1)),
            }
        }
        runs
    }
}

/// A cell with its line endings as `import` reads them: a CRLF or a lone
/// CR (a line ending to CommonMark, and to a page's reader) as a line
/// feed, so that no page format has to hold a carriage return.
fn line_feeds(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_and_column_kept_and_modules_in_runs() {
        let table = "\u{feff}Module,Code,Description,Solution\n\
                     A, a.1 ,One.,Wait.\n\
                     ,a.2,Two.,\n\
                     B,a.1,Again.,Retry.\n\
                     A,a.3,\"Back\nto A.\",\n";
        let sheet = Sheet::parse(table.as_bytes(), &Layout::default()).unwrap();
        assert_eq!(sheet.header, ["Module", "Code", "Description", "Solution"]);
        assert_eq!(sheet.rows[0], ["A", "a.1", "One.", "Wait."]);
        assert_eq!(sheet.rows[3][2], "Back\nto A.");
        assert_eq!((sheet.code, sheet.module), (1, Some(0)));
        assert_eq!(sheet.module_runs(), [("A", 0..2), ("B", 2..3), ("A", 3..4)]);
    }

    #[test]
    fn line_endings_are_line_feeds() {
        let table = "code,\"Retry\r\nAfter\"\r\nA.1,\"lone\rCR, CRLF\r\nand LF\n.\"\r\n";
        let sheet = Sheet::parse(table.as_bytes(), &Layout::default()).unwrap();
        assert_eq!(sheet.header, ["code", "Retry\nAfter"]);
        assert_eq!(sheet.rows, [["A.1", "lone\nCR, CRLF\nand LF\n."]]);
    }

    #[test]
    fn without_a_module_column_one_run() {
        let sheet = Sheet::parse(b"code,description\nx,y\n", &Layout::default()).unwrap();
        assert_eq!(sheet.module_runs(), [("", 0..1)]);
    }
}
