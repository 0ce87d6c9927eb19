//! The reStructuredText directives that hold tables as data rather than as
//! drawings: `.. csv-table::` (its rows inline or in a `:file:` beside the
//! page, its headings in `:header:` or its first `:header-rows:`) and
//! `.. list-table::` and `.. flat-table::` (a bullet list of rows, each a
//! bullet list of cells),
//! read as docutils reads them.

use super::page::{Row, Table, caption_text, cell_text};
use std::path::Path;

/// A directive's parts: its argument (the caption), its options, and its
/// content lines with their page line numbers, and the line after it.
struct Directive<'a> {
    argument: &'a str,
    options: Vec<(String, String)>,
    content: Vec<(usize, &'a str)>,
    end: usize,
}

impl Directive<'_> {
    fn option(&self, name: &str) -> Option<&str> {
        self.options
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn header_rows(&self) -> usize {
        self.option("header-rows")
            .and_then(|n| n.trim().parse().ok())
            .unwrap_or(0)
    }
}

/// The directive whose first line is `lines[start]`, `argument` the text
/// after its `::`: the lines indented deeper than it (and blank lines
/// among them) are its options, then its content.
fn directive<'a>(lines: &[&'a str], start: usize, argument: &'a str) -> Directive<'a> {
    let indent = lines[start].len() - lines[start].trim_start().len();
    let mut end = start + 1;
    while end < lines.len() {
        let line = lines[end];
        let deeper = line.len() - line.trim_start().len() > indent;
        if !line.trim().is_empty() && !deeper {
            break;
        }
        end += 1;
    }
    while end > start + 1 && lines[end - 1].trim().is_empty() {
        end -= 1;
    }
    let mut options: Vec<(String, String)> = Vec::new();
    let mut at = start + 1;
    // The options: a field list right under the directive line.
    while at < end {
        let body = lines[at].trim();
        if let Some(field) = body.strip_prefix(':')
            && let Some((name, value)) = field.split_once(':')
        {
            options.push((name.trim().to_string(), value.trim().to_string()));
            at += 1;
        } else if !body.is_empty()
            && let Some((_, value)) = options.last_mut()
            && lines[at].len() - lines[at].trim_start().len()
                > lines[at - 1].len() - lines[at - 1].trim_start().len()
        {
            // An option's value continued on a deeper line.
            value.push(' ');
            value.push_str(body);
            at += 1;
        } else {
            break;
        }
    }
    let content = (at..end)
        .map(|index| (index + 1, lines[index]))
        .skip_while(|(_, line)| line.trim().is_empty())
        .collect();
    Directive {
        argument,
        options,
        content,
        end,
    }
}

