//! The typed columns' accessors: one `pub const fn name(&self) -> Type`
//! per declared column, each reading a static table by the value's index,
//! like `code()` and `description()`, so that a column costs a table and
//! not a `match` of one arm per row.
//!
//! Fixed-width values (`bool`, integers, floats, `char`) are one byte
//! string of little-endian values; strings are a `Strings` table; a
//! variant column is a byte string of indices into the distinct variants
//! it names, turned into a value by one `match` over those. An `Option`
//! column adds a byte per row saying whether the cell had a value.

use crate::declarations::Declaration;
use crate::model::Enum;
use crate::tokens::{row_indices, strings};
use error_codes_table::columns::{Int, Kind, Value};
use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};
use std::collections::BTreeMap;

/// The tables and the `impl` block with every accessor; nothing without
/// typed columns.
pub(crate) fn accessors(model: &Enum) -> TokenStream {
    let mut tables = TokenStream::new();
    let mut functions = TokenStream::new();
    for (position, declaration) in model.columns.iter().enumerate() {
        let values: Vec<&Value> = model
            .variants
            .iter()
            .map(|v| v.row.values.get(position).unwrap_or(&Value::None))
            .collect();
        let heading = model
            .headings
            .get(position)
            .map_or(declaration.spec.name.as_str(), String::as_str);
        let (table, function) = accessor(model, declaration, position, &values, heading);
        tables.extend(table);
        functions.extend(function);
    }
    if functions.is_empty() {
        return functions;
    }
    let ident = model.ident;
    quote! {
        #tables

        impl #ident {
            #functions
        }
    }
}

