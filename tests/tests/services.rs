//! Errors as services send them, from a table of our own with message
//! templates, HTTP statuses, gRPC codes, a `docs_url` and a `domain`: RFC
//! 9457 problem details, axum's response, tonic's `Status` with AIP-193's
//! `ErrorInfo` and `Help`, and `Formatted`'s JSON; each read back into
//! `Code<E>` with its arguments.
//!
//! Rows: named arguments (`ACCOUNT_NOT_FOUND`), positional ones
//! (`QUOTA_EXCEEDED`), no status (`BACKEND_FAILED`), a `grpc_code` cell
//! (`ACCOUNT_EXISTS`).

use error_codes_core::tonic::{Code as GrpcCode, Status};
use error_codes_core::tonic_types::StatusExt;
use error_codes_core::{Code, ErrorCode, Formatted, Problem, error_codes};
use serde_json::{Value, json};

/// With a page per code and a domain.
#[error_codes(
    csv = "tests/fixtures/services.csv",
    docs_url = "https://errors.example.com/{code}",
    domain = "accounts.example.com"
)]
pub enum Hosted {}

/// The same table, with neither.
#[error_codes(csv = "tests/fixtures/services.csv")]
pub enum Plain {}

fn named() -> Formatted<Hosted> {
    hosted!("ACCOUNT_NOT_FOUND", accountId = "acme", region = "eu-1")
}

fn positional() -> Formatted<Hosted> {
    hosted!("QUOTA_EXCEEDED", 100, "minute")
}

#[test]
fn the_table_gives_statuses_grpc_codes_and_templates() {
    assert_eq!(
        Hosted::AccountNotFound.placeholders(),
        ["accountId", "region"]
    );
    assert_eq!(Hosted::QuotaExceeded.placeholders(), ["0", "1"]);
    assert_eq!(Hosted::AccountExists.grpc_code(), Some(6));
    assert_eq!(Hosted::AccountNotFound.grpc_code(), None);
    assert_eq!(
        ErrorCode::domain(&Hosted::BackendFailed),
        "accounts.example.com"
    );
    assert_eq!(ErrorCode::domain(&Plain::BackendFailed), "Plain");
    assert_eq!(ErrorCode::http_status(&Plain::AccountNotFound), Some(404));
}

#[test]
fn formatted_json_is_code_message_and_arguments() {
    assert_eq!(
        serde_json::to_value(named()).unwrap(),
        json!({"code": "ACCOUNT_NOT_FOUND", "message": "Account acme was not found in eu-1.", "arguments": {"accountId": "acme", "region": "eu-1"}})
    );
    assert_eq!(
        serde_json::to_string(&positional()).unwrap(),
        r#"{"code":"QUOTA_EXCEEDED","message":"Quota of 100 requests per minute exceeded.","arguments":{"0":"100","1":"minute"}}"#
    );
    let exists = hosted!("ACCOUNT_EXISTS", accountId = "acme");
    assert_eq!(
        serde_json::to_string(&exists).unwrap(),
        r#"{"code":"ACCOUNT_EXISTS","message":"Account acme exists already.","arguments":{"accountId":"acme"}}"#
    );
    let bare = Hosted::BackendFailed.fill(&[]).unwrap();
    assert_eq!(
        serde_json::to_string(&bare).unwrap(),
        r#"{"code":"BACKEND_FAILED","message":"The storage behind the service failed."}"#
    );
    for sent in [named(), positional(), bare, exists] {
        let json = serde_json::to_string(&sent).unwrap();
        let back: Formatted<Code<Hosted>> = serde_json::from_str(&json).unwrap();
        assert_eq!(back.variant(), &Code::Known(sent.variant()));
        assert_eq!(
            back.arguments().collect::<Vec<_>>(),
            sent.arguments().collect::<Vec<_>>()
        );
    }
}

