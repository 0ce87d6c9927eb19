//! Registries that are data, not pages: JSON and YAML files (JSON read as
//! the YAML it is a subset of, through yaml-rust2's event parser, which
//! keeps every value's line). A list of entries (`[{"code": ..., "message":
//! ...}]`) is a table with a column per field; a map of entries
//! (`{"CodeName": {"description": ...}}`) is a table whose `Name` column
//! holds the keys; a map of plain texts (`{"E1": "Too hot."}`) is a table of
//! names and descriptions when the file holds no entries at all. Entries
//! under a key (`{"billing": [...], "auth": [...]}`) take the key as their
//! table's caption, so the key becomes the module. A list of lists of texts
//! is a table of rows, the first its header.

use super::page::{Page, Row, Table};
use yaml_rust2::parser::{Event, Parser};

/// How deep the importer follows nested values: deeper ones are read as
/// the text `...` (a registry's entries sit a few levels down; a file
/// nested a million deep would cost a million frames to walk).
const MAX_DEPTH: usize = 64;

/// How many fields a table keeps: a file whose entries each name new
/// fields would make rows times fields cells.
const MAX_COLUMNS: usize = 256;

/// A value of the file and the line it starts on.
#[derive(Debug)]
struct Node {
    line: usize,
    value: Value,
}

#[derive(Debug)]
enum Value {
    Text(String),
    List(Vec<Node>),
    Map(Vec<(Node, Node)>),
}

/// The tables of a JSON or YAML registry, or why it cannot be read.
pub fn tables(text: &str) -> Result<Page, String> {
    let Some(root) = parse(text)? else {
        return Ok(Page::default());
    };
    let mut page = Page::default();
    visit(&root, None, &mut page, 0);
    if page.tables.is_empty() {
        texts(&root, None, &mut page.tables, 0);
    }
    Ok(page)
}

/// The file's first document as a tree, values past [`MAX_DEPTH`] as `...`.
fn parse(text: &str) -> Result<Option<Node>, String> {
    let mut parser = Parser::new_from_str(text);
    // The open lists and maps, each with its line and what it holds so far.
    let mut open: Vec<Node> = Vec::new();
    // Levels opened past the depth bound, read as one `...`.
    let mut hidden = 0usize;
    let mut root: Option<Node> = None;
    loop {
        let (event, marker) = parser.next_token().map_err(|e| {
            format!(
                "line {}, column {}: {}",
                e.marker().line(),
                e.marker().col() + 1,
                e.info()
            )
        })?;
        let line = marker.line();
        let node = match event {
            Event::StreamEnd | Event::DocumentEnd => break,
            Event::SequenceStart(..) | Event::MappingStart(..)
                if hidden > 0 || open.len() >= MAX_DEPTH =>
            {
                hidden += 1;
                continue;
            }
            Event::SequenceStart(..) => {
                open.push(Node {
                    line,
                    value: Value::List(Vec::new()),
                });
                continue;
            }
            Event::MappingStart(..) => {
                open.push(Node {
                    line,
                    value: Value::Map(Vec::new()),
                });
                continue;
            }
            Event::SequenceEnd | Event::MappingEnd if hidden > 0 => {
                hidden -= 1;
                if hidden > 0 {
                    continue;
                }
                Node {
                    line,
                    value: Value::Text("...".to_string()),
                }
            }
            Event::SequenceEnd | Event::MappingEnd => match open.pop() {
                Some(node) => node,
                None => continue,
            },
            _ if hidden > 0 => continue,
            Event::Scalar(text, ..) => Node {
                line,
                value: Value::Text(text),
            },
            // An alias stands for the value its anchor names: read as its
            // mark, never copied (copies of copies grow without bound).
            Event::Alias(_) => Node {
                line,
                value: Value::Text("*".to_string()),
            },
            _ => continue,
        };
        match open.last_mut() {
            Some(Node {
                value: Value::List(items),
                ..
            }) => items.push(node),
            Some(Node {
                value: Value::Map(pairs),
                ..
            }) => match pairs.last_mut() {
                Some((_, value)) if is_pending(value) => *value = node,
                _ => pairs.push((
                    node,
                    Node {
                        line: 0,
                        value: Value::Text(PENDING.to_string()),
                    },
                )),
            },
            _ => {
                root = Some(node);
                break;
            }
        }
    }
    Ok(root)
}

/// The value a map's key holds until it is read.
const PENDING: &str = "\u{0}pending";

fn is_pending(node: &Node) -> bool {
    node.line == 0 && matches!(&node.value, Value::Text(t) if t == PENDING)
}

/// A map whose values are mostly plain texts: one entry of the registry.
fn is_entry(node: &Node) -> bool {
    match &node.value {
        Value::Map(pairs) => {
            let texts = pairs
                .iter()
                .filter(|(_, v)| matches!(v.value, Value::Text(_)))
                .count();
            !pairs.is_empty() && texts * 2 >= pairs.len()
        }
        _ => false,
    }
}

