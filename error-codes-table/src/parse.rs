//! CSV bytes to rows: no I/O and no tokens, so every rule here is testable
//! with plain strings.
//!
//! Fields are trimmed of surrounding white space, quoted or not: tables are
//! edited by hand, and a code never legitimately starts or ends with a space.

use crate::columns::{self, Value};
use crate::header::{self, Columns, Guess, Layout, Standard};
use crate::problem::Problem;

/// A table whose header and rows are well formed, one by one.
#[derive(Debug)]
pub struct Table {
    pub has_module: bool,
    /// Which of the standard `http_status`, `message` and `solution`
    /// columns the table has.
    pub has_http_status: bool,
    pub has_message: bool,
    pub has_solution: bool,
    /// Whether the table has the standard `grpc_code` column.
    pub has_grpc_code: bool,
    /// The headings of the typed columns, in declaration order.
    pub headings: Vec<String>,
    /// The languages of the translated columns (`description@de`), each
    /// once as first written, in column order; empty without any.
    pub languages: Vec<String>,
    pub rows: Vec<Row>,
}

/// One data row, with the line it starts on.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub line: usize,
    pub code: String,
    /// As written, Markdown included.
    pub description: String,
    /// `None` without a `module` column, or where its cell is empty.
    pub module: Option<String>,
    /// `None` without a `name` column, or where its cell is empty.
    pub name: Option<String>,
    /// The `deprecated` cell, when not empty: the variant is retired.
    pub deprecated: Option<String>,
    /// The statuses of the `http_status` cell ([`crate::status`]), in the
    /// order written; empty without the column or where the cell names none.
    pub http_status: Vec<u16>,
    /// The `message` cell as written, when not empty.
    pub message: Option<String>,
    /// The `solution` cell as written, when not empty.
    pub solution: Option<String>,
    /// The gRPC code of the `grpc_code` cell ([`crate::grpc`]), `None`
    /// without the column or where the cell is empty.
    pub grpc_code: Option<i32>,
    /// One value per declared typed column, in declaration order.
    pub values: Vec<Value>,
    /// The row's translated cells, one per language of
    /// [`Table::languages`], in that order; empty without any.
    pub translations: Vec<Translation>,
}

/// A row's cells in one language other than the table's, each `None`
/// where the table has no such column or the cell is empty (the table's
/// language is then read instead).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Translation {
    pub description: Option<String>,
    pub message: Option<String>,
    pub solution: Option<String>,
}

impl Translation {
    /// The cell translating `standard` (the description, message or
    /// solution).
    pub fn cell(&self, standard: Standard) -> Option<&str> {
        match standard {
            Standard::Description => self.description.as_deref(),
            Standard::Message => self.message.as_deref(),
            Standard::Solution => self.solution.as_deref(),
            _ => None,
        }
        .filter(|cell| !cell.is_empty())
    }
}

/// The cells of a row that are read as markup, each with its column: the
/// description, the message unless it repeats the description (a table
/// without descriptions shows its messages as them), and the solution.
pub fn markup_cells<'r>(
    description: &'r str,
    message: Option<&'r str>,
    solution: Option<&'r str>,
) -> impl Iterator<Item = (&'static str, &'r str)> {
    [
        ("description", Some(description)),
        ("message", message.filter(|message| *message != description)),
        ("solution", solution),
    ]
    .into_iter()
    .filter_map(|(column, text)| Some((column, text?)))
}

/// One CSV record as a [`Records`] reader gives it: its fields' bytes
/// end to end, where each field ends, and the byte offset where the record
/// starts. Reused from record to record.
#[derive(Debug, Default)]
pub struct Record {
    bytes: Vec<u8>,
    ends: Vec<usize>,
    start: Option<u64>,
}

impl Record {
    /// Empties the record for the next one, which starts at `start`.
    pub fn clear(&mut self, start: Option<u64>) {
        self.bytes.clear();
        self.ends.clear();
        self.start = start;
    }

