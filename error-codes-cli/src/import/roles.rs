//! Which column of a table holds the codes, the descriptions and the
//! modules: by heading first (in the languages and decorations pages use),
//! then by what the cells hold (unique identifiers are codes, HTTP statuses
//! repeated on many rows are a status column, long text is a description).
//! Every choice that is not a plain English heading comes with its reason,
//! for standard error.

use super::markup::{code_text, visible};
use super::page::Row;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// A column named on the command line: a heading, or a 1-based index.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Pick {
    Index(usize),
    Heading(String),
}

impl std::str::FromStr for Pick {
    type Err = String;

    fn from_str(text: &str) -> Result<Pick, String> {
        match text.trim().parse::<usize>() {
            Ok(0) => Err("columns are counted from 1".to_string()),
            Ok(n) => Ok(Pick::Index(n)),
            Err(_) if text.trim().is_empty() => Err("an empty column name".to_string()),
            Err(_) => Ok(Pick::Heading(text.trim().to_string())),
        }
    }
}

impl std::fmt::Display for Pick {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Pick::Index(n) => write!(f, "{n}"),
            Pick::Heading(h) => write!(f, "{h:?}"),
        }
    }
}

/// The columns the user named (`--code-column`, ...), for every table.
#[derive(Clone, Debug, Default)]
pub struct Overrides {
    pub code: Option<Pick>,
    pub description: Option<Pick>,
    pub module: Option<Pick>,
}

/// How sure the choice of a table's code column is: a page keeps every
/// table of its surest kind (so a parameter table headed `Name` beside an
/// `Error Code` table stays out).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Sureness {
    /// The cells alone say so.
    Content,
    /// A heading that names codes among other things (`Name`, `Error`).
    WeakHeading,
    /// A heading that names codes (`Error Code`, `错误码`, `Value`), or the
    /// user's option.
    Heading,
}

/// Where the standard columns are in a table, and why (the reason names a
/// column of HTTP statuses too, which becomes the `http_status`
/// column).
#[derive(Debug)]
pub struct Columns {
    pub module: Option<usize>,
    pub code: usize,
    pub description: Option<usize>,
    /// The standard columns beside the description, written
    /// under the macro's names.
    pub message: Option<usize>,
    pub http_status: Option<usize>,
    pub solution: Option<usize>,
    /// The code cells are whole reply lines (`454 Throttling failure:
    /// ...`): the code is each line's number, the line its message.
    pub reply_lines: bool,
    pub sureness: Sureness,
    /// Why, when more than a plain English heading decided.
    pub reason: Option<String>,
}

impl Columns {
    pub fn is_standard(&self, index: usize) -> bool {
        index == self.code
            || [
                self.module,
                self.description,
                self.message,
                self.http_status,
                self.solution,
            ]
            .contains(&Some(index))
    }
}

/// Headings compared without case, spaces, `-`, `_`, markup and a trailing
/// `(...)`: `**Error Code**`, `error_code` and `错误码(code)` compare as
/// `errorcode` and `错误码`; the part in brackets is tried too.
fn keys(heading: &str) -> Vec<String> {
    let text = visible(heading);
    let key = |t: &str| -> String {
        t.chars()
            .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '_' | ':' | '.' | '：'))
            .flat_map(char::to_lowercase)
            .collect()
    };
    let mut keys = vec![key(&text)];
    if let Some(open) = text.find(['(', '（']) {
        let (main, rest) = text.split_at(open);
        let inner = rest
            .trim_start_matches(['(', '（'])
            .trim_end_matches([')', '）']);
        keys = vec![key(main), key(inner)];
    }
    keys.retain(|k| !k.is_empty());
    keys
}

