//! `cargo run -p service --bin server -- [--port 3000] [--busy N]`: serves
//! the documents API on 127.0.0.1; `--busy N` answers the first N requests
//! with the retryable `docs.0900`, to watch the client retry.

use std::process::ExitCode;

use service::server::Service;

#[tokio::main]
async fn main() -> ExitCode {
    let mut port = 3000u16;
    let mut busy = 0u32;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let value = args.next();
        let parsed = match arg.as_str() {
            "--port" => value.and_then(|v| v.parse().ok()).map(|v| port = v),
            "--busy" => value.and_then(|v| v.parse().ok()).map(|v| busy = v),
            _ => None,
        };
        if parsed.is_none() {
            eprintln!("usage: server [--port PORT] [--busy REQUESTS]");
            return ExitCode::from(2);
        }
    }
    let listener = match tokio::net::TcpListener::bind(("127.0.0.1", port)).await {
        Ok(listener) => listener,
        Err(error) => {
            eprintln!("cannot listen on 127.0.0.1:{port}: {error}");
            return ExitCode::FAILURE;
        }
    };
    let service = Service::new();
    service.busy_for(busy);
    match listener.local_addr() {
        Ok(address) => println!("listening on http://{address}"),
        Err(error) => eprintln!("listening, at an address unknown: {error}"),
    }
    match service.serve(listener).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("server stopped: {error}");
            ExitCode::FAILURE
        }
    }
}