#[test]
fn problem_details_with_a_page_per_code() {
    let problem = Problem::from(named()).with_instance("/accounts/acme");
    assert_eq!(
        serde_json::to_string(&problem).unwrap(),
        concat!(
            r#"{"type":"https://errors.example.com/ACCOUNT_NOT_FOUND","#,
            r#""title":"No account has the identifier given.","status":404,"#,
            r#""detail":"Account acme was not found in eu-1.","instance":"/accounts/acme","#,
            r#""code":"ACCOUNT_NOT_FOUND","arguments":{"accountId":"acme","region":"eu-1"}}"#
        )
    );
    assert_eq!(
        serde_json::to_value(Problem::from(positional())).unwrap(),
        json!({
            "type": "https://errors.example.com/QUOTA_EXCEEDED",
            "title": "The caller sent more requests than its plan allows.",
            "status": 429,
            "detail": "Quota of 100 requests per minute exceeded.",
            "code": "QUOTA_EXCEEDED",
            "arguments": {"0": "100", "1": "minute"}
        })
    );
    // No status: no `status` member, and no member is null.
    assert_eq!(
        serde_json::to_value(Problem::from(Hosted::BackendFailed)).unwrap(),
        json!({
            "type": "https://errors.example.com/BACKEND_FAILED",
            "title": "The storage behind the service failed.",
            "detail": "The storage behind the service failed.",
            "code": "BACKEND_FAILED"
        })
    );
    // The row of a `grpc_code` cell: its HTTP status all the same.
    assert_eq!(
        serde_json::to_value(Problem::from(hosted!("ACCOUNT_EXISTS", accountId = "acme"))).unwrap(),
        json!({
            "type": "https://errors.example.com/ACCOUNT_EXISTS",
            "title": "An account with that identifier exists already.",
            "status": 409,
            "detail": "Account acme exists already.",
            "code": "ACCOUNT_EXISTS",
            "arguments": {"accountId": "acme"}
        })
    );
    // A bare variant: its message, unfilled, and no arguments.
    assert_eq!(
        serde_json::to_value(Problem::from(Hosted::AccountExists)).unwrap(),
        json!({
            "type": "https://errors.example.com/ACCOUNT_EXISTS",
            "title": "An account with that identifier exists already.",
            "status": 409,
            "detail": "Account {accountId} exists already.",
            "code": "ACCOUNT_EXISTS"
        })
    );
}

#[test]
fn problem_details_without_a_page_are_about_blank_with_the_reason_phrase() {
    let problem = Problem::from(plain!(
        "ACCOUNT_NOT_FOUND",
        accountId = "acme",
        region = "eu-1"
    ));
    assert_eq!(
        serde_json::to_value(&problem).unwrap(),
        json!({
            "type": "about:blank",
            "title": "Not Found",
            "status": 404,
            "detail": "Account acme was not found in eu-1.",
            "code": "ACCOUNT_NOT_FOUND",
            "arguments": {"accountId": "acme", "region": "eu-1"}
        })
    );
    assert_eq!(
        serde_json::to_value(Problem::from(Plain::BackendFailed)).unwrap(),
        json!({
            "type": "about:blank",
            "title": "Internal Server Error",
            "detail": "The storage behind the service failed.",
            "code": "BACKEND_FAILED"
        })
    );
    assert_eq!(
        Problem::from(Plain::QuotaExceeded).title(),
        Some("Too Many Requests")
    );
}

