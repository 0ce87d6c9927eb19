//! What Google's AIP-193 refuses in a table whose codes are sent as gRPC's
//! `ErrorInfo` (the `domain` option says they are): a `reason` (the code)
//! is UPPER_SNAKE_CASE of at most 63 characters, and the metadata's keys
//! (the placeholders' names) are lowerCamelCase. `error-codes check`
//! prints them as notes, so that a team that follows AIP-193 sees them
//! before review; the table still builds.

use crate::table::Entry;

/// The longest reason AIP-193 allows.
const MAX_REASON: usize = 63;

/// The notes for `entries` of the table at `path`, one line each.
pub fn notes(path: &str, entries: &[Entry]) -> Vec<String> {
    let mut notes = Vec::new();
    for entry in entries {
        let code = &entry.code;
        let at = format!("{path}:{}: note: AIP-193", entry.line);
        if !upper_snake_case(code) {
            notes.push(format!(
                "{at}: the reason `{code}` is not UPPER_SNAKE_CASE (capital letters, digits and `_`, starting with a letter)"
            ));
        }
        let length = code.chars().count();
        if length > MAX_REASON {
            notes.push(format!(
                "{at}: the reason `{code}` has {length} characters, more than {MAX_REASON}"
            ));
        }
        for placeholder in entry.placeholders() {
            if !lower_camel_case(&placeholder) {
                notes.push(format!(
                    "{at}: the placeholder `{{{placeholder}}}` of code `{code}` is no lowerCamelCase name, as ErrorInfo's metadata keys are"
                ));
            }
        }
    }
    notes
}

/// `NOT_FOUND`, `QUOTA_2X`: a capital letter, then capitals, digits and
/// single underscores, not ending in one.
fn upper_snake_case(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.first().is_some_and(u8::is_ascii_uppercase)
        && bytes
            .iter()
            .all(|&b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
        && !text.ends_with('_')
        && !text.contains("__")
}

/// `accountId`, `region2`: a small letter, then letters and digits.
fn lower_camel_case(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.first().is_some_and(u8::is_ascii_lowercase) && bytes.iter().all(u8::is_ascii_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_and_keys_as_aip_193_writes_them() {
        for good in ["NOT_FOUND", "A", "QUOTA_2X", "E404"] {
            assert!(upper_snake_case(good), "{good}");
        }
        for bad in [
            "not_found",
            "NotFound",
            "_A",
            "A_",
            "A__B",
            "4XX",
            "A-B",
            "",
            "A.1",
        ] {
            assert!(!upper_snake_case(bad), "{bad}");
        }
        for good in ["accountId", "region", "a1"] {
            assert!(lower_camel_case(good), "{good}");
        }
        for bad in ["account_id", "AccountId", "0", "", "a-b"] {
            assert!(!lower_camel_case(bad), "{bad}");
        }
    }
}