/// Headings that name codes.
const CODE: &[&str] = &[
    "errorcode",
    "errorcodes",
    "code",
    "codes",
    "value",
    "values",
    "errno",
    "errnum",
    "errornumber",
    "returncode",
    "resultcode",
    "reasoncode",
    "responsecode",
    "errorno",
    "errnumber",
    "返回值",
    "错误号",
    "结果码",
    "响应码",
    "コード",
    "エラー番号",
    "戻り値",
    "結果コード",
    "код",
    "кодошибки",
    "кодответа",
    "кодвозврата",
    "fehlernummer",
    "fehlerkode",
    "rückgabewert",
    "rückgabecode",
    "错误码",
    "错误代码",
    "错误编码",
    "返回码",
    "状态码",
    "代码",
    "エラーコード",
    "오류코드",
    "에러코드",
    "fehlercode",
    "código",
    "codigo",
    "códigodeerror",
    "codigodeerror",
    "codedeerreur",
    "codeerreur",
];

/// Headings that name codes when their cells are unique identifiers, and
/// things of other tables otherwise (`ID` of a parameter table).
const CODE_CHECKED: &[&str] = &[
    "id",
    "exception",
    "exceptions",
    "constant",
    "symbol",
    "ошибка",
    "fehler",
];

/// Headings that name codes when nothing surer does.
const CODE_WEAK: &[&str] = &[
    "error",
    "errors",
    "errorname",
    "errorid",
    "name",
    "identifier",
    "constant",
    "symbol",
    "错误",
    "错误名称",
    "名称",
    "errortype",
    "identifier",
    "macro",
];

/// Headings of HTTP statuses: a code column only when nothing else is.
const HTTP: &[&str] = &[
    "statuscode",
    "httpstatuscode",
    "httpstatus",
    "httpcode",
    "status",
    "http状态码",
];

/// Headings of the `message` column, which a page writes beside its
/// descriptions or instead of them (then the message is the description).
const MESSAGE: &[&str] = &[
    "errormessage",
    "message",
    "usermessage",
    "errorinfo",
    "errorinformation",
    "メッセージ",
    "エラーメッセージ",
    "сообщение",
    "текстошибки",
    "meldung",
    "fehlermeldung",
    "fehlertext",
    "meldungstext",
];

/// Headings of the `solution` column.
const SOLUTION: &[&str] = &[
    "solution",
    "handlingmeasure",
    "measure",
    "troubleshooting",
    "whattodo",
    "action",
    "解决方案",
    "处理建议",
    "处理措施",
    "対処方法",
    "対処",
    "решение",
    "abhilfe",
    "lösung",
    "maßnahme",
];

/// Headings of descriptions, the most specific first.
const DESCRIPTION: &[&str] = &[
    "description",
    "errordescription",
    "errorcodedescription",
    "errormessage",
    "message",
    "usermessage",
    "meaning",
    "explanation",
    "condition",
    "strerror",
    "details",
    "detail",
    "错误信息",
    "错误描述",
    "描述",
    "说明",
    "含义",
    "错误说明",
    "信息",
    "beschreibung",
    "descripción",
    "descripcion",
    "説明",
    "설명",
    "reason",
    "summary",
    "conditionname",
    "内容",
    "意味",
    "原因",
    "概要",
    "错误提示",
    "описание",
    "значение",
    "расшифровка",
    "причина",
    "bedeutung",
    "ursache",
    "erklärung",
    "erläuterung",
    "errorcodemeaning",
    "codemeaning",
    "errorsituation",
    "situation",
];

const MODULE: &[&str] = &["module", "模块"];

/// The position of the first heading that one of `names` names, in the
/// order of `names`.
fn by_heading(keys: &[Vec<String>], names: &[&str], taken: &[usize]) -> Option<usize> {
    names.iter().find_map(|name| {
        keys.iter()
            .enumerate()
            .position(|(i, k)| !taken.contains(&i) && k.iter().any(|k| k == name))
    })
}

/// Whether `keys` holds a heading ending in `code` or `value` that is not
/// an HTTP status (`NimBLE Value`, `HCI Code`).
fn by_suffix(keys: &[Vec<String>]) -> Option<usize> {
    keys.iter().position(|k| {
        k.iter().any(|k| {
            (k.ends_with("code") || k.ends_with("value") || k.ends_with("错误码"))
                && !k.contains("status")
                && !k.contains("http")
        })
    })
}

