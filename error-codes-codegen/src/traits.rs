//! The standard traits and `ErrorCode` of a generated enum: `ErrorCode`,
//! `Display` (`code: description`), `Debug` (the variant's name, from a
//! table rather than a 10,000-arm `match`), `Error`, `FromStr` and
//! `TryFrom<&str>`. They read the tables `expand.rs` writes beside them
//! (`CODES`, `DESCRIPTIONS`, `index`).

use crate::model::{Enum, Index};
use crate::tokens::strings;
use proc_macro2::TokenStream;
use quote::quote;

/// The impls; `all` is the expression of `ALL`, `module_body` that of
/// `module()`, `strings_type` the type of the string tables, `published`
/// the trait methods of `published.rs`.
pub(crate) fn impls(
    model: &Enum,
    all: &TokenStream,
    module_body: &TokenStream,
    strings_type: &TokenStream,
    published: &TokenStream,
) -> TokenStream {
    let Enum {
        krate,
        ident,
        variants,
        ..
    } = model;
    let name = ident.to_string();
    let debug_impl = (model.index != Index::Match).then(|| {
        let names = strings(krate, variants.iter().map(|v| v.name.as_str()));
        // Not `#[automatically_derived]`: rustc's dead-code pass ignores
        // such `Debug` impls, and the name table only they read would warn
        // as unused in a file written by `error-codes generate`.
        quote! {
            impl ::core::fmt::Debug for #ident {
                fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    static NAMES: #strings_type = #names;
                    f.write_str(NAMES.get(index(self)))
                }
            }
        }
    });

    crate::tokens::template(
        r#"
#[automatically_derived]
impl $krate::ErrorCode for $ident {
    const ALL: &'static [Self] = $all;

    #[inline]
    fn code(&self) -> &'static ::core::primitive::str {
        CODES.get(index(self))
    }

    #[inline]
    fn description(&self) -> &'static ::core::primitive::str {
        DESCRIPTIONS.get(index(self))
    }

    #[inline]
    fn module(&self) -> ::core::option::Option<&'static ::core::primitive::str> {
        $module_body
    }

    #[inline]
    fn from_code(code: &::core::primitive::str) -> ::core::option::Option<Self> {
        $ident::from_code(code)
    }

    #[inline]
    fn placeholders(&self) -> &'static [&'static ::core::primitive::str] {
        $ident::placeholders(self)
    }

    #[inline]
    fn fill(
        &self,
        args: &[&dyn ::core::fmt::Display],
    ) -> ::core::result::Result<$krate::Formatted<Self>, $krate::ArgumentError> {
        $ident::fill(self, args)
    }

    $published
}

#[automatically_derived]
impl ::core::fmt::Display for $ident {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(CODES.get(index(self)))?;
        f.write_str(": ")?;
        f.write_str(DESCRIPTIONS.get(index(self)))
    }
}

$debug_impl

#[automatically_derived]
impl ::core::error::Error for $ident {}

#[automatically_derived]
impl ::core::str::FromStr for $ident {
    type Err = $krate::UnknownCode;

    #[inline]
    fn from_str(code: &::core::primitive::str) -> ::core::result::Result<Self, $krate::UnknownCode> {
        match $ident::from_code(code) {
            ::core::option::Option::Some(value) => ::core::result::Result::Ok(value),
            ::core::option::Option::None => ::core::result::Result::Err($krate::UnknownCode::new($name, code)),
        }
    }
}

#[automatically_derived]
impl<'a> ::core::convert::TryFrom<&'a ::core::primitive::str> for $ident {
    type Error = $krate::UnknownCode;

    #[inline]
    fn try_from(code: &'a ::core::primitive::str) -> ::core::result::Result<Self, $krate::UnknownCode> {
        <$ident as ::core::str::FromStr>::from_str(code)
    }
}
"#,
        &[
            ("ident", ident),
            ("krate", krate),
            ("all", all),
            ("module_body", module_body),
            ("published", published),
            ("debug_impl", &debug_impl),
            ("name", &name),
        ],
    )
}
