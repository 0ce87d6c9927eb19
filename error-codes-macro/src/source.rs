//! Finding and reading the CSV file, relative to the crate being built.

use error_codes_codegen::Source;
use std::path::{Path, PathBuf};
use syn::LitStr;

/// Reads the file named by the `csv = "..."` literal, relative to the
/// invoking crate's `Cargo.toml` (as a build script would, not relative to
/// the current source file as `include_str!` does), so that the same path
/// works from any module of the crate.
///
/// Only a regular file is read, and no more than a real table could be
/// (`error_codes_table::file::read`).
pub fn read(csv: &LitStr) -> syn::Result<Source> {
    let display = csv.value();
    let resolved = manifest_dir().join(&display);
    // The path as written, and what a relative one is relative to: the
    // directory itself differs from machine to machine (and lies under the
    // target directory in a trybuild test), the crate's Cargo.toml does not.
    let shown = if Path::new(&display).is_absolute() {
        display.clone()
    } else {
        format!("{display} (relative to this crate's Cargo.toml)")
    };
    let error =
        |reason: String| syn::Error::new(csv.span(), format!("cannot read {shown}: {reason}"));
    let bytes = error_codes_table::file::read(&resolved).map_err(error)?;
    Ok(Source {
        display,
        include: include_path(&resolved),
        bytes,
    })
}

/// The path that `include_bytes!` in the expansion names the file by, so
/// that Cargo rebuilds the crate when the file changes.
///
/// `include_bytes!` takes a string, and a path under a directory whose name
/// is not UTF-8 has none (issue 13: the build failed there after the table
/// was read). Such a file is named relative to the source file of the
/// macro's call, where the non-UTF-8 part that the two paths share drops
/// out. `None` if that fails too; the crate is then not rebuilt on its own
/// when only its table changes.
fn include_path(resolved: &Path) -> Option<String> {
    if let Some(path) = resolved.to_str() {
        return Some(path.to_owned());
    }
    if !proc_macro::is_available() {
        return None;
    }
    let source = proc_macro::Span::call_site().local_file()?;
    let source = std::fs::canonicalize(source).ok()?;
    let target = std::fs::canonicalize(resolved).ok()?;
    relative(source.parent()?, &target)?
        .to_str()
        .map(str::to_owned)
}

/// `to` as a path relative to the directory `from`, both absolute.
fn relative(from: &Path, to: &Path) -> Option<PathBuf> {
    let from: Vec<_> = from.components().collect();
    let to: Vec<_> = to.components().collect();
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    if common == 0 {
        return None;
    }
    let mut path = PathBuf::new();
    for _ in common..from.len() {
        path.push("..");
    }
    for component in &to[common..] {
        path.push(component);
    }
    Some(path)
}

/// The invoking crate's directory, where Cargo runs the build.
fn manifest_dir() -> PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(".").to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::{read, relative};
    use error_codes_table::file::MAX_BYTES;
    use proc_macro2::Span;
    use std::path::Path;
    use syn::LitStr;

    fn read_error(path: &Path) -> String {
        let literal = LitStr::new(path.to_str().unwrap(), Span::call_site());
        match read(&literal) {
            Ok(_) => panic!("{} was read", path.display()),
            Err(error) => error.to_string(),
        }
    }

    fn scratch(name: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("error-codes-source-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(name);
        let _ = std::fs::remove_file(&path);
        path
    }

    /// Issue 13: a FIFO blocked the build forever, `/dev/zero` read until
    /// the memory ran out.
    #[cfg(unix)]
    #[test]
    fn special_files_are_refused_without_reading_them() {
        let fifo = scratch("table.fifo");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if made.is_ok_and(|status| status.success()) {
            assert!(read_error(&fifo).ends_with(
                "table.fifo: not a regular file (a FIFO, socket or device); the table must be a file"
            ));
        }
        assert_eq!(
            read_error(Path::new("/dev/zero")),
            "cannot read /dev/zero: not a regular file (a FIFO, socket or device); the table must be a file"
        );
    }

    #[test]
    fn a_file_past_the_limit_is_refused_without_reading_it() {
        let big = scratch("big.csv");
        let file = std::fs::File::create(&big).unwrap();
        file.set_len(MAX_BYTES + 1).unwrap(); // sparse: no disk, no memory
        assert!(read_error(&big).ends_with("big.csv: larger than 64 MiB, the most a table may be"));
        file.set_len(MAX_BYTES).unwrap();
        let literal = LitStr::new(big.to_str().unwrap(), Span::call_site());
        assert_eq!(read(&literal).unwrap().bytes.len() as u64, MAX_BYTES);
        let _ = std::fs::remove_file(&big);
    }

    #[test]
    fn relative_paths_climb_to_the_common_directory() {
        let from = Path::new("/crate/src/errors");
        assert_eq!(
            relative(from, Path::new("/crate/codes.csv")).unwrap(),
            Path::new("../../codes.csv")
        );
        assert_eq!(
            relative(from, Path::new("/crate/src/errors/codes.csv")).unwrap(),
            Path::new("codes.csv")
        );
    }
}