/// What the cells of one column hold.
#[derive(Debug, Default)]
struct Content {
    filled: usize,
    unique: bool,
    identifiers: usize,
    http_statuses: usize,
    /// Integers, as `Value` columns hold (`-12288`, `0x1F`).
    numbers: usize,
    /// Constants' names: upper case, digits and `_`, with a `_`.
    constants: usize,
    /// Reply lines: a three-digit code, then text (`454 Throttling ...`).
    replies: usize,
    /// Cells of prose.
    text: usize,
    /// The cells' widths in columns.
    length: usize,
}

impl Content {
    fn of(rows: &[Row], column: usize) -> Content {
        let mut seen = std::collections::HashSet::new();
        let mut content = Content {
            unique: true,
            ..Content::default()
        };
        for row in rows.iter().filter(|r| !r.spans_all) {
            let cell = row.cells.get(column).map_or("", |c| c.trim());
            if cell.is_empty() {
                continue;
            }
            content.filled += 1;
            let code = code_text(cell);
            if !seen.insert(code.clone()) {
                content.unique = false;
            }
            if is_identifier(&code) {
                content.identifiers += 1;
            }
            // `404`, or `404 Not Found` as some pages write it.
            let status = code.split_once(' ').map_or(code.as_str(), |(s, _)| s);
            if status.len() == 3 && status.parse::<u16>().is_ok_and(|n| (100..600).contains(&n)) {
                content.http_statuses += 1;
            }
            if reply_code(&code).is_some() {
                content.replies += 1;
            }
            let digits = code.strip_prefix('-').unwrap_or(&code);
            if digits.parse::<u64>().is_ok()
                || digits
                    .strip_prefix("0x")
                    .or_else(|| digits.strip_prefix("0X"))
                    .is_some_and(|h| u64::from_str_radix(h, 16).is_ok())
            {
                content.numbers += 1;
            }
            if code.contains('_')
                && code.chars().any(|c| c.is_ascii_uppercase())
                && code
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
            {
                content.constants += 1;
            }
            // Its length is counted in columns, as a wide character says
            // about as much as a short word.
            if is_prose(cell) {
                content.text += 1;
            }
            content.length += cell.width().min(2000);
        }
        content
    }

    /// Unique identifiers on most rows: codes.
    fn codes(&self, rows: usize) -> bool {
        self.filled > 0
            && self.filled * 2 >= rows
            && self.unique
            && self.identifiers * 10 >= self.filled * 9
    }

    /// Integers on every row.
    fn numeric(&self) -> bool {
        self.filled > 0 && self.numbers == self.filled
    }

    /// Names of constants on most rows (`SSL_ERROR_NO_CYPHER_OVERLAP`).
    fn constants(&self) -> bool {
        self.filled > 0 && self.constants * 10 >= self.filled * 9
    }

    /// HTTP statuses, some repeated: a status column.
    fn statuses(&self) -> bool {
        self.filled > 0 && self.http_statuses * 10 >= self.filled * 8
    }

    /// Sentences: a description.
    fn long_text(&self) -> bool {
        self.filled > 0 && self.text * 2 >= self.filled && self.length >= self.filled * 12
    }
}

/// Whether `text` reads as prose: words between spaces, or Chinese or
/// Japanese, whose sentences have no spaces.
pub fn is_prose(text: &str) -> bool {
    text.contains(' ') || text.chars().any(|c| c.width() == Some(2))
}

/// The code of a reply line (`454 Throttling failure: ...` gives `454`,
/// and the text after it), as SMTP and FTP servers answer.
pub fn reply_code(line: &str) -> Option<(&str, &str)> {
    let (code, text) = line.split_at_checked(3)?;
    let text = text.strip_prefix([' ', '-'])?;
    (code.bytes().all(|b| b.is_ascii_digit()) && text.chars().any(char::is_alphabetic))
        .then_some((code, text.trim()))
}

