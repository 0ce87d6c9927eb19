//! Error-code tables as checked, fast, documented Rust enums.
//!
//! Services publish their error codes as a table of module, code and
//! description. Write that table once, as a CSV, and let
//! [`#[error_codes]`][error_codes] turn it into an enum at compile time:
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
//! # The CSV
//!
//! - A header row names the columns, in any order, matched ignoring ASCII
//!   case, spaces, `-` and `_`: `code` (also found under `Error Code` and
//!   `Error Codes`) and `description` (also `Error Description`) are
//!   required, `module`, `name`, `deprecated`, `http_status` (also
//!   `HTTP Status`, `HTTP Status Code`, `Status Code`, `Status`), `message`
//!   (also `Error Message`, `Error Info`, `Error Information`) and
//!   `solution` (also `Handling Measure`, `Measure`, `Troubleshooting`)
//!   and `grpc_code` (also `gRPC code`: `NOT_FOUND` or `5`, read by
//!   `grpc_code()`) optional; `headers(code = "Value", ...)` names other headings. A table
//!   with a `message` column and no `description` column takes the message
//!   as the description. Any other column
//!   is an error unless declared in `columns(...)` or left aside with
//!   `ignore = [...]`, so that a typo is not ignored.
//! - A non-empty `deprecated` cell marks the variant `#[deprecated]` with
//!   the cell as its note: uses of it warn, the generated code does not.
//! - One row per code, in the order the variants should have. Fields follow
//!   RFC 4180: quote a field to put commas, quotes (`""`) or line breaks in
//!   it; a quote opens a quoted field only as its first character. Every
//!   field is trimmed of surrounding white space, quoted or not. A UTF-8
//!   byte-order mark and LF, CRLF or CR line endings are accepted. The file
//!   must be a regular file of at most 64 MiB.
//! - `description` may use Markdown or RST: rustdoc shows it as written, and
//!   [`description()`](ErrorCode::description) returns it as a person reads
//!   the rendered cell: inline markup removed (`**name**` and ``` ``name`` ```
//!   become `name`, a link its text), white space collapsed to one space.
//! - A code with white space or a control character inside is an error
//!   (`allow_spaces = true` accepts white space, for codes that are phrases).
//! - Rows identical in every cell count once; a code on rows that differ is
//!   an error unless `duplicates = "merge"`.
//! - An empty `module` or `name` cell counts as absent for that row.
//!
//! The path in `csv = "..."` is relative to the invoking crate's
//! `Cargo.toml`. Cargo rebuilds the crate whenever the file changes: add a
//! row, build, and the new variant is there.
//!
//! # Variant names
//!
//! From the `name` column when the row has one, in UpperCamelCase
//! (`UNIQUE_VIOLATION` and `unique_violation` give `UniqueViolation`).
//! Otherwise from the code, split at every character that is not a letter or
//! digit, each piece in UpperCamelCase, joined: `VolumeBackup.0014` gives
//! `VolumeBackup0014`, `common.0011` gives `Common0011`. A code that starts
//! with a digit gets the prefix `E` (`404` gives `E404`), a negative number
//! the prefix `Minus` (`-1` gives `Minus1`). A name that is not
//! a valid identifier, or two rows with the same name, is a compile error.
//!
//! # What `#[error_codes]` generates
//!
//! For `pub enum StorageError {}`:
//! - one unit variant per row, in table order, documented with the row's
//!   description, code, module and typed values, with the code as a
//!   `#[doc(alias)]` so that the docs' search finds it;
//! - `const fn code(&self) -> &'static str`, `const fn description(&self)
//!   -> &'static str`, `const fn module(&self) -> Option<&'static str>`,
//!   `fn from_code(&str) -> Option<Self>` (exact and case-sensitive, one
//!   hash and one comparison), `const ALL: &'static [Self]` and
//!   `const COUNT: usize`;
//! - `Debug`, `Clone`, `Copy`, `PartialEq`, `Eq`, `Hash`, `PartialOrd` and
//!   `Ord` (in table order), `Display` as `{code}: {description}`,
//!   [`core::error::Error`], `FromStr` and `TryFrom<&str>` with
//!   [`UnknownCode`] as the error, and [`ErrorCode`];
//! - a checked-code macro named after the enum in snake_case (see below);
//! - when every code is a decimal integer, `const fn as_i64(&self) -> i64`,
//!   `fn from_i64(i64) -> Option<Self>` (constant time),
//!   `From<StorageError> for i64`, and `TryFrom<i64>` and `TryFrom` of the
//!   enum's `repr` integer with [`UnknownNumber`] as the error. Such a
//!   table's codes are also its discriminants (`Http::NotFound as u16 ==
//!   404`, as `num_enum` and prost number enums), in the narrowest `repr`
//!   that holds them all or the user's own, which must hold them; `ALL`
//!   and `Ord` still follow the table. Other tables (and `#[repr(C)]`
//!   enums) are numbered `0, 1, 2, ...` in table order.
//!
//! The enum's own attributes (docs, `#[non_exhaustive]`, `#[cfg]`, other
//! derives, such as serde's where the `serde` feature is off or the enum
//! says `serde = false`) and its visibility carry over.
//!
//! # Options
//!
//! `#[error_codes(csv = "...", crate = "...", code_macro = ..., enum_path = "...",
//! columns(...), headers(...), ignore = [...], serde = false)]`:
//! - `csv`: the table, relative to the crate's `Cargo.toml` (required);
//! - `crate`: the path of this crate, if it is renamed in `Cargo.toml`
//!   (`crate = "my_codes"`, as serde's `#[serde(crate = "...")]`);
//! - `code_macro`: the checked-code macro's name (`code_macro = "storage"`),
//!   or `code_macro = false` for none;
//! - `enum_path`: where the enum lives, from the crate root
//!   (`enum_path = "errors::StorageError"`), for an enum inside a module;
//! - `serde = false`: no serde impls from the `serde` feature (see below),
//!   for a crate that writes or derives its own; also an option of the
//!   derive's `#[error_code(...)]`;
//! - `columns(http_status: u16, reason: &str = "HTTP Reason", ...)`: typed
//!   columns, each read by a `pub const fn http_status(&self) -> u16`. Types:
//!   `bool`, the integer types, `f32`, `f64`, `char`, `&str`, the path of an
//!   enum whose variants the cells name, and `Option<T>` of those (an empty
//!   cell is `None`). A column is found by its name, or by the heading
//!   given after `=`; a cell that does not fit is a compile error naming
//!   its line and column;
//! - `headers(code = "Value", description = "User message")`: the heading
//!   of a standard column (`code`, `description`, `module`, `name`,
//!   `deprecated`) when the table uses another;
//! - `ignore = ["Solution", "Reference"]`: columns to leave aside;
//! - `duplicates = "merge"`: rows that share a code become one variant,
//!   whose accessors give the first row's cells and whose rustdoc lists
//!   every row;
//! - `module = "..."` / `modules = ["...", "..."]`: the enum of those
//!   modules' rows only (an unknown module is an error listing the table's);
//! - `allow_spaces = true`: codes may have white space inside;
//! - `docs_url = "https://example.com/errors/{code}"`: each code's page,
//!   the code percent-encoded in place of `{code}` at compile time, given
//!   by `pub const fn docs_url(&self) -> &'static str`;
//! - `domain = "accounts.example.com"`: the codes' domain in gRPC's
//!   `ErrorInfo` ([`ErrorCode::domain`]), the enum's name without it.
//!
//! The derive's `#[error_code(...)]` takes `csv`, `crate`, `columns`,
//! `headers`, `ignore`, `serde`, `duplicates`, `module` / `modules`,
//! `allow_spaces`, `docs_url` and `domain`.
//!
//! # HTTP status, message and solution
//!
//! Every enum has `const fn http_status(&self) -> Option<u16>` (the first
//! status of the `http_status` cell: `400`, `400 Bad Request`,
//! `Bad Request (400)`, `404/500`), `http_statuses() -> &'static [u16]`
//! (all of them), `message()` and `solution()` (plain text, `None` for an
//! empty cell or no column); a status cell with a digit that is no status
//! from 100 to 599 is a compile error. [`ErrorCode`] has the same methods.
//! A typed column named `http_status`, `message` or `solution` replaces
//! the standard one.
//!
//! With the `http` feature, `ErrorCode::status_code()` gives the status as
//! an `http::StatusCode`; with the `miette` feature, every generated enum
//! and [`Code<E>`](Code) implement `miette::Diagnostic` (the code, the
//! solution as help, the `docs_url` page as URL). The crate that defines
//! the enums needs no dependency on `http` or `miette` itself.
//!
//! # Checked codes
//!
//! `vbs_error!("VolumeBackup.0014")` is `VbsError::VolumeBackup0014`, in an
//! expression or a pattern, and a code that is not in the table does not
//! compile. The macro is `#[macro_export]`ed: other crates reach it at the
//! defining crate's root (`error_codes_core::vbs_error!`), and the defining
//! crate uses it by its bare name after the enum's definition (a
//! `macro_rules!` macro is in scope below where it is defined). It expands
//! to `$crate::Enum::Variant`, so the enum must be reachable at the crate
//! root, or at `enum_path` when given, from where the macro is used.
//!
//! ```
//! use error_codes_core::{vbs_error, VbsError};
//!
//! fn retryable(error: VbsError) -> bool {
//!     matches!(error, vbs_error!("VolumeBackup.0900") | vbs_error!("VolumeBackup.0013"))
//! }
//! assert!(retryable(vbs_error!("VolumeBackup.0900")));
//! ```
//!
//! ```compile_fail
//! // error: unknown VbsError code "VolumeBakup.0900"; did you mean "VolumeBackup.0900"?
//! let _ = error_codes_core::vbs_error!("VolumeBakup.0900");
//! ```
//!
//! # Messages with parameters
//!
//! A row's template is its `message` where it has one (what a service
//! sends), else its description (which then stays as written otherwise).
//! A template with placeholders (`Invalid {0} parameter in the
//! request.`, `User {user_id} not found.`: `{}`, `{0}`, `{name}` as in
//! `format!`, `{{`/`}}` for a brace; braces in code spans and literals, or
//! around anything else, are text) is filled by the checked-code macro,
//! with arguments checked against the row at compile time:
//!
//! ```text
//! let e = dcs_error!("DCS.4062", "flavor");        // positional
//! let e = dms_error!("DMS.10540003", status = s);  // named
//! assert_eq!(e.to_string(), "DCS.4062: Invalid flavor parameter in the request.");
//! ```
//!
//! It returns a [`Formatted<E>`](Formatted), which keeps its arguments by
//! placeholder name (`"0"`, `"1"`, ... for positional ones) beside the
//! text; too few or too many arguments,
//! an unknown name, or named arguments for positional placeholders (or the
//! reverse) do not compile, with the error on the code's literal naming the
//! row's placeholders and its `file:line`. Without arguments the macro is
//! the bare variant, whose `description()` shows the template. Every enum
//! has `placeholders()` (what a row takes, in argument order) and, for
//! codes known only at run time, `fill(&[&arg, ...])`, which returns
//! [`ArgumentError`] when the count is wrong.
//!
//! # Subsets named by hand
//!
//! A crate that handles a few codes names them itself, checked against the
//! table, with [`#[derive(ErrorCode)]`][derive-ErrorCode]. The user derives
//! the standard traits (at least `Clone`, `Copy` and `Debug`); the derive
//! adds the same accessors and impls as the attribute, for its own codes.
//!
//! ```
//! #[derive(error_codes_core::ErrorCode, Debug, Clone, Copy, PartialEq, Eq, Hash)]
//! #[error_code(csv = "codes.csv")]
//! pub enum RetryableVbs {
//!     #[code = "VolumeBackup.0900"]
//!     ServiceUnavailable,
//!     #[code = "VolumeBackup.0013"]
//!     PreviousTaskRunning,
//! }
//!
//! assert_eq!(RetryableVbs::from_code("VolumeBackup.0013"), Some(RetryableVbs::PreviousTaskRunning));
//! assert_eq!(RetryableVbs::from_code("VolumeBackup.0014"), None);
//! ```
//!
//! # Codes from elsewhere
//!
//! A server may send codes that this build's table does not have yet.
//! [`Code<E>`](Code) holds either a value of the table or the text as
//! received, and parsing into it never fails, so nothing is lost:
//!
//! ```
//! use error_codes_core::{Code, VbsError, vbs_error};
//!
//! let code: Code<VbsError> = "VolumeBackup.0950".parse().unwrap();
//! match &code {
//!     Code::Known(vbs_error!("VolumeBackup.0900")) => { /* retry */ }
//!     Code::Known(known) => println!("{}", known.description()),
//!     Code::Unknown(unknown) => println!("new code {}", unknown.code()),
//! }
//! assert_eq!(code.as_str(), "VolumeBackup.0950");
//! ```
//!
//! # serde
//!
//! With this crate's `serde` feature, every generated enum (attribute and
//! derive) and [`Code<E>`](Code) implement `Serialize`, as the code string,
//! and `Deserialize`, from a string or, in self-describing human-readable
//! formats such as JSON, from an integer whose decimal text is the code
//! (gRPC's `{"code": 5}`). The crate that defines the enums needs no serde
//! dependency of its own; without the feature, nothing of serde is
//! generated or compiled. An enum with `serde = false` gets no impls even
//! with the feature, so a crate that derives serde's traits itself keeps
//! compiling when another crate of the build turns the feature on.
//!
//! ```toml
//! error-codes-core = { version = "0.1", features = ["serde"] }
//! ```
//!
//! An unknown code read into an enum is an error that names the code and
//! the enum (`unknown VbsError code "VolumeBackup.0950"`); read into
//! `Code<E>`, any string is accepted and written back unchanged.
//! Formats that guess a type from text (CSV's `deserialize_any`) read a code
//! such as `0014` as the number 14: read such fields as `String` and convert
//! with [`Code::from`].
//!
//! # Features
//!
//! | feature | default | what it adds |
//! | --- | --- | --- |
//! | `macros` | on | `#[error_codes]`, `#[derive(ErrorCode)]`, `VbsError`; off, the runtime alone for files written by `error-codes generate` |
//! | `commonmark` | off | CommonMark's full inline rules (pulldown-cmark) for the plain text of any marked-up cell; off, the commonest markup reads the same and a cell beyond it is an error at its line naming this feature |
//! | `nfc` | off | names beyond Latin letters put in Unicode NFC, so that two codes composed differently are an error naming both lines rather than rustc's, without them |
//! | `serde` | off | `Serialize` and `Deserialize` (above) |
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
mod echo;
mod error_code;
mod formatted;
mod unknown_code;
mod unknown_number;

pub use code::Code;
pub use echo::Echo;
pub use error_code::ErrorCode;
#[cfg(feature = "macros")]
#[cfg_attr(docsrs, doc(cfg(feature = "macros")))]
pub use error_codes_macro::{ErrorCode, error_codes};
pub use formatted::{ArgumentError, Formatted};
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
    pub use crate::lookup::{Aligned, Lookup};
    pub use crate::numbers::{NumberLookup, i64_at};
    pub use crate::strings::{Strings, chunk, u32_at};
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
mod hash;
mod lookup;
mod numbers;
#[cfg(feature = "problem")]
mod problem;
mod response;
mod serde_hook;
mod strings;
#[cfg(feature = "serde")]
mod wire;
