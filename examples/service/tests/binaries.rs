//! The two halves by hand, as the README runs them: the `server` binary on
//! a free port with `--busy 1`, and the `client` binary against it.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Output, Stdio};

/// The server process, stopped when the test ends, however it ends.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts the server binary on port 0 and returns it with its base URL,
/// read from its first line of output.
fn server(args: &[&str]) -> (Server, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_server"))
        .args(["--port", "0"])
        .args(args)
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let server = Server(child);
    let mut line = String::new();
    BufReader::new(stdout).read_line(&mut line).unwrap();
    let base = line
        .trim()
        .strip_prefix("listening on ")
        .unwrap_or_else(|| panic!("{line:?}"))
        .to_owned();
    (server, base)
}

fn client(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_client"))
        .args(args)
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> &str {
    std::str::from_utf8(bytes).unwrap().trim_end()
}

#[test]
fn the_client_binary_talks_to_the_server_binary() {
    let (_server, base) = server(&["--busy", "1"]);

    // The first request meets the busy store, and the client retries it.
    let put = client(&[&base, "put", "notes", "Buy milk."]);
    assert!(put.status.success(), "{}", text(&put.stderr));
    assert_eq!(text(&put.stdout), "notes: Buy milk.");

    let get = client(&[&base, "get", "notes"]);
    assert_eq!(text(&get.stdout), "notes: Buy milk.");

    let missing = client(&[&base, "get", "absent"]);
    assert_eq!(missing.status.code(), Some(1));
    assert_eq!(
        text(&missing.stderr),
        "error: docs.0004 (HTTP 404, 1 attempt): No document has this id."
    );
}

#[test]
fn wrong_arguments_print_the_usage() {
    let output = client(&["http://127.0.0.1:9", "delete", "notes"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).starts_with("usage: client URL"));

    let output = Command::new(env!("CARGO_BIN_EXE_server"))
        .args(["--port", "eighty"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).starts_with("usage: server"));
}
