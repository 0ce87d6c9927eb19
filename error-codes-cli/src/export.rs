//! `error-codes export`: a table as a documentation page (Markdown, one
//! section per module, like the pages tables come from) or as JSON for
//! other languages' tooling.

use crate::diff::show;
use crate::table::Entry;
use error_codes_table::columns::Value;
use error_codes_table::plain::plain_text;
use serde_json::{Map, Value as Json, json};

/// A Markdown page: a section per module in table order (codes without a
/// module first, without a heading), each a table of code, description (as
/// written, markup kept) and the typed columns.
pub fn markdown(title: &str, entries: &[Entry]) -> String {
    let mut modules: Vec<Option<&str>> = Vec::new();
    for entry in entries {
        let module = entry.module.as_deref();
        if !modules.contains(&module) {
            modules.push(module);
        }
    }
    modules.sort_by_key(Option::is_some);
    let columns: Vec<&str> = entries
        .first()
        .map(|e| e.values.iter().map(|(c, _)| c.as_str()).collect())
        .unwrap_or_default();
    let deprecated = entries.iter().any(|e| e.deprecated.is_some());
    // The standard columns beside the description, where any code has one.
    let status = entries.iter().any(|e| !e.http_status.is_empty());
    let message = entries.iter().any(|e| e.message.is_some());
    let solution = entries.iter().any(|e| e.solution.is_some());
    let mut page = format!("# {}\n", cell(title));
    for module in modules {
        page.push('\n');
        if let Some(module) = module {
            page.push_str(&format!("## {}\n\n", cell(module)));
        }
        let mut header = vec!["Code", "Description"];
        for (shown, name) in [
            (status, "HTTP Status"),
            (message, "Message"),
            (solution, "Solution"),
        ] {
            if shown {
                header.push(name);
            }
        }
        header.extend(&columns);
        if deprecated {
            header.push("Deprecated");
        }
        page.push_str(&format!("| {} |\n", header.join(" | ")));
        page.push_str(&format!("|{}\n", " --- |".repeat(header.len())));
        for entry in entries.iter().filter(|e| e.module.as_deref() == module) {
            let mut row = vec![format!("`{}`", entry.code), cell(&entry.description)];
            if status {
                row.push(statuses(&entry.http_status));
            }
            for (shown, text) in [(message, &entry.message), (solution, &entry.solution)] {
                if shown {
                    row.push(text.as_deref().map(cell).unwrap_or_default());
                }
            }
            row.extend(entry.values.iter().map(|(_, v)| cell(&markdown_value(v))));
            if deprecated {
                row.push(entry.deprecated.as_deref().map(cell).unwrap_or_default());
            }
            page.push_str(&format!("| {} |\n", row.join(" | ")));
        }
    }
    page
}

/// Text inside a pipe-table cell: pipes escaped, line breaks as `<br>`.
fn cell(text: &str) -> String {
    text.replace('|', "\\|")
        .replace("\r\n", "\n")
        .replace('\n', "<br>")
}

/// `404/500`, as the pages write several statuses.
fn statuses(statuses: &[u16]) -> String {
    let shown: Vec<String> = statuses.iter().map(u16::to_string).collect();
    shown.join("/")
}

fn markdown_value(value: &Value) -> String {
    match value {
        Value::None => String::new(),
        Value::Str(s) => s.clone(),
        Value::Char(c) => c.to_string(),
        other => show(other),
    }
}

/// `{"codes": [...]}`: per code its variant, module, description as plain
/// text and as written, deprecation note, HTTP statuses (the first, and
/// all), message and solution as plain text, and typed columns as JSON
/// values.
pub fn json(entries: &[Entry]) -> String {
    let codes: Vec<Json> = entries
        .iter()
        .map(|entry| {
            let mut columns = Map::new();
            for (column, value) in &entry.values {
                columns.insert(column.clone(), json_value(value));
            }
            json!({
                "code": entry.code,
                "name": entry.name,
                "module": entry.module,
                "description": entry.plain_description(),
                "description_markup": entry.description,
                "deprecated": entry.deprecated,
                "http_status": entry.http_status.first(),
                "http_statuses": entry.http_status,
                "message": entry.message.as_deref().map(plain_text),
                "solution": entry.solution.as_deref().map(plain_text),
                "columns": columns,
            })
        })
        .collect();
    let mut text = serde_json::to_string_pretty(&json!({ "codes": codes }))
        .unwrap_or_else(|_| String::from("{}"));
    text.push('\n');
    text
}