    /// Appends a field, unquoted and unescaped.
    pub fn push_field(&mut self, field: &[u8]) {
        self.bytes.extend_from_slice(field);
        self.ends.push(self.bytes.len());
    }

    /// The fields as read, so that a reader can be tested on its own.
    pub fn fields(&self) -> impl Iterator<Item = &[u8]> {
        (0..self.len()).filter_map(|index| self.get(index))
    }

    /// The byte offset where the record starts, as its reader said.
    pub fn start(&self) -> Option<u64> {
        self.start
    }

    fn len(&self) -> usize {
        self.ends.len()
    }

    fn get(&self, index: usize) -> Option<&[u8]> {
        let end = *self.ends.get(index)?;
        let start = index.checked_sub(1).map_or(0, |before| self.ends[before]);
        self.bytes.get(start..end)
    }
}

/// A CSV reader over a file's bytes, as a front end supplies it: the rules
/// read no CSV themselves, so that what builds on them (the macro's code
/// generation) compiles without a CSV reader, beside it rather than after
/// it, which keeps a first build short. `error-codes-read` gives csv-core's, the `csv` crate's
/// own parser.
pub trait Records {
    /// Reads the next record into `record`: `Ok(false)` at the end of the
    /// file, or the reader's error with the byte offset where it was found.
    fn read(&mut self, record: &mut Record) -> Result<bool, (Option<u64>, String)>;
}

/// Opens a [`Records`] reader over a file's bytes (after its byte-order
/// mark).
pub type Reader = for<'t> fn(&'t [u8]) -> Box<dyn Records + 't>;

/// Parses a whole file with only the standard columns.
#[cfg(test)]
pub fn parse(bytes: &[u8]) -> Result<Table, Vec<Problem>> {
    parse_with(bytes, &Layout::default(), crate::test_reader::records)
}

/// The headings of a table's header as [`parse_with`] reads them (after a
/// byte-order mark, trimmed), or `None` when the file has no readable
/// header. For a front end that chooses its layout by the header, as
/// `error-codes diff` does for two versions of a table.
pub fn headings(bytes: &[u8], reader: Reader) -> Option<Vec<String>> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut record = Record::default();
    match reader(bytes).read(&mut record) {
        Ok(true) => Some(fields(&record).map(str::to_owned).collect()),
        _ => None,
    }
}