/// A code as a service sends it: one word of letters, digits and the
/// punctuation codes use, at most 100 characters.
pub fn is_identifier(code: &str) -> bool {
    !code.is_empty()
        && code.chars().count() <= 100
        && code
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-' | ':' | '/' | '#' | '+'))
}

/// The standard columns of a table with `header` over `rows`; `None` when
/// nothing names or looks like a code column. An override that names no
/// column of the table is an error.
pub fn find(
    header: &[String],
    rows: &[Row],
    overrides: &Overrides,
) -> Result<Option<Columns>, String> {
    let keys: Vec<Vec<String>> = header.iter().map(|h| keys(h)).collect();
    let width = rows
        .iter()
        .map(|r| r.cells.len())
        .chain([header.len()])
        .max()
        .unwrap_or(0);
    let content: Vec<Content> = (0..width).map(|c| Content::of(rows, c)).collect();
    let data_rows = rows.iter().filter(|r| !r.spans_all).count();
    let pick = |pick: &Pick| -> Result<usize, String> {
        match pick {
            Pick::Index(n) if *n <= width => Ok(n - 1),
            Pick::Index(n) => Err(format!("no column {n} (the table has {width})")),
            Pick::Heading(h) => {
                let wanted = keys_of(h);
                keys.iter()
                    .position(|k| k.iter().any(|k| wanted.contains(k)))
                    .ok_or_else(|| {
                        format!(
                            "no column headed {:?} (headings: {})",
                            super::page::excerpt(h, 40),
                            super::headings(header)
                        )
                    })
            }
        }
    };
    let heading = |i: usize| -> String {
        match header.get(i).map(|h| visible(h)) {
            Some(h) if !h.is_empty() => format!("{:?}", super::page::excerpt(&h, 40)),
            _ => format!("column {}", i + 1),
        }
    };
    let mut reasons: Vec<String> = Vec::new();
    let http_heading = by_heading(&keys, HTTP, &[]);
    let (mut code, mut sureness, plain) = match &overrides.code {
        Some(p) => (Some(pick(p)?), Sureness::Heading, false),
        None => {
            if let Some(c) = by_heading(&keys, CODE, &[]) {
                let plain = matches!(
                    keys[c].first().map(String::as_str),
                    Some("errorcode" | "errorcodes" | "code" | "codes" | "value")
                ) && header[c]
                    .trim()
                    .chars()
                    .all(|c| c.is_ascii_alphabetic() || c == ' ');
                (Some(c), Sureness::Heading, plain)
            } else if let Some(c) =
                by_heading(&keys, CODE_CHECKED, &[]).filter(|&c| content[c].codes(data_rows))
            {
                // `ID`, `Exception`, `Constant` over unique identifiers.
                (Some(c), Sureness::Heading, false)
            } else if let Some(c) = by_suffix(&keys).filter(|&c| content[c].codes(data_rows)) {
                // `NimBLE Value`, but not `Default Value` over repeated
                // defaults: the cells must be codes too.
                (Some(c), Sureness::Heading, false)
            } else if let Some(c) = by_heading(&keys, CODE_WEAK, &[]) {
                (Some(c), Sureness::WeakHeading, false)
            } else if let Some(c) = http_heading {
                // `Status Code` names codes when nothing else does, as
                // long as its cells are not HTTP statuses beside codes.
                (Some(c), Sureness::Heading, true)
            } else {
                (None, Sureness::Content, false)
            }
        }
    };
    // A `Value` column of numbers beside the names of the constants that
    // hold them: the name is the code (what logs and users quote), the
    // number stays as a column.
    if let Some(c) = code
        && overrides.code.is_none()
        && keys[c].iter().any(|k| k == "value" || k == "values")
        && content[c].numeric()
        && let Some(name) = (0..width).find(|&o| {
            o != c
                && content[o].codes(data_rows)
                && content[o].numbers == 0
                && keys[o].iter().any(|k| {
                    matches!(k.as_str(), "constant" | "symbol" | "identifier" | "macro")
                        || (matches!(k.as_str(), "name" | "errorname") && content[o].constants())
                })
        })
    {
        reasons.push(format!(
            "code: {} (names of constants); {} holds their numbers, kept as a column",
            heading(name),
            heading(c)
        ));
        code = Some(name);
        sureness = Sureness::Heading;
    }
    let mut http_status = None;
    // A column headed as codes that holds repeated HTTP statuses beside a
    // column of unique identifiers: the identifiers are the codes.
    if let Some(c) = code
        && overrides.code.is_none()
        && content[c].statuses()
        && let Some(other) = (0..width).find(|&o| {
            o != c
                && content[o].codes(data_rows)
                && (!content[c].unique || (http_heading == Some(c) && content[o].numbers == 0))
        })
    {
        reasons.push(format!(
            "code: {} (unique identifiers); {} holds HTTP statuses: http_status",
            heading(other),
            heading(c)
        ));
        http_status = Some(c);
        code = Some(other);
        sureness = Sureness::Heading;
    }
    if code.is_none() {
        // A column headed as descriptions or modules holds none of them.
        let named = |c: usize| {
            keys.get(c).is_some_and(|k| {
                k.iter()
                    .any(|k| DESCRIPTION.contains(&k.as_str()) || MODULE.contains(&k.as_str()))
            })
        };
        code = (0..width)
            .find(|&c| !named(c) && content[c].codes(data_rows))
            .or_else(|| {
                // Identifiers under a description heading (`Condition`
                // over `VOLUME_IN_USE`) are codes when another column
                // holds the sentences.
                (0..width).find(|&c| {
                    content[c].codes(data_rows)
                        && (0..width).any(|d| d != c && content[d].long_text())
                })
            });
        if let Some(c) = code {
            reasons.push(format!("code: {} (unique identifiers)", heading(c)));
        } else if let Some(c) = (0..width).find(|&c| {
            let column = &content[c];
            column.filled * 2 >= data_rows && column.replies * 10 >= column.filled * 8
        }) {
            reasons.push(format!(
                "code: {} (reply lines: the code is each line's number, the line its message)",
                heading(c)
            ));
            let found = find(
                header,
                rows,
                &Overrides {
                    code: Some(Pick::Index(c + 1)),
                    ..overrides.clone()
                },
            )?;
            return Ok(found.map(|mut columns| {
                columns.reply_lines = true;
                columns.sureness = Sureness::Content;
                // The inner call's reasons, but for its `--code-column`.
                let more = columns.reason.iter().flat_map(|r| r.split("; "));
                reasons.extend(
                    more.filter(|r| !r.starts_with("code: "))
                        .map(str::to_string),
                );
                columns.reason = Some(reasons.join("; "));
                columns
            }));
        }
    } else if let Some(c) = code
        && !plain
        && reasons.is_empty()
    {
        let why = if overrides.code.is_some() {
            "--code-column"
        } else {
            "heading"
        };
        reasons.push(format!("code: {} ({why})", heading(c)));
    }
    let Some(code) = code else {
        return Ok(None);
    };
    if http_status.is_none() {
        http_status = http_heading
            .filter(|&h| h != code)
            .or_else(|| (0..width).find(|&h| h != code && content[h].statuses()));
        if let Some(h) = http_status {
            reasons.push(format!("{} holds HTTP statuses: http_status", heading(h)));
        }
    }
    let module = match &overrides.module {
        Some(p) => Some(pick(p)?),
        None => by_heading(&keys, MODULE, &[code]),
    };
    let message = by_heading(
        &keys,
        MESSAGE,
        &[Some(code), module, http_status]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>(),
    );
    let taken: Vec<usize> = [Some(code), module, http_status, message]
        .into_iter()
        .flatten()
        .collect();
    let solution = by_heading(&keys, SOLUTION, &taken);
    let taken: Vec<usize> = taken.into_iter().chain(solution).collect();
    let standard = Standard {
        module,
        code,
        message,
        http_status,
        solution,
    };
    let description = match &overrides.description {
        Some(p) => {
            let d = pick(p)?;
            reasons.push(format!(
                "description: {} (--description-column)",
                heading(d)
            ));
            Some(d)
        }
        None => match by_heading(&keys, DESCRIPTION, &taken) {
            Some(d) => {
                if !keys[d]
                    .iter()
                    .any(|k| DESCRIPTION[..8].contains(&k.as_str()))
                {
                    reasons.push(format!("description: {} (heading)", heading(d)));
                }
                Some(d)
            }
            // A page of messages and no descriptions: the message is
            // the description, as the macro reads such a table.
            None if message.is_some() => None,
            None => {
                // The column of the longest sentences.
                let d = (0..width)
                    .filter(|c| !taken.contains(c) && content[*c].long_text())
                    .max_by_key(|&c| content[c].length / content[c].filled.max(1));
                if let Some(d) = d {
                    reasons.push(format!("description: {} (long text)", heading(d)));
                    return finish(standard, Some(d), sureness, reasons);
                }
                // The one other column with text in it, as in a table of
                // codes and their names.
                let mut others = (0..width)
                    .filter(|c| !taken.contains(c) && content[*c].filled * 2 >= data_rows.max(1));
                match (others.next(), others.next()) {
                    (Some(d), None) => {
                        reasons.push(format!(
                            "description: {} (the one other column)",
                            heading(d)
                        ));
                        Some(d)
                    }
                    _ => None,
                }
            }
        },
    };
    finish(standard, description, sureness, reasons)
}

