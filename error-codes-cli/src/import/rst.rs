//! reStructuredText pages: grid tables and simple tables, each under the
//! caption of its `.. table::` directive or the section heading above it.
//! Tables are read as docutils reads them: tabs stand for spaces to the next
//! multiple of 8 columns, cells are found by walking their borders, and a
//! simple table's columns are the runs of `=` of its first border.

use super::page::{Budget, Page, Row, Table, caption_text, cell_text};
use super::rst_directives;
use std::borrow::Cow;
use std::path::Path;

/// What a cell that a span repeats costs beside its text, as in HTML.
const SLOT: usize = 32;

/// Every table of an RST page, in page order.
#[cfg(test)]
pub fn tables(text: &str) -> Page {
    tables_in(text, None)
}

/// Every table of an RST page, in page order; a `.. csv-table::`'s
/// `:file:` is found from `directory`, the page's.
pub fn tables_in(text: &str, directory: Option<&Path>) -> Page {
    let mut budget = Budget::default();
    let mut notes = Vec::new();
    let lines: Vec<Cow<str>> = text
        .lines()
        .enumerate()
        .map(|(index, line)| expand_tabs(line, index + 1, &mut budget))
        .collect();
    let lines: Vec<&str> = lines.iter().map(|line| line.as_ref()).collect();
    let raw: Vec<&str> = text.lines().collect();
    if let Some(note) = budget.note("a tab is one space") {
        notes.push(note);
    }
    // Tabs and spans draw on budgets of their own: one page may need both.
    let mut budget = Budget::default();
    let mut tables = Vec::new();
    let mut heading: Option<String> = None;
    let mut caption: Option<String> = None;
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let body = line.trim_start();
        let indent = line.len() - body.len();
        if let Some(rest) = body.strip_prefix(".. table::") {
            caption = caption_text(rest);
            i += 1;
        } else if let Some((table, end)) = body
            .strip_prefix(".. csv-table::")
            .map(|rest| rst_directives::csv_table(&lines, i, rest, directory, &mut notes))
            .or_else(|| {
                body.strip_prefix(".. list-table::")
                    .or_else(|| body.strip_prefix(".. flat-table::"))
                    .map(|rest| rst_directives::list_table(&lines, i, rest))
            })
        {
            // A directive's own caption first, then a `.. table::` above
            // it, then the section heading.
            if let Some(mut table) = table {
                table.context = table
                    .context
                    .or_else(|| caption.take())
                    .or_else(|| heading.clone());
                tables.push(table);
            }
            i = end.max(i + 1);
        } else if is_grid_border(body) {
            let end = block_end(&lines, i, indent, |l| {
                l.starts_with('+') || l.starts_with('|')
            });
            let grid = GridTable {
                lines: &lines[i..end],
                raw: &raw[i..end],
                first_line: i + 1,
            };
            if let Some(mut table) = grid.read(&mut budget, &mut notes) {
                table.context = caption.take().or_else(|| heading.clone());
                tables.push(table);
            }
            i = end;
        } else if is_simple_border(body) {
            let (table, end) = simple_table(&lines, i, indent);
            if let Some(mut table) = table {
                table.context = caption.take().or_else(|| heading.clone());
                tables.push(table);
            }
            i = end;
        } else if let Some(title) = heading_at(&lines, i) {
            heading = Some(title);
            caption = None;
            i += 2;
        } else {
            i += 1;
        }
    }
    notes.extend(budget.note("row and column spans fill one cell"));
    Page { tables, notes }
}

/// The line with each tab replaced by the spaces to the next multiple of 8
/// columns, as docutils reads a page; within the page's budget, for a line
/// of tabs costs eight columns a byte.
fn expand_tabs<'a>(line: &'a str, number: usize, budget: &mut Budget) -> Cow<'a, str> {
    if !line.contains('\t') {
        return Cow::Borrowed(line);
    }
    let mut out = String::with_capacity(line.len());
    let mut column = 0;
    for c in line.chars() {
        if c == '\t' {
            let spaces = 8 - column % 8;
            // Each column costs a `char` of the grid that holds it.
            let spaces = if budget.take((spaces - 1) * 4, number) {
                spaces
            } else {
                1
            };
            out.extend(std::iter::repeat_n(' ', spaces));
            column += spaces;
        } else {
            out.push(c);
            column += 1;
        }
    }
    Cow::Owned(out)
}

