//! Which rows become variants: the rows of the chosen modules, rows
//! repeated cell for cell counted once, and, with `duplicates = "merge"`,
//! the rows that share a code made one.
//!
//! Real tables list a code several times: one code with several documented
//! causes (`EVS.5400` eight times), or codes scoped per API operation, with
//! the operation in the module column (`VPC.0101` in five modules).

use crate::parse::{Row, Table};
use crate::problem::Problem;
use std::collections::BTreeMap;
use std::collections::btree_map::Entry as Slot;

/// The options that choose rows: `duplicates`, `module` / `modules` and
/// `allow_spaces`, as a front end parsed them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RowOptions {
    /// `duplicates = "merge"`.
    pub merge: bool,
    /// `module = "..."` or `modules = [...]`: only these modules' rows.
    pub modules: Option<Vec<String>>,
    /// `allow_spaces = true`: codes may be phrases (`Moved Permanently`).
    pub allow_spaces: bool,
}

/// A variant's rows: the first, whose cells the accessors give, and the
/// others that share its code (only with `duplicates = "merge"`).
pub struct Selected<'a> {
    pub row: &'a Row,
    pub also: Vec<&'a Row>,
}

/// The rows of the chosen modules, each code once, in table order. A code
/// on rows that differ is a problem at the later row unless merged, since
/// `from_code` could return only one of them and the others would be
/// unreachable. The rows come back with the problems, so that later checks
/// still run and every problem of the table is reported in one build.
pub fn select<'a>(table: &'a Table, options: &RowOptions) -> (Vec<Selected<'a>>, Vec<Problem>) {
    let rows: Vec<&Row> = match &options.modules {
        Some(modules) => table
            .rows
            .iter()
            .filter(|row| row.module.as_ref().is_some_and(|m| modules.contains(m)))
            .collect(),
        None => table.rows.iter().collect(),
    };
    // Codes whose samples (length, first and last 8 bytes) all differ are
    // all different, the common case: a sort of integers, where a map of
    // strings was most of this check at 10,000 rows in a macro built at
    // opt-level 0. Only a table with a suspect pair builds the map.
    let codes: Vec<&str> = rows.iter().map(|row| row.code.as_str()).collect();
    if samples_are_distinct(&codes) {
        let selected = rows.into_iter().map(|row| Selected {
            row,
            also: Vec::new(),
        });
        return (selected.collect(), Vec::new());
    }
    let mut selected: Vec<Selected> = Vec::new();
    let mut position: BTreeMap<&str, usize> = BTreeMap::new();
    let mut problems = Vec::new();
    for row in rows {
        match position.entry(&row.code) {
            Slot::Vacant(slot) => {
                slot.insert(selected.len());
                selected.push(Selected {
                    row,
                    also: Vec::new(),
                });
            }
            Slot::Occupied(at) => {
                let group = &mut selected[*at.get()];
                let repeated = std::iter::once(group.row)
                    .chain(group.also.iter().copied())
                    .any(|earlier| same_cells(earlier, row));
                if repeated {
                    continue;
                }
                if options.merge {
                    problems.extend(disagreements(group.row, row, &table.headings));
                    group.also.push(row);
                } else {
                    problems.push(Problem::at(
                        row.line,
                        duplicate(group.row, row, table.has_module),
                    ));
                }
            }
        }
    }
    (selected, problems)
}

/// The message for a code on two rows that differ, with the ways out.
fn duplicate(first: &Row, row: &Row, suggest_module: bool) -> String {
    let mut message = format!(
        "duplicate code `{}`, first defined on line {}; add `duplicates = \"merge\"` to make such rows one variant",
        row.code, first.line
    );
    if suggest_module {
        message.push_str(", or `module = \"...\"` to build the enum from one module's rows");
    }
    message
}

