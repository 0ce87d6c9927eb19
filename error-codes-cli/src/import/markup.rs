//! The text a reader sees in a code cell or a heading: pages write codes as
//! links (`[1000](https://...)`), literals (`` `BLOB_UNKNOWN` ``), bold
//! text or with escaped underscores (`ERROR\_FILE\_NOT\_FOUND`), and
//! headings as `**Error**` or `<b>Error Code</b>`. A code is what the
//! service sends, so its markup goes; descriptions keep theirs.

/// `cell` without the markup around and inside it, in one pass over it.
pub fn visible(cell: &str) -> String {
    let mut text = String::with_capacity(cell.len());
    let chars: Vec<char> = cell.trim().chars().collect();
    // Where the last `>` and `)` are: a `<` or `](` after them closes
    // nothing, found without looking through the rest again.
    let last_gt = chars.iter().rposition(|&c| c == '>');
    let last_paren = chars.iter().rposition(|&c| c == ')');
    let marks = code_span_marks(&chars);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            // A backslash escape of ASCII punctuation: the character.
            '\\' if chars.get(i + 1).is_some_and(char::is_ascii_punctuation) => {
                text.push(chars[i + 1]);
                i += 2;
            }
            // An HTML tag (`<code>`, `<b>`, `</a>`, `<br/>`): nothing.
            '<' if last_gt.is_some_and(|gt| gt > i) && is_tag(&chars[i..]) => {
                let end = chars[i..].iter().position(|&c| c == '>').unwrap_or(0);
                i += end + 1;
            }
            // Emphasis marks: nothing.
            '*' => i += 1,
            // A code span's backticks: nothing; a run of backticks that no
            // run of the same length closes is text (`A`B` keeps its mark).
            '`' => {
                let run = chars[i..].iter().take_while(|&&c| c == '`').count();
                if !marks.contains(&i) {
                    text.extend(std::iter::repeat_n('`', run));
                }
                i += run;
            }
            '_' if edge(&chars, i) => i += 1,
            // A link: its text (the `(url)` after `]` is skipped).
            '[' => i += 1,
            ']' if chars.get(i + 1) == Some(&'(') && last_paren.is_some_and(|p| p > i) => {
                let end = chars[i..].iter().position(|&c| c == ')');
                i += end.map_or(1, |end| end + 1);
            }
            // RST: a role's name (`:code:`) before its text.
            ':' if i == 0 => {
                let role = chars[1..].iter().position(|&c| c == ':');
                match role {
                    Some(end) if chars.get(end + 2) == Some(&'`') => i = end + 2,
                    _ => {
                        text.push(c);
                        i += 1;
                    }
                }
            }
            '&' => {
                let entity: String = chars[i..].iter().take(8).collect();
                let known = [
                    ("&amp;", '&'),
                    ("&lt;", '<'),
                    ("&gt;", '>'),
                    ("&quot;", '"'),
                    ("&#39;", '\''),
                    ("&nbsp;", ' '),
                ];
                match known.iter().find(|(name, _)| entity.starts_with(name)) {
                    Some((name, c)) => {
                        text.push(*c);
                        i += name.len();
                    }
                    None => {
                        text.push('&');
                        i += 1;
                    }
                }
            }
            _ => {
                text.push(c);
                i += 1;
            }
        }
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The start of every run of backticks that opens or closes a code span:
/// runs pair from the left with the next run of the same length, as
/// CommonMark pairs them; a run left unpaired is text. Linear but for a
/// binary search per run, whatever the cell holds.
pub fn code_span_marks(chars: &[char]) -> std::collections::HashSet<usize> {
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '`' {
            let length = chars[i..].iter().take_while(|&&c| c == '`').count();
            runs.push((i, length));
            i += length;
        } else {
            i += 1;
        }
    }
    let mut by_length: std::collections::HashMap<usize, Vec<usize>> = Default::default();
    for (index, &(_, length)) in runs.iter().enumerate() {
        by_length.entry(length).or_default().push(index);
    }
    let mut marks = std::collections::HashSet::new();
    let mut index = 0;
    while index < runs.len() {
        let (start, length) = runs[index];
        let same = &by_length[&length];
        let next = same.partition_point(|&k| k <= index);
        match same.get(next) {
            Some(&close) => {
                marks.insert(start);
                marks.insert(runs[close].0);
                index = close + 1;
            }
            None => index += 1,
        }
    }
    marks
}

