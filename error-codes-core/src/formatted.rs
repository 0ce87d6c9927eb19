//! A code with its message filled in: rows whose template has
//! placeholders (`Invalid {0} parameter in the request.`) are filled by the
//! checked-code macro, checked at compile time, or by the generated
//! `fill` at run time. The arguments are kept beside the text, so that a
//! service can send them as data (RFC 9457's extension members, gRPC's
//! `ErrorInfo.metadata`) as well as in the message.

use alloc::borrow::Cow;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::{self, Display, Write};

use crate::{Code, ErrorCode};

/// A code, its filled text and the arguments it was filled with: what
/// `dcs_error!("DCS.4062", "flavor")` returns for a row whose template (its
/// `message`, else its description) has placeholders, and what the
/// generated `fill` gives at run time.
///
/// `Display` shows `{code}: {text}`, as the enum shows `{code}:
/// {description}`; [`variant`](Self::variant) gives the row, and through it
/// every other column; [`arguments`](Self::arguments) the arguments, each
/// under its placeholder's name (`"0"`, `"1"`, ... for positional ones).
///
/// ```
/// use error_codes_core::{ErrorCode, VbsError};
///
/// // A table without placeholders fills with no arguments: the text is the
/// // description.
/// let filled = VbsError::VolumeBackup0014.fill(&[]).unwrap();
/// assert_eq!(filled.code(), "VolumeBackup.0014");
/// assert_eq!(filled.text(), "The task could not be submitted.");
/// assert_eq!(filled.to_string(), "VolumeBackup.0014: The task could not be submitted.");
/// assert_eq!(filled.variant().module(), Some("Shared"));
/// assert_eq!(filled.arguments().count(), 0);
/// ```
///
/// With the `serde` feature it is written as `{"code": "...", "message":
/// "...", "arguments": {"name": "value", ...}}` (`arguments` only when
/// there are any, each value as text). It is read back into `Formatted<E>`,
/// where a code the table does not have is an error as it is for `E`, or
/// into `Formatted<Code<E>>`, which keeps any code, as [`Code<E>`](Code)
/// does.
///
/// Building one allocates once for its text and the arguments' values and
/// once for the list of arguments (not at all for that without any);
/// displaying it allocates nothing.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Formatted<E> {
    variant: E,
    /// Each argument's value, end to end, then the text: one allocation.
    text: String,
    /// Where the text starts in `text`.
    text_start: usize,
    /// Each argument's placeholder, and where its value ends in `text`.
    arguments: Vec<(Cow<'static, str>, usize)>,
}

impl<E: ErrorCode> Formatted<E> {
    /// A code whose text has no placeholders: its template (its message,
    /// else its description).
    pub(crate) fn unfilled(variant: E) -> Self {
        Formatted {
            variant,
            text: String::from(template_text(variant)),
            text_start: 0,
            arguments: Vec::new(),
        }
    }

    /// The row: its code, description, message, module and typed columns.
    #[inline]
    pub fn variant(&self) -> E {
        self.variant
    }

    /// The code, exactly as in the table.
    #[inline]
    pub fn code(&self) -> &'static str {
        self.variant.code()
    }

    /// The text in the language `lang`: that language's template (chosen
    /// as [`ErrorCode::message_in`] and [`ErrorCode::description_in`]
    /// choose) filled with the same arguments. Every translation of a
    /// template takes the same placeholders, which the macro checks, so
    /// that one set of arguments fills them all.
    pub fn text_in(&self, lang: &str) -> Cow<'_, str> {
        let variant = self.variant;
        let pieces = variant.__pieces_in(lang);
        if pieces.is_empty() {
            if !variant.placeholders().is_empty() {
                // An enum that gives no template per language.
                return Cow::Borrowed(self.text());
            }
            let text = match variant.message() {
                Some(_) => variant.message_in(lang).unwrap_or_default(),
                None => variant.description_in(lang),
            };
            return Cow::Borrowed(text);
        }
        let placeholders = variant.placeholders();
        let mut text = String::new();
        for piece in pieces {
            match *piece {
                Piece::Text(piece) => text.push_str(piece),
                Piece::Slot(slot) => {
                    let value = placeholders.get(slot).and_then(|name| self.argument(name));
                    text.push_str(value.unwrap_or_default());
                }
            }
        }
        Cow::Owned(text)
    }
}

