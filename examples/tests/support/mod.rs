//! Runs the real example executables, as a user would.

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::sync::{Mutex, OnceLock};

/// Runs example `name` with `args` and returns its exit status and output.
pub fn run_example(name: &str, args: &[&str]) -> Output {
    Command::new(example_path(name))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|error| panic!("cannot run example {name}: {error}"))
}

/// The executable of example `name`, built once per test binary.
///
/// `cargo test` does not build examples when asked for one test target, so
/// the test builds it itself and takes the path from cargo's own report
/// rather than guessing the target directory's layout. Cargo releases its
/// build lock before it runs test binaries, so this does not deadlock.
fn example_path(name: &str) -> PathBuf {
    static BUILT: OnceLock<Mutex<HashMap<String, PathBuf>>> = OnceLock::new();
    let mut built = BUILT.get_or_init(Default::default).lock().unwrap();
    built
        .entry(name.to_owned())
        .or_insert_with(|| build_example(name))
        .clone()
}

fn build_example(name: &str) -> PathBuf {
    let output = Command::new(env!("CARGO"))
        .args(["build", "--quiet", "--message-format=json", "--package"])
        .arg(env!("CARGO_PKG_NAME"))
        .args(["--example", name])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stderr(Stdio::inherit())
        .output()
        .expect("cannot run cargo");
    assert!(
        output.status.success(),
        "cargo build --example {name} failed"
    );
    let stdout = String::from_utf8(output.stdout).expect("cargo's messages are UTF-8");
    stdout
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter(|message| message["reason"] == "compiler-artifact")
        .filter(|message| message["target"]["name"] == name)
        .find_map(|message| message["executable"].as_str().map(PathBuf::from))
        .unwrap_or_else(|| panic!("cargo reported no executable for example {name}"))
}

/// Output bytes as text; the examples only ever print UTF-8.
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}
