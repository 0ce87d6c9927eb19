//! Arbitrary pages through every reader and the whole import: nothing
//! panics, and what a page is read into stays within a bound of its size
//! (the cells it writes, and at most [`GRID_LIMIT`] more for what spans and
//! tabs ask for), so a page cannot make the importer hold more than that.

use super::page::{GRID_LIMIT, Page};
use super::{Format, Selection, import};
use proptest::prelude::*;

/// Pages made of the pieces each format builds tables from, in any order,
/// so that most cases are nearly tables and many are broken ones.
fn page(pieces: &'static [&'static str]) -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            4 => proptest::sample::select(pieces).prop_map(str::to_string),
            1 => "[a-zA-Z0-9 .\\t\\n|+=<>/\\\\`*_\u{e9}\u{9519}-]{0,12}",
        ],
        0..80,
    )
    .prop_map(|pieces| pieces.concat())
}

const RST: &[&str] = &[
    "+------+------+\n",
    "+======+======+\n",
    "+-------------+\n",
    "| Code | Text |\n",
    "| E.1  | One. |\n",
    "|      +------+\n",
    "|\tE.2\t| Two |\n",
    "===== =====\n",
    "=====  ========\n",
    "Code  Description\n",
    "E.3   Three\n",
    "E.3000 x\n",
    "      more\n",
    ".. table:: **Table 1** Errors\n\n",
    ".. csv-table:: Errors\n   :header: Code, Text\n\n",
    "   E.5, \"Five, more\"\n",
    ".. list-table:: Errors\n   :header-rows: 1\n\n",
    "   * - Code\n",
    "     - Text\n",
    ".. flat-table:: Errors\n\n",
    "   -  -  E.6\n",
    "   :file: ../x.csv\n",
    "Errors\n======\n\n",
    "   ",
    "\t",
    "\n",
    "+",
    "|",
];

const MARKDOWN: &[&str] = &[
    "| Code | Description |\n",
    "|---|---|\n",
    "| :-- | --: |\n",
    "| E.1 | One \\| two |\n",
    "| `E.2` | Two \\|\n",
    "E.3 | Three\n",
    "# Errors\n\n",
    "<Anchor id=\"x\" />\n",
    "<table><tr><td>Code</td><td>Description</td></tr>\n",
    "<tr><td>E.4</td><td>Four<br/>lines</td></tr></table>\n",
    "\n",
    "|",
    "\\",
    "`",
];

const HTML: &[&str] = &[
    "<table>",
    "</table>",
    "<tr>",
    "</tr>",
    "<th>Code</th><th>Description</th>",
    "<td>E.1</td>",
    "<td colspan=\"1000\">",
    "<td rowspan=\"65534\">",
    "<td rowspan=\"0\" colspan=\"-1\">",
    "</td>",
    "<thead>",
    "<tbody>",
    "<caption>Table 2: Errors</caption>",
    "<h2>Errors</h2>",
    "<b>",
    "</b>",
    "<div>",
    "<br>",
    "<!--",
    "-->",
    "<script>",
    "\n",
];

const CSV: &[&str] = &[
    "Code,Description\n",
    "E.1,One\n",
    "\"E.2\",\"Two, \"\"quoted\"\"\"\n",
    "**COMMON**,,\n",
    "Code;Text\n",
    "E.3;Three, and more\n",
    "E.4\tFour\n",
    ", \"",
    ",\n",
    "\"",
    "\n",
];

const REGISTRY: &[&str] = &[
    "{\"errors\": [",
    "{\"code\": \"E.1\", \"message\": \"One\"}",
    ", ",
    "]}",
    "- code: E.2\n  text: Two\n",
    "E3:\n  description: Three\n",
    "E4: Four\n",
    "  ",
    "&a ",
    "*a",
    "[",
    "{",
    "\n",
];

/// The bytes a page was read into: each cell's text and the 32 bytes that
/// hold it.
fn held(page: &Page) -> usize {
    page.tables
        .iter()
        .map(|table| {
            let cells = table
                .rows
                .iter()
                .flat_map(|r| &r.cells)
                .chain(&table.header);
            cells.map(|cell| cell.len() + 32).sum::<usize>()
        })
        .sum()
}

