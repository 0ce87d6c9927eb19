use alloc::string::String;
use core::fmt;

/// A string that is not a code of the table it was parsed against, from
/// `FromStr` or `TryFrom<&str>` of a generated enum.
///
/// ```
/// use error_codes_core::VbsError;
///
/// let error = "VolumeBackup.9999".parse::<VbsError>().unwrap_err();
/// assert_eq!(error.code(), "VolumeBackup.9999");
/// assert_eq!(error.to_string(), r#"unknown VbsError code "VolumeBackup.9999""#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct UnknownCode {
    table: &'static str,
    code: String,
}

impl UnknownCode {
    /// A rejected `code` of the enum named `table`.
    pub fn new(table: &'static str, code: &str) -> Self {
        UnknownCode {
            table,
            code: code.into(),
        }
    }

    /// As [`new`](Self::new), keeping the allocation of `code`.
    pub(crate) fn from_string(table: &'static str, code: String) -> Self {
        UnknownCode { table, code }
    }

    /// The rejected input.
    pub fn code(&self) -> &str {
        &self.code
    }

    /// The name of the enum that rejected it.
    pub fn table(&self) -> &'static str {
        self.table
    }

    /// The rejected input, without copying it.
    pub fn into_code(self) -> String {
        self.code
    }
}

impl fmt::Display for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown {} code {:?}", self.table, self.code)
    }
}

impl core::error::Error for UnknownCode {}
