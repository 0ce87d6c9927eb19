//! The user's attributes and visibility carry over to the generated enum.

use error_codes_core::{ErrorCode, error_codes};

mod scoped {
    use super::error_codes;

    /// Visible to the crate only.
    #[error_codes(csv = "tests/fixtures/grpc.csv", code_macro = false)]
    #[repr(u8)]
    #[non_exhaustive]
    pub(crate) enum Grpc {}
}

/// Compiled out: neither the enum, nor its impls, nor its macro may exist.
/// (A `#[cfg]` above the attribute would remove the item before the macro
/// runs; below it, the macro sees the `#[cfg]` and must carry it over.)
#[error_codes(csv = "tests/fixtures/grpc.csv")]
#[cfg(any())]
pub enum Missing {}

/// A second enum of the same table under its own macro name; the compiled-out
/// `Missing` above would clash with it if its items were not compiled out too.
#[error_codes(csv = "tests/fixtures/grpc.csv", code_macro = "missing")]
#[cfg(test)]
pub enum Present {}

#[test]
fn repr_and_visibility_carry_over() {
    assert_eq!(size_of::<scoped::Grpc>(), 1);
    assert_eq!(scoped::Grpc::NotFound.code(), "5");
    assert_eq!(<scoped::Grpc as ErrorCode>::ALL.len(), 17);
}

#[test]
fn cfg_removes_everything_generated() {
    assert_eq!(missing!("14"), Present::Unavailable);
}