/// The tables of entries under `node`, `context` the key it sits under.
fn visit(node: &Node, context: Option<&str>, page: &mut Page, depth: usize) {
    if depth > MAX_DEPTH {
        return;
    }
    match &node.value {
        Value::Text(_) => {}
        Value::List(items) => {
            let entries = items.iter().filter(|i| is_entry(i)).count();
            let rows_of_texts = items.len() > 1
                && items.iter().all(|item| match &item.value {
                    Value::List(cells) => cells.iter().all(|c| matches!(c.value, Value::Text(_))),
                    _ => false,
                });
            if rows_of_texts {
                // `[["code", "message"], ["E1", "..."]]`: rows of cells, the
                // first the header (or data, as a CSV file's first row).
                let mut rows = items.iter().map(|item| Row {
                    line: item.line,
                    cells: match &item.value {
                        Value::List(cells) => cells.iter().map(|c| render(c, 0)).collect(),
                        _ => Vec::new(),
                    },
                    spans_all: false,
                });
                let header = rows.next().map(|r| r.cells).unwrap_or_default();
                page.tables.push(Table {
                    line: node.line,
                    context: context.map(str::to_string),
                    header,
                    rows: rows.collect(),
                    problem: None,
                });
            } else if entries > 0 && entries * 2 >= items.len() {
                let rows: Vec<(usize, Option<String>, &Node)> = items
                    .iter()
                    .filter(|item| {
                        let entry = is_entry(item);
                        if !entry {
                            page.notes.push(format!(
                                "line {}: an item of the list of line {} that is not an entry, left aside",
                                item.line, node.line
                            ));
                        }
                        entry
                    })
                    .map(|item| (item.line, None, item))
                    .collect();
                page.tables
                    .push(table(node.line, context, None, &rows, &mut page.notes));
            } else {
                for item in items {
                    visit(item, context, page, depth + 1);
                }
            }
        }
        Value::Map(pairs) => {
            let entries = pairs.iter().filter(|(_, v)| is_entry(v)).count();
            if entries > 0 && entries * 2 >= pairs.len() && pairs.len() > 1 {
                let rows: Vec<(usize, Option<String>, &Node)> = pairs
                    .iter()
                    .filter(|(key, value)| {
                        let entry = is_entry(value);
                        if !entry {
                            page.notes.push(format!(
                                "line {}: `{}` is not an entry like the others of line {}, left aside",
                                key.line,
                                super::page::excerpt(&render(key, 0), 60),
                                node.line
                            ));
                        }
                        entry
                    })
                    .map(|(key, value)| (key.line, Some(render(key, 0)), value))
                    .collect();
                page.tables.push(table(
                    node.line,
                    context,
                    Some("Name"),
                    &rows,
                    &mut page.notes,
                ));
            } else {
                for (key, value) in pairs {
                    let key = render(key, 0);
                    visit(value, Some(&key), page, depth + 1);
                }
            }
        }
    }
}

/// Maps of plain texts (`{"E1": "Too hot."}`), for a file without entries.
fn texts(node: &Node, context: Option<&str>, tables: &mut Vec<Table>, depth: usize) {
    let Value::Map(pairs) = &node.value else {
        return;
    };
    if depth > MAX_DEPTH {
        return;
    }
    let plain: Vec<(usize, Vec<String>)> = pairs
        .iter()
        .filter_map(|(key, value)| match &value.value {
            Value::Text(text) => Some((key.line, vec![render(key, 0), text.clone()])),
            _ => None,
        })
        .collect();
    if plain.len() > 1 {
        tables.push(Table {
            line: node.line,
            context: context.map(str::to_string),
            header: vec!["Name".to_string(), "Description".to_string()],
            rows: plain
                .into_iter()
                .map(|(line, cells)| Row {
                    line,
                    cells,
                    spans_all: false,
                })
                .collect(),
            problem: None,
        });
    }
    for (key, value) in pairs {
        texts(value, Some(&render(key, 0)), tables, depth + 1);
    }
}

/// A table of `rows` (each its line, its key if the entries are a map's,
/// and the entry): a column per field, in the order the fields first come.
fn table(
    line: usize,
    context: Option<&str>,
    key_heading: Option<&str>,
    rows: &[(usize, Option<String>, &Node)],
    notes: &mut Vec<String>,
) -> Table {
    // Every row holds a cell per field: past the page's budget of cells,
    // fewer fields (rows of a few bytes each may not ask for 256 cells).
    let cap = MAX_COLUMNS.min((super::page::GRID_LIMIT / 32 / rows.len().max(1)).max(4));
    let mut fields: Vec<String> = Vec::new();
    let mut dropped = 0usize;
    for (_, _, entry) in rows {
        if let Value::Map(pairs) = &entry.value {
            for (key, _) in pairs {
                let key = render(key, 0);
                if !fields.contains(&key) {
                    if fields.len() < cap {
                        fields.push(key);
                    } else {
                        dropped += 1;
                    }
                }
            }
        }
    }
    if dropped > 0 {
        notes.push(format!(
            "line {line}: the entries name more than {cap} fields; {dropped} fields past those are left aside"
        ));
    }
    let mut header: Vec<String> = key_heading.map(str::to_string).into_iter().collect();
    header.extend(fields.iter().cloned());
    let rows = rows
        .iter()
        .map(|(line, key, entry)| {
            let mut cells: Vec<String> = key.iter().cloned().collect();
            let Value::Map(pairs) = &entry.value else {
                return Row {
                    line: *line,
                    cells,
                    spans_all: false,
                };
            };
            cells.extend(fields.iter().map(|field| {
                pairs
                    .iter()
                    .find(|(k, _)| render(k, 0) == *field)
                    .map_or_else(String::new, |(_, v)| render(v, 0))
            }));
            Row {
                line: *line,
                cells,
                spans_all: false,
            }
        })
        .collect();
    Table {
        line,
        context: context.map(str::to_string),
        header,
        rows,
        problem: None,
    }
}

