//! Every option of `#[error_codes(...)]`, `#[error_code(...)]` and the
//! command line's `--options`, listed once in [`OPTIONS`]: its name, where
//! it is accepted, its syntax and one line of doc. The proc macros parse
//! the attribute's tokens with [`OptionsBuilder`], the command line parses
//! its text with [`Options::parse_text`], through the same code and with
//! the same errors; [`print()`] writes options back in that syntax, as
//! `error-codes import` suggests them.

use crate::declarations::Declaration;
use crate::syntax::{Meta, Path};
use error_codes_table::header::{Layout, Standard};
use error_codes_table::languages::{self, Languages};
use error_codes_table::select::RowOptions;
use error_codes_table::suggest;
use proc_macro2::{Span, TokenStream};
use syn::parse::Parser;
use syn::punctuated::Punctuated;
use syn::{Ident, LitBool, LitStr, Token};

/// Where options are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// `#[error_codes(...)]` on an empty enum.
    Attribute,
    /// `#[error_code(...)]` beside `#[derive(ErrorCode)]`.
    Derive,
    /// `error-codes check|diff|export|generate --options '...'`: every
    /// option of the attribute, so that its arguments can be pasted whole.
    CommandLine,
}

/// One option.
#[derive(Debug, Clone, Copy)]
pub struct OptionSpec {
    /// The key, as written before `=` or `(`.
    pub name: &'static str,
    /// Its syntax, for docs and `--help`.
    pub syntax: &'static str,
    /// Whether `#[derive(ErrorCode)]` takes it too (the attribute and the
    /// command line take every option).
    pub derive: bool,
    /// Whether it changes how the table reads, and so what `check` finds.
    pub reads_table: bool,
    /// What it does, in one line.
    pub doc: &'static str,
}

/// Every option, in the order the docs list them.
pub const OPTIONS: &[OptionSpec] = &[
    OptionSpec {
        name: "csv",
        syntax: "csv = \"codes.csv\"",
        derive: true,
        reads_table: false,
        doc: "the table, relative to the crate's Cargo.toml (required)",
    },
    OptionSpec {
        name: "crate",
        syntax: "crate = \"path\"",
        derive: true,
        reads_table: false,
        doc: "the path of error-codes-core where it is renamed or re-exported",
    },
    OptionSpec {
        name: "code_macro",
        syntax: "code_macro = \"name\" | false",
        derive: false,
        reads_table: false,
        doc: "the checked-code macro's name, or no macro (default: the enum in snake_case)",
    },
    OptionSpec {
        name: "enum_path",
        syntax: "enum_path = \"module::Enum\"",
        derive: false,
        reads_table: false,
        doc: "where the enum lives from the crate root, for the checked-code macro",
    },
    OptionSpec {
        name: "columns",
        syntax: "columns(name: Type [= \"Heading\"], ...)",
        derive: true,
        reads_table: true,
        doc: "typed columns, each with a const fn accessor",
    },
    OptionSpec {
        name: "headers",
        syntax: "headers(code = \"Heading\", ...)",
        derive: true,
        reads_table: true,
        doc: "other headings for the standard columns",
    },
    OptionSpec {
        name: "ignore",
        syntax: "ignore = [\"Heading\", ...]",
        derive: true,
        reads_table: true,
        doc: "columns left aside",
    },
    OptionSpec {
        name: "serde",
        syntax: "serde = false",
        derive: true,
        reads_table: false,
        doc: "leave Serialize and Deserialize to the user when the serde feature is on",
    },
    OptionSpec {
        name: "duplicates",
        syntax: "duplicates = \"merge\"",
        derive: true,
        reads_table: true,
        doc: "rows that share a code become one variant",
    },
    OptionSpec {
        name: "module",
        syntax: "module = \"Name\"",
        derive: true,
        reads_table: true,
        doc: "only this module's rows",
    },
    OptionSpec {
        name: "modules",
        syntax: "modules = [\"A\", \"B\"]",
        derive: true,
        reads_table: true,
        doc: "only these modules' rows",
    },
    OptionSpec {
        name: "allow_spaces",
        syntax: "allow_spaces = true",
        derive: true,
        reads_table: true,
        doc: "codes may hold white space, as phrases do",
    },
    OptionSpec {
        name: "docs_url",
        syntax: "docs_url = \"https://example.com/errors/{code}\"",
        derive: true,
        reads_table: false,
        doc: "each code's documentation page: docs_url(), and miette's url()",
    },
    OptionSpec {
        name: "domain",
        syntax: "domain = \"example.com\"",
        derive: true,
        reads_table: false,
        doc: "the codes' domain in gRPC's ErrorInfo (default: the enum's name)",
    },
    OptionSpec {
        name: "language",
        syntax: "language = \"en\"",
        derive: true,
        reads_table: true,
        doc: "the BCP 47 tag of the unsuffixed columns' language (default: en)",
    },
    OptionSpec {
        name: "require_languages",
        syntax: "require_languages = [\"de\", ...]",
        derive: true,
        reads_table: true,
        doc: "languages in which an empty translated cell is an error",
    },
];

