//! Rows whose text has placeholders: their templates (the `message` cell
//! where the row has one, else the description), the text each shows
//! unfilled, and the generated `placeholders()`,
//! `fill()` and `Template` impl, which read two tables by the value's
//! index as `code()` does.

use crate::model::{Enum, Variant};
use crate::tokens::{lex, u32_le};
use error_codes_table::placeholders::{Piece, Template};
use proc_macro2::{Literal, TokenStream};
use quote::quote;
use std::fmt::Write;

/// Each row's template, from its `message` where it has one, else its
/// description; `None` for a row without a brace (nearly all of them,
/// which then skip the parse).
pub(crate) fn of(variants: &[Variant]) -> Vec<Option<Template>> {
    variants
        .iter()
        .map(|v| {
            let cell = cell(v);
            cell.contains(['{', '}']).then(|| Template::of_markup(cell))
        })
        .collect()
}

/// The cell a row's template is read from.
fn cell<'a>(v: &Variant<'a>) -> &'a str {
    error_codes_table::placeholders::template_cell(&v.row.description, v.row.message.as_deref())
}

/// What `description()` gives: the plain text, and where the description
/// is the row's template, that template shown unfilled (`{{` as one
/// brace).
pub(crate) fn descriptions(variants: &[Variant]) -> Vec<String> {
    variants
        .iter()
        .map(|v| {
            error_codes_table::placeholders::description_of(
                &v.row.description,
                v.row.message.as_deref(),
            )
        })
        .collect()
}

/// The tables and items: `placeholders()`, `fill()` and the `Template`
/// impl that the checked-code macro's fill reads.
pub(crate) fn items(model: &Enum, templates: &[Option<Template>]) -> TokenStream {
    let krate = model.krate;
    let ident = model.ident;
    let krate_text = quote!(#krate).to_string();
    let mut placeholders = String::new();
    let mut placeholder_ends = Vec::new();
    let mut pieces = String::new();
    let mut piece_ends = Vec::new();
    let (mut placeholder_count, mut piece_count) = (0usize, 0usize);
    for template in templates {
        if let Some(template) = template.as_ref().filter(|t| t.has_placeholders()) {
            for placeholder in &template.placeholders {
                let _ = write!(placeholders, "{placeholder:?},");
                placeholder_count += 1;
            }
            for piece in &template.pieces {
                let _ = match piece {
                    Piece::Text(text) => {
                        write!(pieces, "{krate_text}::__private::Piece::Text({text:?}),")
                    }
                    Piece::Slot { slot, .. } => {
                        write!(pieces, "{krate_text}::__private::Piece::Slot({slot}),")
                    }
                };
                piece_count += 1;
            }
        }
        placeholder_ends.extend_from_slice(&u32_le(placeholder_count));
        piece_ends.extend_from_slice(&u32_le(piece_count));
    }
    let (tables, placeholders_body, pieces_body) = if placeholder_count == 0 {
        (quote!(), quote!(&[]), quote!(&[]))
    } else {
        let placeholders = lex(&placeholders);
        let pieces = lex(&pieces);
        let ends_len = placeholder_ends.len();
        let placeholder_ends = Literal::byte_string(&placeholder_ends);
        let piece_ends = Literal::byte_string(&piece_ends);
        (
            quote! {
                static PLACEHOLDERS: [&::core::primitive::str; #placeholder_count] = [#placeholders];
                static PLACEHOLDER_ENDS: [::core::primitive::u8; #ends_len] = *#placeholder_ends;
                static PIECES: [#krate::__private::Piece; #piece_count] = [#pieces];
                static PIECE_ENDS: [::core::primitive::u8; #ends_len] = *#piece_ends;
            },
            quote!(#krate::__private::slice(&PLACEHOLDERS, &PLACEHOLDER_ENDS, index(self))),
            quote!(#krate::__private::slice(&PIECES, &PIECE_ENDS, index(self))),
        )
    };
    let macro_note = " The checked-code macro fills a row checked at compile time; \
                     `fill` is for values known only at run time.";
    quote! {
        #tables

        impl #ident {
            /// The placeholders of the row's text (`{0}`, `{}`, `{name}`),
            /// in the order [`fill`](Self::fill) takes its arguments: the
            /// positions by index (`"0"`, `"1"`, ...), then the names in
            /// order of first appearance; empty for a row without any.
            #[inline]
            pub const fn placeholders(&self) -> &'static [&'static ::core::primitive::str] {
                #placeholders_body
            }

            /// The row's text with its placeholders filled, one argument
            /// per [`placeholders`](Self::placeholders) entry, in that
            /// order; an error when the number of arguments differs.
            #[doc = #macro_note]
            #[inline]
            pub fn fill(
                &self,
                args: &[&dyn ::core::fmt::Display],
            ) -> ::core::result::Result<#krate::Formatted<Self>, #krate::ArgumentError> {
                #krate::__private::fill(*self, args)
            }
        }

        #[automatically_derived]
        impl #krate::__private::Template for #ident {
            #[inline]
            fn pieces(&self) -> &'static [#krate::__private::Piece] {
                #pieces_body
            }
        }
    }
}
