//! `error-codes diff`: what a change of table changes for the users of
//! the generated enum, and whether it breaks them.

use crate::table::{Column, Entry};
use error_codes_table::columns::Value;
use std::collections::BTreeMap;
use std::fmt;

/// One change, as a user of the enum meets it.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// A new code: a new variant.
    Added { code: String, name: String },
    /// A code gone: every `match` on its variant breaks.
    Removed { code: String, name: String },
    /// Same code, another variant name: every use of the old name breaks.
    Renamed {
        code: String,
        old: String,
        new: String,
    },
    Module {
        code: String,
        old: Option<String>,
        new: Option<String>,
    },
    Description {
        code: String,
        old: String,
        new: String,
    },
    /// A column the new table has and the old one had not: with a
    /// `columns(...)` entry, a new accessor.
    ColumnAdded { column: String, declared: bool },
    /// A column the old table had and the new one has not: with a
    /// `columns(...)` entry, its accessor is gone, which breaks its callers
    /// (and the options no longer fit the table).
    ColumnRemoved { column: String, declared: bool },
    /// A language of translated columns (`description@de`) the new table
    /// has and the old one had not, or the other way round: never
    /// breaking, since a language a table lacks falls back to its own.
    Language { tag: String, added: bool },
    /// A column's value, for a column both tables have.
    Value {
        code: String,
        column: String,
        old: Option<String>,
        new: Option<String>,
    },
    /// Another HTTP status: `http_status()` answers otherwise.
    Status {
        code: String,
        old: Vec<u16>,
        new: Vec<u16>,
    },
    /// Newly marked `#[deprecated]`: uses warn from now on.
    Deprecated { code: String, note: String },
    /// No longer deprecated.
    Undeprecated { code: String },
    /// The rows' order changed: `Ord` and `ALL` follow the table.
    Reordered,
}

impl Change {
    /// Whether code that compiled against the old enum may not compile
    /// against the new one.
    pub fn breaks(&self) -> bool {
        matches!(
            self,
            Change::Removed { .. }
                | Change::Renamed { .. }
                | Change::ColumnRemoved { declared: true, .. }
        )
    }
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let or_none = |value: &Option<String>| value.clone().unwrap_or_else(|| "(none)".into());
        match self {
            Change::Added { code, name } => write!(f, "added       {code} (variant {name})"),
            Change::Removed { code, name } => {
                write!(f, "removed     {code} (variant {name}): breaking")
            }
            Change::Renamed { code, old, new } => {
                write!(
                    f,
                    "renamed     {code}: variant {old} is now {new}: breaking"
                )
            }
            Change::Module { code, old, new } => {
                write!(
                    f,
                    "module      {code}: {:?} -> {:?}",
                    or_none(old),
                    or_none(new)
                )
            }
            Change::Description { code, old, new } => {
                write!(f, "description {code}: {old:?} -> {new:?}")
            }
            Change::Language { tag, added } => {
                let how = if *added { "added" } else { "removed" };
                write!(f, "language    {tag} {how}")
            }
            Change::ColumnAdded { column, declared } => {
                write!(f, "column      {column:?} added")?;
                if !declared {
                    f.write_str(" (read by no `columns(...)` entry)")?;
                }
                Ok(())
            }
            Change::ColumnRemoved { column, declared } => {
                write!(f, "column      {column:?} removed")?;
                if *declared {
                    f.write_str(": its accessor is gone: breaking")?;
                }
                Ok(())
            }
            Change::Value {
                code,
                column,
                old,
                new,
            } => {
                write!(
                    f,
                    "value       {code}: {column} {} -> {}",
                    or_none(old),
                    or_none(new)
                )
            }
            Change::Status { code, old, new } => {
                let show = |statuses: &[u16]| match statuses {
                    [] => "(none)".to_string(),
                    _ => statuses
                        .iter()
                        .map(u16::to_string)
                        .collect::<Vec<_>>()
                        .join("/"),
                };
                write!(f, "status      {code}: {} -> {}", show(old), show(new))
            }
            Change::Deprecated { code, note } => write!(f, "deprecated  {code}: {note:?}"),
            Change::Undeprecated { code } => write!(f, "undeprecated {code}"),
            Change::Reordered => write!(f, "reordered   the rows (Ord and ALL follow the table)"),
        }
    }
}

