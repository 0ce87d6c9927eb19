//! Error-code tables as checked, fast, documented Rust enums.
//!
//! Services publish their error codes as a table of module, code and
//! description. Write that table once, as a CSV, and let
//! [`#[error_codes]`][error_codes] turn it into an enum at compile time:
//! one variant per row, documented with the row, looked up by a perfect
//! hash, and a code that is not in the table does not compile.
//!
//! ```
//! use error_codes_core::{error_codes, ErrorCode};
//!
//! /// Errors of the Volume Backup Service.
//! #[error_codes(csv = "codes.csv", code_macro = false)]
//! pub enum Vbs {}
//!
//! let error = Vbs::from_code("VolumeBackup.0014").unwrap();
//! assert_eq!(error, Vbs::VolumeBackup0014);
//! assert_eq!(error.to_string(), "VolumeBackup.0014: The task could not be submitted.");
//! assert_eq!(error.module(), Some("Shared"));
//! ```
//!
//! The ways in:
//! - [`#[error_codes]`][error_codes] on an empty enum: every row of a table;
//! - [`#[derive(ErrorCode)]`][derive-ErrorCode] on an enum whose variants
//!   name their codes: a subset named by hand, checked against the table;
//! - the checked-code macro each enum comes with (`vbs_error!("...")`),
//!   which also fills a message's placeholders;
//! - `error-codes generate`, for a file built on this crate without its
//!   macros (`default-features = false`);
//! - the `error-codes` command, which imports, checks, compares and exports
//!   tables outside the compiler.
//!
//! Every generated enum implements [`ErrorCode`](trait@ErrorCode), so generic code works
//! over any table; [`Code<E>`](Code) keeps a code this build does not know.
//!
//! # The guide
//!
//! The [`guide`] is the reference, each chapter with compiled examples:
//! [the CSV format](guide::csv_format), [options](guide::options),
//! [what is generated](guide::generated),
//! [typed and standard columns](guide::columns),
//! [plain text](guide::plain_text), [checked codes](guide::checked_codes),
//! [messages with parameters](guide::parameters),
//! [several languages](guide::languages), [on the wire](guide::wire),
//! [problem details and gRPC](guide::services),
//! [without a proc macro](guide::without_proc_macro) and
//! [the command](guide::command).
//!
//! # Features
//!
//! | feature | default | what it adds |
//! | --- | --- | --- |
//! | `macros` | on | `#[error_codes]`, `#[derive(ErrorCode)]`, `VbsError`; off, the runtime alone for files written by `error-codes generate` |
//! | `commonmark` | off | CommonMark's full inline rules (pulldown-cmark) for the plain text of any marked-up cell; off, the commonest markup reads the same and a cell beyond it is an error at its line naming this feature |
//! | `nfc` | off | names beyond Latin letters put in Unicode NFC, so that two codes composed differently are an error naming both lines rather than rustc's, without them; off, a name that NFC could change (beyond the common alphabets, kana, hanzi and Hangul syllables) is an error at its line naming this feature |
//! | `serde` | off | `Serialize` and `Deserialize` for every generated enum and [`Code<E>`](Code) ([on the wire](guide::wire)) |
//! | `http` | off | `ErrorCode::status_code()` as `http::StatusCode` |
//! | `miette` | off | `miette::Diagnostic` for every generated enum and [`Code<E>`](Code) |
//! | `problem` | off | `Problem`, RFC 9457 problem details from every generated enum and [`Formatted<E>`](Formatted), read back from any service's (turns on `serde`) |
//! | `axum` | off | axum's `IntoResponse` for `Problem`, `Formatted<E>` and every generated enum: the row's status, `application/problem+json` (turns on `problem` and `http`) |
//! | `tonic` | off | `From<E>` and `From<Formatted<E>>` for `tonic::Status`, with AIP-193's `ErrorInfo` and a `Help` link (tonic-types); `Code::from_status` |
//!
//! `commonmark` and `nfc` never change what a table that builds without
//! them gives; they are off so that a first build compiles neither
//! pulldown-cmark nor unicode-normalization.

// The macros' pages, where the `macros` feature is off: the docs of the
// runtime alone link to them on docs.rs rather than to nothing.
#![cfg_attr(
    feature = "macros",
    doc = "\n\n[error_codes]: macro@error_codes\n[derive-ErrorCode]: derive@ErrorCode"
)]
#![cfg_attr(
    not(feature = "macros"),
    doc = "\n\n[error_codes]: https://docs.rs/error-codes-core/latest/error_codes_core/attr.error_codes.html\n\
           [derive-ErrorCode]: https://docs.rs/error-codes-core/latest/error_codes_core/derive.ErrorCode.html"
)]
#![no_std]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

extern crate alloc;
// tonic-types' details are `std`'s `HashMap`s.
#[cfg(any(test, feature = "tonic"))]
extern crate std;

