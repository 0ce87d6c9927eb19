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
    ",\n",
    "\"",
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
}