/// The columns added and removed, in the new table's order, then the
/// removed ones in the old table's order.
pub fn column_changes(old: &[Column], new: &[Column]) -> Vec<Change> {
    let added = new
        .iter()
        .filter(|c| !old.iter().any(|o| o.name == c.name))
        .map(|c| Change::ColumnAdded {
            column: c.name.clone(),
            declared: c.declared,
        });
    let removed = old
        .iter()
        .filter(|c| !new.iter().any(|n| n.name == c.name))
        .map(|c| Change::ColumnRemoved {
            column: c.name.clone(),
            declared: c.declared,
        });
    added.chain(removed).collect()
}

/// Every change from `old` to `new`, codes in the new table's order, then
/// the codes removed in the old table's order. Values are compared in the
/// columns both have ([`column_changes`] reports the others).
pub fn diff(old: &[Entry], new: &[Entry]) -> Vec<Change> {
    let old_by_code: BTreeMap<&str, &Entry> = old.iter().map(|e| (e.code.as_str(), e)).collect();
    let new_by_code: BTreeMap<&str, &Entry> = new.iter().map(|e| (e.code.as_str(), e)).collect();
    let mut changes = language_changes(old, new);
    for entry in new {
        let code = entry.code.clone();
        let Some(before) = old_by_code.get(entry.code.as_str()) else {
            changes.push(Change::Added {
                code,
                name: entry.name.clone(),
            });
            continue;
        };
        if before.name != entry.name {
            changes.push(Change::Renamed {
                code: code.clone(),
                old: before.name.clone(),
                new: entry.name.clone(),
            });
        }
        if before.module != entry.module {
            changes.push(Change::Module {
                code: code.clone(),
                old: before.module.clone(),
                new: entry.module.clone(),
            });
        }
        let (old_text, new_text) = (before.plain_description(), entry.plain_description());
        if old_text != new_text {
            changes.push(Change::Description {
                code: code.clone(),
                old: old_text,
                new: new_text,
            });
        }
        if before.http_status != entry.http_status {
            changes.push(Change::Status {
                code: code.clone(),
                old: before.http_status.clone(),
                new: entry.http_status.clone(),
            });
        }
        // The message, the solution and the gRPC code as their accessors
        // give them.
        let texts = |e: &Entry| {
            let plain = |cell: &Option<String>| {
                cell.as_deref()
                    .map(|text| Value::Str(error_codes_table::plain::plain_text(text)))
                    .unwrap_or(Value::None)
            };
            let grpc = e
                .grpc_code
                .map_or(Value::None, |code| Value::Int(i128::from(code)));
            let mut texts = vec![
                ("message".to_string(), plain(&e.message)),
                ("solution".to_string(), plain(&e.solution)),
                ("grpc_code".to_string(), grpc),
            ];
            // Each translation, under its column's heading, so that a
            // translation changed shows as its cell does; a language one
            // version lacks is the column change it is.
            for (tag, cells) in &e.translations {
                let tag = tag.to_ascii_lowercase();
                texts.push((format!("description@{tag}"), plain(&cells.description)));
                texts.push((format!("message@{tag}"), plain(&cells.message)));
                texts.push((format!("solution@{tag}"), plain(&cells.solution)));
            }
            texts
        };
        changes.extend(value_changes(&code, &texts(before), &texts(entry)));
        changes.extend(value_changes(&code, &before.values, &entry.values));
        match (&before.deprecated, &entry.deprecated) {
            (None, Some(note)) => {
                changes.push(Change::Deprecated {
                    code: code.clone(),
                    note: note.clone(),
                });
            }
            (Some(_), None) => changes.push(Change::Undeprecated { code: code.clone() }),
            _ => {}
        }
    }
    for entry in old {
        if !new_by_code.contains_key(entry.code.as_str()) {
            changes.push(Change::Removed {
                code: entry.code.clone(),
                name: entry.name.clone(),
            });
        }
    }
    let kept_old: Vec<&str> = old
        .iter()
        .map(|e| e.code.as_str())
        .filter(|code| new_by_code.contains_key(code))
        .collect();
    let kept_new: Vec<&str> = new
        .iter()
        .map(|e| e.code.as_str())
        .filter(|code| old_by_code.contains_key(code))
        .collect();
    if kept_old != kept_new {
        changes.push(Change::Reordered);
    }
    changes
}

