//! A documents service on axum and its client on reqwest, speaking the
//! error codes of `errors.csv`.
//!
//! The server answers every failure with the status the table gives its
//! code and a body `{"error": {"code": "...", "message": "..."}}` built from
//! [`ServiceError`]. The client reads the code as a
//! [`Code<ServiceError>`](error_codes_core::Code), retries what the table
//! marks retryable (a bounded number of times, with backoff), and keeps a
//! code from a newer server that this build does not know.
//!
//! ```text
//! cargo run -p service --bin server -- --port 3000 --busy 2
//! cargo run -p service --bin client -- http://127.0.0.1:3000 put notes "Buy milk."
//! cargo run -p service --bin client -- http://127.0.0.1:3000 get notes
//! ```

pub mod client;
pub mod server;

use serde::{Deserialize, Serialize};

/// The error codes of the documents service, from `errors.csv`: with each
/// code, the HTTP status that answers it (the standard `http_status`
/// column) and whether a client may send the same request again.
#[error_codes_core::error_codes(csv = "errors.csv", columns(retryable: bool))]
pub enum ServiceError {}

/// The body of every failed answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorBody<C> {
    pub error: ErrorDetail<C>,
}

/// The code of a failed answer and what the server says about it. The
/// server writes a [`ServiceError`]; the client reads a
/// [`Code<ServiceError>`](error_codes_core::Code), which also holds codes
/// it does not know.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorDetail<C> {
    pub code: C,
    pub message: String,
}

/// A stored document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    pub id: String,
    pub text: String,
}

/// The body of a `PUT /documents/{id}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewDocument {
    pub text: String,
}
