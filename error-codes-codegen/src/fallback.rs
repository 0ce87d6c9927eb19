//! What the macros emit beside their errors, so that a bad table or a bad
//! derive gives its own errors and not one more for every use of the enum
//! (thiserror's `fallback.rs` and clap's `dummies.rs` do the same).
//!
//! Nothing here runs: the crate fails to compile with the real errors.

use crate::declarations::Declaration;
use crate::syntax::{Item, Path};
use proc_macro2::{Ident, TokenStream};
use quote::quote;

/// The enum with one hidden variant, its items and impls, and a checked-code
/// macro that accepts anything, so that uses of all of them still resolve.
pub(crate) fn attribute(
    item: &Item,
    krate: &Path,
    code_macro: Option<(Ident, Path)>,
    columns: &[Declaration],
    serde: bool,
) -> TokenStream {
    let Item {
        attrs, vis, ident, ..
    } = item;
    let impls = impls(ident, krate, columns, serde);
    // A numeric table's conversions, so that their uses resolve too.
    let numeric = quote! {
        #[allow(unused, missing_docs, clippy::all)]
        const _: () = {
            impl #ident {
                pub const fn as_i64(&self) -> ::core::primitive::i64 { 0 }
                pub fn from_i64(value: ::core::primitive::i64) -> ::core::option::Option<Self> {
                    ::core::option::Option::None
                }
            }
        };
    };
    // As for a valid table: where the enum is compiled out, so is the rest.
    let cfgs = attrs.iter().filter(|attr| attr.path().is_ident("cfg"));
    let cfgs = quote!(#(#cfgs)*);
    let std_derives = crate::definition::std_derives(true);
    let code_macro = code_macro.map(|(name, enum_path)| {
        quote! {
            #cfgs
            #[doc(hidden)]
            #[macro_export]
            #[allow(non_local_definitions)]
            macro_rules! #name {
                ($($any:tt)*) => { $crate::#enum_path::__InvalidTable };
            }
        }
    });
    quote! {
        #(#attrs)*
        #[derive(#std_derives ::core::fmt::Debug)]
        #vis enum #ident {
            #[doc(hidden)]
            __InvalidTable,
        }
        #cfgs
        #impls
        #cfgs
        #numeric
        #code_macro
    }
}

/// The items and impls a derive would have added.
pub(crate) fn derive(
    input: &Item,
    krate: &Path,
    columns: &[Declaration],
    serde: bool,
) -> TokenStream {
    impls(&input.ident, krate, columns, serde)
}

