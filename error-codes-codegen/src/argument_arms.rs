//! The checked-code macro's arms for codes given arguments:
//! `dcs_error!("DCS.4062", "flavor")`, `dms_error!("DMS.10540003", status = s)`.
//!
//! Every correct use is accepted by plain `macro_rules!` arms, so that a
//! file written without proc macros (`error-codes generate`) fills codes
//! too; wrong ones go to the `__unknown_code` proc macro, for a message on
//! the code's literal that says what is wrong, or, without it
//! ([`Errors::CompileError`]), to a `compile_error!` naming the row.
//!
//! The arms cannot recurse: a `#[macro_export]` macro made by a macro
//! cannot be named by path in its own crate (rust-lang/rust#52234), and by
//! its bare name it is not in scope in other crates. So each row gets one
//! arm per accepted shape, in this order:
//! 1. for rows with names, its positions then its names, one arm per order
//!    of the names (up to four names; beyond, the order of the template,
//!    and the proc macro accepts any other);
//! 2. arms that catch `name = value` as the first, second, ... argument of
//!    any code: without them, a positional arm's `$v:expr` would read
//!    `name = value` as an assignment;
//! 3. for rows with positions only, their positions;
//! 4. any other use, with the user's literal, to the error.
//!
//! Each filled row passes its arguments in the order written, each with
//! its slot, so that they are evaluated once, in that order.

use crate::model::Variant;
use error_codes_table::placeholders::Template;
use std::fmt::Write;

/// Rows with up to this many names accept them in any order from the
/// arms alone (4! = 24 arms).
const PERMUTED_NAMES: usize = 4;

/// How a wrong use is reported.
pub(crate) enum Errors<'a> {
    /// By the `__unknown_code` proc macro: `{helper}!{... $code, [args]}`,
    /// `generic` being its invocation with `$code` and `$args` to fill in.
    ProcMacro { generic: &'a str },
    /// By `::core::compile_error!`, for generated files that must compile
    /// without any proc macro: one message per row, naming what it takes.
    CompileError,
}

/// What the arms need to know about where things are.
pub(crate) struct Paths<'a> {
    /// The enum's path from the crate root (`errors::StorageError`).
    pub(crate) enum_path: &'a str,
    /// The path of the re-exported fill helper (`errors::__m_fill`).
    pub(crate) fill: &'a str,
    /// The enum's name, for messages.
    pub(crate) enum_name: &'a str,
    /// The table as errors name it (`codes/storage.csv`).
    pub(crate) csv: &'a str,
}

/// The arms, as source text, to follow the arms of bare codes.
pub(crate) fn arms(
    variants: &[Variant],
    templates: &[Option<Template>],
    paths: &Paths,
    errors: &Errors,
) -> String {
    let rows: Vec<(&Variant, &Template)> = variants
        .iter()
        .zip(templates)
        .filter_map(|(v, t)| Some((v, t.as_ref().filter(|t| t.has_placeholders())?)))
        .collect();
    let mut arms = String::new();
    let generic = |args: &str| match errors {
        Errors::ProcMacro { generic } => generic.replace("$args", args),
        Errors::CompileError => format!(
            "::core::compile_error!(::core::concat!({:?}, ::core::stringify!($code), {:?}))",
            format!("unknown {} code ", paths.enum_name),
            ", or arguments for a code without placeholders"
        ),
    };
    // 1 and 2, interleaved: a row's named arms come after the arms that
    // catch `name = value` among its positions (where `$a:expr` would take
    // it), and before the one that would catch its names.
    let most_positions = rows.iter().map(|(_, t)| t.positions).max().unwrap_or(0);
    for before in 0..=most_positions {
        for &(v, template) in &rows {
            if template.positions == before && !template.names().is_empty() {
                for order in orders(template.names().len()) {
                    arms.push_str(&filled_arm(v, template, &order, paths));
                }
            }
        }
        if rows.is_empty() {
            break;
        }
        let leading: String = (0..before).map(|i| format!("$a{i}:expr, ")).collect();
        let written: String = (0..before).map(|i| format!("$a{i}, ")).collect();
        if let Errors::CompileError = errors {
            for &(v, template) in &rows {
                let _ = write!(
                    arms,
                    "({:?}, {leading}$n:ident = $($r:tt)*) => {{ {} }};",
                    v.row.code,
                    row_error(v, template, paths)
                );
            }
        }
        let _ = write!(
            arms,
            "($code:tt, {leading}$n:ident = $($r:tt)*) => {{ {} }};",
            generic(&format!("[{written}$n = $($r)*]"))
        );
    }
    // 3. Positional rows.
    for &(v, template) in &rows {
        if template.names().is_empty() {
            arms.push_str(&filled_arm(v, template, &[], paths));
        }
    }
    if let Errors::CompileError = errors {
        for &(v, template) in &rows {
            let _ = write!(
                arms,
                "({:?}, $($r:tt)*) => {{ {} }};",
                v.row.code,
                row_error(v, template, paths)
            );
        }
    }
    // 4. Anything else.
    let _ = write!(
        arms,
        "($code:tt, $($args:tt)*) => {{ {} }};",
        generic("[$($args)*]")
    );
    arms
}

