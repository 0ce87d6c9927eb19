//! The lookup of `from_code`: the perfect-hash tables built by `phf.rs`,
//! as statics, and the body that probes them.

use crate::model::Enum;
use crate::phf;
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;

/// The perfect-hash table and the body of `from_code`.
///
/// Both tables are byte strings, one token each, copied into arrays of the
/// one static that start on a cache line: per bucket a little-endian `u64`,
/// its keys' filter bits and displacement;
/// per slot four little-endian `u64` words, the code's sample (first 8
/// bytes, bytes 8 to 15, last 8 bytes) and `length << 32 | row`, so that a
/// lookup reads one slot and compares words (`phf::Lookup::slot_bytes`;
/// `error_codes_core::__private::Lookup`). The lookup returns the row's
/// entry of `values()` itself, so that `from_code` has no branch on it.
pub(crate) fn lookup(model: &Enum) -> (TokenStream, TokenStream) {
    let codes: Vec<&str> = model.variants.iter().map(|v| v.row.code.as_str()).collect();
    let name = Ident::new("LOOKUP", Span::call_site());
    let table = lookup_static(model.krate, &name, &model.lookup, &codes);
    let body = quote!(LOOKUP.find(code, &CODES, values()));
    (table, body)
}

/// The static `name` holding the perfect hash `lookup` of `keys`, as
/// `error_codes_core::__private::Lookup` reads it (numeric tables add a
/// second one, for numbers printed otherwise than their codes).
pub(crate) fn lookup_static(
    krate: &crate::syntax::Path,
    name: &Ident,
    lookup: &phf::Lookup,
    keys: &[&str],
) -> TokenStream {
    let bucket_bytes = lookup.bucket_bytes();
    let slot_bytes = lookup.slot_bytes(keys);
    let (bucket_len, slot_len) = (bucket_bytes.len(), slot_bytes.len());
    let bucket_bytes = Literal::byte_string(&bucket_bytes);
    let slot_bytes = Literal::byte_string(&slot_bytes);
    let seeds = lookup.seeds.map(Literal::u64_suffixed);
    let full = lookup.full;
    let (min, max) = lookup.lengths;
    quote! {
        static #name: #krate::__private::Lookup<#bucket_len, #slot_len, #full, #min, #max> =
            #krate::__private::Lookup {
                seeds: [#(#seeds),*],
                buckets: #krate::__private::Aligned(*#bucket_bytes),
                slots: #krate::__private::Aligned(*#slot_bytes),
            };
    }
}
