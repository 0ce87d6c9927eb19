//! Arguments of a checked code that no arm of the generated macro took:
//! what is wrong with them, said on the code's literal with the
//! row's placeholders and `file:line`; or, when they fit after all (a code
//! spelled another way, `r"A.1"`, or names in an order the arms do not
//! list), the filled row.

use error_codes_codegen::decode;
use error_codes_codegen::takes;
use proc_macro2::{Delimiter, Spacing, TokenStream, TokenTree};
use quote::quote;
use syn::LitStr;

/// What the checked-code macro passes for a code given arguments that no
/// arm took: the path of `fill`, the rows with placeholders (encoded four
/// strings each: code, positions, `file:line`, placeholders), the lines
/// (the table's path, then each code's line, in the order of the codes)
/// and the arguments as written.
pub struct WithArguments {
    pub fill: TokenStream,
    pub rows: LitStr,
    pub lines: LitStr,
    pub args: TokenStream,
}

/// A known code, the `index`th of the table's codes, given arguments: its
/// row filled, or the error.
pub fn known_code(
    enum_name: &str,
    code: &LitStr,
    value: &str,
    index: usize,
    variant: TokenStream,
    with: &WithArguments,
) -> syn::Result<TokenStream> {
    let rows = with.rows.value();
    let rows = decode(&rows);
    let row = rows.chunks_exact(4).find(|row| row[0] == value);
    let Some(&[_, positions, location, placeholders]) = row else {
        let lines = with.lines.value();
        let lines = decode(&lines);
        let at = match (lines.first(), lines.get(index + 1)) {
            (Some(file), Some(line)) => format!(" ({file}:{line})"),
            _ => String::new(),
        };
        return Err(syn::Error::new(
            code.span(),
            format!(
                "{enum_name} code {value:?}{at} takes no arguments: its text has no placeholders"
            ),
        ));
    };
    let placeholders: Vec<String> = decode(placeholders)
        .into_iter()
        .map(str::to_owned)
        .collect();
    let positions: usize = positions.parse().unwrap_or(0);
    let names = placeholders.get(positions..).unwrap_or_default();
    let args = arguments(with.args.clone());
    match problem(&args, positions, names) {
        None => {
            let fill = &with.fill;
            let args = args.iter().enumerate().map(|(at, arg)| {
                let (slot, value) = match arg {
                    Argument::Named(name, value) => (
                        positions + names.iter().position(|n| n == name).unwrap_or(0),
                        value,
                    ),
                    Argument::Positional(value) => (at, value),
                };
                quote!((&(#value) as &dyn ::core::fmt::Display, #slot))
            });
            Ok(quote!(#fill(#variant, &[#(#args),*])))
        }
        Some(problem) => Err(syn::Error::new(
            code.span(),
            format!(
                "{problem}: {enum_name} code {value:?} ({location}) takes {}",
                takes(&placeholders, positions)
            ),
        )),
    }
}

/// One argument as written: `name = value` or a value.
enum Argument {
    Named(String, TokenStream),
    Positional(TokenStream),
}

/// What is wrong, in the order a reader fixes it.
fn problem(args: &[Argument], positions: usize, names: &[String]) -> Option<String> {
    let mut seen_named = false;
    let mut given: Vec<&str> = Vec::new();
    let mut positional = 0;
    for arg in args {
        match arg {
            Argument::Named(name, _) => {
                seen_named = true;
                if !names.contains(name) {
                    if names.is_empty() {
                        return Some(format!(
                            "named argument `{name}` for positional placeholders"
                        ));
                    }
                    let closest = error_codes_table::suggest::closest(
                        name,
                        names.iter().map(String::as_str),
                        1,
                    );
                    return Some(match closest.first() {
                        Some(close) => {
                            format!("no placeholder {{{name}}} (did you mean `{close}`?)")
                        }
                        None => format!("no placeholder {{{name}}}"),
                    });
                }
                if given.contains(&name.as_str()) {
                    return Some(format!("argument `{name}` given twice"));
                }
                given.push(name);
            }
            Argument::Positional(_) if seen_named => {
                return Some("positional argument after named ones".to_owned());
            }
            Argument::Positional(_) => positional += 1,
        }
    }
    if positional > 0 && positions == 0 {
        let first = names.first().map_or("name", String::as_str);
        return Some(format!(
            "positional argument for named placeholders (write `{first} = ...`)"
        ));
    }
    if positional < positions {
        return Some(format!("too few arguments ({positional} positional)"));
    }
    if positional > positions {
        return Some(format!("too many arguments ({positional} positional)"));
    }
    let missing: Vec<String> = names
        .iter()
        .filter(|name| !given.contains(&name.as_str()))
        .map(|name| format!("`{name}`"))
        .collect();
    (!missing.is_empty()).then(|| format!("missing argument {}", missing.join(", ")))
}

/// The arguments split at top-level commas, each named when it starts
/// `ident =` (and not `ident ==`).
fn arguments(args: TokenStream) -> Vec<Argument> {
    let mut split: Vec<Vec<TokenTree>> = vec![Vec::new()];
    for token in args {
        match &token {
            TokenTree::Punct(p) if p.as_char() == ',' => split.push(Vec::new()),
            _ => {
                if let Some(last) = split.last_mut() {
                    last.push(token);
                }
            }
        }
    }
    split
        .into_iter()
        .filter(|tokens| !tokens.is_empty())
        .map(|tokens| {
            // A `$v:expr` forwarded by an arm arrives in an invisible group.
            let tokens = match tokens.as_slice() {
                [TokenTree::Group(g)] if g.delimiter() == Delimiter::None => {
                    g.stream().into_iter().collect()
                }
                _ => tokens,
            };
            match tokens.as_slice() {
                [TokenTree::Ident(name), TokenTree::Punct(eq), value @ ..]
                    if eq.as_char() == '=' && eq.spacing() == Spacing::Alone =>
                {
                    Argument::Named(name.to_string(), value.iter().cloned().collect())
                }
                _ => Argument::Positional(tokens.into_iter().collect()),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem_of(args: &str, positions: usize, names: &[&str]) -> Option<String> {
        let names: Vec<String> = names.iter().map(|n| n.to_string()).collect();
        problem(&arguments(args.parse().unwrap()), positions, &names)
    }

    #[test]
    fn each_mistake_is_named() {
        assert_eq!(
            problem_of("a", 2, &[]).unwrap(),
            "too few arguments (1 positional)"
        );
        assert_eq!(
            problem_of("a, b, c", 2, &[]).unwrap(),
            "too many arguments (3 positional)"
        );
        assert_eq!(
            problem_of("x = 1", 0, &["status"]).unwrap(),
            "no placeholder {x}"
        );
        assert_eq!(
            problem_of("status = 1", 1, &[]).unwrap(),
            "named argument `status` for positional placeholders"
        );
        assert_eq!(
            problem_of("1", 0, &["status"]).unwrap(),
            "positional argument for named placeholders (write `status = ...`)"
        );
        assert_eq!(
            problem_of("a = 1, a = 2", 0, &["a", "b"]).unwrap(),
            "argument `a` given twice"
        );
        assert_eq!(
            problem_of("b = 1", 0, &["a", "b"]).unwrap(),
            "missing argument `a`"
        );
        assert_eq!(
            problem_of("a = 1, 2", 1, &["a"]).unwrap(),
            "positional argument after named ones"
        );
        // Comparisons and nested commas are one positional argument each.
        assert_eq!(problem_of("a == b, f(x, y)", 2, &[]), None);
        assert_eq!(problem_of("1, a = 2,", 1, &["a"]), None);
    }
}
