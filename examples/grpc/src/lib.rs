//! An accounts service on tonic and its client, whose errors are the rows
//! of `errors.csv`: the server answers each failure with a `tonic::Status`
//! built by error-codes-core from the row (the gRPC code from the
//! `grpc_code` column or the HTTP status, the filled message, an
//! `ErrorInfo` whose reason is the code and whose metadata holds the
//! message's arguments, and a `Help` link to the code's page); the client
//! reads the status back into a [`Code<AccountError>`](Code) with its
//! arguments.
//!
//! ```text
//! cargo test -p grpc
//! ```

use std::collections::HashMap;
use std::net::SocketAddr;

use error_codes_core::{Code, Formatted, error_codes};
use tonic::{Request, Response, Status};

/// The generated protobuf types, server and client.
pub mod proto {
    tonic::include_proto!("accounts.v1");
}

use proto::accounts_client::AccountsClient;
use proto::accounts_server::{Accounts, AccountsServer};
use proto::{Account, GetAccountRequest};

/// The errors of the accounts service, from `errors.csv`, in the domain
/// that gRPC's `ErrorInfo` names, each with its page.
#[error_codes(
    csv = "errors.csv",
    domain = "accounts.example.com",
    docs_url = "https://accounts.example.com/errors/{code}"
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
    /// The account, or the status of its row: a `Formatted<AccountError>`
    /// and an `AccountError` are each a `Status` as they are.
    fn find(&self, id: &str) -> Result<Account, Status> {
        let valid = (1..=32).contains(&id.len())
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
        if !valid {
            return Err(account_error!("INVALID_ACCOUNT_ID", accountId = id).into());
        }
        if id == "offline" {
            return Err(AccountError::StoreUnavailable.into());
        }
        match self.accounts.get(id) {
            Some(Stored::Open { owner }) => Ok(Account {
                account_id: id.to_owned(),
                owner: (*owner).to_owned(),
            }),
            Some(Stored::Suspended { until }) => {
                Err(account_error!("ACCOUNT_SUSPENDED", accountId = id, until = until).into())
            }
            None => Err(account_error!("ACCOUNT_NOT_FOUND", accountId = id).into()),
        }
    }
}

#[tonic::async_trait]
impl Accounts for Service {
    async fn get_account(
        &self,
        request: Request<GetAccountRequest>,
    ) -> Result<Response<Account>, Status> {
        Ok(Response::new(self.find(&request.get_ref().account_id)?))
    }
}

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
    /// The status's message.
    pub message: String,
}

impl From<Status> for CallError {
    fn from(status: Status) -> Self {
        CallError {
            grpc_code: status.code(),
            error: Formatted::from_status(&status),
            message: status.message().to_owned(),
        }
    }
}

/// The client of a server at `address`.
pub struct Client {
    inner: AccountsClient<tonic::transport::Channel>,
}

impl Client {
    /// Connects to the server at `address`.
    pub async fn connect(address: SocketAddr) -> Result<Client, tonic::transport::Error> {
        let inner = AccountsClient::connect(format!("http://{address}")).await?;
        Ok(Client { inner })
    }

    /// The account `id`.
    pub async fn get_account(&mut self, id: &str) -> Result<Account, CallError> {
        let request = GetAccountRequest {
            account_id: id.to_owned(),
        };
        let response = self.inner.get_account(request).await?;
        Ok(response.into_inner())
    }
}
