//! RFC 9457 problem details, behind the `problem` feature: the body of an
//! HTTP error answer (`application/problem+json`) built from a row of the
//! table, and read back from any service's answer.

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

use crate::formatted::template_text;
use crate::{Code, ErrorCode, Formatted};

/// The media type of a problem details body (RFC 9457, section 3).
pub const PROBLEM_JSON: &str = "application/problem+json";

/// The `type` of a problem with no page of its own (RFC 9457, section
/// 4.2.1): its `title` is then the HTTP status's reason phrase.
pub const ABOUT_BLANK: &str = "about:blank";

/// An RFC 9457 problem details body, from a code of the table or read from
/// an answer.
///
/// From a code (`Problem::from(error)`, or from a
/// [`Formatted`](crate::Formatted) error, which adds its arguments):
/// - `type` is the code's [`docs_url`](ErrorCode::docs_url) and `title` its
///   [`description`](ErrorCode::description); without a page, `type` is
///   `"about:blank"` and `title` the status's reason phrase (`"Not
///   Found"`; `"Internal Server Error"` for a row without a status), as the
///   RFC asks;
/// - `status` is the row's [`http_status`](ErrorCode::http_status), absent
///   when it has none;
/// - `detail` is the filled text, else the row's `message`, else its
///   description;
/// - the extension members `code` (the code) and `arguments` (the
///   arguments by placeholder name, as text, only when there are any).
///
/// No member is ever written as `null`. Reading takes any RFC 9457 body:
/// members it does not know are left aside, a member of the wrong type is
/// ignored (as the RFC asks), a missing one is absent.
///
/// ```
/// use error_codes_core::{Problem, VbsError};
///
/// let problem = Problem::from(VbsError::VolumeBackup0014).with_instance("/backups/7");
/// assert_eq!(problem.type_uri(), "about:blank");
/// assert_eq!(problem.title(), Some("Internal Server Error")); // no status column
/// assert_eq!(problem.status(), None);
/// assert_eq!(problem.detail(), Some("The task could not be submitted."));
/// assert_eq!(problem.code::<VbsError>().unwrap(), VbsError::VolumeBackup0014);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Problem {
    type_uri: Option<String>,
    title: Option<String>,
    status: Option<u16>,
    detail: Option<String>,
    instance: Option<String>,
    code: Option<String>,
    arguments: Vec<(String, String)>,
}

impl Problem {
    fn of<E: ErrorCode>(variant: E, detail: &str, arguments: Vec<(String, String)>) -> Problem {
        let status = variant.http_status();
        let (type_uri, title) = match variant.docs_url() {
            Some(url) => (url, Some(variant.description())),
            None => (ABOUT_BLANK, reason(status.unwrap_or(500))),
        };
        Problem {
            type_uri: Some(type_uri.into()),
            title: title.map(String::from),
            status,
            detail: Some(detail.into()),
            instance: None,
            code: Some(variant.code().into()),
            arguments,
        }
    }

    /// The same problem with `instance`: the URI of this occurrence.
    pub fn with_instance(mut self, uri: impl Into<String>) -> Self {
        self.instance = Some(uri.into());
        self
    }

    /// `type`: a URI of the problem's kind, `"about:blank"` when the body
    /// has none (RFC 9457, section 3.1.1).
    pub fn type_uri(&self) -> &str {
        self.type_uri.as_deref().unwrap_or(ABOUT_BLANK)
    }

    /// `title`: a short summary of the problem's kind.
    pub fn title(&self) -> Option<&str> {
        self.title.as_deref()
    }

    /// `status`: the HTTP status.
    pub fn status(&self) -> Option<u16> {
        self.status
    }

    /// `detail`: what happened this time, for people.
    pub fn detail(&self) -> Option<&str> {
        self.detail.as_deref()
    }

    /// `instance`: a URI of this occurrence.
    pub fn instance(&self) -> Option<&str> {
        self.instance.as_deref()
    }

    /// The extension member `code`, as received.
    pub fn code_str(&self) -> Option<&str> {
        self.code.as_deref()
    }

    /// The code as a [`Code<E>`](Code), known to the table or not; `None`
    /// when the body has no `code` member.
    pub fn code<E: ErrorCode>(&self) -> Option<Code<E>> {
        self.code.as_deref().map(Code::new)
    }

    /// The extension member `arguments`: `(placeholder, value)` in the
    /// order written.
    pub fn arguments(&self) -> impl ExactSizeIterator<Item = (&str, &str)> + '_ {
        self.arguments
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_str()))
    }

    /// The value of the argument named `name`.
    pub fn argument(&self, name: &str) -> Option<&str> {
        self.arguments()
            .find(|&(at, _)| at == name)
            .map(|(_, value)| value)
    }

    /// The code, text and arguments as a [`Formatted<Code<E>>`], where the
    /// body has a `code`: the text is `detail` (empty without one).
    pub fn into_formatted<E: ErrorCode>(self) -> Option<Formatted<Code<E>>> {
        let code = self.code.map(Code::from)?;
        Some(Formatted::received(
            code,
            self.detail.unwrap_or_default(),
            self.arguments,
        ))
    }
}

