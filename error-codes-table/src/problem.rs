//! What the rules report: a problem with a table file, at a line where one
//! applies. Every stage (parsing, typed cells, names, cross-row checks)
//! reports through it, and each front end renders it its own way.

use std::fmt;

/// Something wrong with the file, at a line (1-based) where one applies.
#[derive(Debug, PartialEq)]
pub struct Problem {
    pub line: Option<usize>,
    pub message: String,
}

impl Problem {
    pub fn at(line: usize, message: impl Into<String>) -> Self {
        Problem {
            line: Some(line),
            message: message.into(),
        }
    }

    pub(crate) fn whole_file(message: impl Into<String>) -> Self {
        Problem {
            line: None,
            message: message.into(),
        }
    }

    /// `file:line: message`, the way compilers name a place in a file.
    pub fn display<'a>(&'a self, file: &'a str) -> impl fmt::Display + 'a {
        DisplayProblem {
            problem: self,
            file,
        }
    }
}

struct DisplayProblem<'a> {
    problem: &'a Problem,
    file: &'a str,
}

impl fmt::Display for DisplayProblem<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self.problem.line {
            Some(line) => write!(f, "{}:{}: {}", self.file, line, self.problem.message),
            None => write!(f, "{}: {}", self.file, self.problem.message),
        }
    }
}
