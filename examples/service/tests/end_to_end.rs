//! The server on 127.0.0.1:0 and the client against it: success, a known
//! error, a retryable error that succeeds on retry, retries that run out,
//! an unknown code from a newer server, and failures answered in the
//! language of the request's `Accept-Language`.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};

use axum::Json;
use axum::http::HeaderValue;
use axum::http::StatusCode;
use error_codes_core::{Code, Problem};
use serde_json::json;
use service::client::{Client, ClientError, MAX_ANSWER, Retry};
use service::server::{MAX_BODY, MAX_TEXT, Service};
use service::{Document, ServiceError};

/// A server on a free port of the loopback, answering until the test ends.
async fn start(router: axum::Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await });
    format!("http://{address}")
}

/// Short waits, so that the tests take milliseconds.
fn quick(max_attempts: u32) -> Retry {
    Retry {
        max_attempts,
        first_delay: Duration::from_millis(1),
        max_delay: Duration::from_millis(4),
    }
}

fn service_error(error: ClientError) -> (u16, Code<ServiceError>, String, u32) {
    match error {
        ClientError::Service {
            status,
            code,
            message,
            attempts,
        } => (status, code, message, attempts),
        other => panic!("not an error body: {other}"),
    }
}

#[tokio::test]
async fn a_document_put_is_got_back() {
    let service = Service::new();
    let client = Client::new(&start(service.router()).await).unwrap();

    let stored = client.put("notes", "Buy milk.").await.unwrap();
    let expected = Document {
        id: "notes".into(),
        text: "Buy milk.".into(),
    };
    assert_eq!(stored, expected);
    assert_eq!(client.get("notes").await.unwrap(), expected);
    assert_eq!(service.requests(), 2);
}

#[tokio::test]
async fn a_known_error_has_the_tables_status_and_is_not_retried() {
    let service = Service::new();
    let client = Client::new(&start(service.router()).await)
        .unwrap()
        .with_retry(quick(5));

    let (status, code, message, attempts) = service_error(client.get("absent").await.unwrap_err());
    assert_eq!(code, ServiceError::NotFound);
    assert_eq!(Some(status), ServiceError::NotFound.http_status());
    assert_eq!(status, 404);
    assert_eq!(message, ServiceError::NotFound.description());
    assert_eq!(attempts, 1);
    assert_eq!(service.requests(), 1);

    for (id, text, expected) in [
        ("Not Valid", "x", ServiceError::InvalidId),
        ("empty", "", ServiceError::EmptyText),
        ("long", &"x".repeat(MAX_TEXT + 1), ServiceError::TextTooLong),
        // Valid JSON over the body limit is too large, not malformed
        // (413, not 400): the client is told to send less.
        (
            "huge",
            &"x".repeat(MAX_BODY + 1),
            ServiceError::BodyTooLarge,
        ),
    ] {
        let error = client.put(id, text).await.unwrap_err();
        assert_eq!(error.code().unwrap(), &expected, "{id}");
        let (status, ..) = service_error(error);
        assert_eq!(Some(status), expected.http_status(), "{id}");
    }
}

#[tokio::test]
async fn a_retryable_error_succeeds_on_retry() {
    let service = Service::new();
    let client = Client::new(&start(service.router()).await)
        .unwrap()
        .with_retry(quick(4));
    client.put("notes", "Buy milk.").await.unwrap();
    assert!(ServiceError::Busy.retryable());

    service.busy_for(2);
    let document = client.get("notes").await.unwrap();
    assert_eq!(document.text, "Buy milk.");
    // One put, then two busy answers and the third attempt's success.
    assert_eq!(service.requests(), 1 + 3);
}

