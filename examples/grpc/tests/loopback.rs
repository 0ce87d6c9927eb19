//! The server on 127.0.0.1:0 and the client against it: an account read,
//! and each kind of error read back into its code with its arguments.

use error_codes_core::Code;
use error_codes_core::tonic_types::StatusExt;
use grpc::{AccountError, Client};
use tonic::Code as GrpcCode;

async fn start() -> Client {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(grpc::serve(listener));
    Client::connect(address).await.unwrap()
}

/// An account asked for, and the error expected: its gRPC code, its row,
/// its message and arguments.
type Case = (
    &'static str,
    GrpcCode,
    AccountError,
    &'static str,
    &'static [(&'static str, &'static str)],
);

#[tokio::test]
async fn accounts_and_errors_over_the_loopback() {
    let mut client = start().await;
    let account = client.get_account("ann").await.unwrap();
    assert_eq!(
        (account.account_id.as_str(), account.owner.as_str()),
        ("ann", "Ann")
    );

    let cases: [Case; 4] = [
        (
            "zoe",
            GrpcCode::NotFound,
            AccountError::AccountNotFound,
            "Account zoe does not exist.",
            &[("accountId", "zoe")],
        ),
        (
            "Not Valid",
            GrpcCode::InvalidArgument,
            AccountError::InvalidAccountId,
            "Account identifier Not Valid is not 1 to 32 lowercase letters or digits.",
            &[("accountId", "Not Valid")],
        ),
        // The `grpc_code` cell over the status's mapping (403 would be
        // PERMISSION_DENIED).
        (
            "bob",
            GrpcCode::FailedPrecondition,
            AccountError::AccountSuspended,
            "Account bob is suspended until 2027-01-01.",
            &[("accountId", "bob"), ("until", "2027-01-01")],
        ),
        (
            "offline",
            GrpcCode::Unavailable,
            AccountError::StoreUnavailable,
            "The account store cannot be reached now; the same call may succeed later.",
            &[],
        ),
    ];
    for (id, grpc_code, code, message, arguments) in cases {
        let error = client.get_account(id).await.unwrap_err();
        assert_eq!(
            (error.grpc_code, error.message.as_str()),
            (grpc_code, message),
            "{id}"
        );
        let read = error.error.expect("an ErrorInfo");
        assert_eq!(read.variant(), &Code::Known(code), "{id}");
        assert_eq!(read.text(), message);
        assert_eq!(read.arguments().collect::<Vec<_>>(), arguments, "{id}");
    }
}

/// What travels: the `ErrorInfo` and `Help` details as tonic-types reads
/// them from the status's bytes.
#[tokio::test]
async fn the_status_carries_error_info_and_help() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(grpc::serve(listener));
    let mut raw =
        grpc::proto::accounts_client::AccountsClient::connect(format!("http://{address}"))
            .await
            .unwrap();
    let status = raw
        .get_account(grpc::proto::GetAccountRequest {
            account_id: "zoe".into(),
        })
        .await
        .unwrap_err();
    let details = status.get_error_details();
    let info = details.error_info().unwrap();
    assert_eq!(
        (info.reason.as_str(), info.domain.as_str()),
        ("ACCOUNT_NOT_FOUND", "accounts.example.com")
    );
    assert_eq!(
        info.metadata.get("accountId").map(String::as_str),
        Some("zoe")
    );
    let help = details.help().unwrap();
    assert_eq!(help.links.len(), 1);
    assert_eq!(
        help.links[0].url,
        "https://accounts.example.com/errors/ACCOUNT_NOT_FOUND"
    );
    assert_eq!(
        help.links[0].description,
        AccountError::AccountNotFound.description()
    );
    assert_eq!(
        Code::<AccountError>::from_status(&status),
        Some(Code::Known(AccountError::AccountNotFound))
    );
}

/// The caller's `accept-language` chooses the language of the
/// `LocalizedMessage` detail, the table's own (English) where it names
/// none of the table's or is malformed or absent; the status's message
/// stays in English.
#[tokio::test]
async fn the_localized_message_is_in_the_callers_language() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(grpc::serve(listener));
    let english = "Account zoe does not exist.";
    let cases = [
        (Some("de"), "de", "Das Konto zoe existiert nicht."),
        (
            Some("ja;q=0.9, de;q=0.1"),
            "ja",
            "アカウント zoe は存在しません。",
        ),
        (Some("fr"), "en", english),
        (Some("*"), "en", english),
        (Some("de;q=zwei, ja"), "en", english),
        (None, "en", english),
    ];
    for (accept_language, locale, text) in cases {
        let mut client = Client::connect(address).await.unwrap();
        if let Some(value) = accept_language {
            client = client.with_language(value).unwrap();
        }
        let error = client.get_account("zoe").await.unwrap_err();
        assert_eq!(error.message, english, "{accept_language:?}");
        let localized = error.localized.expect("a LocalizedMessage");
        assert_eq!(
            (localized.locale.as_str(), localized.message.as_str()),
            (locale, text),
            "{accept_language:?}"
        );
        // The client can fill the same text from the `ErrorInfo`'s
        // arguments and its own table.
        let read = error.error.unwrap().into_known().unwrap();
        assert_eq!(read.text_in(locale), text, "{accept_language:?}");
    }

    // A code without placeholders, in Japanese.
    let mut client = Client::connect(address)
        .await
        .unwrap()
        .with_language("ja")
        .unwrap();
    let localized = client
        .get_account("offline")
        .await
        .unwrap_err()
        .localized
        .unwrap();
    assert_eq!(
        localized.message,
        AccountError::StoreUnavailable.description_in("ja")
    );

    // Metadata that is not text (UTF-8 bytes) is malformed: English.
    let mut raw =
        grpc::proto::accounts_client::AccountsClient::connect(format!("http://{address}"))
            .await
            .unwrap();
    let mut request = tonic::Request::new(grpc::proto::GetAccountRequest {
        account_id: "zoe".into(),
    });
    let value = tonic::metadata::MetadataValue::try_from("日本".as_bytes()).unwrap();
    request.metadata_mut().insert(grpc::ACCEPT_LANGUAGE, value);
    let status = raw.get_account(request).await.unwrap_err();
    let localized = status.get_details_localized_message().unwrap();
    assert_eq!(
        (localized.locale.as_str(), localized.message.as_str()),
        ("en", english)
    );
}
