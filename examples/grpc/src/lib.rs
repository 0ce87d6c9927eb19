//! An accounts service on tonic and its client, whose errors are the rows
//! of `errors.csv`: the server answers each failure with a `tonic::Status`
//! built by error-codes-core from the row (the gRPC code from the
//! `grpc_code` column or the HTTP status, the filled message, an
//! `ErrorInfo` whose reason is the code and whose metadata holds the
//! message's arguments, and a `Help` link to the code's page); the client
//! reads the status back into a [`Code<AccountError>`](Code) with its
//! arguments.
//!
//! The table has German and Japanese columns: the server reads the call's
//! `accept-language` metadata (HTTP's header, as gRPC carries headers) and
//! adds a `LocalizedMessage` detail in the language it prefers, the
//! status's own message staying in English for developers (AIP-193).
//!
//! ```text
//! cargo test -p grpc
//! ```

use std::collections::HashMap;
use std::net::SocketAddr;

use error_codes_core::tonic_types::{LocalizedMessage, StatusExt};
use error_codes_core::{Code, ErrorCode, Formatted, error_codes};
use tonic::metadata::MetadataValue;
use tonic::{Request, Response, Status};

/// The generated protobuf types, server and client.
pub mod proto {
    tonic::include_proto!("accounts.v1");
}

use proto::accounts_client::AccountsClient;
use proto::accounts_server::{Accounts, AccountsServer};
use proto::{Account, GetAccountRequest};

/// The errors of the accounts service, from `errors.csv`, in the domain
/// that gRPC's `ErrorInfo` names, each with its page, and each text in
/// English, German and Japanese.
#[error_codes(
    csv = "errors.csv",
    domain = "accounts.example.com",
    docs_url = "https://accounts.example.com/errors/{code}",
    require_languages = ["de", "ja"]
)]
pub enum AccountError {}

/// An account as the store keeps it.
enum Stored {
    Open { owner: &'static str },
    Suspended { until: &'static str },
}

/// The service: a few accounts in memory, and an identifier, `offline`,
/// whose store cannot be reached.
pub struct Service {
    accounts: HashMap<&'static str, Stored>,
}

impl Default for Service {
    fn default() -> Self {
        let accounts = HashMap::from([
            ("ann", Stored::Open { owner: "Ann" }),
            (
                "bob",
                Stored::Suspended {
                    until: "2027-01-01",
                },
            ),
        ]);
        Service { accounts }
    }
}

impl Service {
    /// The account, or the status of its row with its text in `language`
    /// as well (`status_in`).
    fn find(&self, id: &str, language: &str) -> Result<Account, Status> {
        let status = |error: Formatted<AccountError>| error.status_in(language);
        let valid = (1..=32).contains(&id.len())
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
        if !valid {
            return Err(status(account_error!("INVALID_ACCOUNT_ID", accountId = id)));
        }
        if id == "offline" {
            // A code without placeholders is sent as it is.
            return Err(AccountError::StoreUnavailable.status_in(language));
        }
        match self.accounts.get(id) {
            Some(Stored::Open { owner }) => Ok(Account {
                account_id: id.to_owned(),
                owner: (*owner).to_owned(),
            }),
            Some(Stored::Suspended { until }) => Err(status(account_error!(
                "ACCOUNT_SUSPENDED",
                accountId = id,
                until = until
            ))),
            None => Err(status(account_error!("ACCOUNT_NOT_FOUND", accountId = id))),
        }
    }
}

#[tonic::async_trait]
impl Accounts for Service {
    async fn get_account(
        &self,
        request: Request<GetAccountRequest>,
    ) -> Result<Response<Account>, Status> {
        // The table's language that the caller prefers: its own (English)
        // when the metadata is absent or malformed.
        let accept_language = request
            .metadata()
            .get(ACCEPT_LANGUAGE)
            .and_then(|value| value.to_str().ok())
            .unwrap_or_default();
        let language = AccountError::negotiate(accept_language);
        let account = self.find(&request.get_ref().account_id, language)?;
        Ok(Response::new(account))
    }
}

/// The metadata key of the languages a caller reads: HTTP's
/// `Accept-Language` header, lowercase as gRPC's keys are.
pub const ACCEPT_LANGUAGE: &str = "accept-language";

/// Serves on `listener` until the task is dropped.
pub async fn serve(listener: tokio::net::TcpListener) -> Result<(), tonic::transport::Error> {
    tonic::transport::Server::builder()
        .add_service(AccountsServer::new(Service::default()))
        .serve_with_incoming(tokio_stream::wrappers::TcpListenerStream::new(listener))
        .await
}

/// A failed call as the client reads it.
#[derive(Debug)]
pub struct CallError {
    /// The gRPC status code.
    pub grpc_code: tonic::Code,
    /// The code, its message and arguments, when the status has an
    /// `ErrorInfo`; a code this build does not know is kept.
    pub error: Option<Formatted<Code<AccountError>>>,
    /// The status's message, in the table's language.
    pub message: String,
    /// The `LocalizedMessage` detail: the text in the language asked for
    /// and its locale.
    pub localized: Option<LocalizedMessage>,
}

impl From<Status> for CallError {
    fn from(status: Status) -> Self {
        CallError {
            grpc_code: status.code(),
            error: Formatted::from_status(&status),
            message: status.message().to_owned(),
            localized: status.get_details_localized_message(),
        }
    }
}

/// The client of a server at `address`.
pub struct Client {
    inner: AccountsClient<tonic::transport::Channel>,
    /// The `accept-language` sent, if any.
    language: Option<MetadataValue<tonic::metadata::Ascii>>,
}

impl Client {
    /// Connects to the server at `address`.
    pub async fn connect(address: SocketAddr) -> Result<Client, tonic::transport::Error> {
        let inner = AccountsClient::connect(format!("http://{address}")).await?;
        Ok(Client {
            inner,
            language: None,
        })
    }

    /// The same client asking for errors in `accept_language`, an HTTP
    /// `Accept-Language` value (`"de"`, `"ja, en;q=0.5"`); `None` when
    /// the value cannot be metadata (not visible ASCII).
    pub fn with_language(mut self, accept_language: &str) -> Option<Client> {
        self.language = Some(accept_language.parse().ok()?);
        Some(self)
    }

    /// The account `id`.
    pub async fn get_account(&mut self, id: &str) -> Result<Account, CallError> {
        let mut request = Request::new(GetAccountRequest {
            account_id: id.to_owned(),
        });
        if let Some(language) = &self.language {
            request
                .metadata_mut()
                .insert(ACCEPT_LANGUAGE, language.clone());
        }
        let response = self.inner.get_account(request).await?;
        Ok(response.into_inner())
    }
}