#[test]
fn problems_read_back_into_codes_with_their_arguments() {
    for sent in [
        named(),
        positional(),
        Hosted::BackendFailed.fill(&[]).unwrap(),
    ] {
        let json = serde_json::to_string(&Problem::from(sent.clone())).unwrap();
        let problem: Problem = serde_json::from_str(&json).unwrap();
        assert_eq!(problem, Problem::from(sent.clone()));
        assert_eq!(problem.code::<Hosted>(), Some(Code::Known(sent.variant())));
        let back = problem.into_formatted::<Hosted>().unwrap();
        assert_eq!(back.into_known(), Ok(sent));
    }
    // An unknown code is kept.
    let newer: Problem = serde_json::from_str(r#"{"code":"ACCOUNT_FROZEN","status":423}"#).unwrap();
    let code = newer.code::<Hosted>().unwrap();
    assert_eq!((code.is_known(), code.as_str()), (false, "ACCOUNT_FROZEN"));
}

#[test]
fn any_rfc_9457_body_reads() {
    // The RFC's own kind of example, written here in our words: extension
    // members of any type are left aside, and there is no code.
    let body = r#"{
        "type": "https://example.net/probs/no-credit",
        "title": "Not enough credit.",
        "detail": "The balance is 30, the cost 50.",
        "instance": "/account/12345/msgs/abc",
        "balance": 30,
        "accounts": ["/account/12345", "/account/67890"],
        "nested": {"a": [1, {"b": null}]}
    }"#;
    let problem: Problem = serde_json::from_str(body).unwrap();
    assert_eq!(problem.type_uri(), "https://example.net/probs/no-credit");
    assert_eq!(problem.title(), Some("Not enough credit."));
    assert_eq!(problem.status(), None);
    assert_eq!(problem.detail(), Some("The balance is 30, the cost 50."));
    assert_eq!(problem.instance(), Some("/account/12345/msgs/abc"));
    assert_eq!(problem.code::<Hosted>(), None);
    assert_eq!(problem.arguments().count(), 0);

    // Members of the wrong type are ignored, as the RFC asks; a missing
    // `type` is "about:blank".
    let odd: Problem = serde_json::from_str(
        r#"{"status":"404","title":5,"detail":null,"instance":[],"arguments":{"a":"x","b":2},"code":7}"#,
    )
    .unwrap();
    assert_eq!(odd.type_uri(), "about:blank");
    assert_eq!(
        (odd.status(), odd.title(), odd.detail(), odd.instance()),
        (None, None, None, None)
    );
    assert_eq!(odd.arguments().collect::<Vec<_>>(), [("a", "x")]);
    assert_eq!(odd.code_str(), Some("7"));
    let empty: Problem = serde_json::from_str("{}").unwrap();
    assert_eq!(serde_json::to_string(&empty).unwrap(), "{}");
    assert!(serde_json::from_str::<Problem>("[]").is_err());
}

/// The response's status, content type and body.
fn answer(response: axum_core::response::Response) -> (u16, String, Value) {
    use http_body_util::BodyExt;
    let status = response.status().as_u16();
    let content_type = response.headers()["content-type"]
        .to_str()
        .unwrap()
        .to_owned();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    let bytes = runtime
        .block_on(response.into_body().collect())
        .unwrap()
        .to_bytes();
    (
        status,
        content_type,
        serde_json::from_slice(&bytes).unwrap(),
    )
}

#[test]
fn axum_answers_with_the_status_and_the_problem() {
    use axum_core::response::IntoResponse;
    let (status, content_type, body) = answer(named().into_response());
    assert_eq!(
        (status, content_type.as_str()),
        (404, "application/problem+json")
    );
    assert_eq!(body, serde_json::to_value(Problem::from(named())).unwrap());

    let (status, _, body) = answer(positional().into_response());
    assert_eq!(status, 429);
    assert_eq!(body["arguments"], json!({"0": "100", "1": "minute"}));

    // No status: 500, and still no `status` member.
    let (status, content_type, body) = answer(Hosted::BackendFailed.into_response());
    assert_eq!(
        (status, content_type.as_str()),
        (500, "application/problem+json")
    );
    assert_eq!(
        body,
        serde_json::to_value(Problem::from(Hosted::BackendFailed)).unwrap()
    );

    let (status, _, body) = answer(Plain::AccountExists.into_response());
    assert_eq!(status, 409);
    assert_eq!(body["title"], "Conflict");

    let (status, _, body) = answer(
        Problem::from(Plain::QuotaExceeded)
            .with_instance("/q")
            .into_response(),
    );
    assert_eq!((status, &body["instance"]), (429, &json!("/q")));

    // A handler returns `Result<T, E>` or `Result<T, Formatted<E>>` as it is.
    fn handler(fail: bool) -> Result<&'static str, Formatted<Hosted>> {
        if fail { Err(named()) } else { Ok("fine") }
    }
    assert_eq!(handler(true).into_response().status(), 404);
    assert_eq!(handler(false).into_response().status(), 200);
}

/// Pairs of strings: `ErrorInfo`'s metadata, `Help`'s links.
type Pairs = Vec<(String, String)>;

