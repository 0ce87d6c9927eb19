//! `--format rst`: the table as the documentation pages it comes from are
//! written: a section title, then one grid table of every column, the
//! module written once for its group of rows, cells as written (markup
//! kept), a cell's line breaks as lines of the cell.
//!
//! Widths count characters, as `import` counts them; docutils counts an
//! East Asian wide character twice, so a table with such text reads back
//! through `import` but not through docutils.
//!
//! As in the Markdown page, a cell's links and images stay as written, for
//! whoever renders the page to judge; the HTML export runs and loads
//! nothing.

use super::sheet::Sheet;

/// The page: the title underlined with `=`, then the grid table.
pub fn page(title: &str, sheet: &Sheet) -> String {
    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut page = String::new();
    if !title.is_empty() {
        page.push_str(&title);
        page.push('\n');
        page.push_str(&"=".repeat(title.chars().count().max(2)));
        page.push_str("\n\n");
    }
    let body: Vec<Vec<Vec<&str>>> = sheet
        .rows
        .iter()
        .enumerate()
        .map(|(index, row)| {
            row.iter()
                .enumerate()
                .map(|(column, text)| {
                    let repeated = Some(column) == sheet.module
                        && index > 0
                        && (text.is_empty() || *text == sheet.rows[index - 1][column]);
                    if repeated { Vec::new() } else { lines(text) }
                })
                .collect()
        })
        .collect();
    let header: Vec<Vec<&str>> = sheet.header.iter().map(|h| lines(h)).collect();
    let mut widths: Vec<usize> = header.iter().map(|cell| width(cell)).collect();
    for row in &body {
        for (column, cell) in row.iter().enumerate() {
            widths[column] = widths[column].max(width(cell));
        }
    }
    let border = |fill: &str| {
        let mut line = String::from("+");
        for &width in &widths {
            line.push_str(&fill.repeat(width + 2));
            line.push('+');
        }
        line.push('\n');
        line
    };
    page.push_str(&border("-"));
    push_row(&mut page, &header, &widths);
    page.push_str(&border("="));
    for row in &body {
        push_row(&mut page, row, &widths);
        page.push_str(&border("-"));
    }
    page
}

/// A cell's lines; an empty cell has one empty line.
fn lines(text: &str) -> Vec<&str> {
    text.lines().collect()
}

fn width(lines: &[&str]) -> usize {
    lines.iter().map(|l| l.chars().count()).max().unwrap_or(0)
}

fn push_row(page: &mut String, cells: &[Vec<&str>], widths: &[usize]) {
    let height = cells.iter().map(Vec::len).max().unwrap_or(0).max(1);
    for line in 0..height {
        page.push('|');
        for (cell, &width) in cells.iter().zip(widths) {
            let text = cell.get(line).copied().unwrap_or("");
            page.push(' ');
            page.push_str(text);
            page.push_str(&" ".repeat(width - text.chars().count()));
            page.push_str(" |");
        }
        page.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use error_codes_table::header::Layout;

    #[test]
    fn one_grid_table_module_once_per_group() {
        let table = "Module,Error Code,Description\n\
                     Disks,D.1,Busy.\n\
                     Disks,D.2,\"Gone; see **docs**\nand retry.\"\n\
                     Nets,N.1,Ünïcode | pipe.\n";
        let sheet = Sheet::parse(table.as_bytes(), &Layout::default()).unwrap();
        assert_eq!(
            page("Error Codes", &sheet),
            "Error Codes\n\
             ===========\n\
             \n\
             +--------+------------+--------------------+\n\
             | Module | Error Code | Description        |\n\
             +========+============+====================+\n\
             | Disks  | D.1        | Busy.              |\n\
             +--------+------------+--------------------+\n\
             |        | D.2        | Gone; see **docs** |\n\
             |        |            | and retry.         |\n\
             +--------+------------+--------------------+\n\
             | Nets   | N.1        | Ünïcode | pipe.    |\n\
             +--------+------------+--------------------+\n"
        );
    }
}
