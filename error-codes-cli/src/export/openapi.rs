//! `--format openapi`: an OpenAPI 3.1 document (JSON) with two schemas for
//! the API's own document to reference: `<NAME>`, the codes as a string
//! enum whose `oneOf` gives each code's description (`const` +
//! `description`, which generators and viewers show; retired codes are
//! `deprecated`), `<NAME>Body`, the error body
//! `{"code": ..., "message": ...}`, and `<NAME>Problem`, the RFC 9457
//! problem details that error-codes-core's `Problem` writes, whose `code`
//! is one of the codes; the response `<NAME>Problem` answers with it as
//! `application/problem+json`, for the API's operations to reference.
//!
//! A table with translated columns (`description@de`) also gives the
//! codes' schema `x-languages` (its own first) and each code
//! `x-translations`, `{"de": {"description": ..., "message": ...,
//! "solution": ...}}` as the JSON export writes them: OpenAPI has no
//! field for a schema's text in several languages, and specification
//! extensions are where tools look for what it lacks (as for
//! `x-enum-descriptions`). The document of any other table is what it was.

use crate::table::Entry;
use serde_json::{Map, Value as Json, json};

/// The document for the enum `name` of `entries`, in the table's
/// `languages` (its own first).
pub fn document(
    name: &str,
    title: &str,
    version: &str,
    entries: &[Entry],
    languages: &[String],
) -> String {
    let translated = languages.len() > 1;
    let descriptions: Vec<String> = entries.iter().map(Entry::plain_description).collect();
    let one_of: Vec<Json> = entries
        .iter()
        .zip(&descriptions)
        .map(|(entry, description)| {
            let mut code = Map::new();
            code.insert("const".into(), json!(entry.code));
            code.insert("title".into(), json!(entry.name));
            code.insert("description".into(), json!(description));
            if let Some(note) = &entry.deprecated {
                code.insert("deprecated".into(), json!(true));
                code.insert("x-deprecated-note".into(), json!(note));
            }
            if let Some(module) = &entry.module {
                code.insert("x-module".into(), json!(module));
            }
            if translated {
                code.insert("x-translations".into(), super::json::translations(entry));
            }
            Json::Object(code)
        })
        .collect();
    let codes: Vec<&str> = entries.iter().map(|e| e.code.as_str()).collect();
    let names: Vec<&str> = entries.iter().map(|e| e.name.as_str()).collect();
    let mut document = json!({
        "openapi": "3.1.0",
        "info": {
            "title": title,
            "version": version,
            "description": format!("The error codes of the {name} table, written by `error-codes export --format openapi`."),
        },
        "paths": {},
        "components": {
            "schemas": {
                name: {
                    "type": "string",
                    "description": format!("A code of the {name} table."),
                    "enum": codes,
                    "oneOf": one_of,
                    // openapi-generator's names for enum variants and their docs.
                    "x-enum-varnames": names,
                    "x-enum-descriptions": descriptions,
                },
                format!("{name}Problem"): problem_schema(name),
                format!("{name}Body"): {
                    "type": "object",
                    "description": format!("An error answer: a code of {name} and a message."),
                    "required": ["code", "message"],
                    "properties": {
                        "code": { "$ref": format!("#/components/schemas/{name}") },
                        "message": { "type": "string", "description": "What went wrong, for people." },
                    },
                },
            },
            "responses": {
                format!("{name}Problem"): {
                    "description": format!("An error of the {name} table, as RFC 9457 problem details."),
                    "content": {
                        "application/problem+json": {
                            "schema": { "$ref": format!("#/components/schemas/{name}Problem") },
                        },
                    },
                },
            },
        },
    });

    if translated && let Some(schema) = document["components"]["schemas"][name].as_object_mut() {
        schema.insert("x-languages".into(), json!(languages));
    }
    let mut text = serde_json::to_string_pretty(&document).unwrap_or_else(|_| String::from("{}"));
    text.push('\n');
    text
}

/// RFC 9457's members, and the extension members `code` and `arguments`,
/// as error-codes-core's `Problem` writes them: never `null`, `status` and
/// `arguments` absent where there are none.
fn problem_schema(name: &str) -> Json {
    json!({
        "type": "object",
        "description": format!("An error of the {name} table as RFC 9457 problem details (application/problem+json)."),
        "properties": {
            "type": { "type": "string", "format": "uri-reference", "description": "The code's documentation page, or \"about:blank\".", "default": "about:blank" },
            "title": { "type": "string", "description": "The code's description, or the status's reason phrase under \"about:blank\"." },
            "status": { "type": "integer", "minimum": 100, "maximum": 599, "description": "The HTTP status of the answer." },
            "detail": { "type": "string", "description": "What went wrong this time, for people: the filled message." },
            "instance": { "type": "string", "format": "uri-reference", "description": "This occurrence of the problem." },
            "code": { "$ref": format!("#/components/schemas/{name}") },
            "arguments": {
                "type": "object",
                "description": "The arguments the message was filled with, by placeholder name.",
                "additionalProperties": { "type": "string" },
            },
        },
        "required": ["type", "code"],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_with_descriptions_and_a_body() {
        let entry = |code: &str, deprecated: Option<&str>| Entry {
            line: 2,
            code: code.into(),
            name: code.replace('.', ""),
            module: None,
            description: "Out of **gas**.".into(),
            deprecated: deprecated.map(Into::into),
            values: Vec::new(),
            merged: 0,
            http_status: Vec::new(),
            message: None,
            solution: None,
            grpc_code: None,
            translations: Vec::new(),
        };
        let text = document(
            "Gas",
            "Gas API",
            "2.1",
            &[entry("G.1", None), entry("G.2", Some("use G.1"))],
            &["en".to_owned()],
        );
        let value: Json = serde_json::from_str(&text).unwrap();
        assert_eq!(value["openapi"], "3.1.0");
        assert_eq!(value["info"]["version"], "2.1");
        let schema = &value["components"]["schemas"]["Gas"];
        assert_eq!(schema["enum"], json!(["G.1", "G.2"]));
        assert_eq!(
            schema["oneOf"][1],
            json!({"const": "G.2", "title": "G2", "description": "Out of gas.", "deprecated": true, "x-deprecated-note": "use G.1"})
        );
        assert_eq!(
            value["components"]["schemas"]["GasBody"]["properties"]["code"]["$ref"],
            "#/components/schemas/Gas"
        );
        let problem = &value["components"]["schemas"]["GasProblem"];
        assert_eq!(
            problem["properties"]["code"]["$ref"],
            "#/components/schemas/Gas"
        );
        assert_eq!(problem["properties"]["status"]["type"], "integer");
        assert_eq!(
            value["components"]["responses"]["GasProblem"]["content"]["application/problem+json"]["schema"]
                ["$ref"],
            "#/components/schemas/GasProblem"
        );
    }
}
