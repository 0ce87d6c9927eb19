//! CSV registries (IANA's `Value,Description`), in the dialects files are
//! written in: fields separated by `,`, `;`, a tab or `|` (the separator
//! found from the first lines), fields quoted after a `, ` (the space is
//! not part of the field), with or without a header row or a final newline.

use super::page::{Page, Row, Table};

/// The separators a CSV file may use, the most usual first (the first wins
/// a tie).
const SEPARATORS: [u8; 4] = [b',', b';', b'\t', b'|'];

/// How many lines the separator is found from.
const SNIFFED_LINES: usize = 20;

/// The one table of a CSV file, or why it cannot be read.
pub fn tables(text: &str) -> Result<Page, String> {
    let separator = separator(text);
    let text = unspaced(text, separator);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(separator)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let Some(header) = records.next() else {
        return Ok(Page::default());
    };
    let header = header.map_err(|e| e.to_string())?;
    let header: Vec<String> = header.iter().map(|h| h.trim().to_string()).collect();
    let mut rows = Vec::new();
    for record in records {
        let record = record.map_err(|e| e.to_string())?;
        let line = record.position().map_or(0, |p| p.line() as usize);
        let mut cells: Vec<String> = record.iter().map(|c| c.trim().to_string()).collect();
        cells.resize(header.len().max(cells.len()), String::new());
        rows.push(Row {
            line,
            cells,
            spans_all: false,
        });
    }
    let mut notes = Vec::new();
    if separator != b',' {
        notes.push(format!(
            "fields separated by {}, as the first lines show",
            match separator {
                b'\t' => "tabs".to_string(),
                other => format!("`{}`", other as char),
            }
        ));
    }
    let table = Table {
        line: 1,
        context: None,
        header,
        rows,
        problem: None,
    };
    Ok(Page {
        tables: vec![table],
        notes,
    })
}

/// The separator of the file: the one that splits its first lines into the
/// same number of fields (two or more) on the most lines; a comma when no
/// other does better.
fn separator(text: &str) -> u8 {
    let sample: String = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(SNIFFED_LINES)
        .collect::<Vec<_>>()
        .join("\n");
    // The separator, and on how many lines it splits alike.
    let mut best = (b',', 0usize);
    for separator in SEPARATORS {
        let sample = unspaced(&sample, separator);
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(separator)
            .from_reader(sample.as_bytes());
        let widths: Vec<usize> = reader
            .records()
            .map_while(Result::ok)
            .map(|r| r.len())
            .collect();
        // How many lines split into each width of two or more fields.
        let mut counts = std::collections::BTreeMap::<usize, usize>::new();
        for &width in widths.iter().filter(|&&w| w > 1) {
            *counts.entry(width).or_default() += 1;
        }
        let Some(&lines) = counts.values().max() else {
            continue;
        };
        if lines > best.1 {
            best = (separator, lines);
        }
    }
    best.0
}

/// The text with the white space dropped between a separator and the quote
/// that opens the next field (`"A700", "Out of Resources"`): the CSV
/// reader keeps a quote that is not a field's first character, and splits
/// the quoted text at its commas. Line breaks stay where they are.
pub(super) fn unspaced(text: &str, separator: u8) -> String {
    let separator = separator as char;
    let mut out = String::with_capacity(text.len());
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(c);
        if c == '"' {
            quoted = !quoted;
        } else if c == separator && !quoted {
            let mut spaces = String::new();
            while let Some(&next) = chars.peek() {
                if next == ' ' || (next == '\t' && separator != '\t') {
                    spaces.push(next);
                    chars.next();
                } else {
                    break;
                }
            }
            if chars.peek() != Some(&'"') {
                out.push_str(&spaces);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators_from_the_first_lines() {
        assert_eq!(separator("Code,Description\nA,b\n"), b',');
        assert_eq!(separator("Code;Description\nA;b, c\nB;d\n"), b';');
        assert_eq!(separator("Code\tDescription\nA\tb; c, d\n"), b'\t');
        assert_eq!(separator("A|one\nB|two"), b'|');
        assert_eq!(separator("only\nwords\n"), b',');
        // A description with commas on one line only.
        assert_eq!(separator("Code;Text\nA;x\nB;y, z\nC;w\n"), b';');
    }

    #[test]
    fn spaces_before_a_quoted_field_go() {
        assert_eq!(
            unspaced("\"A\", \"b, c\"\n\"B\",  d", b','),
            "\"A\",\"b, c\"\n\"B\",  d"
        );
    }
}
