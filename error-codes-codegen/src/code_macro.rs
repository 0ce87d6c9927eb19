//! The checked-code macro (`vbs_error!("VolumeBackup.0014")`): a code
//! turned into its variant at compile time, in expressions and patterns.

use crate::model::Enum;
use crate::tokens::lex;
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};
use std::fmt::Write;

/// The checked-code macro: one arm per code, and a last arm that finds a
/// code written another way (`r"A.1"`, `"A\x2e1"`) by its value, or reports
/// an unknown code on its literal with the closest known codes.
///
/// `enum_path` is where the enum lives relative to the crate root; the
/// helper for unknown codes is re-exported beside it, so that the macro works
/// from crates that do not depend on `error-codes-core` themselves.
/// Without `proc_macros` (a file written by `error-codes generate`), the
/// last arm is a plain `compile_error!`: the code must be spelled as in the
/// table, and the error names no close codes.
/// `cfgs` are the enum's `#[cfg]` attributes: where the enum is compiled
/// out, so is its macro.
///
/// A code whose row has placeholders also takes arguments: the
/// arms of `argument_arms.rs`, which need no proc macro; `csv` is the table
/// as the user wrote its path, for the errors that name a row's line.
pub(crate) fn code_macro(
    model: &Enum,
    macro_name: &Ident,
    enum_path: &crate::syntax::Path,
    cfgs: &[&crate::syntax::Attribute],
    proc_macros: bool,
    csv: &str,
) -> TokenStream {
    let path_text = quote!(#enum_path).to_string().replace(' ', "");
    let mut arms = String::new();
    for v in &model.variants {
        let _ = write!(
            arms,
            "({:?}) => {{ $crate::{path_text}::{} }};",
            v.row.code, v.name
        );
    }
    let unknown = format_ident!("__{}_unknown_code", macro_name);
    let fill = format_ident!("__{}_fill", macro_name);
    let mut helper_path = enum_path.clone();
    helper_path.segments.pop();
    let mut fill_path = helper_path.clone();
    helper_path.segments.push(unknown.clone());
    fill_path.segments.push(fill.clone());
    let name = model.ident.to_string();
    // Every code and its variant, for the last arm, which matches a code by
    // its value where the arms above match the literal's spelling.
    let all_codes = encode(model.variants.iter().map(|v| v.row.code.as_str()));
    let all_names = encode(model.variants.iter().map(|v| v.name.as_str()));
    arms.push_str(&argument_arms(
        model,
        &name,
        &path_text,
        &helper_path,
        &fill_path,
        (&all_codes, &all_names),
        proc_macros,
        csv,
    ));
    let arms = lex(&arms);
    let krate = model.krate;
    let closest = if proc_macros {
        " that names the closest known codes"
    } else {
        ""
    };
    let has_templates = crate::templates::of(&model.variants)
        .iter()
        .flatten()
        .any(|t| t.has_placeholders());
    let arguments = if has_templates {
        format!(
            " A code whose text has placeholders takes arguments, positional or \
             named as in `format!` (`{macro_name}!(\"...\", value, name = value)`), \
             and gives its filled text as an `error_codes_core::Formatted`; \
             arguments that do not fit its placeholders do not compile."
        )
    } else {
        String::new()
    };
    let doc = format!(
        " The [`{name}`](crate::{path_text}) of a code, checked at compile time: \
         `{macro_name}!(\"...\")` works in expressions and patterns, and an \
         unknown code is a compile error{closest}.{arguments}"
    );
    // The last arm: by value and with the closest codes through the proc
    // macro, or a plain error where there is none to call.
    let (helper, last_arm) = if proc_macros {
        (
            quote! {
                #(#cfgs)*
                #[doc(hidden)]
                pub use #krate::__private::unknown_code as #unknown;
            },
            quote!($crate::#helper_path! { #name, $code, [$crate::#enum_path], #all_codes, #all_names }),
        )
    } else {
        let unknown = format!("unknown {name} code ");
        (
            quote!(),
            quote!(::core::compile_error!(
                ::core::concat!(#unknown, ::core::stringify!($code))
            )),
        )
    };
    // The fill of rows with placeholders, beside the enum as the helper
    // for unknown codes is.
    let fill_helper = has_templates.then(|| {
        quote! {
            #(#cfgs)*
            #[doc(hidden)]
            pub use #krate::__private::fill_slots as #fill;
        }
    });
    quote! {
        #helper

        #fill_helper

        #(#cfgs)*
        #[doc = #doc]
        #[macro_export]
        // An enum inside a function body makes this a non-local definition
        // (a lint that `deny(warnings)` turns into an error); it is
        // exported at the crate root wherever it is written, even from a
        // function body.
        #[allow(non_local_definitions)]
        macro_rules! #macro_name {
            #arms
            ($code:literal) => {
                #last_arm
            };
        }
    }
}

/// The arms for codes given arguments, as source text; their
/// errors go to the proc macro at `helper_path` when there is one
/// (`proc_macros`), else to `compile_error!`.
#[allow(clippy::too_many_arguments)]
fn argument_arms(
    model: &Enum,
    name: &str,
    path_text: &str,
    helper_path: &crate::syntax::Path,
    fill_path: &crate::syntax::Path,
    (all_codes, all_names): (&str, &str),
    proc_macros: bool,
    csv: &str,
) -> String {
    use crate::argument_arms::{Errors, Paths, arms};
    let helper_text = quote!(#helper_path).to_string().replace(' ', "");
    let fill_text = quote!(#fill_path).to_string().replace(' ', "");
    let paths = Paths {
        enum_path: path_text,
        fill: &fill_text,
        enum_name: name,
        csv,
    };
    let templates = crate::templates::of(&model.variants);
    if !proc_macros {
        return arms(&model.variants, &templates, &paths, &Errors::CompileError);
    }
    // Each row with placeholders as four strings: code, positions, row and
    // placeholders (themselves encoded).
    let mut rows: Vec<String> = Vec::new();
    for (v, template) in model.variants.iter().zip(&templates) {
        if let Some(template) = template.as_ref().filter(|t| t.has_placeholders()) {
            rows.push(v.row.code.clone());
            rows.push(template.positions.to_string());
            rows.push(format!("{csv}:{}", v.row.line));
            rows.push(encode(template.placeholders.iter().map(String::as_str)));
        }
    }
    let rows = encode(rows.iter().map(String::as_str));
    // The table, then each code's line, so that arguments for a row
    // without placeholders are refused at `file:line` too.
    let line_numbers: Vec<String> = model
        .variants
        .iter()
        .map(|v| v.row.line.to_string())
        .collect();
    let lines = encode(
        [csv]
            .into_iter()
            .chain(line_numbers.iter().map(String::as_str)),
    );
    let generic = format!(
        "$crate::{helper_text}!{{{name:?}, $code, [$crate::{path_text}], {all_codes:?}, {all_names:?}, [$crate::{fill_text}], {rows:?}, {lines:?}, $args}}"
    );
    arms(
        &model.variants,
        &templates,
        &paths,
        &Errors::ProcMacro { generic: &generic },
    )
}

/// Strings end to end, each after its length in bytes and a `:`, so that
/// any code (a line break in it included) comes back whole: how the
/// checked-code macro hands its codes and variants to the proc macro that
/// reports an unknown code (`error-codes-macro`'s `unknown.rs`).
pub fn encode<'a>(items: impl Iterator<Item = &'a str>) -> String {
    let mut text = String::new();
    for item in items {
        text.push_str(&item.len().to_string());
        text.push(':');
        text.push_str(item);
    }
    text
}

/// The strings of [`encode`]; a malformed rest is dropped, not a panic.
pub fn decode(mut text: &str) -> Vec<&str> {
    let mut items = Vec::new();
    while let Some((length, rest)) = text.split_once(':') {
        let Some(item) = length.parse().ok().and_then(|length| rest.get(..length)) else {
            break;
        };
        items.push(item);
        text = &rest[item.len()..];
    }
    items
}

#[cfg(test)]
mod tests {
    use super::{decode, encode};

    #[test]
    fn encoded_strings_come_back_whole() {
        let items = ["A.1", "", "two\nlines", "10:x", "caf\u{e9}"];
        assert_eq!(decode(&encode(items.into_iter())), items);
        assert_eq!(decode("3:ab"), Vec::<&str>::new());
    }
}
