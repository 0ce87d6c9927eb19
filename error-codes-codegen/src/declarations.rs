//! `columns(name: Type [= "Heading"], ...)`: the typed columns' declarations
//! parsed from the attribute's tokens, with the identifiers and paths the
//! generated accessors need. The cells are converted by the rules
//! (`error_codes_table::columns`), which see only the [`ColumnSpec`].

use crate::syntax::{Path, Type};
use error_codes_table::columns::{ColumnSpec, Int, Kind};
use syn::ext::IdentExt;
use syn::parse::ParseStream;
use syn::{Ident, LitStr, Token};

/// One `name: Type` (or `name: Type = "Heading"`) of `columns(...)`, with
/// what generation needs beside the [`ColumnSpec`].
pub(crate) struct Declaration {
    pub(crate) spec: ColumnSpec,
    pub(crate) ident: Ident,
    /// The user's enum, for a variant column.
    pub(crate) enum_path: Option<Path>,
    /// Where rustc reports a cell that names no variant of that enum: the
    /// `csv = "..."` literal, set once the options are complete.
    pub(crate) cells_span: proc_macro2::Span,
}

/// Parses the inside of `columns(...)`.
pub(crate) fn parse_declarations(input: ParseStream) -> syn::Result<Vec<Declaration>> {
    let mut declarations: Vec<Declaration> = Vec::new();
    let mut errors: Option<syn::Error> = None;
    let mut push = |error: syn::Error| match &mut errors {
        Some(all) => all.combine(error),
        None => errors = Some(error),
    };
    while !input.is_empty() {
        let ident: Ident = input.parse().map_err(|error| {
            syn::Error::new(
                error.span(),
                "expected a column as `name: Type`, such as `http_status: u16`",
            )
        })?;
        input.parse::<Token![:]>()?;
        let ty = Type::parse_until_comma(input)?;
        let heading = if input.peek(Token![=]) {
            input.parse::<Token![=]>()?;
            let lit: LitStr = input.parse()?;
            Some(lit.value())
        } else {
            None
        };
        if !input.is_empty() {
            input.parse::<Token![,]>()?;
        }
        // `r#type` reads the column headed `type`.
        let name = ident.unraw().to_string();
        if error_codes_table::names::is_reserved_for_columns(&name) {
            push(syn::Error::new(
                ident.span(),
                format!(
                    "`{name}` is already generated or a standard column; give the typed column another name, with its heading: `other_name: Type = \"Heading\"`"
                ),
            ));
            continue;
        }
        if declarations.iter().any(|d| d.spec.name == name) {
            push(syn::Error::new(
                ident.span(),
                format!("duplicate column `{name}`"),
            ));
            continue;
        }
        match classify(&ty) {
            Ok((kind, optional, enum_path)) => declarations.push(Declaration {
                spec: ColumnSpec {
                    name,
                    heading,
                    kind,
                    optional,
                    type_name: type_name(kind, enum_path.as_ref()),
                },
                ident,
                enum_path,
                cells_span: proc_macro2::Span::call_site(),
            }),
            Err(error) => push(error),
        }
    }
    match errors {
        Some(errors) => Err(errors),
        None => Ok(declarations),
    }
}

