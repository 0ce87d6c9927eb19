//! A documents service on axum and its client on reqwest, speaking the
//! error codes of `errors.csv`.
//!
//! The server answers every failure with the status the table gives its
//! code and RFC 9457 problem details (`application/problem+json`), which
//! error-codes-core writes for every [`ServiceError`]: a handler returns
//! `Result<T, Failure>`, and `?` makes a [`Failure`](server::Failure) of a
//! `ServiceError`. The client reads them back as a
//! [`Problem`](error_codes_core::Problem), its code as a
//! [`Code<ServiceError>`](error_codes_core::Code), retries what the table
//! marks retryable (a bounded number of times, with backoff), and keeps a
//! code from a newer server that this build does not know.
//!
//! The table has German and Japanese columns (`description@de`,
//! `description@ja`): one middleware answers every failure in the language
//! the request's `Accept-Language` prefers, named in `Content-Language`,
//! and the client asks for one with
//! [`Client::with_language`](client::Client::with_language).
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
/// column) and whether a client may send the same request again; each
/// description in English, German and Japanese, none left untranslated.
#[error_codes_core::error_codes(
    csv = "errors.csv",
    columns(retryable: bool),
    require_languages = ["de", "ja"]
)]
pub enum ServiceError {}

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
