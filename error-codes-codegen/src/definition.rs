//! The attribute macro's enum itself: one variant per row, each documented
//! from its row (description with its markup, code, module, merged rows,
//! typed values), found by its code in rustdoc's search, and marked
//! `#[deprecated]` when retired.

use crate::model::{Enum, Variant};
use crate::syntax::Item;
use crate::tokens::lex;
use proc_macro2::TokenStream;
use quote::quote;
use std::fmt::Write;

/// The attribute macro's enum: one variant per row, documented from it,
/// with the derives that cost nothing at 10,000 variants (its `Debug` reads
/// a name table, see [`crate::items::impls`]).
pub(crate) fn enum_definition(item: &Item, model: &Enum, repr: &TokenStream) -> TokenStream {
    let Item {
        attrs, vis, ident, ..
    } = item;
    let mut text = String::new();
    let prefixes = crate::accessors::row_doc_prefixes(model);
    let numbers = matches!(model.index, crate::model::Index::Code(_))
        .then(|| crate::numeric::numbers(model.variants.iter().map(|v| v.row.code.as_str())))
        .flatten();
    let codes = numbers.as_ref().map(|numbers| numbers.values.as_slice());
    for (position, variant) in model.variants.iter().enumerate() {
        let mut doc = variant_doc(variant);
        if !prefixes.is_empty() {
            crate::accessors::row_doc(model, &prefixes, &variant.row.values, &mut doc);
        }
        let _ = write!(text, "#[doc = {doc:?}]");
        match doc_alias(variant) {
            Some(Alias::Plain(code)) => {
                text.push_str("#[doc(alias = \"");
                text.push_str(code);
                text.push_str("\")]");
            }
            Some(Alias::Escaped(code)) => {
                let _ = write!(text, "#[doc(alias = {code:?})]");
            }
            None => {}
        }
        if let Some(note) = &variant.row.deprecated {
            let _ = write!(text, "#[deprecated(note = {note:?})]");
        }
        let _ = write!(text, "{}", variant.name);
        if let Some(value) = codes.and_then(|codes| codes.get(position)) {
            let _ = write!(text, " = {value}");
        }
        text.push(',');
    }
    let variants = lex(&text);
    // With the codes as discriminants, the derived order would be the
    // numbers'; `numeric.rs` implements the table's.
    let std_derives = std_derives(codes.is_none());
    let columns_doc = crate::accessors::enum_doc(model).map(|doc| quote!(#[doc = #doc]));
    quote! {
        #(#attrs)*
        #columns_doc
        #repr
        #[derive(#std_derives)]
        #vis enum #ident {
            #variants
        }
    }
}

/// The code as a rustdoc search alias, so that searching the docs for
/// `VolumeBackup.0014` finds `VolumeBackup0014`. rustdoc refuses aliases
/// with quotes, white space other than inner spaces, or equal to the
/// item's name; such codes get none (the name is found anyway).
///
/// Codes are checked by byte, and by `char` only when not ASCII: this runs
/// once per row in a macro built at opt-level 0, where a `char` closure per
/// character was 28 M instructions at 10,000 rows.
fn doc_alias<'a>(variant: &Variant<'a>) -> Option<Alias<'a>> {
    let code = variant.row.code.as_str();
    if code.is_empty() || code == variant.name || code.starts_with(' ') || code.ends_with(' ') {
        return None;
    }
    let (mut ascii, mut plain) = (true, true);
    for &byte in code.as_bytes() {
        match byte {
            b'"' | b'\'' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r' => return None,
            b'\\' | ..=0x1f | 0x7f => plain = false,
            // Escaped as the standard library escapes them: rustc denies
            // some characters in literals as written (bidi controls).
            0x80.. => (ascii, plain) = (false, false),
            _ => {}
        }
    }
    if !ascii && code.contains(|c: char| c.is_whitespace() && c != ' ') {
        return None;
    }
    Some(if plain {
        Alias::Plain(code)
    } else {
        Alias::Escaped(code)
    })
}

