//! Markdown pages: pipe tables (GitHub's extension, as pulldown-cmark reads
//! it) and HTML `<table>`s written in the page (read as HTML pages are),
//! each under the heading above it. Cells are kept as written in the page,
//! markup included; only the `\|` that let a cell hold a pipe is undone,
//! and a `<br>` tag (the only way a pipe-table cell holds a line break)
//! becomes the line break it stands for.

use super::page::{Lines, Page, Row, Table};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use std::borrow::Cow;

/// Every pipe table of a Markdown page, in page order.
pub fn tables(text: &str) -> Page {
    let text = &without_lone_tags(text);
    let (text, cut) = bounded(text);
    let text = text.as_ref();
    let lines = Lines::new(text);
    let mut tables = Vec::new();
    let mut heading: Option<String> = None;
    // Each heading with the offset where it ends, for the HTML tables.
    let mut headings: Vec<(usize, String)> = Vec::new();
    let mut heading_text: Option<String> = None;
    let mut current: Option<Table> = None;
    let mut row: Option<(usize, Vec<String>)> = None;
    // The source of the open row and of its last cell, to find the text
    // GitHub's reading drops past the header's last column.
    let mut row_range = 0..0;
    let mut last_cell: Option<(std::ops::Range<usize>, Vec<std::ops::Range<usize>>)> = None;
    let mut notes: Vec<String> = Vec::new();
    // The open cell's source range and the `<br>` tags inside it.
    let mut open_cell: Option<(std::ops::Range<usize>, Vec<std::ops::Range<usize>>)> = None;
    for (event, range) in Parser::new_ext(text, Options::ENABLE_TABLES).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading { .. }) => heading_text = Some(String::new()),
            Event::End(TagEnd::Heading(_)) => {
                heading = heading_text.take().map(|h| h.trim().to_string());
                headings.extend(heading.clone().map(|h| (range.end, h)));
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some(h) = heading_text.as_mut() {
                    h.push_str(&t);
                }
            }
            Event::Start(Tag::Table(_)) => {
                current = Some(Table {
                    line: lines.line(range.start),
                    context: heading.clone(),
                    header: Vec::new(),
                    rows: Vec::new(),
                    problem: None,
                });
            }
            Event::Start(Tag::TableHead | Tag::TableRow) => {
                row = Some((lines.line(range.start), Vec::new()));
                row_range = range;
                last_cell = None;
            }
            Event::Start(Tag::TableCell) => open_cell = Some((range, Vec::new())),
            Event::InlineHtml(html) if is_line_break(&html) => {
                if let Some((_, breaks)) = open_cell.as_mut() {
                    breaks.push(range);
                }
            }
            Event::End(TagEnd::TableCell) => {
                if let (Some((_, cells)), Some((range, breaks))) = (row.as_mut(), open_cell.take())
                {
                    cells.push(cell(text, range.clone(), &breaks));
                    last_cell = Some((range, breaks));
                }
            }
            Event::End(TagEnd::TableHead) => {
                if let (Some(table), Some((_, cells))) = (current.as_mut(), row.take()) {
                    table.header = cells;
                }
            }
            Event::End(TagEnd::TableRow) => {
                if let (Some(table), Some((line, mut cells))) = (current.as_mut(), row.take()) {
                    if let Some((range, breaks)) = last_cell.take()
                        && let Some(end) = dropped(text, range.end, row_range.end)
                        && let Some(last) = cells.last_mut()
                    {
                        *last = cell(text, range.start..end, &breaks);
                        notes.push(format!(
                            "line {line}: the row has more cells than the header's {} (a `|` inside a code span ends a cell too: write it `\\|`); the text past the last column is kept in it",
                            table.header.len()
                        ));
                    }
                    cells.resize(table.header.len().max(cells.len()), String::new());
                    table.rows.push(Row {
                        line,
                        cells,
                        spans_all: false,
                    });
                }
            }
            Event::End(TagEnd::Table) => tables.extend(current.take()),
            _ => {}
        }
    }
    notes.extend(cut.map(|line| {
            format!(
                "line {line}: the table's rows from here on are not read: its short rows miss more than {MISSING_CELLS} cells, which pulldown-cmark does not fill"
            )
    }));
    for (start, end) in html_tables(text) {
        let page = super::html::tables(&text[start..end]);
        // Lines of the piece are lines of the page from the piece's first.
        let before = lines.line(start) - 1;
        let context = headings
            .iter()
            .rev()
            .find(|(at, _)| *at <= start)
            .map(|(_, h)| h.clone());
        for mut table in page.tables {
            table.line += before;
            for row in &mut table.rows {
                row.line += before;
            }
            table.context = table.context.or_else(|| context.clone());
            tables.push(table);
        }
        notes.extend(
            page.notes
                .into_iter()
                .map(|note| format!("HTML from line {}: {note}", before + 1)),
        );
    }
    tables.sort_by_key(|t| t.line);
    Page { tables, notes }
}