impl Origin {
    /// The options accepted here, in [`OPTIONS`] order.
    pub(crate) fn options(self) -> Vec<&'static str> {
        OPTIONS
            .iter()
            .filter(|spec| self != Origin::Derive || spec.derive)
            .map(|spec| spec.name)
            .collect()
    }
}

/// The options as parsed, with the spans errors point at.
pub struct Options {
    /// The `csv = "..."` literal: its value is the path, its span is where
    /// every table error is reported.
    pub(crate) csv: Option<LitStr>,
    /// Path of the runtime crate, `::error_codes_core` unless renamed.
    pub(crate) krate: Path,
    /// The checked-code `macro_rules!` to emit, if any.
    pub(crate) code_macro: CodeMacro,
    /// Where the enum lives, relative to the crate root, for `$crate::...`.
    pub(crate) enum_path: Option<Path>,
    /// Whether to implement serde's traits (when error-codes-core's `serde`
    /// feature is on); `serde = false` leaves them to the user.
    pub(crate) serde: bool,
    /// `columns(...)`: typed columns, each with its accessor.
    pub(crate) columns: Vec<Declaration>,
    /// The headings: `headers(...)`, `ignore = [...]` and the columns'.
    pub layout: Layout,
    /// Which rows become variants (`duplicates`, `module(s)`, `allow_spaces`).
    pub rows: RowOptions,
    /// The literals of `module` / `modules`, in `rows.modules` order, where
    /// an unknown module is reported.
    pub(crate) module_literals: Vec<LitStr>,
    /// `docs_url = "https://example.com/errors/{code}"`: each code's page.
    pub(crate) docs_url: Option<String>,
    /// `domain = "example.com"`: gRPC's `ErrorInfo.domain` for the codes.
    pub domain: Option<String>,
}

/// The `code_macro` option.
pub(crate) enum CodeMacro {
    /// Named after the enum in snake_case.
    Default,
    /// `code_macro = "name"`.
    Named(Ident),
    /// `code_macro = false`.
    Disabled,
}

impl Options {
    /// The typed columns of `columns(...)`, as the rules read them.
    pub fn column_specs(&self) -> impl Iterator<Item = &error_codes_table::columns::ColumnSpec> {
        self.columns.iter().map(|declaration| &declaration.spec)
    }

    /// Parses `text`, written as inside `#[error_codes(...)]`, as the
    /// command line's `--options`: the same parser and errors as the
    /// attribute's, with no option required.
    pub fn parse_text(text: &str) -> Result<Options, String> {
        let tokens: TokenStream = text
            .parse()
            .map_err(|error| format!("--options: {error}"))?;
        let mut builder = OptionsBuilder::new(Origin::CommandLine);
        crate::syntax::parser(|meta| builder.parse(meta))
            .parse2(tokens)
            .map_err(|error| format!("--options: {error}"))?;
        builder
            .build(Span::call_site())
            .map_err(|error| format!("--options: {error}"))
    }
}

