//! Names and literals of the generated modules: the type's name, Python
//! member names, and string literals other languages read back exactly.

use crate::table::Entry;
use std::collections::HashMap;
use std::collections::hash_map;
use std::path::Path;

/// Where a name is used, for its rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Language {
    TypeScript,
    Python,
    OpenApi,
    /// A protobuf enum's name.
    Protobuf,
}

/// `otc-volume-backup.csv` gives `OtcVolumeBackup`; a stem without a
/// letter or digit gives `ErrorCodes`, one starting with a digit a leading
/// `_`.
pub fn enum_name_from_path(path: &Path) -> String {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut name = String::new();
    for word in stem
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            name.push(first.to_ascii_uppercase());
            name.extend(chars);
        }
    }
    if name.is_empty() {
        return "ErrorCodes".to_string();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, '_');
    }
    name
}

/// Words a type cannot be named in TypeScript (reserved words and the
/// predefined type names).
const TYPESCRIPT_RESERVED: &[&str] = &[
    "any",
    "as",
    "boolean",
    "break",
    "case",
    "catch",
    "class",
    "const",
    "continue",
    "debugger",
    "declare",
    "default",
    "delete",
    "do",
    "else",
    "enum",
    "export",
    "extends",
    "false",
    "finally",
    "for",
    "function",
    "if",
    "implements",
    "import",
    "in",
    "instanceof",
    "interface",
    "let",
    "never",
    "new",
    "null",
    "number",
    "object",
    "package",
    "private",
    "protected",
    "public",
    "return",
    "static",
    "string",
    "super",
    "switch",
    "symbol",
    "this",
    "throw",
    "true",
    "try",
    "type",
    "typeof",
    "undefined",
    "unknown",
    "var",
    "void",
    "while",
    "with",
    "yield",
];

/// Python's keywords.
const PYTHON_KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// `name` if it can name the type in `language`: ASCII letters, digits and
/// `_`, not starting with a digit, not a reserved word.
pub fn checked(name: String, language: Language) -> Result<String, String> {
    let valid = name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if !valid {
        return Err(format!(
            "--enum {name:?}: not a name for the type (ASCII letters, digits and `_`, not starting with a digit)"
        ));
    }
    let reserved = match language {
        Language::TypeScript => TYPESCRIPT_RESERVED.contains(&name.as_str()),
        // The modules the Python module imports keep their names.
        Language::Python => {
            is_python_keyword(&name)
                || matches!(
                    name.as_str(),
                    "builtins" | "dataclasses" | "enum" | "typing"
                )
        }
        // `code` is the option the file declares beside the enum.
        Language::Protobuf => PROTOBUF_KEYWORDS.contains(&name.as_str()) || name == "code",
        Language::OpenApi => false,
    };
    if reserved {
        return Err(format!(
            "--enum {name}: a reserved word, or a name the file takes, in {}; pass another name",
            match language {
                Language::TypeScript => "TypeScript",
                Language::Protobuf => "protobuf",
                _ => "Python",
            }
        ));
    }
    Ok(name)
}

/// Words of the protobuf language a type is better not named.
const PROTOBUF_KEYWORDS: &[&str] = &[
    "bool",
    "bytes",
    "double",
    "enum",
    "extend",
    "extensions",
    "fixed32",
    "fixed64",
    "float",
    "import",
    "int32",
    "int64",
    "map",
    "message",
    "oneof",
    "option",
    "optional",
    "package",
    "public",
    "repeated",
    "reserved",
    "returns",
    "rpc",
    "service",
    "sfixed32",
    "sfixed64",
    "sint32",
    "sint64",
    "stream",
    "string",
    "syntax",
    "to",
    "uint32",
    "uint64",
    "weak",
];

pub fn is_python_keyword(word: &str) -> bool {
    PYTHON_KEYWORDS.contains(&word)
}

