//! Which column is which: the header's headings matched to the standard
//! columns, the declared typed columns and the ignored ones.
//!
//! Headings are compared ignoring ASCII case, spaces, `-` and `_`, so that
//! `http_status` finds `HTTP Status` and `code` finds `Error-Code`. Every
//! heading must be claimed by exactly one of them: an unclaimed one is an
//! error (a typo such as `descripton` stays caught), whose message shows
//! the `columns(...)` entry that would read it and the `ignore` that would
//! leave it aside.

use crate::columns::ColumnSpec;
use crate::languages::{self, Languages};
use crate::problem::Problem;
use crate::suggest;
use heck::ToSnakeCase;

/// The columns every table knows, found by name.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Standard {
    Code,
    Description,
    Module,
    Name,
    Deprecated,
    /// The HTTP statuses of the code (`400`, `404 Not Found`, `404/500`).
    HttpStatus,
    /// What the service says: also the description where the table has
    /// no description column.
    Message,
    /// What the caller should do.
    Solution,
    GrpcCode,
}

impl Standard {
    pub const ALL: [Standard; 9] = [
        Standard::Code,
        Standard::Description,
        Standard::Module,
        Standard::Name,
        Standard::Deprecated,
        Standard::HttpStatus,
        Standard::Message,
        Standard::Solution,
        Standard::GrpcCode,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Standard::Code => "code",
            Standard::Description => "description",
            Standard::Module => "module",
            Standard::Name => "name",
            Standard::Deprecated => "deprecated",
            Standard::HttpStatus => "http_status",
            Standard::Message => "message",
            Standard::Solution => "solution",
            Standard::GrpcCode => "grpc_code",
        }
    }

    /// `headers(code = ...)`'s keys.
    pub fn from_name(name: &str) -> Option<Standard> {
        Standard::ALL.into_iter().find(|s| s.name() == name)
    }

    /// The headings found without `headers(...)`, as [`key`]s: the ones
    /// real tables use (`Error Code` in most of the 82 published tables
    /// surveyed, `Error Codes` in many; of the 37 pages of the shared
    /// corpus, 32 head their statuses `Status Code` or `HTTP Status Code`,
    /// 30 their messages `Error Message`, 28 their advice `Solution` or
    /// `Handling Measure`).
    pub fn headings(self) -> &'static [&'static str] {
        match self {
            Standard::Code => &["code", "errorcode", "errorcodes"],
            Standard::Description => &["description", "errordescription"],
            Standard::Module => &["module"],
            Standard::Name => &["name"],
            Standard::Deprecated => &["deprecated"],
            Standard::HttpStatus => &["httpstatus", "httpstatuscode", "statuscode", "status"],
            Standard::Message => &["message", "errormessage", "errorinfo", "errorinformation"],
            Standard::Solution => &["solution", "handlingmeasure", "measure", "troubleshooting"],
            Standard::GrpcCode => &["grpccode"],
        }
    }

    /// The standard columns added after typed columns existed: a typed
    /// column or an `ignore` that claims one of their headings takes it
    /// (tables that declared `columns(http_status: u16)` build as before),
    /// and a typed column of the same name replaces the column.
    pub fn yields_to_typed(self) -> bool {
        matches!(
            self,
            Standard::HttpStatus | Standard::Message | Standard::Solution | Standard::GrpcCode
        )
    }

    fn required(self) -> bool {
        matches!(self, Standard::Code | Standard::Description)
    }
}

/// What the attribute says about the header.
#[derive(Debug, Default, Clone)]
pub struct Layout {
    /// `headers(code = "Value", ...)`: another heading for a standard column.
    pub headings: Vec<(Standard, String)>,
    /// `columns(...)`.
    pub columns: Vec<ColumnSpec>,
    /// `ignore = [...]`.
    pub ignore: Vec<String>,
    /// `language = "..."` and `require_languages = [...]`.
    pub languages: Languages,
}

