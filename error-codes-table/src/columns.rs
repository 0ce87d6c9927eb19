//! Typed columns: `columns(http_status: u16, reason: &str, ...)` in the
//! attribute, each cell of those columns converted and checked while the
//! table is read, so that a bad cell names its line, column and value.
//!
//! A front end parses the declarations (`error-codes-codegen`'s
//! `columns.rs`, from the attribute's tokens); what the rules need of them
//! ([`ColumnSpec`]) holds no tokens, so cell conversion is plain strings.

use heck::ToUpperCamelCase;

/// A declared column as the parser sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct ColumnSpec {
    /// The accessor's name, which is also the heading it matches unless
    /// `heading` is given.
    pub name: String,
    /// `name: Type = "Heading"`.
    pub heading: Option<String>,
    pub kind: Kind,
    /// `Option<T>`: an empty cell is `None`.
    pub optional: bool,
    /// The type as written, for messages (`u16`, `Severity`).
    pub type_name: String,
}

/// What a cell holds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Kind {
    Bool,
    Int(Int),
    F32,
    F64,
    Char,
    Str,
    /// A variant of the user's enum, named in UpperCamelCase.
    Variant,
}

/// Every integer type, with its range and width.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Int {
    I8,
    I16,
    I32,
    I64,
    I128,
    Isize,
    U8,
    U16,
    U32,
    U64,
    U128,
    Usize,
}

impl Int {
    /// Every integer type.
    pub const ALL: [Int; 12] = [
        Int::I8,
        Int::I16,
        Int::I32,
        Int::I64,
        Int::I128,
        Int::Isize,
        Int::U8,
        Int::U16,
        Int::U32,
        Int::U64,
        Int::U128,
        Int::Usize,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Int::I8 => "i8",
            Int::I16 => "i16",
            Int::I32 => "i32",
            Int::I64 => "i64",
            Int::I128 => "i128",
            Int::Isize => "isize",
            Int::U8 => "u8",
            Int::U16 => "u16",
            Int::U32 => "u32",
            Int::U64 => "u64",
            Int::U128 => "u128",
            Int::Usize => "usize",
        }
    }

    /// Bytes per value in the generated table. `isize` and `usize` are
    /// stored as 64 bits; the generated code asserts that the target's
    /// holds every value of the column.
    pub fn width(self) -> usize {
        match self {
            Int::I8 | Int::U8 => 1,
            Int::I16 | Int::U16 => 2,
            Int::I32 | Int::U32 => 4,
            Int::I64 | Int::U64 | Int::Isize | Int::Usize => 8,
            Int::I128 | Int::U128 => 16,
        }
    }

    /// The type the table stores: `isize` and `usize` as 64 bits.
    pub fn stored(self) -> &'static str {
        match self {
            Int::Isize => "i64",
            Int::Usize => "u64",
            other => other.name(),
        }
    }

    fn min(self) -> i128 {
        match self {
            Int::I8 => i8::MIN.into(),
            Int::I16 => i16::MIN.into(),
            Int::I32 => i32::MIN.into(),
            Int::I64 | Int::Isize => i64::MIN.into(),
            Int::I128 => i128::MIN,
            _ => 0,
        }
    }

    fn max(self) -> u128 {
        match self {
            Int::I8 => i8::MAX as u128,
            Int::I16 => i16::MAX as u128,
            Int::I32 => i32::MAX as u128,
            Int::I64 | Int::Isize => i64::MAX as u128,
            Int::I128 => i128::MAX as u128,
            Int::U8 => u8::MAX.into(),
            Int::U16 => u16::MAX.into(),
            Int::U32 => u32::MAX.into(),
            Int::U64 | Int::Usize => u64::MAX.into(),
            Int::U128 => u128::MAX,
        }
    }
}

/// A converted cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// An empty cell of an `Option` column.
    None,
    Bool(bool),
    /// An integer; values above `i128::MAX` (only `u128` has them) are
    /// [`Value::Big`].
    Int(i128),
    Big(u128),
    F32(f32),
    F64(f64),
    Char(char),
    Str(String),
    /// A cell of a column of the user's enum type.
    Variant {
        /// The variant's name, already an identifier.
        name: String,
        /// The cell as written (`not ok` for `NotOk`), so that the error
        /// when the enum has no such variant can quote it.
        cell: String,
    },
}