impl<E: ErrorCode> Formatted<E> {
    /// The problem in the language `lang` (a BCP 47 tag, such as
    /// [`ErrorCode::negotiate`] picks from a request's `Accept-Language`):
    /// `detail` is [`text_in`](Formatted::text_in), and a `title` from the
    /// row (where it has a `docs_url`) is
    /// [`description_in`](ErrorCode::description_in); a status's reason
    /// phrase stays as HTTP gives it. Answer with a `Content-Language`
    /// header of [`language_of`](crate::language_of) the same tag.
    pub fn problem_in(&self, lang: &str) -> Problem {
        let arguments = self
            .arguments()
            .map(|(name, value)| (name.into(), value.into()))
            .collect();
        in_language(self.variant(), &self.text_in(lang), arguments, lang)
    }
}

/// The problem of `variant` with `detail`, already in the language
/// `lang`, and the title in it too where the row has a page.
pub(crate) fn in_language<E: ErrorCode>(
    variant: E,
    detail: &str,
    arguments: Vec<(String, String)>,
    lang: &str,
) -> Problem {
    let mut problem = Problem::of(variant, detail, arguments);
    if variant.docs_url().is_some() {
        problem.title = Some(variant.description_in(lang).into());
    }
    problem
}

/// The reason phrase of `status`, from the `http` crate's table.
fn reason(status: u16) -> Option<&'static str> {
    http::StatusCode::from_u16(status)
        .ok()
        .and_then(|status| status.canonical_reason())
}

impl<E: ErrorCode> From<E> for Problem {
    fn from(variant: E) -> Self {
        Problem::of(variant, template_text(variant), Vec::new())
    }
}

impl<E: ErrorCode> From<Formatted<E>> for Problem {
    fn from(formatted: Formatted<E>) -> Self {
        let arguments = formatted
            .arguments()
            .map(|(name, value)| (name.into(), value.into()))
            .collect();
        Problem::of(formatted.variant(), formatted.text(), arguments)
    }
}

impl<E: ErrorCode> From<&Formatted<E>> for Problem {
    fn from(formatted: &Formatted<E>) -> Self {
        let arguments = formatted
            .arguments()
            .map(|(name, value)| (name.into(), value.into()))
            .collect();
        Problem::of(formatted.variant(), formatted.text(), arguments)
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(code) = &self.code {
            write!(f, "{code}: ")?;
        }
        match (&self.detail, &self.title) {
            (Some(text), _) | (None, Some(text)) => f.write_str(text),
            (None, None) => f.write_str(self.type_uri()),
        }
    }
}

impl core::error::Error for Problem {}

impl Serialize for Problem {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        if let Some(type_uri) = &self.type_uri {
            map.serialize_entry("type", type_uri)?;
        }
        if let Some(title) = &self.title {
            map.serialize_entry("title", title)?;
        }
        if let Some(status) = self.status {
            map.serialize_entry("status", &status)?;
        }
        if let Some(detail) = &self.detail {
            map.serialize_entry("detail", detail)?;
        }
        if let Some(instance) = &self.instance {
            map.serialize_entry("instance", instance)?;
        }
        if let Some(code) = &self.code {
            map.serialize_entry("code", code)?;
        }
        if !self.arguments.is_empty() {
            map.serialize_entry("arguments", &Arguments(&self.arguments))?;
        }
        map.end()
    }
}

struct Arguments<'a>(&'a [(String, String)]);

impl Serialize for Arguments<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(name, value)| (name, value)))
    }
}

/// Any JSON object: the members RFC 9457 defines and ours, each kept only
/// when of its type.
impl<'de> Deserialize<'de> for Problem {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(ProblemVisitor)
    }
}

struct ProblemVisitor;