/// `text` over a line of one repeated punctuation character at least as
/// long: a section heading (an overline above it changes nothing here).
fn heading_at(lines: &[&str], i: usize) -> Option<String> {
    let title = lines[i].trim_end();
    let underline = lines.get(i + 1)?.trim_end();
    let first = underline.chars().next()?;
    let is_title = !title.is_empty() && !title.starts_with(char::is_whitespace);
    let is_underline = first.is_ascii_punctuation()
        && underline.chars().all(|c| c == first)
        && underline.chars().count() >= title.chars().count().max(2);
    (is_title && is_underline && !is_underline_line(title)).then(|| title.to_string())
}

fn is_underline_line(line: &str) -> bool {
    line.chars()
        .next()
        .is_some_and(|first| first.is_ascii_punctuation() && line.chars().all(|c| c == first))
}

fn is_grid_border(line: &str) -> bool {
    let line = line.trim_end();
    line.len() >= 3
        && line.starts_with('+')
        && line.ends_with('+')
        && line.chars().all(|c| matches!(c, '+' | '-' | '='))
        && line.contains(['-', '='])
}

/// `===  =====  ==`: at least two runs of `=` separated by spaces.
fn is_simple_border(line: &str) -> bool {
    let line = line.trim_end();
    line.starts_with('=')
        && line.chars().all(|c| c == '=' || c == ' ')
        && line.split(' ').filter(|run| !run.is_empty()).count() >= 2
}

/// The line after the block that starts at `start`: lines at `indent`
/// that `belongs` accepts.
fn block_end(lines: &[&str], start: usize, indent: usize, belongs: impl Fn(&str) -> bool) -> usize {
    let mut end = start;
    while end < lines.len() {
        let line = lines[end];
        let inside = line
            .get(..indent)
            .is_some_and(|margin| margin.trim().is_empty())
            && line.get(indent..).is_some_and(&belongs);
        if !inside {
            break;
        }
        end += 1;
    }
    end
}

/// A cell of a grid table: its border lines and columns, in characters.
#[derive(Clone, Copy, Debug)]
struct Cell {
    top: usize,
    left: usize,
    bottom: usize,
    right: usize,
}

/// The lines of a grid table as the page has them.
struct GridTable<'a> {
    /// With tabs expanded, as docutils reads them.
    lines: &'a [&'a str],
    /// As written: a table drawn by a program that counts a tab in a cell
    /// as one column reads right only so.
    raw: &'a [&'a str],
    /// The page line of the top border.
    first_line: usize,
}

/// The characters of a grid table, rows as long as written (a short line
/// reads as spaces to the right: padding every line to the longest would
/// cost lines times width).
struct Grid {
    rows: Vec<Vec<char>>,
    width: usize,
    /// Characters looked at while walking borders, and how many may be:
    /// walking is linear in the table on tables drawn as tables, and a
    /// table drawn to make it more is left aside.
    steps: usize,
    max_steps: usize,
}

impl Grid {
    fn at(&self, row: usize, column: usize) -> char {
        self.rows
            .get(row)
            .and_then(|r| r.get(column))
            .copied()
            .unwrap_or(' ')
    }

    fn step(&mut self, n: usize) -> bool {
        self.steps = self.steps.saturating_add(n);
        self.steps <= self.max_steps
    }
}