/// Parses a whole file, read by `reader`, reporting every problem found
/// rather than the first.
pub fn parse_with(bytes: &[u8], layout: &Layout, reader: Reader) -> Result<Table, Vec<Problem>> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|error| {
        let (line, column) = line_and_column(bytes, error.valid_up_to());
        vec![Problem::at(
            line,
            format!("invalid UTF-8 at column {column}: the file must be UTF-8 encoded"),
        )]
    })?;
    if text.trim().is_empty() {
        return Err(vec![Problem::whole_file(
            "the file is empty; expected a header such as `code,description`",
        )]);
    }
    if let Some(at) = unterminated_quote(text) {
        return Err(vec![Problem::at(
            line_and_column(text.as_bytes(), at).0,
            "unterminated quoted field: this `\"` is never closed",
        )]);
    }

    // Byte records, reused, and trimmed here rather than by the reader:
    // Cargo builds proc macros at opt-level 0, where the `csv` crate's own
    // UTF-8 checks and trimming took most of the parse at 10,000 rows; the
    // text is already known to be UTF-8.
    let mut reader = reader(text.as_bytes());
    let mut record = Record::default();
    match reader.read(&mut record) {
        Ok(true) => {}
        Ok(false) => return Err(vec![Problem::whole_file("the file has no header")]),
        Err((_, error)) => return Err(vec![Problem::whole_file(error)]),
    }
    let header: Vec<&str> = fields(&record).collect();
    let (columns, mut header_problems) = header::find_columns(&header, layout);
    let languages = crate::translations::languages(&columns);
    header_problems.extend(crate::translations::check_required(
        &columns, &languages, layout,
    ));
    let mut guesses = vec![Guess::default(); columns.unknown.len()];

    // A CSV reader does not count line breaks inside quoted fields, so
    // lines are found from byte offsets instead, by binary search over the
    // offsets of the line breaks (counting them per row would make a large
    // table quadratic). A record's offset may point at the `\n` of the
    // CRLF before it, so leading line breaks are skipped.
    let newlines: Vec<usize> = newline_offsets(text);
    let line_of = |byte: u64| {
        let byte = (byte as usize).min(text.len());
        let start = text
            .get(byte..)
            .and_then(|rest| rest.find(|c| c != '\r' && c != '\n'))
            .map_or(text.len(), |skipped| byte + skipped);
        newlines.partition_point(|&at| at < start) + 1
    };
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    loop {
        match reader.read(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err((start, error)) => {
                problems.push(Problem::at(start.map_or(0, line_of), error));
                continue;
            }
        }
        for (guess, (index, _)) in guesses.iter_mut().zip(&columns.unknown) {
            guess.add(record.get(*index).map(field_text).unwrap_or_default());
        }
        if !header_problems.is_empty() {
            continue;
        }
        let line = record.start.map_or(0, line_of);
        match read_row(&record, &columns, layout, &languages, line) {
            Ok(row) => rows.push(row),
            Err(mut row_problems) => problems.append(&mut row_problems),
        }
    }
    // Header problems first, unknown columns leading (the commonest, and
    // each with a type guessed from its cells); a header with problems
    // other than unknown columns says nothing useful about its rows.
    let fatal = !header_problems.is_empty();
    let mut all: Vec<Problem> = guesses
        .iter()
        .zip(&columns.unknown)
        .map(|(guess, (index, heading))| header::unknown_column(heading, *index, guess, layout))
        .collect();
    all.append(&mut header_problems);
    if fatal {
        return Err(all);
    }
    all.append(&mut problems);
    let mut problems = all;
    if rows.is_empty() && problems.is_empty() {
        problems.push(Problem::whole_file(
            "the table has a header but no rows; add one code per line below it",
        ));
    }
    if problems.is_empty() {
        Ok(Table {
            has_module: columns.get(Standard::Module).is_some(),
            has_http_status: columns.get(Standard::HttpStatus).is_some(),
            has_message: columns.get(Standard::Message).is_some(),
            has_solution: columns.get(Standard::Solution).is_some(),
            has_grpc_code: columns.get(Standard::GrpcCode).is_some(),
            headings: columns
                .typed
                .into_iter()
                .map(|(_, heading)| heading)
                .collect(),
            languages,
            rows,
        })
    } else {
        Err(problems)
    }
}

/// The fields of a record as trimmed text.
fn fields(record: &Record) -> impl Iterator<Item = &str> {
    (0..record.len()).filter_map(|index| record.get(index).map(field_text))
}

/// A field as trimmed text. The whole file is UTF-8 and a CSV reader
/// splits only at ASCII bytes, so a field that is not UTF-8 is impossible;
/// it would read as empty rather than panic.
fn field_text(field: &[u8]) -> &str {
    std::str::from_utf8(field).unwrap_or_default().trim()
}

