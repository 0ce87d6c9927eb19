//! Numeric codes: when every code of a table is a decimal integer (HTTP
//! statuses, Discord's JSON error codes, Kafka's and JSON-RPC's negative
//! ones), the enum also converts to and from `i64`, in constant time, and
//! (`TryFrom`) from `i64` and its `repr`'s integer.
//!
//! The attribute's enum then has its codes as discriminants (`discriminants.rs`
//! decides it and the `repr`): `as_i64` is a cast, the row of a value comes
//! from a table indexed by the number when the codes are close together
//! ([`dense_index`]), and `Ord` follows the rows, not the numbers.

use crate::model::{Enum, Index};
use crate::phf;
use proc_macro2::{Ident, Literal, TokenStream};
use quote::quote;

/// The codes of a table as numbers.
pub(crate) struct Numbers {
    /// Per row, its code's value.
    pub(crate) values: Vec<i64>,
}

/// Per row, its code as a number, when every code of the table is a
/// decimal integer within `i64` and no two are the same number: the rule by
/// which the enum gets `as_i64` and `from_i64`, for the exports that number
/// their values the same way.
pub fn numeric_codes<'a>(codes: impl IntoIterator<Item = &'a str>) -> Option<Vec<i64>> {
    numbers(codes).map(|numbers| numbers.values)
}

/// The value of a code that is a decimal integer: an optional `-` and
/// ASCII digits, within `i64`.
pub(crate) fn value(code: &str) -> Option<i64> {
    let digits = code.strip_prefix('-').unwrap_or(code);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    code.parse().ok()
}

/// The codes as numbers, when every one is a decimal integer and no two
/// are the same number (`1` and `01` would make `from_i64(1)` ambiguous).
pub(crate) fn numbers<'a>(codes: impl IntoIterator<Item = &'a str>) -> Option<Numbers> {
    let values = codes.into_iter().map(value).collect::<Option<Vec<i64>>>()?;
    let mut sorted = values.clone();
    sorted.sort_unstable();
    if sorted.windows(2).any(|pair| pair[0] == pair[1]) {
        return None;
    }
    (!values.is_empty()).then_some(Numbers { values })
}

/// How far apart, at most, the smallest and the largest code may be for
/// the row of a value to come from a table indexed by the number: a few
/// bytes per row at most (HTTP's 63 statuses span 100 to 599), beyond which
/// `index()` is a `match` and `from_i64` a perfect hash over the numbers.
fn dense_span(rows: usize) -> i128 {
    4 * rows as i128 + 256
}

/// When the discriminants are the codes `values` and close enough
/// together: `index()` from a table of rows indexed by the number less the
/// smallest code, one load, and the `ROW_OF` it reads. `None` when the
/// codes are too far apart (see `dense_span`).
pub(crate) fn dense_index(
    krate: &crate::syntax::Path,
    ident: &Ident,
    values: &[i64],
) -> Option<TokenStream> {
    let (table, read) = dense_table(krate, values)?;
    Some(quote! {
        #table

        #[inline(always)]
        const fn index(value: &#ident) -> ::core::primitive::usize {
            let at = (*value as ::core::primitive::i64).wrapping_sub(MIN_CODE) as ::core::primitive::usize;
            #read
        }
    })
}