mod code;
pub mod echo;
mod error_code;
mod formatted;
pub mod guide;
mod language;
mod unknown_code;
mod unknown_number;

pub use code::Code;
pub use error_code::ErrorCode;
#[cfg(feature = "macros")]
#[cfg_attr(docsrs, doc(cfg(feature = "macros")))]
pub use error_codes_macro::{ErrorCode, error_codes};
pub use formatted::{ArgumentError, Formatted};
pub use language::negotiate;

/// The tag of `E::LANGUAGES` that `lang` resolves to, as the `_in`
/// accessors choose it: its exact tag (ASCII case ignored), else one of
/// the same primary language, else the table's own: the language to name
/// in a `Content-Language` header or a gRPC `LocalizedMessage`.
pub fn language_of<E: ErrorCode>(lang: &str) -> &'static str {
    language::resolve(E::LANGUAGES, lang)
}
#[cfg(feature = "problem")]
#[cfg_attr(docsrs, doc(cfg(feature = "problem")))]
pub use problem::{ABOUT_BLANK, PROBLEM_JSON, Problem};
/// The gRPC code of a row, and of an HTTP status.
#[cfg(feature = "tonic")]
#[cfg_attr(docsrs, doc(cfg(feature = "tonic")))]
pub mod grpc_codes {
    pub use crate::grpc::{from_http, grpc_code};
}
pub use unknown_code::UnknownCode;
pub use unknown_number::UnknownNumber;

/// The `http` crate, whose [`StatusCode`](http::StatusCode)
/// [`ErrorCode::status_code`] returns: name it through here, with no
/// dependency of your own.
#[cfg(feature = "http")]
#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
pub use http;

/// The `tonic` crate, whose `Status` the generated enums convert to: name
/// it through here, with no dependency of your own.
#[cfg(feature = "tonic")]
#[cfg_attr(docsrs, doc(cfg(feature = "tonic")))]
pub use tonic;

/// The `tonic-types` crate, whose `ErrorDetails` read a status's
/// `ErrorInfo` and `Help`.
#[cfg(feature = "tonic")]
#[cfg_attr(docsrs, doc(cfg(feature = "tonic")))]
pub use tonic_types;

/// The error codes of the Volume Backup Service, from `codes.csv` at the
/// root of this repository (126 codes in 5 modules); this package's
/// `codes.csv` is a link to it, which `cargo package` turns into a copy.
///
/// Upstream: the service's published "Error Codes" page. The codes and
/// modules are the page's, row by row; the descriptions are written in our
/// own words, so that no copy of the service's text is shipped. A test
/// reads the page from `../shared/seed/vbs-error-codes.rst` beside the
/// repository and checks every row's code and module against it.
#[cfg(feature = "macros")]
#[cfg_attr(docsrs, doc(cfg(feature = "macros")))]
#[error_codes(csv = "codes.csv", crate = "crate")]
#[non_exhaustive]
pub enum VbsError {}

/// Items the generated code uses. Not public API: they change without notice.
#[doc(hidden)]
pub mod __private {
    pub use crate::formatted::{Piece, Template, fill, fill_slots, slice};
    pub use crate::language::{pieces_in, text_in};
    pub use error_codes_lookup::numbers::{NumberLookup, i64_at};
    pub use error_codes_lookup::probe::{Aligned, Lookup};
    pub use error_codes_lookup::strings::{Strings, chunk, u32_at};
    #[cfg(feature = "macros")]
    pub use error_codes_macro::__unknown_code as unknown_code;

    pub use crate::__axum_impls as axum_impls;
    pub use crate::__miette_impls as miette_impls;
    pub use crate::__serde_impls as serde_impls;
    pub use crate::__tonic_impls as tonic_impls;
    #[cfg(feature = "miette")]
    pub use crate::diagnostic::{
        code as diagnostic_code, help as diagnostic_help, url as diagnostic_url,
    };
    #[cfg(feature = "tonic")]
    pub use crate::grpc::from_variant as grpc_status;
    #[cfg(feature = "axum")]
    pub use crate::response::respond_variant as problem_response;
    #[cfg(feature = "serde")]
    pub use crate::wire::{deserialize, serialize};
    #[cfg(feature = "miette")]
    pub use alloc::boxed::Box;
    #[cfg(feature = "axum")]
    pub use axum_core;
    #[cfg(feature = "miette")]
    pub use miette;
    #[cfg(feature = "serde")]
    pub use serde;
    #[cfg(feature = "tonic")]
    pub use tonic;
}

mod diagnostic;
mod grpc;
#[cfg(feature = "problem")]
mod problem;
mod response;
mod serde_hook;
#[cfg(feature = "serde")]
mod wire;

/// The README's examples, compiled as this crate's doctests (its tables
/// are this crate's: `guide-tables/` and `codes.csv`).
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