#[tokio::test]
async fn retries_are_bounded_and_the_last_error_is_reported() {
    let service = Service::new();
    let client = Client::new(&start(service.router()).await)
        .unwrap()
        .with_retry(quick(3));

    service.busy_for(10);
    let (status, code, _, attempts) = service_error(client.get("notes").await.unwrap_err());
    assert_eq!(
        (status, code.known(), attempts),
        (503, Some(ServiceError::Busy), 3)
    );
    assert_eq!(service.requests(), 3);
}

#[test]
fn the_backoff_doubles_up_to_its_bound() {
    let retry = Retry {
        max_attempts: 40,
        first_delay: Duration::from_millis(100),
        max_delay: Duration::from_secs(1),
    };
    let delays: Vec<u128> = (0..6).map(|n| retry.delay(n).as_millis()).collect();
    assert_eq!(delays, [100, 200, 400, 800, 1000, 1000]);
    assert_eq!(retry.delay(u32::MAX), Duration::from_secs(1));
}

/// A newer server whose table has a code this build does not: it answers
/// every request with it, with a status that would invite a retry.
#[tokio::test]
async fn an_unknown_code_from_a_newer_server_is_reported_as_sent() {
    let newer = axum::Router::new().fallback(|| async {
        (
            StatusCode::SERVICE_UNAVAILABLE,
            [("content-type", "application/problem+json")],
            Json(json!({"type": "about:blank", "title": "Service Unavailable", "status": 503, "code": "docs.0950", "detail": "The vault is migrating."})),
        )
    });
    let client = Client::new(&start(newer).await)
        .unwrap()
        .with_retry(quick(4));

    let error = client.get("notes").await.unwrap_err();
    assert_eq!(
        error.to_string(),
        "docs.0950 (HTTP 503), a code this client does not know; \
         the server says: The vault is migrating."
    );
    let (status, code, message, attempts) = service_error(error);
    assert_eq!(code.as_str(), "docs.0950");
    assert!(!code.is_known());
    assert_eq!((status, message.as_str()), (503, "The vault is migrating."));
    // The table cannot say that an unknown code is retryable.
    assert_eq!(attempts, 1);
}

#[tokio::test]
async fn an_answer_without_an_error_body_is_reported_with_its_text() {
    let proxy = axum::Router::new()
        .fallback(|| async { (StatusCode::BAD_GATEWAY, "upstream connect error") });
    let client = Client::new(&start(proxy).await).unwrap();

    match client.get("notes").await.unwrap_err() {
        ClientError::UnexpectedAnswer {
            status, body, cut, ..
        } => {
            assert_eq!(
                (status, body.as_str(), cut),
                (502, "upstream connect error", false)
            );
        }
        other => panic!("{other}"),
    }
}

/// Problem details without a code (another service's, or a gateway's) are
/// no answer of this table.
#[tokio::test]
async fn problem_details_without_a_code_are_unexpected() {
    let gateway = axum::Router::new().fallback(|| async {
        (
            StatusCode::GATEWAY_TIMEOUT,
            [("content-type", "application/problem+json")],
            Json(json!({"type": "about:blank", "title": "Gateway Timeout", "status": 504})),
        )
    });
    let client = Client::new(&start(gateway).await).unwrap();
    match client.get("notes").await.unwrap_err() {
        ClientError::UnexpectedAnswer { status, body, .. } => {
            assert_eq!(status, 504);
            assert!(body.contains("Gateway Timeout"), "{body}");
        }
        other => panic!("{other}"),
    }
}

