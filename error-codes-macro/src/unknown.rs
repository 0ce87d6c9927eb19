//! The last arm of a checked-code macro. The arms before it match a code
//! by its spelling, as `macro_rules!` compares tokens; a code of the table
//! spelled another way (`r"A.1"`, `"A\x2e1"`, a zero-width joiner typed
//! where the arm has `\u{200d}`) gets here too, and is its variant by value
//! (it was once refused as unknown, with itself as the suggestion). Any other literal fails on itself, with the closest codes.

use crate::argument_errors::WithArguments;
use error_codes_codegen::decode;
use error_codes_table::suggest;
use proc_macro2::{Group, TokenStream};
use quote::{format_ident, quote};
use syn::parse::{Parse, ParseStream};
use syn::{Lit, LitStr, Token};

/// `"EnumName", <user literal>, [$crate::path::Enum], "codes", "variants"`,
/// as the generated `macro_rules!` passes them; the last two encoded
/// (`error_codes_codegen::encode`).
/// A code given arguments that no arm took adds `, [$crate::path::fill],
/// "rows", "lines", [arguments]`, the rows being those with
/// placeholders, encoded four strings each (code, positions,
/// `file:line`, placeholders), and the lines the table's path, then each
/// code's line, in the order of the codes.
struct Input {
    enum_name: LitStr,
    literal: Lit,
    enum_path: TokenStream,
    codes: LitStr,
    names: LitStr,
    with_arguments: Option<WithArguments>,
}

impl Parse for Input {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let enum_name = input.parse()?;
        input.parse::<Token![,]>()?;
        let literal = input.parse()?;
        input.parse::<Token![,]>()?;
        let enum_path = input.parse::<Group>()?.stream();
        input.parse::<Token![,]>()?;
        let codes = input.parse()?;
        input.parse::<Token![,]>()?;
        let names = input.parse()?;
        let with_arguments = if input.is_empty() {
            None
        } else {
            input.parse::<Token![,]>()?;
            let fill = input.parse::<Group>()?.stream();
            input.parse::<Token![,]>()?;
            let rows = input.parse()?;
            input.parse::<Token![,]>()?;
            let lines = input.parse()?;
            input.parse::<Token![,]>()?;
            let args = input.parse::<Group>()?.stream();
            Some(WithArguments {
                fill,
                rows,
                lines,
                args,
            })
        };
        Ok(Input {
            enum_name,
            literal,
            enum_path,
            codes,
            names,
            with_arguments,
        })
    }
}

pub fn expand(input: TokenStream) -> syn::Result<TokenStream> {
    let Input {
        enum_name,
        literal,
        enum_path,
        codes,
        names,
        with_arguments,
    } = syn::parse2(input)?;
    let enum_name = enum_name.value();
    let Lit::Str(code) = &literal else {
        return Err(syn::Error::new(
            literal.span(),
            format!("expected a {enum_name} code as a string literal"),
        ));
    };
    let (codes, names, value) = (codes.value(), names.value(), code.value());
    let codes = decode(&codes);
    if let Some(row) = codes.iter().position(|&known| known == value)
        && let Some(name) = decode(&names).get(row)
    {
        let variant = format_ident!("{}", name, span = code.span());
        let bare = quote!(#enum_path::#variant);
        return match with_arguments {
            Some(with) if !with.args.is_empty() => {
                crate::argument_errors::known_code(&enum_name, code, &value, row, bare, &with)
            }
            _ => Ok(bare),
        };
    }
    let closest = suggest::closest(&value, codes.iter().copied(), 3);
    let message = match suggest::did_you_mean(&closest, suggest::as_code) {
        Some(question) => format!("unknown {enum_name} code \"{value}\"; {question}"),
        None => format!("unknown {enum_name} code \"{value}\""),
    };
    Err(syn::Error::new(code.span(), message))
}