/// The byte ranges of the outermost `<table>...</table>` elements written
/// in a Markdown page (a table left open runs to the end of the page).
fn html_tables(text: &str) -> Vec<(usize, usize)> {
    let lower = text.to_ascii_lowercase();
    let mut ranges = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (at, _) in lower.match_indices('<') {
        let rest = &lower[at..];
        let boundary = |tag: &str| {
            rest.starts_with(tag)
                && rest[tag.len()..]
                    .chars()
                    .next()
                    .is_some_and(|c| c == '>' || c == '/' || c.is_ascii_whitespace())
        };
        if boundary("<table") {
            if depth == 0 {
                start = at;
            }
            depth += 1;
        } else if depth > 0 && boundary("</table") {
            depth -= 1;
            if depth == 0 {
                let end = rest.find('>').map_or(text.len(), |gt| at + gt + 1);
                ranges.push((start, end));
            }
        }
    }
    if depth > 0 {
        ranges.push((start, text.len()));
    }
    ranges
}

/// How many cells the importer lets the short rows of one table miss.
/// pulldown-cmark stops a table where its short rows miss 2^18 cells
/// (issue pulldown-cmark#832, quadratic growth), without a word; the
/// importer stops it at half that, where it can say so.
const MISSING_CELLS: usize = 1 << 17;

/// The page with the row blanked where a table's short rows miss more than
/// [`MISSING_CELLS`] cells, and that row's line: GitHub's tables give every
/// row as many cells as the header, so a header of 30,000 columns over a
/// million one-cell rows would be 30 billion cells. Blanking keeps every
/// offset, so lines are still counted right; the table ends at the blanked
/// row, and the rows below read as text.
fn bounded(text: &str) -> (Cow<'_, str>, Option<usize>) {
    let mut width: Option<usize> = None;
    let mut missing = 0usize;
    let mut offset = 0;
    for (index, line) in text.split_inclusive('\n').enumerate() {
        let body = line.trim();
        if body.is_empty() {
            width = None;
        } else if width.is_none() && is_delimiter_row(body) {
            width = Some(cells(body));
            missing = 0;
        } else if let Some(width) = width {
            missing = missing.saturating_add(width.saturating_sub(cells(body)));
            if missing > MISSING_CELLS {
                let mut out = String::with_capacity(text.len());
                out.push_str(&text[..offset]);
                out.extend(line.chars().map(|c| if c == '\n' { c } else { ' ' }));
                out.push_str(&text[offset + line.len()..]);
                return (Cow::Owned(out), Some(index + 1));
            }
        }
        offset += line.len();
    }
    (Cow::Borrowed(text), None)
}

/// Where the text that GitHub's reading drops from a row ends, when there
/// is any: past its last cell (which ends at `cell_end`), more than the
/// closing `|`. A row with more cells than its header loses them.
fn dropped(text: &str, cell_end: usize, row_end: usize) -> Option<usize> {
    let rest = text.get(cell_end..row_end)?;
    let trimmed = rest.trim_end();
    let trimmed = match trimmed.strip_suffix('|') {
        Some(inner) if !inner.ends_with('\\') => inner,
        _ => trimmed,
    };
    let after = trimmed.trim_start();
    let after = after.strip_prefix('|').unwrap_or(after);
    (!after.trim().is_empty()).then(|| cell_end + trimmed.len())
}

