//! The placeholders of the real tables in `../shared/corpus/csv/` beside the
//! repository (issue 18): every row that has any, with the names found, and
//! none found inside code spans or literals. Skipped, with a message, when
//! the corpus is absent; `src/placeholders.rs` tests every form on text of
//! our own.
//!
//! Their cells' markup (RST literals among it) is read with the parser:
//! built with the `commonmark` feature only.
//!
//! The expected rows are facts about those tables (codes and placeholder
//! names, source: the corpus README's pages); their text is not copied.

#![cfg(feature = "commonmark")]

use error_codes_table::placeholders::Template;
use std::collections::BTreeMap;
use std::path::PathBuf;

fn corpus() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus/csv");
    if dir.is_dir() {
        Some(dir)
    } else {
        test_support::skip(format!("no corpus at {}", dir.display()));
        None
    }
}

/// Every row of every table: (file, code, plain template's placeholders,
/// plain text).
fn rows(dir: &PathBuf) -> Vec<(String, String, Vec<String>, String)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("the corpus directory lists")
        .map(|entry| entry.expect("an entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "csv"))
        .collect();
    files.sort();
    let mut rows = Vec::new();
    for path in files {
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        let mut reader = csv::ReaderBuilder::new()
            .flexible(true)
            .from_path(&path)
            .expect("a corpus table opens");
        let headers = reader.headers().expect("a header").clone();
        let column = |name: &str| {
            headers
                .iter()
                .position(|h| h.trim().eq_ignore_ascii_case(name))
        };
        let (code, description) = (column("code").unwrap(), column("description").unwrap());
        for record in reader.records() {
            let record = record.expect("a corpus row reads");
            let markup = record.get(description).unwrap_or_default();
            let template = Template::of_markup(markup);
            rows.push((
                file.clone(),
                record.get(code).unwrap_or_default().trim().to_owned(),
                template.placeholders.clone(),
                template.text(),
            ));
        }
    }
    rows
}

#[test]
fn corpus_rows_with_placeholders_and_their_names() {
    let Some(dir) = corpus() else { return };
    let rows = rows(&dir);
    let found: BTreeMap<(String, String), Vec<String>> = rows
        .iter()
        .filter(|(_, _, placeholders, _)| !placeholders.is_empty())
        .map(|(file, code, placeholders, _)| ((file.clone(), code.clone()), placeholders.clone()))
        .collect();
    for ((file, code), placeholders) in &found {
        eprintln!("{file} {code}: {placeholders:?}");
    }
    let expected: BTreeMap<(String, String), Vec<String>> = [
        ("otc-api-gateway.csv", "APIC.7300", &["x"][..]),
        ("otc-distributed-cache-service.csv", "111400062", &["0"]),
        ("otc-distributed-cache-service.csv", "111400063", &["0"]),
        ("otc-distributed-cache-service.csv", "111400066", &["0"]),
        ("otc-distributed-cache-service.csv", "111400800", &["0"]),
        ("otc-distributed-cache-service.csv", "DCS.4062", &["0"]),
        ("otc-distributed-cache-service.csv", "DCS.4063", &["0"]),
        ("otc-distributed-cache-service.csv", "DCS.4066", &["0"]),
        ("otc-distributed-cache-service.csv", "DCS.4800", &["0"]),
        (
            "otc-distributed-database-middleware.csv",
            "DBS.300375",
            &["param"],
        ),
        (
            "otc-distributed-message-service.csv",
            "DMS.00400063",
            &["0"],
        ),
        (
            "otc-distributed-message-service.csv",
            "DMS.00400066",
            &["0"],
        ),
        (
            "otc-distributed-message-service.csv",
            "DMS.00400099",
            &["0"],
        ),
        (
            "otc-distributed-message-service.csv",
            "DMS.10540003",
            &["status"],
        ),
    ]
    .into_iter()
    .map(|(file, code, names)| {
        (
            (file.to_owned(), code.to_owned()),
            names.iter().map(|n| n.to_string()).collect(),
        )
    })
    .collect();
    assert_eq!(found, expected);
}

/// `{}` inside an RST `:literal:` (a list of allowed special characters)
/// and `{Error description}`-style braces are text: the rows that have
/// braces but no placeholder keep them in the text shown.
#[test]
fn corpus_braces_in_literals_and_prose_are_text() {
    let Some(dir) = corpus() else { return };
    let rows = rows(&dir);
    let shown = |code: &str| {
        rows.iter()
            .find(|(_, c, _, _)| c == code)
            .map(|(_, _, placeholders, text)| (placeholders.clone(), text.clone()))
            .unwrap_or_else(|| panic!("{code} is in the corpus"))
    };
    // The literal of special characters has `[{}]` in it.
    let (placeholders, text) = shown("DMS.00400012");
    assert!(placeholders.is_empty());
    assert!(text.contains("[{}]"), "{text}");
    for code in ["DMS.10540010", "DMS.10540011"] {
        let (placeholders, text) = shown(code);
        assert!(placeholders.is_empty(), "{code}");
        assert!(text.contains('{') && text.contains('}'), "{code}: {text}");
    }
}