/// Merged rows become one variant, which has one name, one deprecation
/// and one value per typed column: where a later row's cell says otherwise
/// than the first row's, keeping the first without a word would lose it
/// without a word, so each such cell is a problem at the later row. Modules
/// and descriptions may differ: the variant's rustdoc lists every row's.
fn disagreements(first: &Row, row: &Row, headings: &[String]) -> Vec<Problem> {
    let mut columns: Vec<String> = Vec::new();
    if first.name != row.name {
        columns.push("`name`".to_owned());
    }
    if first.deprecated != row.deprecated {
        columns.push("`deprecated`".to_owned());
    }
    for ((before, after), heading) in first.values.iter().zip(&row.values).zip(headings) {
        if before != after {
            columns.push(format!("`{heading}`"));
        }
    }
    columns
        .into_iter()
        .map(|column| {
            Problem::at(
                row.line,
                format!(
                    "code `{}` on lines {} and {} differs in column {column}, and the merged variant has one value: make the cells agree, or give the rows codes of their own",
                    row.code, first.line, row.line
                ),
            )
        })
        .collect()
}

/// Whether two rows say the same in every cell: such a repeat (a copy and
/// paste in the published page) is one row, not a conflict.
fn same_cells(a: &Row, b: &Row) -> bool {
    // Written out without `..`, so that a new column cannot be forgotten.
    let Row {
        line: _,
        code,
        description,
        module,
        name,
        deprecated,
        http_status,
        message,
        solution,
        grpc_code,
        values,
        translations,
    } = a;
    *code == b.code
        && *description == b.description
        && *module == b.module
        && *name == b.name
        && *deprecated == b.deprecated
        && *http_status == b.http_status
        && *message == b.message
        && *solution == b.solution
        && *grpc_code == b.grpc_code
        && *values == b.values
        && *translations == b.translations
}

/// Every module named by `module` / `modules` must be in the table: a typo
/// would otherwise build an empty or partial enum. Each problem comes with
/// the position of the module in `options.modules`, for the front end to
/// point at.
pub fn check_modules(table: &Table, options: &RowOptions) -> Vec<(usize, String)> {
    let Some(wanted) = &options.modules else {
        return Vec::new();
    };
    let mut known: Vec<&str> = Vec::new();
    for row in &table.rows {
        if let Some(module) = row.module.as_deref()
            && !known.contains(&module)
        {
            known.push(module);
        }
    }
    let list = known
        .iter()
        .map(|module| format!("`{module}`"))
        .collect::<Vec<_>>()
        .join(", ");
    wanted
        .iter()
        .enumerate()
        .filter(|(_, module)| !known.contains(&module.as_str()))
        .map(|(position, module)| {
            let message = if known.is_empty() {
                format!("no module `{module}`: the table has no module names (no `module` column, or every cell is empty)")
            } else {
                format!("no module `{module}` in the table; its modules are {list}")
            };
            (position, message)
        })
        .collect()
}

