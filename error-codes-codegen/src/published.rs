//! The accessors of the standard columns published tables carry beside the
//! description: `http_status()` and `http_statuses()`, `message()`,
//! `solution()`, and `docs_url()` from the `docs_url` option. Each reads a
//! static table by the value's index, as `code()` does, and the
//! `ErrorCode` impl delegates to them.
//!
//! A typed column named `http_status`, `message` or `solution` replaces the
//! standard column (its accessor is the user's), so that tables declaring
//! `columns(http_status: u16)` build as before. The trait's `http_status()`
//! and `http_statuses()` still read that column (an integer, or text such
//! as `404/500`), so that code generic over `ErrorCode` sees the statuses
//! the enum's own accessor gives, whichever way the table declares them.

use crate::model::Enum;
use crate::tokens::{row_indices, strings};
use error_codes_table::columns::Value;
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;
use std::collections::BTreeMap;
use std::fmt::Write;

/// The tables with the inherent accessors, and the `ErrorCode` methods
/// that delegate to them.
pub(crate) fn items(model: &Enum) -> (TokenStream, TokenStream) {
    let krate = model.krate;
    let ident = model.ident;
    let replaced = |name: &str| model.columns.iter().any(|c| c.spec.name == name);
    let mut tables = TokenStream::new();
    let mut inherent = TokenStream::new();
    let mut trait_fns = TokenStream::new();
    let option_str = quote!(::core::option::Option<&'static ::core::primitive::str>);

    if let Some(typed) = model
        .columns
        .iter()
        .position(|c| c.spec.name == "http_status")
    {
        let lists: Vec<Vec<u16>> = model
            .variants
            .iter()
            .map(|v| {
                v.row
                    .values
                    .get(typed)
                    .map(typed_statuses)
                    .unwrap_or_default()
            })
            .collect();
        let (table, body) = status_table(model, &lists);
        tables.extend(table);
        trait_fns.extend(quote! {
            #[inline]
            fn http_status(&self) -> ::core::option::Option<::core::primitive::u16> {
                match <Self as #krate::ErrorCode>::http_statuses(self) {
                    [first, ..] => ::core::option::Option::Some(*first),
                    [] => ::core::option::Option::None,
                }
            }

            #[inline]
            fn http_statuses(&self) -> &'static [::core::primitive::u16] {
                #body
            }
        });
    } else {
        let body = if model.published.http_status {
            let lists: Vec<Vec<u16>> = model
                .variants
                .iter()
                .map(|v| v.row.http_status.clone())
                .collect();
            let (table, body) = status_table(model, &lists);
            tables.extend(table);
            body
        } else {
            quote!(&[])
        };
        inherent.extend(quote! {
            /// Every HTTP status of the table's `http_status` cell for the
            /// code, in the order written (`[404, 500]` for `404/500`);
            /// empty where the cell names none or the table has no such
            /// column.
            #[inline]
            pub const fn http_statuses(&self) -> &'static [::core::primitive::u16] {
                #body
            }

            /// The HTTP status to answer with: the first of
            /// [`http_statuses`](Self::http_statuses), `None` where there
            /// is none.
            #[inline]
            pub const fn http_status(&self) -> ::core::option::Option<::core::primitive::u16> {
                match self.http_statuses() {
                    [first, ..] => ::core::option::Option::Some(*first),
                    [] => ::core::option::Option::None,
                }
            }
        });
        trait_fns.extend(quote! {
            #[inline]
            fn http_status(&self) -> ::core::option::Option<::core::primitive::u16> {
                #ident::http_status(self)
            }

            #[inline]
            fn http_statuses(&self) -> &'static [::core::primitive::u16] {
                #ident::http_statuses(self)
            }
        });
    }

    if !replaced("grpc_code") {
        let body = if model.published.grpc_code {
            let codes = model.variants.iter().map(|v| match v.row.grpc_code {
                Some(code) => quote!(::core::option::Option::Some(#code)),
                None => quote!(::core::option::Option::None),
            });
            let count = model.variants.len();
            tables.extend(quote! {
                static GRPC_CODES: [::core::option::Option<::core::primitive::i32>; #count] = [#(#codes),*];
            });
            quote!(GRPC_CODES[index(self)])
        } else {
            quote!(::core::option::Option::None)
        };
        inherent.extend(quote! {
            /// The gRPC status code of the table's `grpc_code` cell for the
            /// code (`5` for `NOT_FOUND`), `None` where it is empty or the
            /// table has no such column.
            #[inline]
            pub const fn grpc_code(&self) -> ::core::option::Option<::core::primitive::i32> {
                #body
            }
        });
        trait_fns.extend(quote! {
            #[inline]
            fn grpc_code(&self) -> ::core::option::Option<::core::primitive::i32> {
                #ident::grpc_code(self)
            }
        });
    }

    if let Some(domain) = model.published.domain {
        trait_fns.extend(quote! {
            #[inline]
            fn domain(&self) -> &'static ::core::primitive::str {
                #domain
            }
        });
    }

    for (name, present, doc) in [
        (
            "message",
            model.published.message,
            " The table's `message` cell for the code, as plain text (markup \
             removed, as in `description()`); `None` where it is empty or the \
             table has no such column.",
        ),
        (
            "solution",
            model.published.solution,
            " The table's `solution` cell for the code, what the caller should \
             do, as plain text (markup removed, as in `description()`); `None` \
             where it is empty or the table has no such column.",
        ),
    ] {
        if replaced(name) {
            continue;
        }
        let function = quote::format_ident!("{}", name);
        let body = if present {
            let table = quote::format_ident!("{}", name.to_ascii_uppercase());
            let texts: Vec<String> = model
                .variants
                .iter()
                .map(|v| {
                    let cell = match name {
                        "message" => &v.row.message,
                        _ => &v.row.solution,
                    };
                    // A message is a template: shown unfilled, as a
                    // description with placeholders is.
                    cell.as_deref()
                        .map(|cell| match name {
                            "message" => error_codes_table::placeholders::description_text(cell),
                            _ => error_codes_table::plain::plain_text(cell),
                        })
                        .unwrap_or_default()
                })
                .collect();
            let strings = strings(krate, texts.iter().map(String::as_str));
            let ends_len = 4 * texts.len();
            tables.extend(quote! {
                static #table: #krate::__private::Strings<#ends_len> = #strings;
            });
            quote! {
                let text = #table.get(index(self));
                if text.is_empty() {
                    ::core::option::Option::None
                } else {
                    ::core::option::Option::Some(text)
                }
            }
        } else {
            quote!(::core::option::Option::None)
        };
        inherent.extend(quote! {
            #[doc = #doc]
            #[inline]
            pub const fn #function(&self) -> #option_str {
                #body
            }
        });
        trait_fns.extend(quote! {
            #[inline]
            fn #function(&self) -> #option_str {
                #ident::#function(self)
            }
        });
    }

    if let Some(pattern) = model.published.docs_url {
        let urls: Vec<String> = model
            .variants
            .iter()
            .map(|v| docs_url(pattern, &v.row.code))
            .collect();
        let strings = strings(krate, urls.iter().map(String::as_str));
        let ends_len = 4 * urls.len();
        tables.extend(quote! {
            static DOCS_URLS: #krate::__private::Strings<#ends_len> = #strings;
        });
        let doc = format!(
            " The code's documentation page: `{}` with the code, percent-encoded, in place of `{{code}}`.",
            pattern.replace('`', "'")
        );
        inherent.extend(quote! {
            #[doc = #doc]
            #[inline]
            pub const fn docs_url(&self) -> #option_str {
                ::core::option::Option::Some(DOCS_URLS.get(index(self)))
            }
        });
        trait_fns.extend(quote! {
            #[inline]
            fn docs_url(&self) -> #option_str {
                #ident::docs_url(self)
            }
        });
    }

    let items = quote! {
        #tables

        impl #ident {
            #inherent
        }
    };
    (items, trait_fns)
}