/// The `.. csv-table::` starting at `lines[start]`, the line after it, and
/// what the user should know (a `:file:` that cannot be read).
pub fn csv_table(
    lines: &[&str],
    start: usize,
    argument: &str,
    directory: Option<&Path>,
    notes: &mut Vec<String>,
) -> (Option<Table>, usize) {
    let directive = directive(lines, start, argument);
    let line = start + 1;
    let separator = match directive.option("delim") {
        Some("tab") => b'\t',
        Some("space") => b' ',
        Some(d) if d.len() == 1 => d.as_bytes()[0],
        _ => b',',
    };
    // The rows, each with its page line (a file's rows name the directive's).
    let (text, first_line, from_file): (String, usize, bool) = match directive.option("file") {
        Some(file) if directory.is_none() => {
            notes.push(format!(
                "line {line}: the csv-table's rows are in the file {}, and the page was given without its place; left aside",
                file.trim()
            ));
            return (None, directive.end);
        }
        Some(file) => {
            let path = directory.map_or_else(
                || Path::new(file.trim()).to_path_buf(),
                |d| d.join(file.trim()),
            );
            match error_codes_table::file::read(&path) {
                Ok(bytes) => (
                    String::from_utf8_lossy(&bytes).replace("\r\n", "\n"),
                    line,
                    true,
                ),
                Err(e) => {
                    notes.push(format!(
                        "line {line}: the csv-table's file {} cannot be read ({e}); left aside",
                        path.display()
                    ));
                    return (None, directive.end);
                }
            }
        }
        None if directive.option("url").is_some() => {
            notes.push(format!(
                "line {line}: the csv-table's rows are at a URL, which import does not fetch; left aside"
            ));
            return (None, directive.end);
        }
        None => {
            let Some(&(first, _)) = directive.content.first() else {
                return (None, directive.end);
            };
            let body: Vec<&str> = directive.content.iter().map(|(_, l)| *l).collect();
            (cell_text(body), first, false)
        }
    };
    let mut read = |text: &str| -> Vec<(usize, Vec<String>)> {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(separator)
            .from_reader(text.as_bytes());
        let mut rows = Vec::new();
        for record in reader.records() {
            match record {
                Ok(record) => {
                    let offset = record.position().map_or(1, |p| p.line() as usize);
                    // docutils' reader skips the white space after a separator.
                    rows.push((
                        offset,
                        record.iter().map(|c| c.trim().to_string()).collect(),
                    ));
                }
                Err(e) => {
                    notes.push(format!(
                        "line {line}: the csv-table's rows stop being CSV here ({e}); the rows after are left aside"
                    ));
                    break;
                }
            }
        }
        rows
    };
    let text = super::csv_page::unspaced(&text, separator);
    let mut rows = read(&text);
    let header_rows = directive.header_rows().min(rows.len());
    let mut header: Vec<Vec<String>> = rows.drain(..header_rows).map(|(_, cells)| cells).collect();
    if let Some(names) = directive.option("header") {
        let names = super::csv_page::unspaced(names, b',');
        header.insert(
            0,
            read(&names)
                .into_iter()
                .next()
                .map(|(_, cells)| cells)
                .unwrap_or_default(),
        );
    }
    // Short rows (`**Common**` alone, a section's title) reach the header.
    let width = header
        .iter()
        .chain(rows.iter().map(|(_, c)| c))
        .map(Vec::len)
        .max()
        .unwrap_or(0);
    let rows = rows
        .into_iter()
        .map(|(offset, mut cells)| {
            cells.resize(width, String::new());
            (offset, cells)
        })
        .map(|(offset, cells)| Row {
            line: if from_file {
                first_line
            } else {
                first_line + offset - 1
            },
            cells,
            spans_all: false,
        })
        .collect();
    let table = Table {
        line,
        context: caption_text(directive.argument),
        header: join_rows(&header),
        rows,
        problem: None,
    };
    (Some(table), directive.end)
}

/// The `.. list-table::` (or the `.. flat-table::` of the Linux kernel's
/// documentation, its rows `- -` bullets) starting at `lines[start]`, and
/// the line after it.
pub fn list_table(lines: &[&str], start: usize, argument: &str) -> (Option<Table>, usize) {
    let directive = directive(lines, start, argument);
    // Each row: its line and its cells, each cell its lines with the
    // bullets blanked (so that the lines keep their columns).
    let mut rows: Vec<(usize, Vec<Vec<String>>)> = Vec::new();
    // The column of the row's cell bullets: a `-` deeper is inside a cell.
    let mut cell_column: Option<usize> = None;
    let mut row_column: Option<usize> = None;
    for &(number, line) in &directive.content {
        let body = line.trim_start();
        let column = line.len() - body.len();
        let bullet =
            |b: char| body.starts_with(b) && body[1..].chars().next().is_none_or(|c| c == ' ');
        let mut rest = line.to_string();
        // Rows are `*` bullets (list-table) or `-` bullets (flat-table),
        // at the column of the first.
        if (bullet('*') || bullet('-')) && row_column.is_none_or(|c| c == column) {
            row_column = Some(column);
            rows.push((number, Vec::new()));
            cell_column = None;
            // `* - first cell` on one line: the cell's bullet after the row's.
            rest.replace_range(column..column + 1, " ");
            let after = rest[column + 1..].trim_start();
            if !after.starts_with('-') {
                if !after.is_empty()
                    && let Some((_, cells)) = rows.last_mut()
                {
                    cells.push(vec![rest.clone()]);
                }
                continue;
            }
        }
        let body = rest.trim_start();
        let column = rest.len() - body.len();
        let is_cell =
            (body.starts_with("- ") || body == "-") && cell_column.is_none_or(|c| c == column);
        let Some((_, cells)) = rows.last_mut() else {
            continue;
        };
        if is_cell {
            cell_column = Some(column);
            rest.replace_range(column..column + 1, " ");
            cells.push(vec![rest]);
        } else if let Some(cell) = cells.last_mut() {
            cell.push(rest);
        }
    }
    let rows: Vec<(usize, Vec<String>)> = rows
        .into_iter()
        .map(|(line, cells)| {
            (
                line,
                cells
                    .iter()
                    .map(|lines| cell_text(lines.iter().map(String::as_str)))
                    .collect(),
            )
        })
        .collect();
    let header_rows = directive.header_rows().min(rows.len());
    let header: Vec<Vec<String>> = rows[..header_rows].iter().map(|(_, c)| c.clone()).collect();
    let width = rows.iter().map(|(_, c)| c.len()).max().unwrap_or(0);
    let rows = rows[header_rows..]
        .iter()
        .map(|(line, cells)| {
            let mut cells = cells.clone();
            cells.resize(width, String::new());
            Row {
                line: *line,
                cells,
                spans_all: false,
            }
        })
        .collect();
    let table = Table {
        line: start + 1,
        context: caption_text(directive.argument),
        header: join_rows(&header),
        rows,
        problem: None,
    };
    (Some(table), directive.end)
}