/// A string literal that JavaScript, TypeScript and Python all read back
/// as `text`: JSON's, with the two line separators JavaScript once refused
/// inside strings escaped.
pub fn string_literal(text: &str) -> String {
    serde_json::Value::from(text)
        .to_string()
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

/// `VolumeBackup0014` gives `VOLUME_BACKUP_0014`: a word break before an
/// upper-case letter that follows a lower-case one or starts a word
/// (`HTTPError` gives `HTTP_ERROR`), and between letters and digits.
pub fn upper_snake(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::new();
    for (index, &c) in chars.iter().enumerate() {
        let previous = index.checked_sub(1).map(|i| chars[i]);
        let next = chars.get(index + 1).copied();
        let boundary = match previous {
            None | Some('_') => false,
            Some(p) => {
                (c.is_uppercase() && (p.is_lowercase() || p.is_numeric()))
                    || (c.is_uppercase()
                        && p.is_uppercase()
                        && next.is_some_and(char::is_lowercase))
                    || (c.is_numeric() && p.is_alphabetic())
                    || (c.is_alphabetic() && p.is_numeric() && c.is_uppercase())
            }
        };
        if boundary && !out.ends_with('_') {
            out.push('_');
        }
        out.extend(c.to_uppercase());
    }
    out
}

/// An identifier as Python reads it: in Unicode normalization form KC, so
/// that fullwidth `Ａ` is `A` and `ﬁ` is `fi`. Written so, two names that
/// are one to Python look alike in the module too.
pub fn as_python_reads(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    if name.is_ascii() {
        name.to_string()
    } else {
        name.nfkc().collect()
    }
}

/// A Python member name per variant, in order: the variant's name in
/// upper snake case as Python reads it ([`as_python_reads`]), with `_` + a
/// number when two would be the same (`A.1` and fullwidth `Ａ.1` are two
/// variants in Rust, one name in Python), and `CODE_` before a name
/// Python would not take as a member (empty, a leading digit or
/// underscore).
pub fn python_members<'a>(variants: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut taken = std::collections::HashSet::new();
    let mut names = Vec::new();
    for variant in variants {
        let mut base = as_python_reads(&upper_snake(variant));
        let usable = base.starts_with(|c: char| c.is_alphabetic())
            && base.chars().all(|c| c.is_alphanumeric() || c == '_');
        if !usable {
            base = format!(
                "CODE_{}",
                base.trim_start_matches('_')
                    .chars()
                    .map(|c| if c.is_alphanumeric() { c } else { '_' })
                    .collect::<String>()
            );
        }
        let mut name = base.clone();
        let mut number = 2;
        while !taken.insert(name.clone()) {
            name = format!("{base}_{number}");
            number += 1;
        }
        names.push(name);
    }
    names
}

/// `name` with every character beyond ASCII written as `U` and its code
/// point in hexadecimal (`Ärger` gives `U00C4rger`), and a `_` between
/// such a number and a hexadecimal digit that follows it (`а8` gives
/// `U0430_8`): Go, C and protobuf take ASCII names, or not all of
/// Unicode's letters.
pub fn ascii_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut after_escape = false;
    for c in name.chars() {
        if c.is_ascii() {
            if after_escape && c.is_ascii_hexdigit() {
                out.push('_');
            }
            out.push(c);
            after_escape = false;
        } else {
            out.push_str(&format!("U{:04X}", u32::from(c)));
            after_escape = true;
        }
    }
    out
}

/// Text for a line comment: control characters (line breaks among them),
/// byte order marks and the bidirectional controls (which can make a
/// comment show in another order than a compiler reads it) as spaces,
/// runs of spaces as one, trimmed.
pub fn comment_text(text: &str) -> String {
    text.split(|c: char| {
        c.is_whitespace()
            || c.is_control()
            || matches!(
                c,
                '\u{feff}'
                    | '\u{202A}'..='\u{202E}'
                    | '\u{2066}'..='\u{2069}'
                    | '\u{200E}'
                    | '\u{200F}'
                    | '\u{061C}'
            )
    })
    .filter(|word| !word.is_empty())
    .collect::<Vec<_>>()
    .join(" ")
}

/// `text` between double quotes for a line comment (see [`comment_text`]).
pub fn quoted(text: &str) -> String {
    format!("\"{}\"", comment_text(text))
}