/// Every cell is at least a byte of the page and its separator, or comes
/// from a span, tab or padded row that a budget paid for (RST has one for
/// tabs and one for spans).
fn within_bound(text: &str, page: &Page) -> Result<(), TestCaseError> {
    let bound = 2 * GRID_LIMIT + 64 * (text.len() + 1);
    prop_assert!(held(page) <= bound, "{} bytes held", held(page));
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn rst_pages(text in page(RST)) {
        within_bound(&text, &super::rst::tables(&text))?;
        let _ = import(&text, Format::Rst, &Selection::default());
    }

    #[test]
    fn markdown_pages(text in page(MARKDOWN)) {
        within_bound(&text, &super::markdown::tables(&text))?;
        let _ = import(&text, Format::Markdown, &Selection::default());
    }

    #[test]
    fn html_pages(text in page(HTML)) {
        within_bound(&text, &super::html::tables(&text))?;
        let _ = import(&text, Format::Html, &Selection::default());
    }

    #[test]
    fn csv_pages(text in page(CSV)) {
        if let Ok(page) = super::csv_page::tables(&text) {
            within_bound(&text, &page)?;
        }
        let _ = import(&text, Format::Csv, &Selection::default());
    }

    #[test]
    fn registries(text in page(REGISTRY)) {
        if let Ok(page) = super::registry::tables(&text) {
            within_bound(&text, &page)?;
        }
        let _ = import(&text, Format::Yaml, &Selection::default());
    }
}

/// A table as `export --format markdown` writes it reads back through the
/// import, row for row: codes without the backticks export puts around
/// them, descriptions with the pipes export escapes, modules from the
/// section headings.
fn exported_reads_back(rows: &[(String, String, String)]) -> Result<(), TestCaseError> {
    let mut csv = String::from("module,code,description\n");
    for (module, code, description) in rows {
        csv.push_str(&format!("{module},{code},\"{description}\"\n"));
    }
    let path = std::env::temp_dir().join(format!(
        "error-codes-roundtrip-{}-{:?}.csv",
        std::process::id(),
        std::thread::current().id()
    ));
    std::fs::write(&path, &csv).unwrap();
    let options = crate::table::parse_options(None).unwrap();
    let file = path.to_string_lossy();
    let request = crate::export::Request {
        file: &file,
        title: "Errors",
        enum_name: None,
        api_version: "1.0.0",
        package: None,
        prefix: None,
        language: None,
        options: &options,
    };
    let page = crate::export::export(crate::export::Format::Markdown, &request);
    std::fs::remove_file(&path).unwrap();
    let page = page.map_err(TestCaseError::reject)?;
    let import = import(&page, Format::Markdown, &Selection::default())
        .map_err(|e| TestCaseError::fail(format!("{e}\n{page}")))?;
    let mut reader = csv::Reader::from_reader(import.csv.as_bytes());
    let mut back: Vec<(String, String, String)> = reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            (r[0].to_string(), r[1].to_string(), r[2].to_string())
        })
        .collect();
    let mut rows = rows.to_vec();
    rows.sort();
    back.sort();
    prop_assert_eq!(back, rows, "{}", page);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn exported_tables_read_back(
        rows in proptest::collection::btree_map(
            "[A-Z]{1,3}[0-9]{1,3}",
            (proptest::bool::ANY, "[A-Za-z][A-Za-z0-9 ,.;:!?()'|-]{0,30}[A-Za-z0-9.!?)]"),
            2..12,
        )
    ) {
        // Two modules, each on at least one row.
        let rows: Vec<(String, String, String)> = rows
            .into_iter()
            .enumerate()
            .map(|(i, (code, (second, description)))| {
                let module = if i == 0 || (i > 1 && second) { "Heating" } else { "Lid" };
                (module.to_string(), code, description)
            })
            .collect();
        exported_reads_back(&rows)?;
    }
}