impl Value {
    /// Appends the value's little-endian bytes in a table of `kind`;
    /// nothing for strings and variants, which have tables of their own.
    /// Appended, not returned: a `Vec` per cell is most of the cost at
    /// 10,000 rows in a macro built at opt-level 0.
    pub fn push_bytes(&self, kind: Kind, bytes: &mut Vec<u8>) {
        match (self, kind) {
            (Value::Bool(value), _) => bytes.push(u8::from(*value)),
            (Value::Int(value), Kind::Int(int)) => {
                bytes.extend_from_slice(&(*value as u128).to_le_bytes()[..int.width()]);
            }
            (Value::Big(value), Kind::Int(int)) => {
                bytes.extend_from_slice(&value.to_le_bytes()[..int.width()]);
            }
            (Value::F32(value), _) => bytes.extend_from_slice(&value.to_le_bytes()),
            (Value::F64(value), _) => bytes.extend_from_slice(&value.to_le_bytes()),
            (Value::Char(value), _) => bytes.extend_from_slice(&u32::from(*value).to_le_bytes()),
            // `None`, or a mismatch that conversion never produces: zeros.
            (_, kind) => bytes.resize(bytes.len() + kind.width(), 0),
        }
    }

    #[cfg(test)]
    fn bytes(&self, kind: Kind) -> Vec<u8> {
        let mut bytes = Vec::new();
        self.push_bytes(kind, &mut bytes);
        bytes
    }

    /// Writes the value as Rust source, for rustdoc (`404`, `"Not Found"`,
    /// `Severity::Warning`); `enum_type` is the variant column's type.
    pub fn write_source(&self, optional: bool, enum_type: &str, out: &mut String) {
        use std::fmt::Write;
        if *self == Value::None {
            out.push_str("None");
            return;
        }
        if optional {
            out.push_str("Some(");
        }
        let _ = match self {
            Value::None => Ok(()),
            Value::Bool(value) => write!(out, "{value}"),
            // `i128`'s `Display` divides in 128 bits: ten times the work of
            // `i64`'s, for the values nearly every column holds.
            Value::Int(value) => match i64::try_from(*value) {
                Ok(small) => write!(out, "{small}"),
                Err(_) => write!(out, "{value}"),
            },
            Value::Big(value) => write!(out, "{value}"),
            Value::F32(value) => write!(out, "{value:?}"),
            Value::F64(value) => write!(out, "{value:?}"),
            Value::Char(value) => write!(out, "{value:?}"),
            Value::Str(value) => write!(out, "{value:?}"),
            Value::Variant { name, .. } => write!(out, "{enum_type}::{name}"),
        };
        if optional {
            out.push(')');
        }
    }
}

impl Kind {
    /// Bytes per value in a byte table; strings and variants use others.
    pub fn width(self) -> usize {
        match self {
            Kind::Bool => 1,
            Kind::Int(int) => int.width(),
            Kind::F32 | Kind::Char => 4,
            Kind::F64 => 8,
            Kind::Str | Kind::Variant => 0,
        }
    }
}