/// Requests the client never sends: raw bodies, other methods and paths,
/// and one met by the busy store (answered by a middleware, before any
/// handler); each without `Accept-Language` and asking for Japanese.
#[tokio::test]
async fn every_failure_of_the_server_is_an_error_body_from_the_table() {
    let service = Service::new();
    let base = start(service.router()).await;
    let http = reqwest::Client::new();
    for (accept_language, language) in [(None, "en"), (Some("ja"), "ja")] {
        service.busy_for(1);
        let cases = [
            (http.get(format!("{base}/documents/a")), ServiceError::Busy),
            (
                http.put(format!("{base}/documents/a")).body("not json"),
                ServiceError::MalformedBody,
            ),
            (
                http.put(format!("{base}/documents/a"))
                    .json(&json!({"txt": "x"})),
                ServiceError::MalformedBody,
            ),
            (
                http.get(format!("{base}/docs/a")),
                ServiceError::NoSuchEndpoint,
            ),
            (
                http.delete(format!("{base}/documents/a")),
                ServiceError::MethodNotAllowed,
            ),
            (
                http.get(format!("{base}/documents/%FF")),
                ServiceError::InvalidId,
            ),
        ];
        for (request, expected) in cases {
            let request = match accept_language {
                Some(value) => request.header("accept-language", value),
                None => request,
            };
            let response = request.send().await.unwrap();
            assert_eq!(
                Some(response.status().as_u16()),
                expected.http_status(),
                "{expected:?}"
            );
            let header = |name| response.headers()[name].to_str().unwrap();
            if expected == ServiceError::MethodNotAllowed {
                // RFC 9110, 15.5.6: a 405 names the methods the resource
                // has, whatever the language of its body.
                assert_eq!(header("allow"), "GET,HEAD,PUT", "{accept_language:?}");
            }
            assert_eq!(
                (
                    header("content-type"),
                    header("content-language"),
                    header("vary")
                ),
                ("application/problem+json", language, "Accept-Language"),
                "{expected:?}"
            );
            let body: serde_json::Value = response.json().await.unwrap();
            let status = expected.http_status().unwrap();
            let reason = StatusCode::from_u16(status)
                .unwrap()
                .canonical_reason()
                .unwrap();
            assert_eq!(
                body,
                json!({
                    "type": "about:blank",
                    "title": reason,
                    "status": status,
                    "detail": expected.description_in(language),
                    "code": expected.code(),
                })
            );
        }
    }
}

/// `GET /documents/absent` with `accept_language` as the raw bytes of the
/// header, or none: the status, `Content-Language`, `Vary` and the body.
async fn absent_document(
    base: &str,
    accept_language: Option<&[u8]>,
) -> (u16, String, String, Problem) {
    let mut request = reqwest::Client::new().get(format!("{base}/documents/absent"));
    if let Some(value) = accept_language {
        request = request.header("accept-language", HeaderValue::from_bytes(value).unwrap());
    }
    let response = request.send().await.unwrap();
    let header = |name| {
        let value = response.headers().get(name);
        value.map_or("", |v| v.to_str().unwrap()).to_owned()
    };
    let (language, vary) = (header("content-language"), header("vary"));
    let status = response.status().as_u16();
    (status, language, vary, response.json().await.unwrap())
}

/// The language the request's `Accept-Language` prefers among the
/// table's, and the table's own (English) where it names none of them,
/// is malformed, or is absent: never an error.
#[tokio::test]
async fn a_failure_is_answered_in_the_requests_language() {
    let base = start(Service::new().router()).await;
    assert_eq!(ServiceError::LANGUAGES, ["en", "de", "ja"]);
    let cases: [(Option<&[u8]>, &str); 8] = [
        (Some(b"de"), "de"),
        (Some(b"ja;q=0.9, de;q=0.1"), "ja"),
        (Some(b"de-AT, en;q=0.5"), "de"),
        (Some(b"fr"), "en"),
        (Some(b"*"), "en"),
        (Some(b"de;q=zwei, ja"), "en"),
        (Some(b"\xe6\x97\xa5\xe6\x9c\xac"), "en"),
        (None, "en"),
    ];
    for (accept_language, language) in cases {
        let shown = accept_language.map(String::from_utf8_lossy);
        let (status, content_language, vary, problem) =
            absent_document(&base, accept_language).await;
        assert_eq!(
            (status, content_language.as_str(), vary.as_str()),
            (404, language, "Accept-Language"),
            "{shown:?}"
        );
        // Without a page (`docs_url`), the title is the status's reason
        // phrase as HTTP gives it, in every language.
        assert_eq!(problem.title(), Some("Not Found"), "{shown:?}");
        assert_eq!(
            problem.detail(),
            Some(ServiceError::NotFound.description_in(language)),
            "{shown:?}"
        );
        assert_eq!(
            problem.code::<ServiceError>(),
            Some(ServiceError::NotFound.into())
        );
    }

    // The translations themselves, written out: an accessor read twice
    // could not tell a wrong column from the right one.
    for (accept_language, detail) in [
        (&b"de"[..], "Kein Dokument hat diese ID."),
        (b"ja", "このIDの文書はありません。"),
        (b"fr", "No document has this id."),
    ] {
        let (.., problem) = absent_document(&base, Some(accept_language)).await;
        assert_eq!(problem.detail(), Some(detail));
    }
}

