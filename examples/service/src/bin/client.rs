//! `cargo run -p service --bin client -- URL get ID` or `... URL put ID TEXT`:
//! one request to the documents server, retried as the table allows. Prints
//! the document, or the error with its code; exits with 1 on an error.

use std::process::ExitCode;

use service::client::Client;

#[tokio::main]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let client = match args.first().map(|base| Client::new(base)) {
        Some(Ok(client)) => client,
        Some(Err(error)) => {
            eprintln!("{error}");
            return ExitCode::FAILURE;
        }
        None => return usage(),
    };
    let result = match args[1..] {
        ["get", id] => client.get(id).await,
        ["put", id, text] => client.put(id, text).await,
        _ => return usage(),
    };
    match result {
        Ok(document) => {
            println!("{}: {}", document.id, document.text);
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

fn usage() -> ExitCode {
    eprintln!("usage: client URL get ID | client URL put ID TEXT");
    ExitCode::from(2)
}
