//! The README's "Use it" example, as written there, so that the first code a
//! reader sees is code that compiles and does what it says.

use error_codes_core::{ErrorCode, UnknownCode, error_codes};

/// Errors of our storage API.
#[error_codes(csv = "tests/fixtures/storage.csv")]
pub enum StorageError {}

#[test]
fn the_readme_example_holds() -> Result<(), UnknownCode> {
    let error = StorageError::from_code("storage.0001").unwrap();
    assert_eq!(error, StorageError::Storage0001);
    assert_eq!(error.code(), "storage.0001");
    assert_eq!(error.description(), "The bucket name is taken."); // plain text
    assert_eq!(error.module(), Some("Buckets"));
    assert_eq!(error.to_string(), "storage.0001: The bucket name is taken.");
    assert_eq!(StorageError::COUNT, 3);
    let parsed: StorageError = "storage.0101".parse()?; // FromStr, TryFrom<&str>
    assert_eq!(parsed, StorageError::Storage0101);
    assert!("storage.9999".parse::<StorageError>().is_err()); // UnknownCode names the input
    assert_eq!(
        StorageError::Storage0002.description(),
        "The bucket is not empty, delete its objects first."
    );
    assert_eq!(<StorageError as ErrorCode>::ALL, StorageError::ALL);
    Ok(())
}

/// The README's dependency line is one a user outside this repository can
/// copy: the published crate, by a version requirement that this
/// workspace's version meets (for 0.x, the same minor version).
#[test]
fn the_readme_dependency_line_names_the_published_version() {
    let readme = include_str!("../../README.md");
    let manifest = include_str!("../../Cargo.toml");
    let version = manifest
        .split("[workspace.package]")
        .nth(1)
        .and_then(|package| package.lines().find_map(|l| l.strip_prefix("version = ")))
        .expect("a workspace version")
        .trim_matches('"');
    let line = readme
        .lines()
        .find(|line| line.starts_with("error-codes-core = "))
        .expect("a dependency line in the README");
    let required = line
        .trim_start_matches("error-codes-core = ")
        .trim_matches('"');
    let mut parts = version.split('.');
    let (major, minor) = (parts.next().unwrap(), parts.next().unwrap());
    let compatible = if major == "0" {
        format!("0.{minor}")
    } else {
        major.to_owned()
    };
    assert_eq!(required, compatible, "{line}");
}