fn read_row(
    record: &Record,
    columns: &Columns,
    layout: &Layout,
    languages: &[String],
    line: usize,
) -> Result<Row, Vec<Problem>> {
    if record.len() != columns.count {
        let (expected, found) = (columns.count, record.len());
        let which = if found < expected { "few" } else { "many" };
        return Err(vec![Problem::at(
            line,
            format!("too {which} fields: expected {expected} as in the header, found {found}"),
        )]);
    }
    let cell = |index: usize| {
        record
            .get(index)
            .map(field_text)
            .unwrap_or_default()
            .to_owned()
    };
    let optional = |column: Standard| {
        columns
            .get(column)
            .map(cell)
            .filter(|value| !value.is_empty())
    };
    let mut problems = Vec::new();
    let mut values = Vec::with_capacity(layout.columns.len());
    for (spec, (index, heading)) in layout.columns.iter().zip(&columns.typed) {
        let text = record.get(*index).map(field_text).unwrap_or_default();
        match columns::convert(spec, text) {
            Ok(value) => values.push(value),
            Err(message) => problems.push(Problem::at(
                line,
                format!("column `{heading}` (column {}): {message}", index + 1),
            )),
        }
    }
    let http_status = standard_value(
        record,
        columns,
        Standard::HttpStatus,
        line,
        &mut problems,
        crate::status::parse,
    );
    let grpc_code = standard_value(
        record,
        columns,
        Standard::GrpcCode,
        line,
        &mut problems,
        crate::grpc::parse,
    );
    let message = optional(Standard::Message);
    // A table of messages without descriptions: the message is the
    // description (`find_columns` asks for neither then).
    let description = match columns.get(Standard::Description) {
        Some(_) => optional(Standard::Description),
        None => message.clone(),
    };
    let mut row = Row {
        line,
        code: optional(Standard::Code).unwrap_or_default(),
        description: description.unwrap_or_default(),
        module: optional(Standard::Module),
        name: optional(Standard::Name),
        deprecated: optional(Standard::Deprecated),
        http_status,
        message,
        solution: optional(Standard::Solution),
        grpc_code,
        values,
        translations: Vec::new(),
    };
    // Most tables have no translated columns: nothing more per row.
    let mut translation_problems = Vec::new();
    if !languages.is_empty() {
        let (translations, problems) =
            crate::translations::read(&row, columns, layout, languages, cell);
        row.translations = translations;
        translation_problems = problems;
    }
    // Cell problems after the row's own, in column order.
    let cell_problems = std::mem::take(&mut problems);
    if row.code.is_empty() {
        problems.push(Problem::at(line, "empty code"));
    }
    if row.description.is_empty() {
        let code = &row.code;
        problems.push(Problem::at(
            line,
            format!("empty description for code `{code}`"),
        ));
    } else if crate::plain::renders_empty(&row.description) {
        // `<b></b>` is as empty as nothing to `description()` and Display.
        let code = &row.code;
        problems.push(Problem::at(
            line,
            format!("empty description for code `{code}`: its markup shows no text"),
        ));
    }
    // Without the `commonmark` feature, markup beyond the short cut is
    // refused rather than read otherwise than with it.
    let texts = markup_cells(
        &row.description,
        row.message.as_deref(),
        row.solution.as_deref(),
    );
    for (column, text) in texts {
        if crate::plain::needs_commonmark(text) {
            let code = &row.code;
            problems.push(Problem::at(
                line,
                format!(
                    "the {column} of code `{code}`: {}",
                    crate::plain::NEEDS_COMMONMARK
                ),
            ));
        }
    }
    // Without the `nfc` feature, a placeholder's name that normalization
    // could change may be one name to rustc and two here.
    if cfg!(not(feature = "nfc")) && row.description.contains(['{', '}']) {
        let template = crate::placeholders::Template::of_markup(&row.description);
        for name in template.names() {
            if let Some(c) = crate::model::beyond_nfc_as_written(name) {
                let code = &row.code;
                problems.push(Problem::at(
                    line,
                    format!(
                        "the description of code `{code}`: placeholder `{{{name}}}`, which rustc reads in Unicode normalization form C, a form that may differ from text with `{}`; {}: turn it on, or name the placeholder in other letters",
                        c.escape_unicode(),
                        crate::model::NEEDS_NFC
                    ),
                ));
            }
        }
    }
    problems.extend(cell_problems);
    problems.extend(translation_problems);
    if problems.is_empty() {
        Ok(row)
    } else {
        Err(problems)
    }
}