/// Several header rows as one: each column's cells joined by a space.
fn join_rows(rows: &[Vec<String>]) -> Vec<String> {
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    (0..width)
        .map(|column| {
            rows.iter()
                .filter_map(|row| row.get(column))
                .filter(|cell| !cell.is_empty())
                .map(String::as_str)
                .collect::<Vec<_>>()
                .join(" ")
                .replace('\n', " ")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<&str> {
        text.lines().collect()
    }

    #[test]
    fn an_inline_csv_table_with_its_header_option() {
        let page = lines(
            ".. csv-table:: Pump errors\n   :header: \"Code\", \"Meaning\"\n   :widths: 10, 40\n\n   \"P.1\", \"Dry, stop it\"\n   P.2, Clogged\n\nAfter.\n",
        );
        let mut notes = Vec::new();
        let (table, end) = csv_table(&page, 0, " Pump errors", None, &mut notes);
        let table = table.unwrap();
        assert_eq!(end, 6);
        assert_eq!(table.context.as_deref(), Some("Pump errors"));
        assert_eq!(table.header, ["Code", "Meaning"]);
        let rows: Vec<(usize, &[String])> =
            table.rows.iter().map(|r| (r.line, &r.cells[..])).collect();
        assert_eq!(
            rows,
            [
                (5, &["P.1".to_string(), "Dry, stop it".to_string()][..]),
                (6, &["P.2".to_string(), "Clogged".to_string()][..]),
            ]
        );
        assert!(notes.is_empty());
    }

    /// Section titles as rows of one field, as HL7 mapping tables write
    /// them: the row reaches the header's width, so it reads as a section.
    #[test]
    fn short_rows_reach_the_header() {
        let page = lines(
            ".. csv-table:: Mapping\n   :header: Error Code,Meaning,Where\n\n   **Common**\n   101,Missing,HDR^1\n",
        );
        let (table, _) = csv_table(&page, 0, " Mapping", None, &mut Vec::new());
        let table = table.unwrap();
        assert_eq!(table.header, ["Error Code", "Meaning", "Where"]);
        assert_eq!(table.rows[0].cells, ["**Common**", "", ""]);
        assert_eq!(table.rows[1].line, 5);
    }

    #[test]
    fn a_flat_table_of_dash_rows() {
        let page = lines(
            ".. flat-table:: Common errors\n   :header-rows:  0\n   :widths: 1 16\n\n   -  -  ``EAGAIN`` (aka ``EWOULDBLOCK``)\n      -  The call would block; try again.\n\n   -  -  ``EBADF``\n      -  The descriptor is not open.\n",
        );
        let (table, _) = list_table(&page, 0, " Common errors");
        let table = table.unwrap();
        let rows: Vec<&[String]> = table.rows.iter().map(|r| &r.cells[..]).collect();
        assert_eq!(
            rows,
            [
                [
                    "``EAGAIN`` (aka ``EWOULDBLOCK``)".to_string(),
                    "The call would block; try again.".to_string()
                ],
                [
                    "``EBADF``".to_string(),
                    "The descriptor is not open.".to_string()
                ],
            ]
        );
    }

    #[test]
    fn a_list_table_with_a_header_row_and_a_nested_list() {
        let page = lines(
            ".. list-table:: Valve errors\n   :header-rows: 1\n\n   * - Code\n     - Description\n   * - V.1\n     - Stuck open;\n       close it by hand:\n\n       - turn left\n       - then right\n   *\n     - V.2\n     - Leaking.\n",
        );
        let (table, end) = list_table(&page, 0, " Valve errors");
        let table = table.unwrap();
        assert_eq!(end, page.len());
        assert_eq!(table.header, ["Code", "Description"]);
        assert_eq!(table.rows.len(), 2);
        assert_eq!(table.rows[0].line, 6);
        assert_eq!(
            table.rows[0].cells,
            [
                "V.1",
                "Stuck open;\nclose it by hand:\n\n- turn left\n- then right"
            ]
        );
        assert_eq!(table.rows[1].cells, ["V.2", "Leaking."]);
    }
}
