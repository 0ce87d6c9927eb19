//! The rules of an [error-codes](https://docs.rs/error-codes-core) table,
//! shared by the `#[error_codes]` macro and the `error-codes` command, so
//! that the two can never disagree about a table.
//!
//! Nothing here emits code or prints: problems are data (a line and a
//! message, [`problem::Problem`]) that each front end shows its own way, the
//! macro as compile errors on its `csv = "..."` literal, the command as
//! `file:line: message` lines.
//!
//! The pipeline reads in file names: [`parse`] turns a file into rows,
//! its records read by the front end's CSV reader (`error-codes-read`,
//! csv-core, the `csv` crate's)
//! ([`header`] finds which column is which, [`columns`] converts typed
//! cells), [`select`] chooses the rows (modules, repeats, merges),
//! [`spaces`] checks codes for white space, [`status`] reads HTTP status
//! cells, [`model`] gives each row its
//! Rust identity ([`plain`] its plain-text description), [`valid`] checks
//! rules across rows (against [`names`], the names the generated enum takes
//! for itself), and [`check`] runs them all in that order. [`suggest`] finds
//! the closest known word for every did-you-mean.
//!
//! Nothing here parses Rust: the options arrive as data (a front end parses
//! them, `error-codes-codegen` from the attribute's tokens), so the rules
//! build without syn.

pub mod columns;
pub mod file;
pub mod grpc;
pub mod header;
pub mod languages;
pub mod model;
pub mod names;
pub mod parse;
#[cfg(test)]
mod parse_props;
pub mod placeholders;
pub mod plain;
pub mod problem;
pub mod select;
pub mod spaces;
pub mod status;
pub mod suggest;
#[cfg(test)]
mod test_reader;
pub mod translations;
pub mod valid;

use parse::Table;
use problem::Problem;
use select::{RowOptions, Selected};

/// A table's rows as the enum will have them: the rows chosen, and a
/// variant name for each.
pub struct Checked<'a> {
    /// One per variant, in table order, with the rows merged into it.
    pub selected: Vec<Selected<'a>>,
    /// The variant of each selected row, in the same order.
    pub entries: Vec<model::NamedRow<'a>>,
}

/// Every rule after parsing, in the order the macro applies them: rows
/// chosen, codes checked for white space, variants named, rules across
/// rows. All problems are returned at once, sorted by line.
pub fn check<'a>(table: &'a Table, rows: &RowOptions) -> Result<Checked<'a>, Vec<Problem>> {
    let (selected, mut problems) = select_rows(table, rows);
    let entries = match model::entries(selected.iter().map(|s| s.row)) {
        Ok(entries) => {
            problems.extend(valid::check(&entries));
            entries
        }
        Err(naming) => {
            problems.extend(naming);
            Vec::new()
        }
    };
    if problems.is_empty() {
        Ok(Checked { selected, entries })
    } else {
        problems.sort_by_key(|problem| problem.line);
        Err(problems)
    }
}

/// The rows chosen (modules, repeats, merges) with their codes checked for
/// white space: what both the attribute, through [`check`], and the derive,
/// whose variants the user names, apply to a table.
pub fn select_rows<'a>(table: &'a Table, rows: &RowOptions) -> (Vec<Selected<'a>>, Vec<Problem>) {
    let (selected, mut problems) = select::select(table, rows);
    let all_rows = selected
        .iter()
        .flat_map(|s| std::iter::once(s.row).chain(s.also.iter().copied()));
    problems.extend(spaces::check_code_characters(all_rows, rows.allow_spaces));
    (selected, problems)
}