/// `|---|:--:|`: the line under a table's header.
fn is_delimiter_row(line: &str) -> bool {
    line.contains('-')
        && line
            .chars()
            .all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t'))
}

/// The cells of a table row, as its unescaped pipes split it.
fn cells(line: &str) -> usize {
    let line = line.strip_prefix('|').unwrap_or(line);
    let mut pipes = 0;
    let mut ends_in_pipe = false;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        ends_in_pipe = c == '|';
        match c {
            '\\' => {
                chars.next();
            }
            '|' => pipes += 1,
            _ => {}
        }
    }
    if ends_in_pipe { pipes } else { pipes + 1 }
}

/// The page with every line that is only a self-closing tag blanked, as
/// MDX components are (`<ManualAnchor id="x" />`): to CommonMark such a line
/// opens an HTML block that swallows the heading below it. Blanking keeps
/// every offset, so lines are still counted right.
fn without_lone_tags(text: &str) -> String {
    text.split_inclusive('\n')
        .map(|line| {
            let body = line.trim();
            let lone_tag = body.starts_with('<')
                && body.ends_with("/>")
                && body[1..].starts_with(|c: char| c.is_ascii_alphabetic())
                && !body[1..body.len() - 2].contains(['<', '>']);
            if lone_tag {
                line.chars()
                    .map(|c| if c == '\n' { c } else { ' ' })
                    .collect()
            } else {
                line.to_string()
            }
        })
        .collect()
}

/// `<br>`, `<br/>` or `<br />`, in any case.
fn is_line_break(html: &str) -> bool {
    let html = html.trim().to_ascii_lowercase();
    let Some(inner) = html.strip_prefix("<br").and_then(|h| h.strip_suffix('>')) else {
        return false;
    };
    matches!(inner.trim(), "" | "/")
}

/// A cell's source, without its padding and the pipe escapes, its `<br>`
/// tags as line breaks. The range holds the cell only, never its `|`
/// delimiters, so a cell ending in `\|` keeps its pipe.
fn cell(text: &str, range: std::ops::Range<usize>, breaks: &[std::ops::Range<usize>]) -> String {
    let mut source = String::new();
    let mut at = range.start;
    for line_break in breaks {
        source.push_str(&text[at..line_break.start]);
        source.push('\n');
        at = line_break.end;
    }
    source.push_str(&text[at..range.end]);
    source.trim().replace("\\|", "|")
}

#[cfg(test)]
mod tests {
    use super::tables;

    #[test]
    fn a_heading_under_an_mdx_component_names_its_table() {
        let page = "## Sync\n\n<Anchor id=\"sync-codes\" />\n###### Sync Codes\n\n| Code | Meaning |\n|---|---|\n| 1 | Late |\n";
        let tables = tables(page).tables;
        assert_eq!(tables[0].context.as_deref(), Some("Sync Codes"));
        assert_eq!(tables[0].rows[0].line, 8);
    }

    /// `\\|` is the pipe a cell holds, at its end too (once the
    /// closing pipe was trimmed with it, leaving `\\`).
    #[test]
    fn an_escaped_pipe_at_the_end_of_a_cell_stays() {
        let page = "| Code | Description |\n|---|---|\n| P.1 | Ends in a pipe \\| |\n| P.2 | Ends in a pipe \\|\n| P.3\\| | x |\n";
        let tables = tables(page).tables;
        let cells: Vec<&[String]> = tables[0].rows.iter().map(|r| &r.cells[..]).collect();
        assert_eq!(
            cells,
            [
                ["P.1", "Ends in a pipe |"],
                ["P.2", "Ends in a pipe |"],
                ["P.3|", "x"],
            ]
        );
    }

