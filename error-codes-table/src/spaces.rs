//! Codes with white space or control characters inside: a code is sent by
//! a service and matched byte for byte, so `DCS. 4855` (a slip in a real
//! table) would never match what the service sends, and nothing would say
//! so. Tables whose codes are phrases (`Moved Permanently`) say
//! `allow_spaces = true`.

use crate::parse::Row;
use crate::problem::Problem;

/// A problem at every row whose code has white space inside (unless
/// allowed) or a control character that is not white space (always: no
/// one types one on purpose).
pub fn check_code_characters<'a>(
    rows: impl IntoIterator<Item = &'a Row>,
    allow_spaces: bool,
) -> Vec<Problem> {
    let mut problems = Vec::new();
    for row in rows {
        let code = &row.code;
        // Codes are nearly always printable ASCII: one pass over bytes.
        if code.bytes().all(|b| b.is_ascii_graphic()) {
            continue;
        }
        if let Some(c) = code.chars().find(|c| c.is_control() && !c.is_whitespace()) {
            problems.push(Problem::at(
                row.line,
                format!(
                    "code `{}` has a control character (U+{:04X}) inside; remove it",
                    code.escape_debug(),
                    u32::from(c)
                ),
            ));
        } else if !allow_spaces && let Some(c) = code.chars().find(|c| c.is_whitespace()) {
            let what = if c == ' ' {
                "a space".to_owned()
            } else {
                format!("white space (U+{:04X})", u32::from(c))
            };
            problems.push(Problem::at(
                row.line,
                format!(
                    "code `{}` has {what} inside, so it never matches a code sent without it; remove it, or add `allow_spaces = true` if the codes are phrases",
                    code.escape_debug()
                ),
            ));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse;

    fn problems(text: &str, allow_spaces: bool) -> Vec<String> {
        let table = parse::parse(text.as_bytes()).expect("parses");
        check_code_characters(&table.rows, allow_spaces)
            .iter()
            .map(|p| p.display("t.csv").to_string())
            .collect()
    }

    #[test]
    fn a_space_inside_a_code_is_an_error_at_its_line() {
        assert_eq!(
            problems(
                "code,description\nSVC.0001,a\nSVC. 0002,b\nSVC.\u{a0}0003,c\n",
                false
            ),
            [
                "t.csv:3: code `SVC. 0002` has a space inside, so it never matches a code sent without it; remove it, or add `allow_spaces = true` if the codes are phrases",
                "t.csv:4: code `SVC.\\u{a0}0003` has white space (U+00A0) inside, so it never matches a code sent without it; remove it, or add `allow_spaces = true` if the codes are phrases",
            ]
        );
    }

    #[test]
    fn phrases_are_allowed_when_the_table_says_so() {
        assert!(problems("code,description\nNot Found,a\nGone,b\n", true).is_empty());
        assert!(problems("code,description\nCaf\u{e9}.1,a\n", false).is_empty());
    }

    #[test]
    fn control_characters_are_always_an_error() {
        assert_eq!(
            problems("code,description\n\"A\u{7}B\",a\n", true),
            ["t.csv:2: code `A\\u{7}B` has a control character (U+0007) inside; remove it"]
        );
        assert_eq!(
            problems("code,description\n\"A\tB\",a\n", false),
            [
                "t.csv:2: code `A\\tB` has white space (U+0009) inside, so it never matches a code sent without it; remove it, or add `allow_spaces = true` if the codes are phrases"
            ]
        );
        assert!(problems("code,description\n\"A\tB\",a\n", true).is_empty());
    }
}
