//! The server: documents kept in memory behind `GET` and
//! `PUT /documents/{id}`. Every failure is a [`ServiceError`], which
//! error-codes-core answers with the status the table gives it and its
//! problem details (RFC 9457): no error body is written here. Handlers
//! return it as a [`Failure`], which one middleware answers in the
//! language of the request's `Accept-Language`.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};
use std::sync::{Arc, PoisonError, RwLock};

use axum::extract::rejection::{JsonRejection, PathRejection};
use axum::extract::{DefaultBodyLimit, Path, Request, State};
use axum::http::StatusCode;
use axum::http::header::{ACCEPT_LANGUAGE, CONTENT_LANGUAGE, HeaderValue, VARY};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use error_codes_core::ErrorCode;

use crate::{Document, NewDocument, ServiceError};

/// The longest text a document may have, in bytes.
pub const MAX_TEXT: usize = 64 * 1024;

/// The longest request body the server reads, in bytes: room for a text of
/// [`MAX_TEXT`] bytes with every one escaped in JSON (`\u0000`), as the
/// table's `docs.0008` says. A longer body is answered `413`, whatever it
/// holds.
pub const MAX_BODY: usize = 512 * 1024;

/// The service: its store and its router. Clones share the store.
#[derive(Clone, Default)]
pub struct Service {
    state: Arc<Store>,
}

#[derive(Default)]
struct Store {
    documents: RwLock<HashMap<String, String>>,
    /// How many of the next requests answer `Busy`.
    busy: AtomicU32,
    /// Requests received, answered or not.
    requests: AtomicU64,
}

impl Service {
    /// An empty store.
    pub fn new() -> Service {
        Service::default()
    }

    /// The next `count` requests answer `docs.0900` (busy, retryable), as a
    /// store under load would: to see a client retry.
    pub fn busy_for(&self, count: u32) {
        self.state.busy.store(count, Ordering::SeqCst);
    }

    /// The number of requests received so far.
    pub fn requests(&self) -> u64 {
        self.state.requests.load(Ordering::SeqCst)
    }

    /// The routes, with every failure answered from the table.
    pub fn router(&self) -> Router {
        Router::new()
            .route("/documents/{id}", get(get_document).put(put_document))
            .fallback(no_such_endpoint)
            .method_not_allowed_fallback(method_not_allowed)
            .layer(DefaultBodyLimit::max(MAX_BODY))
            .layer(middleware::from_fn_with_state(self.clone(), count_and_busy))
            .layer(middleware::from_fn(in_the_request_language))
            .with_state(self.clone())
    }

    /// Answers requests on `listener` until the task is dropped.
    pub async fn serve(self, listener: tokio::net::TcpListener) -> std::io::Result<()> {
        axum::serve(listener, self.router()).await
    }
}

/// A failure as handlers and middleware return it: `?` makes one of a
/// [`ServiceError`]. Its answer is the table's, in English, and carries
/// the error in its extensions, for the router's middleware to answer it
/// again in the request's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Failure(pub ServiceError);

impl From<ServiceError> for Failure {
    fn from(error: ServiceError) -> Failure {
        Failure(error)
    }
}

impl IntoResponse for Failure {
    fn into_response(self) -> Response {
        let mut response = self.0.into_response();
        response.extensions_mut().insert(self.0);
        response
    }
}

/// Reads the request's `Accept-Language` once, and answers a [`Failure`]
/// in the language of the table it prefers (`ServiceError::negotiate`):
/// its problem details in that language, `Content-Language` naming it,
/// and `Vary: Accept-Language` for caches. An absent or malformed header
/// gets the table's own language, English; a success passes as it is.
async fn in_the_request_language(request: Request, next: Next) -> Response {
    let accept_language = request
        .headers()
        .get(ACCEPT_LANGUAGE)
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default();
    let language = ServiceError::negotiate(accept_language);
    let response = next.run(request).await;
    let Some(&error) = response.extensions().get::<ServiceError>() else {
        return response;
    };
    let headers = [
        (CONTENT_LANGUAGE, HeaderValue::from_static(language)),
        (VARY, HeaderValue::from_static("Accept-Language")),
    ];
    (headers, error.problem_in(language)).into_response()
}

/// Counts every request, and answers `Busy` while the store is busy.
async fn count_and_busy(State(service): State<Service>, request: Request, next: Next) -> Response {
    let store = &service.state;
    store.requests.fetch_add(1, Ordering::SeqCst);
    let was_busy = store
        .busy
        .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |left| {
            left.checked_sub(1)
        })
        .is_ok();
    if was_busy {
        return Failure(ServiceError::Busy).into_response();
    }
    next.run(request).await
}

async fn get_document(
    State(service): State<Service>,
    id: Result<Path<String>, PathRejection>,
) -> Result<Json<Document>, Failure> {
    let id = checked_id(id)?;
    let documents = service
        .state
        .documents
        .read()
        .unwrap_or_else(PoisonError::into_inner);
    match documents.get(&id) {
        Some(text) => Ok(Json(Document {
            text: text.clone(),
            id,
        })),
        None => Err(ServiceError::NotFound.into()),
    }
}

/// Stores the document: `201 Created` for a new id, `200 OK` for one
/// replaced.
async fn put_document(
    State(service): State<Service>,
    id: Result<Path<String>, PathRejection>,
    body: Result<Json<NewDocument>, JsonRejection>,
) -> Result<(StatusCode, Json<Document>), Failure> {
    let id = checked_id(id)?;
    let Json(NewDocument { text }) = body.map_err(|rejection| {
        // Over the body limit is no malformed body: valid JSON can be too
        // long, and the client should hear 413, not 400.
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ServiceError::BodyTooLarge
        } else {
            ServiceError::MalformedBody
        }
    })?;
    if text.is_empty() {
        return Err(ServiceError::EmptyText.into());
    }
    if text.len() > MAX_TEXT {
        return Err(ServiceError::TextTooLong.into());
    }
    let previous = service
        .state
        .documents
        .write()
        .unwrap_or_else(PoisonError::into_inner)
        .insert(id.clone(), text.clone());
    let status = match previous {
        Some(_) => StatusCode::OK,
        None => StatusCode::CREATED,
    };
    Ok((status, Json(Document { id, text })))
}

/// 1 to 64 lowercase ASCII letters, digits or dashes.
fn checked_id(id: Result<Path<String>, PathRejection>) -> Result<String, ServiceError> {
    let invalid = ServiceError::InvalidId;
    let Path(id) = id.map_err(|_| invalid)?;
    let valid = (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if valid { Ok(id) } else { Err(invalid) }
}

async fn no_such_endpoint() -> Failure {
    Failure(ServiceError::NoSuchEndpoint)
}

async fn method_not_allowed() -> Failure {
    Failure(ServiceError::MethodNotAllowed)
}