/// Builds [`Options`] from one or more passes of [`crate::syntax::parser`].
pub(crate) struct OptionsBuilder {
    front: Origin,
    csv: Option<LitStr>,
    krate: Option<Path>,
    code_macro: Option<CodeMacro>,
    enum_path: Option<Path>,
    serde: Option<bool>,
    columns: Option<Vec<Declaration>>,
    headings: Option<Vec<(Standard, String)>>,
    ignore: Option<Vec<String>>,
    duplicates: Option<bool>,
    modules: Option<Vec<LitStr>>,
    allow_spaces: Option<bool>,
    docs_url: Option<String>,
    domain: Option<String>,
    language: Option<String>,
    require_languages: Option<Vec<String>>,
}

impl OptionsBuilder {
    /// A builder for the options of `front`.
    pub(crate) fn new(front: Origin) -> Self {
        OptionsBuilder {
            front,
            csv: None,
            krate: None,
            code_macro: None,
            enum_path: None,
            serde: None,
            columns: None,
            headings: None,
            ignore: None,
            duplicates: None,
            modules: None,
            allow_spaces: None,
            docs_url: None,
            domain: None,
            language: None,
            require_languages: None,
        }
    }

    /// Parses one `key = value` item; meant for [`crate::syntax::parser`].
    pub(crate) fn parse(&mut self, meta: Meta) -> syn::Result<()> {
        let key = meta.key.to_string();
        let known = self.front.options();
        if !known.contains(&key.as_str()) {
            return Err(meta.error(unknown_option(&key, &known)));
        }
        let duplicate = match key.as_str() {
            "csv" => self.csv.replace(meta.value()?.parse()?).is_some(),
            "crate" => {
                let lit: LitStr = meta.value()?.parse()?;
                self.krate.replace(lit.parse()?).is_some()
            }
            "code_macro" => {
                let choice = parse_code_macro(&meta)?;
                self.code_macro.replace(choice).is_some()
            }
            "enum_path" => {
                let lit: LitStr = meta.value()?.parse()?;
                self.enum_path.replace(enum_path(&lit)?).is_some()
            }
            "serde" => {
                let value = parse_bool(
                    &meta,
                    "expected `serde = false`, or `serde = true` (the default)",
                )?;
                self.serde.replace(value).is_some()
            }
            "columns" => {
                let content;
                syn::parenthesized!(content in meta.input);
                let columns = crate::declarations::parse_declarations(&content)?;
                self.columns.replace(columns).is_some()
            }
            "headers" => self.headings.replace(parse_headers(&meta)?).is_some(),
            "ignore" => {
                let list = parse_strings(&meta)?;
                self.ignore
                    .replace(list.iter().map(LitStr::value).collect())
                    .is_some()
            }
            "duplicates" => {
                let lit: LitStr = meta.value()?.parse()?;
                if lit.value() != "merge" {
                    return Err(syn::Error::new(
                        lit.span(),
                        format!(
                            "unknown value {:?} for `duplicates`; `duplicates = \"merge\"` makes the rows that share a code one variant",
                            lit.value()
                        ),
                    ));
                }
                self.duplicates.replace(true).is_some()
            }
            "module" | "modules" => {
                if self.modules.is_some() {
                    return Err(meta.error("give `module = \"...\"` or `modules = [...]` once"));
                }
                let list = if key == "module" {
                    vec![meta.value()?.parse::<LitStr>()?]
                } else {
                    let content;
                    let value = meta.value()?;
                    let brackets = syn::bracketed!(content in value);
                    let list = Punctuated::<LitStr, Token![,]>::parse_terminated(&content)?;
                    if list.is_empty() {
                        return Err(syn::Error::new(
                            brackets.span.join(),
                            "`modules` names no module; write `modules = [\"A\", \"B\"]`",
                        ));
                    }
                    list.into_iter().collect()
                };
                self.modules = Some(list);
                false
            }
            "allow_spaces" => {
                let value = parse_bool(
                    &meta,
                    "expected `allow_spaces = true` or `allow_spaces = false`",
                )?;
                self.allow_spaces.replace(value).is_some()
            }
            "docs_url" => {
                let lit: LitStr = meta.value()?.parse()?;
                let pattern = lit.value();
                if !pattern.contains("{code}") {
                    return Err(syn::Error::new(
                        lit.span(),
                        "`docs_url` needs `{code}` where each code goes: `docs_url = \"https://example.com/errors/{code}\"`",
                    ));
                }
                self.docs_url.replace(pattern).is_some()
            }
            "domain" => {
                let lit: LitStr = meta.value()?.parse()?;
                if lit.value().is_empty() {
                    return Err(syn::Error::new(
                        lit.span(),
                        "`domain` is empty; name the service the codes belong to: `domain = \"example.com\"`",
                    ));
                }
                self.domain.replace(lit.value()).is_some()
            }
            "language" => {
                let lit: LitStr = meta.value()?.parse()?;
                check_tag(&lit)?;
                self.language.replace(lit.value()).is_some()
            }
            "require_languages" => {
                let list = parse_strings(&meta)?;
                for lit in &list {
                    check_tag(lit)?;
                }
                self.require_languages
                    .replace(list.iter().map(LitStr::value).collect())
                    .is_some()
            }
            other => return Err(meta.error(unknown_option(other, &known))),
        };
        if duplicate {
            return Err(meta.error(format!("duplicate `{key}` option")));
        }
        Ok(())
    }

