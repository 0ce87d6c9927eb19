//! Which of a table's languages a tag asks for, in the order they are
//! tried: its exact tag (ASCII case ignored), then those of the same
//! primary language (`zh` finds `zh-CN`), each in the table's order. The
//! rule is here once, for the runtime's `description_in` (const, in
//! error-codes-core) and for the command line's pages in one language,
//! so that both choose alike.

/// How well `language` fits the tag `asked`: `0` its exact tag, `1` its
/// primary language, `2` no fit.
pub const fn fit(language: &str, asked: &str) -> u8 {
    let (a, b) = (language.as_bytes(), asked.as_bytes());
    let mut at = 0;
    loop {
        let x = if at < a.len() { a[at] } else { b'-' };
        let y = if at < b.len() { b[at] } else { b'-' };
        if !x.eq_ignore_ascii_case(&y) {
            return 2;
        }
        if x == b'-' {
            // The primary subtags agree.
            return if equal_ignoring_case(a, b) { 0 } else { 1 };
        }
        at += 1;
    }
}

const fn equal_ignoring_case(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut at = 0;
    while at < a.len() {
        if !a[at].eq_ignore_ascii_case(&b[at]) {
            return false;
        }
        at += 1;
    }
    true
}

/// The index in `languages` of the `n`-th language (from 0) that fits
/// `asked`: those of its exact tag first, then those of its primary
/// language, each in order; `None` past the last. A text in the language
/// asked for is the first of these whose cell is not empty, else the
/// table's own (the first of `languages`).
pub const fn fitting(languages: &[&str], asked: &str, n: usize) -> Option<usize> {
    let mut seen = 0;
    let mut wanted = 0;
    while wanted < 2 {
        let mut at = 0;
        while at < languages.len() {
            if fit(languages[at], asked) == wanted {
                if seen == n {
                    return Some(at);
                }
                seen += 1;
            }
            at += 1;
        }
        wanted += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::{fit, fitting};

    #[test]
    fn tags_fit_exactly_then_by_primary_language() {
        assert_eq!(fit("zh-CN", "ZH-cn"), 0);
        assert_eq!(fit("zh-CN", "zh"), 1);
        assert_eq!(fit("zh-CN", "zh-TW"), 1);
        assert_eq!(fit("de", "de"), 0);
        assert_eq!(fit("de", "da"), 2);
        assert_eq!(fit("de", ""), 2);
        assert_eq!(fit("", ""), 0);
    }

    #[test]
    fn exact_tags_come_before_primary_languages() {
        let languages = ["en", "zh-TW", "de", "zh-CN"];
        // The first three that fit, `None` past the last (no `Vec`: no std).
        let all = |asked| [0, 1, 2].map(|n| fitting(&languages, asked, n));
        assert_eq!(all("zh-cn"), [Some(3), Some(1), None]);
        assert_eq!(all("zh"), [Some(1), Some(3), None]);
        assert_eq!(all("EN-gb"), [Some(0), None, None]);
        assert_eq!(all("fr"), [None, None, None]);
        assert_eq!(fitting(&[], "de", 0), None);
    }
}
