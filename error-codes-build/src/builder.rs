//! [`Builder`]: a table, an enum's name and options in; a file in
//! `OUT_DIR` out, with the line that has Cargo run the build script again
//! when the table changes.

use crate::error::Error;
use crate::file::{self, Request};
use crate::freshness::first_difference;
use std::path::{Path, PathBuf};

/// Writes the enum of a table for a build script (see the
/// [crate documentation](crate)).
#[derive(Clone, Debug)]
pub struct Builder {
    table: String,
    enum_name: Option<String>,
    options: Option<String>,
    out_dir: Option<PathBuf>,
    manifest_dir: Option<PathBuf>,
}

impl Builder {
    /// The table at `table`, relative to the crate's directory
    /// (`CARGO_MANIFEST_DIR`) unless absolute.
    pub fn new(table: impl Into<String>) -> Builder {
        Builder {
            table: table.into(),
            enum_name: None,
            options: None,
            out_dir: None,
            manifest_dir: None,
        }
    }

    /// The enum's name, as in `pub enum VbsError {}`. Required.
    pub fn enum_name(mut self, name: impl Into<String>) -> Builder {
        self.enum_name = Some(name.into());
        self
    }

    /// The attribute's options, as written inside `#[error_codes(...)]`
    /// after `csv = "..."`: `columns(http_status: u16)`,
    /// `duplicates = "merge"`, and so on.
    pub fn options(mut self, options: impl Into<String>) -> Builder {
        self.options = Some(options.into());
        self
    }

    /// Writes into `dir` instead of `OUT_DIR`.
    pub fn out_dir(mut self, dir: impl Into<PathBuf>) -> Builder {
        self.out_dir = Some(dir.into());
        self
    }

    /// Reads a relative table path from `dir` instead of the directory
    /// Cargo names in `CARGO_MANIFEST_DIR` (a tool run elsewhere than in a
    /// build script or a test passes its working directory).
    pub fn manifest_dir(mut self, dir: impl Into<PathBuf>) -> Builder {
        self.manifest_dir = Some(dir.into());
        self
    }

    /// The file's name: the enum's name in snake case, `.rs`
    /// (`VbsError` gives `vbs_error.rs`).
    pub fn file_name(&self) -> Result<String, Error> {
        use heck::ToSnakeCase;
        Ok(format!("{}.rs", self.name()?.to_snake_case()))
    }

    /// The file's text, as [`generate`](Builder::generate) writes it and as
    /// `error-codes generate` writes it for the same table (the path as
    /// given), enum name and options.
    pub fn text(&self) -> Result<String, Error> {
        let path = self.table_path()?;
        file::text(&Request {
            table: &self.table,
            path: &path,
            enum_name: self.name()?,
            options: self.options.as_deref(),
        })
        .map_err(Error::new)
    }

    /// Writes the file into `OUT_DIR` (or [`out_dir`](Builder::out_dir)),
    /// only when its bytes change, and prints
    /// `cargo:rerun-if-changed=<table>` so that Cargo runs the build script
    /// again when the table changes, and only then. Gives the file's path.
    pub fn generate(&self) -> Result<PathBuf, Error> {
        let table = self.table_path()?;
        // A path that does not exist would have Cargo run the script on
        // every build; a missing table fails below, and a failed build
        // script runs again anyway.
        if table.is_file() {
            println!("cargo:rerun-if-changed={}", table.display());
        }
        let text = self.text()?;
        let dir = match &self.out_dir {
            Some(dir) => dir.clone(),
            None => std::env::var_os("OUT_DIR").map(PathBuf::from).ok_or_else(|| {
                Error::one(
                    "OUT_DIR is not set: call generate() from a build script, or name a folder with out_dir()"
                        .to_owned(),
                )
            })?,
        };
        let path = dir.join(self.file_name()?);
        // Rewriting the same bytes would change the file's time, which has
        // rust-analyzer and file watchers rebuild for nothing.
        if std::fs::read(&path).is_ok_and(|old| old == text.as_bytes()) {
            return Ok(path);
        }
        std::fs::create_dir_all(&dir)
            .and_then(|()| std::fs::write(&path, &text))
            .map_err(|error| Error::one(format!("cannot write {}: {error}", path.display())))?;
        Ok(path)
    }

    /// Whether the committed file at `path` (relative to the crate's
    /// directory unless absolute) is what would be written now, as
    /// `error-codes generate --check` says: `Ok` when it is, otherwise an
    /// error naming the first code added, removed or changed
    /// ([`Error::is_stale`]), or the table's problems.
    pub fn check(&self, path: impl AsRef<Path>) -> Result<(), Error> {
        let text = self.text()?;
        let path = self.base()?.join(path.as_ref());
        let old = match std::fs::read_to_string(&path) {
            Ok(old) => old,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                return Err(Error::stale(format!(
                    "{}: stale: the file does not exist; {}",
                    path.display(),
                    self.command()
                )));
            }
            Err(error) => {
                return Err(Error::one(format!(
                    "cannot read {}: {error}",
                    path.display()
                )));
            }
        };
        match first_difference(&old, &text) {
            None => Ok(()),
            Some(difference) => Err(Error::stale(format!(
                "{}: stale: {difference}; {}",
                path.display(),
                self.command()
            ))),
        }
    }

    fn name(&self) -> Result<&str, Error> {
        self.enum_name.as_deref().ok_or_else(|| {
            Error::one(format!(
                "{}: no enum name: call enum_name(\"VbsError\") before generating",
                self.table
            ))
        })
    }

    /// What writes the file again.
    fn command(&self) -> String {
        let mut command = format!(
            "write it again with `error-codes generate {} --enum {}",
            self.table,
            self.enum_name.as_deref().unwrap_or("NAME")
        );
        if let Some(options) = &self.options {
            command.push_str(&format!(" --options '{options}'"));
        }
        command.push_str(" -o FILE`");
        command
    }

    fn base(&self) -> Result<PathBuf, Error> {
        match &self.manifest_dir {
            Some(dir) => Ok(dir.clone()),
            None => std::env::var_os("CARGO_MANIFEST_DIR")
                .map(PathBuf::from)
                .ok_or_else(|| {
                    Error::one(format!(
                        "{}: CARGO_MANIFEST_DIR is not set: run under Cargo, or name the folder with manifest_dir()",
                        self.table
                    ))
                }),
        }
    }

    fn table_path(&self) -> Result<PathBuf, Error> {
        Ok(self.base()?.join(&self.table))
    }
}
