//! The checked-code macro (`vbs_error!("VolumeBackup.0014")`): a code
//! turned into its variant at compile time, in expressions and patterns.

use crate::expand::{Enum, lex};
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
/// `cfgs` are the enum's `#[cfg]` attributes: where the enum is compiled
/// out, so is its macro.
pub fn code_macro(
    model: &Enum,
    macro_name: &Ident,
    enum_path: &syn::Path,
    cfgs: &[&syn::Attribute],
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
    helper_path.segments.push(unknown.clone().into());
    fill_path.segments.push(fill.clone().into());
    let name = model.ident.to_string();
    // Every code and its variant, for the last arm, which matches a code by
    // its value where the arms above match the literal's spelling.
    let all_codes = crate::unknown::encode(model.variants.iter().map(|v| v.row.code.as_str()));
    let all_names = crate::unknown::encode(model.variants.iter().map(|v| v.name.as_str()));
    // Codes given arguments (issue 18), checked by the arms themselves.
    let helper_text = quote!(#helper_path).to_string().replace(' ', "");
    let fill_text = quote!(#fill_path).to_string().replace(' ', "");
    let csv = crate::source::shown(model.csv);
    let paths = crate::argument_arms::Paths {
        enum_path: &path_text,
        fill: &fill_text,
        enum_name: &name,
        csv: &csv,
    };
    let templates = crate::templates::of(&model.variants);
    // Each row with placeholders as four strings: code, positions, row and
    // placeholders (themselves encoded).
    let mut rows: Vec<String> = Vec::new();
    for (v, template) in model.variants.iter().zip(&templates) {
        if let Some(template) = template.as_ref().filter(|t| t.has_placeholders()) {
            rows.push(v.row.code.clone());
            rows.push(template.positions.to_string());
            rows.push(format!("{csv}:{}", v.row.line));
            rows.push(crate::unknown::encode(
                template.placeholders.iter().map(String::as_str),
            ));
        }
    }
    let rows = crate::unknown::encode(rows.iter().map(String::as_str));
    let generic = format!(
        "$crate::{helper_text}!{{{name:?}, $code, [$crate::{path_text}], {all_codes:?}, {all_names:?}, [$crate::{fill_text}], {rows:?}, $args}}"
    );
    arms.push_str(&crate::argument_arms::arms(
        &model.variants,
        &templates,
        &paths,
        &crate::argument_arms::Errors::ProcMacro { generic: &generic },
    ));
    let arms = lex(&arms);
    let krate = model.krate;
    let doc = format!(
        " The [`{name}`](crate::{path_text}) of a code, checked at compile time: \
         `{macro_name}!(\"...\")` works in expressions and patterns, and an \
         unknown code is a compile error that names the closest known codes. \
         A code whose text has placeholders takes arguments, positional or \
         named as in `format!` (`{macro_name}!(\"...\", value, name = value)`), \
         and gives its filled text as an `error_codes_core::Formatted`; \
         arguments that do not fit its placeholders do not compile."
    );
    quote! {
        #(#cfgs)*
        #[doc(hidden)]
        pub use #krate::__private::unknown_code as #unknown;

        #(#cfgs)*
        #[doc(hidden)]
        pub use #krate::__private::fill_slots as #fill;

        #(#cfgs)*
        #[doc = #doc]
        #[macro_export]
        // An enum inside a function body makes this a non-local definition
        // (a lint that `deny(warnings)` turns into an error); it is
        // exported at the crate root wherever it is written (issue 13).
        #[allow(non_local_definitions)]
        macro_rules! #macro_name {
            #arms
            ($code:literal) => {
                $crate::#helper_path! { #name, $code, [$crate::#enum_path], #all_codes, #all_names }
            };
        }
    }
}