/// `ROW_OF` and `MIN_CODE`, and the expression of the row at `at` (a
/// `usize` in scope): per number from the smallest code to the largest,
/// the row of its code (0 for numbers that are no code), in the narrowest
/// little-endian integer that numbers the rows.
fn dense_table(krate: &crate::syntax::Path, values: &[i64]) -> Option<(TokenStream, TokenStream)> {
    let min = *values.iter().min()?;
    let max = *values.iter().max()?;
    let span = i128::from(max) - i128::from(min) + 1;
    if span > dense_span(values.len()) {
        return None;
    }
    let width = match values.len() {
        0..=0x100 => 1,
        0x101..=0x1_0000 => 2,
        _ => 4,
    };
    let mut rows = vec![0u8; span as usize * width];
    for (row, &value) in values.iter().enumerate() {
        let at = (i128::from(value) - i128::from(min)) as usize * width;
        rows[at..at + width].copy_from_slice(&(row as u32).to_le_bytes()[..width]);
    }
    let len = rows.len();
    let rows = Literal::byte_string(&rows);
    let min = Literal::i64_suffixed(min);
    let table = quote! {
        static ROW_OF: [::core::primitive::u8; #len] = *#rows;
        const MIN_CODE: ::core::primitive::i64 = #min;
    };
    let read = match width {
        1 => quote!(#krate::__private::chunk::<1>(&ROW_OF, at)[0] as ::core::primitive::usize),
        2 => {
            quote!(::core::primitive::u16::from_le_bytes(#krate::__private::chunk::<2>(&ROW_OF, at)) as ::core::primitive::usize)
        }
        _ => {
            quote!(::core::primitive::u32::from_le_bytes(#krate::__private::chunk::<4>(&ROW_OF, at)) as ::core::primitive::usize)
        }
    };
    Some((table, read))
}

/// `as_i64`, `from_i64`, `From<Enum> for i64`, `TryFrom<i64>` (and from the
/// `repr`'s integer when the codes are the discriminants, with `Ord` by
/// row), or nothing when the codes are not all numbers.
pub(crate) fn impls(model: &Enum) -> TokenStream {
    let Some(numbers) = numbers(model.variants.iter().map(|v| v.row.code.as_str())) else {
        return TokenStream::new();
    };
    let krate = model.krate;
    let by_code = match &model.index {
        Index::Code(integer) => Some(integer),
        _ => None,
    };
    if let Some(integer) = by_code {
        let dense = dense_table(krate, &numbers.values).map(|(_, read)| read);
        return by_discriminant(model, integer, dense.as_ref(), &numbers);
    }
    let bytes: Vec<u8> = numbers
        .values
        .iter()
        .flat_map(|v| v.to_le_bytes())
        .collect();
    let len = bytes.len();
    let bytes = Literal::byte_string(&bytes);
    let number_of = quote!(|found: Self| found.as_i64());
    let Some((number_table, find)) = number_lookup(krate, &numbers.values, number_of) else {
        return TokenStream::new();
    };
    let conversions = conversions(
        model,
        " The code as a number: every code of this table is a decimal integer.",
        quote!(#krate::__private::i64_at(&NUMBERS, index(self))),
        find,
    );
    quote! {
        static NUMBERS: [::core::primitive::u8; #len] = *#bytes;
        #number_table
        #conversions
    }
}

/// `as_i64` (`doc`, `as_i64` its body), `from_i64` (`find` its body, with
/// `value` in scope), `From<Enum> for i64` and `TryFrom<i64>`: what every
/// numeric table gets, however it finds a number's row.
fn conversions(model: &Enum, doc: &str, as_i64: TokenStream, find: TokenStream) -> TokenStream {
    let ident = model.ident;
    let try_from = try_from(
        model.krate,
        ident,
        &quote!(::core::primitive::i64),
        quote!(value),
    );
    quote! {
        impl #ident {
            #[doc = #doc]
            #[inline]
            pub const fn as_i64(&self) -> ::core::primitive::i64 {
                #as_i64
            }

            /// The value whose code is the number `value`, in constant
            /// time.
            #[inline]
            pub fn from_i64(value: ::core::primitive::i64) -> ::core::option::Option<Self> {
                #find
            }
        }

        #[automatically_derived]
        impl ::core::convert::From<#ident> for ::core::primitive::i64 {
            #[inline]
            fn from(value: #ident) -> ::core::primitive::i64 {
                value.as_i64()
            }
        }

        #try_from
    }
}

/// The static perfect hash of `from_i64` over `values` (one per row, in
/// row order) and the expression that finds `value` (an `i64` in scope)
/// in it, for codes too far apart for a table indexed by the number;
/// `number_of` is a closure giving a value's number.
fn number_lookup(
    krate: &crate::syntax::Path,
    values: &[i64],
    number_of: TokenStream,
) -> Option<(TokenStream, TokenStream)> {
    let lookup = phf::build_numbers(values)?;
    let buckets = lookup.bucket_bytes();
    let slots = lookup.slot_bytes();
    let (bucket_len, slot_len) = (buckets.len(), slots.len());
    let buckets = Literal::byte_string(&buckets);
    let slots = Literal::byte_string(&slots);
    let seeds = lookup.seeds.map(Literal::u64_suffixed);
    let wide = lookup.wide();
    let table = quote! {
        static NUMBER_LOOKUP: #krate::__private::NumberLookup<#bucket_len, #slot_len, #wide> =
            #krate::__private::NumberLookup {
                seeds: [#(#seeds),*],
                buckets: #krate::__private::Aligned(*#buckets),
                slots: #krate::__private::Aligned(*#slots),
            };
    };
    Some((
        table,
        quote!(NUMBER_LOOKUP.find(value, values(), #number_of)),
    ))
}

/// `TryFrom<#integer>` by `from_i64`, with the error naming the number.
fn try_from(
    krate: &crate::syntax::Path,
    ident: &Ident,
    integer: &TokenStream,
    to_i64: TokenStream,
) -> TokenStream {
    let name = ident.to_string();
    quote! {
        #[automatically_derived]
        impl ::core::convert::TryFrom<#integer> for #ident {
            type Error = #krate::UnknownNumber;

            /// The value whose code is the number `value`; an error naming
            /// the number and the enum when no code is.
            #[inline]
            fn try_from(value: #integer) -> ::core::result::Result<Self, #krate::UnknownNumber> {
                match #ident::from_i64(#to_i64) {
                    ::core::option::Option::Some(found) => ::core::result::Result::Ok(found),
                    ::core::option::Option::None => ::core::result::Result::Err(
                        #krate::UnknownNumber::new(#name, value as ::core::primitive::i128),
                    ),
                }
            }
        }
    }
}

/// The numeric impls of an enum whose discriminants are its codes, in
/// `#[repr(#integer)]`: `as_i64` is a cast, `from_i64` reads `ROW_OF`
/// when the codes are close together (`dense`, the row at `at`) and looks
/// the number up in its perfect hash otherwise; `TryFrom` from `i64` and from `#integer`;
/// `PartialOrd` and `Ord` by row, so that the order stays the table's.
fn by_discriminant(
    model: &Enum,
    integer: &Ident,
    dense: Option<&TokenStream>,
    numbers: &Numbers,
) -> TokenStream {
    let krate = model.krate;
    let ident = model.ident;
    let find = match dense {
        // Any number in the span is a row; its value says whether the
        // number is that row's code. Two's complement: `value - MIN_CODE`
        // is below the span exactly when `value` is in it.
        Some(read) => {
            let span = numbers.values.iter().max().copied().unwrap_or(0) as i128
                - numbers.values.iter().min().copied().unwrap_or(0) as i128
                + 1;
            let span = Literal::u64_suffixed(span as u64);
            quote! {
                let at = value.wrapping_sub(MIN_CODE) as ::core::primitive::u64;
                if at >= #span {
                    return ::core::option::Option::None;
                }
                let at = at as ::core::primitive::usize;
                match values().get(#read) {
                    ::core::option::Option::Some(found) if *found as ::core::primitive::i64 == value => {
                        ::core::option::Option::Some(*found)
                    }
                    _ => ::core::option::Option::None,
                }
            }
        }
        None => {
            // The discriminant is the number: no load to compare.
            let number_of = quote!(|found: Self| found as ::core::primitive::i64);
            let Some((table, find)) = number_lookup(krate, &numbers.values, number_of) else {
                return TokenStream::new();
            };
            quote! {
                #table
                #find
            }
        }
    };
    let name = ident.to_string();
    // `i64` itself has its impl above; other integers up to 64 bits convert
    // with `as`: a number that wraps is out of every code's range (the
    // codes fit the `repr`, and `u64` codes are at most `i64::MAX`).
    let from_repr = (integer != "i64").then(|| {
        let ty = quote!(::core::primitive::#integer);
        // 128-bit numbers can wrap onto a code: they are narrowed, or are
        // no code.
        let to_i64 = if integer == "i128" || integer == "u128" {
            quote! {
                match <::core::primitive::i64 as ::core::convert::TryFrom<#ty>>::try_from(value) {
                    ::core::result::Result::Ok(number) => number,
                    ::core::result::Result::Err(_) => return ::core::result::Result::Err(
                        #krate::UnknownNumber::new(#name, value as ::core::primitive::i128),
                    ),
                }
            }
        } else {
            quote!(value as ::core::primitive::i64)
        };
        try_from(krate, ident, &ty, to_i64)
    });
    let doc_as_i64 = format!(
        " The code as a number: every code of this table is a decimal integer, \
         and is the variant's discriminant (`{ident}::X as {integer}` gives it too)."
    );
    let conversions = conversions(
        model,
        &doc_as_i64,
        quote!(*self as ::core::primitive::i64),
        find,
    );
    quote! {
        #conversions
        #from_repr

        // The discriminants are the codes, whose order is not the table's:
        // `ALL` and `Ord` keep the table's, so `Ord` compares rows.
        #[automatically_derived]
        impl ::core::cmp::PartialOrd for #ident {
            #[inline]
            fn partial_cmp(&self, other: &Self) -> ::core::option::Option<::core::cmp::Ordering> {
                ::core::option::Option::Some(::core::cmp::Ord::cmp(self, other))
            }
        }

        #[automatically_derived]
        impl ::core::cmp::Ord for #ident {
            #[inline]
            fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {
                ::core::cmp::Ord::cmp(&index(self), &index(other))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_integers_are_numbers_and_nothing_else() {
        assert_eq!(value("404"), Some(404));
        assert_eq!(value("-32700"), Some(-32700));
        assert_eq!(value("007"), Some(7));
        for not_a_number in [
            "",
            "-",
            "+1",
            "1.0",
            "1e3",
            " 1",
            "0x10",
            "\u{661}",
            "99999999999999999999",
        ] {
            assert_eq!(value(not_a_number), None, "{not_a_number:?}");
        }
    }

    #[test]
    fn a_table_is_numeric_when_every_code_is_and_no_two_are_equal() {
        let all = numbers(["-1", "0", "1"]).expect("numeric");
        assert_eq!(all.values, vec![-1, 0, 1]);
        let padded = numbers(["001", "002"]).expect("numeric");
        assert_eq!(padded.values, vec![1, 2]);
        assert!(numbers(["1", "A"]).is_none());
        assert!(numbers(["1", "01"]).is_none());
        assert!(numbers(["0", "-0"]).is_none());
    }
}
