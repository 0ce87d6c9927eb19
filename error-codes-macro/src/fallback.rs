//! What the attribute emits beside its errors: the enum and the signatures
//! of its items, with no variants, so that a bad table gives its own errors
//! and not one more for every use of the enum (as thiserror's fallback does).

use proc_macro2::TokenStream;
use quote::quote;
use syn::DeriveInput;

pub fn attribute(item: &DeriveInput) -> TokenStream {
    let DeriveInput {
        attrs, vis, ident, ..
    } = item;
    quote! {
        #(#attrs)*
        #[derive(::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::hash::Hash, ::core::cmp::PartialOrd, ::core::cmp::Ord)]
        #vis enum #ident {}

        #[allow(missing_docs, clippy::all)]
        impl #ident {
            pub const ALL: &'static [Self] = &[];
            pub const COUNT: ::core::primitive::usize = 0;
            pub const fn code(&self) -> &'static ::core::primitive::str { match *self {} }
            pub const fn description(&self) -> &'static ::core::primitive::str { match *self {} }
            pub const fn module(&self) -> ::core::option::Option<&'static ::core::primitive::str> { match *self {} }
            pub fn from_code(_: &::core::primitive::str) -> ::core::option::Option<Self> { ::core::option::Option::None }
        }
    }
}
