//! Helpers every generator shares: lexing generated source text, and
//! tables of strings as two tokens.
//!
//! rustc pays for a macro's output by the token, so the tables are few
//! tokens whatever their size: the strings of a table are one literal, the
//! lookup tables and offsets byte strings. The per-row parts that must be
//! tokens (variants with their docs, their discriminants, macro arms) are
//! written as source text and lexed by rustc in one call each.

use proc_macro2::{Group, Ident, Literal, TokenStream, TokenTree};
use quote::{ToTokens, quote};

/// Lexes generated source text. It is always valid Rust (string literals
/// are written with `{:?}`, which escapes them); if it were not, the user
/// gets a compile error rather than a panic.
pub(crate) fn lex(text: &str) -> TokenStream {
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

/// Generated source text whose holes, `$name`, are filled with the tokens
/// given for them: the same tokens as `quote!`, for the large fixed items.
/// `quote!` expands to a call per token in this crate's own code, which
/// rustc checks and compiles token by token: most of this crate's build
/// time, on the path of every user's first build. A hole left unfilled
/// stays as written.
pub(crate) fn template(text: &str, holes: &[(&str, &dyn ToTokens)]) -> TokenStream {
    fill(lex(text), holes)
}

fn fill(tokens: TokenStream, holes: &[(&str, &dyn ToTokens)]) -> TokenStream {
    let mut filled = TokenStream::new();
    let mut tokens = tokens.into_iter().peekable();
    while let Some(token) = tokens.next() {
        match token {
            TokenTree::Punct(dollar) if dollar.as_char() == '$' => {
                let hole = tokens.peek().and_then(|next| match next {
                    TokenTree::Ident(name) => holes.iter().find(|(hole, _)| name == hole),
                    _ => None,
                });
                match hole {
                    Some((_, value)) => {
                        tokens.next();
                        value.to_tokens(&mut filled);
                    }
                    None => filled.extend([TokenTree::Punct(dollar)]),
                }
            }
            TokenTree::Group(group) => {
                let mut inner = Group::new(group.delimiter(), fill(group.stream(), holes));
                inner.set_span(group.span());
                filled.extend([TokenTree::Group(inner)]);
            }
            token => filled.extend([token]),
        }
    }
    filled
}

/// A table of strings as `error_codes_core::__private::Strings`: one
/// literal holding them end to end and one byte string of where each ends,
/// two tokens however many rows (see that type for why).
pub(crate) fn strings<'s>(
    krate: &crate::syntax::Path,
    items: impl Iterator<Item = &'s str>,
) -> TokenStream {
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
pub(crate) fn strings_type(krate: &crate::syntax::Path, count: usize) -> TokenStream {
    let ends_len = 4 * count;
    quote!(#krate::__private::Strings<#ends_len>)
}

/// An offset or index as the little-endian `u32` the runtime reads; tables
/// are far below 4 GiB, and a larger one is cut rather than a panic.
pub(crate) fn u32_le(value: usize) -> [u8; 4] {
    u32::try_from(value).unwrap_or(u32::MAX).to_le_bytes()
}

/// Per row, the index of its value among a column's distinct values, as
/// the byte-string static `name`: one byte per row while every index fits
/// one (a column has few distinct values), otherwise a little-endian `u32`.
/// Returns the static and the expression of the row's index as a `usize`
/// (`index(self)` is the row), `past` where the `u32` cannot be read,
/// which the generated code never meets.
pub(crate) fn row_indices(
    krate: &crate::syntax::Path,
    name: &Ident,
    indices: &[usize],
    past: usize,
) -> (TokenStream, TokenStream) {
    let narrow = indices.iter().all(|&i| i <= usize::from(u8::MAX));
    let bytes: Vec<u8> = if narrow {
        indices.iter().map(|&i| i as u8).collect()
    } else {
        indices.iter().flat_map(|&i| u32_le(i)).collect()
    };
    let len = bytes.len();
    let bytes = Literal::byte_string(&bytes);
    let table = quote!(static #name: [::core::primitive::u8; #len] = *#bytes;);
    let read = if narrow {
        quote!(#name[index(self)] as ::core::primitive::usize)
    } else {
        quote! {
            match #krate::__private::u32_at(&#name, index(self)) {
                ::core::option::Option::Some(at) => at as ::core::primitive::usize,
                ::core::option::Option::None => #past,
            }
        }
    };
    (table, read)
}