/// The code a cell holds: its visible text without the footnote marks a
/// page writes after it (`E121 (\\*^)`, `E7 [#]_`, `E8†`).
pub fn code_text(cell: &str) -> String {
    let mut raw = cell.trim();
    // An RST footnote reference: ` [#]_`, ` [1]_`, ` [*]_`.
    if let Some(rest) = raw.strip_suffix("]_")
        && let Some(open) = rest.rfind('[')
        && open > 0
        && rest[open + 1..]
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '#' | '*'))
    {
        raw = rest[..open].trim_end();
    }
    let mut text = visible(raw);
    // A few marks at most: a cell of thousands of `(^)` costs no more.
    for _ in 0..4 {
        let before = text.len();
        // `(*^)`, `(†)`: marks in brackets, no letter or digit among them;
        // `EAGAIN (aka EWOULDBLOCK)`: a remark of several words after a
        // code of one.
        if text.ends_with(')')
            && let Some(open) = text.rfind(" (")
        {
            let inner = &text[open + 2..text.len() - 1];
            let marks = !inner.chars().any(char::is_alphanumeric);
            let remark = inner.contains(' ') && !text[..open].contains(char::is_whitespace);
            if marks || remark {
                text.truncate(open);
            }
        }
        while let Some(last) = text.chars().last()
            && matches!(last, '†' | '‡' | '^' | '¹' | '²' | '³' | '⁴' | '⁵')
            && text.chars().count() > 1
        {
            text.pop();
        }
        text = text.trim_end().to_string();
        if text.len() == before {
            break;
        }
    }
    text
}

/// Whether `chars` starts with an HTML tag: `<` then a letter or `/` (a
/// `>` follows somewhere).
fn is_tag(chars: &[char]) -> bool {
    chars
        .get(1)
        .is_some_and(|c| c.is_ascii_alphabetic() || *c == '/')
}

/// Whether the `_` at `i` opens or closes emphasis: at the cell's edge or
/// beside white space, not inside a word (`ERROR_FILE` keeps its `_`).
fn edge(chars: &[char], i: usize) -> bool {
    let before = i.checked_sub(1).and_then(|b| chars.get(b));
    let after = chars.get(i + 1);
    let outside = |c: Option<&char>| c.is_none_or(|c| c.is_whitespace() || *c == '_');
    outside(before) || outside(after)
}

/// Whether the cell is bold as a whole (`**COMMON**`, `__Code__`), as
/// headings and section rows are written.
pub fn is_bold(cell: &str) -> bool {
    let cell = cell.trim();
    let inner = cell
        .strip_prefix("**")
        .and_then(|c| c.strip_suffix("**"))
        .or_else(|| cell.strip_prefix("__").and_then(|c| c.strip_suffix("__")));
    inner.is_some_and(|inner| !inner.trim().is_empty() && !inner.contains("**"))
}

/// Whether the cell is in italics as a whole (`*Indentation*`), not bold.
pub fn is_italic(cell: &str) -> bool {
    let cell = cell.trim();
    let inner = cell
        .strip_prefix('*')
        .and_then(|c| c.strip_suffix('*'))
        .or_else(|| cell.strip_prefix('_').and_then(|c| c.strip_suffix('_')));
    inner.is_some_and(|inner| {
        !inner.trim().is_empty() && !inner.contains(['*', '_']) && !is_bold(cell)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_lose_their_markup() {
        assert_eq!(visible("[1000](https://example.com/e#1000)"), "1000");
        assert_eq!(visible("`BLOB_UNKNOWN`"), "BLOB_UNKNOWN");
        assert_eq!(visible("``NO_ROOM``"), "NO_ROOM");
        assert_eq!(
            visible("ERROR\\_FILE\\_NOT\\_FOUND"),
            "ERROR_FILE_NOT_FOUND"
        );
        assert_eq!(visible("**E.1**"), "E.1");
        assert_eq!(visible("__E.1__"), "E.1");
        assert_eq!(visible("<code>E_2</code>"), "E_2");
        assert_eq!(visible("<b>Error Code</b>"), "Error Code");
        assert_eq!(visible(":code:`E3`"), "E3");
        assert_eq!(visible("A&amp;B"), "A&B");
        assert_eq!(visible("ERROR_FILE"), "ERROR_FILE");
        assert_eq!(visible("Moved Permanently"), "Moved Permanently");
        assert_eq!(visible("a < b"), "a < b");
        assert_eq!(visible("E.1 "), "E.1");
        // A backtick that opens no code span is part of the code.
        assert_eq!(visible("A`B"), "A`B");
        assert_eq!(visible("`A` or `B`"), "A or B");
        assert_eq!(visible("``A`B``"), "A`B");
    }

    #[test]
    fn codes_lose_their_footnote_marks() {
        assert_eq!(code_text("E121 (\\*^)"), "E121");
        assert_eq!(code_text("E7 [#]_"), "E7");
        assert_eq!(code_text("E8†"), "E8");
        assert_eq!(code_text("E9 (x)"), "E9 (x)");
        assert_eq!(code_text("``EAGAIN`` (aka ``EWOULDBLOCK``)"), "EAGAIN");
        assert_eq!(code_text("Not Found (see below)"), "Not Found (see below)");
        assert_eq!(code_text("^"), "^");
    }

    #[test]
    fn bold_cells() {
        assert!(is_bold("**COMMON**"));
        assert!(is_bold(" __Code__ "));
        assert!(!is_bold("**a** and **b**"));
        assert!(!is_bold("****"));
        assert!(!is_bold("COMMON"));
    }
}
