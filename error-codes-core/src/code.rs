use alloc::string::String;
use core::borrow::Borrow;
use core::convert::Infallible;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::str::FromStr;

use crate::{ErrorCode, UnknownCode};

/// A code received from elsewhere: a value of the table `E` when the table
/// has it, otherwise the text as received, kept exactly.
///
/// A server may add codes before this build's table does. Parsing its
/// answers into `E` would fail on those; parsing them into `Code<E>` never
/// fails, and the unknown code can still be logged, compared, sent on or
/// written back unchanged.
///
/// ```
/// use error_codes_core::{Code, ErrorCode, VbsError, vbs_error};
///
/// let known: Code<VbsError> = "VolumeBackup.0900".parse().unwrap(); // never fails
/// assert!(matches!(known, Code::Known(vbs_error!("VolumeBackup.0900"))));
///
/// let newer: Code<VbsError> = "VolumeBackup.0950".parse().unwrap();
/// match &newer {
///     Code::Known(known) => println!("{}", known.description()),
///     Code::Unknown(unknown) => assert_eq!(unknown.code(), "VolumeBackup.0950"),
/// }
/// assert_eq!(newer.as_str(), "VolumeBackup.0950");
/// assert_eq!(newer.to_string(), "VolumeBackup.0950");
/// assert_eq!(known.to_string(), "VolumeBackup.0900: The service cannot be reached now.");
/// ```
///
/// Two codes are equal when their text is, and hash as their text does, so
/// `Code<E>` implements [`Borrow<str>`]: a `HashMap<Code<E>, V>` can be
/// searched with a `&str`.
pub enum Code<E> {
    /// A code of the table.
    Known(E),
    /// A code the table does not have, as received.
    Unknown(UnknownCode),
}

impl<E: ErrorCode> Code<E> {
    /// `code` as a value of `E` if the table has it, otherwise kept as text.
    pub fn new(code: &str) -> Self {
        match E::from_code(code) {
            Some(known) => Code::Known(known),
            None => Code::Unknown(UnknownCode::new(table_name::<E>(), code)),
        }
    }

    /// The code as received (for a known one, as in the table, which is the
    /// same text).
    pub fn as_str(&self) -> &str {
        match self {
            Code::Known(known) => known.code(),
            Code::Unknown(unknown) => unknown.code(),
        }
    }

    /// The value of the table, if the code is in it.
    pub fn known(&self) -> Option<E> {
        match self {
            Code::Known(known) => Some(*known),
            Code::Unknown(_) => None,
        }
    }

    /// The code the table does not have, if it is one.
    pub fn unknown(&self) -> Option<&UnknownCode> {
        match self {
            Code::Known(_) => None,
            Code::Unknown(unknown) => Some(unknown),
        }
    }

    /// Whether the table has the code.
    pub fn is_known(&self) -> bool {
        matches!(self, Code::Known(_))
    }

    /// The value of the table, or the same error as `E::from_str` gives for
    /// a code it does not have, for `?` where an unknown code is an error.
    ///
    /// ```
    /// use error_codes_core::{Code, VbsError};
    ///
    /// let code: Code<VbsError> = "VolumeBackup.0950".into();
    /// let error = code.into_known().unwrap_err();
    /// assert_eq!(error.to_string(), r#"unknown VbsError code "VolumeBackup.0950""#);
    /// ```
    pub fn into_known(self) -> Result<E, UnknownCode> {
        match self {
            Code::Known(known) => Ok(known),
            Code::Unknown(unknown) => Err(unknown),
        }
    }

    /// The code as received, as an owned string (an unknown code's own
    /// allocation).
    pub fn into_string(self) -> String {
        match self {
            Code::Known(known) => known.code().into(),
            Code::Unknown(unknown) => unknown.into_code(),
        }
    }
}

/// The name of the enum `E`, as its generated `FromStr` names it in
/// [`UnknownCode`]: the last segment of its path (an error-code enum is
/// never generic, so the last segment is its name).
pub(crate) fn table_name<E>() -> &'static str {
    let path = core::any::type_name::<E>();
    path.rsplit("::").next().unwrap_or(path)
}

impl<E: ErrorCode> From<E> for Code<E> {
    fn from(known: E) -> Self {
        Code::Known(known)
    }
}

/// Keeps the string's allocation for an unknown code.
impl<E: ErrorCode> From<String> for Code<E> {
    fn from(code: String) -> Self {
        match E::from_code(&code) {
            Some(known) => Code::Known(known),
            None => Code::Unknown(UnknownCode::from_string(table_name::<E>(), code)),
        }
    }
}

impl<E: ErrorCode> From<&str> for Code<E> {
    fn from(code: &str) -> Self {
        Code::new(code)
    }
}

impl<E: ErrorCode> FromStr for Code<E> {
    /// Every string is a code, known or not.
    type Err = Infallible;

