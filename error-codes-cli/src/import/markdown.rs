//! Markdown pages: pipe tables (GitHub's extension, as pulldown-cmark reads
//! it), each under the heading above it. Cells are kept as written in the
//! page, markup included; only the `\|` that let a cell hold a pipe is
//! undone, and a `<br>` tag (the only way a pipe-table cell holds a line
//! break) becomes the line break it stands for.

use super::page::{Row, Table, line_of};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// Every pipe table of a Markdown page, in page order.
pub fn tables(text: &str) -> Vec<Table> {
    let text = &without_lone_tags(text);
    let mut tables = Vec::new();
    let mut heading: Option<String> = None;
    let mut heading_text: Option<String> = None;
    let mut current: Option<Table> = None;
    let mut row: Option<(usize, Vec<String>)> = None;
    // The open cell's source range and the `<br>` tags inside it.
    let mut open_cell: Option<(std::ops::Range<usize>, Vec<std::ops::Range<usize>>)> = None;
    for (event, range) in Parser::new_ext(text, Options::ENABLE_TABLES).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading { .. }) => heading_text = Some(String::new()),
            Event::End(TagEnd::Heading(_)) => {
                heading = heading_text.take().map(|h| h.trim().to_string());
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some(h) = heading_text.as_mut() {
                    h.push_str(&t);
                }
            }
            Event::Start(Tag::Table(_)) => {
                current = Some(Table {
                    line: line_of(text, range.start),
                    context: heading.clone(),
                    header: Vec::new(),
                    rows: Vec::new(),
                });
            }
            Event::Start(Tag::TableHead | Tag::TableRow) => {
                row = Some((line_of(text, range.start), Vec::new()));
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
                    cells.push(cell(text, range, &breaks));
                }
            }
            Event::End(TagEnd::TableHead) => {
                if let (Some(table), Some((_, cells))) = (current.as_mut(), row.take()) {
                    table.header = cells;
                }
            }
            Event::End(TagEnd::TableRow) => {
                if let (Some(table), Some((line, mut cells))) = (current.as_mut(), row.take()) {
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
    tables
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
        let tables = tables(page);
        assert_eq!(tables[0].context.as_deref(), Some("Sync Codes"));
        assert_eq!(tables[0].rows[0].line, 8);
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
        let tables = tables(page);
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
        let tables = tables(page);
        assert_eq!(tables[0].rows[0].cells, ["P.1", "Ends in a pipe |"]);
        assert_eq!(tables[0].rows[1].cells, ["P.2", "One\ntwo\nthree `<br>`"]);
        assert_eq!(tables[0].rows[2].cells, ["P.3", "x\\|"]);
    }
}
