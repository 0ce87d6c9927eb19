//! serde for the enum: one invocation of `error_codes_core::__serde_impls!`,
//! which implements `Serialize` and `Deserialize` by generic functions of
//! that crate when its `serde` feature is on and is empty when it is off.
//!
//! The decision is the runtime crate's, not this macro's: a proc macro
//! cannot see the features of the crate its output names, and the user's
//! crate, which may have no serde at all, reaches serde through it.

use proc_macro2::TokenStream;
use quote::quote;

/// The invocation: a dozen tokens, whatever the size of the table.
pub(crate) fn impls(krate: &crate::syntax::Path, ident: &syn::Ident) -> TokenStream {
    quote!(#krate::__private::serde_impls!(#ident);)
}

/// The same for `miette::Diagnostic`, decided by error-codes-core's
/// `miette` feature (the code, the solution as help, the `docs_url`).
pub(crate) fn miette(krate: &crate::syntax::Path, ident: &syn::Ident) -> TokenStream {
    quote!(#krate::__private::miette_impls!(#ident);)
}

/// The same for axum's `IntoResponse` and `From<E> for tonic::Status`,
/// decided by error-codes-core's `axum` and `tonic` features.
pub fn services(krate: &crate::syntax::Path, ident: &syn::Ident) -> TokenStream {
    quote! {
        #krate::__private::axum_impls!(#ident);
        #krate::__private::tonic_impls!(#ident);
    }
}