    fn from_str(code: &str) -> Result<Self, Infallible> {
        Ok(Code::new(code))
    }
}

impl<E: ErrorCode> AsRef<str> for Code<E> {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

/// Sound because equality and hashing are those of the text.
impl<E: ErrorCode> Borrow<str> for Code<E> {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl<E: Clone> Clone for Code<E> {
    fn clone(&self) -> Self {
        match self {
            Code::Known(known) => Code::Known(known.clone()),
            Code::Unknown(unknown) => Code::Unknown(unknown.clone()),
        }
    }
}

/// `Known(VolumeBackup0900)` or `Unknown("VolumeBackup.0950")`.
impl<E: fmt::Debug> fmt::Debug for Code<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Code::Known(known) => f.debug_tuple("Known").field(known).finish(),
            Code::Unknown(unknown) => f.debug_tuple("Unknown").field(&unknown.code()).finish(),
        }
    }
}

/// A known code as `E` displays it (`{code}: {description}`), an unknown
/// one as its text.
impl<E: ErrorCode> fmt::Display for Code<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Code::Known(known) => fmt::Display::fmt(known, f),
            Code::Unknown(unknown) => f.write_str(unknown.code()),
        }
    }
}

/// A code received is an error received: so that `Code<E>` can be the
/// source of another error, or (with the `miette` feature) a diagnostic.
impl<E: ErrorCode> core::error::Error for Code<E> {}

/// Equal when the text is: a `Code::Unknown` built by hand with a code the
/// table has still equals the `Code::Known` of it.
impl<E: ErrorCode> PartialEq for Code<E> {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl<E: ErrorCode> Eq for Code<E> {}

/// As the text hashes, as [`Borrow<str>`] requires.
impl<E: ErrorCode> Hash for Code<E> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

/// `code == VbsError::VolumeBackup0900`.
impl<E: ErrorCode> PartialEq<E> for Code<E> {
    fn eq(&self, other: &E) -> bool {
        self.as_str() == other.code()
    }
}

impl<E: ErrorCode> PartialEq<str> for Code<E> {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl<E: ErrorCode> PartialEq<&str> for Code<E> {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::VbsError;
    use alloc::string::ToString;

    #[test]
    fn a_known_code_becomes_its_variant_and_keeps_its_text() {
        let code = Code::<VbsError>::new("VolumeBackup.0014");
        assert!(code.is_known());
        assert_eq!(code.known(), Some(VbsError::VolumeBackup0014));
        assert_eq!(code.as_str(), "VolumeBackup.0014");
        assert_eq!(code, VbsError::VolumeBackup0014);
        assert_eq!(code.to_string(), VbsError::VolumeBackup0014.to_string());
        assert_eq!(alloc::format!("{code:?}"), "Known(VolumeBackup0014)");
    }

    #[test]
    fn an_unknown_code_is_kept_exactly() {
        for text in [
            "VolumeBackup.0950",
            "",
            " VolumeBackup.0014",
            "volumebackup.0014",
            "ü",
        ] {
            let code = Code::<VbsError>::new(text);
            assert!(!code.is_known(), "{text:?}");
            assert_eq!(code.known(), None);
            assert_eq!(code.as_str(), text);
            assert_eq!(code.to_string(), text);
            let unknown = code.unknown().unwrap();
            assert_eq!(unknown.code(), text);
            assert_eq!(unknown.enum_name(), "VbsError");
            assert_eq!(code.into_string(), text);
        }
    }

    #[test]
    fn from_string_keeps_the_allocation_of_an_unknown_code() {
        let text = String::from("VolumeBackup.0950");
        let pointer = text.as_ptr();
        let code = Code::<VbsError>::from(text);
        let back = code.into_string();
        assert_eq!(back.as_ptr(), pointer);
    }

    #[test]
    fn equality_and_hash_are_those_of_the_text() {
        use core::hash::BuildHasher;
        let hasher = std::hash::RandomState::new();
        let known = Code::<VbsError>::new("VolumeBackup.0014");
        let by_hand: Code<VbsError> =
            Code::Unknown(UnknownCode::new("VbsError", "VolumeBackup.0014"));
        assert_eq!(known, by_hand);
        assert_eq!(hasher.hash_one(&known), hasher.hash_one(&by_hand));
        assert_eq!(
            hasher.hash_one(&known),
            hasher.hash_one("VolumeBackup.0014")
        );
        assert_ne!(known, Code::new("VolumeBackup.0015"));
        assert_eq!(known, "VolumeBackup.0014");
    }

    #[test]
    fn into_known_fails_like_from_str() {
        let code: Code<VbsError> = "VolumeBackup.0950".parse().unwrap();
        assert_eq!(code.into_known(), "VolumeBackup.0950".parse::<VbsError>());
        let code: Code<VbsError> = VbsError::VolumeBackup0014.into();
        assert_eq!(code.into_known(), Ok(VbsError::VolumeBackup0014));
    }
}
