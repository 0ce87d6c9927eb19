//! The client: reads every failed answer's problem details (RFC 9457) and
//! their code as a [`Code<ServiceError>`], sends again what the table marks retryable (a
//! bounded number of times, waiting longer each time), and keeps a code
//! from a newer server that this build does not know.

use std::fmt;
use std::time::Duration;

use error_codes_core::echo::Echo;
use error_codes_core::{Code, Problem};
use serde::de::DeserializeOwned;

use crate::{Document, NewDocument, ServiceError};

/// When to send a retryable request again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retry {
    /// Requests sent at most, the first included.
    pub max_attempts: u32,
    /// The wait before the first retry; each later one waits twice as long.
    pub first_delay: Duration,
    /// The longest wait between two attempts.
    pub max_delay: Duration,
}

impl Default for Retry {
    /// Four attempts, waiting 100 ms, 200 ms, then 400 ms.
    fn default() -> Retry {
        Retry {
            max_attempts: 4,
            first_delay: Duration::from_millis(100),
            max_delay: Duration::from_secs(2),
        }
    }
}

impl Retry {
    /// The wait before retry number `retry` (0 for the first).
    pub fn delay(&self, retry: u32) -> Duration {
        let factor = 1u32.checked_shl(retry).unwrap_or(u32::MAX);
        self.first_delay.saturating_mul(factor).min(self.max_delay)
    }
}

/// Why a request did not succeed.
#[derive(Debug)]
pub enum ClientError {
    /// The server answered with problem details that name a code.
    Service {
        /// The HTTP status of the last answer.
        status: u16,
        /// The code, known to this build or kept as received.
        code: Code<ServiceError>,
        /// The server's message: the problem's `detail`, else its `title`.
        message: String,
        /// Requests sent, retries included.
        attempts: u32,
    },
    /// An answer that is neither a document nor problem details with a
    /// code, such as a proxy's error page.
    UnexpectedAnswer {
        status: u16,
        /// The answer's text, at most [`MAX_ANSWER`] bytes of it.
        body: String,
        /// Whether the answer went on past `body`, unread.
        cut: bool,
        /// The answer's `Content-Length`, when it gave one.
        length: Option<u64>,
    },
    /// No answer: the server could not be reached or did not answer in time.
    Transport(reqwest::Error),
}

impl ClientError {
    /// The code of problem details.
    pub fn code(&self) -> Option<&Code<ServiceError>> {
        match self {
            ClientError::Service { code, .. } => Some(code),
            _ => None,
        }
    }
}

impl fmt::Display for ClientError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ClientError::Service {
                status,
                code: Code::Known(known),
                message,
                attempts,
            } => write!(
                f,
                "{} (HTTP {status}, {attempts} attempt{}): {message}",
                known.code(),
                if *attempts == 1 { "" } else { "s" }
            ),
            ClientError::Service {
                status,
                code: Code::Unknown(unknown),
                message,
                ..
            } => write!(
                f,
                "{} (HTTP {status}), a code this client does not know; \
                 the server says: {message}",
                Shown(unknown.code())
            ),
            // An error page is echoed in part: a proxy's 50 MB page would
            // otherwise be a 50 MB log line.
            ClientError::UnexpectedAnswer {
                status,
                body,
                cut,
                length,
            } => {
                write!(
                    f,
                    "HTTP {status} without an error body: {}",
                    Echo::new(body)
                )?;
                match (cut, length) {
                    (false, _) => Ok(()),
                    (true, Some(length)) => {
                        write!(f, " (read {} of its {length} bytes)", body.len())
                    }
                    (true, None) => write!(
                        f,
                        " (read {} bytes; it went on, of no stated length)",
                        body.len()
                    ),
                }
            }
            ClientError::Transport(error) => write!(f, "no answer: {error}"),
        }
    }
}

impl std::error::Error for ClientError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ClientError::Transport(error) => Some(error),
            _ => None,
        }
    }
}

/// The most of an answer the client reads, in bytes. A document's JSON is
/// at most a few hundred KiB (`MAX_TEXT` escaped); an answer that goes on
/// is cut here, so that an endless one cannot fill memory before the
/// timeout.
pub const MAX_ANSWER: usize = 1024 * 1024;

/// A code as received, unquoted when short and plain, else bounded as
/// [`Echo`] shows input.
struct Shown<'a>(&'a str);

impl fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let echo = Echo::new(self.0);
        let plain = echo.left_out() == 0
            && self
                .0
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_'));
        if plain {
            f.write_str(self.0)
        } else {
            write!(f, "{echo}")
        }
    }
}