impl GridTable<'_> {
    /// The table, found as docutils finds it: each cell by walking its
    /// border from its top-left corner, so row and column spans come out
    /// right. A table without its bottom border is read to its last line,
    /// with a note.
    fn read(&self, budget: &mut Budget, notes: &mut Vec<String>) -> Option<Table> {
        // A table drawn counting a tab as one column is straight as written.
        let straight = straighten(self.lines).filter(|_| straighten(self.raw).is_some());
        let straight_lines: Vec<&str> = straight
            .iter()
            .flat_map(|(l, _)| l)
            .map(String::as_str)
            .collect();
        let lines = match &straight {
            Some((_, ragged)) => {
                notes.push(format!(
                    "line {}: the right border of the grid table of line {} is ragged; read as if straight",
                    self.first_line + ragged,
                    self.first_line
                ));
                &straight_lines[..]
            }
            None => self.lines,
        };
        let (mut grid, cells, closed) = Self::walk(lines)?;
        // Tabs inside cells of a table drawn counting them as one column:
        // the reading that finds more cells is the one the table was drawn
        // for (docutils' on a tie).
        let (grid, cells, closed) = match Self::walk(self.raw) {
            Some((raw_grid, Some(raw_cells), raw_closed))
                if self.raw.iter().any(|l| l.contains('\t'))
                    && raw_cells.len() > cells.as_ref().map_or(0, Vec::len) =>
            {
                (raw_grid, Some(raw_cells), raw_closed)
            }
            _ => {
                grid.steps = 0;
                (grid, cells, closed)
            }
        };
        if closed {
            notes.push(format!(
                "line {}: the grid table of line {} has no bottom border; its last row is read to this line",
                self.first_line + grid.rows.len() - 2,
                self.first_line
            ));
        }
        let Some(cells) = cells else {
            notes.push(format!(
                "line {}: the grid table's borders take more walking than a table drawn as a table; left aside",
                self.first_line
            ));
            return None;
        };
        if cells.is_empty() {
            return None;
        }
        // Lines with text that no cell holds: named, never dropped silently.
        let mut depth = vec![0isize; grid.rows.len() + 1];
        for cell in &cells {
            depth[cell.top + 1] += 1;
            depth[cell.bottom] -= 1;
        }
        let mut inside = 0isize;
        for (index, row) in grid.rows.iter().enumerate() {
            inside += depth[index];
            if inside <= 0 && row.first() != Some(&'+') && row.iter().any(|c| c.is_alphanumeric()) {
                let text: String = row.iter().collect();
                notes.push(format!(
                    "line {}: text outside every cell of the grid table of line {}, left aside: {}",
                    self.first_line + index,
                    self.first_line,
                    super::page::excerpt(text.trim(), 60)
                ));
            }
        }
        let mut tops: Vec<usize> = cells.iter().map(|c| c.top).collect();
        tops.sort_unstable();
        tops.dedup();
        let mut lefts: Vec<usize> = cells.iter().map(|c| c.left).collect();
        lefts.sort_unstable();
        lefts.dedup();
        // Every slot that no cell of its own fills is one a span fills.
        let slots = tops.len().saturating_mul(lefts.len());
        let spanned = slots.saturating_sub(cells.len());
        if !budget.take(spanned.saturating_mul(SLOT), self.first_line) {
            return None;
        }
        let header_end = grid
            .rows
            .iter()
            .position(|row| row.first() == Some(&'+') && row.contains(&'='));
        let mut matrix = vec![vec![String::new(); lefts.len()]; tops.len()];
        let mut spans_all = vec![false; tops.len()];
        for cell in &cells {
            let text = cell_text(
                (cell.top + 1..cell.bottom)
                    .map(|row| {
                        (cell.left + 1..cell.right)
                            .map(|column| grid.at(row, column))
                            .collect::<String>()
                    })
                    .collect::<Vec<_>>()
                    .iter()
                    .map(String::as_str),
            );
            let rows = span(&tops, cell.top, cell.bottom);
            let columns = span(&lefts, cell.left, cell.right);
            if columns.len() == lefts.len() && lefts.len() > 1 {
                for row in rows.clone() {
                    spans_all[row] = true;
                }
            }
            let repeats = (rows.len() * columns.len()).saturating_sub(1);
            let repeat = budget.take(repeats.saturating_mul(text.len()), self.first_line);
            for row in rows {
                for column in columns.clone() {
                    if repeat || matrix[row][column].is_empty() {
                        matrix[row][column] = text.clone();
                    }
                }
            }
        }
        let header_rows = header_end.map_or(0, |end| tops.iter().filter(|&&top| top < end).count());
        // A row whose inner borders are out of line with the table's reads
        // as one cell across it: its `|` still split it into the columns.
        for (index, row) in matrix.iter_mut().enumerate().skip(header_rows) {
            if !spans_all[index] || lefts.len() < 2 {
                continue;
            }
            let lines: Vec<Vec<&str>> = row[0].lines().map(|l| l.split('|').collect()).collect();
            if !lines.is_empty() && lines.iter().all(|parts| parts.len() == lefts.len()) {
                *row = (0..lefts.len())
                    .map(|column| cell_text(lines.iter().map(|parts| parts[column])))
                    .collect();
                spans_all[index] = false;
                notes.push(format!(
                    "line {}: the row's inner borders are out of line with the grid table of line {}; read by its `|`",
                    self.first_line + tops[index] + 1,
                    self.first_line
                ));
            }
        }
        let header = merge_header(&matrix[..header_rows]);
        let first_line = self.first_line;
        let rows = matrix
            .into_iter()
            .zip(spans_all)
            .zip(&tops)
            .skip(header_rows)
            .map(|((cells, spans_all), &top)| Row {
                line: first_line + top + 1,
                cells,
                spans_all,
            })
            .collect();
        Some(Table {
            line: first_line,
            context: None,
            header,
            rows,
            problem: None,
        })
    }
}

