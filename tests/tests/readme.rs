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
