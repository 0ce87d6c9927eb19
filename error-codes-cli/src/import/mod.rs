//! `error-codes import`: documentation pages to the macro's CSV.
//!
//! Each format is read into [`page::Table`]s (cells as written); this file
//! decides which tables hold codes, which column is which, and writes one
//! CSV with the standard columns first under the macro's names.

mod csv_page;
#[cfg(test)]
mod fuzz;
mod header_row;
mod html;
pub mod languages;
mod markdown;
mod markup;
mod nesting;
#[cfg(test)]
mod oracle;
pub mod page;
mod registry;
pub mod roles;
mod rst;
mod rst_directives;

use error_codes_codegen::{Suggested, print_options as print};
use page::Table;
use roles::{Columns, Overrides, Sureness};
use std::collections::BTreeMap;

/// A page format the importer reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// reStructuredText: grid and simple tables, `csv-table` and
    /// `list-table` directives.
    Rst,
    /// Markdown pipe tables (also MDX).
    Markdown,
    /// HTML `<table>` elements.
    Html,
    /// A CSV file (`,`, `;`, tab or `|` separated), with or without
    /// headings.
    Csv,
    /// A JSON registry: a list or map of entries.
    Json,
    /// A YAML registry: a list or map of entries.
    Yaml,
}

impl Format {
    /// The format from a file name's extension, else from the content.
    pub fn detect(path: &str, text: &str) -> Format {
        let extension = path.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
        match extension.as_deref() {
            Some("rst" | "rest" | "txt") => return Format::Rst,
            Some("md" | "markdown" | "mdx") => return Format::Markdown,
            Some("html" | "htm" | "xhtml") => return Format::Html,
            Some("csv" | "tsv") => return Format::Csv,
            Some("json") => return Format::Json,
            Some("yaml" | "yml") => return Format::Yaml,
            _ => {}
        }
        let lower = text.to_ascii_lowercase();
        let start = lower.trim_start();
        // `{`, or `[` then an entry (not a Markdown link's `[text](...)`).
        let list = start
            .strip_prefix('[')
            .is_some_and(|rest| rest.trim_start().starts_with(['{', '[', '"', ']']));
        if start.starts_with('{') || list {
            Format::Json
        } else if lower.trim_start().starts_with('<') || lower.contains("<table") {
            Format::Html
        } else if text.lines().any(|l| {
            let l = l.trim_start();
            l.starts_with("+-") || l.starts_with(".. ")
        }) {
            Format::Rst
        } else if text.lines().any(|l| {
            let l = l.trim();
            l.contains("---") && l.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '))
        }) {
            Format::Markdown
        } else {
            Format::Csv
        }
    }
}

/// Which of a page's tables to keep.
#[derive(Clone, Debug, Default)]
pub struct Selection {
    /// `--table N`: the N-th table of the page, counted from 1.
    pub table: Option<usize>,
    /// `--heading TEXT`: tables whose caption or heading contains it.
    pub heading: Option<String>,
    /// `--code-column`, `--description-column`, `--module-column`.
    pub columns: Overrides,
    /// `--no-header`: the first row of every table is data.
    pub no_header: bool,
    /// The page's directory, where the files a page names are found
    /// (`.. csv-table::`'s `:file:`); `None` reads none.
    pub directory: Option<std::path::PathBuf>,
}

/// The import's result: the CSV, and what the user should know about it.
#[derive(Debug)]
pub struct Import {
    pub csv: String,
    /// Lines for standard error: what was left aside, what the table needs.
    pub notes: Vec<String>,
    /// The options `#[error_codes(...)]` needs to build the table as
    /// imported (`duplicates = "merge"`, `ignore = [...]`), in that syntax.
    pub options: Vec<String>,
    /// Lines for standard error naming the rows whose description is
    /// empty: a problem in a table the macro builds, not in a translated
    /// edition, whose empty cells fall back to the table's language.
    pub undescribed: Vec<String>,
}