/// Whether the names of `entries` in `language` are all different once
/// `key` (the language's own idea of the same name) is applied; otherwise
/// every clash, as a `file:line: message` line naming both rows.
pub fn distinct(
    file: &str,
    language: &str,
    entries: &[Entry],
    names: &[String],
    key: impl Fn(&str) -> String,
) -> Result<(), String> {
    let mut first_with: HashMap<String, usize> = HashMap::new();
    let mut clashes = Vec::new();
    for (index, (entry, name)) in entries.iter().zip(names).enumerate() {
        match first_with.entry(key(name)) {
            hash_map::Entry::Vacant(slot) => {
                slot.insert(index);
            }
            hash_map::Entry::Occupied(slot) => {
                let (first, first_name) = (&entries[*slot.get()], &names[*slot.get()]);
                let same = if first_name == name {
                    String::new()
                } else {
                    format!(" (the same name as `{first_name}` in {language})")
                };
                clashes.push(format!(
                    "{file}:{}: code `{}` takes the {language} name `{name}`{same}, as code `{}` at line {} does; give one of them a `name` cell",
                    entry.line, entry.code, first.code, first.line
                ));
            }
        }
    }
    if clashes.is_empty() {
        Ok(())
    } else {
        Err(clashes.join("\n"))
    }
}

/// The entries whose name in the generated file is not `natural` of them
/// (a keyword, a name the file takes for itself, or characters beyond
/// ASCII), one line each (`code "ärger": U00C4rger`, the code as the
/// language's `literal`), for the file's header comment.
pub fn renamed(
    entries: &[Entry],
    names: &[String],
    natural: impl Fn(&Entry) -> String,
    literal: impl Fn(&str) -> String,
) -> Vec<String> {
    entries
        .iter()
        .zip(names)
        .filter(|(entry, name)| natural(entry) != **name)
        .map(|(entry, name)| format!("code {}: {name}", literal(&entry.code)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_from_files() {
        let name = |p: &str| enum_name_from_path(Path::new(p));
        assert_eq!(name("dir/otc-volume-backup.csv"), "OtcVolumeBackup");
        assert_eq!(name("codes.csv"), "Codes");
        assert_eq!(name("2024_errors.csv"), "_2024Errors");
        assert_eq!(name("---.csv"), "ErrorCodes");
    }

    #[test]
    fn reserved_and_malformed_names_are_refused() {
        assert!(checked("VbsError".into(), Language::TypeScript).is_ok());
        assert!(checked("string".into(), Language::TypeScript).is_err());
        assert!(checked("None".into(), Language::Python).is_err());
        assert!(checked("typing".into(), Language::Python).is_err());
        assert!(checked("None".into(), Language::TypeScript).is_ok());
        assert!(checked("Vbs-Error".into(), Language::OpenApi).is_err());
        assert!(checked("1Error".into(), Language::OpenApi).is_err());
    }

    #[test]
    fn members_in_upper_snake_case_and_unique() {
        assert_eq!(
            python_members(["VolumeBackup0014", "HTTPError", "HttpError", "_2xx", "Ok"]),
            [
                "VOLUME_BACKUP_0014",
                "HTTP_ERROR",
                "HTTP_ERROR_2",
                "CODE_2XX",
                "OK"
            ]
        );
    }

    #[test]
    fn members_python_reads_as_one_get_distinct_names() {
        assert_eq!(
            python_members(["A1", "\u{ff21}1", "\u{fb01}x", "FIX"]),
            ["A_1", "A_1_2", "FIX", "FIX_2"]
        );
    }

    #[test]
    fn comments_hold_no_control_that_reorders_text() {
        assert_eq!(
            comment_text("Right \u{202E}to left\u{202C}, \u{2066}isolated\u{2069}\t\r\nend"),
            "Right to left , isolated end"
        );
    }

    #[test]
    fn ascii_names_escape_beyond_ascii_unambiguously() {
        assert_eq!(ascii_name("VolumeBackup0014"), "VolumeBackup0014");
        assert_eq!(ascii_name("Ärger"), "U00C4rger");
        assert_eq!(ascii_name("Ошибка8"), "U041EU0448U0438U0431U043AU0430_8");
        assert_eq!(ascii_name("日本語1"), "U65E5U672CU8A9E_1");
    }

    #[test]
    fn literals_read_back_in_every_language() {
        assert_eq!(
            string_literal("a \"b\" \\ \n\u{2028}é"),
            "\"a \\\"b\\\" \\\\ \\n\\u2028é\""
        );
    }
}
