//! `#[derive(ErrorCode)]`: a hand-named subset of a table, each variant
//! tied to its row by `#[code = "..."]` and checked against the CSV.

use crate::attribute::{build_lookup, check_modules, csv_literal, read_table, to_error};
use crate::model::{Enum, Index, Variant};
use crate::options::{Options, OptionsBuilder, Origin};
use crate::syntax::{Item, ItemKind};
use crate::{Front, fallback, items};
use error_codes_table::parse::Row;
use error_codes_table::{names, suggest};
use proc_macro2::{Span, TokenStream};
use quote::quote;
use std::collections::HashMap;
use syn::LitStr;

/// `#[derive(ErrorCode)]` on `input`: the impls, or the errors with
/// stand-in impls (`fallback.rs`).
pub fn expand(input: TokenStream, front: &Front) -> TokenStream {
    let input: Item = match crate::syntax::check_nesting(&input).and_then(|()| syn::parse2(input)) {
        Ok(input) => input,
        Err(error) => return error.into_compile_error(),
    };
    let options = options(&input);
    let result = match &options {
        Ok(options) => generate(&input, options, front),
        Err(error) => Err(error.clone()),
    };
    result.unwrap_or_else(|error| {
        let error = error.into_compile_error();
        // Impls for a struct, or a generic enum, would add errors of their
        // own (a struct has no `Copy`, `Debug` the trait needs).
        if input.has_generic_parameters() || input.kind != ItemKind::Enum {
            return error;
        }
        let default_crate = crate::options::default_crate();
        let krate = options.as_ref().map_or(&default_crate, |o| &o.krate);
        let serde = options.as_ref().map_or(true, |o| o.serde);
        let columns = options.as_ref().map_or(&[][..], |o| &o.columns[..]);
        let fallback = fallback::derive(&input, krate, columns, serde);
        quote!(#fallback #error)
    })
}

/// The `#[error_code(...)]` options; the derive needs its table.
fn options(input: &Item) -> syn::Result<Options> {
    let mut builder = OptionsBuilder::new(Origin::Derive);
    let mut seen_container_attr = false;
    for attr in input
        .attrs
        .iter()
        .filter(|a| a.path().is_ident("error_code"))
    {
        seen_container_attr = true;
        attr.parse_nested(|meta| builder.parse(meta))?;
    }
    if !seen_container_attr {
        return Err(syn::Error::new(
            Span::call_site(),
            "#[derive(ErrorCode)] needs the table: add #[error_code(csv = \"codes.csv\")]",
        ));
    }
    builder.build(Span::call_site())
}

fn generate(input: &Item, options: &Options, front: &Front) -> syn::Result<TokenStream> {
    if input.kind != ItemKind::Enum {
        return Err(syn::Error::new_spanned(
            &input.ident,
            "#[derive(ErrorCode)] applies to enums of unit variants, one per code",
        ));
    }
    if input.has_generic_parameters() {
        return Err(syn::Error::new_spanned(
            &input.generics,
            "#[derive(ErrorCode)] does not support generic enums",
        ));
    }
    let csv = csv_literal(options)?;
    let (source, table) = read_table(csv, &options.layout, front)?;
    check_modules(&table, options)?;
    let (selected, mut problems) = error_codes_table::select_rows(&table, &options.rows);
    if !problems.is_empty() {
        problems.sort_by_key(|problem| problem.line);
        return Err(to_error(csv, &source.display, &problems));
    }
    let rows: Vec<&Row> = selected.iter().map(|s| s.row).collect();
    let also: HashMap<&str, &[&Row]> = selected
        .iter()
        .map(|s| (s.row.code.as_str(), s.also.as_slice()))
        .collect();
    let by_code: HashMap<&str, &Row> = rows.iter().map(|row| (row.code.as_str(), *row)).collect();

    let mut errors: Option<syn::Error> = None;
    let mut push = |error: syn::Error| match &mut errors {
        Some(all) => all.combine(error),
        None => errors = Some(error),
    };
    let mut variants = Vec::new();
    let mut used: HashMap<String, &syn::Ident> = HashMap::new();
    for variant in &input.variants {
        if let Some(fields) = &variant.fields {
            push(syn::Error::new(
                fields.span(),
                format!(
                    "variant `{}` has fields; an error-code variant is a unit variant, one per code",
                    variant.ident
                ),
            ));
            continue;
        }
        if names::is_generated(&variant.ident.to_string()) {
            push(syn::Error::new_spanned(
                &variant.ident,
                format!(
                    "a variant named `{}` would hide the generated `{}`; rename the variant",
                    variant.ident, variant.ident
                ),
            ));
            continue;
        }
        let literal = match code_attribute(variant) {
            Ok(Some(literal)) => literal,
            Ok(None) => {
                push(syn::Error::new_spanned(
                    &variant.ident,
                    format!(
                        "variant `{}` has no code: add #[code = \"...\"] with a code from {}",
                        variant.ident, source.display
                    ),
                ));
                continue;
            }
            Err(error) => {
                push(error);
                continue;
            }
        };
        let code = literal.value();
        let Some(row) = by_code.get(code.as_str()) else {
            let closest = suggest::closest(&code, rows.iter().map(|r| r.code.as_str()), 3);
            push(syn::Error::new(
                literal.span(),
                match suggest::did_you_mean(&closest, suggest::as_code) {
                    Some(question) => {
                        format!("code \"{code}\" is not in {}; {question}", source.display)
                    }
                    None => format!("code \"{code}\" is not in {}", source.display),
                },
            ));
            continue;
        };
        if let Some(first) = used.get(&code) {
            push(syn::Error::new(
                literal.span(),
                format!("duplicate code \"{code}\", already the code of `{first}`"),
            ));
            continue;
        }
        used.insert(code, &variant.ident);
        variants.push(Variant {
            name: variant.ident.to_string(),
            row,
            also: also
                .get(row.code.as_str())
                .map_or_else(Vec::new, |rows| rows.to_vec()),
        });
    }
    if let Some(errors) = errors {
        return Err(errors);
    }
    let codes: Vec<&str> = variants.iter().map(|v| v.row.code.as_str()).collect();
    let lookup = build_lookup(csv, &codes)?;
    let model = Enum {
        krate: &options.krate,
        ident: &input.ident,
        variants,
        has_module: table.has_module,
        include: source.include.as_deref(),
        display: &source.display,
        lookup,
        index: Index::Match,
        serde: options.serde,
        columns: &options.columns,
        headings: &table.headings,
        languages: &table.languages,
        language: &options.layout.languages.default,
        values: crate::discriminants::Values::Named,
        published: crate::model::Published {
            http_status: table.has_http_status,
            message: table.has_message,
            solution: table.has_solution,
            docs_url: options.docs_url.as_deref(),
            grpc_code: table.has_grpc_code,
            domain: options.domain.as_deref(),
        },
    };
    Ok(items::impls(&model))
}

/// The `#[code = "..."]` literal of a variant, if it has one.
fn code_attribute(variant: &crate::syntax::Variant) -> syn::Result<Option<LitStr>> {
    let mut found = None;
    for attr in variant.attrs.iter().filter(|a| a.path().is_ident("code")) {
        let value = attr.value()?;
        let Ok(literal) = syn::parse2::<LitStr>(value.clone()) else {
            return Err(syn::Error::new_spanned(
                value,
                "expected a string literal: #[code = \"...\"]",
            ));
        };
        if found.replace(literal.clone()).is_some() {
            return Err(syn::Error::new_spanned(attr, "duplicate #[code] attribute"));
        }
    }
    Ok(found)
}
