//! The options inside `#[error_codes(...)]` and `#[error_code(...)]`.

use crate::suggest;
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
            Context::Attribute => &["csv", "crate", "code_macro", "enum_path", "serde"],
            Context::Derive => &["csv", "crate", "serde"],
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
                    CodeMacro::Named(lit.parse()?)
                };
                self.code_macro.replace(choice).is_some()
            }
            "enum_path" => {
                let lit: LitStr = meta.value()?.parse()?;
                self.enum_path.replace(lit.parse()?).is_some()
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
        Ok(Options {
            csv,
            krate: self.krate.unwrap_or_else(default_crate),
            code_macro: self.code_macro.unwrap_or(CodeMacro::Default),
            enum_path: self.enum_path,
            serde: self.serde.unwrap_or(true),
        })
    }
}

/// The runtime crate's path when the user does not rename it.
pub fn default_crate() -> Path {
    syn::parse_quote!(::error_codes_core)
}

fn unknown_option(key: &str, known: &[&str]) -> String {
    let expected = known
        .iter()
        .map(|k| format!("`{k}`"))
        .collect::<Vec<_>>()
        .join(", ");
    let mut message = format!("unknown option `{key}`, expected one of {expected}");
    if let Some(best) = suggest::closest(key, known.iter().copied(), 1).first() {
        message.push_str(&format!("; did you mean `{best}`?"));
    }
    message
}
