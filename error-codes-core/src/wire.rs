//! serde for the generated enums and [`Code`], behind the `serde` feature.
//!
//! A value is written as its code string. It is read from a string, and in
//! human-readable formats (JSON, YAML, TOML, ...) also from an integer whose
//! decimal text is the code, so that gRPC's `{"code": 5}` reads as the code
//! `"5"`. Compact formats (postcard, bincode, ...) are asked for a string,
//! as most of them cannot say what comes next.
//!
//! The generic work is done here, once; each enum gets two impls of one
//! call each, written by [`__serde_impls!`](crate::__serde_impls), which the
//! generated code invokes whatever the features and which is empty when the
//! feature is off. So the user's crate needs no serde of its own, and
//! without the feature nothing of serde is emitted or compiled.

use alloc::string::String;
use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, Deserializer, Unexpected, Visitor};
use serde::ser::{Serialize, Serializer};

use crate::code::table_name;
use crate::echo::Echo;
use crate::{Code, ErrorCode, Formatted};

/// `Serialize` of a generated enum: its code.
#[inline]
pub fn serialize<E: ErrorCode, S: Serializer>(value: &E, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(value.code())
}

/// `Deserialize` of a generated enum: a code of its table, or an error that
/// names the code and the enum.
pub fn deserialize<'de, E: ErrorCode, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<E, D::Error> {
    let visitor = KnownVisitor(PhantomData);
    if deserializer.is_human_readable() {
        deserializer.deserialize_any(visitor)
    } else {
        deserializer.deserialize_str(visitor)
    }
}

/// Written as its text, known or not.
impl<E: ErrorCode> Serialize for Code<E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// `{"code": "...", "message": "..."}`: the code and the filled text
/// (plain text, as [`Formatted::text`]).
impl<E: ErrorCode> Serialize for Formatted<E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut message = serializer.serialize_struct("Formatted", 2)?;
        message.serialize_field("code", self.code())?;
        message.serialize_field("message", self.text())?;
        message.end()
    }
}

/// Never fails for a string: a code the table does not have is kept as
/// [`Code::Unknown`], reusing the format's own `String` when it hands one
/// over.
impl<'de, E: ErrorCode> serde::Deserialize<'de> for Code<E> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let visitor = CodeVisitor(PhantomData);
        if deserializer.is_human_readable() {
            deserializer.deserialize_any(visitor)
        } else {
            deserializer.deserialize_string(visitor)
        }
    }
}

struct KnownVisitor<E>(PhantomData<E>);

impl<E: ErrorCode> KnownVisitor<E> {
    fn find<Er: de::Error>(code: &str, shown: fmt::Arguments<'_>) -> Result<E, Er> {
        E::from_code(code)
            .ok_or_else(|| Er::custom(format_args!("unknown {} code {shown}", table_name::<E>())))
    }
}

impl<E: ErrorCode> Visitor<'_> for KnownVisitor<E> {
    type Value = E;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a {} code", table_name::<E>())
    }

    fn visit_str<Er: de::Error>(self, code: &str) -> Result<E, Er> {
        // A bounded echo: the message of a 10 MB code is not 10 MB.
        Self::find(code, format_args!("{}", Echo::new(code)))
    }

    fn visit_bytes<Er: de::Error>(self, bytes: &[u8]) -> Result<E, Er> {
        match core::str::from_utf8(bytes) {
            Ok(code) => self.visit_str(code),
            Err(_) => Err(Er::invalid_value(Unexpected::Bytes(bytes), &self)),
        }
    }

    fn visit_u64<Er: de::Error>(self, number: u64) -> Result<E, Er> {
        Self::find(
            Decimal::new(false, number).as_str(),
            format_args!("{number}"),
        )
    }

    fn visit_i64<Er: de::Error>(self, number: i64) -> Result<E, Er> {
        let decimal = Decimal::new(number < 0, number.unsigned_abs());
        Self::find(decimal.as_str(), format_args!("{number}"))
    }
}

struct CodeVisitor<E>(PhantomData<E>);

impl<E: ErrorCode> Visitor<'_> for CodeVisitor<E> {
    type Value = Code<E>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a {} code or any other string", table_name::<E>())
    }

    fn visit_str<Er: de::Error>(self, code: &str) -> Result<Code<E>, Er> {
        Ok(Code::new(code))
    }

    fn visit_string<Er: de::Error>(self, code: String) -> Result<Code<E>, Er> {
        Ok(Code::from(code))
    }

    fn visit_bytes<Er: de::Error>(self, bytes: &[u8]) -> Result<Code<E>, Er> {
        match core::str::from_utf8(bytes) {
            Ok(code) => Ok(Code::new(code)),
            Err(_) => Err(Er::invalid_value(Unexpected::Bytes(bytes), &self)),
        }
    }

    fn visit_byte_buf<Er: de::Error>(self, bytes: alloc::vec::Vec<u8>) -> Result<Code<E>, Er> {
        match String::from_utf8(bytes) {
            Ok(code) => Ok(Code::from(code)),
            Err(error) => Err(Er::invalid_value(
                Unexpected::Bytes(error.as_bytes()),
                &self,
            )),
        }
    }

    fn visit_u64<Er: de::Error>(self, number: u64) -> Result<Code<E>, Er> {
        Ok(Code::new(Decimal::new(false, number).as_str()))
    }

    fn visit_i64<Er: de::Error>(self, number: i64) -> Result<Code<E>, Er> {
        Ok(Code::new(
            Decimal::new(number < 0, number.unsigned_abs()).as_str(),
        ))
    }
}

/// An integer's decimal text on the stack: a lookup by number costs no
/// allocation. 20 bytes hold `u64::MAX` and `-9223372036854775808`; one
/// more keeps any sign and magnitude in bounds.
struct Decimal {
    bytes: [u8; 21],
    start: usize,
}

impl Decimal {
    fn new(negative: bool, mut magnitude: u64) -> Decimal {
        let mut bytes = [0; 21];
        let mut start = bytes.len();
        loop {
            start -= 1;
            bytes[start] = b'0' + (magnitude % 10) as u8;
            magnitude /= 10;
            if magnitude == 0 {
                break;
            }
        }
        if negative {
            start -= 1;
            bytes[start] = b'-';
        }
        Decimal { bytes, start }
    }

    fn as_str(&self) -> &str {
        // ASCII digits and a sign: always UTF-8.
        core::str::from_utf8(&self.bytes[self.start..]).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::Decimal;
    use alloc::string::ToString;

    #[test]
    fn decimal_writes_integers_as_display_does() {
        for number in [0, 1, 9, 10, 42, 1000, i64::MAX, i64::MIN, -1, -10] {
            let decimal = Decimal::new(number < 0, number.unsigned_abs());
            assert_eq!(decimal.as_str(), number.to_string());
        }
        for number in [u64::MAX, u64::MAX / 10, 1 << 63] {
            assert_eq!(Decimal::new(false, number).as_str(), number.to_string());
        }
    }
}