    /// Finishes parsing; `span` is where a missing `csv` is reported (the
    /// command line needs none).
    pub(crate) fn build(self, span: Span) -> syn::Result<Options> {
        if self.csv.is_none() && self.front != Origin::CommandLine {
            return Err(syn::Error::new(
                span,
                "missing `csv = \"...\"` option naming the table",
            ));
        }
        let mut columns = self.columns.unwrap_or_default();
        if let Some(csv) = &self.csv {
            for declaration in &mut columns {
                declaration.cells_span = csv.span();
            }
        }
        let layout = Layout {
            headings: self.headings.unwrap_or_default(),
            columns: columns.iter().map(|d| d.spec.clone()).collect(),
            ignore: self.ignore.unwrap_or_default(),
            languages: Languages {
                default: self
                    .language
                    .unwrap_or_else(|| Languages::default().default),
                required: self.require_languages.unwrap_or_default(),
            },
        };
        let module_literals = self.modules.unwrap_or_default();
        let rows = RowOptions {
            merge: self.duplicates.unwrap_or(false),
            modules: (!module_literals.is_empty())
                .then(|| module_literals.iter().map(LitStr::value).collect()),
            allow_spaces: self.allow_spaces.unwrap_or(false),
        };
        Ok(Options {
            csv: self.csv,
            krate: self.krate.unwrap_or_else(default_crate),
            code_macro: self.code_macro.unwrap_or(CodeMacro::Default),
            enum_path: self.enum_path,
            serde: self.serde.unwrap_or(true),
            columns,
            layout,
            rows,
            module_literals,
            docs_url: self.docs_url,
            domain: self.domain,
        })
    }
}

/// `code_macro = "name"` or `code_macro = false`.
fn parse_code_macro(meta: &Meta) -> syn::Result<CodeMacro> {
    let value = meta.value()?;
    if value.peek(LitBool) {
        let lit: LitBool = value.parse()?;
        if lit.value {
            return Err(syn::Error::new(
                lit.span,
                "`code_macro = true` is the default; write a name or `false`",
            ));
        }
        return Ok(CodeMacro::Disabled);
    }
    let lit: LitStr = value.parse()?;
    let name = crate::macro_name::named(&lit.value(), lit.span())
        .map_err(|message| syn::Error::new(lit.span(), message))?;
    Ok(CodeMacro::Named(name))
}

/// A language tag of `language` or `require_languages`, well formed.
fn check_tag(lit: &LitStr) -> syn::Result<()> {
    if languages::is_well_formed(&lit.value()) {
        Ok(())
    } else {
        Err(syn::Error::new(
            lit.span(),
            format!(
                "{:?} is not a well-formed language tag; {}",
                lit.value(),
                languages::TAG_FORM
            ),
        ))
    }
}

