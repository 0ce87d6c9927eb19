//! Reads a fixture CSV the way a user reads it, with the `csv` crate and the
//! documented rules (columns by header name, any ASCII case; fields trimmed;
//! empty `module`/`name` cells absent), so that tests compare the macro's
//! output with values it did not compute.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// One data row of a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub code: String,
    pub description: String,
    pub module: Option<String>,
    pub name: Option<String>,
}

/// A path relative to this package's `Cargo.toml`, as `csv = "..."` is.
pub fn package_path(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

/// Every data row of the CSV at `relative` (from this package's directory).
pub fn read_rows(relative: &str) -> Vec<Row> {
    let path = package_path(relative);
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_path(&path)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()));
    let headers: Vec<String> = reader
        .headers()
        .expect("header row")
        .iter()
        .map(|header| header.trim_start_matches('\u{feff}').to_ascii_lowercase())
        .collect();
    let column = |name: &str| headers.iter().position(|header| header == name);
    let (code, description) = (
        column("code").expect("code column"),
        column("description").expect("description column"),
    );
    let (module, name) = (column("module"), column("name"));
    let present = |record: &csv::StringRecord, index: Option<usize>| {
        index
            .and_then(|index| record.get(index))
            .filter(|cell| !cell.is_empty())
            .map(str::to_owned)
    };
    reader
        .records()
        .map(|record| {
            let record = record.expect("well-formed record");
            Row {
                code: record[code].to_owned(),
                description: record[description].to_owned(),
                module: present(&record, module),
                name: present(&record, name),
            }
        })
        .collect()
}
