//! From a row's index to its value: `ALL`, and the `values()` that
//! `from_code` picks its answer from.
//!
//! rustc finds a variant named in an expression by a scan of the enum's
//! variants, and checks an enum value in a constant by another scan of its
//! discriminants, so a table that names every variant once (`[E::A, E::B,
//! ...]`) costs it time in the square of the rows: 28 of 32 s of the build
//! at 65,536 rows. The attribute's enum has a primitive `repr` and implicit
//! discriminants `0..COUNT`, so a static of the integers `0..COUNT`, seen
//! as the enum, is every value in row order: no variant is named, and rustc
//! checks integers. That takes one `unsafe` block, so it is kept for tables
//! of more than [`NAMED_UP_TO`] rows, where the square costs seconds; smaller
//! tables, an enum whose `repr` names no integer type (`#[repr(C)]`), and
//! the derive, whose variants are the user's and few, keep the table of
//! named variants.
//!
//! A table whose codes are all decimal integers (HTTP statuses, Kafka's or
//! JSON-RPC's codes) gets its codes as discriminants instead, as
//! `num_enum`, prost and tonic number their enums (`HttpStatus::E404 as
//! u16 == 404`, issue 20), and the `repr` that holds them; the static of
//! integers then holds the codes.

use crate::syntax::Item;
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;
use std::fmt::Write;

/// How values are made from row indices.
pub(crate) enum Values {
    /// The enum has `#[repr(int)]` and implicit discriminants: the value of
    /// row `i` is the integer `i` seen as the enum.
    Transmute(Ident),
    /// A static table that names every variant (`Enum::Variant`).
    Named,
}

/// The integer types a `repr` may name, with how many non-negative values
/// each holds (the discriminants are `0..rows`).
const INTEGERS: &[(&str, u128)] = &[
    ("u8", 1 << 8),
    ("u16", 1 << 16),
    ("u32", 1 << 32),
    ("u64", 1 << 64),
    ("u128", u128::MAX),
    ("usize", 1 << 32),
    ("i8", 1 << 7),
    ("i16", 1 << 15),
    ("i32", 1 << 31),
    ("i64", 1 << 63),
    ("i128", 1 << 127),
    ("isize", 1 << 31),
];

/// A code that is a decimal integer: its value, as written, and its line.
pub(crate) struct Number<'a> {
    pub(crate) value: i64,
    pub(crate) code: &'a str,
    pub(crate) line: usize,
}

/// How the attribute's enum is numbered.
pub(crate) struct Numbering {
    pub(crate) values: Values,
    /// The `#[repr]` to add, when the user wrote none.
    pub(crate) repr: TokenStream,
    /// The integer type of the `repr` when each discriminant is its
    /// variant's code; `None` when the discriminants are `0..rows`.
    pub(crate) codes: Option<Ident>,
}

/// Decides [`Numbering`] for the attribute's enum of `rows` rows, and the
/// `#[repr]` to add when the user wrote none. `numbers` are the codes when
/// every one is a decimal integer (and no two the same number): each
/// variant's discriminant is then its code, in the `repr` the user wrote
/// (an error when a code does not fit it) or the smallest that holds them
/// all. An enum whose `repr` names no integer type (`#[repr(C)]`) keeps
/// the discriminants `0..rows`.
///
/// A `repr` too narrow for the table is an error on its integer type:
/// rustc would otherwise fail with an internal compiler error while
/// evaluating the discriminants (issue 13). `usize` and `isize` are
/// counted at 32 bits, the narrowest target they have here.
pub(crate) fn for_attribute(
    item: &Item,
    file: &str,
    rows: usize,
    numbers: Option<&[Number]>,
) -> syn::Result<Numbering> {
    let (values, repr, codes) = decide(item, file, rows, numbers)?;
    Ok(Numbering {
        values,
        repr,
        codes,
    })
}