/// The value of a standard column read as values (`http_status`,
/// `grpc_code`): a cell that is no such value is a problem at its line,
/// and the row gets the default, as it does without the column.
fn standard_value<T: Default>(
    record: &Record,
    columns: &Columns,
    standard: Standard,
    line: usize,
    problems: &mut Vec<Problem>,
    parse: fn(&str) -> Result<T, String>,
) -> T {
    let Some(index) = columns.get(standard) else {
        return T::default();
    };
    let text = record.get(index).map(field_text).unwrap_or_default();
    parse(text).unwrap_or_else(|message| {
        problems.push(Problem::at(
            line,
            format!(
                "column `{}` (column {}): {message}",
                columns.heading(index),
                index + 1
            ),
        ));
        T::default()
    })
}

/// The byte offset of a quote that opens a field and is never closed.
///
/// The `csv` crate reads such a field to the end of the file without
/// complaint, swallowing every row after it, so it needs a check of its own.
/// A quote opens a field only as its first byte, as in the `csv` crate:
/// after a space it is an ordinary character (`A, "x` is the field `"x`),
/// and counting it as an opening quote once hid every row after it. Only the quotes are visited, found by `match_indices` (a
/// fast search even in the opt-level 0 that Cargo builds proc macros at),
/// not every character; a property test holds this to the `csv` crate.
fn unterminated_quote(text: &str) -> Option<usize> {
    let mut quotes = text.match_indices('"').map(|(at, _)| at).peekable();
    while let Some(at) = quotes.next() {
        let before = &text[..at];
        if !(before.is_empty() || before.ends_with([',', '\n', '\r'])) {
            continue;
        }
        // A quoted field: `""` inside it is a quote, a lone `"` closes it.
        loop {
            let Some(inner) = quotes.next() else {
                return Some(at);
            };
            if quotes.next_if_eq(&(inner + 1)).is_none() {
                break;
            }
        }
    }
    None
}

/// The byte offsets of every line break, in order: each `\n`, and each
/// `\r` that no `\n` follows, since the `csv` crate ends a record at a lone
/// `\r` too and a file saved with old Mac line endings has no other
/// (every error of such a file once said line 1).
fn newline_offsets(text: &str) -> Vec<usize> {
    // One character at a time, `match_indices` is a fast search (memchr)
    // even in the opt-level 0 that Cargo builds proc macros at; a set of
    // two is a loop over every character. Most files have no `\r` at all.
    let newlines = text.match_indices('\n').map(|(at, _)| at);
    if !text.contains('\r') {
        return newlines.collect();
    }
    let bytes = text.as_bytes();
    let lone_returns = text
        .match_indices('\r')
        .map(|(at, _)| at)
        .filter(|&at| bytes.get(at + 1) != Some(&b'\n'));
    let mut breaks: Vec<usize> = newlines.chain(lone_returns).collect();
    breaks.sort_unstable();
    breaks
}