/// A code fit for `#[doc(alias)]`: written between quotes as it is, or
/// escaped first (a backslash, a control character, anything not ASCII).
enum Alias<'a> {
    Plain(&'a str),
    Escaped(&'a str),
}

/// The standard traits the attribute derives; `Debug` is not among them,
/// since the derived one is a 10,000-arm `match` at 10,000 rows. `order`:
/// whether `PartialOrd` and `Ord` are derived (they follow the
/// discriminants, which are the rows unless they are the codes).
pub(crate) fn std_derives(order: bool) -> TokenStream {
    let order = order.then(|| quote!(::core::cmp::PartialOrd, ::core::cmp::Ord,));
    quote! {
        ::core::clone::Clone,
        ::core::marker::Copy,
        ::core::cmp::PartialEq,
        ::core::cmp::Eq,
        ::core::hash::Hash,
        #order
    }
}

/// The standard columns beside the description, as the variant's rustdoc
/// shows them: the statuses after the code, then the message (where it is
/// not the description itself) and the solution, markup kept.
fn published_doc(row: &error_codes_table::parse::Row, doc: &mut String) {
    match row.http_status.as_slice() {
        [] => {}
        [status] => {
            let _ = write!(doc, " HTTP status `{status}`.");
        }
        [first, rest @ ..] => {
            let _ = write!(doc, " HTTP statuses `{first}`");
            for status in rest {
                let _ = write!(doc, ", `{status}`");
            }
            doc.push('.');
        }
    }
    if let Some(message) = &row.message
        && *message != row.description
    {
        let _ = write!(doc, "\n\n**Message:** {message}");
    }
    if let Some(solution) = &row.solution {
        let _ = write!(doc, "\n\n**Solution:** {solution}");
    }
}

/// The rustdoc of a variant: the description with its Markdown, then the
/// code and the module, and for a merged code every row it stands for.
fn variant_doc(variant: &Variant) -> String {
    let row = variant.row;
    let mut doc = match &row.module {
        Some(module) => format!(
            "{}\n\nCode `{}`, module *{module}*.",
            row.description, row.code
        ),
        None => format!("{}\n\nCode `{}`.", row.description, row.code),
    };
    published_doc(row, &mut doc);
    if !variant.also.is_empty() {
        let _ = write!(
            doc,
            "\n\nThe table lists this code on {} rows; `description()` and `module()` give the first:\n",
            variant.also.len() + 1
        );
        for (number, row) in std::iter::once(row)
            .chain(variant.also.iter().copied())
            .enumerate()
        {
            // Continuation lines indented, so a multi-line cell stays in its item.
            let description = row.description.replace('\n', "\n   ");
            let _ = match &row.module {
                Some(module) => write!(doc, "\n{}. *{module}*: {description}", number + 1),
                None => write!(doc, "\n{}. {description}", number + 1),
            };
        }
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::{Alias, doc_alias};
    use crate::model::Variant;
    use error_codes_table::parse::Row;

    fn alias(code: &str, name: &str) -> Option<(bool, String)> {
        let row = Row {
            line: 2,
            code: code.into(),
            description: "d".into(),
            module: None,
            name: None,
            deprecated: None,
            http_status: Vec::new(),
            message: None,
            solution: None,
            grpc_code: None,
            values: Vec::new(),
            translations: Vec::new(),
        };
        let variant = Variant {
            name: name.into(),
            row: &row,
            also: Vec::new(),
        };
        doc_alias(&variant).map(|alias| match alias {
            Alias::Plain(code) => (true, code.to_owned()),
            Alias::Escaped(code) => (false, code.to_owned()),
        })
    }

    /// rustdoc rejects some aliases outright (a compile error in the
    /// user's crate), and rustc some characters written in a literal.
    #[test]
    fn aliases_rustdoc_would_refuse_are_left_out() {
        assert_eq!(
            alias("VolumeBackup.0014", "VolumeBackup0014"),
            Some((true, "VolumeBackup.0014".into()))
        );
        assert_eq!(
            alias("Moved Permanently", "MovedPermanently"),
            Some((true, "Moved Permanently".into()))
        );
        assert_eq!(alias("a\\b", "AB"), Some((false, "a\\b".into())));
        assert_eq!(
            alias("ошибка.8", "Ошибка8"),
            Some((false, "ошибка.8".into()))
        );
        for refused in [
            "NotFound", "say\"hi", "it's", "a\tb", "a\nb", "a\u{a0}b", " a", "a ",
        ] {
            assert_eq!(alias(refused, "NotFound"), None, "{refused:?}");
        }
    }
}
