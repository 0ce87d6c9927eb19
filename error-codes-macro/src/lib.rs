//! Proc macros of [`error-codes-core`](https://docs.rs/error-codes-core): a CSV
//! table of error codes becomes a checked, documented Rust enum at compile time.
//!
//! Depend on `error-codes-core`, not on this crate: it re-exports these macros
//! next to the runtime items (`ErrorCode`, `UnknownCode`) their output names.
//!
//! The pipeline reads in file names: `attr.rs` parses the macro's options,
//! `source.rs` finds and reads the CSV, the rules of the table (parsing,
//! headings, typed cells, rows chosen, names, checks) come from the
//! `error-codes-table` crate, which the `error-codes` command shares, and
//! `phf.rs` builds the perfect-hash lookup. The code is written one file
//! per thing generated: `definition.rs` the enum, `expand.rs` its tables
//! and accessors, `traits.rs` its trait impls, `accessors.rs` the typed
//! columns', `lookup.rs` the lookup of `from_code`, `numeric.rs` the
//! conversions of numeric codes, `serde.rs` the serde impls, `values.rs`
//! how a row index becomes its value, `code_macro.rs` the checked-code
//! macro (`macro_name.rs` its name); `fallback.rs` stands in when the table
//! or the derive is wrong.

mod accessors;
mod attr;
mod code_macro;
mod definition;
mod derive;
mod expand;
mod fallback;
mod hash;
mod lookup;
mod macro_name;
mod numeric;
mod phf;
mod published;
mod serde;
mod source;
mod table;
mod traits;
mod unknown;
mod values;

// The table's rules, shared with the `error-codes` command; imported here
// so that the generating side names them as its own modules.
use error_codes_table::{columns, header, options, parse, plain, select, spaces, suggest, valid};
use proc_macro::TokenStream;

/// Generates a complete error-code enum from a CSV table.
///
/// ```text
/// /// Errors of our storage API.
/// #[error_codes(csv = "codes/storage.csv")] // relative to Cargo.toml
/// pub enum StorageError {}
/// ```
///
/// One unit variant per row, `code()`, `description()`, `module()`,
/// `from_code()`, `ALL`, `COUNT`, the standard traits, `Display`, `Error`,
/// `FromStr`, `TryFrom<&str>`, `ErrorCode`, and a checked-code macro
/// (`storage_error!("...")`). Options: `csv` (required), `crate`,
/// `code_macro` (a name or `false`), `enum_path`, `columns(name: Type, ...)`
/// (typed columns with `const fn` accessors), `headers(code = "...", ...)`,
/// `ignore = [...]`, `serde = false`, `duplicates = "merge"`,
/// `module` / `modules` and `allow_spaces`. The `error-codes-core`
/// crate documentation describes the CSV format and every generated item.
#[proc_macro_attribute]
pub fn error_codes(args: TokenStream, input: TokenStream) -> TokenStream {
    table::expand_attribute(args.into(), input.into()).into()
}

/// Implements the accessors and traits of an error-code enum for a
/// hand-named subset of a CSV table.
///
/// ```text
/// #[derive(ErrorCode, Debug, Clone, Copy, PartialEq, Eq, Hash)]
/// #[error_code(csv = "codes.csv")]
/// pub enum RetryableVbs {
///     #[code = "VolumeBackup.0900"]
///     ServiceUnavailable,
/// }
/// ```
///
/// Every variant names its row with `#[code = "..."]`; a code that is not
/// in the table, or named twice, does not compile. Options of
/// `#[error_code(...)]`: `csv` (required), `crate`, `columns(...)`,
/// `headers(...)`, `ignore = [...]`, `serde = false`, `duplicates = "merge"`,
/// `module` / `modules` and `allow_spaces`.
#[proc_macro_derive(ErrorCode, attributes(error_code, code))]
pub fn derive_error_code(input: TokenStream) -> TokenStream {
    derive::expand_derive(input.into()).into()
}

/// The fallback arm of a generated checked-code macro: reports an unknown
/// code on its string literal, with the closest known codes.
#[doc(hidden)]
#[proc_macro]
pub fn __unknown_code(input: TokenStream) -> TokenStream {
    unknown::expand(input.into())
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}
