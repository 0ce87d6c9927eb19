//! Numeric codes: when every code of a table is a decimal integer (HTTP
//! statuses, Discord's JSON error codes, Kafka's and JSON-RPC's negative
//! ones), the enum also converts to and from `i64`, in constant time.

use crate::model::Enum;
use crate::phf;
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;

/// The codes of a table as numbers.
pub struct Numbers {
    /// Per row, its code's value.
    pub values: Vec<i64>,
    /// Whether every code is written as Rust prints its value (no leading
    /// zero, no `-0`): `from_i64` then looks the printed value up in the
    /// enum's own hash; otherwise it gets a hash of its own.
    pub canonical: bool,
}

/// The value of a code that is a decimal integer: an optional `-` and
/// ASCII digits, within `i64`.
pub fn value(code: &str) -> Option<i64> {
    let digits = code.strip_prefix('-').unwrap_or(code);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    code.parse().ok()
}

/// The codes as numbers, when every one is a decimal integer and no two
/// are the same number (`1` and `01` would make `from_i64(1)` ambiguous).
pub fn numbers<'a>(codes: impl IntoIterator<Item = &'a str>) -> Option<Numbers> {
    let mut values = Vec::new();
    let mut canonical = true;
    for code in codes {
        let value = value(code)?;
        canonical &= value.to_string() == code;
        values.push(value);
    }
    if !canonical {
        let mut sorted = values.clone();
        sorted.sort_unstable();
        if sorted.windows(2).any(|pair| pair[0] == pair[1]) {
            return None;
        }
    }
    (!values.is_empty()).then_some(Numbers { values, canonical })
}

/// `as_i64`, `from_i64` and `From<Enum> for i64`, or nothing when the
/// codes are not all numbers.
pub fn impls(model: &Enum) -> TokenStream {
    let Some(numbers) = numbers(model.variants.iter().map(|v| v.row.code.as_str())) else {
        return TokenStream::new();
    };
    let krate = model.krate;
    let ident = model.ident;
    let bytes: Vec<u8> = numbers
        .values
        .iter()
        .flat_map(|v| v.to_le_bytes())
        .collect();
    let len = bytes.len();
    let bytes = Literal::byte_string(&bytes);
    let (number_tables, find) = if numbers.canonical {
        (
            TokenStream::new(),
            quote!(#ident::from_code(decimal.as_str())),
        )
    } else {
        // Codes such as `007`: the value as Rust prints it is looked up in
        // a hash of its own. Numbers are at most 20 bytes, so the lookup
        // never reads `CODES` (only codes over 24 bytes are compared there).
        let printed: Vec<String> = numbers.values.iter().map(i64::to_string).collect();
        let keys: Vec<&str> = printed.iter().map(String::as_str).collect();
        let Some(lookup) = phf::build(&keys) else {
            return TokenStream::new();
        };
        let name = Ident::new("NUMBER_LOOKUP", Span::call_site());
        (
            crate::lookup::lookup_static(krate, &name, &lookup, &keys),
            quote!(NUMBER_LOOKUP.find(decimal.as_str(), &CODES, values())),
        )
    };
    quote! {
        static NUMBERS: [::core::primitive::u8; #len] = *#bytes;
        #number_tables

        impl #ident {
            /// The code as a number: every code of this table is a decimal
            /// integer.
            #[inline]
            pub const fn as_i64(&self) -> ::core::primitive::i64 {
                #krate::__private::i64_at(&NUMBERS, index(self))
            }

            /// The value whose code is the number `value`, in constant
            /// time (the number is written in decimal and looked up in the
            /// table's perfect hash).
            #[inline]
            pub fn from_i64(value: ::core::primitive::i64) -> ::core::option::Option<Self> {
                let decimal = #krate::__private::Decimal::new(value);
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
        assert_eq!((all.values, all.canonical), (vec![-1, 0, 1], true));
        let padded = numbers(["001", "002"]).expect("numeric");
        assert_eq!((padded.values, padded.canonical), (vec![1, 2], false));
        assert!(numbers(["1", "A"]).is_none());
        assert!(numbers(["1", "01"]).is_none());
        assert!(numbers(["0", "-0"]).is_none());
    }
}
