//! Error-code enums from a build script: the table of `#[error_codes]`
//! becomes a Rust file in `OUT_DIR`, which the crate `include!`s. No
//! proc macro runs in the crate, and its normal dependencies are
//! `error-codes-core` alone, built with `default-features = false`.
//!
//! `Cargo.toml`:
//!
//! ```toml
//! [dependencies]
//! error-codes-core = { version = "0.1", default-features = false }
//!
//! [build-dependencies]
//! error-codes-build = "0.1"
//! ```
//!
//! `build.rs` (the table's path is relative to the crate's directory):
//!
//! ```
//! # let dir = std::env::temp_dir().join(format!("error-codes-build-doc-{}", std::process::id()));
//! # std::fs::create_dir_all(&dir).unwrap();
//! # std::fs::write(dir.join("codes.csv"), "module,code,description\nShared,VolumeBackup.0014,The task could not be submitted.\n").unwrap();
//! # let builder = |table: &str| error_codes_build::Builder::new(table).manifest_dir(&dir).out_dir(&dir);
//! # let main = || -> Result<(), error_codes_build::Error> {
//! // fn main() {
//!     let file = builder("codes.csv") // error_codes_build::Builder::new("codes.csv")
//!         .enum_name("VbsError")
//!         .options(r#"duplicates = "merge""#)
//!         .generate()?; // or .unwrap(): the error lists every `file:line: message`
//!     assert!(file.ends_with("vbs_error.rs"));
//! // }
//! # Ok(()) };
//! # main().unwrap();
//! # let text = std::fs::read_to_string(dir.join("vbs_error.rs")).unwrap();
//! # assert!(text.contains("VolumeBackup0014"));
//! # std::fs::remove_dir_all(&dir).unwrap();
//! ```
//!
//! `src/lib.rs`:
//!
//! ```text
//! include!(concat!(env!("OUT_DIR"), "/vbs_error.rs"));
//! ```
//!
//! The enum is the attribute's, row for row: `VbsError::VolumeBackup0014`,
//! `code()`, `description()`, `from_code`, `ALL`, and the checked-code
//! macro `vbs_error!("VolumeBackup.0014")`.
//!
//! [`Builder::generate`] prints `cargo:rerun-if-changed` for the table and
//! nothing else, so Cargo runs the script again when the table changes and
//! only then, and it writes the file only when its bytes change (a file
//! rewritten with the same bytes has rust-analyzer and file watchers
//! rebuild for nothing). The file is formatted, deterministic, and the
//! same bytes as `error-codes generate` writes for the same table (path
//! as given), enum name and options: a crate that commits the file
//! instead tests that it is fresh with [`Builder::check`]:
//!
//! ```no_run
//! #[test]
//! fn the_committed_enum_is_fresh() {
//!     error_codes_build::Builder::new("codes.csv")
//!         .enum_name("VbsError")
//!         .check("src/vbs_error.rs")
//!         .unwrap();
//! }
//! ```

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod builder;
mod error;
mod file;
mod freshness;

pub use builder::Builder;
pub use error::Error;
pub use freshness::first_difference;
