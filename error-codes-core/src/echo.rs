//! Bounded echoes of rejected input, for error messages and logs.

use core::fmt;

/// Input as an error message echoes it: at most [`Echo::LIMIT`] characters,
/// quoted and escaped as `{:?}` does, then how many bytes were left out.
///
/// An error that names the input it rejects helps, until the input is a
/// 10 MB string sent by a client or a server: then the message, and every
/// log line that prints it, holds the 10 MB. [`UnknownCode`]'s `Display`
/// and `Debug`, the `serde` error for an unknown code and the example
/// service's client all echo input through this, so they cut it alike.
///
/// ```
/// use error_codes_core::echo::Echo;
///
/// assert_eq!(Echo::new("VolumeBackup.0950").to_string(), r#""VolumeBackup.0950""#);
/// let long = "x".repeat(10_000_000);
/// assert_eq!(
///     Echo::new(&long).to_string(),
///     format!("{:?}... (9999936 more bytes)", "x".repeat(64)),
/// );
/// ```
///
/// The cut falls on a character boundary, so the prefix is valid text:
///
/// ```
/// # use error_codes_core::echo::Echo;
/// let crabs = "\u{1f980}".repeat(100); // 4 bytes each
/// let echo = Echo::new(&crabs);
/// assert_eq!(echo.shown(), "\u{1f980}".repeat(64));
/// assert_eq!(echo.left_out(), 36 * 4);
/// ```
///
/// [`UnknownCode`]: crate::UnknownCode
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Echo<'a> {
    shown: &'a str,
    left_out: usize,
}

impl<'a> Echo<'a> {
    /// How many characters of the input are shown.
    pub const LIMIT: usize = 64;

    /// The echo of `input`: its first [`LIMIT`](Self::LIMIT) characters.
    /// Finding the cut reads those characters only, whatever the input's
    /// length.
    pub fn new(input: &'a str) -> Self {
        let cut = input
            .char_indices()
            .nth(Self::LIMIT)
            .map_or(input.len(), |(at, _)| at);
        Echo {
            shown: &input[..cut],
            left_out: input.len() - cut,
        }
    }

    /// The part of the input shown.
    pub fn shown(&self) -> &'a str {
        self.shown
    }

    /// How many bytes of the input are left out (0 when it is all shown).
    pub fn left_out(&self) -> usize {
        self.left_out
    }
}

/// `"the shown part"`, then `... (N more bytes)` when some are left out.
impl fmt::Display for Echo<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.shown)?;
        match self.left_out {
            0 => {}
            1 => f.write_str("... (1 more byte)")?,
            more => write!(f, "... ({more} more bytes)")?,
        }
        Ok(())
    }
}

/// The same as `Display`.
impl fmt::Debug for Echo<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

#[cfg(test)]
mod tests {
    use super::Echo;
    use alloc::string::ToString;

    #[test]
    fn short_input_is_shown_whole_and_long_input_is_cut() {
        assert_eq!(Echo::new("").to_string(), "\"\"");
        assert_eq!(Echo::new("a\"b\n").to_string(), r#""a\"b\n""#);
        let exact = "y".repeat(Echo::LIMIT);
        assert_eq!(Echo::new(&exact).left_out(), 0);
        let over = "y".repeat(Echo::LIMIT + 1);
        let echo = Echo::new(&over);
        assert_eq!((echo.shown(), echo.left_out()), (exact.as_str(), 1));
        assert!(echo.to_string().ends_with("\"... (1 more byte)"));
        // Multi-byte characters are counted as characters, cut whole.
        let mixed = alloc::format!("{}{}", "\u{e9}".repeat(70), "tail");
        let echo = Echo::new(&mixed);
        assert_eq!(echo.shown().chars().count(), Echo::LIMIT);
        assert_eq!(echo.left_out(), 6 * 2 + 4);
    }
}