/// A formatted error as received: any code, known or not.
impl<E: ErrorCode> Formatted<Code<E>> {
    /// The code as received, known or not.
    #[inline]
    pub fn variant(&self) -> &Code<E> {
        &self.variant
    }

    /// The code as received.
    #[inline]
    pub fn code(&self) -> &str {
        self.variant.as_str()
    }

    /// The same error as a [`Formatted<E>`] when the table has its code,
    /// else itself back, unchanged.
    pub fn into_known(self) -> Result<Formatted<E>, Self> {
        match self.variant {
            Code::Known(variant) => Ok(Formatted {
                variant,
                text: self.text,
                text_start: self.text_start,
                arguments: self.arguments,
            }),
            Code::Unknown(_) => Err(self),
        }
    }

    /// The code as [`Code<E>`](Code), with the text and arguments left
    /// behind.
    #[inline]
    pub fn into_code(self) -> Code<E> {
        self.variant
    }

    /// A formatted error of the table, received with its text and
    /// arguments (read back from JSON, for example).
    pub fn received(
        code: Code<E>,
        text: String,
        arguments: impl IntoIterator<Item = (String, String)>,
    ) -> Self {
        let mut all = String::new();
        let arguments = arguments
            .into_iter()
            .map(|(name, value)| {
                all.push_str(&value);
                (Cow::Owned(name), all.len())
            })
            .collect();
        let text_start = all.len();
        all.push_str(&text);
        Formatted {
            variant: code,
            text: all,
            text_start,
            arguments,
        }
    }
}

impl<E: ErrorCode> From<Formatted<E>> for Formatted<Code<E>> {
    fn from(formatted: Formatted<E>) -> Self {
        Formatted {
            variant: Code::Known(formatted.variant),
            text: formatted.text,
            text_start: formatted.text_start,
            arguments: formatted.arguments,
        }
    }
}

impl<E> Formatted<E> {
    /// The filled text, without the code: plain text, markup removed.
    #[inline]
    pub fn text(&self) -> &str {
        self.text.get(self.text_start..).unwrap_or_default()
    }

    /// The filled text, without copying it.
    #[inline]
    pub fn into_text(self) -> String {
        let mut text = self.text;
        if self.text_start > 0 {
            text.drain(..self.text_start.min(text.len()));
            text.shrink_to_fit();
        }
        text
    }

    /// The arguments as `(placeholder, value)`, in the order the row's
    /// `placeholders()` lists them: names as written in the template,
    /// positional ones as `"0"`, `"1"`, ...; each value as it was
    /// displayed into the text.
    ///
    /// ```
    /// use error_codes_core::{ErrorCode, VbsError};
    ///
    /// let filled = VbsError::VolumeBackup0014.fill(&[]).unwrap();
    /// assert!(filled.arguments().next().is_none());
    /// ```
    pub fn arguments(&self) -> impl ExactSizeIterator<Item = (&str, &str)> + '_ {
        let mut start = 0;
        self.arguments.iter().map(move |(name, end)| {
            let value = self.text.get(start..*end).unwrap_or_default();
            start = *end;
            (name.as_ref(), value)
        })
    }

    /// The value of the argument named `name` (`"0"` for the first
    /// positional one).
    pub fn argument(&self, name: &str) -> Option<&str> {
        self.arguments()
            .find(|&(at, _)| at == name)
            .map(|(_, value)| value)
    }
}

impl<E: ErrorCode> fmt::Display for Formatted<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.variant.code())?;
        f.write_str(": ")?;
        f.write_str(self.text())
    }
}

impl<E: ErrorCode> fmt::Display for Formatted<Code<E>> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.variant.as_str())?;
        f.write_str(": ")?;
        f.write_str(self.text())
    }
}

impl<E: ErrorCode> fmt::Debug for Formatted<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        debug(f, &self.variant, self.variant.code(), self)
    }
}

impl<E: ErrorCode> fmt::Debug for Formatted<Code<E>> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        debug(f, &self.variant, self.variant.as_str(), self)
    }
}

fn debug<T>(
    f: &mut fmt::Formatter<'_>,
    variant: &dyn fmt::Debug,
    code: &str,
    formatted: &Formatted<T>,
) -> fmt::Result {
    f.debug_struct("Formatted")
        .field("variant", variant)
        .field("code", &code)
        .field("text", &formatted.text())
        .field("arguments", &Listed(formatted))
        .finish()
}

