//! The items of every enum: its static tables, accessors, `ALL` and
//! `COUNT`, in one anonymous `const` block with what the other generators
//! give it (the trait impls, typed columns, lookup, numeric conversions,
//! serde).
//!
//! Every accessor reads a static table by variant index, so the output grows
//! by one table entry per row and never by a match arm: a 10,000-row table
//! compiles in about half the time of the same tables written by hand.

use crate::model::{Enum, Index, Variant};
use crate::tokens::{lex, row_indices, strings, strings_type};
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;
use std::collections::BTreeMap;
use std::fmt::Write;

/// The tables, the inherent items and the trait impls, in an anonymous
/// `const` block so that the tables' names cannot clash with the user's.
pub(crate) fn impls(model: &Enum) -> TokenStream {
    let Enum {
        krate,
        ident,
        variants,
        ..
    } = model;
    let name = ident.to_string();
    let count = variants.len();
    let include = model.include.map(|csv| {
        quote! {
            // Cargo rebuilds the crate when a file it includes changes.
            const _: &[::core::primitive::u8] = ::core::include_bytes!(#csv);
        }
    });
    let strings_type = strings_type(krate, count);
    let codes = strings(krate, variants.iter().map(|v| v.row.code.as_str()));
    let templates = crate::templates::of(variants);
    let plain = crate::templates::descriptions(variants);
    let descriptions = strings(krate, plain.iter().map(String::as_str));
    let names: Vec<&str> = variants.iter().map(|v| v.name.as_str()).collect();
    let numbers = matches!(model.index, Index::Code(_))
        .then(|| crate::numeric::numbers(variants.iter().map(|v| v.row.code.as_str())))
        .flatten();
    let discriminants = numbers.as_ref().map(|numbers| numbers.values.as_slice());
    let (values_items, all) =
        crate::discriminants::items(&model.values, ident, &names, discriminants, lex);

    let index_fn = match &model.index {
        Index::Code(_) => {
            crate::numeric::dense_index(krate, ident, discriminants.unwrap_or_default())
                .unwrap_or_else(|| match_index(ident, variants))
        }
        Index::Discriminant => quote! {
            #[inline(always)]
            const fn index(value: &#ident) -> ::core::primitive::usize {
                *value as ::core::primitive::usize
            }
        },
        Index::Match => match_index(ident, variants),
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
    let (published, mut published_trait_fns) = crate::published::items(model);
    let (languages, language_trait_fns) = crate::languages::items(model, &templates);
    published_trait_fns.extend(language_trait_fns);
    let traits = crate::traits::impls(
        model,
        &all,
        &module_body,
        &strings_type,
        &published_trait_fns,
    );
    let templates = crate::templates::items(model, &templates);
    let miette = crate::serde::miette(krate, ident);
    let services = crate::serde::services(krate, ident);

    // Retired codes are `#[deprecated]` variants: the tables name them, and
    // only the user's own uses should warn. Statics, not consts: a const's
    // data is emitted again in every codegen unit that uses it.
    crate::tokens::template(
        r#"
#[allow(deprecated)]
const _: () = {
    $include

    static CODES: $strings_type = $codes;
    static DESCRIPTIONS: $strings_type = $descriptions;
    $values_items
    $modules_table
    $lookup_table
    $index_fn

    impl $ident {
        #[doc = $doc_all]
        pub const ALL: &'static [Self] = $all;

        #[doc = $doc_count]
        pub const COUNT: ::core::primitive::usize = $count;

        #[doc = " The code, exactly as in the table."]
        #[inline]
        pub const fn code(&self) -> &'static ::core::primitive::str {
            CODES.get(index(self))
        }

        #[doc = $doc_description]
        #[inline]
        pub const fn description(&self) -> &'static ::core::primitive::str {
            DESCRIPTIONS.get(index(self))
        }

        #[doc = $doc_module]
        #[inline]
        pub const fn module(&self) -> ::core::option::Option<&'static ::core::primitive::str> {
            $module_body
        }

        #[doc = " The value whose code is exactly `code` (case-sensitive),"]
        #[doc = " in constant time."]
        #[inline]
        pub fn from_code(code: &::core::primitive::str) -> ::core::option::Option<Self> {
            $lookup_body
        }
    }

    $traits
    $accessors
    $templates
    $published
    $languages

    $numeric

    $serde
    $miette
    $services
};
"#,
        &[
            ("include", &include),
            ("strings_type", &strings_type),
            ("codes", &codes),
            ("descriptions", &descriptions),
            ("values_items", &values_items),
            ("modules_table", &modules_table),
            ("lookup_table", &lookup_table),
            ("index_fn", &index_fn),
            ("ident", ident),
            ("doc_all", &doc_all),
            ("all", &all),
            ("doc_count", &doc_count),
            ("count", &count),
            ("doc_description", &doc_description),
            ("doc_module", &doc_module),
            ("module_body", &module_body),
            ("lookup_body", &lookup_body),
            ("traits", &traits),
            ("accessors", &accessors),
            ("templates", &templates),
            ("published", &published),
            ("languages", &languages),
            ("numeric", &numeric),
            ("serde", &serde),
            ("miette", &miette),
            ("services", &services),
        ],
    )
}

/// `index()` as a `match` from each variant to its row: for the derive,
/// whose enum is the user's, and numeric codes too far apart for a table.
fn match_index(ident: &Ident, variants: &[Variant]) -> TokenStream {
    let mut arms = String::new();
    for (position, v) in variants.iter().enumerate() {
        let _ = write!(arms, "{ident}::{} => {position},", v.name);
    }
    let arms = lex(&arms);
    quote! {
        #[inline(always)]
        const fn index(value: &#ident) -> ::core::primitive::usize {
            match *value { #arms }
        }
    }
}

/// The docs of `description()` and `module()`, which say whose cells they
/// give where rows were merged.
fn accessor_docs(variants: &[Variant]) -> (String, String) {
    let mut description = String::from(
        " The description as a person reads the rendered cell: plain text, \
         inline Markdown and RST markup removed, white space collapsed \
         (the rustdoc of each variant keeps the markup). A row with \
         placeholders shows its template (`{0}`, `{name}`), `{{` and `}}` \
         as one brace; the checked-code macro or `fill` fills it.",
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
fn modules(krate: &crate::syntax::Path, variants: &[Variant]) -> (TokenStream, TokenStream) {
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
    let (indices, index) = row_indices(
        krate,
        &Ident::new("MODULES", Span::call_site()),
        &indices,
        0,
    );
    let count = distinct.len();
    let distinct = distinct.iter().map(|module| match module {
        Some(module) => quote!(::core::option::Option::Some(#module)),
        None => quote!(::core::option::Option::None),
    });
    let table = quote! {
        static MODULE_NAMES: [::core::option::Option<&::core::primitive::str>; #count] =
            [#(#distinct),*];
        #indices
    };
    let body = quote!(MODULE_NAMES[#index]);
    (table, body)
}