/// A value as one cell: a text as it is, a list's items joined by `, `,
/// a map's pairs as `key: value` joined by `; `.
fn render(node: &Node, depth: usize) -> String {
    match &node.value {
        Value::Text(text) if text == "~" || text == "null" => String::new(),
        Value::Text(text) => text.clone(),
        _ if depth > 4 => "...".to_string(),
        Value::List(items) => items
            .iter()
            .map(|item| render(item, depth + 1))
            .collect::<Vec<_>>()
            .join(", "),
        Value::Map(pairs) => pairs
            .iter()
            .map(|(k, v)| format!("{}: {}", render(k, depth + 1), render(v, depth + 1)))
            .collect::<Vec<_>>()
            .join("; "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(page: &Page, table: usize) -> Vec<(usize, Vec<String>)> {
        page.tables[table]
            .rows
            .iter()
            .map(|r| (r.line, r.cells.clone()))
            .collect()
    }

    #[test]
    fn a_json_list_of_entries() {
        let page = tables(
            "{\n  \"version\": 2,\n  \"errors\": [\n    {\"code\": \"P1\", \"message\": \"Paper out\", \"http\": 503},\n    {\"code\": \"P2\", \"message\": \"Jam\", \"retry\": true}\n  ]\n}\n",
        )
        .unwrap();
        assert_eq!(page.tables.len(), 1);
        let table = &page.tables[0];
        assert_eq!(table.context.as_deref(), Some("errors"));
        assert_eq!(table.header, ["code", "message", "http", "retry"]);
        assert_eq!(
            cells(&page, 0),
            [
                (
                    4,
                    vec!["P1".into(), "Paper out".into(), "503".into(), "".into()]
                ),
                (5, vec!["P2".into(), "Jam".into(), "".into(), "true".into()]),
            ]
        );
    }

    #[test]
    fn a_yaml_map_of_entries_and_a_map_of_texts() {
        let page = tables(
            "NoInk:\n  description: The ink is out.\n  http: 503\nNoPaper:\n  description: |\n    The paper is out.\n    Load more.\n",
        )
        .unwrap();
        assert_eq!(page.tables[0].header, ["Name", "description", "http"]);
        assert_eq!(
            cells(&page, 0),
            [
                (
                    1,
                    vec!["NoInk".into(), "The ink is out.".into(), "503".into()]
                ),
                (
                    4,
                    vec![
                        "NoPaper".into(),
                        "The paper is out.\nLoad more.\n".into(),
                        "".into()
                    ]
                ),
            ]
        );
        let page = tables("E1: Too hot.\nE2: Too cold.\n").unwrap();
        assert_eq!(page.tables[0].header, ["Name", "Description"]);
        assert_eq!(
            cells(&page, 0)[1],
            (2, vec!["E2".into(), "Too cold.".into()])
        );
    }

    #[test]
    fn a_list_of_rows_with_a_header_row() {
        let page =
            tables("[[\"code\", \"message\"],\n [\"R1\", \"Red\"],\n [\"R2\", \"Rust\"]]").unwrap();
        assert_eq!(page.tables[0].header, ["code", "message"]);
        assert_eq!(cells(&page, 0)[1], (3, vec!["R2".into(), "Rust".into()]));
    }

    #[test]
    fn deep_nesting_and_aliases_cost_little() {
        // Past the parser's own bound, an error that names the place.
        let deep = format!("{}1{}", "[".repeat(100_000), "]".repeat(100_000));
        let error = tables(&deep).unwrap_err();
        assert!(error.starts_with("line 1, column "), "{error}");
        // Within it, values past the importer's depth read as `...`.
        let nested = format!(
            "- code: N1\n  more: {}1{}\n",
            "[".repeat(100),
            "]".repeat(100)
        );
        let page = tables(&nested).unwrap();
        assert_eq!(page.tables[0].rows[0].cells[0], "N1");
        let page = tables("- &a {code: A1, text: x}\n- *a\n").unwrap();
        assert_eq!(page.tables[0].rows.len(), 1);
        assert_eq!(page.notes.len(), 1, "{:?}", page.notes);
        assert!(tables("{\"a\": [1, 2").unwrap_err().starts_with("line "));
    }
}