/// `key = true` or `key = false`, with `expected` as the error otherwise.
fn parse_bool(meta: &Meta, expected: &str) -> syn::Result<bool> {
    let lit: LitBool = meta
        .value()?
        .parse()
        .map_err(|error| syn::Error::new(error.span(), expected))?;
    Ok(lit.value)
}

/// `key = ["a", "b"]`.
fn parse_strings(meta: &Meta) -> syn::Result<Vec<LitStr>> {
    let content;
    let value = meta.value()?;
    syn::bracketed!(content in value);
    let list = Punctuated::<LitStr, Token![,]>::parse_terminated(&content)?;
    Ok(list.into_iter().collect())
}

/// `headers(code = "Value", ...)`: another heading for standard columns.
fn parse_headers(meta: &Meta) -> syn::Result<Vec<(Standard, String)>> {
    let mut headings: Vec<(Standard, String)> = Vec::new();
    meta.parse_nested(|inner| {
        let key = inner.key.to_string();
        let Some(standard) = Standard::from_name(&key) else {
            let names: Vec<&str> = Standard::ALL.iter().map(|s| s.name()).collect();
            return Err(inner.error(unknown_option(&key, &names).replacen(
                "option",
                "standard column",
                1,
            )));
        };
        let lit: LitStr = inner.value()?.parse()?;
        if headings.iter().any(|(s, _)| *s == standard) {
            return Err(inner.error(format!("duplicate heading for `{key}`")));
        }
        headings.push((standard, lit.value()));
        Ok(())
    })?;
    Ok(headings)
}

/// "unknown option `x`, expected one of ...", with the closest one.
pub(crate) fn unknown_option(key: &str, known: &[&str]) -> String {
    let expected = known
        .iter()
        .map(|k| format!("`{k}`"))
        .collect::<Vec<_>>()
        .join(", ");
    let mut message = format!("unknown option `{key}`, expected one of {expected}");
    let closest = suggest::closest(key, known.iter().copied(), 1);
    if let Some(question) = suggest::did_you_mean(&closest, suggest::as_name) {
        message.push_str("; ");
        message.push_str(&question);
    }
    message
}

/// The `enum_path` option: a path from the crate root, which the generated
/// macro puts after `$crate::`. A leading `crate::` says the same and is
/// dropped (it once made `$crate::crate::X`, which failed at every
/// use); paths from elsewhere cannot be written after `$crate::`.
fn enum_path(lit: &LitStr) -> syn::Result<Path> {
    let mut path: Path = lit.parse()?;
    let first = path.segments.first().map(Ident::to_string);
    if path.leading_colon.is_some() || matches!(first.as_deref(), Some("self" | "super")) {
        return Err(syn::Error::new(
            lit.span(),
            "`enum_path` is the path of the enum from the crate root, such as `errors::StorageError`",
        ));
    }
    if first.as_deref() == Some("crate") {
        path.segments = path.segments.into_iter().skip(1).collect();
        if path.segments.is_empty() {
            return Err(syn::Error::new(
                lit.span(),
                "`enum_path` names the enum: `crate::errors::StorageError`",
            ));
        }
    }
    Ok(path)
}

/// The runtime crate's path when the user does not rename it.
pub(crate) fn default_crate() -> Path {
    syn::parse_quote!(::error_codes_core)
}

/// Options that change how a table reads, as `error-codes import`
/// suggests them: each is written by [`print()`] in the attribute's syntax.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Suggested {
    /// `duplicates = "merge"`.
    pub merge: bool,
    /// `allow_spaces = true`.
    pub allow_spaces: bool,
    /// `headers(...)`.
    pub headings: Vec<(Standard, String)>,
    /// `ignore = [...]`.
    pub ignore: Vec<String>,
}

