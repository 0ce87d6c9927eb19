//! The model every generator reads ([`Enum`], [`Variant`]), the helpers
//! they share (lexing, string tables), and the items of every enum: its
//! static tables, accessors, `ALL` and `COUNT`, in one anonymous `const`
//! block with what the other generators give it. The enum itself is
//! `definition.rs`, its trait impls `traits.rs`, the lookup `lookup.rs`,
//! the checked-code macro `code_macro.rs`, typed columns `accessors.rs`,
//! serde `serde.rs`.
//!
//! Every accessor reads a static table by variant index, so the output grows
//! by one table entry per row and never by a match arm: a 10,000-row table
//! compiles in about half the time of the same tables written by hand.
//!
//! rustc pays for a macro's output by the token, so the tables are few
//! tokens whatever their size: the strings of a table are one literal, the
//! lookup tables and offsets byte strings. The per-row parts that must be
//! tokens (variants with their docs, their discriminants, macro arms) are
//! written as source text and lexed by rustc in one call each.

use crate::columns::Declaration;
use crate::parse::Row;
use crate::phf;
use proc_macro2::{Ident, Literal, TokenStream};
use quote::quote;
use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;

/// One variant and the row it stands for.
pub struct Variant<'a> {
    /// The variant's identifier, already checked to be one.
    pub name: String,
    /// The row whose cells the accessors give.
    pub row: &'a Row,
    /// The table's other rows with the same code (`duplicates = "merge"`),
    /// listed in the variant's rustdoc.
    pub also: Vec<&'a Row>,
}

/// Everything the impls of one enum are generated from.
pub struct Enum<'a> {
    pub krate: &'a syn::Path,
    pub ident: &'a Ident,
    pub variants: Vec<Variant<'a>>,
    /// Whether the table has a `module` column.
    pub has_module: bool,
    /// The CSV file, so that Cargo rebuilds when it changes.
    pub csv: &'a Path,
    pub lookup: phf::Lookup,
    /// How a value finds its row: by discriminant when the macro wrote the
    /// enum, by `match` when the user did.
    pub index: Index,
    /// Whether to invoke the serde hook (`serde = false` turns it off).
    pub serde: bool,
    /// The typed columns, whose values are in each row's `values`.
    pub columns: &'a [Declaration],
    /// Their headings as the table writes them, for the docs.
    pub headings: &'a [String],
    /// How a row becomes its value.
    pub values: crate::values::Values,
    /// The standard columns beside the description, and `docs_url`.
    pub published: crate::published::Published<'a>,
}

#[derive(Clone, Copy, PartialEq)]
pub enum Index {
    Discriminant,
    Match,
}

/// Lexes generated source text. It is always valid Rust (string literals
/// are written with `{:?}`, which escapes them); if it were not, the user
/// gets a compile error rather than a panic.
pub fn lex(text: &str) -> TokenStream {
    // Inside the compiler, rustc lexes the text directly: proc-macro2's own
    // parse would first check it again token by token, in code built at
    // Cargo's opt-level 0 for proc macros, which took most of the macro's
    // time at 10,000 rows. Outside (unit tests), proc-macro2 lexes it.
    let lexed = if proc_macro::is_available() {
        text.parse::<proc_macro::TokenStream>()
            .map(TokenStream::from)
            .map_err(drop)
    } else {
        text.parse::<TokenStream>().map_err(drop)
    };
    lexed.unwrap_or_else(|()| {
        quote!(::core::compile_error!(
            "error-codes generated code that does not lex; please report this table"
        ))
    })
}

/// A table of strings as `error_codes_core::__private::Strings`: one
/// literal holding them end to end and one byte string of where each ends,
/// two tokens however many rows (see that type for why).
pub fn strings<'s>(krate: &syn::Path, items: impl Iterator<Item = &'s str>) -> TokenStream {
    let mut text = String::new();
    let mut ends = Vec::new();
    for item in items {
        text.push_str(item);
        ends.extend_from_slice(&u32_le(text.len()));
    }
    let ends_len = ends.len();
    let ends = Literal::byte_string(&ends);
    // `{:?}` escapes the text in the standard library's code, optimized
    // even when this macro is not; `Literal::string` would do it here.
    let text = lex(&format!("{text:?}"));
    quote! {
        #krate::__private::Strings::<#ends_len> { text: #text, ends: #ends }
    }
}