/// The languages of translated columns one version has and the other
/// has not, the added ones first.
fn language_changes(old: &[Entry], new: &[Entry]) -> Vec<Change> {
    let tags = |entries: &[Entry]| -> Vec<String> {
        entries.first().map_or_else(Vec::new, |entry| {
            entry
                .translations
                .iter()
                .map(|(tag, _)| tag.to_ascii_lowercase())
                .collect()
        })
    };
    let (before, after) = (tags(old), tags(new));
    let added = after
        .iter()
        .filter(|tag| !before.contains(tag))
        .map(|tag| Change::Language {
            tag: tag.clone(),
            added: true,
        });
    let removed = before
        .iter()
        .filter(|tag| !after.contains(tag))
        .map(|tag| Change::Language {
            tag: tag.clone(),
            added: false,
        });
    added.chain(removed).collect()
}

fn value_changes(code: &str, old: &[(String, Value)], new: &[(String, Value)]) -> Vec<Change> {
    let columns: Vec<&str> = old
        .iter()
        .map(|(c, _)| c.as_str())
        .filter(|c| new.iter().any(|(n, _)| n == c))
        .collect();
    let find = |values: &[(String, Value)], column: &str| {
        values
            .iter()
            .find(|(c, _)| c == column)
            .map(|(_, v)| show(v))
    };
    columns
        .into_iter()
        .filter_map(|column| {
            let (before, after) = (find(old, column), find(new, column));
            (before != after).then(|| Change::Value {
                code: code.to_string(),
                column: column.to_string(),
                old: before,
                new: after,
            })
        })
        .collect()
}