impl GridTable<'_> {
    /// The characters of `lines` (closed with a bottom border where the
    /// last one is missing, and whether it was), and the cells found by
    /// walking their borders (`None` past the grid's steps).
    fn walk(lines: &[&str]) -> Option<(Grid, Option<Vec<Cell>>, bool)> {
        let mut rows: Vec<Vec<char>> = lines
            .iter()
            .map(|line| line.trim().chars().collect())
            .collect();
        let last = rows.last()?;
        let closed = last.first() != Some(&'+');
        if closed {
            // The rows above the missing border close where its pipes are.
            let border: Vec<char> = last
                .iter()
                .map(|&c| if c == '|' { '+' } else { '-' })
                .collect();
            rows.push(border);
        }
        let size: usize = rows.iter().map(Vec::len).sum();
        let width = rows.iter().map(Vec::len).max()?;
        let mut grid = Grid {
            rows,
            width,
            steps: 0,
            max_steps: size.saturating_mul(16).saturating_add(1 << 16),
        };
        let cells = grid_cells(&mut grid);
        Some((grid, cells, closed))
    }
}

/// The lines of a grid table whose right border is ragged (the lines,
/// trimmed, end at different columns), with that border moved to one
/// column: the widest line's; and the offset of the first line that was
/// out. `None` when the border is straight.
fn straighten(lines: &[&str]) -> Option<(Vec<String>, usize)> {
    let trimmed: Vec<Vec<char>> = lines.iter().map(|l| l.trim().chars().collect()).collect();
    let first = trimmed.first()?.len();
    let ragged = trimmed.iter().position(|l| l.len() != first)?;
    // Each line without its right border and the white space before it.
    let bodies: Vec<(Vec<char>, char)> = trimmed
        .iter()
        .map(|line| {
            let border = line.first() == Some(&'+');
            let mut body = line.clone();
            if body.len() > 1 && matches!(body.last(), Some('|' | '+')) {
                body.pop();
            }
            let fill = if border {
                while body.len() > 1 && matches!(body.last(), Some('-' | '=')) {
                    body.pop();
                }
                if line.contains(&'=') { '=' } else { '-' }
            } else {
                while body.last().is_some_and(|c| c.is_whitespace()) {
                    body.pop();
                }
                ' '
            };
            (body, fill)
        })
        .collect();
    let width = bodies.iter().map(|(b, _)| b.len() + 1).max()?;
    let straight = bodies
        .into_iter()
        .map(|(mut body, fill)| {
            let end = if fill == ' ' { '|' } else { '+' };
            body.resize(width, fill);
            body.push(end);
            body.into_iter().collect()
        })
        .collect();
    Some((straight, ragged))
}

/// Indices of the sorted `starts` that fall in `[from, to)`.
fn span(starts: &[usize], from: usize, to: usize) -> std::ops::Range<usize> {
    let first = starts.partition_point(|&s| s < from);
    let last = starts.partition_point(|&s| s < to);
    first..last.max(first + 1)
}

/// Several header rows read as one: each column's cells joined by a space.
fn merge_header(rows: &[Vec<String>]) -> Vec<String> {
    let Some(first) = rows.first() else {
        return Vec::new();
    };
    (0..first.len())
        .map(|column| {
            let mut parts: Vec<&str> = Vec::new();
            for row in rows {
                let cell = row.get(column).map_or("", String::as_str);
                if !cell.is_empty() && parts.last() != Some(&cell) {
                    parts.push(cell);
                }
            }
            parts.join(" ").replace('\n', " ")
        })
        .collect()
}

