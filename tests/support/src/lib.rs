//! What the workspace's tests share.
//!
//! A test that needs something a machine may lack (a tool such as `tsc` or
//! `go`, the shared corpus beside the repository, the toolchain the UI
//! snapshots were written with) skips with a message on a developer's
//! machine, and fails under CI (`CI=true`), so that a suite cannot vanish
//! while CI stays green.

use std::collections::HashMap;
use std::fmt::Display;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::{Mutex, OnceLock};

/// Whether this run is CI's: `CI=true`, as CI services and `.ci/run` set it.
pub fn under_ci() -> bool {
    std::env::var("CI").is_ok_and(|value| value == "true")
}

/// Skips the calling test for want of `what`: prints `skipped: {what}` and
/// returns outside CI; under CI, panics with the same words, since there
/// everything a test needs is installed and a skip would hide a failure.
#[track_caller]
pub fn skip(what: impl Display) {
    if under_ci() {
        panic!("cannot run under CI=true: {what} (a skip here would hide the suite)");
    }
    eprintln!("skipped: {what}");
}

/// The workspace's root directory.
pub fn workspace_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .nth(2)
        .expect("tests/support is two levels below the root")
}

/// Runs example `name` of `package` with `args`, as a user would run the
/// real executable, and returns its exit status and output.
pub fn run_example(package: &str, name: &str, args: &[&str]) -> Output {
    Command::new(example_path(package, name))
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
fn example_path(package: &str, name: &str) -> PathBuf {
    static BUILT: OnceLock<Mutex<HashMap<(String, String), PathBuf>>> = OnceLock::new();
    let mut built = BUILT
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    built
        .entry((package.to_owned(), name.to_owned()))
        .or_insert_with(|| build_example(package, name))
        .clone()
}

fn build_example(package: &str, name: &str) -> PathBuf {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .args(["build", "--quiet", "--message-format=json", "--package"])
        .arg(package)
        .args(["--example", name])
        .current_dir(workspace_root())
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
