//! Proc macros of [`error-codes-core`](https://docs.rs/error-codes-core): a CSV
//! table of error codes becomes a checked, documented Rust enum at compile time.
//!
//! Depend on `error-codes-core`, not on this crate: it re-exports these macros
//! next to the runtime items (`ErrorCode`, `UnknownCode`) their output names.
//!
//! This crate is the proc-macro front end only: `source.rs` finds and reads
//! the table relative to the crate being built, `unknown.rs` reports an
//! unknown code given to a checked-code macro. The rules of a table are
//! `error-codes-table`'s, the generated code `error-codes-codegen`'s, which
//! `error-codes generate` shares to write the same code to a file.

mod argument_errors;
mod source;
mod unknown;

use error_codes_codegen::Front;
use proc_macro::TokenStream;

/// The proc macros read the table relative to the crate being built, and
/// the code they generate may call `__unknown_code`.
const FRONT: Front = Front {
    read: &source::read,
    records: error_codes_read::records,
    proc_macros: true,
};

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
    error_codes_codegen::expand_attribute(args.into(), input.into(), &FRONT).into()
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
    error_codes_codegen::expand_derive(input.into(), &FRONT).into()
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
