//! Rules across rows. Rules about one row at a time live in `parse` and
//! `model`; each rule here has one function and a reason.

use crate::model::NamedRow;
use crate::problem::Problem;
use std::collections::BTreeMap;
use std::collections::btree_map::Entry as Slot;

/// Every problem across the rows of a table. Repeated codes are the rule
/// of `select`, which leaves each code on one row (or reports it).
pub fn check(entries: &[NamedRow]) -> Vec<Problem> {
    let mut problems = check_clashing_names(entries);
    problems.extend(check_generated_names(entries));
    problems
}

/// A row must not become a variant named like a generated item.
fn check_generated_names(entries: &[NamedRow]) -> Vec<Problem> {
    entries
        .iter()
        .filter(|entry| crate::names::is_generated(&entry.name))
        .map(|entry| {
            let row = entry.row;
            let source = match &row.name {
                Some(name) => format!("name `{name}` of code `{}`", row.code),
                None => format!("code `{}`", row.code),
            };
            Problem::at(
                row.line,
                format!(
                    "{source} becomes the variant `{}`, which would hide the enum's generated `{}`; give it another `name`",
                    entry.name, entry.name
                ),
            )
        })
        .collect()
}

/// Two rows must not become the same variant; this happens with real tables
/// (PostgreSQL gives `null_value_not_allowed` to both 22004 and 39004).
fn check_clashing_names(entries: &[NamedRow]) -> Vec<Problem> {
    let mut first: BTreeMap<&str, &NamedRow> = BTreeMap::new();
    let mut problems = Vec::new();
    for entry in entries {
        let name = entry.name.as_str();
        match first.entry(name) {
            Slot::Vacant(slot) => {
                slot.insert(entry);
            }
            // Same code, same name: already reported as a duplicate code.
            Slot::Occupied(earlier) if earlier.get().row.code == entry.row.code => {}
            Slot::Occupied(earlier) => {
                let earlier = earlier.get();
                // Codes that differ only in their Unicode normalization
                // print alike; say so, and show both as escapes.
                let (first, second) = (&earlier.row.code, &entry.row.code);
                let unnormalized = if crate::model::composed_alike(first, second) {
                    format!(
                        " (`{}` and `{}`: the same text, composed differently in Unicode)",
                        escape_non_ascii(first),
                        escape_non_ascii(second)
                    )
                } else {
                    String::new()
                };
                problems.push(Problem::at(
                    entry.row.line,
                    format!(
                        "codes `{first}` (line {}) and `{second}` both become the variant `{name}`{unnormalized}; give one of them another `name`",
                        earlier.row.line
                    ),
                ));
            }
        }
    }
    problems
}

/// `가.1` as `\u{ac00}.1`: each character outside ASCII by its code point.
fn escape_non_ascii(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii() {
                c.to_string()
            } else {
                c.escape_unicode().to_string()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{model, parse};

    fn problems(text: &str) -> Vec<String> {
        let table = parse::parse(text.as_bytes()).expect("parses");
        let entries = model::entries(&table.rows).expect("names");
        check(&entries)
            .iter()
            .map(|p| p.display("t.csv").to_string())
            .collect()
    }

    #[test]
    fn variants_named_like_generated_items_are_refused() {
        assert_eq!(
            problems("code,name,description\nA.L.L,,a\nx,c_o_u_n_t,b\nAll,,c\n"),
            [
                "t.csv:2: code `A.L.L` becomes the variant `ALL`, which would hide the enum's generated `ALL`; give it another `name`",
                "t.csv:3: name `c_o_u_n_t` of code `x` becomes the variant `COUNT`, which would hide the enum's generated `COUNT`; give it another `name`",
            ]
        );
    }

    #[cfg(feature = "nfc")]
    #[test]
    fn codes_alike_once_normalized_clash_with_both_lines() {
        // U+AC00 as one syllable, and as the jamo U+1100 U+1161.
        assert_eq!(
            problems("code,description\n\u{ac00}.1,a\n\u{1100}\u{1161}.1,b\n"),
            [
                "t.csv:3: codes `\u{ac00}.1` (line 2) and `\u{1100}\u{1161}.1` both become the variant `\u{ac00}1` (`\\u{ac00}.1` and `\\u{1100}\\u{1161}.1`: the same text, composed differently in Unicode); give one of them another `name`"
            ]
        );
    }

    #[test]
    fn clashing_names_name_both_codes_and_the_name() {
        assert_eq!(
            problems(
                "code,name,description\n22004,null_value_not_allowed,a\n39004,NULL_VALUE_NOT_ALLOWED,b\n"
            ),
            [
                "t.csv:3: codes `22004` (line 2) and `39004` both become the variant `NullValueNotAllowed`; give one of them another `name`"
            ]
        );
        assert_eq!(
            problems("code,description\na.1,x\nA-1,y\n"),
            [
                "t.csv:3: codes `a.1` (line 2) and `A-1` both become the variant `A1`; give one of them another `name`"
            ]
        );
    }
}
