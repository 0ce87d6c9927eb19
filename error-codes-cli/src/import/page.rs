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
    /// Why the table cannot be read as written (text in a simple table's
    /// column margin): an error if the import keeps the table, a note if
    /// it leaves it aside.
    pub problem: Option<String>,
}

/// A body row: one cell per column, spans repeated into each column and row
/// they cover. A row can be shorter than the header (HTML rows are as long
/// as their cells reach): a missing cell is empty.
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

/// The tables of a page, and what the reader wants the user to know about
/// how it read them (a limit reached, a border missing).
#[derive(Debug, Default)]
pub struct Page {
    pub tables: Vec<Table>,
    pub notes: Vec<String>,
}

/// Line numbers of byte offsets: the offsets of the page's line breaks,
/// found in one pass, then a binary search per question. Counting the breaks
/// before each row from the start of the page made an import quadratic
/// (20,000 Markdown rows took 13 s).
#[derive(Debug)]
pub struct Lines {
    breaks: Vec<usize>,
}

impl Lines {
    pub fn new(text: &str) -> Lines {
        Lines {
            breaks: text
                .bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(at, _)| at)
                .collect(),
        }
    }

    /// The 1-based line of byte `offset`.
    pub fn line(&self, offset: usize) -> usize {
        self.breaks.partition_point(|&at| at < offset) + 1
    }
}

/// How many bytes the tables of one page may take beyond the cells written
/// in it: the cells that row and column spans repeat (each counted as its
/// text and the 32 bytes that hold it), the empty cells they leave beside
/// them, and the columns tabs stand for in RST. A 26 KB HTML page of
/// `colspan="1000" rowspan="1000"` cells asked for 1.4 GB; past
/// this budget, spans cover one cell and tabs one column, and a note says so.
pub const GRID_LIMIT: usize = 64 << 20;

/// What is left of [`GRID_LIMIT`] while a page is read, and the first line
/// where it ran out.
#[derive(Debug)]
pub struct Budget {
    left: usize,
    exhausted_at: Option<usize>,
}

impl Default for Budget {
    fn default() -> Budget {
        Budget::new(GRID_LIMIT)
    }
}

impl Budget {
    pub fn new(limit: usize) -> Budget {
        Budget {
            left: limit,
            exhausted_at: None,
        }
    }

    /// What is left.
    pub fn left(&self) -> usize {
        self.left
    }

    /// Takes `cost` bytes for something on page line `line`; false (and
    /// nothing taken) when fewer are left.
    pub fn take(&mut self, cost: usize, line: usize) -> bool {
        if cost <= self.left {
            self.left -= cost;
            true
        } else {
            self.exhausted_at.get_or_insert(line);
            false
        }
    }

    /// The note for the user when the budget ran out.
    pub fn note(&self, what: &str) -> Option<String> {
        self.exhausted_at.map(|line| {
            format!(
                "line {line}: the page asks for a larger grid than the importer holds ({} MiB beyond its own cells); from there on, {what}",
                GRID_LIMIT >> 20
            )
        })
    }
}

/// At most `limit` characters of `text`, and how long the rest was, for
/// messages that quote the page.
pub fn excerpt(text: &str, limit: usize) -> String {
    match text.char_indices().nth(limit) {
        None => text.to_string(),
        Some((at, _)) => format!("{}... ({} more bytes)", &text[..at], text.len() - at),
    }
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
    fn lines_of_offsets() {
        let lines = Lines::new("ab\ncd\n\ne");
        let found: Vec<usize> = (0..9).map(|at| lines.line(at)).collect();
        assert_eq!(found, [1, 1, 1, 2, 2, 2, 3, 4, 4]);
        assert_eq!(Lines::new("").line(5), 1);
    }

    #[test]
    fn a_budget_runs_out_once_and_says_where() {
        let mut budget = Budget::new(10);
        assert!(budget.take(6, 3));
        assert!(!budget.take(6, 7));
        assert!(budget.take(4, 8));
        assert!(!budget.take(1, 9));
        let note = budget.note("spans fill one cell").unwrap();
        assert!(note.starts_with("line 7: "), "{note}");
        assert_eq!(Budget::new(1).note("x"), None);
    }

    #[test]
    fn excerpts_are_bounded() {
        assert_eq!(excerpt("abc", 5), "abc");
        assert_eq!(excerpt("abcdef", 2), "ab... (4 more bytes)");
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
