//! Finding and reading the CSV file.

use std::path::{Path, PathBuf};
use syn::LitStr;

/// The raw CSV file, and the names under which errors mention it.
pub struct Source {
    /// The path as the user wrote it, used in every table error.
    pub display: String,
    /// The absolute path that was read; `include_bytes!` of it makes Cargo
    /// rebuild the user's crate when the file changes.
    pub resolved: PathBuf,
    pub bytes: Vec<u8>,
}

/// Reads the file named by the `csv = "..."` literal, relative to the
/// invoking crate's `Cargo.toml` (as a build script would, not relative to
/// the current source file as `include_str!` does), so that the same path
/// works from any module of the crate.
pub fn read(csv: &LitStr) -> syn::Result<Source> {
    let display = csv.value();
    let resolved = manifest_dir().join(&display);
    match std::fs::read(&resolved) {
        Ok(bytes) => Ok(Source {
            display,
            resolved,
            bytes,
        }),
        Err(error) => Err(syn::Error::new(
            csv.span(),
            format!("cannot read {}: {}", resolved.display(), io_reason(&error)),
        )),
    }
}

/// The invoking crate's directory.
///
/// `ERROR_CODES_MANIFEST_DIR` overrides it for UI tests, where trybuild runs
/// the test file from a crate of its own under `target/` (dtolnay/trybuild#202).
/// The override applies to the crates being tested only (Cargo sets
/// `CARGO_PRIMARY_PACKAGE` for those), not to their dependencies, which
/// keep their own tables.
fn manifest_dir() -> PathBuf {
    let primary = std::env::var_os("CARGO_PRIMARY_PACKAGE").is_some();
    primary
        .then(|| std::env::var_os("ERROR_CODES_MANIFEST_DIR"))
        .flatten()
        .or_else(|| std::env::var_os("CARGO_MANIFEST_DIR"))
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(".").to_path_buf())
}

/// The OS message without its "(os error 2)" suffix, which varies by platform.
fn io_reason(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        std::io::ErrorKind::IsADirectory => "it is a directory".to_owned(),
        _ => error.to_string(),
    }
}