/// The details of a status: code, message, `ErrorInfo`'s reason, domain
/// and metadata (sorted), and `Help`'s links.
fn details(status: &Status) -> (GrpcCode, &str, String, String, Pairs, Pairs) {
    let details = status.get_error_details();
    let info = details.error_info().expect("an ErrorInfo").clone();
    let mut metadata: Pairs = info.metadata.into_iter().collect();
    metadata.sort();
    let links = details
        .help()
        .map(|help| {
            help.links
                .iter()
                .map(|link| (link.description.clone(), link.url.clone()))
                .collect()
        })
        .unwrap_or_default();
    (
        status.code(),
        status.message(),
        info.reason,
        info.domain,
        metadata,
        links,
    )
}

fn pairs(items: &[(&str, &str)]) -> Pairs {
    items
        .iter()
        .map(|&(a, b)| (a.to_owned(), b.to_owned()))
        .collect()
}

#[test]
fn tonic_status_has_the_code_message_error_info_and_help() {
    let status = Status::from(named());
    assert_eq!(
        details(&status),
        (
            GrpcCode::NotFound,
            "Account acme was not found in eu-1.",
            "ACCOUNT_NOT_FOUND".to_owned(),
            "accounts.example.com".to_owned(),
            pairs(&[("accountId", "acme"), ("region", "eu-1")]),
            pairs(&[(
                "No account has the identifier given.",
                "https://errors.example.com/ACCOUNT_NOT_FOUND"
            )]),
        )
    );
    let status = Status::from(positional());
    let (code, message, reason, _, metadata, _) = details(&status);
    assert_eq!(
        (code, message, reason.as_str(), metadata),
        (
            GrpcCode::ResourceExhausted,
            "Quota of 100 requests per minute exceeded.",
            "QUOTA_EXCEEDED",
            pairs(&[("0", "100"), ("1", "minute")])
        )
    );
    // No status: UNKNOWN.
    let status = Status::from(Hosted::BackendFailed);
    assert_eq!(
        (status.code(), status.message()),
        (GrpcCode::Unknown, "The storage behind the service failed.")
    );
    // The `grpc_code` cell over the status's mapping (409 would be ABORTED).
    let status = Status::from(Hosted::AccountExists);
    assert_eq!(status.code(), GrpcCode::AlreadyExists);
    // Without `docs_url`, no `Help`; without `domain`, the enum's name.
    let status = Status::from(Plain::AccountNotFound);
    let (code, message, _, domain, metadata, links) = details(&status);
    assert_eq!(
        (code, message, domain.as_str(), metadata, links),
        (
            GrpcCode::NotFound,
            "Account {accountId} was not found in {region}.",
            "Plain",
            vec![],
            vec![]
        )
    );
}

#[test]
fn tonic_statuses_read_back_into_codes_with_their_arguments() {
    for sent in [
        named(),
        positional(),
        Hosted::BackendFailed.fill(&[]).unwrap(),
        Hosted::AccountExists.fill(&[&"x"]).unwrap(),
    ] {
        let status = Status::from(sent.clone());
        assert_eq!(
            Code::<Hosted>::from_status(&status),
            Some(Code::Known(sent.variant()))
        );
        let back = Formatted::<Code<Hosted>>::from_status(&status).unwrap();
        assert_eq!(back.into_known(), Ok(sent));
    }
    assert_eq!(
        Code::<Hosted>::from_status(&Status::not_found("no details")),
        None
    );
}

#[test]
fn the_http_status_mapping_of_google_rpc_code() {
    use error_codes_core::grpc_codes::from_http;
    for (status, code) in [
        (400, GrpcCode::InvalidArgument),
        (401, GrpcCode::Unauthenticated),
        (403, GrpcCode::PermissionDenied),
        (404, GrpcCode::NotFound),
        (409, GrpcCode::Aborted),
        (412, GrpcCode::FailedPrecondition),
        (416, GrpcCode::OutOfRange),
        (429, GrpcCode::ResourceExhausted),
        (499, GrpcCode::Cancelled),
        (500, GrpcCode::Internal),
        (501, GrpcCode::Unimplemented),
        (503, GrpcCode::Unavailable),
        (504, GrpcCode::DeadlineExceeded),
        (418, GrpcCode::FailedPrecondition),
        (502, GrpcCode::Internal),
        (302, GrpcCode::Unknown),
    ] {
        assert_eq!(from_http(status), code, "{status}");
    }
}