/// A success is no text of the table: no `Content-Language`, no `Vary`.
#[tokio::test]
async fn a_success_is_not_negotiated() {
    let base = start(Service::new().router()).await;
    let client = Client::new(&base).unwrap().with_language("de");
    client.put("notes", "Milch kaufen.").await.unwrap();
    let response = reqwest::Client::new()
        .get(format!("{base}/documents/notes"))
        .header("accept-language", "de")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers().get("content-language"), None);
    assert_eq!(response.headers().get("vary"), None);
}

/// The client asks in German and reports the German text.
#[tokio::test]
async fn a_client_that_asks_for_german_reads_german() {
    let base = start(Service::new().router()).await;
    let client = Client::new(&base).unwrap().with_language("de");
    let error = client.get("absent").await.unwrap_err();
    assert_eq!(
        error.to_string(),
        "docs.0004 (HTTP 404, 1 attempt): Kein Dokument hat diese ID."
    );
    let (status, code, message, _) = service_error(error);
    assert_eq!((status, code.known()), (404, Some(ServiceError::NotFound)));
    assert_eq!(message, ServiceError::NotFound.description_in("de"));

    let error = Client::new(&base)
        .unwrap()
        .with_language("ja")
        .put("Not Valid", "x")
        .await
        .unwrap_err();
    let (.., message, _) = service_error(error);
    assert_eq!(message, ServiceError::InvalidId.description_in("ja"));
    assert_ne!(message, ServiceError::InvalidId.description());

    // A value that cannot be a header is never sent.
    let client = Client::new(&base).unwrap().with_language("de\nX: y");
    let error = client.get("absent").await.unwrap_err();
    assert!(matches!(error, ClientError::Transport(_)), "{error}");
}

/// The middleware sends each code without arguments (a placeholder would
/// reach the client as written), and every code has its own text in each
/// language.
#[test]
fn every_code_takes_no_arguments_and_is_translated() {
    for &code in ServiceError::ALL {
        assert_eq!(code.placeholders(), &[] as &[&str], "{code:?}");
        let texts: Vec<&str> = ServiceError::LANGUAGES
            .iter()
            .map(|&language| code.description_in(language))
            .collect();
        for (at, text) in texts.iter().enumerate() {
            assert!(!texts[..at].contains(text), "{code:?}: {text}");
        }
    }
}

#[test]
fn the_table_gives_every_code_a_failure_status() {
    for &code in ServiceError::ALL {
        let status = code.http_status().unwrap_or_default();
        assert!((400..600).contains(&status), "{code:?}: {status}");
        // What a retry can fix: the server's own state, or a rate limit.
        if code.retryable() {
            assert!(status >= 500 || status == 429, "{code:?}: {status}");
        }
    }
}

