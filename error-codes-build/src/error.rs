//! What went wrong, as one value a build script can `unwrap()`.

use std::fmt;

/// Every problem of a [`Builder`](crate::Builder) call, one line each:
/// `file:line: message` for the table's problems, as the attribute reports
/// them, or a line saying what could not be read, written or found.
///
/// `Debug` shows the same lines as `Display`, so that `.unwrap()` in a
/// build script prints them as they are.
#[derive(Clone, PartialEq, Eq)]
pub struct Error {
    problems: Vec<String>,
    stale: bool,
}

impl Error {
    pub(crate) fn new(problems: Vec<String>) -> Error {
        Error {
            problems,
            stale: false,
        }
    }

    pub(crate) fn one(problem: String) -> Error {
        Error::new(vec![problem])
    }

    pub(crate) fn stale(problem: String) -> Error {
        Error {
            problems: vec![problem],
            stale: true,
        }
    }

    /// The problems, one line each.
    pub fn problems(&self) -> &[String] {
        &self.problems
    }

    /// Whether [`Builder::check`](crate::Builder::check) found the file
    /// stale (or missing), rather than the table unusable.
    pub fn is_stale(&self) -> bool {
        self.stale
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.problems.join("\n"))
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f)?;
        fmt::Display::fmt(self, f)
    }
}

impl std::error::Error for Error {}
