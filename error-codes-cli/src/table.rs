//! A table read the way `#[error_codes]` reads it, through the rules of
//! `error-codes-table`, for the subcommands that work on a CSV table
//! (`check`, `diff`, `export`).

use error_codes_codegen::Options;
use error_codes_table::columns::{ColumnSpec, Kind, Value};
use error_codes_table::header::{self, Layout, Standard};
use error_codes_table::parse::Translation;
use error_codes_table::problem::Problem;
use error_codes_table::select::RowOptions;
use error_codes_table::{file, select};

/// Parses `--options`, written as inside `#[error_codes(...)]`, through
/// the option table the macros parse with: every option of the attribute
/// is accepted, so that its arguments can be pasted whole.
pub fn parse_options(text: Option<&str>) -> Result<Options, String> {
    Options::parse_text(text.unwrap_or(""))
}

/// One variant of a table as its enum would have it.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub line: usize,
    pub code: String,
    /// The variant's name.
    pub name: String,
    pub module: Option<String>,
    /// As written, markup included.
    pub description: String,
    pub deprecated: Option<String>,
    /// `(column, value)` for every typed column, in declaration order.
    pub values: Vec<(String, Value)>,
    /// Further rows merged into this one (`duplicates = "merge"`).
    pub merged: usize,
    /// The standard `http_status` column's statuses, in the order written.
    pub http_status: Vec<u16>,
    /// The standard `message` and `solution` cells, as written.
    pub message: Option<String>,
    pub solution: Option<String>,
    /// The standard `grpc_code` cell's code (`5` for `NOT_FOUND`).
    pub grpc_code: Option<i32>,
    /// The row's cells in each language of its translated columns
    /// (`description@de`): the tag and the cells, as written.
    pub translations: Vec<(String, Translation)>,
}

impl Entry {
    /// The description as `description()` gives it.
    pub fn plain_description(&self) -> String {
        error_codes_table::placeholders::description_of(&self.description, self.message.as_deref())
    }

    /// The row's own texts, as `description()`, `message()` and
    /// `solution()` give them.
    pub fn own_texts(&self) -> Texts {
        Texts {
            description: Some(self.plain_description()),
            message: self
                .message
                .as_deref()
                .map(error_codes_table::placeholders::description_text),
            solution: self
                .solution
                .as_deref()
                .map(error_codes_table::plain::plain_text),
        }
    }

    /// The row's texts in each language of its translated columns, as the
    /// `_in` accessors give them: a template's translation unfilled, other
    /// cells as plain text; `None` where the cell is empty (the table's own
    /// language is then used).
    pub fn translated_texts(&self) -> impl Iterator<Item = (&str, Texts)> {
        let template = error_codes_table::placeholders::template_cell(
            &self.description,
            self.message.as_deref(),
        ) == self.description;
        self.translations.iter().map(move |(tag, cells)| {
            let description = cells.description.as_deref().map(|cell| {
                if template {
                    error_codes_table::placeholders::description_text(cell)
                } else {
                    error_codes_table::plain::plain_text(cell)
                }
            });
            let texts = Texts {
                description,
                message: cells
                    .message
                    .as_deref()
                    .map(error_codes_table::placeholders::description_text),
                solution: cells
                    .solution
                    .as_deref()
                    .map(error_codes_table::plain::plain_text),
            };
            (tag.as_str(), texts)
        })
    }

    /// The placeholders of the row's template (its message, else its
    /// description), as `placeholders()` gives them.
    pub fn placeholders(&self) -> Vec<String> {
        error_codes_table::placeholders::of_row(&self.description, self.message.as_deref())
    }
}

/// A row's description, message and solution in one language, as the
/// generated accessors give them; `None` where there is none.
#[derive(Debug, Clone, PartialEq)]
pub struct Texts {
    pub description: Option<String>,
    pub message: Option<String>,
    pub solution: Option<String>,
}

