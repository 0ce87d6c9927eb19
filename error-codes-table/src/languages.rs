//! The languages of a table: the unsuffixed columns are in the table's
//! language (the `language` option, English unless it says otherwise), a
//! column headed `description@de`, `message@zh-CN` or `solution@pt-BR`
//! holds the same column translated into the language its BCP 47 tag
//! names.
//!
//! Tags are checked for the form RFC 5646 gives them (its `langtag` and
//! private-use productions), not against the IANA registry: a registry
//! would be a table to keep current, and a well-formed tag that no
//! registry knows still names the column's language to the people who
//! read the table.

use crate::header::Standard;

/// What the options say about the table's languages.
#[derive(Debug, Clone, PartialEq)]
pub struct Languages {
    /// `language = "en"`: the language of the unsuffixed columns.
    pub default: String,
    /// `require_languages = ["de", ...]`: languages in which every cell
    /// the table's language has must be translated.
    pub required: Vec<String>,
}

impl Default for Languages {
    fn default() -> Self {
        Languages {
            default: "en".to_owned(),
            required: Vec::new(),
        }
    }
}

/// The columns that take a translation: what a person reads.
pub const TRANSLATED: [Standard; 3] =
    [Standard::Description, Standard::Message, Standard::Solution];

/// A heading `base@tag` split at its last `@`, where there is one.
pub fn split_heading(heading: &str) -> Option<(&str, &str)> {
    heading.rsplit_once('@')
}

/// What a tag is written with, as the error says it.
pub const TAG_FORM: &str =
    "write a BCP 47 language tag such as `de`, `zh-CN`, `pt-BR` or `sr-Latn-RS`";

/// Whether `tag` is a well-formed BCP 47 language tag (RFC 5646 section
/// 2.1: a `langtag`, or a private-use tag `x-...`), ASCII case ignored.
/// Irregular grandfathered tags (`i-klingon`) are not accepted: no table
/// needs them, and each has a modern tag.
pub fn is_well_formed(tag: &str) -> bool {
    let subtags: Vec<&str> = tag.split('-').collect();
    if subtags
        .iter()
        .any(|s| s.is_empty() || s.len() > 8 || !s.bytes().all(|b| b.is_ascii_alphanumeric()))
    {
        return false;
    }
    let alpha = |s: &str| s.bytes().all(|b| b.is_ascii_alphabetic());
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let mut rest = &subtags[..];
    // A private-use tag: `x-` and one or more subtags.
    if rest[0].eq_ignore_ascii_case("x") {
        return rest.len() > 1;
    }
    // language: 2-3 letters with up to three extlangs, or 4 to 8 letters.
    let language = rest[0];
    if !alpha(language) || language.len() < 2 {
        return false;
    }
    rest = &rest[1..];
    if language.len() <= 3 {
        let mut extlangs = 0;
        while let [next, after @ ..] = rest {
            if extlangs < 3 && next.len() == 3 && alpha(next) {
                extlangs += 1;
                rest = after;
            } else {
                break;
            }
        }
    }
    // script: 4 letters.
    if let [next, after @ ..] = rest
        && next.len() == 4
        && alpha(next)
    {
        rest = after;
    }
    // region: 2 letters or 3 digits.
    if let [next, after @ ..] = rest
        && ((next.len() == 2 && alpha(next)) || (next.len() == 3 && digits(next)))
    {
        rest = after;
    }
    // variants: 5 to 8 alphanumerics, or a digit and 3 alphanumerics;
    // none twice.
    let mut variants: Vec<&str> = Vec::new();
    while let [next, after @ ..] = rest {
        let variant = next.len() >= 5 || (next.len() == 4 && next.as_bytes()[0].is_ascii_digit());
        if !variant {
            break;
        }
        if variants.iter().any(|v| v.eq_ignore_ascii_case(next)) {
            return false;
        }
        variants.push(next);
        rest = after;
    }
    // extensions: a singleton other than `x`, then subtags of 2 to 8; no
    // singleton twice.
    let mut singletons: Vec<u8> = Vec::new();
    while let [next, after @ ..] = rest {
        if next.len() != 1 || next.eq_ignore_ascii_case("x") {
            break;
        }
        let singleton = next.as_bytes()[0].to_ascii_lowercase();
        if singletons.contains(&singleton) {
            return false;
        }
        singletons.push(singleton);
        let taken = after.iter().take_while(|s| s.len() >= 2).count();
        if taken == 0 {
            return false;
        }
        rest = &after[taken..];
    }
    // private use: `x` and one or more subtags.
    match rest {
        [] => true,
        [x, after @ ..] => x.eq_ignore_ascii_case("x") && !after.is_empty(),
    }
}

/// The primary language subtag: `zh` of `zh-CN`.
pub fn primary(tag: &str) -> &str {
    tag.split('-').next().unwrap_or(tag)
}

#[cfg(test)]
mod tests {
    use super::{is_well_formed, primary, split_heading};

    #[test]
    fn well_formed_tags_are_accepted() {
        for tag in [
            "de",
            "zh-CN",
            "pt-BR",
            "ZH-hant-TW",
            "sr-Latn-RS",
            "es-419",
            "ja",
            "haw",
            "zh-yue-HK",
            "de-CH-1996",
            "sl-rozaj-biske",
            "en-US-u-ca-gregory",
            "en-x-internal",
            "x-klingon",
        ] {
            assert!(is_well_formed(tag), "{tag}");
        }
    }

    #[test]
    fn malformed_tags_are_refused() {
        for tag in [
            "",
            "e",
            "en_US",
            "en-US-subtaglonger",
            "de-",
            "-de",
            "de--CH",
            "zh-CN-CN",
            "1de",
            "de-DE-u",
            "de-a-xx-a-yy",
            "sl-rozaj-rozaj",
            "x",
            "en-x",
            "日本語",
            "de CH",
        ] {
            assert!(!is_well_formed(tag), "{tag}");
        }
    }

    #[test]
    fn headings_split_at_the_last_at_sign() {
        assert_eq!(split_heading("description@de"), Some(("description", "de")));
        assert_eq!(
            split_heading("Error Message@zh-CN"),
            Some(("Error Message", "zh-CN"))
        );
        assert_eq!(split_heading("description"), None);
        assert_eq!(primary("zh-Hant-TW"), "zh");
        assert_eq!(primary("de"), "de");
    }
}
