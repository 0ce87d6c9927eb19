//! `--format json`: `{"codes": [...]}`, each code with every column, for
//! other languages' tooling.

use crate::table::Entry;
use error_codes_table::columns::Value;
use error_codes_table::plain::plain_text;
use serde_json::{Map, Value as Json, json};

/// `{"codes": [...]}`: per code its variant, module, description as plain
/// text and as written, its placeholders (in the order `fill` takes its
/// arguments), deprecation note, HTTP statuses (the first, and all),
/// message and solution as plain text, and typed columns as JSON values.
pub fn json(entries: &[Entry]) -> String {
    let codes: Vec<Json> = entries
        .iter()
        .map(|entry| {
            let mut columns = Map::new();
            for (column, value) in &entry.values {
                columns.insert(column.clone(), json_value(value));
            }
            let mut code = json!({
                "code": entry.code,
                "name": entry.name,
                "module": entry.module,
                "description": entry.plain_description(),
                "description_markup": entry.description,
                "placeholders": entry.placeholders(),
                "deprecated": entry.deprecated,
                "http_status": entry.http_status.first(),
                "http_statuses": entry.http_status,
                "message": entry.message.as_deref().map(error_codes_table::placeholders::description_text),
                "solution": entry.solution.as_deref().map(plain_text),
                "grpc_code": entry.grpc_code,
                "columns": columns,
            });
            // Only for a table with translated columns, so that the
            // export of any other table is what it was.
            if !entry.translations.is_empty()
                && let Some(fields) = code.as_object_mut()
            {
                fields.insert("translations".into(), translations(entry));
            }
            code
        })
        .collect();
    let mut text = serde_json::to_string_pretty(&json!({ "codes": codes }))
        .unwrap_or_else(|_| String::from("{}"));
    text.push('\n');
    text
}

/// `{"de": {"description": ..., "message": ..., "solution": ...}}`: each
/// language's cells as its accessors give them, `null` where the cell is
/// empty (the table's own language is then used).
pub fn translations(entry: &Entry) -> Json {
    let mut languages = Map::new();
    for (tag, texts) in entry.translated_texts() {
        languages.insert(
            tag.to_owned(),
            json!({
                "description": texts.description,
                "message": texts.message,
                "solution": texts.solution,
            }),
        );
    }
    Json::Object(languages)
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
        Value::Str(s) | Value::Variant { name: s, .. } => Json::String(s.clone()),
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
            grpc_code: None,
            translations: Vec::new(),
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
                "placeholders": [],
                "deprecated": null,
                "http_status": null,
                "http_statuses": [],
                "message": null,
                "solution": null,
                "grpc_code": null,
                "columns": {"retry": 503},
            }]})
        );
    }

    #[test]
    fn json_lists_placeholders_per_code() {
        let mut entries = entries();
        entries[0].description = "Out of {fuel} at `{x}`, {0} and {{0}}.".into();
        let value: Json = serde_json::from_str(&json(&entries[..1])).unwrap();
        assert_eq!(value["codes"][0]["placeholders"], json!(["0", "fuel"]));
        assert_eq!(
            value["codes"][0]["description"],
            json!("Out of {fuel} at {x}, {0} and {0}.")
        );
    }

    #[test]
    fn json_has_the_status_message_and_solution() {
        let mut entries = entries();
        entries[0].http_status = vec![503, 500];
        entries[0].solution = Some("Refill the *tank*.".into());
        entries[0].grpc_code = Some(14);
        let value: Json = serde_json::from_str(&json(&entries[..1])).unwrap();
        let code = &value["codes"][0];
        assert_eq!(code["http_status"], json!(503));
        assert_eq!(code["http_statuses"], json!([503, 500]));
        assert_eq!(code["message"], Json::Null);
        assert_eq!(code["solution"], json!("Refill the tank."));
        assert_eq!(code["grpc_code"], json!(14));
    }
}