    /// Pages that are mostly `<table>` markup, with `<br/>` in cells,
    /// once gave "no table found".
    #[test]
    fn html_tables_inside_markdown() {
        let page = "\
# Lamp

## Lamp errors

<table>
<tr><td><b>Error Code</b></td><td><b>Meaning</b></td></tr>

<tr><td>`LAMP_DARK`</td><td>The bulb is out.<br/>Change it.</td></tr>
</table>

| Code | Description |
|---|---|
| L.2 | After the HTML. |
";
        let tables = tables(page).tables;
        assert_eq!(tables.len(), 2);
        assert_eq!(tables[0].context.as_deref(), Some("Lamp errors"));
        assert_eq!(tables[0].line, 5);
        assert_eq!(tables[0].header, ["**Error Code**", "**Meaning**"]);
        assert_eq!(
            tables[0].rows[0].cells,
            ["`LAMP_DARK`", "The bulb is out.\nChange it."]
        );
        assert_eq!(tables[0].rows[0].line, 8);
        assert_eq!(tables[1].rows[0].cells, ["L.2", "After the HTML."]);
    }

    #[test]
    fn cells_are_counted_by_unescaped_pipes() {
        assert_eq!(super::cells("| a | b |"), 2);
        assert_eq!(super::cells("a | b"), 2);
        assert_eq!(super::cells("| a \\| b |"), 1);
        assert_eq!(super::cells("| a \\|"), 1);
        assert_eq!(super::cells("|"), 1);
    }

    /// A wide header over many short rows would make pulldown-cmark hold
    /// header width times rows cells; it stops the table without a word,
    /// the importer stops it first and says where.
    #[test]
    fn short_rows_under_a_wide_header_stop_at_the_budget() {
        let width = 20_000;
        let mut page = format!("|{}\n|{}\n", " h |".repeat(width), "---|".repeat(width));
        page.push_str(&"| x |\n".repeat(20));
        let read = tables(&page);
        let rows = read.tables[0].rows.len();
        assert_eq!(rows, 6);
        assert!(rows * (width - 1) <= super::MISSING_CELLS, "{rows}");
        assert_eq!(read.notes.len(), 1, "{:?}", read.notes);
        assert!(
            read.notes[0].starts_with(&format!("line {}: ", rows + 3)),
            "{:?}",
            read.notes
        );
    }

    #[test]
    fn pipe_tables_with_and_without_outer_pipes() {
        let page = "\
# Sync service

Some text.

## Codes of the sync API

| Code | Status | Description |
|------|--------|-------------|
| S1 | 409 | A **newer** version exists. |
| S2 | 400 | The path `a\\|b` holds a pipe \\| here. |

Code | Description
--- | ---
T1 | Tail without pipes
";
        let tables = tables(page).tables;
        assert_eq!(tables.len(), 2);
        assert_eq!(tables[0].context.as_deref(), Some("Codes of the sync API"));
        assert_eq!(tables[0].line, 7);
        assert_eq!(tables[0].header, ["Code", "Status", "Description"]);
        assert_eq!(
            tables[0].rows[0].cells,
            ["S1", "409", "A **newer** version exists."]
        );
        assert_eq!(tables[0].rows[0].line, 9);
        assert_eq!(
            tables[0].rows[1].cells,
            ["S2", "400", "The path `a|b` holds a pipe | here."]
        );
        assert_eq!(tables[1].header, ["Code", "Description"]);
        assert_eq!(tables[1].rows[0].cells, ["T1", "Tail without pipes"]);
    }

    /// What `export --format markdown` writes for a line break and for a
    /// pipe at the end of a cell; a `<br>` in a code span is text.
    #[test]
    fn line_breaks_and_final_pipes_read_back() {
        let page = "| Code | Description |\n|---|---|\n| P.1 | Ends in a pipe \\| |\n| P.2 | One<br>two<BR/>three `<br>` |\n| P.3 | x\\\\| |\n";
        let tables = tables(page).tables;
        assert_eq!(tables[0].rows[0].cells, ["P.1", "Ends in a pipe |"]);
        assert_eq!(tables[0].rows[1].cells, ["P.2", "One\ntwo\nthree `<br>`"]);
        assert_eq!(tables[0].rows[2].cells, ["P.3", "x\\|"]);
    }
}