/// Reads `text` as `format` and writes the code tables it holds as one CSV.
pub fn import(text: &str, format: Format, selection: &Selection) -> Result<Import, String> {
    let page = match format {
        Format::Rst => rst::tables_in(text, selection.directory.as_deref()),
        Format::Markdown => markdown::tables(text),
        Format::Html => html::tables(text),
        Format::Csv => csv_page::tables(text)?,
        Format::Json | Format::Yaml => registry::tables(text)?,
    };
    let mut tables = page.tables;
    let mut notes = page.notes;
    if tables.is_empty() {
        return Err("no table found on the page".to_string());
    }
    for table in &mut tables {
        header_row::settle(table, selection.no_header, &mut notes);
        // Every heading on one line, as RST and HTML pages read theirs: a
        // heading written over two lines is the same heading (as `ignore`
        // and `columns` name it) from any page or table.
        for heading in &mut table.header {
            if heading.contains('\n') {
                *heading = heading.replace('\n', " ");
            }
        }
        // A table without headings names its columns by position.
        let width = table.rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
        if table.header.is_empty() {
            table.header = (1..=width).map(|i| format!("column {i}")).collect();
        } else if table.header.len() < width {
            let from = table.header.len() + 1;
            table
                .header
                .extend((from..=width).map(|i| format!("column {i}")));
        }
    }
    let picked = selection.table.is_some() || selection.heading.is_some();
    let mut found: Vec<(usize, &Table, Columns)> = Vec::new();
    for (index, table) in tables.iter().enumerate() {
        let number = index + 1;
        let name = describe(number, table);
        if selection.table.is_some_and(|n| n != number) {
            continue;
        }
        if let Some(heading) = &selection.heading {
            let context = table.context.as_deref().unwrap_or("").to_lowercase();
            if !context.contains(&heading.to_lowercase()) {
                continue;
            }
        }
        let columns = roles::find(&table.header, &table.rows, &selection.columns)
            .map_err(|e| format!("{name}: {e}"))?;
        match columns {
            Some(_) if table.problem.is_some() => {
                return Err(format!(
                    "{name}: {}",
                    table.problem.as_deref().unwrap_or_default()
                ));
            }
            Some(columns) => found.push((number, table, columns)),
            None if selection.table.is_some() => {
                return Err(format!(
                    "{name} has no code column (headings: {}); name it with --code-column HEADING or --code-column N",
                    headings(&table.header)
                ));
            }
            None => {
                notes.push(format!("{name}: no code column, left aside"));
                notes.extend(table.problem.clone());
            }
        }
    }
    // A page keeps every table of its surest kind: beside tables headed
    // `Error Code`, one whose codes only a `Name` heading or the cells
    // suggest is a table of something else.
    let surest = found.iter().map(|(_, _, c)| c.sureness).max();
    // Unless its codes are of the shapes the surest tables' codes have
    // (`0xB000` beside `0xC000`, `E.12` beside `E.3`): then it is one more
    // code table. Shapes without digits or upper-case letters beside
    // punctuation tell nothing: `card_declined` beside `request_id` in a
    // table of parameters, `AccessDenied` beside the element `RequestId`.
    let shapes: std::collections::HashSet<String> = found
        .iter()
        .filter(|(_, _, c)| Some(c.sureness) == surest)
        .flat_map(|(_, t, c)| codes(t, c))
        .map(|code| header_row::shape(&code))
        .filter(|shape| structured(shape))
        .collect();
    let mut kept: Vec<(usize, &Table, Columns)> = Vec::new();
    for (number, table, columns) in found {
        let codes = codes(table, &columns);
        let alike = codes
            .iter()
            .filter(|code| shapes.contains(&header_row::shape(code)))
            .count();
        let alike = !codes.is_empty() && alike * 10 >= codes.len() * 8;
        // A column headed as errors (`Error`, not `Name`) of structured
        // codes (`ERR_TIMEOUT` beside `E1001`) is a code table too.
        let structured_codes = codes
            .iter()
            .filter(|code| structured(&header_row::shape(code)))
            .count();
        let errors = columns.sureness == Sureness::WeakHeading
            && !table
                .header
                .get(columns.code)
                .is_some_and(|h| roles::names_things(h))
            && !codes.is_empty()
            && structured_codes * 10 >= codes.len() * 9;
        if picked || Some(columns.sureness) == surest || alike || errors {
            if let Some(reason) = &columns.reason {
                notes.push(format!("{}: {reason}", describe(number, table)));
            }
            kept.push((number, table, columns));
        } else {
            let kind = match surest {
                Some(Sureness::Heading) => "headed as codes",
                _ => "whose headings name codes",
            };
            notes.push(format!(
                "{}: left aside, the page has tables {kind} (pick it with --table {number})",
                describe(number, table)
            ));
        }
    }
    if kept.is_empty() {
        let mut listing: Vec<String> = tables
            .iter()
            .enumerate()
            .take(LISTED)
            .map(|(i, t)| {
                format!(
                    "  {} (headings: {})",
                    describe(i + 1, t),
                    headings(&t.header)
                )
            })
            .collect();
        if tables.len() > LISTED {
            listing.push(format!("  and {} more tables", tables.len() - LISTED));
        }
        return Err(format!(
            "no table with a code column (a heading such as `Error Code`, `Code` or `Value`, or a column of unique identifiers) was selected; the page has:\n{}\nname the code column with --code-column HEADING or --code-column N (and --table N for one table)",
            listing.join("\n")
        ));
    }
    // Several tables without a module column are told apart by their
    // captions or headings.
    let module_from_context = kept.len() > 1;
    let has_module = kept.iter().any(|(_, t, c)| {
        c.module.is_some()
            || (module_from_context && t.context.is_some())
            || t.rows
                .iter()
                .any(|r| section(r).or_else(|| group_title(r, c)).is_some())
    });
    let mut extra: Vec<String> = Vec::new();
    for (_, table, columns) in &kept {
        for (index, heading) in table.header.iter().enumerate() {
            if !columns.is_standard(index) && !extra.contains(heading) {
                extra.push(heading.clone());
            }
        }
    }
    // The standard columns under the macro's names, where any table has
    // them; a page of messages and no descriptions gets a `message` column
    // only, which the macro takes as the description.
    let any = |has: fn(&Columns) -> bool| kept.iter().any(|(_, _, c)| has(c));
    let has_message = any(|c| c.message.is_some() || c.reply_lines);
    let has_description = any(|c| c.description.is_some()) || !has_message;
    let has_status = any(|c| c.http_status.is_some());
    let has_solution = any(|c| c.solution.is_some());
    let mut header: Vec<&str> = Vec::new();
    if has_module {
        header.push("module");
    }
    header.push("code");
    for (has, name) in [
        (has_description, "description"),
        (has_message, "message"),
        (has_status, "http_status"),
        (has_solution, "solution"),
    ] {
        if has {
            header.push(name);
        }
    }
    header.extend(extra.iter().map(String::as_str));
    let mut writer = csv::WriterBuilder::new().from_writer(Vec::new());
    write(&mut writer, &header)?;
    let mut seen: Seen = Vec::new();
    let mut positions: BTreeMap<String, usize> = BTreeMap::new();
    let mut empty_descriptions: Vec<String> = Vec::new();
    for (number, table, columns) in &kept {
        let name = describe(*number, table);
        let mut module = String::new();
        // Rows with a code and an empty description: kept as written, and
        // named, since the macro refuses them at their lines.
        let mut undescribed: Vec<String> = Vec::new();
        // Lines of the rows read as the titles of the groups below them.
        let mut groups: Vec<usize> = Vec::new();
        for row in &table.rows {
            let cell = |index: Option<usize>| {
                index.map_or("", |i| row.cells.get(i).map_or("", String::as_str))
            };
            if let Some(title) = section(row) {
                module = title;
                continue;
            }
            if let Some(title) = group_title(row, columns) {
                groups.push(row.line);
                module = title;
                continue;
            }
            let whole = markup::code_text(cell(Some(columns.code)));
            let reply = columns
                .reply_lines
                .then(|| roles::reply_code(&whole))
                .flatten();
            let code = reply.map_or(whole.as_str(), |(code, _)| code);
            if row.spans_all {
                notes.push(format!(
                    "{name}, line {}: a note across the table, left aside: {}",
                    row.line,
                    first_line(code)
                ));
                continue;
            }
            // A row of empty cells (two borders drawn together in a grid
            // table) holds nothing to lose.
            if code.is_empty() && row.cells.iter().all(|c| c.trim().is_empty()) {
                continue;
            }
            if code.is_empty() {
                notes.push(format!(
                    "{name}, line {}: a row without a code, left aside",
                    row.line
                ));
                continue;
            }
            if (0..table.header.len()).all(|i| cell(Some(i)) == table.header[i]) {
                notes.push(format!(
                    "{name}, line {}: the header row again, left aside",
                    row.line
                ));
                continue;
            }
            match columns.module {
                Some(index) if !cell(Some(index)).is_empty() => {
                    module = cell(Some(index)).to_string()
                }
                Some(_) => {}
                None if module_from_context => module = table.context.clone().unwrap_or_default(),
                None => {}
            }
            let mut record: Vec<&str> = Vec::new();
            if has_module {
                record.push(&module);
            }
            record.push(code);
            if has_description {
                // A table of messages beside tables of descriptions: its
                // message is its description, as the macro reads such a table.
                let description = match (columns.description.or(columns.message), reply) {
                    (None, Some((_, line))) => line,
                    (index, _) => cell(index),
                };
                if description.trim().is_empty()
                    && columns.description.or(columns.message).is_some()
                {
                    undescribed.push(format!("`{code}` (line {})", row.line));
                }
                record.push(description);
            }
            if has_message {
                record.push(match (columns.message, reply) {
                    (None, Some((_, line))) => line,
                    _ => cell(columns.message),
                });
            }
            if has_status {
                record.push(cell(columns.http_status));
            }
            if has_solution {
                record.push(cell(columns.solution));
            }
            for heading in &extra {
                let index = table
                    .header
                    .iter()
                    .enumerate()
                    .position(|(i, h)| h == heading && !columns.is_standard(i));
                record.push(cell(index));
            }
            write(&mut writer, &record)?;
            let position = *positions.entry(code.to_string()).or_insert_with(|| {
                seen.push((code.to_string(), Vec::new()));
                seen.len() - 1
            });
            seen[position].1.push((row.line, module.clone()));
        }
        if columns.description.is_none() && columns.message.is_none() {
            notes.push(format!(
                "{name}: no description column; descriptions are empty"
            ));
        }
        if !groups.is_empty() {
            let mut lines: Vec<String> = groups.iter().take(LISTED).map(usize::to_string).collect();
            if groups.len() > LISTED {
                lines.push(format!("and {} more", groups.len() - LISTED));
            }
            notes.push(format!(
                "{name}: {} row(s) with text in the first cell alone head the rows below them, as their module (lines {})",
                groups.len(),
                lines.join(", ")
            ));
        }
        if !undescribed.is_empty() {
            let more = undescribed.len().saturating_sub(LISTED);
            undescribed.truncate(LISTED);
            empty_descriptions.push(format!(
                "{name}: {} row(s) have an empty description, which the macro refuses at their lines: {}{}; write one for each, or leave the rows out",
                undescribed.len() + more,
                undescribed.join(", "),
                if more > 0 { format!(" and {more} more") } else { String::new() }
            ));
        }
    }
    let options = advice(&seen, &extra, &mut notes);
    let csv = writer.into_inner().map_err(|e| e.to_string())?;
    let csv = String::from_utf8(csv).map_err(|e| e.to_string())?;
    Ok(Import {
        csv,
        notes,
        options,
        undescribed: empty_descriptions,
    })
}