/// The columns found before the description.
struct Standard {
    module: Option<usize>,
    code: usize,
    message: Option<usize>,
    http_status: Option<usize>,
    solution: Option<usize>,
}

fn finish(
    standard: Standard,
    description: Option<usize>,
    sureness: Sureness,
    reasons: Vec<String>,
) -> Result<Option<Columns>, String> {
    let Standard {
        module,
        code,
        message,
        http_status,
        solution,
    } = standard;
    Ok(Some(Columns {
        module,
        code,
        description,
        message,
        http_status,
        solution,
        reply_lines: false,
        sureness,
        reason: (!reasons.is_empty()).then(|| reasons.join("; ")),
    }))
}

fn keys_of(heading: &str) -> Vec<String> {
    keys(heading)
}

/// Whether `heading` names things of any kind (`Name`, `名称`), not
/// errors: a table of them beside a table of codes may be of parameters.
pub fn names_things(heading: &str) -> bool {
    keys(heading)
        .iter()
        .any(|k| matches!(k.as_str(), "name" | "名称" | "identifier" | "symbol"))
}

/// Whether any heading of `header` is one the importer knows (codes,
/// descriptions, modules, statuses): then the row is a header, not data.
pub fn knows_a_heading(header: &[String]) -> bool {
    header.iter().any(|h| {
        keys(h).iter().any(|k| {
            [CODE, CODE_CHECKED, CODE_WEAK, HTTP, DESCRIPTION, MODULE]
                .iter()
                .any(|names| names.contains(&k.as_str()))
        })
    }) || by_suffix(&header.iter().map(|h| keys(h)).collect::<Vec<_>>()).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(cells: &[&[&str]]) -> Vec<Row> {
        cells
            .iter()
            .enumerate()
            .map(|(i, r)| Row {
                line: i + 2,
                cells: r.iter().map(|c| c.to_string()).collect(),
                spans_all: false,
            })
            .collect()
    }

    fn header(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|c| c.to_string()).collect()
    }

    #[test]
    fn headings_in_other_languages_and_decorated() {
        let body = rows(&[&["A1", "Sentence one here."], &["A2", "Sentence two here."]]);
        for code in [
            "错误码",
            "状态码",
            "状态码(code)",
            "**Error**",
            "<b>Error Code</b>",
            "Value",
            "Name",
        ] {
            for description in [
                "错误信息",
                "描述",
                "Condition",
                "Meaning",
                "strerror",
                "Details",
            ] {
                let found = find(&header(&[code, description]), &body, &Overrides::default())
                    .unwrap()
                    .unwrap_or_else(|| panic!("{code} {description}"));
                assert_eq!(
                    (found.code, found.description),
                    (0, Some(1)),
                    "{code} {description}"
                );
            }
        }
    }

    #[test]
    fn http_statuses_under_code_beside_unique_identifiers() {
        let body = rows(&[
            &["400", "BAD_NAME", "The name is not valid."],
            &["404", "NO_BLOB", "The blob is not there."],
            &["404", "NO_TAG", "The tag is not there."],
        ]);
        let found = find(
            &header(&["Code", "Error", "Description"]),
            &body,
            &Overrides::default(),
        )
        .unwrap()
        .unwrap();
        assert_eq!((found.code, found.description), (1, Some(2)));
        assert_eq!(
            found.reason.as_deref(),
            Some("code: \"Error\" (unique identifiers); \"Code\" holds HTTP statuses: http_status")
        );
    }

    #[test]
    fn plain_headings_give_no_reason() {
        let body = rows(&[&["E.1", "Broken."]]);
        let found = find(
            &header(&["Error Code", "Description"]),
            &body,
            &Overrides::default(),
        )
        .unwrap()
        .unwrap();
        assert_eq!(found.reason, None);
    }

    #[test]
    fn content_alone_finds_codes_and_descriptions() {
        let body = rows(&[
            &["kettle", "K_HOT", "The water is too hot to pour."],
            &["kettle", "K_DRY", "The kettle has no water in it."],
        ]);
        let found = find(
            &header(&["Teil", "Kennung", "Anmerkung"]),
            &body,
            &Overrides::default(),
        )
        .unwrap()
        .unwrap();
        assert_eq!((found.code, found.description), (1, Some(2)));
        assert_eq!(found.sureness, Sureness::Content);
        assert_eq!(
            found.reason.as_deref(),
            Some("code: \"Kennung\" (unique identifiers); description: \"Anmerkung\" (long text)")
        );
    }

    #[test]
    fn prose_without_spaces_is_long_text_in_columns() {
        // Chinese sentences have no spaces and few characters: a column of
        // them, under a heading the importer does not know, is the
        // description, not the column of constants' names beside it. The
        // shape of a real page (Apache Doris's BE return values, whose
        // Chinese edition heads its columns 返回值名称, 返回值, 返回值说明);
        // the texts are written for this test.
        let body = rows(&[
            &["DISK_FULL", "-1", "磁盘空间已经用完"],
            &["DISK_GONE", "-2", "系统找不到指定的磁盘"],
            &["DISK_SLOW", "-3", "磁盘的响应速度太慢"],
        ]);
        let found = find(
            &header(&["返回值名称", "返回值", "返回值说明"]),
            &body,
            &Overrides::default(),
        )
        .unwrap()
        .unwrap();
        assert_eq!((found.code, found.description), (1, Some(2)));
        assert_eq!(
            found.reason.as_deref(),
            Some("code: \"返回值\" (heading); description: \"返回值说明\" (long text)")
        );
    }

    #[test]
    fn overrides_by_heading_and_index() {
        let body = rows(&[&["a", "B1", "x y z"]]);
        let overrides = Overrides {
            code: Some("2".parse().unwrap()),
            description: Some("Third".parse().unwrap()),
            module: Some(Pick::Index(1)),
        };
        let found = find(&header(&["First", "Second", "Third"]), &body, &overrides)
            .unwrap()
            .unwrap();
        assert_eq!(
            (found.module, found.code, found.description),
            (Some(0), 1, Some(2))
        );
        let wrong = Overrides {
            code: Some(Pick::Heading("Nope".into())),
            ..Overrides::default()
        };
        assert_eq!(
            find(&header(&["First"]), &body, &wrong).unwrap_err(),
            "no column headed \"Nope\" (headings: First)"
        );
        assert!("0".parse::<Pick>().is_err());
    }
}