/// The table's languages as BCP 47 tags, as the enum's `LANGUAGES` has
/// them: its own (the `language` option) first, then those of its
/// translated columns, in column order.
pub fn languages(own: &str, entries: &[Entry]) -> Vec<String> {
    let mut languages = vec![own.to_owned()];
    if let Some(first) = entries.first() {
        languages.extend(first.translations.iter().map(|(tag, _)| tag.clone()));
    }
    languages
}

/// The cells of `entries` whose markup a default build of error-codes-core
/// refuses, as `file:line: note: ...` lines: the command is built with the
/// `commonmark` feature, which reads them, and a table it passes should
/// not then fail in a user's first build without a word.
pub fn commonmark_notes(path: &str, entries: &[Entry]) -> Vec<String> {
    let mut notes = Vec::new();
    for entry in entries {
        let mut note = |column: &str, text: &str| {
            if error_codes_table::plain::beyond_the_short_cut(text) {
                notes.push(format!(
                    "{path}:{}: note: the {column} of code `{}` has markup that needs \
                     error-codes-core's `commonmark` feature (off by default): \
                     turn it on where the table is built",
                    entry.line, entry.code
                ));
            }
        };
        let texts = error_codes_table::parse::markup_cells(
            &entry.description,
            entry.message.as_deref(),
            entry.solution.as_deref(),
        );
        texts.for_each(|(column, text)| note(column, text));
        for (column, value) in &entry.values {
            if let Value::Str(text) = value {
                note(column, text);
            }
        }
    }
    notes
}

/// How much of each language of a table's translated columns is there,
/// one line per language: of the cells the table's own language has in
/// each column, how many are translated (an empty one falls back to the
/// table's language).
pub fn coverage(path: &str, entries: &[Entry]) -> Vec<String> {
    let Some(first) = entries.first() else {
        return Vec::new();
    };
    let mut lines = Vec::new();
    for (at, (tag, _)) in first.translations.iter().enumerate() {
        let mut counts = Vec::new();
        for (column, standard) in [
            ("descriptions", Standard::Description),
            ("messages", Standard::Message),
            ("solutions", Standard::Solution),
        ] {
            let own = |entry: &Entry| match standard {
                Standard::Description => true,
                Standard::Message => entry.message.is_some(),
                _ => entry.solution.is_some(),
            };
            let total = entries.iter().filter(|entry| own(entry)).count();
            if total == 0 {
                continue;
            }
            let translated = entries
                .iter()
                .filter(|entry| own(entry))
                .filter(|entry| {
                    entry
                        .translations
                        .get(at)
                        .is_some_and(|(_, cells)| cells.cell(standard).is_some())
                })
                .count();
            counts.push(format!("{translated} of {total} {column}"));
        }
        lines.push(format!("{path}: {tag}: {}", counts.join(", ")));
    }
    lines
}

/// Why a table could not be read.
#[derive(Debug)]
pub enum LoadError {
    /// The file could not be read at all, or the options do not fit it:
    /// the command could not do its work (exit status 2).
    Trouble(String),
    /// The table has problems, each as `file:line: message` (exit status 1
    /// for `check`).
    Problems(Vec<String>),
}

impl LoadError {
    /// Every line of the failure, for standard error.
    pub fn lines(&self) -> Vec<String> {
        match self {
            LoadError::Trouble(line) => vec![line.clone()],
            LoadError::Problems(lines) => lines.clone(),
        }
    }
}

/// A table's variants, or every problem the macro would report, each as
/// `file:line: message`.
pub fn load(path: &str, options: &Options) -> Result<Vec<Entry>, LoadError> {
    let bytes = read(path)?;
    let names = options
        .column_specs()
        .map(|spec| spec.name.clone())
        .collect();
    entries(path, &bytes, &options.layout, names, &options.rows)
}

/// A typed column as `diff` sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// The name of its accessor, or its heading when it has none.
    pub name: String,
    /// Declared in `columns(...)`, so the enum has an accessor for it;
    /// otherwise a column the options leave unnamed, read as text.
    pub declared: bool,
}

