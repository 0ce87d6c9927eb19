//! A table read the way `#[error_codes]` reads it, through the rules of
//! `error-codes-table`, for the subcommands that work on a CSV table
//! (`check`, `diff`, `export`).

use error_codes_codegen::options::Options;
use error_codes_table::columns::Value;
use error_codes_table::parse::{self, Problem};
use error_codes_table::{file, plain, select};

/// Parses `--options`, written as inside `#[error_codes(...)]`, through
/// the option table the macros parse with: every option of the attribute
/// is accepted, so that its arguments can be pasted whole.
pub fn parse_options(text: Option<&str>) -> Result<Options, String> {
    Options::parse_text(text.unwrap_or(""))
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
pub fn load(path: &str, options: &Options) -> Result<Vec<Entry>, Vec<String>> {
    let bytes = file::read(std::path::Path::new(path))
        .map_err(|reason| vec![format!("cannot read {path}: {reason}")])?;
    let shown = |problems: Vec<Problem>| -> Vec<String> {
        problems
            .iter()
            .map(|p| p.display(path).to_string())
            .collect()
    };
    let table = parse::parse_with(&bytes, &options.layout).map_err(shown)?;
    // Problems of an option rather than of a line (`module = "..."` naming
    // no module): the macro puts them on the option.
    let modules = select::check_modules(&table, &options.rows);
    if !modules.is_empty() {
        return Err(modules
            .into_iter()
            .map(|(_, message)| format!("--options: {message} (in {path})"))
            .collect());
    }
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
