//! Which row of a table is its header: the one the format marks (`===`,
//! `<th>`, the line above `|---|`), else a bold first row (an RST grid table
//! without `===`), and none when the first row is data like the rows below
//! it (a CSV file of codes without headings, or `--no-header`).

use super::markup::{is_bold, visible};
use super::page::{Row, Table};
use super::roles::{is_identifier, knows_a_heading};

/// Puts the header of `table` where the import looks for it, with a note
/// when a title row across the table became its caption.
pub fn settle(table: &mut Table, no_header: bool, notes: &mut Vec<String>) {
    if no_header {
        demote(table);
        return;
    }
    let blank = table.header.iter().all(|h| h.trim().is_empty());
    if blank {
        table.header.clear();
        if let Some(first) = table.rows.first()
            && !first.spans_all
        {
            let filled: Vec<&String> = first
                .cells
                .iter()
                .filter(|c| !c.trim().is_empty())
                .collect();
            if filled.len() > 1
                && (filled.iter().all(|c| is_bold(c)) || knows_a_heading(&first.cells))
            {
                let first = table.rows.remove(0);
                table.header = first.cells.iter().map(|c| visible(c)).collect();
            }
        }
        return;
    }
    // A title across the table above a row of headings (old XHTML writes
    // both as `<td><b>...</b></td>`): the title is the table's caption.
    let title = table.header.len() > 1 && table.header.iter().all(|h| *h == table.header[0]);
    if title
        && let Some(first) = table.rows.first()
        && !first.spans_all
        && first.cells.iter().filter(|c| !c.trim().is_empty()).count() > 1
        && (first
            .cells
            .iter()
            .filter(|c| !c.trim().is_empty())
            .all(|c| is_bold(c))
            || knows_a_heading(&first.cells))
    {
        let first = table.rows.remove(0);
        let title = visible(&table.header[0]);
        notes.push(format!(
            "table of line {}: the row across it (\"{}\") is its caption, the row under it (line {}) its header",
            table.line,
            super::page::excerpt(&title, 60),
            first.line
        ));
        table.context = Some(title);
        table.header = first.cells.iter().map(|c| visible(c)).collect();
        return;
    }
    if !knows_a_heading(&table.header) && reads_as_data(table) {
        demote(table);
    }
}

/// The header row back among the rows: the table has no headings.
fn demote(table: &mut Table) {
    if table.header.iter().any(|h| !h.trim().is_empty()) {
        let cells = std::mem::take(&mut table.header);
        table.rows.insert(
            0,
            Row {
                line: table.line,
                cells,
                spans_all: false,
            },
        );
    }
    table.header.clear();
}

/// Whether the header row looks like the rows below it: in some column,
/// it and every row hold unique identifiers of one shape (`E.1001` over
/// `E.1002`, `7` over `8`), as a heading (`Kennung` over `K_HOT`) does not.
fn reads_as_data(table: &Table) -> bool {
    if table.rows.is_empty() {
        return false;
    }
    (0..table.header.len()).any(|column| {
        let head = visible(&table.header[column]);
        if !is_identifier(&head) {
            return false;
        }
        let shape = shape(&head);
        let mut prefix = head.clone();
        let mut same_shape = true;
        let mut seen = std::collections::HashSet::from([head]);
        let identifiers = table.rows.iter().filter(|r| !r.spans_all).all(|row| {
            let cell = visible(row.cells.get(column).map_or("", String::as_str));
            same_shape &= self::shape(&cell) == shape;
            let common = prefix
                .char_indices()
                .zip(cell.chars())
                .find(|((_, a), b)| a != b)
                .map_or(prefix.len().min(cell.len()), |((at, _), _)| at);
            prefix.truncate(common);
            is_identifier(&cell) && seen.insert(cell)
        });
        // Codes of one namespace (`urn:x:error:badNonce` over
        // `urn:x:error:rateLimited`): a common prefix up to a separator.
        let namespace = prefix
            .rfind([':', '.', '/', '_', '-'])
            .is_some_and(|end| end >= 3);
        // Codes with digits in them, the first row's too (`A700` over
        // `0107`): headings are words.
        let digits = |cell: &str| cell.chars().any(|c| c.is_ascii_digit());
        let numbered = digits(&table.header[column])
            && table
                .rows
                .iter()
                .filter(|r| !r.spans_all)
                .all(|row| digits(row.cells.get(column).map_or("", String::as_str)));
        identifiers && (same_shape || namespace || numbered)
    })
}

/// A code's shape: runs of digits, of upper-case and of lower-case letters
/// each as one mark, punctuation as itself (`E.1001` is `A.9`).
pub(super) fn shape(code: &str) -> String {
    let mut shape = String::new();
    for c in code.chars() {
        let mark = if c.is_ascii_digit() {
            '9'
        } else if c.is_uppercase() {
            'A'
        } else if c.is_alphabetic() {
            'a'
        } else {
            c
        };
        if !shape.ends_with(mark) || !matches!(mark, '9' | 'A' | 'a') {
            shape.push(mark);
        }
    }
    shape
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(header: &[&str], rows: &[&[&str]]) -> Table {
        Table {
            line: 1,
            context: None,
            header: header.iter().map(|h| h.to_string()).collect(),
            rows: rows
                .iter()
                .enumerate()
                .map(|(i, r)| Row {
                    line: i + 2,
                    cells: r.iter().map(|c| c.to_string()).collect(),
                    spans_all: false,
                })
                .collect(),
            problem: None,
        }
    }

    #[test]
    fn a_first_row_of_data_is_data() {
        let mut t = table(&["E.1001", "Busy."], &[&["E.1002", "Gone."]]);
        settle(&mut t, false, &mut Vec::new());
        assert!(t.header.is_empty());
        assert_eq!(t.rows.len(), 2);
        let mut t = table(
            &["urn:x:err:badCSR", "Bad."],
            &[&["urn:x:err:rateLimited", "Slow down."]],
        );
        settle(&mut t, false, &mut Vec::new());
        assert!(t.header.is_empty());
        let mut t = table(&["Kennung", "Text"], &[&["K_HOT", "Hot."]]);
        settle(&mut t, false, &mut Vec::new());
        assert_eq!(t.header, ["Kennung", "Text"]);
    }

    #[test]
    fn a_bold_first_row_is_the_header() {
        let mut t = table(&["", ""], &[&["**Code**", "**Meaning**"], &["B.1", "Bad."]]);
        settle(&mut t, false, &mut Vec::new());
        assert_eq!(t.header, ["Code", "Meaning"]);
        assert_eq!(t.rows.len(), 1);
    }

    #[test]
    fn shapes() {
        assert_eq!(shape("E.1001"), "A.9");
        assert_eq!(shape("ERR_NO_ROOM"), "A_A_A");
        assert_eq!(shape("Kennung"), "Aa");
    }
}
