//! reStructuredText pages: grid tables and simple tables, each under the
//! caption of its `.. table::` directive or the section heading above it.

use super::page::{Row, Table, caption_text, cell_text};

/// Every table of an RST page, in page order.
pub fn tables(text: &str) -> Vec<Table> {
    let lines: Vec<&str> = text.lines().collect();
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
        } else if is_grid_border(body) {
            let end = block_end(&lines, i, indent, |l| {
                l.starts_with('+') || l.starts_with('|')
            });
            if let Some(mut table) = grid_table(&lines[i..end], indent, i + 1) {
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
    tables
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

/// A grid table from its lines; `first_line` is the page line of its top
/// border. Cells are found as docutils does, by walking each cell's border
/// from its top-left corner, so row and column spans come out right.
fn grid_table(lines: &[&str], indent: usize, first_line: usize) -> Option<Table> {
    let grid: Vec<Vec<char>> = lines
        .iter()
        .map(|line| {
            line.get(indent..)
                .unwrap_or("")
                .trim_end()
                .chars()
                .collect()
        })
        .collect();
    let width = grid.iter().map(Vec::len).max()?;
    let grid: Vec<Vec<char>> = grid
        .into_iter()
        .map(|mut row| {
            row.resize(width, ' ');
            row
        })
        .collect();
    let cells = grid_cells(&grid);
    if cells.is_empty() {
        return None;
    }
    let mut tops: Vec<usize> = cells.iter().map(|c| c.top).collect();
    tops.sort_unstable();
    tops.dedup();
    let mut lefts: Vec<usize> = cells.iter().map(|c| c.left).collect();
    lefts.sort_unstable();
    lefts.dedup();
    let header_end = grid
        .iter()
        .position(|row| row.first() == Some(&'+') && row.contains(&'='));
    let mut matrix = vec![vec![String::new(); lefts.len()]; tops.len()];
    let mut spans_all = vec![false; tops.len()];
    for cell in &cells {
        let text = cell_text(
            grid[cell.top + 1..cell.bottom]
                .iter()
                .map(|row| row[cell.left + 1..cell.right].iter().collect::<String>())
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
        for row in rows {
            for column in columns.clone() {
                matrix[row][column] = text.clone();
            }
        }
    }
    let header_rows = header_end.map_or(0, |end| tops.iter().filter(|&&top| top < end).count());
    let header = merge_header(&matrix[..header_rows]);
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
    })
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
                let cell = row[column].as_str();
                if !cell.is_empty() && parts.last() != Some(&cell) {
                    parts.push(cell);
                }
            }
            parts.join(" ").replace('\n', " ")
        })
        .collect()
}

fn grid_cells(grid: &[Vec<char>]) -> Vec<Cell> {
    let (height, width) = (grid.len(), grid[0].len());
    let mut corners = std::collections::BTreeSet::from([(0, 0)]);
    let mut done = std::collections::BTreeSet::new();
    let mut cells = Vec::new();
    while let Some((top, left)) = corners.pop_first() {
        if !done.insert((top, left)) {
            continue;
        }
        let Some(cell) = scan_cell(grid, top, left) else {
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
    cells
}

fn scan_cell(grid: &[Vec<char>], top: usize, left: usize) -> Option<Cell> {
    if grid[top][left] != '+' {
        return None;
    }
    for right in left + 1..grid[top].len() {
        match grid[top][right] {
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

fn scan_down(grid: &[Vec<char>], top: usize, left: usize, right: usize) -> Option<usize> {
    for bottom in top + 1..grid.len() {
        match grid[bottom][right] {
            '+' if closes(grid, top, left, bottom, right) => return Some(bottom),
            '+' | '|' => {}
            _ => return None,
        }
    }
    None
}

/// Whether the bottom and left edges of the rectangle are borders.
fn closes(grid: &[Vec<char>], top: usize, left: usize, bottom: usize, right: usize) -> bool {
    grid[bottom][left] == '+'
        && grid[bottom][left + 1..right]
            .iter()
            .all(|c| matches!(c, '-' | '=' | '+'))
        && grid[top + 1..bottom]
            .iter()
            .all(|row| matches!(row[left], '|' | '+'))
}

/// A simple table starting at the border on line `start`, and the line after
/// it. Columns are the runs of `=` of the first border; the last column runs
/// to the end of the line; a line whose first column is blank continues the
/// row above.
fn simple_table(lines: &[&str], start: usize, indent: usize) -> (Option<Table>, usize) {
    let border = &lines[start][indent..];
    let mut starts = Vec::new();
    let mut previous = ' ';
    for (position, c) in border.char_indices() {
        if c == '=' && previous == ' ' {
            starts.push(position);
        }
        previous = c;
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
    let split = |line: &str| -> Vec<String> {
        // Columns count characters, as the borders do.
        let body: Vec<char> = line.chars().skip(indent).collect();
        (0..starts.len())
            .map(|column| {
                let from = starts[column].min(body.len());
                let to = starts
                    .get(column + 1)
                    .map_or(body.len(), |&s| s.min(body.len()));
                body[from..to].iter().collect()
            })
            .collect()
    };
    let rows_of = |lines: &[&str], first_line: usize| -> Vec<(usize, Vec<Vec<String>>)> {
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
            let cells = split(line);
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
        let tables = tables(page);
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
        let tables = tables(page);
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
