//! The name of the checked-code macro: the enum's name in snake_case
//! unless `code_macro = "..."` says otherwise, and checked either way, since
//! a `#[macro_export]` macro is visible in the whole crate.

use heck::ToSnakeCase;
use proc_macro2::{Ident, Span};

/// Keywords of later editions only (2018: `async`, `await`, `dyn`, `try`;
/// 2024: `gen`). A default name that is one of them is defined as a raw
/// identifier, `macro_rules! r#gen`, which every edition accepts (std
/// defines `r#try` so): an edition-2021 crate calls `gen!`, an edition-2024
/// crate `r#gen!` (issue 21: `enum Gen` did not build in edition 2021).
const EDITION_KEYWORDS: &[&str] = &["async", "await", "dyn", "gen", "try"];

/// Macros of the standard library's prelude and built-ins that a crate uses
/// by bare name: an exported macro of the same name would take their place
/// in the whole crate (`enum Format` would replace `format!`).
const STD_MACROS: &[&str] = &[
    "assert",
    "assert_eq",
    "assert_ne",
    "bench",
    "cfg",
    "cfg_attr",
    "column",
    "compile_error",
    "concat",
    "dbg",
    "debug_assert",
    "debug_assert_eq",
    "debug_assert_ne",
    "derive",
    "env",
    "eprint",
    "eprintln",
    "file",
    "format",
    "format_args",
    "global_allocator",
    "include",
    "include_bytes",
    "include_str",
    "line",
    "matches",
    "module_path",
    "option_env",
    "panic",
    "print",
    "println",
    "stringify",
    "test",
    "thread_local",
    "todo",
    "unimplemented",
    "unreachable",
    "vec",
    "write",
    "writeln",
];

/// The default name, `VbsError` -> `vbs_error`, or why it cannot be used.
pub(crate) fn default(enum_ident: &Ident) -> Result<Ident, String> {
    let enum_name = enum_ident.to_string();
    let name = enum_name
        .strip_prefix("r#")
        .unwrap_or(&enum_name)
        .to_snake_case();
    if EDITION_KEYWORDS.contains(&name.as_str()) {
        return Ok(Ident::new_raw(&name, enum_ident.span()));
    }
    let problem = match check(&name) {
        Ok(()) if STD_MACROS.contains(&name.as_str()) => format!(
            "would be `{name}!`, which would replace the standard library's `{name}!` in this crate"
        ),
        Ok(()) => return Ok(Ident::new(&name, enum_ident.span())),
        Err(problem) => problem,
    };
    Err(format!(
        "the checked-code macro of `{enum_name}` {problem}; name it with `code_macro = \"...\"`, or write `code_macro = false` for none"
    ))
}

/// A name given with `code_macro = "..."`: an identifier that is not a
/// keyword, or why not.
pub(crate) fn named(name: &str, span: Span) -> Result<Ident, String> {
    check(name)
        .map(|()| Ident::new(name, span))
        .map_err(|problem| format!("`code_macro = \"{name}\"`: the macro {problem}"))
}

fn check(name: &str) -> Result<(), String> {
    use error_codes_table::model::{is_ident, is_keyword};
    // `macro_rules` names a variant well, but no macro.
    if is_keyword(name) || name == "macro_rules" {
        return Err(format!("would be `{name}!`, and `{name}` is a keyword"));
    }
    if !is_ident(name) {
        return Err(format!("would be `{name}!`, which is not an identifier"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn default_of(name: &str) -> Result<String, String> {
        default(&Ident::new(name, Span::call_site())).map(|ident| ident.to_string())
    }

    #[test]
    fn the_default_is_the_snake_case_of_the_enum() {
        assert_eq!(default_of("VbsError").unwrap(), "vbs_error");
        assert_eq!(default_of("HTTPStatus").unwrap(), "http_status");
    }

    #[test]
    fn names_that_cannot_be_a_macro_are_explained() {
        assert_eq!(
            default_of("_2xx").unwrap_err(),
            "the checked-code macro of `_2xx` would be `2xx!`, which is not an identifier; name it with `code_macro = \"...\"`, or write `code_macro = false` for none"
        );
        assert!(
            default_of("Type")
                .unwrap_err()
                .contains("`type` is a keyword")
        );
        assert_eq!(default_of("Gen").unwrap(), "r#gen");
        assert_eq!(default_of("Try").unwrap(), "r#try");
        assert!(
            default_of("Format")
                .unwrap_err()
                .contains("would replace the standard library's `format!`")
        );
        assert!(default_of("Vec").is_err() && default_of("Write").is_err());
        assert!(named("gen", Span::call_site()).is_err());
        assert!(named("codes", Span::call_site()).is_ok());
    }
}
