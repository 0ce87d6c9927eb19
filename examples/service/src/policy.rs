//! What the table says about answering each code: its HTTP status and
//! whether a client may send the same request again.
//!
//! For now these columns live in `policy.csv`, beside `errors.csv`, and are
//! read here once: the macro does not take columns beyond module, code,
//! name and description yet. With typed columns they move into `errors.csv`
//! (`#[error_codes(csv = "errors.csv", columns(http_status: u16, retryable:
//! bool))]`) and this module goes away: the methods keep their names and
//! signatures as `ServiceError`'s own, so no caller changes.

use std::collections::HashMap;
use std::sync::LazyLock;

use serde::Deserialize;

use crate::ServiceError;

/// The table's policy for a code.
pub trait Policy {
    /// The HTTP status that answers the code.
    fn http_status(&self) -> u16;
    /// Whether the same request may succeed if sent again later.
    fn retryable(&self) -> bool;
}

/// A row of `policy.csv`; the code is read by `ServiceError`'s own
/// `Deserialize`, so a code that is not in `errors.csv` is an error.
#[derive(Deserialize)]
struct Row {
    code: ServiceError,
    http_status: u16,
    retryable: bool,
}

/// The rows of `policy.csv` by code, and the problems found reading it.
struct Table {
    rows: HashMap<ServiceError, (u16, bool)>,
    problems: Vec<String>,
}

static TABLE: LazyLock<Table> = LazyLock::new(|| read(include_str!("../policy.csv")));

fn read(text: &str) -> Table {
    let mut rows = HashMap::new();
    let mut problems = Vec::new();
    for (index, row) in csv::Reader::from_reader(text.as_bytes())
        .deserialize::<Row>()
        .enumerate()
    {
        let line = index + 2;
        match row {
            Ok(row) => {
                if rows
                    .insert(row.code, (row.http_status, row.retryable))
                    .is_some()
                {
                    problems.push(format!("policy.csv:{line}: {} again", row.code.code()));
                }
            }
            Err(error) => problems.push(format!("policy.csv:{line}: {error}")),
        }
    }
    for code in ServiceError::ALL {
        if !rows.contains_key(code) {
            problems.push(format!("policy.csv: no row for {}", code.code()));
        }
    }
    Table { rows, problems }
}

/// Every problem of `policy.csv`: rows that do not parse, codes missing
/// or given twice. The tests require none; a code without a row is
/// answered as an internal error and never retried.
pub fn problems() -> &'static [String] {
    &TABLE.problems
}

impl Policy for ServiceError {
    fn http_status(&self) -> u16 {
        TABLE.rows.get(self).map_or(500, |&(status, _)| status)
    }

    fn retryable(&self) -> bool {
        TABLE
            .rows
            .get(self)
            .is_some_and(|&(_, retryable)| retryable)
    }
}