/// Whether codes of `shape` are structured, as codes are and names of
/// things are not: digits, or capitals with punctuation (`E.1001`,
/// `ERR_TIMEOUT`), not words (`request_id`, `RequestId`).
fn structured(shape: &str) -> bool {
    shape.contains('9') || (shape.contains('A') && shape.contains(['.', '_', '-', ':', '/']))
}

/// The codes of a table's rows, as the import writes them.
fn codes(table: &Table, columns: &Columns) -> Vec<String> {
    table
        .rows
        .iter()
        .filter(|row| {
            !row.spans_all && section(row).is_none() && group_title(row, columns).is_none()
        })
        .map(|row| markup::code_text(row.cells.get(columns.code).map_or("", String::as_str)))
        .filter(|code| !code.is_empty())
        .collect()
}

fn write(writer: &mut csv::Writer<Vec<u8>>, record: &[&str]) -> Result<(), String> {
    writer.write_record(record).map_err(|e| e.to_string())
}

/// How many tables, headings, lines or codes a message lists before it
/// says how many more there are: messages that quote a page stay short.
const LISTED: usize = 10;

fn describe(number: usize, table: &Table) -> String {
    match &table.context {
        Some(context) => format!(
            "table {number} (line {}, \"{}\")",
            table.line,
            page::excerpt(context, 60)
        ),
        None => format!("table {number} (line {})", table.line),
    }
}