fn json_value(value: &Value) -> Json {
    match value {
        Value::None => Json::Null,
        Value::Bool(b) => Json::Bool(*b),
        // Integers past 64 bits stay exact as text.
        Value::Int(i) => i64::try_from(*i).map_or_else(|_| Json::String(i.to_string()), Json::from),
        Value::Big(u) => Json::String(u.to_string()),
        Value::F32(x) => {
            serde_json::Number::from_f64(f64::from(*x)).map_or(Json::Null, Json::Number)
        }
        Value::F64(x) => serde_json::Number::from_f64(*x).map_or(Json::Null, Json::Number),
        Value::Char(c) => Json::String(c.to_string()),
        Value::Str(s) | Value::Variant(s) => Json::String(s.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries() -> Vec<Entry> {
        let entry = |code: &str, module: Option<&str>, description: &str, status: i128| Entry {
            line: 2,
            code: code.into(),
            name: code.replace('.', ""),
            module: module.map(Into::into),
            description: description.into(),
            deprecated: None,
            values: vec![("retry".into(), Value::Int(status))],
            merged: 0,
            http_status: Vec::new(),
            message: None,
            solution: None,
        };
        let mut old = entry("K.9", Some("Kettle"), "Retired.", 410);
        old.deprecated = Some("use K.1".into());
        vec![
            entry("G.1", None, "Out of *gas*.", 503),
            entry("K.1", Some("Kettle"), "Too hot | boiling.\nWait.", 409),
            old,
        ]
    }

    #[test]
    fn markdown_groups_by_module_and_escapes_cells() {
        assert_eq!(
            markdown("Kitchen errors", &entries()),
            "# Kitchen errors\n\
             \n\
             | Code | Description | retry | Deprecated |\n\
             | --- | --- | --- | --- |\n\
             | `G.1` | Out of *gas*. | 503 |  |\n\
             \n\
             ## Kettle\n\
             \n\
             | Code | Description | retry | Deprecated |\n\
             | --- | --- | --- | --- |\n\
             | `K.1` | Too hot \\| boiling.<br>Wait. | 409 |  |\n\
             | `K.9` | Retired. | 410 | use K.1 |\n"
        );
    }

    #[test]
    fn the_standard_columns_are_exported() {
        let mut entries = entries();
        entries[0].http_status = vec![503, 500];
        entries[0].solution = Some("Refill the *tank*.".into());
        entries[1].message = Some("Hot | hot.".into());
        let page = markdown("Kitchen", &entries);
        assert!(
            page.contains(
                "| Code | Description | HTTP Status | Message | Solution | retry | Deprecated |"
            ),
            "{page}"
        );
        assert!(
            page.contains("| `G.1` | Out of *gas*. | 503/500 |  | Refill the *tank*. | 503 |  |"),
            "{page}"
        );
        assert!(
            page.contains(
                "| `K.1` | Too hot \\| boiling.<br>Wait. |  | Hot \\| hot. |  | 409 |  |"
            ),
            "{page}"
        );
        let value: Json = serde_json::from_str(&json(&entries[..1])).unwrap();
        let code = &value["codes"][0];
        assert_eq!(code["http_status"], json!(503));
        assert_eq!(code["http_statuses"], json!([503, 500]));
        assert_eq!(code["message"], Json::Null);
        assert_eq!(code["solution"], json!("Refill the tank."));
    }

    #[test]
    fn json_has_plain_and_written_descriptions_and_typed_values() {
        let text = json(&entries()[..1]);
        let value: Json = serde_json::from_str(&text).unwrap();
        assert_eq!(
            value,
            json!({"codes": [{
                "code": "G.1",
                "name": "G1",
                "module": null,
                "description": "Out of gas.",
                "description_markup": "Out of *gas*.",
                "deprecated": null,
                "http_status": null,
                "http_statuses": [],
                "message": null,
                "solution": null,
                "columns": {"retry": 503},
            }]})
        );
    }
}