/// A typed value as Rust would write it.
pub fn show(value: &Value) -> String {
    match value {
        Value::None => "None".into(),
        Value::Bool(b) => b.to_string(),
        Value::Int(i) => i.to_string(),
        Value::Big(u) => u.to_string(),
        Value::F32(x) => format!("{x:?}"),
        Value::F64(x) => format!("{x:?}"),
        Value::Char(c) => format!("{c:?}"),
        Value::Str(s) => format!("{s:?}"),
        Value::Variant { name, .. } => name.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(code: &str, name: &str, description: &str) -> Entry {
        Entry {
            line: 2,
            code: code.into(),
            name: name.into(),
            module: None,
            description: description.into(),
            deprecated: None,
            values: Vec::new(),
            merged: 0,
            http_status: Vec::new(),
            message: None,
            solution: None,
            grpc_code: None,
            translations: Vec::new(),
        }
    }

    #[test]
    fn a_changed_translation_is_a_change_of_its_cell() {
        use error_codes_table::parse::Translation;
        let mut old = entry("A.1", "A1", "Disk full");
        old.translations = vec![(
            "de".into(),
            Translation {
                description: Some("Platte voll".into()),
                ..Translation::default()
            },
        )];
        let mut new = old.clone();
        new.translations[0].1.description = Some("Festplatte voll".into());
        new.translations[0].1.solution = Some("Platz schaffen".into());
        let changes: Vec<String> = diff(&[old.clone()], &[new])
            .iter()
            .map(|c| c.to_string())
            .collect();
        assert_eq!(
            changes,
            [
                "value       A.1: description@de \"Platte voll\" -> \"Festplatte voll\"",
                "value       A.1: solution@de None -> \"Platz schaffen\"",
            ]
        );
        // A language added or removed, never breaking.
        let plain = entry("A.1", "A1", "Disk full");
        let changes = diff(std::slice::from_ref(&plain), std::slice::from_ref(&old));
        assert_eq!(
            changes.iter().map(|c| c.to_string()).collect::<Vec<_>>(),
            ["language    de added"]
        );
        let changes = diff(&[old], &[plain]);
        assert_eq!(changes[0].to_string(), "language    de removed");
        assert!(!changes[0].breaks());
    }

    #[test]
    fn a_changed_status_message_or_solution_is_a_change() {
        let mut old = entry("A.1", "A1", "One.");
        old.http_status = vec![404];
        old.solution = Some("Retry.".into());
        let mut new = entry("A.1", "A1", "One.");
        new.http_status = vec![410, 404];
        new.message = Some("It is **gone**.".into());
        new.solution = Some("Retry.".into());
        new.grpc_code = Some(5);
        let mut silent = entry("A.2", "A2", "Two.");
        silent.http_status = vec![500];
        let lines: Vec<String> = diff(&[old, silent.clone()], &[new, silent])
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            lines,
            [
                "status      A.1: 404 -> 410/404",
                "value       A.1: message None -> \"It is gone.\"",
                "value       A.1: grpc_code None -> 5",
            ]
        );
        let mut before = entry("A.1", "A1", "One.");
        before.http_status = vec![400];
        let changes = diff(&[before], &[entry("A.1", "A1", "One.")]);
        assert_eq!(changes.len(), 1);
        assert_eq!(changes[0].to_string(), "status      A.1: 400 -> (none)");
        assert!(!changes[0].breaks());
    }

    #[test]
    fn removed_and_renamed_break_the_rest_does_not() {
        let old = [
            entry("A.1", "A1", "One."),
            entry("A.2", "A2", "Two."),
            entry("A.3", "A3", "x"),
        ];
        let mut renamed = entry("A.2", "ATwo", "Two.");
        renamed.values = vec![("status".into(), Value::Int(404))];
        let mut retired = entry("A.3", "A3", "**x**");
        retired.deprecated = Some("use A.4".into());
        let new = [renamed, retired, entry("A.4", "A4", "Four.")];
        let changes = diff(&old, &new);
        let lines: Vec<String> = changes.iter().map(ToString::to_string).collect();
        assert_eq!(
            lines,
            [
                "renamed     A.2: variant A2 is now ATwo: breaking",
                "deprecated  A.3: \"use A.4\"",
                "added       A.4 (variant A4)",
                "removed     A.1 (variant A1): breaking",
            ]
        );
        assert_eq!(changes.iter().filter(|c| c.breaks()).count(), 2);
    }

    /// Columns differ between versions; a declared column gone
    /// breaks its accessor's callers, values compare where both have it.
    #[test]
    fn columns_added_and_removed_are_changes() {
        let column = |name: &str, declared| Column {
            name: name.into(),
            declared,
        };
        let old = [column("status", true), column("Solution", false)];
        let new = [column("status", true), column("retry", true)];
        let changes = column_changes(&old, &new);
        let lines: Vec<String> = changes.iter().map(ToString::to_string).collect();
        assert_eq!(
            lines,
            [
                "column      \"retry\" added",
                "column      \"Solution\" removed",
            ]
        );
        assert!(!changes.iter().any(Change::breaks));
        let gone = column_changes(&new, &old);
        assert_eq!(gone.iter().filter(|c| c.breaks()).count(), 1);
        assert_eq!(
            gone[1].to_string(),
            "column      \"retry\" removed: its accessor is gone: breaking"
        );
        assert_eq!(
            gone[0].to_string(),
            "column      \"Solution\" added (read by no `columns(...)` entry)"
        );
        let mut before = entry("A.1", "A1", "One.");
        before.values = vec![("status".into(), Value::Int(404))];
        let mut after = entry("A.1", "A1", "One.");
        after.values = vec![
            ("status".into(), Value::Int(410)),
            ("retry".into(), Value::Bool(true)),
        ];
        assert_eq!(
            diff(&[before], &[after]),
            [Change::Value {
                code: "A.1".into(),
                column: "status".into(),
                old: Some("404".into()),
                new: Some("410".into()),
            }]
        );
    }

    #[test]
    fn order_matters_markup_alone_does_not() {
        let old = [
            entry("A.1", "A1", "One *here*."),
            entry("A.2", "A2", "Two."),
        ];
        let new = [entry("A.2", "A2", "Two."), entry("A.1", "A1", "One here.")];
        assert_eq!(diff(&old, &new), [Change::Reordered]);
        assert_eq!(diff(&old, &old), []);
    }
}
