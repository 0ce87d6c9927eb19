//! HTML pages: `<table>` elements, read through html5ever (scraper), each
//! under its `<caption>` or the heading above it. Row and column spans are
//! repeated into every cell they cover; inside a cell, `<br>`, `<p>` and
//! `<li>` become line breaks and `<strong>` / `<b>` become `**`, so that the
//! cell reads as the Markdown the other formats keep. A cell that carries
//! its text as written (`data-markup`, as `error-codes export --format html`
//! writes beside the rendered markup) reads as that text.

use super::page::{Budget, Lines, Page, Row, Table};
use ego_tree::iter::Edge;
use scraper::{ElementRef, Html, Node};

/// What a cell that a span repeats costs beside its text: the `String` and
/// the slot of the grid that hold it.
const SLOT: usize = 32;

/// Browsers read `colspan` up to 1,000 and `rowspan` up to 65,534 (HTML's
/// table model); so does the importer, within the page's [`Budget`].
const MAX_COLSPAN: usize = 1000;
const MAX_ROWSPAN: usize = 65534;

/// Every top-level table of an HTML page, in page order.
pub fn tables(text: &str) -> Page {
    let (text, too_deep) = super::nesting::shallow(text);
    let text = text.as_ref();
    let document = Html::parse_document(text);
    // html5ever keeps no source positions; the n-th `<tr` of the source is
    // the n-th row element, which is close enough to name a line.
    let lines = Lines::new(text);
    let row_lines = tag_lines(text, "<tr", &lines);
    let table_lines = tag_lines(text, "<table", &lines);
    let mut reader = Reader {
        row_lines,
        rows_seen: 0,
        budget: Budget::default(),
    };
    let mut tables = Vec::new();
    let mut heading: Option<String> = None;
    // Tables open around the current node: a table inside a table's cell is
    // the outer table's content, not a table of the page.
    let mut open_tables = 0usize;
    for edge in document.tree.root().traverse() {
        match edge {
            Edge::Open(node) => {
                let Some(element) = ElementRef::wrap(node) else {
                    continue;
                };
                let name = element.value().name();
                if matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6") {
                    heading = Some(collapse(&element.text().collect::<String>()));
                } else if name == "table" {
                    if open_tables == 0 {
                        let line = table_lines.get(tables.len()).copied().unwrap_or(1);
                        let mut table = reader.table(element, line);
                        table.context = caption(element).or_else(|| heading.clone());
                        tables.push(table);
                    }
                    open_tables += 1;
                }
            }
            Edge::Close(node) => {
                if ElementRef::wrap(node).is_some_and(|e| e.value().name() == "table") {
                    open_tables = open_tables.saturating_sub(1);
                }
            }
        }
    }
    let mut notes: Vec<String> = too_deep
        .map(|line| {
            format!(
                "line {line}: elements nested deeper than {} are read as the text of the element around them",
                super::nesting::MAX_DEPTH
            )
        })
        .into_iter()
        .collect();
    notes.extend(reader.budget.note("row and column spans fill one cell"));
    Page { tables, notes }
}

