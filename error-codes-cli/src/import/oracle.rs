//! docutils as the oracle of the RST reader: generated grid tables (drawn
//! with spaces or with tabs) and simple tables (with continuation lines,
//! text past the last column's border, and now and then text in a column
//! margin), read by both; every cell must agree, and where docutils refuses
//! a table the reader must mark it as a problem. Skips, saying so, when
//! `python3 -c "import docutils"` fails.

use super::rst;
use std::io::Write;
use std::process::{Command, Stdio};

/// A small deterministic generator (xorshift), so every run reads the same
/// tables.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn word(&mut self, max: usize) -> String {
        let len = 1 + self.below(max.clamp(1, 7));
        (0..len)
            .map(|_| (b'a' + self.below(26) as u8) as char)
            .collect()
    }

    /// Words of at most `width` characters in all.
    fn text(&mut self, width: usize) -> String {
        let mut text = self.word(width);
        while self.below(3) > 0 {
            let word = self.word(width);
            if text.len() + 1 + word.len() > width {
                break;
            }
            text = format!("{text} {word}");
        }
        text
    }
}

/// Each run of spaces that ends on a multiple of 8 columns as a tab, as an
/// editor that aligns with tabs writes it.
fn tabify(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::new();
    let mut column = 0;
    while column < chars.len() {
        let stop = (column / 8 + 1) * 8;
        if stop <= chars.len()
            && chars[column] == ' '
            && chars[column..stop].iter().all(|&c| c == ' ')
            && stop - column > 1
        {
            out.push('\t');
            column = stop;
        } else {
            out.push(chars[column]);
            column += 1;
        }
    }
    out
}

fn grid_table(random: &mut Random) -> String {
    let columns = 2 + random.below(3);
    let widths: Vec<usize> = (0..columns).map(|_| 3 + random.below(10)).collect();
    let border = |c: char| {
        let cells: Vec<String> = widths.iter().map(|w| c.to_string().repeat(w + 2)).collect();
        format!("+{}+", cells.join("+"))
    };
    let mut lines = vec![border('-')];
    let rows = 2 + random.below(4);
    for row in 0..rows {
        let height = 1 + random.below(2);
        let cells: Vec<Vec<String>> = widths
            .iter()
            .map(|&w| (0..height).map(|_| random.text(w)).collect())
            .collect();
        for line in 0..height {
            let parts: Vec<String> = cells
                .iter()
                .zip(&widths)
                .map(|(cell, &w)| format!(" {:<w$} ", cell[line]))
                .collect();
            lines.push(format!("|{}|", parts.join("|")));
        }
        lines.push(border(if row == 0 { '=' } else { '-' }));
    }
    let tabs = random.below(2) == 0;
    lines
        .iter()
        .map(|l| if tabs { tabify(l) } else { l.clone() } + "\n")
        .collect()
}

fn simple_table(random: &mut Random) -> String {
    let columns = 2 + random.below(2);
    let widths: Vec<usize> = (0..columns).map(|_| 3 + random.below(8)).collect();
    let border: Vec<String> = widths.iter().map(|&w| "=".repeat(w)).collect();
    let border = border.join("  ");
    let mut lines = vec![border.clone()];
    let row = |random: &mut Random, first: bool| -> String {
        let mut parts = Vec::new();
        for (index, &w) in widths.iter().enumerate() {
            let last = index + 1 == widths.len();
            let text = match (first, index) {
                (false, 0) => String::new(),
                _ if last && random.below(3) == 0 => random.text(w + 12),
                // Now and then a cell one character too wide: text in the
                // margin, which docutils refuses.
                _ if !last && random.below(12) == 0 => "x".repeat(w + 1),
                _ => random.text(w),
            };
            parts.push(if last { text } else { format!("{text:<w$}  ") });
        }
        parts.concat().trim_end().to_string()
    };
    lines.push(row(random, true));
    lines.push(border.clone());
    for _ in 0..1 + random.below(4) {
        lines.push(row(random, true));
        if random.below(3) == 0 {
            lines.push(row(random, false));
        }
    }
    lines.push(border);
    lines.iter().map(|l| l.clone() + "\n").collect()
}

/// What docutils reads from each page: the cells of its first table's
/// header rows and body rows, or `null` where it reports an error.
const READ: &str = r#"
import json, sys
import docutils.core, docutils.nodes
out = []
for page in json.load(sys.stdin):
    tree = docutils.core.publish_doctree(page, settings_overrides={
        "report_level": 5, "halt_level": 5, "warning_stream": False})
    if any(m["level"] >= 3 for m in tree.findall(docutils.nodes.system_message)):
        out.append(None)
        continue
    tables = list(tree.findall(docutils.nodes.table))
    if not tables:
        out.append(None)
        continue
    def rows(kind):
        return [[" ".join(e.astext().split()) for e in row.findall(docutils.nodes.entry)]
                for part in tables[0].findall(kind) for row in part.findall(docutils.nodes.row)]
    out.append({"header": rows(docutils.nodes.thead), "body": rows(docutils.nodes.tbody)})
json.dump(out, sys.stdout)
"#;

#[test]
fn docutils_reads_every_generated_table_as_the_importer_does() {
    let has_docutils = Command::new("python3")
        .args(["-c", "import docutils"])
        .status()
        .is_ok_and(|s| s.success());
    if !has_docutils {
        test_support::skip("python3 with docutils is not installed");
        return;
    }
    let mut random = Random(0x9e37_79b9_7f4a_7c15);
    let pages: Vec<String> = (0..120)
        .map(|i| {
            if i % 2 == 0 {
                grid_table(&mut random)
            } else {
                simple_table(&mut random)
            }
        })
        .collect();
    let mut python = Command::new("python3")
        .args(["-c", READ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let input = serde_json::to_string(&pages).unwrap();
    python
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let output = python.wait_with_output().unwrap();
    assert!(output.status.success());
    let read: Vec<serde_json::Value> = serde_json::from_slice(&output.stdout).unwrap();
    let words = |cell: &String| cell.split_whitespace().collect::<Vec<_>>().join(" ");
    let (mut agreed, mut refused) = (0, 0);
    for (page, oracle) in pages.iter().zip(&read) {
        let ours = rst::tables(page);
        let Some(oracle) = oracle.as_object() else {
            // docutils refuses the table: so must the importer.
            assert!(
                ours.tables.iter().any(|t| t.problem.is_some()),
                "docutils refuses this table, the importer reads it:\n{page}"
            );
            refused += 1;
            continue;
        };
        assert_eq!(ours.tables.len(), 1, "{page}");
        let table = &ours.tables[0];
        assert_eq!(table.problem, None, "{page}");
        let header: Vec<String> = table.header.iter().map(words).collect();
        let body: Vec<Vec<String>> = table
            .rows
            .iter()
            .map(|r| r.cells.iter().map(words).collect())
            .collect();
        assert_eq!(serde_json::json!([header]), oracle["header"], "{page}");
        assert_eq!(serde_json::json!(body), oracle["body"], "{page}");
        agreed += 1;
    }
    // Both kinds of outcome were exercised.
    assert!(
        agreed > 80 && refused > 3,
        "{agreed} agreed, {refused} refused"
    );
}
