//! CSV registries with headings of their own (IANA's `Value,Description`).

use super::page::{Page, Row, Table};

/// The one table of a CSV file, or why it cannot be read.
pub fn tables(text: &str) -> Result<Page, String> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let Some(header) = records.next() else {
        return Ok(Page::default());
    };
    let header = header.map_err(|e| e.to_string())?;
    let header: Vec<String> = header.iter().map(|h| h.trim().to_string()).collect();
    let mut rows = Vec::new();
    for record in records {
        let record = record.map_err(|e| e.to_string())?;
        let line = record.position().map_or(0, |p| p.line() as usize);
        let mut cells: Vec<String> = record.iter().map(|c| c.trim().to_string()).collect();
        cells.resize(header.len().max(cells.len()), String::new());
        rows.push(Row {
            line,
            cells,
            spans_all: false,
        });
    }
    let table = Table {
        line: 1,
        context: None,
        header,
        rows,
        problem: None,
    };
    Ok(Page {
        tables: vec![table],
        notes: Vec::new(),
    })
}