/// The arguments as `Debug` shows them: `[("name", "value"), ...]`.
struct Listed<'a, T>(&'a Formatted<T>);

impl<T> fmt::Debug for Listed<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.0.arguments()).finish()
    }
}

/// The text of a code sent without arguments: its template, which is its
/// `message` where it has one, else its description.
pub(crate) fn template_text<E: ErrorCode>(variant: E) -> &'static str {
    variant.message().unwrap_or_else(|| variant.description())
}

/// [`template_text`] in the language `lang`, chosen as the `_in`
/// accessors choose.
#[cfg(any(feature = "problem", feature = "tonic"))]
pub(crate) fn template_in<E: ErrorCode>(variant: E, lang: &str) -> &'static str {
    variant
        .message_in(lang)
        .unwrap_or_else(|| variant.description_in(lang))
}

impl<E: ErrorCode> core::error::Error for Formatted<E> {}

impl<E: ErrorCode> core::error::Error for Formatted<Code<E>> {}

/// Arguments that do not fit a code's placeholders, from the generated
/// `fill`: the code takes one argument per placeholder, no more, no fewer.
///
/// ```
/// use error_codes_core::VbsError;
///
/// let error = VbsError::VolumeBackup0014.fill(&[&"extra"]).unwrap_err();
/// assert_eq!((error.takes(), error.got()), (0, 1));
/// assert_eq!(
///     error.to_string(),
///     r#"code "VolumeBackup.0014" takes no arguments, got 1"#
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ArgumentError {
    code: &'static str,
    placeholders: &'static [&'static str],
    got: usize,
}

impl ArgumentError {
    /// `Ok` when `got` arguments fit `placeholders`, one each.
    pub(crate) fn check(
        code: &'static str,
        placeholders: &'static [&'static str],
        got: usize,
    ) -> Result<(), ArgumentError> {
        if got == placeholders.len() {
            Ok(())
        } else {
            Err(ArgumentError {
                code,
                placeholders,
                got,
            })
        }
    }

    /// The code that was given the arguments.
    pub fn code(&self) -> &'static str {
        self.code
    }

    /// The code's placeholders, in the order its arguments are given.
    pub fn placeholders(&self) -> &'static [&'static str] {
        self.placeholders
    }

    /// How many arguments the code takes.
    pub fn takes(&self) -> usize {
        self.placeholders.len()
    }

    /// How many it was given.
    pub fn got(&self) -> usize {
        self.got
    }
}

impl fmt::Display for ArgumentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "code {:?} takes ", self.code)?;
        match self.placeholders {
            [] => f.write_str("no arguments")?,
            [one] => write!(f, "1 argument ({{{one}}})")?,
            several => {
                write!(f, "{} arguments (", several.len())?;
                for (at, placeholder) in several.iter().enumerate() {
                    let comma = if at == 0 { "" } else { ", " };
                    write!(f, "{comma}{{{placeholder}}}")?;
                }
                f.write_str(")")?;
            }
        }
        write!(f, ", got {}", self.got)
    }
}

impl core::error::Error for ArgumentError {}