/// The options of `suggested`, one string each, in [`OPTIONS`] order, as
/// they would be written inside `#[error_codes(...)]`.
pub fn print(suggested: &Suggested) -> Vec<String> {
    let quoted = |items: &mut dyn Iterator<Item = &String>| {
        items
            .map(|item| format!("{item:?}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut printed = Vec::new();
    if !suggested.headings.is_empty() {
        let headings = suggested
            .headings
            .iter()
            .map(|(standard, heading)| format!("{} = {heading:?}", standard.name()))
            .collect::<Vec<_>>()
            .join(", ");
        printed.push(format!("headers({headings})"));
    }
    if !suggested.ignore.is_empty() {
        printed.push(format!(
            "ignore = [{}]",
            quoted(&mut suggested.ignore.iter())
        ));
    }
    if suggested.merge {
        printed.push("duplicates = \"merge\"".to_owned());
    }
    if suggested.allow_spaces {
        printed.push("allow_spaces = true".to_owned());
    }
    printed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(text: &str) -> String {
        match Options::parse_text(text) {
            Ok(_) => panic!("{text} parsed"),
            Err(error) => error,
        }
    }

    /// Every option of the table parses on the command line from its own
    /// documented syntax, with a sample value.
    #[test]
    fn every_option_parses_from_text() {
        let samples = [
            ("csv", "csv = \"codes.csv\""),
            ("crate", "crate = \"::renamed\""),
            ("code_macro", "code_macro = \"codes\""),
            ("enum_path", "enum_path = \"errors::Codes\""),
            ("columns", "columns(retry: bool, r#type: &str)"),
            ("headers", "headers(code = \"Value\")"),
            ("ignore", "ignore = [\"Solution\"]"),
            ("serde", "serde = false"),
            ("duplicates", "duplicates = \"merge\""),
            ("module", "module = \"Backups\""),
            ("modules", "modules = [\"A\", \"B\"]"),
            ("allow_spaces", "allow_spaces = true"),
            ("docs_url", "docs_url = \"https://example.com/{code}\""),
            ("domain", "domain = \"example.com\""),
            ("language", "language = \"de-CH\""),
            (
                "require_languages",
                "require_languages = [\"fr\", \"zh-Hant\"]",
            ),
        ];
        let names: Vec<&str> = samples.iter().map(|(name, _)| *name).collect();
        assert_eq!(names, Origin::Attribute.options());
        for (_, text) in samples {
            assert!(Options::parse_text(text).is_ok(), "{text}");
        }
        let all = samples.map(|(_, text)| text).join(", ");
        let all = all.replace("module = \"Backups\", ", "");
        let options = Options::parse_text(&all).unwrap();
        assert!(options.rows.merge && options.rows.allow_spaces && !options.serde);
        assert_eq!(options.rows.modules, Some(vec!["A".into(), "B".into()]));
        assert_eq!(options.columns[1].spec.name, "type");
    }

    #[test]
    fn unknown_and_repeated_options_are_refused() {
        assert_eq!(
            error("dupliactes = \"merge\""),
            "--options: unknown option `dupliactes`, expected one of `csv`, `crate`, `code_macro`, `enum_path`, `columns`, `headers`, `ignore`, `serde`, `duplicates`, `module`, `modules`, `allow_spaces`, `docs_url`, `domain`, `language`, `require_languages`; did you mean `duplicates`?"
        );
        assert_eq!(
            error("serde = false, serde = true"),
            "--options: duplicate `serde` option"
        );
        assert_eq!(
            error("module = \"A\", modules = [\"B\"]"),
            "--options: give `module = \"...\"` or `modules = [...]` once"
        );
    }

    /// What `import` prints parses back to the same options.
    #[test]
    fn printed_options_parse_back() {
        let suggested = Suggested {
            merge: true,
            allow_spaces: true,
            headings: vec![(Standard::Code, "Error \"Id\"".into())],
            ignore: vec!["Solution".into(), "Back\\slash".into()],
        };
        let printed = print(&suggested).join(", ");
        let options = Options::parse_text(&printed).unwrap();
        assert!(options.rows.merge && options.rows.allow_spaces);
        assert_eq!(options.layout.headings, suggested.headings);
        assert_eq!(options.layout.ignore, suggested.ignore);
    }
}