/// The return type of a column's accessor, also used by the fallback.
pub(crate) fn return_type(declaration: &Declaration) -> TokenStream {
    let inner = match declaration.spec.kind {
        Kind::Bool => quote!(::core::primitive::bool),
        Kind::Int(int) => primitive(int.name()),
        Kind::F32 => quote!(::core::primitive::f32),
        Kind::F64 => quote!(::core::primitive::f64),
        Kind::Char => quote!(::core::primitive::char),
        Kind::Str => quote!(&'static ::core::primitive::str),
        Kind::Variant => {
            let path = &declaration.enum_path;
            quote!(#path)
        }
    };
    if declaration.spec.optional {
        quote!(::core::option::Option<#inner>)
    } else {
        inner
    }
}

fn primitive(name: &str) -> TokenStream {
    let ident = format_ident!("{}", name);
    quote!(::core::primitive::#ident)
}

fn accessor(
    model: &Enum,
    declaration: &Declaration,
    position: usize,
    values: &[&Value],
    heading: &str,
) -> (TokenStream, TokenStream) {
    let krate = model.krate;
    let spec = &declaration.spec;
    let table = format_ident!("COLUMN_{}", position);
    let present = format_ident!("COLUMN_{}_PRESENT", position);
    let count = values.len();
    let mut statics = TokenStream::new();
    // The value's expression, for a row that has one.
    let value = match spec.kind {
        Kind::Str => {
            // Read as the rendered cell, as `description()` is; the
            // variant's rustdoc keeps the markup.
            let texts: Vec<String> = values
                .iter()
                .map(|value| match value {
                    Value::Str(text) => error_codes_table::plain::plain_text(text),
                    _ => String::new(),
                })
                .collect();
            let strings = strings(krate, texts.iter().map(String::as_str));
            let ends_len = 4 * count;
            statics.extend(quote! {
                static #table: #krate::__private::Strings<#ends_len> = #strings;
            });
            quote!(#table.get(index(self)))
        }
        Kind::Variant => return variant_accessor(model, declaration, position, values, heading),
        kind => {
            let width = kind.width();
            let mut bytes = Vec::with_capacity(values.len() * width);
            for value in values {
                value.push_bytes(kind, &mut bytes);
            }
            let len = bytes.len();
            let bytes = Literal::byte_string(&bytes);
            statics.extend(quote! {
                static #table: [::core::primitive::u8; #len] = *#bytes;
            });
            let chunk = quote!(#krate::__private::chunk::<#width>(&#table, index(self)));
            match kind {
                Kind::Bool => quote!(#table[index(self)] != 0),
                Kind::Int(int) => {
                    let stored = primitive(int.stored());
                    let read = quote!(<#stored>::from_le_bytes(#chunk));
                    match int {
                        Int::Usize | Int::Isize => {
                            statics.extend(fits_target(int, values, &spec.name));
                            let ty = primitive(int.name());
                            quote!(#read as #ty)
                        }
                        _ => read,
                    }
                }
                Kind::F32 => quote!(<::core::primitive::f32>::from_le_bytes(#chunk)),
                Kind::F64 => quote!(<::core::primitive::f64>::from_le_bytes(#chunk)),
                // Every stored value came from a `char`; the fallback is
                // never taken, and keeps the function free of panics.
                _ => quote! {
                    match ::core::primitive::char::from_u32(<::core::primitive::u32>::from_le_bytes(#chunk)) {
                        ::core::option::Option::Some(value) => value,
                        ::core::option::Option::None => '\u{fffd}',
                    }
                },
            }
        }
    };
    let body = if spec.optional {
        let flags: Vec<u8> = values
            .iter()
            .map(|value| u8::from(**value != Value::None))
            .collect();
        let flags = Literal::byte_string(&flags);
        statics.extend(quote! {
            static #present: [::core::primitive::u8; #count] = *#flags;
        });
        quote! {
            if #present[index(self)] != 0 {
                ::core::option::Option::Some(#value)
            } else {
                ::core::option::Option::None
            }
        }
    } else {
        value
    };
    (statics, function(declaration, heading, body))
}

/// A variant column: the distinct variants in the order first met, a byte
/// (or, past 256 of them, a little-endian `u32`) per row, and a `match`
/// over the distinct ones, which rustc checks against the user's enum.
fn variant_accessor(
    model: &Enum,
    declaration: &Declaration,
    position: usize,
    values: &[&Value],
    heading: &str,
) -> (TokenStream, TokenStream) {
    let krate = model.krate;
    let table = format_ident!("COLUMN_{}", position);
    let mut distinct: Vec<&str> = Vec::new();
    // Per distinct variant, the line and the cell of the first row naming
    // it, for the error when the enum has no such variant.
    let mut first: Vec<(usize, &str)> = Vec::new();
    let mut positions: BTreeMap<&str, usize> = BTreeMap::new();
    let indices: Vec<Option<usize>> = values
        .iter()
        .zip(&model.variants)
        .map(|(value, v)| match value {
            Value::Variant { name, cell } => Some(*positions.entry(name).or_insert_with(|| {
                distinct.push(name);
                first.push((v.row.line, cell));
                distinct.len() - 1
            })),
            _ => None,
        })
        .collect();
    // An empty cell is the index past the distinct variants.
    let none_index = distinct.len();
    let indices: Vec<usize> = indices
        .into_iter()
        .map(|index| index.unwrap_or(none_index))
        .collect();
    let path = &declaration.enum_path;
    let variant = |name: &str| {
        let ident = proc_macro2::Ident::new(name, declaration.cells_span);
        quote!(#path::#ident)
    };
    let unknown = unknown_variants(model, declaration, position, heading, &distinct, &first);
    let optional = declaration.spec.optional;
    // A column with one value needs no table, and a one-arm `match` would
    // trip clippy's `match_single_binding` in the user's crate.
    match (distinct.as_slice(), optional) {
        ([], _) => {
            let body = quote!(::core::option::Option::None);
            return (TokenStream::new(), function(declaration, heading, body));
        }
        ([only], false) => {
            let body = variant(only);
            return (unknown, function(declaration, heading, body));
        }
        _ => {}
    }
    let (indices, read) = row_indices(krate, &table, &indices, none_index);
    let statics = quote! {
        #unknown
        #indices
    };
    let mut arms = TokenStream::new();
    for (index, name) in distinct.iter().enumerate() {
        let value = variant(name);
        let is_last = index + 1 == distinct.len();
        let pattern = if is_last && !optional {
            quote!(_)
        } else {
            quote!(#index)
        };
        arms.extend(if optional {
            quote!(#pattern => ::core::option::Option::Some(#value),)
        } else {
            quote!(#pattern => #value,)
        });
    }
    if optional {
        arms.extend(quote!(_ => ::core::option::Option::None,));
    }
    let body = quote!(match #read { #arms });
    (statics, function(declaration, heading, body))
}

/// What makes a cell that names no variant of the column's enum an error
/// that names the file, the line, the column and the cell as written,
/// instead of rustc's "no variant named `NotOk`" on the `csv` literal
/// (issue 20).
///
/// A trait in scope gives the enum an associated constant of each name the
/// column uses. Where the enum has that variant, `Severity::Critical`
/// resolves to the variant (a variant comes before any associated item)
/// and the constant is never evaluated; where it has not, the path
/// resolves to the constant, whose evaluation panics with the message, and
/// a `const _` of each name makes rustc evaluate it in every build, `cargo
/// check` included.
fn unknown_variants(
    model: &Enum,
    declaration: &Declaration,
    position: usize,
    heading: &str,
    distinct: &[&str],
    first: &[(usize, &str)],
) -> TokenStream {
    let path = &declaration.enum_path;
    let type_name = &declaration.spec.type_name;
    let trait_name = format_ident!("Column{}Variants", position);
    let mut declared = TokenStream::new();
    let mut defined = TokenStream::new();
    let mut evaluated = TokenStream::new();
    for (name, &(line, cell)) in distinct.iter().zip(first) {
        let ident = proc_macro2::Ident::new(name, declaration.cells_span);
        let message = format!(
            "{}:{line}: column `{heading}`: `{}` names no variant of `{type_name}` (read as `{name}`)",
            model.display,
            bounded(cell),
        );
        declared.extend(quote!(const #ident: Self;));
        defined.extend(quote!(const #ident: Self = ::core::panic!(#message);));
        evaluated.extend(quote!(const _: #path = #path::#ident;));
    }
    quote! {
        #[allow(non_upper_case_globals, dead_code)]
        trait #trait_name {
            #declared
        }
        #[allow(non_upper_case_globals, dead_code)]
        impl #trait_name for #path {
            #defined
        }
        #evaluated
    }
}

/// A cell as an error quotes it: its first 60 characters.
fn bounded(cell: &str) -> String {
    match cell.char_indices().nth(60) {
        Some((at, _)) => format!("{}...", &cell[..at]),
        None => cell.to_owned(),
    }
}

/// `isize` and `usize` columns are stored as 64 bits; on a target whose
/// pointer is narrower, a value that does not fit fails the build.
fn fits_target(int: Int, values: &[&Value], name: &str) -> TokenStream {
    let numbers = values.iter().filter_map(|value| match value {
        Value::Int(number) => Some(*number),
        _ => None,
    });
    let (min, max) = numbers.fold((0i128, 0i128), |(lo, hi), n| (lo.min(n), hi.max(n)));
    let message = format!(
        "column `{name}` holds a value that does not fit this target's `{}`",
        int.name()
    );
    match int {
        Int::Usize => {
            let max = Literal::u64_suffixed(u64::try_from(max).unwrap_or(u64::MAX));
            quote! {
                const _: () = ::core::assert!(
                    #max <= ::core::primitive::usize::MAX as ::core::primitive::u64,
                    #message
                );
            }
        }
        _ => {
            let min = Literal::i64_suffixed(i64::try_from(min).unwrap_or(i64::MIN));
            let max = Literal::i64_suffixed(i64::try_from(max).unwrap_or(i64::MAX));
            quote! {
                const _: () = ::core::assert!(
                    #min >= ::core::primitive::isize::MIN as ::core::primitive::i64
                        && #max <= ::core::primitive::isize::MAX as ::core::primitive::i64,
                    #message
                );
            }
        }
    }
}

fn function(declaration: &Declaration, heading: &str, body: TokenStream) -> TokenStream {
    let ident = &declaration.ident;
    let ty = return_type(declaration);
    let type_name = &declaration.spec.type_name;
    let mut doc = format!(" The `{heading}` column of the table, as `{type_name}`");
    doc.push_str(match (declaration.spec.kind, declaration.spec.optional) {
        (_, true) => ": `None` where the cell is empty.",
        (Kind::Variant, false) => ": the variant its cell names.",
        (Kind::Str, false) => ", as plain text (the cell's markup removed, as in `description()`).",
        _ => ".",
    });
    quote! {
        #[doc = #doc]
        #[inline]
        pub const fn #ident(&self) -> #ty {
            #body
        }
    }
}

/// Appends to a variant's rustdoc the lines that show its row's values,
/// one per column (`- `http_status()`: `404``). `prefixes` are
/// [`row_doc_prefixes`], made once per table: this runs for every cell of
/// every typed column, in a macro built at opt-level 0.
pub(crate) fn row_doc(model: &Enum, prefixes: &[String], values: &[Value], doc: &mut String) {
    for ((declaration, prefix), value) in model.columns.iter().zip(prefixes).zip(values) {
        let spec = &declaration.spec;
        doc.push_str(prefix);
        match value {
            // Nothing in these needs a longer code-span fence.
            Value::Bool(true) if !spec.optional => doc.push_str("true`"),
            Value::Bool(false) if !spec.optional => doc.push_str("false`"),
            Value::Int(number) if !spec.optional => {
                push_integer(doc, *number);
                doc.push('`');
            }
            _ => {
                let start = doc.len();
                value.write_source(spec.optional, &spec.type_name, doc);
                // A code span holding a backtick needs a longer fence.
                if doc[start..].contains('`') {
                    doc.insert_str(start, "` ");
                    doc.push_str(" ``");
                } else {
                    doc.push('`');
                }
            }
        }
    }
}

/// The start of each column's line in [`row_doc`]: `\n- `name()`: ``.
pub(crate) fn row_doc_prefixes(model: &Enum) -> Vec<String> {
    model
        .columns
        .iter()
        .map(|declaration| format!("\n- `{}()`: `", declaration.spec.name))
        .collect()
}

/// An integer in decimal, without the formatting machinery (a `write!` per
/// cell was most of [`row_doc`]'s time at opt-level 0).
fn push_integer(out: &mut String, number: i128) {
    if number < 0 {
        out.push('-');
    }
    let mut digits = [0u8; 40];
    let mut at = digits.len();
    let magnitude = number.unsigned_abs();
    // 64-bit division while the value fits: 128-bit division is a call.
    match u64::try_from(magnitude) {
        Ok(mut rest) => loop {
            at -= 1;
            digits[at] = b'0' + (rest % 10) as u8;
            rest /= 10;
            if rest == 0 {
                break;
            }
        },
        Err(_) => {
            let mut rest = magnitude;
            loop {
                at -= 1;
                digits[at] = b'0' + (rest % 10) as u8;
                rest /= 10;
                if rest == 0 {
                    break;
                }
            }
        }
    }
    out.push_str(std::str::from_utf8(&digits[at..]).unwrap_or_default());
}

/// The enum's rustdoc section listing its typed columns.
pub(crate) fn enum_doc(model: &Enum) -> Option<String> {
    if model.columns.is_empty() {
        return None;
    }
    let mut doc = String::from(
        "\n\n# Columns\n\nBesides `code()`, `description()` and `module()`, every value has:\n\n| accessor | type | column |\n| --- | --- | --- |",
    );
    for (position, declaration) in model.columns.iter().enumerate() {
        let spec = &declaration.spec;
        let heading = model
            .headings
            .get(position)
            .unwrap_or(&spec.name)
            .replace('|', "\\|");
        let ty = if spec.optional {
            format!("Option<{}>", spec.type_name)
        } else {
            spec.type_name.clone()
        };
        doc.push_str(&format!(
            "\n| [`{name}()`](Self::{name}) | `{ty}` | {heading} |",
            name = spec.name
        ));
    }
    Some(doc)
}
