//! `--format markdown`: the table as a Markdown page, a pipe table under a
//! heading per module, every row and column as written.
//!
//! A cell keeps its markup; two things cannot stay as they are in a pipe
//! table and are written the way `import` reads them back: `|` as `\|`
//! (also inside code spans, as GitHub's tables require) and a line break
//! as `<br>`. Inside a code span `<br>` is text, so a line break there
//! does not read back; nothing in a pipe table can hold it.
//!
//! Links, images and HTML in a cell stay as written too, so that the page
//! imports back: whoever shows the page renders them, and a table from
//! someone else wants a renderer that drops script and remote loads (as
//! GitHub's does), or the HTML export, which runs and loads nothing.

use super::sheet::Sheet;

/// The page: `# title`, then per run of rows of one module a `## module`
/// heading (none for rows without a module) and a table of every column,
/// the module cell written on the run's first row.
pub fn page(title: &str, sheet: &Sheet) -> String {
    let mut page = String::new();
    if !title.trim().is_empty() {
        page.push_str(&format!("# {}\n", one_line(title)));
    }
    for (module, rows) in sheet.module_runs() {
        if !page.is_empty() {
            page.push('\n');
        }
        if !module.is_empty() {
            page.push_str(&format!("## {}\n\n", one_line(module)));
        }
        push_row(&mut page, sheet.header.iter().map(String::as_str));
        page.push('|');
        page.push_str(&" --- |".repeat(sheet.header.len()));
        page.push('\n');
        for (index, row) in sheet.rows[rows.clone()].iter().enumerate() {
            push_row(
                &mut page,
                row.iter().enumerate().map(|(column, text)| {
                    // Fill-down: the module once per run.
                    if Some(column) == sheet.module && index > 0 {
                        ""
                    } else {
                        text.as_str()
                    }
                }),
            );
        }
    }
    page
}

fn push_row<'a>(page: &mut String, cells: impl Iterator<Item = &'a str>) {
    page.push('|');
    for text in cells {
        page.push(' ');
        page.push_str(&cell(text));
        page.push_str(" |");
    }
    page.push('\n');
}

/// A cell's text in a pipe table: `|` escaped, line breaks as `<br>`.
pub fn cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '|' => out.push_str("\\|"),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => out.push_str("<br>"),
            c => out.push(c),
        }
    }
    out
}

/// A heading's text on one line.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use error_codes_table::header::Layout;

    #[test]
    fn a_pipe_table_per_module_with_every_column() {
        let table = "module,code,description,Solution\n\
                     ,G.1,Out of *gas*.,\n\
                     Kettle,K.1,\"Too hot | boiling.\nWait.\",Cool it.\n\
                     ,K.9,`a\\|b`,\n\
                     Tap,T.1,Dry.,\n";
        let sheet = Sheet::parse(table.as_bytes(), &Layout::default()).unwrap();
        assert_eq!(
            page("Kitchen errors", &sheet),
            "# Kitchen errors\n\
             \n\
             | module | code | description | Solution |\n\
             | --- | --- | --- | --- |\n\
             |  | G.1 | Out of *gas*. |  |\n\
             \n\
             ## Kettle\n\
             \n\
             | module | code | description | Solution |\n\
             | --- | --- | --- | --- |\n\
             | Kettle | K.1 | Too hot \\| boiling.<br>Wait. | Cool it. |\n\
             |  | K.9 | `a\\\\|b` |  |\n\
             \n\
             ## Tap\n\
             \n\
             | module | code | description | Solution |\n\
             | --- | --- | --- | --- |\n\
             | Tap | T.1 | Dry. |  |\n"
        );
    }
}
