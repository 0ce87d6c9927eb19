//! The rules of an [error-codes](https://docs.rs/error-codes-core) table,
//! shared by the `#[error_codes]` macro and the `error-codes` command, so
//! that the two can never disagree about a table.
//!
//! Nothing here emits code or prints: problems are data (a line and a
//! message, [`parse::Problem`]) that each front end shows its own way, the
//! macro as compile errors on its `csv = "..."` literal, the command as
//! `file:line: message` lines.
//!
//! The pipeline reads in file names: [`parse`] turns bytes into rows
//! ([`header`] finds which column is which, [`columns`] converts typed
//! cells), [`select`] chooses the rows (modules, repeats, merges),
//! [`spaces`] checks codes for white space, [`status`] reads HTTP status
//! cells, [`model`] gives each row its
//! Rust identity ([`plain`] its plain-text description), [`valid`] checks
//! rules across rows, and [`check`] runs them all in that order.
//! [`options`] parses the options that change how a table reads, in the
//! attribute's own syntax.

pub mod columns;
pub mod file;
pub mod header;
pub mod model;
pub mod options;
pub mod parse;
#[cfg(test)]
mod parse_props;
pub mod plain;
pub mod select;
pub mod spaces;
pub mod status;
pub mod suggest;
pub mod valid;

use parse::{Problem, Table};
use select::{RowOptions, Selected};

/// A table's rows as the enum will have them: the rows chosen, and a
/// variant name for each.
pub struct Checked<'a> {
    /// One per variant, in table order, with the rows merged into it.
    pub selected: Vec<Selected<'a>>,
    /// The variant of each selected row, in the same order.
    pub entries: Vec<model::Entry<'a>>,
}

/// Every rule after parsing, in the order the macro applies them: rows
/// chosen, codes checked for white space, variants named, rules across
/// rows. All problems are returned at once, sorted by line.
pub fn check<'a>(table: &'a Table, rows: &RowOptions) -> Result<Checked<'a>, Vec<Problem>> {
    let (selected, mut problems) = select::select(table, rows);
    let all_rows = selected
        .iter()
        .flat_map(|s| std::iter::once(s.row).chain(s.also.iter().copied()));
    problems.extend(spaces::check_code_characters(all_rows, rows.allow_spaces));
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