/// The cells of the grid, or `None` when walking their borders took more
/// than the grid's steps.
fn grid_cells(grid: &mut Grid) -> Option<Vec<Cell>> {
    let (height, width) = (grid.rows.len(), grid.width);
    let mut corners = std::collections::BTreeSet::from([(0, 0)]);
    let mut done = std::collections::BTreeSet::new();
    let mut cells = Vec::new();
    while let Some((top, left)) = corners.pop_first() {
        if !done.insert((top, left)) {
            continue;
        }
        let Some(cell) = scan_cell(grid, top, left) else {
            if grid.steps > grid.max_steps {
                return None;
            }
            continue;
        };
        if cell.right + 1 < width {
            corners.insert((cell.top, cell.right));
        }
        if cell.bottom + 1 < height {
            corners.insert((cell.bottom, cell.left));
        }
        cells.push(cell);
    }
    Some(cells)
}

fn scan_cell(grid: &mut Grid, top: usize, left: usize) -> Option<Cell> {
    if grid.at(top, left) != '+' {
        return None;
    }
    for right in left + 1..grid.width {
        if !grid.step(1) {
            return None;
        }
        match grid.at(top, right) {
            '+' => {
                if let Some(bottom) = scan_down(grid, top, left, right) {
                    return Some(Cell {
                        top,
                        left,
                        bottom,
                        right,
                    });
                }
            }
            '-' | '=' => {}
            _ => return None,
        }
    }
    None
}

fn scan_down(grid: &mut Grid, top: usize, left: usize, right: usize) -> Option<usize> {
    for bottom in top + 1..grid.rows.len() {
        if !grid.step(1) {
            return None;
        }
        match grid.at(bottom, right) {
            '+' if closes(grid, top, left, bottom, right) => return Some(bottom),
            '+' | '|' => {}
            _ => return None,
        }
    }
    None
}

/// Whether the bottom and left edges of the rectangle are borders.
fn closes(grid: &mut Grid, top: usize, left: usize, bottom: usize, right: usize) -> bool {
    if grid.at(bottom, left) != '+' {
        return false;
    }
    let bottom_edge = (left + 1..right).find(|&c| !matches!(grid.at(bottom, c), '-' | '=' | '+'));
    let walked = bottom_edge.unwrap_or(right) - left;
    if !grid.step(walked) || bottom_edge.is_some() {
        return false;
    }
    let left_edge = (top + 1..bottom).find(|&r| !matches!(grid.at(r, left), '|' | '+'));
    let walked = left_edge.unwrap_or(bottom) - top;
    grid.step(walked) && left_edge.is_none()
}