impl<'de> Visitor<'de> for ProblemVisitor {
    type Value = Problem;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a problem details object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Problem, A::Error> {
        let mut problem = Problem::default();
        while let Some(key) = map.next_key::<String>()? {
            // A member given twice: the last one counts, as most JSON
            // readers take it.
            match key.as_str() {
                "type" => problem.type_uri = map.next_value::<Lenient>()?.text(),
                "title" => problem.title = map.next_value::<Lenient>()?.text(),
                "status" => problem.status = map.next_value::<Lenient>()?.status(),
                "detail" => problem.detail = map.next_value::<Lenient>()?.text(),
                "instance" => problem.instance = map.next_value::<Lenient>()?.text(),
                "code" => problem.code = map.next_value::<Lenient>()?.code(),
                "arguments" => problem.arguments = map.next_value::<LenientMap>()?.0,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(problem)
    }
}

/// A member's value of any type: what a member of the wrong type reads as,
/// so that it is ignored rather than an error.
enum Lenient {
    Text(String),
    Unsigned(u64),
    Signed(i64),
    Other,
}

impl Lenient {
    fn text(self) -> Option<String> {
        match self {
            Lenient::Text(text) => Some(text),
            _ => None,
        }
    }

    fn status(self) -> Option<u16> {
        match self {
            Lenient::Unsigned(status) => u16::try_from(status)
                .ok()
                .filter(|status| (100..=599).contains(status)),
            _ => None,
        }
    }

    /// A code as text, or a number as its decimal text (gRPC's codes).
    fn code(self) -> Option<String> {
        use alloc::string::ToString;
        match self {
            Lenient::Text(text) => Some(text),
            Lenient::Unsigned(number) => Some(number.to_string()),
            Lenient::Signed(number) => Some(number.to_string()),
            Lenient::Other => None,
        }
    }
}

impl<'de> Deserialize<'de> for Lenient {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(LenientVisitor)
    }
}

struct LenientVisitor;

impl<'de> Visitor<'de> for LenientVisitor {
    type Value = Lenient;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any value")
    }

    fn visit_str<Er: de::Error>(self, text: &str) -> Result<Lenient, Er> {
        Ok(Lenient::Text(text.into()))
    }

    fn visit_string<Er: de::Error>(self, text: String) -> Result<Lenient, Er> {
        Ok(Lenient::Text(text))
    }

    fn visit_u64<Er: de::Error>(self, number: u64) -> Result<Lenient, Er> {
        Ok(Lenient::Unsigned(number))
    }

    fn visit_i64<Er: de::Error>(self, number: i64) -> Result<Lenient, Er> {
        Ok(match u64::try_from(number) {
            Ok(number) => Lenient::Unsigned(number),
            Err(_) => Lenient::Signed(number),
        })
    }

    fn visit_f64<Er: de::Error>(self, _: f64) -> Result<Lenient, Er> {
        Ok(Lenient::Other)
    }

    fn visit_bool<Er: de::Error>(self, _: bool) -> Result<Lenient, Er> {
        Ok(Lenient::Other)
    }

    fn visit_unit<Er: de::Error>(self) -> Result<Lenient, Er> {
        Ok(Lenient::Other)
    }

    fn visit_none<Er: de::Error>(self) -> Result<Lenient, Er> {
        Ok(Lenient::Other)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Lenient, D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Lenient, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Lenient::Other)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Lenient, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Lenient::Other)
    }
}

/// `arguments`: an object's members whose values are text, in the order
/// written; anything else reads as none.
struct LenientMap(Vec<(String, String)>);

impl<'de> Deserialize<'de> for LenientMap {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct MapVisitor;
        impl<'de> Visitor<'de> for MapVisitor {
            type Value = LenientMap;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object of arguments")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<LenientMap, A::Error> {
                let mut entries = Vec::new();
                while let Some((name, value)) = map.next_entry::<String, Lenient>()? {
                    if let Some(value) = value.text() {
                        entries.push((name, value));
                    }
                }
                Ok(LenientMap(entries))
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<LenientMap, A::Error> {
                LenientVisitor
                    .visit_seq(seq)
                    .map(|_| LenientMap(Vec::new()))
            }
            fn visit_str<Er: de::Error>(self, _: &str) -> Result<LenientMap, Er> {
                Ok(LenientMap(Vec::new()))
            }
            fn visit_u64<Er: de::Error>(self, _: u64) -> Result<LenientMap, Er> {
                Ok(LenientMap(Vec::new()))
            }
            fn visit_i64<Er: de::Error>(self, _: i64) -> Result<LenientMap, Er> {
                Ok(LenientMap(Vec::new()))
            }
            fn visit_f64<Er: de::Error>(self, _: f64) -> Result<LenientMap, Er> {
                Ok(LenientMap(Vec::new()))
            }
            fn visit_bool<Er: de::Error>(self, _: bool) -> Result<LenientMap, Er> {
                Ok(LenientMap(Vec::new()))
            }
            fn visit_unit<Er: de::Error>(self) -> Result<LenientMap, Er> {
                Ok(LenientMap(Vec::new()))
            }
        }
        deserializer.deserialize_any(MapVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::Problem;

    #[test]
    fn reason_phrases_come_from_the_status() {
        assert_eq!(super::reason(404), Some("Not Found"));
        assert_eq!(super::reason(500), Some("Internal Server Error"));
        assert_eq!(super::reason(499), None);
        assert_eq!(Problem::default().type_uri(), "about:blank");
    }
}
