//! Integration tests of error-codes; see `tests/`.
//!
//! The library holds the enums that `tests/serde.rs` and `tests/code.rs`
//! put on the wire. This package depends on error-codes-core with its
//! `serde` feature and on no serde (only its tests do), so their
//! `Serialize` and `Deserialize` come through error-codes-core alone.

/// The enums of the serde tests.
pub mod wire {
    /// gRPC status codes (source: `tests/fixtures/README.md`).
    #[error_codes_core::error_codes(csv = "tests/fixtures/grpc.csv", code_macro = false)]
    pub enum Grpc {}

    /// Codes that are integers, or look like one (`007`).
    #[error_codes_core::error_codes(csv = "tests/fixtures/numeric.csv", code_macro = false)]
    pub enum Numeric {}

    /// The two gRPC codes a client retries, named by hand.
    #[derive(error_codes_core::ErrorCode, Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[error_code(csv = "tests/fixtures/grpc.csv")]
    pub enum Retry {
        /// The service is down for now.
        #[code = "14"]
        Unavailable,
        /// The deadline passed first.
        #[code = "4"]
        DeadlineExceeded,
    }
}

/// A table with a retired code (`R.2`), for the UI test that shows that its
/// uses in another crate warn, with the table's note.
#[error_codes_core::error_codes(csv = "ui/csv/retired.csv")]
pub enum RetiredCodes {}

/// gRPC codes with their HTTP status: documented here so that
/// `cargo doc -D warnings` checks the links of a typed enum's docs.
#[error_codes_core::error_codes(
    csv = "tests/fixtures/grpc_http.csv",
    columns(http_status: u16, reason: &str = "HTTP Reason"),
    code_macro = false
)]
pub enum GrpcHttp {}

/// Rows with placeholders, for the UI tests of wrong arguments.
#[error_codes_core::error_codes(csv = "ui/csv/placeholders.csv")]
pub enum Placeholders {}
