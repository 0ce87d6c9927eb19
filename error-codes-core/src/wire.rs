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
use alloc::vec::Vec;
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

/// `{"code": "...", "message": "...", "arguments": {...}}`: the code, the
/// filled text (plain text, as [`Formatted::text`]) and, when there are
/// any, the arguments by placeholder name, each as text.
impl<E: ErrorCode> Serialize for Formatted<E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        formatted(self.code(), self, serializer)
    }
}

/// As [`Formatted<E>`] is written, with the code as received.
impl<E: ErrorCode> Serialize for Formatted<Code<E>> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        formatted(self.code(), self, serializer)
    }
}

fn formatted<T, S: Serializer>(
    code: &str,
    value: &Formatted<T>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeStruct;
    let has_arguments = value.arguments().len() > 0;
    let mut message = serializer.serialize_struct("Formatted", 2 + usize::from(has_arguments))?;
    message.serialize_field("code", code)?;
    message.serialize_field("message", value.text())?;
    if has_arguments {
        message.serialize_field("arguments", &Arguments(value))?;
    } else {
        message.skip_field("arguments")?;
    }
    message.end()
}

/// The arguments as a map, in placeholder order.
struct Arguments<'a, T>(&'a Formatted<T>);

impl<T> Serialize for Arguments<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.arguments())
    }
}

/// Reads what [`Formatted<E>`]'s `Serialize` writes; a code the table does
/// not have is an error naming it, as it is for `E`.
impl<'de, E: ErrorCode> serde::Deserialize<'de> for Formatted<E> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Formatted::<Code<E>>::deserialize(deserializer)?
            .into_known()
            .map_err(|unknown| {
                de::Error::custom(format_args!(
                    "unknown {} code {}",
                    table_name::<E>(),
                    Echo::new(unknown.code())
                ))
            })
    }
}

/// Reads what [`Formatted<E>`]'s `Serialize` writes, keeping any code as
/// [`Code<E>`] does; members other than `code`, `message` and `arguments`
/// are left aside.
impl<'de, E: ErrorCode> serde::Deserialize<'de> for Formatted<Code<E>> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_struct(
            "Formatted",
            &["code", "message", "arguments"],
            FormattedVisitor(PhantomData),
        )
    }
}

struct FormattedVisitor<E>(PhantomData<E>);

impl<'de, E: ErrorCode> Visitor<'de> for FormattedVisitor<E> {
    type Value = Formatted<Code<E>>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a {} code with its message", table_name::<E>())
    }

    fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut code: Option<Code<E>> = None;
        let mut message: Option<String> = None;
        let mut arguments: Option<Vec<(String, String)>> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key {
                Key::Code if code.is_none() => code = Some(map.next_value()?),
                Key::Message if message.is_none() => message = Some(map.next_value()?),
                Key::Arguments if arguments.is_none() => {
                    arguments = Some(map.next_value::<StringMap>()?.0);
                }
                Key::Code => return Err(de::Error::duplicate_field("code")),
                Key::Message => return Err(de::Error::duplicate_field("message")),
                Key::Arguments => return Err(de::Error::duplicate_field("arguments")),
                Key::Other => {
                    map.next_value::<de::IgnoredAny>()?;
                }
            }
        }
        let code = code.ok_or_else(|| de::Error::missing_field("code"))?;
        let message = message.ok_or_else(|| de::Error::missing_field("message"))?;
        Ok(Formatted::received(
            code,
            message,
            arguments.unwrap_or_default(),
        ))
    }
}

/// A member of a formatted error's map.
enum Key {
    Code,
    Message,
    Arguments,
    Other,
}

impl<'de> serde::Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl Visitor<'_> for KeyVisitor {
            type Value = Key;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a member name")
            }
            fn visit_str<Er: de::Error>(self, key: &str) -> Result<Key, Er> {
                Ok(match key {
                    "code" => Key::Code,
                    "message" => Key::Message,
                    "arguments" => Key::Arguments,
                    _ => Key::Other,
                })
            }
        }
        deserializer.deserialize_identifier(KeyVisitor)
    }
}

/// A map of strings to strings, in the order read.
pub(crate) struct StringMap(pub(crate) Vec<(String, String)>);

impl<'de> serde::Deserialize<'de> for StringMap {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct MapVisitor;
        impl<'de> Visitor<'de> for MapVisitor {
            type Value = StringMap;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a map of argument names to their values")
            }
            fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<StringMap, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry::<String, String>()? {
                    entries.push(entry);
                }
                Ok(StringMap(entries))
            }
        }
        deserializer.deserialize_map(MapVisitor)
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
