//! HTML pages: `<table>` elements, read through html5ever (scraper), each
//! under its `<caption>` or the heading above it. Row and column spans are
//! repeated into every cell they cover; inside a cell, `<br>`, `<p>` and
//! `<li>` become line breaks and `<strong>` / `<b>` become `**`, so that the
//! cell reads as the Markdown the other formats keep. A cell that carries
//! its text as written (`data-markup`, as `error-codes export --format html`
//! writes beside the rendered markup) reads as that text.

use super::page::{Row, Table, line_of};
use scraper::{ElementRef, Html, Node};

/// Every top-level table of an HTML page, in page order.
pub fn tables(text: &str) -> Vec<Table> {
    let document = Html::parse_document(text);
    // html5ever keeps no source positions; the n-th `<tr` of the source is
    // the n-th row element, which is close enough to name a line.
    let row_lines = tag_lines(text, "<tr");
    let table_lines = tag_lines(text, "<table");
    let mut rows_seen = 0;
    let mut tables = Vec::new();
    let mut heading: Option<String> = None;
    for node in document.tree.root().descendants() {
        let Some(element) = ElementRef::wrap(node) else {
            continue;
        };
        let name = element.value().name();
        if matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6") {
            heading = Some(collapse(&element.text().collect::<String>()));
        } else if name == "table" && !inside_table(element) {
            let line = table_lines.get(tables.len()).copied().unwrap_or(1);
            let mut table = table(element, line, &row_lines, &mut rows_seen);
            table.context = caption(element).or_else(|| heading.clone());
            tables.push(table);
        }
    }
    tables
}

fn tag_lines(text: &str, tag: &str) -> Vec<usize> {
    let lower = text.to_ascii_lowercase();
    lower
        .match_indices(tag)
        .filter(|(at, _)| {
            lower[at + tag.len()..]
                .chars()
                .next()
                .is_some_and(|c| c == '>' || c.is_ascii_whitespace())
        })
        .map(|(at, _)| line_of(text, at))
        .collect()
}

fn inside_table(element: ElementRef) -> bool {
    element
        .ancestors()
        .filter_map(ElementRef::wrap)
        .any(|a| a.value().name() == "table")
}

fn caption(table: ElementRef) -> Option<String> {
    let caption = children(table).find(|c| c.value().name() == "caption")?;
    super::page::caption_text(&cell_text(caption))
}

fn children(element: ElementRef) -> impl Iterator<Item = ElementRef> {
    element.children().filter_map(ElementRef::wrap)
}

/// The rows of a table, its own only (not those of tables nested in cells),
/// with whether each came from `<thead>` or holds only `<th>` cells.
fn rows(table: ElementRef) -> Vec<(ElementRef, bool)> {
    let mut rows = Vec::new();
    for child in children(table) {
        match child.value().name() {
            "tr" => rows.push((child, false)),
            section @ ("thead" | "tbody" | "tfoot") => {
                for row in children(child).filter(|r| r.value().name() == "tr") {
                    rows.push((row, section == "thead"));
                }
            }
            _ => {}
        }
    }
    rows
}

fn table(element: ElementRef, line: usize, row_lines: &[usize], rows_seen: &mut usize) -> Table {
    let rows = rows(element);
    let mut grid: Vec<Vec<Option<String>>> = Vec::new();
    let mut lines = Vec::new();
    let mut header_rows = 0;
    let mut single_span = Vec::new();
    for (index, (row, in_head)) in rows.iter().enumerate() {
        lines.push(row_lines.get(*rows_seen).copied().unwrap_or(line));
        *rows_seen += 1;
        if grid.len() <= index {
            grid.resize(index + 1, Vec::new());
        }
        let cells: Vec<ElementRef> = children(*row)
            .filter(|c| matches!(c.value().name(), "td" | "th"))
            .collect();
        let all_th = !cells.is_empty() && cells.iter().all(|c| c.value().name() == "th");
        if (*in_head || all_th) && header_rows == index {
            header_rows += 1;
        }
        single_span.push(cells.len() == 1 && span(cells[0], "colspan") > 1);
        let mut column = 0;
        for cell in cells {
            while grid[index].get(column).is_some_and(Option::is_some) {
                column += 1;
            }
            let text = cell
                .value()
                .attr("data-markup")
                .map_or_else(|| cell_text(cell), |markup| markup.trim().to_string());
            // A row span ends with the table, as browsers end it.
            let row_span = span(cell, "rowspan").min(rows.len() - index);
            let column_span = span(cell, "colspan");
            for r in index..index + row_span {
                if grid.len() <= r {
                    grid.resize(r + 1, Vec::new());
                }
                let target = &mut grid[r];
                if target.len() < column + column_span {
                    target.resize(column + column_span, None);
                }
                for slot in &mut target[column..column + column_span] {
                    *slot = Some(text.clone());
                }
            }
            column += column_span;
        }
    }
    grid.truncate(rows.len());
    let width = grid.iter().map(Vec::len).max().unwrap_or(0);
    let mut grid: Vec<Vec<String>> = grid
        .into_iter()
        .map(|row| {
            let mut row: Vec<String> = row.into_iter().map(Option::unwrap_or_default).collect();
            row.resize(width, String::new());
            row
        })
        .collect();
    // Without `<thead>` or `<th>`, the first row is the header.
    let header_rows = header_rows.max(usize::from(!grid.is_empty()));
    let body = grid.split_off(header_rows.min(grid.len()));
    let header = (0..width)
        .map(|column| {
            let mut parts: Vec<&str> = Vec::new();
            for row in &grid {
                if !row[column].is_empty() && parts.last() != Some(&row[column].as_str()) {
                    parts.push(&row[column]);
                }
            }
            parts.join(" ").replace('\n', " ")
        })
        .collect();
    let rows = body
        .into_iter()
        .enumerate()
        .map(|(index, cells)| Row {
            line: lines[header_rows + index],
            spans_all: single_span[header_rows + index] && width > 1,
            cells,
        })
        .collect();
    Table {
        line,
        context: None,
        header,
        rows,
    }
}