/// The distinct lists of statuses, each a slice, and per row a byte (past
/// 256 lists, a little-endian `u32`) naming its list: real tables use a
/// handful of statuses, so this is a few tokens whatever the rows.
fn status_table(model: &Enum, rows: &[Vec<u16>]) -> (TokenStream, TokenStream) {
    let krate = model.krate;
    let mut distinct: Vec<&[u16]> = Vec::new();
    let mut positions: BTreeMap<&[u16], usize> = BTreeMap::new();
    let indices: Vec<usize> = rows
        .iter()
        .map(|list| {
            let list = list.as_slice();
            *positions.entry(list).or_insert_with(|| {
                distinct.push(list);
                distinct.len() - 1
            })
        })
        .collect();
    let (indices, index) = row_indices(
        krate,
        &Ident::new("STATUSES", Span::call_site()),
        &indices,
        0,
    );
    let lists = distinct.iter().map(|list| {
        let statuses = list.iter().map(|&s| Literal::u16_unsuffixed(s));
        quote!(&[#(#statuses),*])
    });
    let count = distinct.len();
    let table = quote! {
        static STATUS_LISTS: [&[::core::primitive::u16]; #count] = [#(#lists),*];
        #indices
    };
    let body = quote!(STATUS_LISTS[#index]);
    (table, body)
}

/// The statuses a typed `http_status` cell names: an integer that is a
/// status (100 to 599), or text read as the standard column reads it
/// (`404/500`); nothing for an empty cell or one that names no status.
fn typed_statuses(value: &Value) -> Vec<u16> {
    match value {
        Value::Int(n) => u16::try_from(*n)
            .ok()
            .filter(|s| (100..=599).contains(s))
            .into_iter()
            .collect(),
        Value::Str(text) => error_codes_table::status::parse(text).unwrap_or_default(),
        _ => Vec::new(),
    }
}

/// The pattern with `code`, percent-encoded, in place of every `{code}`:
/// RFC 3986's unreserved characters (letters, digits, `-`, `.`, `_`, `~`)
/// kept, every other byte of the code's UTF-8 as `%XX`. Written here
/// rather than taken from the percent-encoding crate, which Cargo started
/// late enough to hold up this crate's build on a user's first build,
/// which is kept short.
pub(crate) fn docs_url(pattern: &str, code: &str) -> String {
    let mut encoded = String::with_capacity(code.len());
    for &byte in code.as_bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            encoded.push(char::from(byte));
        } else {
            let _ = write!(encoded, "%{byte:02X}");
        }
    }
    pattern.replace("{code}", &encoded)
}

#[cfg(test)]
mod tests {
    use super::docs_url;

    #[test]
    fn the_code_is_percent_encoded_into_the_pattern() {
        let pattern = "https://example.com/errors/{code}";
        for (code, url) in [
            (
                "VolumeBackup.0014",
                "https://example.com/errors/VolumeBackup.0014",
            ),
            ("Not Found", "https://example.com/errors/Not%20Found"),
            ("a/b?c#d", "https://example.com/errors/a%2Fb%3Fc%23d"),
            ("-32700", "https://example.com/errors/-32700"),
            ("é", "https://example.com/errors/%C3%A9"),
        ] {
            assert_eq!(docs_url(pattern, code), url);
        }
        assert_eq!(
            docs_url("https://x.dev/{code}#{code}", "A 1"),
            "https://x.dev/A%201#A%201"
        );
    }
}
