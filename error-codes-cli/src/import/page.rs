//! What every page format is read into: tables of text cells, with the line
//! each row starts on and the caption or heading the table sits under.

/// One table found on a page, before any column is interpreted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// Line of the page where the table starts, counted from 1.
    pub line: usize,
    /// The table's caption (`.. table:: **Table 2** V1 error codes` gives
    /// `V1 error codes`), else the section heading it sits under.
    pub context: Option<String>,
    /// The header cells; a cell spanning several columns is repeated.
    pub header: Vec<String>,
    pub rows: Vec<Row>,
}

/// A body row: one cell per header column, spans repeated into each column
/// and row they cover.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// Line of the page where the row starts, counted from 1.
    pub line: usize,
    pub cells: Vec<String>,
    /// One cell across the whole table: a note, not a code.
    pub spans_all: bool,
}

/// Cell text as written: lines trimmed on the right and dedented together,
/// blank lines at either end dropped, inner blank lines kept (they separate
/// paragraphs).
pub fn cell_text<'a>(lines: impl IntoIterator<Item = &'a str>) -> String {
    let lines: Vec<&str> = lines.into_iter().map(str::trim_end).collect();
    let indent = lines
        .iter()
        .filter(|line| !line.is_empty())
        .map(|line| line.len() - line.trim_start().len())
        .min()
        .unwrap_or(0);
    let lines: Vec<&str> = lines
        .iter()
        .map(|line| line.get(indent..).unwrap_or(""))
        .collect();
    let start = lines.iter().position(|line| !line.is_empty());
    let end = lines.iter().rposition(|line| !line.is_empty());
    match (start, end) {
        (Some(start), Some(end)) => lines[start..=end].join("\n"),
        _ => String::new(),
    }
}

/// A caption without its numbering: `**Table 2** V1 error codes` gives
/// `V1 error codes`.
pub fn caption_text(caption: &str) -> Option<String> {
    let mut text = caption.trim();
    if let Some(rest) = text.strip_prefix("**Table") {
        if let Some(end) = rest.find("**") {
            text = rest[end + 2..].trim();
        }
    } else if let Some(rest) = text.strip_prefix("Table ") {
        let number_end = rest
            .find(|c: char| !c.is_ascii_digit() && c != '.' && c != '-')
            .unwrap_or(rest.len());
        if number_end > 0 {
            text = rest[number_end..].trim_start_matches([':', ' ']).trim();
        }
    }
    (!text.is_empty()).then(|| text.to_string())
}

/// The 1-based line of byte `offset` in `text`.
pub fn line_of(text: &str, offset: usize) -> usize {
    let offset = offset.min(text.len());
    text.as_bytes()[..offset]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_keep_their_paragraphs_and_lose_their_margins() {
        assert_eq!(
            cell_text(["", "  first  ", "  line", "", "  next", ""]),
            "first\nline\n\nnext"
        );
        assert_eq!(cell_text(["    ", ""]), "");
        assert_eq!(cell_text(["- a", "  b"]), "- a\n  b");
    }

    #[test]
    fn captions_lose_their_numbering() {
        assert_eq!(
            caption_text("**Table 2** V1 error codes").as_deref(),
            Some("V1 error codes")
        );
        assert_eq!(
            caption_text("Table 3: Quota errors").as_deref(),
            Some("Quota errors")
        );
        assert_eq!(
            caption_text("Errors of the queue").as_deref(),
            Some("Errors of the queue")
        );
        assert_eq!(caption_text("**Table 1**"), None);
    }
}