/// A server on the loopback that answers every request with `head`, then
/// `chunk` again and again, `times` times or until the client hangs up;
/// the counter says how many bytes it wrote.
async fn raw_server(
    head: String,
    chunk: Vec<u8>,
    times: Option<usize>,
) -> (String, Arc<AtomicUsize>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let written = Arc::new(AtomicUsize::new(0));
    let counter = written.clone();
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let (head, chunk, counter) = (head.clone(), chunk.clone(), counter.clone());
            tokio::spawn(async move {
                let mut request = [0u8; 4096];
                let _ = socket.read(&mut request).await;
                if socket.write_all(head.as_bytes()).await.is_err() {
                    return;
                }
                let mut sent = 0;
                while times.is_none_or(|times| sent < times) {
                    if socket.write_all(&chunk).await.is_err() {
                        return;
                    }
                    counter.fetch_add(chunk.len(), Ordering::SeqCst);
                    sent += 1;
                }
            });
        }
    });
    (format!("http://{address}"), written)
}

/// An endless answer is read up to `MAX_ANSWER` bytes, not until
/// the timeout, and echoed in part.
#[tokio::test]
async fn an_endless_answer_is_cut_at_the_bound() {
    let data = vec![b'<'; 64 * 1024];
    let mut chunk = format!("{:x}\r\n", data.len()).into_bytes();
    chunk.extend_from_slice(&data);
    chunk.extend_from_slice(b"\r\n");
    let head =
        "HTTP/1.1 502 Bad Gateway\r\ncontent-type: text/html\r\ntransfer-encoding: chunked\r\n\r\n";
    let (base, written) = raw_server(head.to_owned(), chunk, None).await;
    let client = Client::new(&base).unwrap();
    let error = client.get("notes").await.unwrap_err();
    let ClientError::UnexpectedAnswer {
        status,
        ref body,
        cut,
        length,
    } = error
    else {
        panic!("{error}");
    };
    assert_eq!(
        (status, body.len(), cut, length),
        (502, MAX_ANSWER, true, None)
    );
    let shown = error.to_string();
    assert!(shown.len() < 300, "{shown}");
    assert!(
        shown.ends_with(&format!(
            "\"... ({} more bytes) (read {MAX_ANSWER} bytes; it went on, of no stated length)",
            MAX_ANSWER - 64
        )),
        "{shown}"
    );
    // The client hung up: the server stopped within the socket buffers,
    // where a client reading to its timeout would take gigabytes.
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert!(written.load(Ordering::SeqCst) < 64 * MAX_ANSWER);
}

/// A 50 MB error page is echoed in part, with its length.
#[tokio::test]
async fn a_long_error_page_is_echoed_in_part_with_its_length() {
    let length = 50 * 1024 * 1024;
    let head = format!("HTTP/1.1 503 Service Unavailable\r\ncontent-length: {length}\r\n\r\n");
    let (base, _) = raw_server(head, vec![b'x'; 1024 * 1024], Some(50)).await;
    let error = Client::new(&base).unwrap().get("notes").await.unwrap_err();
    assert_eq!(
        error.to_string(),
        format!(
            "HTTP 503 without an error body: \"{}\"... ({} more bytes) (read {MAX_ANSWER} of its {length} bytes)",
            "x".repeat(64),
            MAX_ANSWER - 64
        )
    );
}

/// An unknown code is echoed in part too.
#[tokio::test]
async fn a_long_unknown_code_is_echoed_in_part() {
    let code = "c".repeat(100_000);
    let body = format!(r#"{{"code": "{code}", "detail": "New."}}"#);
    let head = format!(
        "HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
        body.len()
    );
    let (base, _) = raw_server(head, body.into_bytes(), Some(1)).await;
    let error = Client::new(&base).unwrap().get("notes").await.unwrap_err();
    assert_eq!(error.code().map(|c| c.as_str().len()), Some(100_000));
    assert_eq!(
        error.to_string(),
        format!(
            "\"{}\"... (99936 more bytes) (HTTP 400), a code this client does not know; the server says: New.",
            "c".repeat(64)
        )
    );
}