/// Converts one cell; the error says what is wrong with the value, and the
/// caller adds where it is.
pub fn convert(spec: &ColumnSpec, cell: &str) -> Result<Value, String> {
    let ty = &spec.type_name;
    // A text cell that shows nothing (`<b></b>`) reads as the empty one.
    let shows_nothing = matches!(spec.kind, Kind::Str) && crate::plain::renders_empty(cell);
    if matches!(spec.kind, Kind::Str) && crate::plain::needs_commonmark(cell) {
        return Err(crate::plain::NEEDS_COMMONMARK.to_owned());
    }
    if cell.is_empty() || shows_nothing {
        return if spec.optional {
            Ok(Value::None)
        } else {
            Err(format!(
                "empty cell in a `{ty}` column; declare it `Option<{ty}>` if a row may have no value"
            ))
        };
    }
    match spec.kind {
        Kind::Bool => {
            if cell.eq_ignore_ascii_case("true") {
                Ok(Value::Bool(true))
            } else if cell.eq_ignore_ascii_case("false") {
                Ok(Value::Bool(false))
            } else {
                Err(format!("`{cell}` is not a `bool`: write `true` or `false`"))
            }
        }
        Kind::Int(int) => integer(int, cell),
        Kind::F32 => match cell.parse::<f32>() {
            Ok(value) if value.is_infinite() && !names_infinity(cell) => Err(format!(
                "`{cell}` is out of range for `f32` (at most {:e} either way)",
                f32::MAX
            )),
            Ok(value) => Ok(Value::F32(value)),
            Err(_) => Err(format!("`{cell}` is not a number (`f32`)")),
        },
        Kind::F64 => match cell.parse::<f64>() {
            Ok(value) if value.is_infinite() && !names_infinity(cell) => Err(format!(
                "`{cell}` is out of range for `f64` (at most {:e} either way)",
                f64::MAX
            )),
            Ok(value) => Ok(Value::F64(value)),
            Err(_) => Err(format!("`{cell}` is not a number (`f64`)")),
        },
        Kind::Char => {
            let mut chars = cell.chars();
            match (chars.next(), chars.next()) {
                (Some(value), None) => Ok(Value::Char(value)),
                _ => Err(format!(
                    "`{cell}` is {} characters; a `char` cell holds exactly one",
                    cell.chars().count()
                )),
            }
        }
        Kind::Str => Ok(Value::Str(cell.to_owned())),
        Kind::Variant => {
            let name = variant_name(cell);
            if crate::model::is_ident(&name) {
                Ok(Value::Variant {
                    name,
                    cell: cell.to_owned(),
                })
            } else {
                Err(format!(
                    "`{cell}` cannot name a variant of `{ty}`: in UpperCamelCase it is `{name}`, which is not an identifier"
                ))
            }
        }
    }
}

/// The variant a cell of a user-enum column names. A cell that is already
/// an identifier in mixed case from a capital (`HTTPError`, `HttpError`,
/// `Warning`) names the variant as written: re-cased, `HTTPError` would
/// name `HttpError`, which the enum may not have (issue 21). Any other cell
/// (`warning`, `WARNING`, `not found`, `NOT_FOUND`) is put in
/// UpperCamelCase, so that a table may write its values in any case.
fn variant_name(cell: &str) -> String {
    let as_written = cell.starts_with(char::is_uppercase)
        && cell.chars().any(char::is_lowercase)
        && !cell.contains('_')
        && crate::model::is_ident(cell);
    if as_written {
        cell.to_owned()
    } else {
        cell.to_upper_camel_case()
    }
}

fn names_infinity(cell: &str) -> bool {
    cell.to_ascii_lowercase().contains("inf")
}