/// Whether every code differs from every other in its length, first 8 or
/// last 8 bytes: then all are distinct, without comparing strings. Sorted
/// integers rather than a set of strings: cheap in a macro built at
/// opt-level 0.
fn samples_are_distinct(codes: &[&str]) -> bool {
    let word = |bytes: &[u8]| {
        let mut word = [0u8; 8];
        word[..bytes.len()].copy_from_slice(bytes);
        u64::from_le_bytes(word)
    };
    let mut samples: Vec<(usize, u64, u64)> = codes
        .iter()
        .map(|code| {
            let bytes = code.as_bytes();
            let ends = bytes.len().min(8);
            (
                bytes.len(),
                word(&bytes[..ends]),
                word(&bytes[bytes.len() - ends..]),
            )
        })
        .collect();
    samples.sort_unstable();
    samples.windows(2).all(|pair| pair[0] != pair[1])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse;

    fn select_codes(text: &str, options: &RowOptions) -> Result<Vec<(String, usize)>, Vec<String>> {
        let table = parse::parse(text.as_bytes()).expect("parses");
        match select(&table, options) {
            (selected, problems) if problems.is_empty() => Ok(selected
                .iter()
                .map(|s| (s.row.code.clone(), 1 + s.also.len()))
                .collect()),
            (_, problems) => Err(problems
                .iter()
                .map(|p| p.display("t.csv").to_string())
                .collect()),
        }
    }

    fn modules(names: &[&str]) -> RowOptions {
        RowOptions {
            modules: Some(names.iter().map(|name| name.to_string()).collect()),
            ..RowOptions::default()
        }
    }

    #[test]
    fn rows_identical_in_every_cell_are_one() {
        assert_eq!(
            select_codes("code,description\nA,a\nB,b\nA,a\n", &RowOptions::default()),
            Ok(vec![("A".into(), 1), ("B".into(), 1)])
        );
    }

    #[test]
    fn a_code_on_rows_that_differ_names_both_ways_out() {
        assert_eq!(
            select_codes("module,code,description\nM,A,a\nN,A,b\n", &RowOptions::default()),
            Err(vec![
                "t.csv:3: duplicate code `A`, first defined on line 2; add `duplicates = \"merge\"` to make such rows one variant, or `module = \"...\"` to build the enum from one module's rows".into()
            ])
        );
        assert_eq!(
            select_codes("code,description\nA,a\nA,b\n", &RowOptions::default()),
            Err(vec![
                "t.csv:3: duplicate code `A`, first defined on line 2; add `duplicates = \"merge\"` to make such rows one variant".into()
            ])
        );
    }

    #[test]
    fn merged_rows_keep_the_first_and_count_the_others() {
        let merge = RowOptions {
            merge: true,
            ..RowOptions::default()
        };
        assert_eq!(
            select_codes("code,description\nA,a\nB,b\nA,c\nA,a\nA,d\n", &merge),
            Ok(vec![("A".into(), 3), ("B".into(), 1)])
        );
    }

    /// Merged rows must agree on what the variant has one of.
    #[test]
    fn merged_rows_that_disagree_on_a_typed_or_deprecated_cell_are_an_error() {
        let merge = RowOptions {
            merge: true,
            ..RowOptions::default()
        };
        assert_eq!(
            select_codes(
                "code,description,deprecated,name\nA,a,,\nA,b,old,\nA,c,,Other\nA,d,,\n",
                &merge
            ),
            Err(vec![
                "t.csv:3: code `A` on lines 2 and 3 differs in column `deprecated`, and the merged variant has one value: make the cells agree, or give the rows codes of their own".to_owned(),
                "t.csv:4: code `A` on lines 2 and 4 differs in column `name`, and the merged variant has one value: make the cells agree, or give the rows codes of their own".to_owned(),
            ])
        );
        let layout = crate::header::Layout {
            columns: vec![crate::columns::ColumnSpec {
                name: "status".into(),
                heading: Some("HTTP Status".into()),
                kind: crate::columns::Kind::Int(crate::columns::Int::U16),
                optional: false,
                type_name: "u16".into(),
            }],
            ..Default::default()
        };
        let table = crate::parse::parse_with(
            b"code,description,HTTP Status\nA,a,404\nB,b,500\nA,c,404\nA,d,410\n",
            &layout,
            crate::test_reader::records,
        )
        .expect("valid table");
        let (selected, problems) = select(&table, &merge);
        assert_eq!(selected.len(), 2);
        let shown: Vec<String> = problems
            .iter()
            .map(|p| p.display("t.csv").to_string())
            .collect();
        assert_eq!(
            shown,
            [
                "t.csv:5: code `A` on lines 2 and 5 differs in column `HTTP Status`, and the merged variant has one value: make the cells agree, or give the rows codes of their own"
            ]
        );
    }

    #[test]
    fn modules_choose_rows_and_codes_are_unique_among_them_only() {
        let text =
            "module,code,description\nCreate,X.1,a\nDelete,X.1,b\nCreate,X.2,c\nList,X.3,d\n";
        assert_eq!(
            select_codes(text, &modules(&["Create"])),
            Ok(vec![("X.1".into(), 1), ("X.2".into(), 1)])
        );
        assert_eq!(
            select_codes(text, &modules(&["Delete", "List"])),
            Ok(vec![("X.1".into(), 1), ("X.3".into(), 1)])
        );
        assert!(select_codes(text, &modules(&["Create", "Delete"])).is_err());
    }

    #[test]
    fn unknown_modules_list_the_tables_modules() {
        let table = parse::parse(b"module,code,description\nCreate,X.1,a\nDelete,X.2,b\n,X.3,c\n")
            .expect("parses");
        assert_eq!(
            check_modules(&table, &modules(&["Create", "Updte"])),
            [(
                1,
                "no module `Updte` in the table; its modules are `Create`, `Delete`".to_owned()
            )]
        );
        let table = parse::parse(b"code,description\nX.1,a\n").expect("parses");
        assert_eq!(check_modules(&table, &modules(&["Create"])).len(), 1);
    }
}
