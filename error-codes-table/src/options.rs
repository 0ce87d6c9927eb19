//! The options that change how a table reads (`columns(...)`,
//! `headers(...)`, `ignore = [...]`, `duplicates`, `module(s)`,
//! `allow_spaces`), parsed from the attribute's own syntax. The macro's
//! attribute parser hands these keys here, and the command line parses its
//! `--options` text with [`TableOptions`], so both read them alike.

use crate::columns::{self, Declaration};
use crate::header::{Layout, Standard};
use crate::select::{self, RowOptions};
use crate::suggest;
use syn::meta::ParseNestedMeta;
use syn::punctuated::Punctuated;
use syn::{Ident, LitStr, Token};

/// The keys of the options parsed here.
pub const TABLE_OPTIONS: [&str; 7] = [
    "columns",
    "headers",
    "ignore",
    "duplicates",
    "module",
    "modules",
    "allow_spaces",
];

/// `columns(name: Type, ...)`.
pub fn parse_columns(meta: &ParseNestedMeta) -> syn::Result<Vec<Declaration>> {
    let content;
    syn::parenthesized!(content in meta.input);
    columns::parse_declarations(&content)
}

/// `headers(code = "Value", ...)`: another heading for standard columns.
pub fn parse_headers(meta: &ParseNestedMeta) -> syn::Result<Vec<(Standard, String)>> {
    let mut headings: Vec<(Standard, String)> = Vec::new();
    meta.parse_nested_meta(|inner| {
        let key = inner
            .path
            .get_ident()
            .map(Ident::to_string)
            .unwrap_or_default();
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

/// `ignore = ["Solution", ...]`: columns left aside.
pub fn parse_ignore(meta: &ParseNestedMeta) -> syn::Result<Vec<String>> {
    let content;
    let value = meta.value()?;
    syn::bracketed!(content in value);
    let list = Punctuated::<LitStr, Token![,]>::parse_terminated(&content)?;
    Ok(list.iter().map(LitStr::value).collect())
}

/// "unknown option `x`, expected one of ...", with the closest one.
pub fn unknown_option(key: &str, known: &[&str]) -> String {
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

/// Every table option, for a front end that parses them on their own.
#[derive(Default)]
pub struct TableOptions {
    pub columns: Vec<Declaration>,
    pub headings: Vec<(Standard, String)>,
    pub ignore: Vec<String>,
    pub rows: RowOptions,
    seen: Vec<String>,
}

impl TableOptions {
    /// Parses one of [`TABLE_OPTIONS`]; each may be given once.
    pub fn parse(&mut self, key: &str, meta: &ParseNestedMeta) -> syn::Result<()> {
        if select::OPTIONS.contains(&key) {
            return self.rows.parse(key, meta);
        }
        if self.seen.iter().any(|seen| seen == key) {
            return Err(meta.error(format!("duplicate `{key}` option")));
        }
        self.seen.push(key.to_string());
        match key {
            "columns" => self.columns = parse_columns(meta)?,
            "headers" => self.headings = parse_headers(meta)?,
            "ignore" => self.ignore = parse_ignore(meta)?,
            other => return Err(meta.error(unknown_option(other, &TABLE_OPTIONS))),
        }
        Ok(())
    }

    /// How the header is read under these options.
    pub fn layout(&self) -> Layout {
        Layout {
            headings: self.headings.clone(),
            columns: self.columns.iter().map(|d| d.spec.clone()).collect(),
            ignore: self.ignore.clone(),
        }
    }
}
