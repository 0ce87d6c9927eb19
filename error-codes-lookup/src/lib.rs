//! The perfect-hash lookup behind the `from_code` and `from_i64` of
//! [error-codes](https://docs.rs/error-codes-core)' generated enums: the hash
//! that the code generator runs to build a table's tables and the probe that
//! the generated code runs to read them, in one crate so that both sides
//! hash every key alike (as `phf_generator` and `phf` share `phf_shared`),
//! the string tables the generated code stores its texts in, and the
//! choice of a table's language by tag.
//!
//! An implementation detail of error-codes, named by generated code through
//! `error_codes_core::__private`: no dependencies, no `std`, and no promise
//! beyond what error-codes-core needs.

#![no_std]

pub mod hash;
pub mod language;
pub mod numbers;
pub mod probe;
pub mod strings;