fn tag_lines(text: &str, tag: &str, lines: &Lines) -> Vec<usize> {
    let lower = text.to_ascii_lowercase();
    lower
        .match_indices(tag)
        .filter(|(at, _)| {
            lower[at + tag.len()..]
                .chars()
                .next()
                .is_some_and(|c| c == '>' || c.is_ascii_whitespace())
        })
        .map(|(at, _)| lines.line(at))
        .collect()
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

/// What reading the tables of one page shares: the page lines of its rows
/// and the budget its spans draw on.
struct Reader {
    row_lines: Vec<usize>,
    rows_seen: usize,
    budget: Budget,
}

impl Reader {
    fn table(&mut self, element: ElementRef, line: usize) -> Table {
        let rows = rows(element);
        // Rows are as long as their cells reach: padding every row to the
        // widest one would cost rows times width, which a page can make huge
        // with one wide row.
        let mut grid: Vec<Vec<Option<String>>> = vec![Vec::new(); rows.len()];
        let mut lines = Vec::new();
        let mut header_rows = 0;
        let mut single_span = Vec::new();
        for (index, (row, in_head)) in rows.iter().enumerate() {
            let row_line = self.row_lines.get(self.rows_seen).copied().unwrap_or(line);
            lines.push(row_line);
            self.rows_seen += 1;
            let cells: Vec<ElementRef> = children(*row)
                .filter(|c| matches!(c.value().name(), "td" | "th"))
                .collect();
            let all_th = !cells.is_empty() && cells.iter().all(|c| c.value().name() == "th");
            if (*in_head || all_th) && header_rows == index {
                header_rows += 1;
            }
            single_span.push(cells.len() == 1 && span(cells[0], "colspan", MAX_COLSPAN) > 1);
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
                let mut row_span = span(cell, "rowspan", MAX_ROWSPAN).min(rows.len() - index);
                let mut column_span = span(cell, "colspan", MAX_COLSPAN);
                if !self.afford(&grid, index, column, row_span, column_span, &text, row_line) {
                    (row_span, column_span) = (1, 1);
                }
                for target in &mut grid[index..index + row_span] {
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
        let width = grid.iter().map(Vec::len).max().unwrap_or(0);
        let mut grid: Vec<Vec<String>> = grid
            .into_iter()
            .map(|row| row.into_iter().map(Option::unwrap_or_default).collect())
            .collect();
        // Without `<thead>` or `<th>`, the first row is the header.
        let header_rows = header_rows.max(usize::from(!grid.is_empty()));
        let body = grid.split_off(header_rows.min(grid.len()));
        let header = (0..width)
            .map(|column| {
                let mut parts: Vec<&str> = Vec::new();
                for cell in grid.iter().filter_map(|row| row.get(column)) {
                    if !cell.is_empty() && parts.last() != Some(&cell.as_str()) {
                        parts.push(cell);
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
            problem: None,
        }
    }

    /// Whether the page's budget holds a cell of `text` spanning
    /// `row_span` rows and `column_span` columns from (`index`, `column`):
    /// every cell it repeats, and the empty cells it leaves to its left in
    /// the rows below. Counting stops where the budget does, so a page of
    /// huge spans costs no more than the budget to refuse.
    #[allow(clippy::too_many_arguments)]
    fn afford(
        &mut self,
        grid: &[Vec<Option<String>>],
        index: usize,
        column: usize,
        row_span: usize,
        column_span: usize,
        text: &str,
        line: usize,
    ) -> bool {
        let left = self.budget.left();
        let repeats = row_span * column_span - 1;
        let mut cost = repeats.saturating_mul(SLOT + text.len());
        for row in grid.iter().take(index + row_span).skip(index + 1) {
            if cost > left {
                break;
            }
            cost = cost.saturating_add(column.saturating_sub(row.len()) * SLOT);
        }
        cost == 0 || self.budget.take(cost, line)
    }
}

/// A `rowspan` or `colspan`: at least 1, at most `max`.
fn span(cell: ElementRef, attribute: &str, max: usize) -> usize {
    cell.value()
        .attr(attribute)
        .and_then(|value| value.trim().parse::<usize>().ok())
        .unwrap_or(1)
        .clamp(1, max)
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

/// The text of `element`'s content, walked without recursion (a page can
/// nest elements a hundred thousand deep); strong text nested in strong
/// text is marked once.
fn render(element: ElementRef, out: &mut String) {
    // Where the outermost open `<strong>`/`<b>` began in `out`.
    let mut strong: Option<(ego_tree::NodeId, usize)> = None;
    // An element whose content is skipped (`<script>`, `<style>`).
    let mut skipping: Option<ego_tree::NodeId> = None;
    for edge in element.traverse().skip(1) {
        match edge {
            Edge::Open(node) => {
                if skipping.is_some() {
                    continue;
                }
                match node.value() {
                    // Source line breaks are spaces in HTML.
                    Node::Text(text) => out.push_str(&text.replace(['\n', '\r'], " ")),
                    Node::Element(e) => match e.name() {
                        "br" => out.push('\n'),
                        "p" | "div" | "li" | "ul" | "ol" | "tr" => out.push('\n'),
                        "strong" | "b" if strong.is_none() => {
                            strong = Some((node.id(), out.len()));
                        }
                        "script" | "style" => skipping = Some(node.id()),
                        _ => {}
                    },
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if skipping == Some(node.id()) {
                    skipping = None;
                    continue;
                }
                if skipping.is_some() {
                    continue;
                }
                if let Node::Element(e) = node.value() {
                    match e.name() {
                        "p" | "div" | "li" | "ul" | "ol" | "tr" => out.push('\n'),
                        "strong" | "b" if strong.is_some_and(|(id, _)| id == node.id()) => {
                            if let Some((_, start)) = strong.take() {
                                mark_strong(out, start);
                            }
                        }
                        _ => {}
                    }
                }
            }
        }
    }
}

/// `out[start..]` between `**`, the white space around it kept outside.
fn mark_strong(out: &mut String, start: usize) {
    let inner = out.split_off(start);
    let trimmed = inner.trim();
    if trimmed.is_empty() {
        out.push_str(&inner);
        return;
    }
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

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::tables;

    /// A 26 KB page of `colspan="1000" rowspan="1000"` cells asked for
    /// 1.4 GB: its spans now stop at the page's budget, and a
    /// note says where.
    #[test]
    fn huge_spans_stop_at_the_budget() {
        let cells = "<td colspan=\"1000\" rowspan=\"1000\">x</td>".repeat(20);
        let rows = format!("<tr>{cells}</tr>\n").repeat(30);
        let page = format!("<table><tr><th>Code</th><th>Description</th></tr>\n{rows}</table>");
        let read = tables(&page);
        let bytes: usize = read
            .tables
            .iter()
            .flat_map(|t| &t.rows)
            .flat_map(|r| &r.cells)
            .map(|c| c.len() + super::SLOT)
            .sum();
        assert!(
            bytes <= super::super::page::GRID_LIMIT + page.len() * super::SLOT,
            "{bytes}"
        );
        assert_eq!(read.notes.len(), 1, "{:?}", read.notes);
        assert!(read.notes[0].starts_with("line "), "{:?}", read.notes);
    }

    /// Elements nested past the depth bound are read as text of their
    /// surroundings; the cell keeps its words.
    #[test]
    fn deep_nesting_keeps_the_text_and_says_so() {
        let depth = 5000;
        let page = format!(
            "<table><tr><th>Code</th><th>Description</th></tr><tr><td>D.1</td><td>{}Deep.{}</td></tr></table>",
            "<div><b>".repeat(depth),
            "</b></div>".repeat(depth)
        );
        let read = tables(&page);
        assert_eq!(read.tables[0].rows[0].cells[0], "D.1");
        assert_eq!(read.tables[0].rows[0].cells[1], "**Deep.**");
        assert_eq!(read.notes.len(), 1, "{:?}", read.notes);
    }

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
        let tables = tables(page).tables;
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
        let tables = tables(page).tables;
        assert_eq!(tables[0].rows[0].cells, ["A.1", "Use *one*  &\n\n  `<b>`."]);
    }
}