/// `serde`: whether the real expansion would have implemented serde's
/// traits, so that uses of them do not fail too.
fn impls(ident: &Ident, krate: &Path, columns: &[Declaration], serde: bool) -> TokenStream {
    let serde = serde.then(|| crate::serde::impls(krate, ident));
    let miette = crate::serde::miette(krate, ident);
    let services = crate::serde::services(krate, ident);
    // The standard columns' accessors, unless a typed column replaces one.
    let typed = |name: &str| columns.iter().any(|d| d.spec.name == name);
    let status = (!typed("http_status")).then(|| {
        quote! {
            pub const fn http_status(&self) -> ::core::option::Option<::core::primitive::u16> {
                ::core::option::Option::None
            }
            pub const fn http_statuses(&self) -> &'static [::core::primitive::u16] { &[] }
        }
    });
    let grpc_code = (!typed("grpc_code")).then(|| {
        quote! {
            pub const fn grpc_code(&self) -> ::core::option::Option<::core::primitive::i32> {
                ::core::option::Option::None
            }
        }
    });
    let texts = ["message", "solution"]
        .into_iter()
        .filter(|name| !typed(name))
        .map(|name| {
            let name = quote::format_ident!("{}", name);
            quote! {
                pub const fn #name(&self) -> ::core::option::Option<&'static ::core::primitive::str> {
                    ::core::option::Option::None
                }
            }
        });
    // The typed columns' accessors, with their declared types, so that
    // their uses resolve; `loop {}` stands for a value never computed.
    let accessors = columns.iter().map(|declaration| {
        let name = &declaration.ident;
        let ty = crate::accessors::return_type(declaration);
        quote!(pub const fn #name(&self) -> #ty { loop {} })
    });
    let accessors: TokenStream = accessors.collect();
    let texts: TokenStream = texts.collect();
    crate::tokens::template(
        r#"
#[allow(unused, missing_docs, clippy::all)]
const _: () = {
    impl $ident {
        pub const ALL: &'static [Self] = &[];
        pub const COUNT: ::core::primitive::usize = 0;
        pub const fn code(&self) -> &'static ::core::primitive::str { "" }
        pub const fn description(&self) -> &'static ::core::primitive::str { "" }
        pub const fn module(&self) -> ::core::option::Option<&'static ::core::primitive::str> {
            ::core::option::Option::None
        }
        pub fn from_code(code: &::core::primitive::str) -> ::core::option::Option<Self> {
            ::core::option::Option::None
        }
        pub const fn placeholders(&self) -> &'static [&'static ::core::primitive::str] { &[] }
        pub fn fill(
            &self,
            args: &[&dyn ::core::fmt::Display],
        ) -> ::core::result::Result<$krate::Formatted<Self>, $krate::ArgumentError> {
            $krate::__private::fill(*self, args)
        }
        $accessors
        $status
        $texts
        $grpc_code
        pub const fn docs_url(&self) -> ::core::option::Option<&'static ::core::primitive::str> { ::core::option::Option::None }
        pub const LANGUAGES: &'static [&'static ::core::primitive::str] = &[];
        pub const fn description_in(&self, lang: &::core::primitive::str) -> &'static ::core::primitive::str { "" }
        pub const fn message_in(&self, lang: &::core::primitive::str) -> ::core::option::Option<&'static ::core::primitive::str> {
            ::core::option::Option::None
        }
        pub const fn solution_in(&self, lang: &::core::primitive::str) -> ::core::option::Option<&'static ::core::primitive::str> {
            ::core::option::Option::None
        }
        pub fn negotiate(accept_language: &::core::primitive::str) -> &'static ::core::primitive::str { "" }
    }
    impl $krate::__private::Template for $ident {
        fn pieces(&self) -> &'static [$krate::__private::Piece] { &[] }
    }
    impl $krate::ErrorCode for $ident {
        const ALL: &'static [Self] = &[];
        fn code(&self) -> &'static ::core::primitive::str { "" }
        fn description(&self) -> &'static ::core::primitive::str { "" }
        fn module(&self) -> ::core::option::Option<&'static ::core::primitive::str> {
            ::core::option::Option::None
        }
        fn from_code(code: &::core::primitive::str) -> ::core::option::Option<Self> {
            ::core::option::Option::None
        }
    }
    impl ::core::fmt::Display for $ident {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Result::Ok(())
        }
    }
    impl ::core::error::Error for $ident {}
    impl ::core::str::FromStr for $ident {
        type Err = $krate::UnknownCode;
        fn from_str(code: &::core::primitive::str) -> ::core::result::Result<Self, $krate::UnknownCode> {
            ::core::result::Result::Err($krate::UnknownCode::new("", code))
        }
    }
    impl<'a> ::core::convert::TryFrom<&'a ::core::primitive::str> for $ident {
        type Error = $krate::UnknownCode;
        fn try_from(code: &'a ::core::primitive::str) -> ::core::result::Result<Self, $krate::UnknownCode> {
            ::core::result::Result::Err($krate::UnknownCode::new("", code))
        }
    }
    $serde
    $miette
    $services
};
"#,
        &[
            ("ident", ident),
            ("krate", krate),
            ("accessors", &accessors),
            ("status", &status),
            ("texts", &texts),
            ("grpc_code", &grpc_code),
            ("services", &services),
            ("serde", &serde),
            ("miette", &miette),
        ],
    )
}