/// A version of a table for `diff`: read with the options, less what
/// names a column this version does not have (a declared column, an
/// ignored one, another heading for a standard column), and with every
/// column nobody claims read as text. So two
/// versions whose columns differ are compared, and a column added or
/// removed is a change of its own.
pub fn load_for_diff(
    path: &str,
    options: &Options,
) -> Result<(Vec<Entry>, Vec<Column>), LoadError> {
    let bytes = read(path)?;
    let mut layout = options.layout.clone();
    let mut columns: Vec<Column> = Vec::new();
    if let Some(headings) = error_codes_read::headings(&bytes) {
        let keys: Vec<String> = headings.iter().map(|h| header::key(h)).collect();
        let has = |heading: &str| keys.contains(&header::key(heading));
        layout
            .columns
            .retain(|spec| has(spec.heading.as_deref().unwrap_or(&spec.name)));
        layout.ignore.retain(|heading| has(heading));
        // A `headers(...)` heading this version lacks: its usual headings.
        layout.headings.retain(|(_, heading)| has(heading));
        columns.extend(layout.columns.iter().map(|spec| Column {
            name: spec.name.clone(),
            declared: true,
        }));
        let header: Vec<&str> = headings.iter().map(String::as_str).collect();
        let (found, _) = header::find_columns(&header, &layout);
        for (_, heading) in found.unknown {
            layout.columns.push(ColumnSpec {
                name: heading.clone(),
                heading: Some(heading.clone()),
                kind: Kind::Str,
                optional: true,
                type_name: "&str".to_owned(),
            });
            columns.push(Column {
                name: heading,
                declared: false,
            });
        }
    }
    let names = columns.iter().map(|c| c.name.clone()).collect();
    let entries = entries(path, &bytes, &layout, names, &options.rows)?;
    Ok((entries, columns))
}

fn read(path: &str) -> Result<Vec<u8>, LoadError> {
    file::read(std::path::Path::new(path))
        .map_err(|reason| LoadError::Trouble(format!("cannot read {path}: {reason}")))
}

/// The variants of a table read with `layout`, whose typed columns are
/// called `names`.
fn entries(
    path: &str,
    bytes: &[u8],
    layout: &Layout,
    names: Vec<String>,
    rows: &RowOptions,
) -> Result<Vec<Entry>, LoadError> {
    let shown = |problems: Vec<Problem>| {
        LoadError::Problems(
            problems
                .iter()
                .map(|p| p.display(path).to_string())
                .collect(),
        )
    };
    let table = error_codes_read::parse_with(bytes, layout).map_err(shown)?;
    // Problems of an option rather than of a line (`module = "..."` naming
    // no module): the macro puts them on the option.
    let modules = select::check_modules(&table, rows);
    if !modules.is_empty() {
        return Err(LoadError::Problems(
            modules
                .into_iter()
                .map(|(_, message)| format!("--options: {message} (in {path})"))
                .collect(),
        ));
    }
    let checked = error_codes_table::check(&table, rows).map_err(shown)?;
    Ok(checked
        .entries
        .iter()
        .zip(&checked.selected)
        .map(|(entry, selected)| Entry {
            line: entry.row.line,
            code: entry.row.code.clone(),
            name: entry.name.clone(),
            module: entry.row.module.clone(),
            description: entry.row.description.clone(),
            deprecated: entry.row.deprecated.clone(),
            values: names
                .iter()
                .cloned()
                .zip(entry.row.values.iter().cloned())
                .collect(),
            merged: selected.also.len(),
            http_status: entry.row.http_status.clone(),
            message: entry.row.message.clone(),
            solution: entry.row.solution.clone(),
            grpc_code: entry.row.grpc_code,
            translations: table
                .languages
                .iter()
                .cloned()
                .zip(entry.row.translations.iter().cloned())
                .collect(),
        })
        .collect())
}
