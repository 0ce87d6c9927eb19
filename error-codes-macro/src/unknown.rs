//! The last arm of a checked-code macro: `vbs_error!("VolumeBakup.0900")`
//! gets here only when no code matched, and fails on the literal.

use crate::derive::did_you_mean;
use crate::suggest;
use proc_macro2::TokenStream;
use syn::parse::{Parse, ParseStream};
use syn::{Lit, LitStr, Token};

/// `"EnumName", <user literal>, "code\ncode\n..."`, as the generated
/// `macro_rules!` passes them.
struct Input {
    enum_name: LitStr,
    literal: Lit,
    codes: LitStr,
}

impl Parse for Input {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let enum_name = input.parse()?;
        input.parse::<Token![,]>()?;
        let literal = input.parse()?;
        input.parse::<Token![,]>()?;
        let codes = input.parse()?;
        Ok(Input {
            enum_name,
            literal,
            codes,
        })
    }
}

pub fn expand(input: TokenStream) -> syn::Result<TokenStream> {
    let Input {
        enum_name,
        literal,
        codes,
    } = syn::parse2(input)?;
    let enum_name = enum_name.value();
    let Lit::Str(code) = &literal else {
        return Err(syn::Error::new(
            literal.span(),
            format!("expected a {enum_name} code as a string literal"),
        ));
    };
    let codes = codes.value();
    let closest = suggest::closest(&code.value(), codes.split('\n'), 3);
    Err(syn::Error::new(
        code.span(),
        format!(
            "unknown {enum_name} code \"{}\"{}",
            code.value(),
            did_you_mean(&closest)
        ),
    ))
}
