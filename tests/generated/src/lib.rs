//! Enums written by `error-codes generate`, one file per table, built on
//! `error-codes-core` with `default-features = false`: no proc macro runs
//! for this crate. The files are committed, so that a change to what the
//! generator writes shows in review as a diff (as prost-build does with its
//! fixtures); `error-codes-cli/tests/generate.rs` lists them, fails when one
//! is stale, and `scripts/generate-snapshots.sh` writes them again. `tests/same_as_attribute.rs` checks that
//! each enum behaves as the attribute's on the same table.

#![deny(warnings, missing_docs, clippy::all)]
#![forbid(unsafe_code)]

// The files are as `error-codes generate` writes them (prettyplease), and
// `--check` compares them byte for byte: rustfmt leaves them alone.

/// Typed columns: gRPC codes with their HTTP status (`tests/tests/fixtures`).
#[rustfmt::skip]
pub mod grpc_http;
/// Numeric codes, signed: `as_i64`, `from_i64`.
#[rustfmt::skip]
pub mod numeric;
/// Rows that share a code, merged (`duplicates = "merge"`).
#[rustfmt::skip]
pub mod parcels;
/// Status, message and solution columns, and each code's page.
#[rustfmt::skip]
pub mod published;
/// A retired code: `#[deprecated]`.
#[rustfmt::skip]
pub mod retired;
/// Rows with placeholders, filled by the checked-code macro without any
/// proc macro.
#[rustfmt::skip]
pub mod templates;
/// A table of our own: the README's storage example.
#[rustfmt::skip]
pub mod storage;
