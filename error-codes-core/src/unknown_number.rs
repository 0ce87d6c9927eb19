use core::fmt;

/// A number that is not a code of the table it was converted against, from
/// `TryFrom<i64>` (or `TryFrom` of the enum's integer type) of an enum whose
/// codes are all decimal integers.
///
/// The number is kept as an `i128`, which holds every value of every
/// integer type such an enum converts from, so that the error names the
/// number as it was given.
///
/// ```
/// use error_codes_core::UnknownNumber;
///
/// let error = UnknownNumber::new("HttpStatus", 999);
/// assert_eq!(error.number(), 999);
/// assert_eq!(error.enum_name(), "HttpStatus");
/// assert_eq!(error.to_string(), "unknown HttpStatus code 999");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnknownNumber {
    enum_name: &'static str,
    number: i128,
}

impl UnknownNumber {
    /// A rejected `number` of the enum named `enum_name`.
    pub const fn new(enum_name: &'static str, number: i128) -> Self {
        UnknownNumber { enum_name, number }
    }

    /// The rejected number.
    pub const fn number(&self) -> i128 {
        self.number
    }

    /// The name of the enum that rejected it.
    pub const fn enum_name(&self) -> &'static str {
        self.enum_name
    }
}

impl fmt::Display for UnknownNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown {} code {}", self.enum_name, self.number)
    }
}

impl core::error::Error for UnknownNumber {}