fn integer(int: Int, cell: &str) -> Result<Value, String> {
    let (ty, min, max) = (int.name(), int.min(), int.max());
    let out_of_range = || format!("`{cell}` is out of range for `{ty}` ({min} to {max})");
    // `i64` first: parsing in 128 bits costs more, and few cells need it.
    let parsed = match cell.parse::<i64>() {
        Ok(small) => Ok(i128::from(small)),
        Err(_) => cell.parse::<i128>(),
    };
    let value = match parsed {
        Ok(value) => value,
        Err(error) => {
            return match error.kind() {
                std::num::IntErrorKind::PosOverflow => match cell.parse::<u128>() {
                    Ok(big) if big <= max => Ok(Value::Big(big)),
                    _ => Err(out_of_range()),
                },
                std::num::IntErrorKind::NegOverflow => Err(out_of_range()),
                _ => Err(format!(
                    "`{cell}` is not an integer (`{ty}`, {min} to {max})"
                )),
            };
        }
    };
    let fits = value >= min && (value < 0 || value as u128 <= max);
    if fits {
        Ok(Value::Int(value))
    } else {
        Err(out_of_range())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(kind: Kind, optional: bool, type_name: &str) -> ColumnSpec {
        ColumnSpec {
            name: "x".into(),
            heading: None,
            kind,
            optional,
            type_name: type_name.into(),
        }
    }

    fn int(int: Int, cell: &str) -> Result<Value, String> {
        convert(&spec(Kind::Int(int), false, int.name()), cell)
    }

    #[test]
    fn integers_in_range_only() {
        assert_eq!(int(Int::U16, "404"), Ok(Value::Int(404)));
        assert_eq!(int(Int::U16, "65535"), Ok(Value::Int(65535)));
        assert_eq!(
            int(Int::U16, "70000"),
            Err("`70000` is out of range for `u16` (0 to 65535)".into())
        );
        assert_eq!(
            int(Int::U16, "-1"),
            Err("`-1` is out of range for `u16` (0 to 65535)".into())
        );
        assert_eq!(
            int(Int::U16, "40x"),
            Err("`40x` is not an integer (`u16`, 0 to 65535)".into())
        );
        assert_eq!(int(Int::I8, "-128"), Ok(Value::Int(-128)));
        assert!(int(Int::I8, "128").is_err());
        assert_eq!(
            int(Int::U128, &u128::MAX.to_string()),
            Ok(Value::Big(u128::MAX))
        );
        assert!(int(Int::U128, "340282366920938463463374607431768211456").is_err());
        assert!(int(Int::I128, "-170141183460469231731687303715884105729").is_err());
        assert_eq!(int(Int::I64, "-9"), Ok(Value::Int(-9)));
    }

    #[test]
    fn integers_are_stored_little_endian_in_their_width() {
        let kind = Kind::Int(Int::I16);
        assert_eq!(Value::Int(-2).bytes(kind), [0xFE, 0xFF]);
        assert_eq!(Value::Int(0x0102).bytes(Kind::Int(Int::U32)), [2, 1, 0, 0]);
        assert_eq!(Value::None.bytes(kind), [0, 0]);
    }

    #[test]
    fn booleans_in_any_case() {
        let bool_spec = spec(Kind::Bool, false, "bool");
        assert_eq!(convert(&bool_spec, "TRUE"), Ok(Value::Bool(true)));
        assert_eq!(convert(&bool_spec, "False"), Ok(Value::Bool(false)));
        assert_eq!(
            convert(&bool_spec, "yes"),
            Err("`yes` is not a `bool`: write `true` or `false`".into())
        );
    }

    #[test]
    fn empty_cells_are_none_only_in_option_columns() {
        assert_eq!(
            convert(&spec(Kind::Bool, true, "bool"), ""),
            Ok(Value::None)
        );
        assert_eq!(
            convert(&spec(Kind::Str, false, "&str"), ""),
            Err("empty cell in a `&str` column; declare it `Option<&str>` if a row may have no value".into())
        );
    }

    #[test]
    fn chars_floats_and_variants() {
        let char_spec = spec(Kind::Char, false, "char");
        assert_eq!(convert(&char_spec, "\u{e9}"), Ok(Value::Char('\u{e9}')));
        assert_eq!(
            convert(&char_spec, "ab"),
            Err("`ab` is 2 characters; a `char` cell holds exactly one".into())
        );
        assert_eq!(
            convert(&spec(Kind::F32, false, "f32"), "0.5"),
            Ok(Value::F32(0.5))
        );
        assert!(convert(&spec(Kind::F32, false, "f32"), "1e39").is_err());
        assert!(convert(&spec(Kind::F64, false, "f64"), "inf").is_ok());
        assert!(convert(&spec(Kind::F64, false, "f64"), "1,5").is_err());
        let variant = spec(Kind::Variant, false, "Severity");
        for cell in ["warning", "WARNING", "Warning"] {
            assert_eq!(
                convert(&variant, cell),
                Ok(Value::Variant {
                    name: "Warning".into(),
                    cell: cell.into()
                })
            );
        }
        // Issue 21: a cell in mixed case names the variant as written.
        for (cell, name) in [
            ("HTTPError", "HTTPError"),
            ("HttpError", "HttpError"),
            ("IOFailure", "IOFailure"),
            ("HTTP_ERROR", "HttpError"),
            ("http error", "HttpError"),
            ("Not_Found", "NotFound"),
            ("iPhone", "IPhone"),
        ] {
            assert_eq!(
                convert(&variant, cell),
                Ok(Value::Variant {
                    name: name.into(),
                    cell: cell.into()
                }),
                "{cell}"
            );
        }
        assert_eq!(
            convert(&variant, "2 bad"),
            Err("`2 bad` cannot name a variant of `Severity`: in UpperCamelCase it is `2Bad`, which is not an identifier".into())
        );
    }
}
