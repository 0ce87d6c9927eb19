//! The items of a table's languages: `LANGUAGES` always, and for a table
//! with translated columns (`description@de`) a string table per language
//! and column, `description_in`, `message_in`, `solution_in` and
//! `negotiate`, and the templates of each language for
//! `Formatted::text_in`. A table without translations gets `LANGUAGES`
//! alone, so that its expansion is otherwise what it was.

use crate::model::{Enum, Variant};
use crate::tokens::{lex, strings, u32_le};
use error_codes_table::header::Standard;
use error_codes_table::parse::Translation;
use error_codes_table::placeholders::{self, Piece, Template};
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{format_ident, quote};
use std::fmt::Write;

/// The items, and the `ErrorCode` methods that delegate to them.
pub(crate) fn items(model: &Enum, templates: &[Option<Template>]) -> (TokenStream, TokenStream) {
    let krate = model.krate;
    let ident = model.ident;
    let languages: Vec<&str> = std::iter::once(model.language)
        .chain(model.languages.iter().map(String::as_str))
        .collect();
    let doc = " The table's languages as BCP 47 tags: its own first (the `language` \
               option), then those of its translated columns (`description@de`), in \
               column order.";
    let constant = quote! {
        #[doc = #doc]
        pub const LANGUAGES: &'static [&'static ::core::primitive::str] = &[#(#languages),*];
    };
    let mut trait_fns = TokenStream::new();
    if languages != ["en"] {
        trait_fns.extend(quote! {
            const LANGUAGES: &'static [&'static ::core::primitive::str] = #ident::LANGUAGES;
        });
    }
    if model.languages.is_empty() {
        return (quote!(impl #ident { #constant }), trait_fns);
    }

    let replaced = |name: &str| model.columns.iter().any(|c| c.spec.name == name);
    let mut tables = TokenStream::new();
    let mut inherent = TokenStream::new();
    let option_str = quote!(::core::option::Option<&'static ::core::primitive::str>);
    let ends_len = 4 * model.variants.len();
    for (standard, default) in [
        (Standard::Description, Some("DESCRIPTIONS")),
        (
            Standard::Message,
            (model.published.message && !replaced("message")).then_some("MESSAGE"),
        ),
        (
            Standard::Solution,
            (model.published.solution && !replaced("solution")).then_some("SOLUTION"),
        ),
    ] {
        let name = standard.name();
        let mut entries = vec![match default {
            Some(table) => {
                let table = Ident::new(table, Span::call_site());
                quote!(::core::option::Option::Some(&#table))
            }
            None => quote!(::core::option::Option::None),
        }];
        for at in 0..model.languages.len() {
            let texts: Vec<String> = model
                .variants
                .iter()
                .map(|v| {
                    let translation = v.row.translations.get(at);
                    translation
                        .and_then(|t| t.cell(standard))
                        .map(|cell| text_of(v, standard, cell))
                        .unwrap_or_default()
                })
                .collect();
            if texts.iter().all(String::is_empty) {
                entries.push(quote!(::core::option::Option::None));
                continue;
            }
            let table = format_ident!("{}_IN_{}", name.to_ascii_uppercase(), at + 1);
            let strings = strings(krate, texts.iter().map(String::as_str));
            tables.extend(quote! {
                static #table: #krate::__private::Strings<#ends_len> = #strings;
            });
            entries.push(quote!(::core::option::Option::Some(&#table)));
        }
        let function = format_ident!("{}_in", name);
        let read = quote! {
            #krate::__private::text_in::<#ends_len>(&[#(#entries),*], Self::LANGUAGES, lang, index(self))
        };
        let (doc, ty, body) = if standard == Standard::Description {
            (
                " The description in the language `lang` (a BCP 47 tag): the cell of \
                 that exact tag (ASCII case ignored), else of a language with the same \
                 primary subtag (`zh` finds `zh-CN`), else the table's own, wherever \
                 the cell is empty or the table lacks the language. Plain text, as \
                 `description()` gives it.",
                quote!(&'static ::core::primitive::str),
                read,
            )
        } else {
            let doc = if standard == Standard::Message {
                " The message in the language `lang`, chosen as in `description_in`; \
                 `None` where the code has none."
            } else {
                " The solution in the language `lang`, chosen as in `description_in`; \
                 `None` where the code has none."
            };
            (
                doc,
                option_str.clone(),
                quote! {
                    let text = #read;
                    if text.is_empty() {
                        ::core::option::Option::None
                    } else {
                        ::core::option::Option::Some(text)
                    }
                },
            )
        };
        inherent.extend(quote! {
            #[doc = #doc]
            #[inline]
            pub const fn #function(&self, lang: &::core::primitive::str) -> #ty {
                #body
            }
        });
        trait_fns.extend(quote! {
            #[inline]
            fn #function(&self, lang: &::core::primitive::str) -> #ty {
                #ident::#function(self, lang)
            }
        });
    }
    let negotiate_doc = " The language of `LANGUAGES` that an HTTP `Accept-Language` value \
                         prefers, by its weights; the table's own where none fits or the \
                         value is malformed.";
    inherent.extend(quote! {
        #[doc = #negotiate_doc]
        #[inline]
        pub fn negotiate(accept_language: &::core::primitive::str) -> &'static ::core::primitive::str {
            #krate::negotiate(Self::LANGUAGES, accept_language)
        }
    });
    if let Some((pieces_tables, body)) = pieces(model, templates) {
        tables.extend(pieces_tables);
        trait_fns.extend(quote! {
            #[inline]
            fn __pieces_in(&self, lang: &::core::primitive::str) -> &'static [#krate::__private::Piece] {
                #body
            }
        });
    }
    let items = quote! {
        #tables

        impl #ident {
            #constant
            #inherent
        }
    };
    (items, trait_fns)
}

/// A translated cell as its accessor gives it, as the table's own cell of
/// the column is given: a template's unfilled text, else plain text.
fn text_of(v: &Variant, standard: Standard, cell: &str) -> String {
    match standard {
        Standard::Message => placeholders::description_text(cell),
        Standard::Description => {
            let message = v.row.message.as_deref();
            if placeholders::template_cell(&v.row.description, message) == v.row.description {
                placeholders::description_text(cell)
            } else {
                error_codes_table::plain::plain_text(cell)
            }
        }
        _ => error_codes_table::plain::plain_text(cell),
    }
}

/// Each language's templates, their slots numbered as the table's own
/// template numbers its placeholders (a translation may put them in
/// another order), and the body of `__pieces_in`; `None` where no row has
/// placeholders.
fn pieces(model: &Enum, templates: &[Option<Template>]) -> Option<(TokenStream, TokenStream)> {
    let krate = model.krate;
    let krate_text = quote!(#krate).to_string();
    if !templates
        .iter()
        .any(|t| t.as_ref().is_some_and(Template::has_placeholders))
    {
        return None;
    }
    let mut tables = TokenStream::new();
    let mut entries = vec![quote!(::core::option::Option::Some((
        PIECES.as_slice(),
        PIECE_ENDS.as_slice()
    )))];
    for at in 0..model.languages.len() {
        let mut pieces = String::new();
        let mut ends = Vec::new();
        let mut count = 0usize;
        for (v, template) in model.variants.iter().zip(templates) {
            let translated = template
                .as_ref()
                .filter(|t| t.has_placeholders())
                .and_then(|own| Some((own, template_cell(v, v.row.translations.get(at)?)?)));
            if let Some((own, cell)) = translated {
                let translation = Template::of_markup(cell);
                for piece in &translation.pieces {
                    let _ = match piece {
                        Piece::Text(text) => {
                            write!(pieces, "{krate_text}::__private::Piece::Text({text:?}),")
                        }
                        Piece::Slot { slot, .. } => {
                            let name = &translation.placeholders[*slot];
                            let Some(slot) = own.placeholders.iter().position(|p| p == name) else {
                                continue;
                            };
                            write!(pieces, "{krate_text}::__private::Piece::Slot({slot}),")
                        }
                    };
                    count += 1;
                }
            }
            ends.extend_from_slice(&u32_le(count));
        }
        if count == 0 {
            entries.push(quote!(::core::option::Option::None));
            continue;
        }
        let table = format_ident!("PIECES_IN_{}", at + 1);
        let ends_table = format_ident!("PIECE_ENDS_IN_{}", at + 1);
        let pieces = lex(&pieces);
        let ends_len = ends.len();
        let ends = Literal::byte_string(&ends);
        tables.extend(quote! {
            static #table: [#krate::__private::Piece; #count] = [#pieces];
            static #ends_table: [::core::primitive::u8; #ends_len] = *#ends;
        });
        entries.push(
            quote!(::core::option::Option::Some((#table.as_slice(), #ends_table.as_slice()))),
        );
    }
    let body = quote! {
        #krate::__private::pieces_in(&[#(#entries),*], Self::LANGUAGES, lang, index(self))
    };
    Some((tables, body))
}

/// The translated cell that is the row's template in a language: its
/// message where the row has one, else its description.
fn template_cell<'a>(v: &Variant, translation: &'a Translation) -> Option<&'a str> {
    if v.row.message.is_some() {
        translation.cell(Standard::Message)
    } else {
        translation.cell(Standard::Description)
    }
}