/// A table's headings for a message: the first few, each shortened.
pub fn headings(header: &[String]) -> String {
    let mut listed: Vec<String> = header
        .iter()
        .take(LISTED)
        .map(|h| page::excerpt(h, 40))
        .collect();
    if header.len() > LISTED {
        listed.push(format!("and {} more", header.len() - LISTED));
    }
    listed.join(", ")
}

fn first_line(text: &str) -> String {
    let line = text.lines().next().unwrap_or("");
    if line.chars().count() > 60 {
        format!("{}...", line.chars().take(60).collect::<String>())
    } else {
        line.to_string()
    }
}

/// The title of a section row (`**COMMON**,,`: one bold cell, the others
/// empty; or `**E1** | *Indentation*`: a bold cell beside italic ones),
/// which is the module of the rows below it.
fn section(row: &page::Row) -> Option<String> {
    // A cell across the table is repeated into every column.
    if row.spans_all {
        let only = row.cells.first()?;
        return markup::is_bold(only).then(|| markup::visible(only));
    }
    let filled: Vec<&String> = row.cells.iter().filter(|c| !c.trim().is_empty()).collect();
    let (first, rest) = filled.split_first()?;
    if row.cells.len() < 2 || !markup::is_bold(first) || !rest.iter().all(|c| markup::is_italic(c))
    {
        return None;
    }
    Some(
        filled
            .iter()
            .map(|c| markup::visible(c))
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// The title of a group row as plain pages write one: prose in the first
/// cell alone (`| System errors | | |`), where that column is not one of
/// the table's codes or texts, so the row can be nothing but a heading for
/// the rows below it.
fn group_title(row: &page::Row, columns: &Columns) -> Option<String> {
    let (first, rest) = row.cells.split_first()?;
    let first = first.trim();
    let heads = !row.spans_all
        && !rest.is_empty()
        && (columns.module == Some(0) || !columns.is_standard(0))
        && roles::is_prose(first)
        && rest.iter().all(|cell| cell.trim().is_empty());
    heads.then(|| markup::visible(first))
}

/// Every code in page order, with the page line and module of each row.
type Seen = Vec<(String, Vec<(usize, String)>)>;

/// The macro options the imported table needs to build, with a note for
/// each: codes that repeat, codes with spaces, columns nobody declared yet.
fn advice(seen: &Seen, extra: &[String], notes: &mut Vec<String>) -> Vec<String> {
    let mut suggested = Suggested::default();
    let repeated: Vec<&(String, Vec<(usize, String)>)> =
        seen.iter().filter(|(_, rows)| rows.len() > 1).collect();
    if !repeated.is_empty() {
        let listed: Vec<String> = repeated
            .iter()
            .take(5)
            .map(|(code, rows)| {
                let mut lines: Vec<String> = rows
                    .iter()
                    .take(LISTED)
                    .map(|(line, _)| line.to_string())
                    .collect();
                if rows.len() > LISTED {
                    lines.push(format!("and {} more", rows.len() - LISTED));
                }
                format!(
                    "`{}` on page lines {}",
                    page::excerpt(code, 60),
                    lines.join(", ")
                )
            })
            .collect();
        let more = match repeated.len() {
            0..=5 => String::new(),
            n => format!(" and {} more", n - 5),
        };
        // Codes that repeat only across modules are codes scoped per API.
        let per_module = repeated.iter().all(|(_, rows)| {
            let mut modules: Vec<&str> = rows.iter().map(|(_, m)| m.as_str()).collect();
            modules.sort_unstable();
            modules.dedup();
            modules.len() == rows.len() && !modules.contains(&"")
        });
        let alternative = if per_module {
            "; each repeat is in another module, so `module = \"...\"` builds one enum per module instead"
        } else {
            ""
        };
        notes.push(format!(
            "{} code(s) repeat ({}{more}): `duplicates = \"merge\"` makes each one variant{alternative}",
            repeated.len(),
            listed.join("; ")
        ));
        suggested.merge = true;
    }
    let spaced: Vec<&(String, Vec<(usize, String)>)> = seen
        .iter()
        .filter(|(code, _)| code.chars().any(|c| c.is_whitespace() || c.is_control()))
        .collect();
    // When most codes are phrases (`Moved Permanently`), spaces are meant;
    // when a few codes have one, it is a slip the service never sends.
    if !spaced.is_empty() && spaced.len() * 2 > seen.len() {
        notes.push(format!(
            "{} of {} codes hold white space, as phrases do: `allow_spaces = true`",
            spaced.len(),
            seen.len()
        ));
        suggested.allow_spaces = true;
    } else {
        for (code, rows) in spaced.iter().take(LISTED) {
            notes.push(format!(
                "page line {}: the code `{}` holds white space, likely a slip in the page; the build fails there until it is fixed",
                rows[0].0,
                page::excerpt(&code.escape_debug().to_string(), 60)
            ));
        }
        if spaced.len() > LISTED {
            notes.push(format!(
                "and {} more codes with white space",
                spaced.len() - LISTED
            ));
        }
    }
    // A page with translated columns (`description@de`, as `export` writes
    // every language): the macro reads them as translations, so they are
    // neither declared nor left aside.
    let extra: Vec<&String> = extra
        .iter()
        .filter(|heading| {
            !error_codes_table::languages::split_heading(heading).is_some_and(|(column, tag)| {
                matches!(column, "description" | "message" | "solution")
                    && error_codes_table::languages::is_well_formed(tag)
            })
        })
        .collect();
    if !extra.is_empty() {
        let quoted: Vec<String> = extra.iter().map(|h| format!("{h:?}")).collect();
        let quoted = quoted.join(", ");
        notes.push(format!(
            "the columns {quoted} are kept: declare the ones you need with `columns(name: Type = \"Heading\")`, and leave the others aside with `ignore`"
        ));
        suggested.ignore = extra.iter().map(|heading| heading.to_string()).collect();
    }
    // Written by the option table the macro parses with, so what is
    // printed is what `#[error_codes]` and `--options` accept.
    print(&suggested)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_from_extensions_and_content() {
        assert_eq!(Format::detect("a.rst", ""), Format::Rst);
        assert_eq!(Format::detect("a.MDX", ""), Format::Markdown);
        assert_eq!(
            Format::detect("page", "<!doctype html><table>"),
            Format::Html
        );
        assert_eq!(Format::detect("page", "+---+\n| a |\n+---+"), Format::Rst);
        assert_eq!(
            Format::detect("page", "| a |\n|---|\n| b |"),
            Format::Markdown
        );
        assert_eq!(
            Format::detect("page", "Value,Description\n1,x"),
            Format::Csv
        );
        assert_eq!(Format::detect("page", " [{\"code\": 1}]"), Format::Json);
        assert_eq!(Format::detect("a.yml", ""), Format::Yaml);
        assert_eq!(
            Format::detect("page", "[Home](/) | x\n|---|---|\n"),
            Format::Markdown
        );
    }

    #[test]
    fn split_tables_take_their_captions_as_modules() {
        let page = "\
.. table:: **Table 1** Old API

   +--------+-------------+--------+
   | Code   | Description | Status |
   +========+=============+========+
   | O.1    | Gone.       | 410    |
   +--------+-------------+--------+

.. table:: **Table 2** New API

   +------------+--------------------+
   | Error Code | Error Message      |
   +============+====================+
   | N.1        | Try again, later.  |
   +------------+--------------------+
   | O.1        | Gone for good.     |
   +------------+--------------------+
";
        let import = import(page, Format::Rst, &Selection::default()).unwrap();
        // The standard columns under the macro's names, the second table's
        // messages its descriptions too: nothing to ignore.
        assert_eq!(
            import.csv,
            "module,code,description,message,http_status\n\
             Old API,O.1,Gone.,,410\n\
             New API,N.1,\"Try again, later.\",\"Try again, later.\",\n\
             New API,O.1,Gone for good.,Gone for good.,\n"
        );
        assert_eq!(
            import.notes,
            [
                "table 1 (line 3, \"Old API\"): \"Status\" holds HTTP statuses: http_status",
                "1 code(s) repeat (`O.1` on page lines 6, 16): `duplicates = \"merge\"` makes each one variant; each repeat is in another module, so `module = \"...\"` builds one enum per module instead",
            ]
        );
        assert_eq!(import.options, ["duplicates = \"merge\""]);
        // What import prints, the attribute and `--options` accept as is.
        let parsed = error_codes_codegen::Options::parse_text(&import.options.join(", ")).unwrap();
        assert!(parsed.rows.merge);
        assert!(parsed.layout.ignore.is_empty());
        let second = Selection {
            table: Some(2),
            ..Selection::default()
        };
        let import = super::import(page, Format::Rst, &second).unwrap();
        assert_eq!(
            import.csv,
            "code,message\nN.1,\"Try again, later.\"\nO.1,Gone for good.\n"
        );
        let by_heading = Selection {
            heading: Some("old".into()),
            ..Selection::default()
        };
        let import = super::import(page, Format::Rst, &by_heading).unwrap();
        assert_eq!(import.csv, "code,description,http_status\nO.1,Gone.,410\n");
    }

    #[test]
    fn blank_modules_are_filled_down_and_notes_left_aside() {
        let page = "\
| Module | Error Code | Description |
|---|---|---|
| Disks | D.1 | Busy. |
| | D.2 | Gone. |
| | | A row with no code. |
";
        let import = import(page, Format::Markdown, &Selection::default()).unwrap();
        assert_eq!(
            import.csv,
            "module,code,description\nDisks,D.1,Busy.\nDisks,D.2,Gone.\n"
        );
        assert_eq!(
            import.notes,
            ["table 1 (line 1), line 5: a row without a code, left aside"]
        );
    }

    #[test]
    fn codes_with_spaces_are_phrases_or_slips() {
        let phrases = "Code,Description\nNot Found,Gone.\nBad Gateway,Upstream.\nOK,Fine.\n";
        let import = import(phrases, Format::Csv, &Selection::default()).unwrap();
        assert_eq!(import.options, ["allow_spaces = true"]);
        let slip = "Code,Description\nQ.1,Full.\nQ. 2,Gone.\nQ.3,Late.\n";
        let import = super::import(slip, Format::Csv, &Selection::default()).unwrap();
        assert!(import.options.is_empty());
        assert_eq!(
            import.notes,
            [
                "page line 3: the code `Q. 2` holds white space, likely a slip in the page; the build fails there until it is fixed"
            ]
        );
    }

    /// Messages that quote the page quote a bounded part of it: a long
    /// code repeated on many rows, many codes with spaces.
    #[test]
    fn notes_quote_a_bounded_prefix() {
        let long = "X".repeat(2_000);
        let mut page = String::from("Code,Description\n");
        for i in 0..100 {
            page.push_str(&format!("{long},Row {i}.\nC{i},Plain.\n"));
        }
        for i in 0..15 {
            page.push_str(&format!("S {i}.{long},Spaced.\n"));
        }
        let import = import(&page, Format::Csv, &Selection::default()).unwrap();
        let notes = import.notes.join("\n");
        assert!(notes.len() < 4_000, "{} bytes of notes", notes.len());
        assert!(notes.contains(" and 90 more): "), "{notes}");
        assert!(notes.contains("(1940 more bytes)"), "{notes}");
        assert!(
            notes.contains("and 5 more codes with white space"),
            "{notes}"
        );
    }

    #[test]
    fn a_page_without_code_columns_lists_its_tables() {
        let page = "| Step | Action |\n|---|---|\n| Open the lid | Pour the water in. |\n";
        let error = import(page, Format::Markdown, &Selection::default()).unwrap_err();
        assert!(
            error.contains("table 1 (line 1) (headings: Step, Action)"),
            "{error}"
        );
        assert!(
            error.ends_with(
                "--code-column HEADING or --code-column N (and --table N for one table)"
            ),
            "{error}"
        );
    }
}
