//! The options inside `#[error_codes(...)]` and `#[error_code(...)]`.

use crate::columns::Declaration;
use crate::header::{Layout, Standard};
use crate::options::{self, unknown_option};
use crate::select::RowOptions;
use proc_macro2::Span;
use syn::meta::ParseNestedMeta;
use syn::{Ident, LitBool, LitStr, Path};

/// What the user wrote in the attribute, with the spans errors point at.
pub struct Options {
    /// The `csv = "..."` literal: its value is the path, its span is where
    /// every table error is reported.
    pub csv: LitStr,
    /// Path of the runtime crate, `::error_codes_core` unless renamed.
    pub krate: Path,
    /// The checked-code `macro_rules!` to emit, if any.
    pub code_macro: CodeMacro,
    /// Where the enum lives, relative to the crate root, for `$crate::...`.
    pub enum_path: Option<Path>,
    /// Whether to implement serde's traits (when error-codes-core's `serde`
    /// feature is on); `serde = false` leaves them to the user.
    pub serde: bool,
    /// `columns(...)`: typed columns, each with its accessor.
    pub columns: Vec<Declaration>,
    /// The headings: `headers(...)`, `ignore = [...]` and the columns'.
    pub layout: Layout,
    /// Which rows become variants (`duplicates`, `module(s)`, `allow_spaces`).
    pub rows: RowOptions,
    /// `docs_url = "https://example.com/errors/{code}"`: each code's page.
    pub docs_url: Option<String>,
}

/// The `code_macro` option.
pub enum CodeMacro {
    /// Named after the enum in snake_case.
    Default,
    /// `code_macro = "name"`.
    Named(Ident),
    /// `code_macro = false`.
    Disabled,
}

/// Which attribute is being parsed: the derive accepts fewer options.
#[derive(Clone, Copy, PartialEq)]
pub enum Context {
    Attribute,
    Derive,
}

impl Context {
    fn options(self) -> &'static [&'static str] {
        match self {
            Context::Attribute => &[
                "csv",
                "crate",
                "code_macro",
                "enum_path",
                "columns",
                "headers",
                "ignore",
                "serde",
                "duplicates",
                "module",
                "modules",
                "allow_spaces",
                "docs_url",
            ],
            Context::Derive => &[
                "csv",
                "crate",
                "columns",
                "headers",
                "ignore",
                "serde",
                "duplicates",
                "module",
                "modules",
                "allow_spaces",
                "docs_url",
            ],
        }
    }
}

/// Builds [`Options`] from one or more `parse_nested_meta` passes.
pub struct OptionsBuilder {
    context: Context,
    csv: Option<LitStr>,
    krate: Option<Path>,
    code_macro: Option<CodeMacro>,
    enum_path: Option<Path>,
    serde: Option<bool>,
    columns: Option<Vec<Declaration>>,
    headings: Option<Vec<(Standard, String)>>,
    ignore: Option<Vec<String>>,
    rows: RowOptions,
    docs_url: Option<String>,
}

impl OptionsBuilder {
    pub fn new(context: Context) -> Self {
        OptionsBuilder {
            context,
            csv: None,
            krate: None,
            code_macro: None,
            enum_path: None,
            serde: None,
            columns: None,
            headings: None,
            ignore: None,
            rows: RowOptions::default(),
            docs_url: None,
        }
    }

    /// Parses one `key = value` item; meant for `parse_nested_meta`.
    pub fn parse(&mut self, meta: ParseNestedMeta) -> syn::Result<()> {
        let key = meta
            .path
            .get_ident()
            .map(Ident::to_string)
            .unwrap_or_default();
        let known = self.context.options();
        let duplicate = match key.as_str() {
            other if !known.contains(&other) => {
                return Err(meta.error(unknown_option(other, known)));
            }
            "csv" => self.csv.replace(meta.value()?.parse()?).is_some(),
            "crate" => {
                let lit: LitStr = meta.value()?.parse()?;
                self.krate.replace(lit.parse()?).is_some()
            }
            "code_macro" => {
                let value = meta.value()?;
                let choice = if value.peek(LitBool) {
                    let lit: LitBool = value.parse()?;
                    if lit.value {
                        return Err(syn::Error::new(
                            lit.span,
                            "`code_macro = true` is the default; write a name or `false`",
                        ));
                    }
                    CodeMacro::Disabled
                } else {
                    let lit: LitStr = value.parse()?;
                    let name = crate::macro_name::named(&lit.value(), lit.span())
                        .map_err(|message| syn::Error::new(lit.span(), message))?;
                    CodeMacro::Named(name)
                };
                self.code_macro.replace(choice).is_some()
            }
            "enum_path" => {
                let lit: LitStr = meta.value()?.parse()?;
                self.enum_path.replace(enum_path(&lit)?).is_some()
            }
            "serde" => {
                let lit: LitBool = meta.value()?.parse().map_err(|error| {
                    syn::Error::new(
                        error.span(),
                        "expected `serde = false`, or `serde = true` (the default)",
                    )
                })?;
                self.serde.replace(lit.value).is_some()
            }
            "columns" => self
                .columns
                .replace(options::parse_columns(&meta)?)
                .is_some(),
            "headers" => self
                .headings
                .replace(options::parse_headers(&meta)?)
                .is_some(),
            "ignore" => self.ignore.replace(options::parse_ignore(&meta)?).is_some(),
            "docs_url" => {
                let lit: LitStr = meta.value()?.parse()?;
                let template = lit.value();
                if !template.contains("{code}") {
                    return Err(syn::Error::new(
                        lit.span(),
                        "`docs_url` needs `{code}` where each code goes: `docs_url = \"https://example.com/errors/{code}\"`",
                    ));
                }
                self.docs_url.replace(template).is_some()
            }
            row_option if crate::select::OPTIONS.contains(&row_option) => {
                self.rows.parse(row_option, &meta)?;
                false
            }
            other => return Err(meta.error(unknown_option(other, known))),
        };
        if duplicate {
            return Err(meta.error(format!("duplicate `{key}` option")));
        }
        Ok(())
    }

    /// Finishes parsing; `span` is where a missing `csv` is reported.
    pub fn build(self, span: Span) -> syn::Result<Options> {
        let csv = self.csv.ok_or_else(|| {
            syn::Error::new(span, "missing `csv = \"...\"` option naming the table")
        })?;
        let mut columns = self.columns.unwrap_or_default();
        for declaration in &mut columns {
            declaration.cells_span = csv.span();
        }
        let layout = Layout {
            headings: self.headings.unwrap_or_default(),
            columns: columns.iter().map(|d| d.spec.clone()).collect(),
            ignore: self.ignore.unwrap_or_default(),
        };
        Ok(Options {
            csv,
            krate: self.krate.unwrap_or_else(default_crate),
            code_macro: self.code_macro.unwrap_or(CodeMacro::Default),
            enum_path: self.enum_path,
            serde: self.serde.unwrap_or(true),
            columns,
            layout,
            rows: self.rows,
            docs_url: self.docs_url,
        })
    }
}

/// The `enum_path` option: a path from the crate root, which the generated
/// macro puts after `$crate::`. A leading `crate::` says the same and is
/// dropped (issue 13: it made `$crate::crate::X`, which failed at every
/// use); paths from elsewhere cannot be written after `$crate::`.
fn enum_path(lit: &LitStr) -> syn::Result<Path> {
    let mut path: Path = lit.parse()?;
    let first = path
        .segments
        .first()
        .map(|segment| segment.ident.to_string());
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
pub fn default_crate() -> Path {
    syn::parse_quote!(::error_codes_core)
}