/// The type of a [`strings`] table of `count` strings.
fn strings_type(krate: &syn::Path, count: usize) -> TokenStream {
    let ends_len = 4 * count;
    quote!(#krate::__private::Strings<#ends_len>)
}

/// An offset or index as the little-endian `u32` the runtime reads; tables
/// are far below 4 GiB, and a larger one is cut rather than a panic.
fn u32_le(value: usize) -> [u8; 4] {
    u32::try_from(value).unwrap_or(u32::MAX).to_le_bytes()
}

/// The tables, the inherent items and the trait impls, in an anonymous
/// `const` block so that the tables' names cannot clash with the user's.
pub fn impls(model: &Enum) -> TokenStream {
    let Enum {
        krate,
        ident,
        variants,
        ..
    } = model;
    let name = ident.to_string();
    let count = variants.len();
    let include = crate::source::include_path(model.csv).map(|csv| {
        quote! {
            // Cargo rebuilds the crate when a file it includes changes.
            const _: &[::core::primitive::u8] = ::core::include_bytes!(#csv);
        }
    });
    let strings_type = strings_type(krate, count);
    let codes = strings(krate, variants.iter().map(|v| v.row.code.as_str()));
    let plain: Vec<String> = variants
        .iter()
        .map(|v| crate::plain::plain_text(&v.row.description))
        .collect();
    let descriptions = strings(krate, plain.iter().map(String::as_str));
    let names: Vec<&str> = variants.iter().map(|v| v.name.as_str()).collect();
    let (values_items, all) = crate::values::items(&model.values, ident, &names, lex);

    let index_fn = match model.index {
        Index::Discriminant => quote! {
            #[inline(always)]
            const fn index(value: &#ident) -> ::core::primitive::usize {
                *value as ::core::primitive::usize
            }
        },
        Index::Match => {
            let mut arms = String::new();
            for (position, v) in variants.iter().enumerate() {
                let _ = write!(arms, "{name}::{} => {position},", v.name);
            }
            let arms = lex(&arms);
            quote! {
                #[inline(always)]
                const fn index(value: &#ident) -> ::core::primitive::usize {
                    match *value { #arms }
                }
            }
        }
    };

    let (modules_table, module_body) = if model.has_module {
        modules(krate, variants)
    } else {
        (quote!(), quote!(::core::option::Option::None))
    };

    let (lookup_table, lookup_body) = crate::lookup::lookup(model);
    let serde = model.serde.then(|| crate::serde::impls(krate, ident));
    let numeric = crate::numeric::impls(model);
    let doc_all = format!(" Every `{name}`, in table order.");
    let doc_count = format!(" The number of codes in the table: {count}.");
    let (doc_description, doc_module) = accessor_docs(variants);

    let accessors = crate::accessors::accessors(model);
    let (published, published_trait_fns) = crate::published::items(model);
    let traits = crate::traits::impls(
        model,
        &all,
        &module_body,
        &strings_type,
        &published_trait_fns,
    );
    let miette = crate::serde::miette(krate, ident);

    quote! {
        // Retired codes are `#[deprecated]` variants: the tables name them,
        // and only the user's own uses should warn.
        #[allow(deprecated)]
        const _: () = {
            #include

            // Statics, not consts: a const's data is emitted again in every
            // codegen unit that uses it.
            static CODES: #strings_type = #codes;
            static DESCRIPTIONS: #strings_type = #descriptions;
            #values_items
            #modules_table
            #lookup_table
            #index_fn

            impl #ident {
                #[doc = #doc_all]
                pub const ALL: &'static [Self] = #all;

                #[doc = #doc_count]
                pub const COUNT: ::core::primitive::usize = #count;

                /// The code, exactly as in the table.
                #[inline]
                pub const fn code(&self) -> &'static ::core::primitive::str {
                    CODES.get(index(self))
                }

                #[doc = #doc_description]
                #[inline]
                pub const fn description(&self) -> &'static ::core::primitive::str {
                    DESCRIPTIONS.get(index(self))
                }

                #[doc = #doc_module]
                #[inline]
                pub const fn module(&self) -> ::core::option::Option<&'static ::core::primitive::str> {
                    #module_body
                }

                /// The value whose code is exactly `code` (case-sensitive),
                /// in constant time.
                #[inline]
                pub fn from_code(code: &::core::primitive::str) -> ::core::option::Option<Self> {
                    #lookup_body
                }
            }

            #traits
            #accessors
            #published

            #numeric

            #serde
            #miette
        };
    }
}

/// The docs of `description()` and `module()`, which say whose cells they
/// give where rows were merged.
fn accessor_docs(variants: &[Variant]) -> (String, String) {
    let mut description = String::from(
        " The description as a person reads the rendered cell: plain text, \
         inline Markdown and RST markup removed, white space collapsed \
         (the rustdoc of each variant keeps the markup).",
    );
    let mut module = String::from(
        " The module (group) of the code, `None` when the table has no \
         `module` column or the cell is empty.",
    );
    if variants.iter().any(|v| !v.also.is_empty()) {
        let first = " Where the table lists a code on several rows \
                     (`duplicates = \"merge\"`), the first row's; the variant's \
                     rustdoc lists them all.";
        description.push_str(first);
        module.push_str(first);
    }
    (description, module)
}

/// The module table: each distinct module once, and per row an index into
/// it, rather than a string per row.
fn modules(krate: &syn::Path, variants: &[Variant]) -> (TokenStream, TokenStream) {
    let mut distinct: Vec<Option<&str>> = Vec::new();
    let mut positions: BTreeMap<Option<&str>, usize> = BTreeMap::new();
    let mut indices = Vec::new();
    for v in variants {
        let module = v.row.module.as_deref();
        let position = *positions.entry(module).or_insert_with(|| {
            distinct.push(module);
            distinct.len() - 1
        });
        indices.push(position);
    }
    // One byte per row while the modules fit, else a little-endian `u32`.
    let narrow = distinct.len() <= usize::from(u8::MAX) + 1;
    let indices: Vec<u8> = if narrow {
        indices.iter().map(|&i| i as u8).collect()
    } else {
        indices.iter().flat_map(|&i| u32_le(i)).collect()
    };
    let (indices_len, distinct_count) = (indices.len(), distinct.len());
    let indices = Literal::byte_string(&indices);
    let distinct = distinct.iter().map(|module| match module {
        Some(module) => quote!(::core::option::Option::Some(#module)),
        None => quote!(::core::option::Option::None),
    });
    let table = quote! {
        static MODULE_NAMES: [::core::option::Option<&::core::primitive::str>; #distinct_count] =
            [#(#distinct),*];
        static MODULES: [::core::primitive::u8; #indices_len] = *#indices;
    };
    let body = if narrow {
        quote!(MODULE_NAMES[MODULES[index(self)] as ::core::primitive::usize])
    } else {
        quote! {
            match #krate::__private::u32_at(&MODULES, index(self)) {
                ::core::option::Option::Some(module) => MODULE_NAMES[module as ::core::primitive::usize],
                ::core::option::Option::None => ::core::option::Option::None,
            }
        }
    };
    (table, body)
}
