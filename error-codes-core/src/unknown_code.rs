use crate::echo::Echo;
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
///
/// The messages echo the input up to 64 characters and say how much was
/// left out ([`Echo`](crate::echo::Echo)), so that a 10 MB code does not make a 10 MB log
/// line; [`code()`](Self::code) gives all of it.
///
/// ```
/// use error_codes_core::UnknownCode;
///
/// let huge = "A".repeat(10_000_000);
/// let error = UnknownCode::new("VbsError", &huge);
/// assert!(error.to_string().ends_with(r#"AAA"... (9999936 more bytes)"#));
/// assert!(error.to_string().len() < 200);
/// assert_eq!(error.code().len(), 10_000_000);
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct UnknownCode {
    enum_name: &'static str,
    code: String,
}

impl UnknownCode {
    /// A rejected `code` of the enum named `enum_name`.
    pub fn new(enum_name: &'static str, code: &str) -> Self {
        UnknownCode {
            enum_name,
            code: code.into(),
        }
    }

    /// As [`new`](Self::new), keeping the allocation of `code`.
    pub(crate) fn from_string(enum_name: &'static str, code: String) -> Self {
        UnknownCode { enum_name, code }
    }

    /// The rejected input.
    pub fn code(&self) -> &str {
        &self.code
    }

    /// The name of the enum that rejected it.
    pub fn enum_name(&self) -> &'static str {
        self.enum_name
    }

    /// The rejected input, without copying it.
    pub fn into_code(self) -> String {
        self.code
    }
}

impl fmt::Display for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown {} code {}",
            self.enum_name,
            Echo::new(&self.code)
        )
    }
}

/// As derived, but the code bounded as in `Display` (a `main` that returns
/// the error prints it with `Debug`).
impl fmt::Debug for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UnknownCode")
            .field("enum_name", &self.enum_name)
            .field("code", &Echo::new(&self.code))
            .finish()
    }
}

impl core::error::Error for UnknownCode {}
