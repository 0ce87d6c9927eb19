//! A table read the way `#[error_codes]` reads it, through the rules of
//! `error-codes-table`, for the subcommands that work on a CSV table
//! (`check`, `diff`, `export`).

use error_codes_table::columns::Value;
use error_codes_table::options::{TABLE_OPTIONS, TableOptions, unknown_option};
use error_codes_table::parse::{self, Problem};
use error_codes_table::{file, plain, select};
use syn::parse::Parser;

/// The macro's options that do not change how a table reads: accepted, so
/// that an attribute's arguments can be pasted whole, and left aside.
const OTHER_OPTIONS: [&str; 6] = [
    "csv",
    "crate",
    "code_macro",
    "enum_path",
    "serde",
    "docs_url",
];

/// Parses `--options`, written as inside `#[error_codes(...)]`.
pub fn parse_options(text: Option<&str>) -> Result<TableOptions, String> {
    let mut options = TableOptions::default();
    let Some(text) = text else {
        return Ok(options);
    };
    let tokens: proc_macro2::TokenStream = text
        .parse()
        .map_err(|error| format!("--options: {error}"))?;
    let known: Vec<&str> = TABLE_OPTIONS
        .iter()
        .chain(&OTHER_OPTIONS)
        .copied()
        .collect();
    syn::meta::parser(|meta| {
        let key = meta
            .path
            .get_ident()
            .map(ToString::to_string)
            .unwrap_or_default();
        if TABLE_OPTIONS.contains(&key.as_str()) {
            options.parse(&key, &meta)
        } else if OTHER_OPTIONS.contains(&key.as_str()) {
            meta.value()?.parse::<syn::Lit>().map(drop)
        } else {
            Err(meta.error(unknown_option(&key, &known)))
        }
    })
    .parse2(tokens)
    .map_err(|error| format!("--options: {error}"))?;
    Ok(options)
}

/// One variant of a table as its enum would have it.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub line: usize,
    pub code: String,
    /// The variant's name.
    pub name: String,
    pub module: Option<String>,
    /// As written, markup included.
    pub description: String,
    pub deprecated: Option<String>,
    /// `(column, value)` for every typed column, in declaration order.
    pub values: Vec<(String, Value)>,
    /// Further rows merged into this one (`duplicates = "merge"`).
    pub merged: usize,
    /// The standard `http_status` column's statuses, in the order written.
    pub http_status: Vec<u16>,
    /// The standard `message` and `solution` cells, as written.
    pub message: Option<String>,
    pub solution: Option<String>,
}

impl Entry {
    /// The description as `description()` gives it.
    pub fn plain_description(&self) -> String {
        plain::plain_text(&self.description)
    }
}

/// A table's variants, or every problem the macro would report, each as
/// `file:line: message`.
pub fn load(path: &str, options: &TableOptions) -> Result<Vec<Entry>, Vec<String>> {
    let bytes = file::read(std::path::Path::new(path))
        .map_err(|reason| vec![format!("cannot read {path}: {reason}")])?;
    let shown = |problems: Vec<Problem>| -> Vec<String> {
        problems
            .iter()
            .map(|p| p.display(path).to_string())
            .collect()
    };
    let table = parse::parse_with(&bytes, &options.layout()).map_err(shown)?;
    // Problems of an option rather than of a line (`module = "..."` naming
    // no module): the macro puts them on the option.
    select::check_modules(&table, &options.rows).map_err(|error| {
        error
            .into_iter()
            .map(|e| format!("--options: {e} (in {path})"))
            .collect::<Vec<_>>()
    })?;
    let checked = error_codes_table::check(&table, &options.rows).map_err(shown)?;
    let columns: Vec<String> = options
        .columns
        .iter()
        .map(|d| d.spec.name.clone())
        .collect();
    Ok(checked
        .entries
        .iter()
        .zip(&checked.selected)
        .map(|(entry, selected)| Entry {
            line: entry.row.line,
            code: entry.row.code.clone(),
            name: entry.name.clone(),
            module: entry.row.module.clone(),
            description: entry.row.description.clone(),
            deprecated: entry.row.deprecated.clone(),
            values: columns
                .iter()
                .cloned()
                .zip(entry.row.values.iter().cloned())
                .collect(),
            merged: selected.also.len(),
            http_status: entry.row.http_status.clone(),
            message: entry.row.message.clone(),
            solution: entry.row.solution.clone(),
        })
        .collect())
}