fn decide(
    item: &Item,
    file: &str,
    rows: usize,
    numbers: Option<&[Number]>,
) -> syn::Result<(Values, TokenStream, Option<Ident>)> {
    let mut integer = None;
    let mut other = false;
    for attr in item
        .attrs
        .iter()
        .filter(|attr| attr.path().is_ident("repr"))
    {
        attr.parse_nested(|meta| {
            match &meta.key {
                ident if INTEGERS.iter().any(|(name, _)| ident == name) => {
                    integer = Some(ident.clone());
                }
                _ => {
                    // `C`, or `align(8)`: an enum aligned past its integer
                    // is larger than the integer, so a slice of integers is
                    // no slice of the enum; its values are named instead.
                    other = true;
                    // `align(8)`: skip its argument.
                    if meta.input.peek(syn::token::Paren) {
                        meta.input.parse::<proc_macro2::Group>()?;
                    }
                }
            }
            Ok(())
        })?;
    }
    if let Some(numbers) = numbers.filter(|_| !other) {
        return by_code(integer, file, rows, numbers);
    }
    if let Some(integer) = integer {
        let capacity = INTEGERS
            .iter()
            .find(|(name, _)| integer == name)
            .map_or(u128::MAX, |&(_, capacity)| capacity);
        if rows as u128 > capacity {
            return Err(syn::Error::new(
                integer.span(),
                format!(
                    "{file} has {rows} rows, more than `#[repr({integer})]` can number ({capacity}); use `#[repr({})]` or remove the `repr`",
                    smallest(rows)
                ),
            ));
        }
        if rows > NAMED_UP_TO && !other {
            return Ok((Values::Transmute(integer), TokenStream::new(), None));
        }
        return Ok((Values::Named, TokenStream::new(), None));
    }
    if other || rows <= NAMED_UP_TO {
        // `#[repr(C)]` and the like: adding an integer would conflict.
        return Ok((Values::Named, TokenStream::new(), None));
    }
    let integer = Ident::new(smallest(rows), Span::call_site());
    Ok((
        Values::Transmute(integer.clone()),
        quote!(#[repr(#integer)]),
        None,
    ))
}

/// The integer types a `repr` may name, with the values each holds;
/// `usize` and `isize` at 32 bits, the narrowest target they have here.
const RANGES: &[(&str, i128, i128)] = &[
    ("u8", 0, u8::MAX as i128),
    ("i8", i8::MIN as i128, i8::MAX as i128),
    ("u16", 0, u16::MAX as i128),
    ("i16", i16::MIN as i128, i16::MAX as i128),
    ("u32", 0, u32::MAX as i128),
    ("i32", i32::MIN as i128, i32::MAX as i128),
    ("u64", 0, u64::MAX as i128),
    ("i64", i64::MIN as i128, i64::MAX as i128),
    ("u128", 0, i128::MAX),
    ("i128", i128::MIN, i128::MAX),
    ("usize", 0, u32::MAX as i128),
    ("isize", i32::MIN as i128, i32::MAX as i128),
];

/// The discriminants are the codes: in the user's integer `repr`, checked
/// to hold every code, or in the smallest that does (unsigned when no code
/// is negative), which is added.
fn by_code(
    integer: Option<Ident>,
    file: &str,
    rows: usize,
    numbers: &[Number],
) -> syn::Result<(Values, TokenStream, Option<Ident>)> {
    let min = numbers.iter().map(|n| n.value).min().unwrap_or(0);
    let max = numbers.iter().map(|n| n.value).max().unwrap_or(0);
    let fits = |name: &str| {
        RANGES
            .iter()
            .find(|(range, _, _)| *range == name)
            .is_some_and(|&(_, lo, hi)| lo <= i128::from(min) && i128::from(max) <= hi)
    };
    // The first eight are the fixed-size types, narrowest first.
    let smallest = RANGES[..8]
        .iter()
        .map(|(name, _, _)| *name)
        .find(|name| fits(name) && (min < 0) == name.starts_with('i'))
        .unwrap_or("i64");
    let (integer, repr) = match integer {
        Some(integer) => {
            let name = integer.to_string();
            if let Some(number) = numbers.iter().find(|n| {
                RANGES
                    .iter()
                    .find(|(range, _, _)| *range == name)
                    .is_some_and(|&(_, lo, hi)| {
                        i128::from(n.value) < lo || i128::from(n.value) > hi
                    })
            }) {
                return Err(syn::Error::new(
                    integer.span(),
                    format!(
                        "code `{}` ({file}:{}) does not fit `#[repr({name})]`: the codes of a table of numbers are its discriminants; use `#[repr({smallest})]` or remove the `repr`",
                        number.code, number.line
                    ),
                ));
            }
            (integer, TokenStream::new())
        }
        None => {
            let integer = Ident::new(smallest, Span::call_site());
            (integer.clone(), quote!(#[repr(#integer)]))
        }
    };
    let values = if rows > NAMED_UP_TO {
        Values::Transmute(integer.clone())
    } else {
        Values::Named
    };
    Ok((values, repr, Some(integer)))
}

/// Up to this many rows, values come from a table that names them, and the
/// generated code holds no `unsafe`: rustc's cost in the square of the rows
/// is still a few hundredths of a second there (0.24 s at 10,000 rows,
/// BENCHMARKS.md). Real tables are far smaller; only past this size is the
/// one `unsafe` block worth its speed.
pub(crate) const NAMED_UP_TO: usize = 4096;

/// The unsigned type rustc itself would give the discriminants of `rows`
/// variants, so that the added `repr` changes no size.
fn smallest(rows: usize) -> &'static str {
    match rows {
        0..=0x100 => "u8",
        0x101..=0x1_0000 => "u16",
        _ => "u32",
    }
}

/// The items behind `ALL` and `values()`, and the expression of `ALL`.
///
/// `names` are the variants in row order, `codes` their discriminants
/// when they are the codes (`None`: `0..COUNT`).
pub(crate) fn items(
    values: &Values,
    ident: &Ident,
    names: &[&str],
    codes: Option<&[i64]>,
    lex: impl Fn(&str) -> TokenStream,
) -> (TokenStream, TokenStream) {
    let count = names.len();
    match values {
        Values::Transmute(integer) => {
            let mut text = String::with_capacity(8 * count);
            match codes {
                Some(codes) => {
                    for code in codes {
                        let _ = write!(text, "{code},");
                    }
                }
                None => {
                    for index in 0..count {
                        let _ = write!(text, "{index},");
                    }
                }
            }
            let discriminants = lex(&text);
            let items = quote! {
                // The discriminants in row order as integers: rustc checks
                // an array of integers in one step, where it checks an
                // array of enum values one by one.
                static DISCRIMINANTS: [#integer; #count] = [#discriminants];

                /// Every value in row order, read at run time: as a
                /// constant, rustc would check each value (see `ALL`).
                #[inline(always)]
                fn values() -> &'static [#ident] {
                    // SAFETY: as for `ALL`.
                    unsafe {
                        ::core::slice::from_raw_parts(
                            DISCRIMINANTS.as_ptr().cast::<#ident>(),
                            #count,
                        )
                    }
                }
            };
            // SAFETY: the enum is `#[repr(#integer)]` and its variants are
            // units with the implicit discriminants `0..COUNT`, or with
            // their codes as explicit discriminants (which fit `#integer`,
            // checked by the macro); `DISCRIMINANTS` holds those `COUNT`
            // integers, is immutable and lives for the whole program, so
            // it is `COUNT` valid values of the enum.
            let all = quote! {
                unsafe {
                    ::core::slice::from_raw_parts(
                        DISCRIMINANTS.as_ptr().cast::<#ident>(),
                        #count,
                    )
                }
            };
            (items, all)
        }
        Values::Named => {
            let mut text = String::new();
            for name in names {
                let _ = write!(text, "{ident}::{name},");
            }
            let variants = lex(&text);
            let items = quote! {
                static VARIANTS: [#ident; #count] = [#variants];

                /// Every value in row order.
                #[inline(always)]
                fn values() -> &'static [#ident] {
                    &VARIANTS
                }
            };
            (items, quote!(&VARIANTS))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{NAMED_UP_TO, Number, Numbering, Values, for_attribute, smallest};
    use crate::syntax::Item;

    fn decide(item: Item, rows: usize) -> Result<(String, String), String> {
        match for_attribute(&item, "t.csv", rows, None) {
            Ok(Numbering {
                values: Values::Transmute(integer),
                repr,
                ..
            }) => Ok((integer.to_string(), repr.to_string())),
            Ok(Numbering {
                values: Values::Named,
                repr,
                ..
            }) => Ok(("named".to_owned(), repr.to_string())),
            Err(error) => Err(error.to_string()),
        }
    }

    #[test]
    fn the_added_repr_is_the_one_rustc_would_choose() {
        assert_eq!(
            [1, 256, 257, 65_536, 65_537].map(smallest),
            ["u8", "u8", "u16", "u16", "u32"]
        );
        let item: Item = syn::parse_quote!(
            pub enum E {}
        );
        assert_eq!(
            decide(item.clone(), 65_537).unwrap(),
            ("u32".to_owned(), "# [repr (u32)]".to_owned())
        );
        assert_eq!(
            decide(item, NAMED_UP_TO).unwrap(),
            ("named".to_owned(), String::new())
        );
    }

    #[test]
    fn a_users_repr_is_kept_or_refused_when_too_narrow() {
        let item: Item = syn::parse_quote!(
            #[repr(i8)]
            pub enum E {}
        );
        assert_eq!(
            decide(item.clone(), 128).unwrap(),
            ("named".to_owned(), String::new())
        );
        assert_eq!(
            decide(item, 129).unwrap_err(),
            "t.csv has 129 rows, more than `#[repr(i8)]` can number (128); use `#[repr(u8)]` or remove the `repr`"
        );
        let item: Item = syn::parse_quote!(
            #[repr(i32)]
            pub enum E {}
        );
        assert_eq!(
            decide(item, 5_000).unwrap(),
            ("i32".to_owned(), String::new())
        );
        let item: Item = syn::parse_quote!(
            #[repr(C, align(8))]
            pub enum E {}
        );
        assert_eq!(
            decide(item, 5_000).unwrap(),
            ("named".to_owned(), String::new())
        );
        let item: Item = syn::parse_quote!(
            #[repr(align(8))]
            pub enum E {}
        );
        assert_eq!(decide(item.clone(), 3).unwrap().0, "named");
        assert_eq!(decide(item, 5_000).unwrap().0, "named");
        let item: Item = syn::parse_quote!(
            #[repr(u16, align(4))]
            pub enum E {}
        );
        assert_eq!(decide(item, 5_000).unwrap().0, "named");
    }

    fn by_code(item: Item, values: &[i64]) -> Result<(String, String), String> {
        let codes: Vec<String> = values.iter().map(i64::to_string).collect();
        let numbers: Vec<Number> = values
            .iter()
            .zip(&codes)
            .enumerate()
            .map(|(row, (&value, code))| Number {
                value,
                code,
                line: row + 2,
            })
            .collect();
        match for_attribute(&item, "t.csv", values.len(), Some(&numbers)) {
            Ok(Numbering { repr, codes, .. }) => Ok((
                codes.map_or(String::new(), |integer| integer.to_string()),
                repr.to_string(),
            )),
            Err(error) => Err(error.to_string()),
        }
    }

    #[test]
    fn numeric_codes_get_the_narrowest_repr_that_holds_them_or_the_users() {
        let item: Item = syn::parse_quote!(
            pub enum E {}
        );
        let repr = |values: &[i64]| by_code(item.clone(), values).unwrap().0;
        assert_eq!(repr(&[0, 255]), "u8");
        assert_eq!(repr(&[200, 404, 599]), "u16");
        assert_eq!(repr(&[-1, 127]), "i8");
        assert_eq!(repr(&[-1, 128]), "i16");
        assert_eq!(repr(&[-32700, 1]), "i16");
        assert_eq!(repr(&[70_000]), "u32");
        assert_eq!(repr(&[1 << 40]), "u64");
        assert_eq!(repr(&[i64::MIN, i64::MAX]), "i64");
        assert_eq!(
            by_code(item, &[404]).unwrap().1,
            "# [repr (u16)]".to_owned()
        );
        let item: Item = syn::parse_quote!(
            #[repr(u32)]
            pub enum E {}
        );
        assert_eq!(
            by_code(item, &[404]).unwrap(),
            ("u32".into(), String::new())
        );
        let item: Item = syn::parse_quote!(
            #[repr(u8)]
            pub enum E {}
        );
        assert_eq!(
            by_code(item, &[200, 404]).unwrap_err(),
            "code `404` (t.csv:3) does not fit `#[repr(u8)]`: the codes of a table of numbers are its discriminants; use `#[repr(u16)]` or remove the `repr`"
        );
        // `repr(C)` keeps the discriminants `0..rows`.
        let item: Item = syn::parse_quote!(
            #[repr(C)]
            pub enum E {}
        );
        assert_eq!(by_code(item, &[404]).unwrap().0, "");
    }
}