/// A client of one server.
#[derive(Debug, Clone)]
pub struct Client {
    http: reqwest::Client,
    base: String,
    retry: Retry,
    /// The `Accept-Language` sent, if any.
    language: Option<String>,
}

impl Client {
    /// A client of the server at `base` (`http://127.0.0.1:3000`), with
    /// the default [`Retry`] and a 10-second timeout per request.
    pub fn new(base: &str) -> Result<Client, ClientError> {
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(10))
            .build()
            .map_err(ClientError::Transport)?;
        Ok(Client {
            http,
            base: base.trim_end_matches('/').to_owned(),
            retry: Retry::default(),
            language: None,
        })
    }

    /// The same client with another retry policy.
    pub fn with_retry(mut self, retry: Retry) -> Client {
        self.retry = retry;
        self
    }

    /// The same client asking for errors in `accept_language`, an HTTP
    /// `Accept-Language` value (`"de"`, `"ja, en;q=0.5"`): the server
    /// answers in the language of its table that the value prefers. A
    /// value that cannot be a header (a line break) fails each request as
    /// [`ClientError::Transport`].
    pub fn with_language(mut self, accept_language: &str) -> Client {
        self.language = Some(accept_language.to_owned());
        self
    }

    /// The document `id`.
    pub async fn get(&self, id: &str) -> Result<Document, ClientError> {
        let url = self.url(id);
        self.send(|| self.http.get(&url)).await
    }

    /// Stores `text` as the document `id`.
    pub async fn put(&self, id: &str, text: &str) -> Result<Document, ClientError> {
        let url = self.url(id);
        let body = NewDocument {
            text: text.to_owned(),
        };
        self.send(|| self.http.put(&url).json(&body)).await
    }

    fn url(&self, id: &str) -> String {
        format!("{}/documents/{id}", self.base)
    }

    /// Sends the request that `request` builds, again while the answer's
    /// code is one the table marks retryable and attempts remain.
    async fn send<T: DeserializeOwned>(
        &self,
        request: impl Fn() -> reqwest::RequestBuilder,
    ) -> Result<T, ClientError> {
        let mut attempts = 0;
        loop {
            attempts += 1;
            let mut request = request();
            if let Some(language) = &self.language {
                request = request.header(reqwest::header::ACCEPT_LANGUAGE, language);
            }
            let response = request.send().await.map_err(ClientError::Transport)?;
            let status = response.status().as_u16();
            let length = response.content_length();
            let (bytes, cut) = read_bounded(response).await?;
            let unexpected = || unexpected(status, &bytes, cut, length);
            if cut {
                return Err(unexpected());
            }
            if (200..300).contains(&status) {
                return serde_json::from_slice(&bytes).map_err(|_| unexpected());
            }
            // Problem details with a code; any other body (a proxy's page,
            // problem details of another service) is unexpected.
            let Some((problem, code)) =
                serde_json::from_slice::<Problem>(&bytes)
                    .ok()
                    .and_then(|problem| {
                        let code = problem.code::<ServiceError>()?;
                        Some((problem, code))
                    })
            else {
                return Err(unexpected());
            };
            // Only the table says what may be retried: a code this build
            // does not know is reported, not guessed about.
            let retryable = code.known().is_some_and(|code| code.retryable());
            if !retryable || attempts >= self.retry.max_attempts {
                let message = problem.detail().or(problem.title()).unwrap_or_default();
                return Err(ClientError::Service {
                    status,
                    code,
                    message: message.to_owned(),
                    attempts,
                });
            }
            tokio::time::sleep(self.retry.delay(attempts - 1)).await;
        }
    }
}

/// The answer's body, at most [`MAX_ANSWER`] bytes of it, and whether it
/// went on past them. Read chunk by chunk and never past the bound, where
/// `bytes()` would hold all of it.
async fn read_bounded(mut response: reqwest::Response) -> Result<(Vec<u8>, bool), ClientError> {
    let mut bytes = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(ClientError::Transport)? {
        let room = MAX_ANSWER - bytes.len();
        if chunk.len() > room {
            bytes.extend_from_slice(&chunk[..room]);
            return Ok((bytes, true));
        }
        bytes.extend_from_slice(&chunk);
    }
    Ok((bytes, false))
}

fn unexpected(status: u16, body: &[u8], cut: bool, length: Option<u64>) -> ClientError {
    ClientError::UnexpectedAnswer {
        status,
        body: String::from_utf8_lossy(body).into_owned(),
        cut,
        length,
    }
}