/// 1-based line and column (in bytes) of a byte offset, with line breaks as
/// [`newline_offsets`] finds them.
fn line_and_column(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = &bytes[..offset.min(bytes.len())];
    let is_break = |at: usize| match before[at] {
        b'\n' => true,
        b'\r' => bytes.get(at + 1) != Some(&b'\n'),
        _ => false,
    };
    let line = (0..before.len()).filter(|&at| is_break(at)).count() + 1;
    let line_start = (0..before.len())
        .rev()
        .find(|&at| is_break(at))
        .map_or(0, |at| at + 1);
    (line, offset - line_start + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Vec<Row> {
        parse(text.as_bytes()).expect("valid table").rows
    }

    fn problems(text: &[u8]) -> Vec<String> {
        let problems = parse(text).expect_err("invalid table");
        problems
            .iter()
            .map(|p| p.display("t.csv").to_string())
            .collect()
    }

    #[test]
    fn columns_are_found_by_name_in_any_order() {
        let parsed = rows("description,name,code,module\nBad thing,BAD,E1,Core\n");
        assert_eq!(
            parsed,
            [Row {
                line: 2,
                code: "E1".into(),
                description: "Bad thing".into(),
                module: Some("Core".into()),
                name: Some("BAD".into()),
                deprecated: None,
                http_status: Vec::new(),
                message: None,
                solution: None,
                grpc_code: None,
                values: Vec::new(),
                translations: Vec::new(),
            }]
        );
    }

    // Cells beyond the short cut: read with the parser.
    #[cfg(feature = "commonmark")]
    #[test]
    fn tricky_but_valid_input_is_kept_exact() {
        let text = "\u{feff}code,description\r\n\
                    A.1,\"Commas, \"\"quotes\"\" and\nnew lines\"\r\n\
                    \x20 A.2 ,  Caf\u{e9} {} \\ */ \u{1f980}  \r\n";
        let parsed = rows(text);
        assert_eq!(parsed[0].code, "A.1");
        assert_eq!(parsed[0].description, "Commas, \"quotes\" and\nnew lines");
        assert_eq!(parsed[1].line, 4);
        assert_eq!(parsed[1].code, "A.2");
        assert_eq!(parsed[1].description, "Caf\u{e9} {} \\ */ \u{1f980}");
    }

    #[test]
    fn empty_optional_cells_are_none() {
        let parsed = rows("code,description,module,name\nA,a,,\n");
        assert_eq!(
            (parsed[0].module.as_deref(), parsed[0].name.as_deref()),
            (None, None)
        );
    }

    #[test]
    fn header_problems_are_all_reported() {
        assert_eq!(
            problems(b"code,descripton,code\nA,a,b\n"),
            [
                "t.csv:1: unknown column `descripton` (column 2): did you mean `description`? or read it with `columns(descripton: &str)`, or leave it aside with `ignore = [\"descripton\"]`",
                "t.csv:1: duplicate column `code` (columns 1 and 3)",
                "t.csv:1: the header has no `description` column (nor `Error Description`, nor `Error Message` to take its place); if it has another heading, say which: `headers(description = \"...\")`",
            ]
        );
    }

    #[test]
    fn row_problems_are_all_reported_with_their_lines() {
        assert_eq!(
            problems(b"code,description\nA\nB,b,extra\n,c\nD,\n"),
            [
                "t.csv:2: too few fields: expected 2 as in the header, found 1",
                "t.csv:3: too many fields: expected 2 as in the header, found 3",
                "t.csv:4: empty code",
                "t.csv:5: empty description for code `D`",
            ]
        );
    }

    /// A description that renders as nothing is refused as an
    /// empty one, and block syntax is text, so `-` and `#` are not empty.
    #[cfg(feature = "commonmark")]
    #[test]
    fn a_description_that_shows_nothing_is_empty() {
        assert_eq!(
            problems(b"code,description\nA,<b></b>\nB,-\nC,# of retries exceeded.\nD,<!-- x -->\n"),
            [
                "t.csv:2: empty description for code `A`: its markup shows no text",
                "t.csv:5: empty description for code `D`: its markup shows no text",
            ]
        );
        let layout = Layout {
            columns: vec![
                crate::columns::ColumnSpec {
                    name: "hint".into(),
                    heading: None,
                    kind: crate::columns::Kind::Str,
                    optional: false,
                    type_name: "&str".into(),
                },
                crate::columns::ColumnSpec {
                    name: "note".into(),
                    heading: None,
                    kind: crate::columns::Kind::Str,
                    optional: true,
                    type_name: "&str".into(),
                },
            ],
            ..Layout::default()
        };
        let text = b"code,description,hint,note\nA,a,<br>,<i></i>\nB,b,-,-\n";
        let found: Vec<String> = parse_with(text, &layout, crate::test_reader::records)
            .expect_err("a text cell that shows nothing")
            .iter()
            .map(|p| p.display("t.csv").to_string())
            .collect();
        assert_eq!(
            found,
            [
                "t.csv:2: column `hint` (column 3): empty cell in a `&str` column; declare it `Option<&str>` if a row may have no value"
            ]
        );
        let layout = Layout {
            columns: layout.columns[1..].to_vec(),
            ignore: vec!["hint".into()],
            ..Layout::default()
        };
        let parsed = parse_with(text, &layout, crate::test_reader::records)
            .expect("valid")
            .rows;
        assert_eq!(parsed[0].values, [Value::None]);
        assert_eq!(parsed[1].values, [Value::Str("-".into())]);
    }

    #[test]
    fn empty_and_header_only_files() {
        assert_eq!(
            problems(b" \n"),
            ["t.csv: the file is empty; expected a header such as `code,description`"]
        );
        assert_eq!(
            problems(b"code,description\n"),
            ["t.csv: the table has a header but no rows; add one code per line below it"]
        );
    }

    #[test]
    fn invalid_utf8_names_the_line_of_the_first_bad_byte() {
        assert_eq!(
            problems(b"code,description\nA,ok\nB,caf\xE9\n"),
            ["t.csv:3: invalid UTF-8 at column 6: the file must be UTF-8 encoded"]
        );
    }

    #[test]
    fn unterminated_quote_names_its_line() {
        assert_eq!(
            problems(b"code,description\nA,\"fine\"\nB,\"never closed\nC,c\n"),
            ["t.csv:3: unterminated quoted field: this `\"` is never closed"]
        );
        // A quote inside an unquoted field is an ordinary character.
        assert_eq!(
            rows("code,description\nA,say \"hi\n")[0].description,
            "say \"hi"
        );
    }

    #[test]
    fn a_quote_after_spaces_is_text_and_hides_no_row() {
        // The quote after `A, ` was once read as opening a field, so
        // B's unterminated quote passed for the one closing it.
        assert_eq!(
            problems(b"code,description\nA, \"x\nB,\"never closed\nC,c\n"),
            ["t.csv:3: unterminated quoted field: this `\"` is never closed"]
        );
        let parsed = rows("code,description\nA, \"x\nC,c\n");
        assert_eq!(parsed[0].description, "\"x");
        assert_eq!(parsed.len(), 2);
    }

    // Cells beyond the short cut: read with the parser.
    #[cfg(feature = "commonmark")]
    #[test]
    fn lone_carriage_returns_end_lines() {
        assert_eq!(
            problems(b"code,description\rA,a\rB\r,c\r"),
            [
                "t.csv:3: too few fields: expected 2 as in the header, found 1",
                "t.csv:4: empty code",
            ]
        );
        assert_eq!(
            problems(b"code,description\rA,a\rB,\"open\r"),
            ["t.csv:3: unterminated quoted field: this `\"` is never closed"]
        );
        assert_eq!(
            problems(b"code,description\r\nA,a\rB,caf\xE9\n"),
            ["t.csv:3: invalid UTF-8 at column 6: the file must be UTF-8 encoded"]
        );
        let parsed = rows("code,description\r\rA,a\r\nB,\"two\rlines\"\rC,c");
        let lines: Vec<usize> = parsed.iter().map(|row| row.line).collect();
        assert_eq!(lines, [3, 4, 6]);
    }

    #[test]
    fn doubled_quotes_keep_a_quoted_field_open() {
        let parsed = rows("code,description\nA,\"\"\"\"\nB,\"x \"\"y\"\"\"\r\nC,\"one\"\n");
        let descriptions: Vec<&str> = parsed.iter().map(|r| r.description.as_str()).collect();
        assert_eq!(descriptions, ["\"", "x \"y\"", "one"]);
        assert_eq!(unterminated_quote("a,\"\"\"\"\nb,\"open\nc\n"), Some(9));
        assert_eq!(unterminated_quote("a,\"closed\" \"\n"), None);
    }
}