fn type_name(kind: Kind, enum_path: Option<&Path>) -> String {
    match kind {
        Kind::Bool => "bool".to_owned(),
        Kind::Int(int) => int.name().to_owned(),
        Kind::F32 => "f32".to_owned(),
        Kind::F64 => "f64".to_owned(),
        Kind::Char => "char".to_owned(),
        Kind::Str => "&str".to_owned(),
        Kind::Variant => enum_path
            .map(|path| quote::quote!(#path).to_string().replace(' ', ""))
            .unwrap_or_default(),
    }
}

const EXPECTED_TYPES: &str = "expected `bool`, an integer type, `f32`, `f64`, `char`, `&str`, the path of an enum, or `Option<...>` of one of them";

/// The kind of a declared type, whether it is an `Option`, and the enum's
/// path for a variant column.
fn classify(ty: &Type) -> syn::Result<(Kind, bool, Option<Path>)> {
    if let Some(inner) = option_argument(ty) {
        let (kind, nested, path) = classify(inner)?;
        if nested {
            return Err(syn::Error::new_spanned(
                ty,
                "`Option<Option<...>>`: an empty cell is `None`, so one `Option` is enough",
            ));
        }
        return Ok((kind, true, path));
    }
    let unsupported = |message: &str| syn::Error::new_spanned(ty, message.to_owned());
    match ty {
        Type::Paren(inner) => classify(inner),
        Type::Reference {
            lifetime,
            mutable,
            elem,
            ..
        } => {
            let is_str = matches!(&**elem, Type::Path { path, arguments: None, .. } if primitive(path).is_some_and(|ident| ident == "str"));
            let static_or_elided = lifetime
                .as_ref()
                .is_none_or(|lifetime| lifetime == "static");
            if is_str && static_or_elided && !mutable {
                Ok((Kind::Str, false, None))
            } else {
                Err(unsupported(&format!(
                    "unsupported column type; {EXPECTED_TYPES}"
                )))
            }
        }
        Type::Path {
            path, arguments, ..
        } => {
            if let Some(ident) = primitive(path).filter(|_| arguments.is_none()) {
                let name = ident.to_string();
                let kind = match name.as_str() {
                    "bool" => Some(Kind::Bool),
                    "f32" => Some(Kind::F32),
                    "f64" => Some(Kind::F64),
                    "char" => Some(Kind::Char),
                    "str" => {
                        return Err(unsupported("write `&str`: the cells are `&'static str`"));
                    }
                    "String" => {
                        return Err(unsupported(
                            "write `&str`: the table's strings are `&'static str`, no allocation needed",
                        ));
                    }
                    other => Int::ALL
                        .into_iter()
                        .find(|int| int.name() == other)
                        .map(Kind::Int),
                };
                if let Some(kind) = kind {
                    return Ok((kind, false, None));
                }
            }
            if arguments.is_some() {
                return Err(unsupported(&format!(
                    "unsupported column type; {EXPECTED_TYPES}"
                )));
            }
            Ok((Kind::Variant, false, Some(path.clone())))
        }
        _ => Err(unsupported(&format!(
            "unsupported column type; {EXPECTED_TYPES}"
        ))),
    }
}

/// The type's name when `path` names a primitive: `u16`, or
/// `::core::primitive::u16` and `std::primitive::u16` (issue 21: a full
/// path was taken for a user enum).
fn primitive(path: &Path) -> Option<&Ident> {
    if let Some(ident) = path.get_ident() {
        return Some(ident);
    }
    match &path.segments[..] {
        [krate, module, ident] if (krate == "core" || krate == "std") && module == "primitive" => {
            Some(ident)
        }
        _ => None,
    }
}

/// `T` of `Option<T>` (also written `core::option::Option<T>` or
/// `std::option::Option<T>`).
fn option_argument(ty: &Type) -> Option<&Type> {
    let Type::Path {
        path,
        arguments: Some(arguments),
        ..
    } = ty
    else {
        return None;
    };
    let segments: Vec<String> = path.segments.iter().map(Ident::to_string).collect();
    let is_option = matches!(
        segments.iter().map(String::as_str).collect::<Vec<_>>()[..],
        ["Option"] | ["core" | "std", "option", "Option"]
    );
    if !is_option {
        return None;
    }
    match &arguments[..] {
        [inner] => Some(inner),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declarations_are_classified() {
        use syn::parse::Parser;
        let parsed = parse_declarations
            .parse2(quote::quote!(
                a: u16,
                b: Option<bool>,
                c: &'static str = "C c",
                d: crate::Severity,
                e: ::core::option::Option<char>
            ))
            .unwrap();
        let kinds: Vec<(Kind, bool, &str)> = parsed
            .iter()
            .map(|d| (d.spec.kind, d.spec.optional, d.spec.type_name.as_str()))
            .collect();
        assert_eq!(
            kinds,
            [
                (Kind::Int(Int::U16), false, "u16"),
                (Kind::Bool, true, "bool"),
                (Kind::Str, false, "&str"),
                (Kind::Variant, false, "crate::Severity"),
                (Kind::Char, true, "char"),
            ]
        );
        assert_eq!(parsed[2].spec.heading.as_deref(), Some("C c"));
        for bad in [
            quote::quote!(a: String),
            quote::quote!(a: Vec<u8>),
            quote::quote!(a: Option<Option<u8>>),
            quote::quote!(code: u8),
            quote::quote!(a: u8, a: u16),
            quote::quote!(a: &mut str),
        ] {
            assert!(parse_declarations.parse2(bad.clone()).is_err(), "{bad}");
        }
    }
}