/// A simple table starting at the border on line `start`, and the line after
/// it. Columns are the runs of `=` of the first border; text in the last
/// column may run past its border, text in the margin between two columns
/// is a problem (docutils refuses such a table: "Text in column margin");
/// a line whose first column is blank continues the row above.
fn simple_table(lines: &[&str], start: usize, indent: usize) -> (Option<Table>, usize) {
    let border: Vec<char> = lines[start][indent..].trim_end().chars().collect();
    // (start, end) of each run of `=`, in characters.
    let mut columns: Vec<(usize, usize)> = Vec::new();
    for (position, &c) in border.iter().enumerate() {
        match columns.last_mut() {
            Some((_, end)) if c == '=' && *end == position => *end += 1,
            _ if c == '=' => columns.push((position, position + 1)),
            _ => {}
        }
    }
    // The borders: the first, after the header, and the last, which a
    // blank line (or the end of the page) follows.
    let mut borders = vec![start];
    let mut end = start + 1;
    while end < lines.len() {
        let line = lines[end];
        let body = line.get(indent..).unwrap_or("");
        let outdented = !line.trim().is_empty() && line.len() - line.trim_start().len() < indent;
        if outdented {
            break;
        }
        if is_simple_border(body) {
            borders.push(end);
            let next_blank = lines.get(end + 1).is_none_or(|l| l.trim().is_empty());
            if next_blank && borders.len() >= 2 {
                end += 1;
                break;
            }
        }
        end += 1;
    }
    if borders.len() < 2 {
        return (None, end);
    }
    let last = *borders.last().unwrap_or(&start);
    let (header_lines, body_start) = if borders.len() >= 3 {
        (&lines[start + 1..borders[1]], borders[1] + 1)
    } else {
        (&lines[start + 1..start + 1], start + 1)
    };
    let mut problem: Option<String> = None;
    let mut split = |line: &str, number: usize| -> Vec<String> {
        // Columns count characters, as the borders do.
        let body: Vec<char> = line.chars().skip(indent).collect();
        let text = |from: usize, to: usize| -> String {
            body[from.min(body.len())..to.min(body.len())]
                .iter()
                .collect()
        };
        let mut cells = Vec::with_capacity(columns.len());
        for (index, &(from, to)) in columns.iter().enumerate() {
            match columns.get(index + 1) {
                Some(&(next, _)) => {
                    let margin = text(to, next);
                    if !margin.trim().is_empty() && problem.is_none() {
                        problem = Some(format!(
                            "line {number}: text in the margin between columns {} and {} of the simple table of line {} (`{}`): docutils refuses it too; widen the column's `=` border",
                            index + 1,
                            index + 2,
                            start + 1,
                            super::page::excerpt(line.trim(), 60),
                        ));
                    }
                    cells.push(text(from, next));
                }
                None => cells.push(text(from, body.len())),
            }
        }
        cells
    };
    let mut rows_of = |lines: &[&str], first_line: usize| -> Vec<(usize, Vec<Vec<String>>)> {
        let mut rows: Vec<(usize, Vec<Vec<String>>)> = Vec::new();
        let mut blank = false;
        for (offset, line) in lines.iter().enumerate() {
            if line.trim().is_empty() {
                blank = true;
                continue;
            }
            if is_simple_border(line.get(indent..).unwrap_or("")) {
                continue;
            }
            let cells = split(line, first_line + offset);
            let continues = cells[0].trim().is_empty() && !rows.is_empty();
            match rows.last_mut() {
                Some((_, row)) if continues => {
                    for (column, cell) in cells.into_iter().enumerate() {
                        if blank {
                            row[column].push(String::new());
                        }
                        row[column].push(cell);
                    }
                }
                _ => rows.push((
                    first_line + offset,
                    cells.into_iter().map(|c| vec![c]).collect(),
                )),
            }
            blank = false;
        }
        rows
    };
    let text = |cells: Vec<Vec<String>>| -> Vec<String> {
        cells
            .iter()
            .map(|lines| cell_text(lines.iter().map(String::as_str)))
            .collect()
    };
    let header = merge_header(
        &rows_of(header_lines, start + 2)
            .into_iter()
            .map(|(_, cells)| text(cells))
            .collect::<Vec<_>>(),
    );
    let rows: Vec<Row> = rows_of(&lines[body_start..last], body_start + 1)
        .into_iter()
        .map(|(line, cells)| Row {
            line,
            cells: text(cells),
            spans_all: false,
        })
        .collect();
    let table = Table {
        line: start + 1,
        context: None,
        header,
        rows,
        problem,
    };
    (Some(table), end)
}

#[cfg(test)]
mod tests {
    use super::tables;

    #[test]
    fn a_grid_table_with_a_spanning_module_and_a_two_line_cell() {
        let page = "\
Errors
======

+--------+---------+------------------+
| Module | Code    | Description      |
+========+=========+==================+
| Disks  | D.1     | The disk is      |
|        |         | **busy**.        |
|        +---------+------------------+
|        | D.2     | No disk.         |
+--------+---------+------------------+
| A note that spans the whole table.  |
+-------------------------------------+
";
        let tables = tables(page).tables;
        assert_eq!(tables.len(), 1);
        let table = &tables[0];
        assert_eq!(table.line, 4);
        assert_eq!(table.context.as_deref(), Some("Errors"));
        assert_eq!(table.header, ["Module", "Code", "Description"]);
        let cells: Vec<_> = table
            .rows
            .iter()
            .map(|r| (r.line, r.cells.clone(), r.spans_all))
            .collect();
        assert_eq!(
            cells,
            [
                (
                    7,
                    vec![
                        "Disks".into(),
                        "D.1".into(),
                        "The disk is\n**busy**.".into()
                    ],
                    false
                ),
                (
                    10,
                    vec!["Disks".into(), "D.2".into(), "No disk.".into()],
                    false
                ),
                (
                    12,
                    vec!["A note that spans the whole table.".to_string(); 3],
                    true
                ),
            ]
        );
    }