/// A piece of a row's template, as the generated code stores it.
#[doc(hidden)]
#[derive(Debug, Clone, Copy)]
pub enum Piece {
    /// Text shown as it is.
    Text(&'static str),
    /// The argument of this slot (an index into the row's placeholders).
    Slot(usize),
}

/// What the generated code tells [`fill`] and [`fill_slots`] about a row.
#[doc(hidden)]
pub trait Template: ErrorCode {
    /// The row's template; empty for a row without placeholders.
    fn pieces(&self) -> &'static [Piece];
}

/// The generated `fill`: one argument per placeholder, in
/// `placeholders()` order.
#[doc(hidden)]
pub fn fill<E: Template>(value: E, args: &[&dyn Display]) -> Result<Formatted<E>, ArgumentError> {
    ArgumentError::check(value.code(), value.placeholders(), args.len())?;
    Ok(build(value, |slot| args.get(slot).copied()))
}

/// The checked-code macro's fill: each argument with its slot, in the
/// order the caller wrote them (and so evaluated them); the macro has
/// checked that every slot has one argument.
#[doc(hidden)]
pub fn fill_slots<E: Template>(value: E, args: &[(&dyn Display, usize)]) -> Formatted<E> {
    build(value, |slot| {
        args.iter()
            .find(|&&(_, at)| at == slot)
            .map(|&(arg, _)| arg)
    })
}

/// The arguments' values and the filled text in one allocation, and the
/// list of arguments in another (none without arguments). Each argument is
/// displayed twice: once into a counter to learn its length, so that the
/// string has exactly the capacity it needs, and once into the string; the
/// text then copies each value from there, as often as the template
/// names it. An argument whose `Display` fails adds what it wrote before
/// failing.
fn build<'a, E: Template>(
    value: E,
    arg: impl Fn(usize) -> Option<&'a dyn Display>,
) -> Formatted<E> {
    let pieces = value.pieces();
    if pieces.is_empty() {
        return Formatted::unfilled(value);
    }
    let placeholders = value.placeholders();
    // First each value's length, in the list that will hold its end.
    let mut arguments: Vec<(Cow<'static, str>, usize)> = placeholders
        .iter()
        .enumerate()
        .map(|(slot, &name)| {
            let mut length = Count(0);
            if let Some(arg) = arg(slot) {
                let _ = write!(length, "{arg}");
            }
            (Cow::Borrowed(name), length.0)
        })
        .collect();
    let values: usize = arguments.iter().map(|&(_, length)| length).sum();
    let text_length: usize = pieces
        .iter()
        .map(|piece| match *piece {
            Piece::Text(text) => text.len(),
            Piece::Slot(slot) => arguments.get(slot).map_or(0, |&(_, length)| length),
        })
        .sum();
    let mut text = String::with_capacity(values.saturating_add(text_length));
    for (slot, (_, end)) in arguments.iter_mut().enumerate() {
        if let Some(arg) = arg(slot) {
            let _ = write!(text, "{arg}");
        }
        *end = text.len();
    }
    let text_start = text.len();
    for piece in pieces {
        match *piece {
            Piece::Text(piece) => text.push_str(piece),
            Piece::Slot(slot) => {
                let start = match slot.checked_sub(1) {
                    Some(previous) => arguments.get(previous).map_or(0, |&(_, end)| end),
                    None => 0,
                };
                if let Some(&(_, end)) = arguments.get(slot) {
                    text.extend_from_within(start..end);
                }
            }
        }
    }
    Formatted {
        variant: value,
        text,
        text_start,
        arguments,
    }
}

/// A writer that only counts bytes.
struct Count(usize);

impl Write for Count {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.0 = self.0.saturating_add(s.len());
        Ok(())
    }
}

/// The items of a table stored end to end, `ends` holding where each
/// row's ends (a little-endian `u32` per row): the row's placeholders or
/// pieces, empty past the end, never a panic.
#[doc(hidden)]
#[inline]
pub const fn slice<T>(items: &'static [T], ends: &[u8], index: usize) -> &'static [T] {
    let start = match index.checked_sub(1) {
        Some(previous) => error_codes_lookup::strings::u32_at(ends, previous),
        None => Some(0),
    };
    let (Some(start), Some(end)) = (start, error_codes_lookup::strings::u32_at(ends, index)) else {
        return &[];
    };
    match items.split_at_checked(start as usize) {
        Some((_, rest)) => match rest.split_at_checked(end.saturating_sub(start) as usize) {
            Some((row, _)) => row,
            None => &[],
        },
        None => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::ToString;

    #[test]
    fn argument_errors_say_what_the_code_takes() {
        let error = |placeholders, got| ArgumentError {
            code: "A.1",
            placeholders,
            got,
        };
        assert_eq!(
            error(&["0"], 2).to_string(),
            r#"code "A.1" takes 1 argument ({0}), got 2"#
        );
        assert_eq!(
            error(&["0", "name"], 0).to_string(),
            r#"code "A.1" takes 2 arguments ({0}, {name}), got 0"#
        );
    }

    #[test]
    fn rows_slice_by_their_ends() {
        static ITEMS: [&str; 3] = ["0", "1", "name"];
        let ends = b"\x02\0\0\0\x02\0\0\0\x03\0\0\0";
        assert_eq!(slice(&ITEMS, ends, 0), ["0", "1"]);
        assert_eq!(slice(&ITEMS, ends, 1), [""; 0]);
        assert_eq!(slice(&ITEMS, ends, 2), ["name"]);
        assert_eq!(slice(&ITEMS, ends, 3), [""; 0]);
        assert_eq!(slice(&ITEMS, b"\x09\0\0\0", 0), [""; 0]);
    }
}