/// A heading with ASCII case, white space (a line break in a heading
/// written over two lines included), `-` and `_` left out.
pub fn key(heading: &str) -> String {
    heading
        .chars()
        .filter(|&c| !(c.is_whitespace() || c == '-' || c == '_'))
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Who reads a column.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Role {
    Standard(Standard),
    Typed(usize),
    Ignored(usize),
}

/// Column positions, found by heading.
#[derive(Debug)]
pub struct Columns {
    standard: [Option<usize>; 9],
    /// Per declared column, its position and heading as written.
    pub typed: Vec<(usize, String)>,
    /// Columns nobody claims: errors, reported once the rows are read so
    /// that the message can suggest a type that fits every cell.
    pub unknown: Vec<(usize, String)>,
    pub count: usize,
    /// The translated columns (`description@de`), in header order.
    pub translated: Vec<Translated>,
    /// Every heading as written, for messages about a column's cells.
    header: Vec<String>,
}

/// A column that translates a standard one: `message@zh-CN`.
#[derive(Debug, Clone)]
pub struct Translated {
    /// The column translated: the description, message or solution.
    pub standard: Standard,
    /// The language's tag as the heading writes it.
    pub tag: String,
    /// The column's position.
    pub index: usize,
}

impl Columns {
    pub fn get(&self, column: Standard) -> Option<usize> {
        self.standard[column as usize]
    }

    /// The heading of the column at `index`, as written.
    pub fn heading(&self, index: usize) -> &str {
        self.header.get(index).map_or("", String::as_str)
    }
}

/// Finds every column; the error lists every problem of the header other
/// than unknown columns, which [`unknown_column`] reports.
pub fn find_columns(header: &[&str], layout: &Layout) -> (Columns, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut columns = Columns {
        standard: [None; 9],
        typed: vec![(usize::MAX, String::new()); layout.columns.len()],
        unknown: Vec::new(),
        count: header.len(),
        translated: Vec::new(),
        header: header.iter().map(|&h| h.to_owned()).collect(),
    };
    let mut ignored = vec![false; layout.ignore.len()];
    for (index, &heading) in header.iter().enumerate() {
        let column = index + 1;
        let roles = roles(&key(heading), layout);
        let role = match roles[..] {
            [] => {
                match translated(heading, index, layout) {
                    Some(Ok(found)) => {
                        let twice = columns.translated.iter().find(|other| {
                            other.standard == found.standard
                                && other.tag.eq_ignore_ascii_case(&found.tag)
                        });
                        match twice {
                            Some(first) => problems.push(duplicate(heading, first.index, column)),
                            None => columns.translated.push(found),
                        }
                    }
                    Some(Err(problem)) => problems.push(problem),
                    None => columns.unknown.push((index, heading.to_owned())),
                }
                continue;
            }
            [role] => role,
            [first, second, ..] => {
                problems.push(Problem::at(
                    1,
                    format!(
                        "column `{heading}` (column {column}) is claimed twice, by {} and by {}; give one of them another heading",
                        describe(first, layout),
                        describe(second, layout)
                    ),
                ));
                continue;
            }
        };
        let slot = match role {
            Role::Standard(standard) => &mut columns.standard[standard as usize],
            Role::Typed(typed) => {
                let slot = &mut columns.typed[typed];
                if slot.0 == usize::MAX {
                    *slot = (index, heading.to_owned());
                } else {
                    problems.push(duplicate(&layout.columns[typed].name, slot.0, column));
                }
                continue;
            }
            Role::Ignored(ignore) => {
                ignored[ignore] = true;
                continue;
            }
        };
        match slot {
            Some(first) => {
                let Role::Standard(standard) = role else {
                    continue;
                };
                problems.push(duplicate(standard.name(), *first, column));
            }
            None => *slot = Some(index),
        }
    }
    for standard in Standard::ALL {
        if columns.get(standard).is_some() {
            continue;
        }
        let renamed = layout.headings.iter().find(|(s, _)| *s == standard);
        let name = standard.name();
        match renamed {
            Some((_, heading)) => problems.push(Problem::at(
                1,
                format!("the header has no column `{heading}` for `headers({name} = ...)`"),
            )),
            // A table of messages and no descriptions: the message is the
            // description, as `error-codes import` writes such pages.
            None if standard == Standard::Description
                && columns.get(Standard::Message).is_some() => {}
            None if standard.required() => {
                let also = match standard {
                    Standard::Code => " (nor `Error Code` or `Error Codes`)",
                    Standard::Description => {
                        " (nor `Error Description`, nor `Error Message` to take its place)"
                    }
                    _ => "",
                };
                problems.push(Problem::at(
                    1,
                    format!(
                        "the header has no `{name}` column{also}; if it has another heading, say which: `headers({name} = \"...\")`"
                    ),
                ));
            }
            None => {}
        }
    }
    for found in &columns.translated {
        let name = found.standard.name();
        // A table of messages without descriptions shows its messages as
        // them, so `description@de` translates its messages.
        let has = columns.get(found.standard).is_some()
            || (found.standard == Standard::Description
                && columns.get(Standard::Message).is_some());
        if !has {
            problems.push(Problem::at(
                1,
                format!(
                    "column `{}` (column {}) translates the `{name}` column, which the table does not have; add it, in the table's language",
                    columns.heading(found.index),
                    found.index + 1
                ),
            ));
        }
    }
    for (spec, (position, _)) in layout.columns.iter().zip(&columns.typed) {
        if *position != usize::MAX {
            continue;
        }
        let name = &spec.name;
        problems.push(Problem::at(
            1,
            match &spec.heading {
                Some(heading) => {
                    format!("the header has no column `{heading}` for `columns({name})`")
                }
                None => format!(
                    "the header has no column `{name}` for `columns({name})`; if it has another heading, give it: `{name}: {} = \"...\"`",
                    spec.type_name
                ),
            },
        ));
    }
    // `ignore = ["Solution", "solution"]` names one column twice, as
    // headings match: each entry is there when an entry of its key is.
    for (heading, _) in layout.ignore.iter().zip(&ignored) {
        let found = layout
            .ignore
            .iter()
            .zip(&ignored)
            .any(|(other, &found)| found && key(other) == key(heading));
        if !found {
            problems.push(Problem::at(
                1,
                format!("the header has no column `{heading}` to ignore"),
            ));
        }
    }
    (columns, problems)
}

/// The column a heading `base@tag` translates, when `base` is the heading
/// of the description, message or solution (the usual ones, or the one
/// `headers(...)` gives): `None` for any other heading, an error for a
/// tag that is not well formed or is the table's own language.
fn translated(heading: &str, index: usize, layout: &Layout) -> Option<Result<Translated, Problem>> {
    let (base, tag) = languages::split_heading(heading)?;
    let base_key = key(base);
    let standard = languages::TRANSLATED.into_iter().find(|standard| {
        match layout.headings.iter().find(|(s, _)| s == standard) {
            Some((_, renamed)) => key(renamed) == base_key,
            None => standard.headings().contains(&base_key.as_str()),
        }
    })?;
    let column = index + 1;
    let tag = tag.trim();
    if !languages::is_well_formed(tag) {
        return Some(Err(Problem::at(
            1,
            format!(
                "column `{heading}` (column {column}): `{tag}` is not a well-formed language tag; {}",
                languages::TAG_FORM
            ),
        )));
    }
    let default = &layout.languages.default;
    if tag.eq_ignore_ascii_case(default) {
        return Some(Err(Problem::at(
            1,
            format!(
                "column `{heading}` (column {column}): `{tag}` is the table's language (`language = {default:?}`), which the `{}` column holds; head it `{}`, or give the table's language with `language = \"...\"`",
                standard.name(),
                base.trim()
            ),
        )));
    }
    Some(Ok(Translated {
        standard,
        tag: tag.to_owned(),
        index,
    }))
}

fn duplicate(name: &str, first: usize, column: usize) -> Problem {
    Problem::at(
        1,
        format!(
            "duplicate column `{name}` (columns {} and {column})",
            first + 1
        ),
    )
}

/// Every role whose heading is `key`.
fn roles(key_: &str, layout: &Layout) -> Vec<Role> {
    let mut roles = Vec::new();
    for standard in Standard::ALL {
        let matches = match layout.headings.iter().find(|(s, _)| *s == standard) {
            Some((_, heading)) => key(heading) == key_,
            // A typed column named like the standard one replaces it.
            None if standard.yields_to_typed()
                && layout.columns.iter().any(|c| c.name == standard.name()) =>
            {
                false
            }
            None => standard.headings().contains(&key_),
        };
        if matches {
            roles.push(Role::Standard(standard));
        }
    }
    for (index, spec) in layout.columns.iter().enumerate() {
        if key(spec.heading.as_deref().unwrap_or(&spec.name)) == key_ {
            roles.push(Role::Typed(index));
        }
    }
    if let Some(index) = layout.ignore.iter().position(|h| key(h) == key_) {
        roles.push(Role::Ignored(index));
    }
    // A column the options name (in `columns(...)` or `ignore`) is theirs
    // rather than a standard column's found by its usual heading: in
    // `Error Code,Code,Description` with `ignore = ["Code"]`, `Code` is
    // left aside and `Error Code` is the code. `headers(...)` is named too,
    // so two names given by the options still clash.
    let named = |role: &Role| match role {
        Role::Standard(standard) => layout.headings.iter().any(|(s, _)| s == standard),
        Role::Typed(_) | Role::Ignored(_) => true,
    };
    if roles.iter().any(named) {
        roles.retain(named);
    }
    roles
}

fn describe(role: Role, layout: &Layout) -> String {
    match role {
        Role::Standard(standard) => format!("the `{}` column", standard.name()),
        Role::Typed(index) => format!("`columns({})`", layout.columns[index].name),
        Role::Ignored(_) => "`ignore`".to_owned(),
    }
}

/// What the cells of an unknown column have in common, to suggest the
/// type of a `columns(...)` entry that reads every one of them.
#[derive(Debug, Clone)]
pub struct Guess {
    any_empty: bool,
    any_value: bool,
    all_bool: bool,
    /// The range of the cells while all are integers.
    integers: Option<(i128, i128)>,
    all_float: bool,
}

impl Default for Guess {
    fn default() -> Self {
        Guess {
            any_empty: false,
            any_value: false,
            all_bool: true,
            integers: Some((i128::MAX, i128::MIN)),
            all_float: true,
        }
    }
}

impl Guess {
    pub fn add(&mut self, cell: &str) {
        if cell.is_empty() {
            self.any_empty = true;
            return;
        }
        self.any_value = true;
        self.all_bool &= cell.eq_ignore_ascii_case("true") || cell.eq_ignore_ascii_case("false");
        self.integers = match (self.integers, cell.parse::<i128>()) {
            (Some((min, max)), Ok(value)) => Some((min.min(value), max.max(value))),
            _ => None,
        };
        self.all_float &= cell.parse::<f64>().is_ok_and(f64::is_finite);
    }

    /// The type that reads every cell seen.
    fn suggest(&self) -> String {
        let inner = if !self.any_value {
            "&str".to_owned()
        } else if self.all_bool {
            "bool".to_owned()
        } else if let Some((min, max)) = self.integers {
            let fits = |lo: i128, hi: i128| min >= lo && max <= hi;
            let ty = if fits(0, u8::MAX.into()) {
                "u8"
            } else if fits(0, u16::MAX.into()) {
                "u16"
            } else if fits(0, u32::MAX.into()) {
                "u32"
            } else if fits(i32::MIN.into(), i32::MAX.into()) {
                "i32"
            } else if fits(0, u64::MAX.into()) {
                "u64"
            } else {
                "i64"
            };
            ty.to_owned()
        } else if self.all_float {
            "f64".to_owned()
        } else {
            "&str".to_owned()
        };
        if self.any_empty {
            format!("Option<{inner}>")
        } else {
            inner
        }
    }
}

/// The error for a column nobody claims: the `columns(...)` entry that
/// would read it, with a type that fits its cells, and the `ignore` that
/// would leave it aside; a did-you-mean first when it looks like a typo.
pub fn unknown_column(heading: &str, index: usize, guess: &Guess, layout: &Layout) -> Problem {
    let column = index + 1;
    let ty = guess.suggest();
    let snake = heading.to_snake_case();
    let reads_as_is = key(&snake) == key(heading)
        && crate::model::is_ident(&snake)
        && !crate::names::is_reserved_for_columns(&snake);
    let entry = if reads_as_is {
        format!("columns({snake}: {ty})")
    } else {
        format!("columns(column_{column}: {ty} = {heading:?})")
    };
    let mut known: Vec<String> = Standard::ALL
        .iter()
        .map(|s| s.name().to_owned())
        .chain(layout.columns.iter().map(|spec| spec.name.clone()))
        .collect();
    known.extend(layout.ignore.iter().cloned());
    // The same word is no typo: `Code` beside `headers(code = "Value")`.
    let heading_key = key(heading);
    known.retain(|name| key(name) != heading_key);
    let closest = suggest::closest(&heading_key, known.iter().map(String::as_str), 1);
    let typo = match suggest::did_you_mean(&closest, suggest::as_name) {
        Some(question) => format!("{question} or "),
        None => String::new(),
    };
    Problem::at(
        1,
        format!(
            "unknown column `{heading}` (column {column}): {typo}read it with `{entry}`, or leave it aside with `ignore = [{heading:?}]`"
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::columns::{Int, Kind, Value};
    use crate::parse::{Row, parse_with};

    fn typed(name: &str, heading: Option<&str>, kind: Kind, optional: bool) -> ColumnSpec {
        let type_name = match kind {
            Kind::Int(int) => int.name(),
            Kind::Bool => "bool",
            _ => "&str",
        };
        ColumnSpec {
            name: name.into(),
            heading: heading.map(Into::into),
            kind,
            optional,
            type_name: type_name.into(),
        }
    }

    fn rows(text: &str, layout: &Layout) -> Vec<Row> {
        parse_with(text.as_bytes(), layout, crate::test_reader::records)
            .expect("valid table")
            .rows
    }

    fn problems(text: &str, layout: &Layout) -> Vec<String> {
        parse_with(text.as_bytes(), layout, crate::test_reader::records)
            .expect_err("invalid table")
            .iter()
            .map(|p| p.display("t.csv").to_string())
            .collect()
    }

    #[test]
    fn headings_match_ignoring_case_spaces_dashes_and_underscores() {
        assert_eq!(key("HTTP Status-Code_x"), "httpstatuscodex");
        let layout = Layout::default();
        for header in [
            "Error Code,Error Description",
            "error_codes,DESCRIPTION",
            "ERROR-CODE,error description",
            "Code,Description",
        ] {
            let parsed = rows(&format!("{header}\nA.1,one\n"), &layout);
            assert_eq!(
                (parsed[0].code.as_str(), parsed[0].description.as_str()),
                ("A.1", "one")
            );
        }
    }

    #[test]
    fn standard_columns_under_other_headings_and_ignored_columns() {
        let layout = Layout {
            headings: vec![
                (Standard::Code, "Value".into()),
                (Standard::Description, "User message".into()),
            ],
            columns: Vec::new(),
            ignore: vec!["Solution".into(), "reference".into()],
            languages: Languages::default(),
        };
        let parsed = rows(
            "Solution,Value,user_message,Reference\nRetry.,7,Seven,RFC 1\n",
            &layout,
        );
        assert_eq!(
            (parsed[0].code.as_str(), parsed[0].description.as_str()),
            ("7", "Seven")
        );
        // Once renamed, `code` is no longer the code column.
        assert_eq!(
            problems(
                "Code,Value,User message,Solution,Reference\nA,7,Seven,s,r\n",
                &layout
            ),
            [
                "t.csv:1: unknown column `Code` (column 1): read it with `columns(column_1: &str = \"Code\")`, or leave it aside with `ignore = [\"Code\"]`"
            ]
        );
        assert_eq!(
            problems("Code,Description\nA,a\n", &layout),
            [
                "t.csv:1: unknown column `Code` (column 1): read it with `columns(column_1: &str = \"Code\")`, or leave it aside with `ignore = [\"Code\"]`",
                "t.csv:1: unknown column `Description` (column 2): read it with `columns(column_2: &str = \"Description\")`, or leave it aside with `ignore = [\"Description\"]`",
                "t.csv:1: the header has no column `Value` for `headers(code = ...)`",
                "t.csv:1: the header has no column `User message` for `headers(description = ...)`",
                "t.csv:1: the header has no column `Solution` to ignore",
                "t.csv:1: the header has no column `reference` to ignore",
            ]
        );
    }

    #[test]
    fn typed_columns_are_found_and_converted() {
        let layout = Layout {
            headings: Vec::new(),
            columns: vec![
                typed("http_status", None, Kind::Int(Int::U16), false),
                typed("retry", Some("Can Retry?"), Kind::Bool, true),
            ],
            ignore: Vec::new(),
            languages: Languages::default(),
        };
        let parsed = rows(
            "code,description,Can Retry?,HTTP Status\nA,a,TRUE,404\nB,b,,500\n",
            &layout,
        );
        assert_eq!(parsed[0].values, [Value::Int(404), Value::Bool(true)]);
        assert_eq!(parsed[1].values, [Value::Int(500), Value::None]);
        assert_eq!(
            problems(
                "code,description,Can Retry?,HTTP Status\nA,a,yes,40x\nB,,no,\n",
                &layout
            ),
            [
                "t.csv:2: column `HTTP Status` (column 4): `40x` is not an integer (`u16`, 0 to 65535)",
                "t.csv:2: column `Can Retry?` (column 3): `yes` is not a `bool`: write `true` or `false`",
                "t.csv:3: empty description for code `B`",
                "t.csv:3: column `HTTP Status` (column 4): empty cell in a `u16` column; declare it `Option<u16>` if a row may have no value",
                "t.csv:3: column `Can Retry?` (column 3): `no` is not a `bool`: write `true` or `false`",
            ]
        );
        assert_eq!(
            problems("code,description,Retry\nA,a,true\n", &layout),
            [
                "t.csv:1: unknown column `Retry` (column 3): read it with `columns(retry: bool)`, or leave it aside with `ignore = [\"Retry\"]`",
                "t.csv:1: the header has no column `http_status` for `columns(http_status)`; if it has another heading, give it: `http_status: u16 = \"...\"`",
                "t.csv:1: the header has no column `Can Retry?` for `columns(retry)`",
            ]
        );
    }

    #[test]
    fn an_unknown_column_is_shown_the_entry_that_reads_every_cell() {
        let layout = Layout::default();
        let cases = [
            ("HTTP Port", "80,8080", "columns(http_port: u16)"),
            ("Retryable", "true,FALSE", "columns(retryable: bool)"),
            ("Offset", "-3,70000", "columns(offset: i32)"),
            ("Weight", "0.5,", "columns(weight: Option<f64>)"),
            ("Hint", "Retry.,", "columns(hint: Option<&str>)"),
            ("Type", "a,b", "columns(column_3: &str = \"Type\")"),
            ("Reason", "a,b", "columns(reason: &str)"),
            (
                "Status (HTTP)",
                "200,404",
                "columns(column_3: u16 = \"Status (HTTP)\")",
            ),
            ("", "x,", "columns(column_3: Option<&str> = \"\")"),
        ];
        for (heading, cells, entry) in cases {
            let (first, second) = cells.split_once(',').unwrap();
            let text = format!("code,description,{heading}\nA,a,{first}\nB,b,{second}\n");
            let found = problems(&text, &layout);
            assert_eq!(found.len(), 1, "{found:?}");
            assert!(
                found[0].contains(&format!("read it with `{entry}`")),
                "{found:?}"
            );
            assert!(
                found[0].contains(&format!("`ignore = [{heading:?}]`")),
                "{found:?}"
            );
        }
    }

    /// `ignore` names columns as headings match, so one column
    /// named twice is still there, and a column the options name is not
    /// also a standard column by its usual heading.
    #[test]
    fn ignore_names_columns_as_headings_match() {
        let ignore = |names: &[&str]| Layout {
            ignore: names.iter().map(|n| n.to_string()).collect(),
            ..Layout::default()
        };
        let parsed = rows(
            "code,description,Solution\nA,a,s\n",
            &ignore(&["Solution", "solution", "SOLUTION"]),
        );
        assert_eq!(parsed[0].code, "A");
        // Two columns of one key, both left aside by one entry or two.
        for names in [&["Solution"][..], &["Solution", "solution"]] {
            let parsed = rows(
                "code,description,Solution,solution\nA,a,s,t\n",
                &ignore(names),
            );
            assert_eq!(parsed[0].description, "a");
        }
        // `Code` left aside: `Error Code` is the code column.
        let parsed = rows(
            "Error Code,Code,Description\nA.1,1,one\n",
            &ignore(&["Code"]),
        );
        assert_eq!(parsed[0].code, "A.1");
        // A heading over two lines is the heading on one, and the other way
        // round: a page may write it either way.
        for (header, name) in [
            ("\"Retry\nAfter\"", "Retry After"),
            ("Retry After", "Retry\r\nAfter"),
            ("\"Retry\r\n After\"", "retry\tafter"),
        ] {
            let text = format!("code,description,{header}\nA,a,s\n");
            assert_eq!(rows(&text, &ignore(&[name]))[0].description, "a");
        }
        let layout = Layout {
            columns: vec![typed("legacy_code", Some("Code"), Kind::Str, false)],
            ..Layout::default()
        };
        let parsed = rows("Error Code,Code,Description\nA.1,1,one\n", &layout);
        assert_eq!(
            (parsed[0].code.as_str(), &parsed[0].values[..]),
            ("A.1", &[Value::Str("1".into())][..])
        );
        // A name missing from the header is still reported, once per entry.
        assert_eq!(
            problems(
                "code,description\nA,a\n",
                &ignore(&["Solution", "solution"])
            ),
            [
                "t.csv:1: the header has no column `Solution` to ignore",
                "t.csv:1: the header has no column `solution` to ignore",
            ]
        );
    }

    #[test]
    fn a_heading_claimed_twice_is_an_error() {
        let layout = Layout {
            headings: vec![(Standard::Description, "Message".into())],
            columns: vec![typed("message", None, Kind::Str, false)],
            ignore: Vec::new(),
            languages: Languages::default(),
        };
        assert_eq!(
            problems("code,Message\nA,a\n", &layout),
            [
                "t.csv:1: column `Message` (column 2) is claimed twice, by the `description` column and by `columns(message)`; give one of them another heading",
                "t.csv:1: the header has no column `Message` for `headers(description = ...)`",
                "t.csv:1: the header has no column `message` for `columns(message)`; if it has another heading, give it: `message: &str = \"...\"`",
            ]
        );
    }

    #[test]
    fn status_message_and_solution_are_found_by_their_published_headings() {
        let layout = Layout::default();
        for header in [
            "Error Code,Description,HTTP Status Code,Error Message,Handling Measure",
            "code,description,Status Code,Error Info,Solution",
            "code,description,status,error_information,Troubleshooting",
            "code,description,http-status,MESSAGE,Measure",
        ] {
            let parsed = rows(
                &format!("{header}\nA.1,one,404 Not Found,Gone.,Retry.\n"),
                &layout,
            );
            let row = &parsed[0];
            assert_eq!(row.http_status, [404], "{header}");
            assert_eq!(row.message.as_deref(), Some("Gone."), "{header}");
            assert_eq!(row.solution.as_deref(), Some("Retry."), "{header}");
        }
        // Each is optional, and an empty cell is none.
        let parsed = rows("code,description,Status Code,Solution\nA,a,-,\n", &layout);
        assert_eq!(parsed[0].http_status, []);
        assert_eq!(
            (parsed[0].message.as_ref(), parsed[0].solution.as_ref()),
            (None, None)
        );
        // Renamed like the others.
        let renamed = Layout {
            headings: vec![
                (Standard::HttpStatus, "Answer".into()),
                (Standard::Solution, "What to do".into()),
            ],
            ..Layout::default()
        };
        let parsed = rows(
            "code,description,Answer,What to do\nA,a,400/409,Fix it.\n",
            &renamed,
        );
        assert_eq!(parsed[0].http_status, [400, 409]);
        assert_eq!(parsed[0].solution.as_deref(), Some("Fix it."));
    }

    #[test]
    fn a_bad_status_cell_names_line_column_and_cell() {
        assert_eq!(
            problems(
                "code,description,HTTP Status\nA,a,404\nB,b,4O4\nC,c,700 Odd\n",
                &Layout::default()
            ),
            [
                "t.csv:3: column `HTTP Status` (column 3): `4O4` is not an HTTP status: write a number from 100 to 599, alone or with its reason (`404`, `404 Not Found`, `Not Found (404)`), several as `404/500`, or no digit at all for none",
                "t.csv:4: column `HTTP Status` (column 3): `700 Odd` is not an HTTP status: write a number from 100 to 599, alone or with its reason (`404`, `404 Not Found`, `Not Found (404)`), several as `404/500`, or no digit at all for none",
            ]
        );
    }

    #[test]
    fn grpc_codes_are_found_by_heading_and_a_bad_cell_names_its_line() {
        for heading in ["gRPC code", "grpc_code", "GRPC-Code"] {
            let parsed = rows(
                &format!("code,description,{heading}\nA,a,NOT_FOUND\nB,b,14\nC,c,\n"),
                &Layout::default(),
            );
            let codes: Vec<Option<i32>> = parsed.iter().map(|row| row.grpc_code).collect();
            assert_eq!(codes, [Some(5), Some(14), None], "{heading}");
        }
        assert_eq!(
            problems(
                "code,description,gRPC code\nA,a,5\nB,b,NOTFOUND\n",
                &Layout::default()
            ),
            [
                "t.csv:3: column `gRPC code` (column 3): `NOTFOUND` is not a gRPC code: write its name in `google/rpc/code.proto` (`NOT_FOUND`) or its number from 0 to 16 (`5`); did you mean `NOT_FOUND`?",
            ]
        );
    }

    #[test]
    fn a_message_column_without_descriptions_is_the_description() {
        let parsed = rows("Error Code,Error Message\nA,Gone.\n", &Layout::default());
        assert_eq!(parsed[0].description, "Gone.");
        assert_eq!(parsed[0].message.as_deref(), Some("Gone."));
        // With both, each is its own.
        let parsed = rows("code,description,message\nA,d,m\n", &Layout::default());
        assert_eq!(
            (parsed[0].description.as_str(), parsed[0].message.as_deref()),
            ("d", Some("m"))
        );
        assert_eq!(
            problems("code,Error Message\nA,\n", &Layout::default()),
            ["t.csv:2: empty description for code `A`"]
        );
        assert_eq!(
            problems("code,Solution\nA,x\n", &Layout::default()),
            [
                "t.csv:1: the header has no `description` column (nor `Error Description`, nor `Error Message` to take its place); if it has another heading, say which: `headers(description = \"...\")`"
            ]
        );
    }

    #[test]
    fn typed_columns_and_ignore_take_the_new_standard_headings() {
        // A typed column of the same name replaces the standard column.
        let layout = Layout {
            columns: vec![typed("http_status", None, Kind::Int(Int::U16), false)],
            ..Layout::default()
        };
        let parsed = rows("code,description,HTTP Status\nA,a,404\n", &layout);
        assert_eq!(parsed[0].values, [Value::Int(404)]);
        assert_eq!(parsed[0].http_status, []);
        // Its heading given to a typed column of another name, or ignored.
        let layout = Layout {
            columns: vec![typed("advice", Some("Solution"), Kind::Str, false)],
            ignore: vec!["Status".into()],
            ..Layout::default()
        };
        let parsed = rows(
            "code,description,Solution,Status\nA,a,Retry.,4O4\n",
            &layout,
        );
        assert_eq!(parsed[0].values, [Value::Str("Retry.".into())]);
        assert_eq!(
            (parsed[0].solution.as_ref(), &parsed[0].http_status[..]),
            (None, &[][..])
        );
        // A heading named in `headers(...)` is claimed, and a clash is an error.
        let layout = Layout {
            headings: vec![(Standard::Solution, "Solution".into())],
            ignore: vec!["Solution".into()],
            ..Layout::default()
        };
        assert_eq!(
            problems("code,description,Solution\nA,a,x\n", &layout)[0],
            "t.csv:1: column `Solution` (column 3) is claimed twice, by the `solution` column and by `ignore`; give one of them another heading"
        );
    }
}