    /// docutils reads a tab as the spaces to the next multiple of 8
    /// columns; a table drawn with tabs is the table drawn with those
    /// spaces (it once gave "no table found").
    #[test]
    fn a_tab_aligned_grid_table_reads_as_its_spaces() {
        let spaces = "\
+-------+---------------+
| Code  | Description   |
+=======+===============+
| T.1   | Tabbed.       |
+-------+---------------+
";
        let tabs = "\
+-------+---------------+
| Code\t| Description\t|
+=======+===============+
| T.1\t| Tabbed.\t|
+-------+---------------+
";
        let read = tables(tabs).tables;
        assert_eq!(read, tables(spaces).tables);
        assert_eq!(read[0].rows[0].cells, ["T.1", "Tabbed."]);
        let indented = tabs.lines().map(|l| format!("\t{l}\n")).collect::<String>();
        assert_eq!(
            tables(&indented).tables[0].rows[0].cells,
            ["T.1", "Tabbed."]
        );
    }

    /// docutils refuses a grid table without its bottom border; the
    /// importer reads its last row to the last line and says so (once
    /// the row was dropped without a word).
    #[test]
    fn a_grid_table_without_its_bottom_border_keeps_its_last_row() {
        let page = "\
+------+-------------+
| Code | Description |
+======+=============+
| B.1  | First.      |
+------+-------------+
| B.2  | Last, with  |
|      | two lines.  |

After.
";
        let page = tables(page);
        let rows: Vec<&[String]> = page.tables[0].rows.iter().map(|r| &r.cells[..]).collect();
        assert_eq!(rows, [["B.1", "First."], ["B.2", "Last, with\ntwo lines."]]);
        assert_eq!(
            page.notes,
            [
                "line 7: the grid table of line 1 has no bottom border; its last row is read to this line"
            ]
        );
    }

    /// Text in the margin between two columns of a simple table: docutils
    /// refuses the table, and so does an import that keeps it (once
    /// the code's last character went to the description).
    #[test]
    fn text_in_a_simple_table_margin_is_a_problem() {
        let page = "\
=====  ============
Code   Description
=====  ============
M.1    Fits.
M.1000 Overflows.
M.2    The last column may run past its border.
=====  ============
";
        let table = &tables(page).tables[0];
        assert_eq!(
            table.problem.as_deref(),
            Some(
                "line 5: text in the margin between columns 1 and 2 of the simple table of line 1 (`M.1000 Overflows.`): docutils refuses it too; widen the column's `=` border"
            )
        );
        assert_eq!(
            table.rows[2].cells,
            ["M.2", "The last column may run past its border."]
        );
    }

    /// Huge spans of a hostile grid table cost no more than the page's
    /// budget: a staircase of cells whose rows and columns all differ
    /// would ask for rows times columns slots.
    #[test]
    fn a_grid_whose_spans_outgrow_the_budget_is_left_aside() {
        let mut page = String::new();
        // One wide row of narrow cells, then one tall column of short rows.
        let columns = 3000;
        page.push_str(&"+-".repeat(columns));
        page.push_str("+\n");
        page.push_str(&"| ".repeat(columns));
        page.push_str("|\n");
        page.push_str(&"+-".repeat(columns));
        page.push_str("+\n");
        for _ in 0..3000 {
            page.push_str("| |\n+-+\n");
        }
        let read = tables(&page);
        let slots: usize = read
            .tables
            .iter()
            .flat_map(|t| &t.rows)
            .map(|r| r.cells.len())
            .sum();
        assert!(slots < 100_000, "{slots} cells");
        assert!(!read.notes.is_empty());
    }

    #[test]
    fn a_simple_table_under_a_table_directive() {
        let page = "\
Intro text.

.. table:: **Table 2** Queue errors

   ====== ====================
   Code   Description
   ====== ====================
   Q.1    The queue is full.
   Q.2    The queue is gone;
          create it again.
   ====== ====================

After.
";
        let tables = tables(page).tables;
        assert_eq!(tables.len(), 1);
        let table = &tables[0];
        assert_eq!(table.context.as_deref(), Some("Queue errors"));
        assert_eq!(table.header, ["Code", "Description"]);
        assert_eq!(table.rows[0].cells, ["Q.1", "The queue is full."]);
        assert_eq!(table.rows[0].line, 8);
        assert_eq!(
            table.rows[1].cells,
            ["Q.2", "The queue is gone;\ncreate it again."]
        );
    }
}