/// The orders in which a row's `count` names are accepted: all of them
/// up to [`PERMUTED_NAMES`], else the template's.
fn orders(count: usize) -> Vec<Vec<usize>> {
    let identity: Vec<usize> = (0..count).collect();
    if count > PERMUTED_NAMES {
        return vec![identity];
    }
    let mut all = Vec::new();
    permute(&mut identity.clone(), 0, &mut all);
    all.sort();
    all
}

fn permute(items: &mut Vec<usize>, from: usize, out: &mut Vec<Vec<usize>>) {
    if from >= items.len() {
        out.push(items.clone());
        return;
    }
    for i in from..items.len() {
        items.swap(from, i);
        permute(items, from + 1, out);
        items.swap(from, i);
    }
}

/// The arm of a row with its positions, then its names in `order`
/// (indices into the names), filling the row.
fn filled_arm(v: &Variant, template: &Template, order: &[usize], paths: &Paths) -> String {
    let names = template.names();
    let positions = template.positions;
    let mut pattern = Vec::new();
    let mut args = Vec::new();
    for i in 0..positions {
        pattern.push(format!("$a{i}:expr"));
        args.push(format!("(&$a{i} as &dyn ::core::fmt::Display, {i})"));
    }
    for (written, &name) in order.iter().enumerate() {
        pattern.push(format!("{} = $v{written}:expr", names[name]));
        args.push(format!(
            "(&$v{written} as &dyn ::core::fmt::Display, {})",
            positions + name
        ));
    }
    format!(
        "({:?}, {} $(,)?) => {{ $crate::{}($crate::{}::{}, &[{}]) }};",
        v.row.code,
        pattern.join(", "),
        paths.fill,
        paths.enum_path,
        v.name,
        args.join(", ")
    )
}

/// The error of a row given arguments that do not fit it, without the
/// proc macro.
fn row_error(v: &Variant, template: &Template, paths: &Paths) -> String {
    let message = format!(
        "wrong arguments for {} code {:?} ({}:{}), which takes {}",
        paths.enum_name,
        v.row.code,
        paths.csv,
        v.row.line,
        takes(&template.placeholders, template.positions)
    );
    format!("::core::compile_error!{{{message:?}}}")
}

/// What a row takes, for messages: `1 argument: {0}`, `named arguments:
/// {status}, {user}`, `2 arguments: {0}, {name}`.
pub fn takes(placeholders: &[String], positions: usize) -> String {
    let list = placeholders
        .iter()
        .map(|p| format!("{{{p}}}"))
        .collect::<Vec<_>>()
        .join(", ");
    let count = placeholders.len();
    let noun = if count == 1 { "argument" } else { "arguments" };
    if positions == 0 {
        format!("named {noun}: {list}")
    } else if positions == count {
        format!("{count} positional {noun}: {list}")
    } else {
        format!("{count} {noun}: {list}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use error_codes_table::parse::Row;

    fn row(code: &str, description: &str) -> Row {
        Row {
            line: 7,
            code: code.into(),
            description: description.into(),
            module: None,
            name: None,
            deprecated: None,
            http_status: Vec::new(),
            message: None,
            solution: None,
            grpc_code: None,
            values: Vec::new(),
            translations: Vec::new(),
        }
    }

    /// The arms without proc macros lex, name no proc macro, and say what
    /// each row takes.
    #[test]
    fn compile_error_arms_need_no_proc_macro() {
        let rows = [row("A.1", "Bad {0} and {name}."), row("A.2", "Plain.")];
        let variants: Vec<Variant> = rows
            .iter()
            .map(|row| Variant {
                name: "A".into(),
                row,
                also: Vec::new(),
            })
            .collect();
        let templates = crate::templates::of(&variants);
        let paths = Paths {
            enum_path: "E",
            fill: "__m_fill",
            enum_name: "E",
            csv: "t.csv",
        };
        let text = arms(&variants, &templates, &paths, &Errors::CompileError);
        assert!(!text.contains("unknown_code"), "{text}");
        assert!(
            text.contains(r#"wrong arguments for E code \"A.1\" (t.csv:7), which takes 2 arguments: {0}, {name}"#),
            "{text}"
        );
        assert!(!text.contains("\"A.2\""), "{text}");
        // Both orders of one name are one arm: positions, then the name.
        assert_eq!(text.matches("name = $v0:expr").count(), 1, "{text}");
        let lexed: Result<proc_macro2::TokenStream, _> = text.parse();
        assert!(lexed.is_ok(), "{text}");
    }

    #[test]
    fn names_are_accepted_in_every_order_up_to_four() {
        assert_eq!(orders(0), [Vec::<usize>::new()]);
        assert_eq!(orders(2), [vec![0, 1], vec![1, 0]]);
        assert_eq!(orders(4).len(), 24);
        assert_eq!(orders(5), [vec![0, 1, 2, 3, 4]]);
    }

    #[test]
    fn what_a_row_takes_is_worded_by_its_kind() {
        let list = |items: &[&str]| items.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(takes(&list(&["0"]), 1), "1 positional argument: {0}");
        assert_eq!(takes(&list(&["a", "b"]), 0), "named arguments: {a}, {b}");
        assert_eq!(takes(&list(&["0", "b"]), 1), "2 arguments: {0}, {b}");
    }
}