/// A `rowspan` or `colspan`: at least 1, and no more than a table holds.
fn span(cell: ElementRef, attribute: &str) -> usize {
    cell.value()
        .attr(attribute)
        .and_then(|value| value.trim().parse::<usize>().ok())
        .unwrap_or(1)
        .clamp(1, 1000)
}

/// A cell's text: white space collapsed as a browser does, block elements
/// and `<br>` as line breaks, strong text between `**`.
fn cell_text(cell: ElementRef) -> String {
    let mut out = String::new();
    render(cell, &mut out);
    out.lines()
        .map(collapse)
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

fn render(element: ElementRef, out: &mut String) {
    for child in element.children() {
        match child.value() {
            Node::Text(text) => {
                // Source line breaks are spaces in HTML.
                out.push_str(&text.replace(['\n', '\r'], " "));
            }
            Node::Element(_) => {
                let Some(child) = ElementRef::wrap(child) else {
                    continue;
                };
                match child.value().name() {
                    "br" => out.push('\n'),
                    "p" | "div" | "li" | "ul" | "ol" | "tr" => {
                        out.push('\n');
                        render(child, out);
                        out.push('\n');
                    }
                    "strong" | "b" => {
                        let mut inner = String::new();
                        render(child, &mut inner);
                        let trimmed = inner.trim();
                        if trimmed.is_empty() {
                            out.push_str(&inner);
                        } else {
                            if inner.starts_with(char::is_whitespace) {
                                out.push(' ');
                            }
                            out.push_str("**");
                            out.push_str(trimmed);
                            out.push_str("**");
                            if inner.ends_with(char::is_whitespace) {
                                out.push(' ');
                            }
                        }
                    }
                    "script" | "style" => {}
                    _ => render(child, out),
                }
            }
            _ => {}
        }
    }
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::tables;

    #[test]
    fn spans_breaks_strong_text_and_entities() {
        let page = "<html><body>
<h2>Errors of the printer</h2>
<table>
<thead><tr><th>Module</th><th>Error Code</th><th>Description</th></tr></thead>
<tbody>
<tr><td rowspan=\"2\">Paper</td><td>P.1</td><td><p>Out of <strong>paper</strong>.</p><p>Load more &amp; retry.</p></td></tr>
<tr><td>P.2</td><td>Jam<br>Open the tray.</td></tr>
<tr><td colspan=\"3\">Codes below are new.</td></tr>
</tbody></table></body></html>";
        let tables = tables(page);
        assert_eq!(tables.len(), 1);
        let table = &tables[0];
        assert_eq!(table.context.as_deref(), Some("Errors of the printer"));
        assert_eq!(table.line, 3);
        assert_eq!(table.header, ["Module", "Error Code", "Description"]);
        assert_eq!(
            table.rows[0].cells,
            ["Paper", "P.1", "Out of **paper**.\nLoad more & retry."]
        );
        assert_eq!(table.rows[0].line, 6);
        assert_eq!(table.rows[1].cells, ["Paper", "P.2", "Jam\nOpen the tray."]);
        assert!(table.rows[2].spans_all);
    }

    #[test]
    fn a_cell_with_its_markup_reads_as_written() {
        let page = "<table><tr><th>Code</th><th>Description</th></tr>\
<tr><td>A.1</td><td data-markup=\"Use *one*  &amp;\n\n  `&lt;b&gt;`.\">Use <em>one</em> &amp;</td></tr></table>";
        let tables = tables(page);
        assert_eq!(tables[0].rows[0].cells, ["A.1", "Use *one*  &\n\n  `<b>`."]);
    }
}
