//! A description as a person reads the rendered cell, for `description()`
//! and `Display`: inline markup removed, line breaks and runs of white space
//! collapsed to one space. The variant's rustdoc keeps the markup.
//!
//! Published tables are Markdown (rendered by CommonMark, which
//! `pulldown-cmark` implements) or reStructuredText converted cell by cell.
//! The RST constructs that Markdown reads differently (roles, named links,
//! escaped spaces, admonitions) are first rewritten to their Markdown
//! meaning; ``x`` is a code span in both.
//!
//! A table cell is inline content, as in a GitHub pipe table: what would
//! open a block at the start of a line of a document (`#`, `>`, `-`, `1.`,
//! `---`, `===`, four spaces, a fence, an HTML block, a link reference
//! definition) is text there, so `# of retries exceeded.` keeps its `#`,
//! as in a Markdown table. Inline HTML elements render (their tags are not text), but
//! a tag that names no HTML element is text: `Parameter <name> is
//! invalid.` keeps `<name>`.
//!
//! The parser is pulldown-cmark, behind the `commonmark` feature (on by
//! default here, off by default in error-codes-core, for a first build
//! without it). Most cells never reach it: plain text and the commonest
//! markup are read by a short cut that a test holds to the parser's
//! result. Without the feature, a cell beyond the short cut is refused
//! ([`needs_commonmark`]) rather than read differently, so that turning the
//! feature on never changes a description that builds without it.

use std::borrow::Cow;

/// The plain text of a description written in Markdown or RST.
pub fn plain_text(markup: &str) -> String {
    // Most descriptions have no markup at all and nothing to collapse: a
    // macro built at opt-level 0 then skips the parser, which costs far
    // more than this scan.
    if is_plain_already(markup) {
        return markup.to_owned();
    }
    if let Some(text) = simple_inline(markup, Braces::AsWritten) {
        return text;
    }
    through_the_parser(markup, Braces::AsWritten)
}

/// The plain text of a description as a template for
/// [`placeholders`](crate::placeholders): as [`plain_text`], but with every
/// brace inside a code span or an RST literal (``` ``x`` ```,
/// `:literal:`x``, `:code:`x``) doubled, so that `` `{"a": 1}` `` stays
/// text and is never read as a placeholder.
pub fn template_text(markup: &str) -> String {
    if is_plain_already(markup) {
        return markup.to_owned();
    }
    if let Some(text) = simple_inline(markup, Braces::LiteralsDoubled) {
        return text;
    }
    through_the_parser(markup, Braces::LiteralsDoubled)
}

/// Whether `markup` needs CommonMark's full inline rules for its plain
/// text and this build has not got them (the `commonmark` feature is
/// off): the front ends refuse such a cell, at its line, naming the
/// feature.
pub fn needs_commonmark(markup: &str) -> bool {
    !cfg!(feature = "commonmark") && beyond_the_short_cut(markup)
}

/// Whether `markup` needs CommonMark's full inline rules for its plain
/// text, whatever this build has: `error-codes check`, built with the
/// feature, notes such cells, which a default build refuses.
pub fn beyond_the_short_cut(markup: &str) -> bool {
    !is_plain_already(markup) && simple_inline(markup, Braces::AsWritten).is_none()
}

/// The problem of a cell for which [`needs_commonmark`] holds, for the
/// front ends to put after where the cell is.
pub const NEEDS_COMMONMARK: &str = "its markup needs the `commonmark` feature of error-codes-core (without it, only `**strong**`, `` `code` ``, `[text](url)`, `snake_case` and a `<` that opens no tag are read): turn it on, or write the cell with only those";

/// What happens to braces inside code spans and literals.
#[derive(Clone, Copy, PartialEq)]
enum Braces {
    /// Kept as written: the plain text.
    AsWritten,
    /// Doubled: the template text, where they are literal braces.
    LiteralsDoubled,
}

impl Braces {
    /// `literal`, with its braces doubled when they must be.
    fn literal<'t>(self, literal: &'t str) -> Cow<'t, str> {
        if self == Braces::LiteralsDoubled && literal.contains(['{', '}']) {
            Cow::Owned(literal.replace('{', "{{").replace('}', "}}"))
        } else {
            Cow::Borrowed(literal)
        }
    }
}

/// Whether a cell that is not empty shows no text once rendered
/// (`<b></b>`, `<!-- x -->`, `[](x)`, `&#32;`): the macro refuses such a
/// cell as it refuses an empty one.
pub fn renders_empty(markup: &str) -> bool {
    // Only a tag (`<b>`, `<!-- x -->`), a link's destination (after a
    // `[`) and a character reference (`&nbsp;`) hide letters and digits:
    // a cell with one before the first `<`, `[` or `&` shows it, and skips
    // being rendered twice. Most cells start with a letter or digit.
    if markup
        .as_bytes()
        .first()
        .is_some_and(u8::is_ascii_alphanumeric)
    {
        return false;
    }
    let shown = markup.find(char::is_alphanumeric);
    let hiding = markup.find(['<', '[', '&']);
    let may_hide = match (shown, hiding) {
        (None, _) => true,
        (Some(shown), Some(hiding)) => hiding < shown,
        (Some(_), None) => false,
    };
    may_hide && plain_text(markup).is_empty()
}

#[cfg(feature = "commonmark")]
mod commonmark;
#[cfg(feature = "commonmark")]
use commonmark::through_the_parser;

/// Without the parser, a cell the short cut cannot read: never reached by
/// a table that passed its checks ([`needs_commonmark`] refuses the cell),
/// so only its white space is collapsed.
#[cfg(not(feature = "commonmark"))]
fn through_the_parser(markup: &str, _: Braces) -> String {
    collapse_white_space(markup)
}
/// Whether `text` has single spaces between words, none at either end and
/// no other white space: nothing to collapse (see [`is_plain_already`] for
/// why these searches; text beyond ASCII is rare enough to be walked).
fn is_collapsed(text: &str) -> bool {
    let other_space = if text.is_ascii() {
        SPECIAL[7..].iter().any(|&space| text.contains(space))
    } else {
        text.chars().any(|c| c != ' ' && c.is_whitespace())
    };
    !other_space && !text.starts_with(' ') && !text.ends_with(' ') && !text.contains("  ")
}

/// Characters that Markdown or RST could read as markup inside a line, and
/// white space other than a single space.
/// White space other than the space comes last (see [`is_collapsed`]).
const SPECIAL: [char; 12] = [
    '*', '_', '`', '[', '\\', '<', '&', '\n', '\r', '\t', '\u{b}', '\u{c}',
];

/// Whether `text` reads as it is written: ASCII without any of [`SPECIAL`],
/// two spaces in a row, a space at either end or a start that could be an
/// RST directive (`.. note::`). What opens a block in a document is text
/// in a cell, so `# of`, `- ` or `1. ` at the start change nothing.
///
/// Each `contains` is a search in the standard library, optimized even in a
/// macro built at opt-level 0, where a loop over the bytes here took about
/// six times as long; most descriptions take this path.
fn is_plain_already(text: &str) -> bool {
    let bytes = text.as_bytes();
    !matches!(bytes.first(), Some(b' ' | b'.'))
        && bytes.last() != Some(&b' ')
        && text.is_ascii()
        && !SPECIAL.iter().any(|&special| text.contains(special))
        && !text.contains("  ")
}

/// The plain text of a description whose only markup is the commonest:
/// `**strong**` around words, `` `code` `` spans, `[links](url)` of plain
/// text, underscores inside words (`parent_id`) and a `<` that opens
/// nothing, in ASCII, on lines and in paragraphs; `None` for anything
/// else, which the parser reads.
///
/// A cell's lines are one paragraph up to a blank line, and CommonMark
/// reads a line break inside a paragraph as white space (the spaces and
/// tabs around it go), so each paragraph reads as its lines joined by one
/// space; markup never spans two paragraphs, so each is read on its own.
fn simple_inline(text: &str, braces: Braces) -> Option<String> {
    if !text.contains(['\n', '\r']) {
        return simple_line(text, braces);
    }
    let mut plain = String::with_capacity(text.len());
    let mut paragraph = String::new();
    // Whether a line before the paragraph's last ended in white space,
    // which a code span that runs onto the next line keeps.
    let (mut spaced_before, mut spaced_last) = (false, false);
    let mut lines = text.split('\n').peekable();
    while let Some(line) = lines.next() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        let trimmed = line.trim_matches([' ', '\t']);
        if !trimmed.is_empty() {
            if !paragraph.is_empty() {
                paragraph.push(' ');
                spaced_before |= spaced_last;
            }
            paragraph.push_str(trimmed);
            spaced_last = line.ends_with([' ', '\t']);
        }
        if (trimmed.is_empty() || lines.peek().is_none()) && !paragraph.is_empty() {
            if spaced_before && paragraph.contains('`') {
                return None;
            }
            if !plain.is_empty() {
                plain.push(' ');
            }
            plain.push_str(&simple_line(&paragraph, braces)?);
            paragraph.clear();
            spaced_before = false;
        }
    }
    Some(plain)
}

/// [`simple_inline`] on text of one line.
///
/// pulldown-cmark takes about 4 µs a description in a macro built at
/// opt-level 0, which Cargo gives proc macros: 40 ms for a table of 10,000
/// marked-up descriptions, against the 100 ms the whole macro may take.
/// The conditions here are those under which CommonMark's rules can only
/// read one way (an opening `**` after a space or the start and before a
/// letter or digit, a closing one after a letter or digit and before a
/// space, the end or closing punctuation, strictly alternating; code spans
/// whose backtick strings close, links of plain words to plain addresses),
/// and a test compares this with the parser on every string of a small
/// alphabet.
fn simple_line(text: &str, braces: Braces) -> Option<String> {
    let rst = [":`", "`_", ".. "].iter().any(|&mark| text.contains(mark));
    let bytes = text.as_bytes();
    let spaced = bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') || text.contains("  ");
    if rst || spaced {
        return None;
    }
    let byte = |at: usize| bytes.get(at).copied();
    let mut plain = String::with_capacity(text.len());
    let mut strong = false;
    let mut at = 0;
    while let Some(b) = byte(at) {
        match b {
            b'`' => {
                let fence = run(bytes, at, b'`');
                let start = at + fence;
                // The closing backtick string is the next one of the same length.
                let mut close = start;
                loop {
                    close += text.get(close..)?.find('`')?;
                    let length = run(bytes, close, b'`');
                    if length == fence {
                        break;
                    }
                    close += length;
                }
                let content = text.get(start..close)?;
                if content.contains('*') || content.trim().is_empty() {
                    return None;
                }
                let stripped = content
                    .strip_prefix(' ')
                    .and_then(|c| c.strip_suffix(' '))
                    .unwrap_or(content);
                plain.push_str(&braces.literal(stripped));
                at = close + fence;
            }
            b'*' => {
                if run(bytes, at, b'*') != 2 {
                    return None;
                }
                let before = at.checked_sub(1).and_then(byte);
                let after = byte(at + 2);
                let opens = matches!(before, None | Some(b' '))
                    && after.is_some_and(|a| a.is_ascii_alphanumeric());
                let closes = before.is_some_and(|c| c.is_ascii_alphanumeric())
                    && matches!(
                        after,
                        None | Some(b' ' | b'.' | b',' | b';' | b':' | b'!' | b'?' | b')')
                    );
                if !(if strong { closes } else { opens }) {
                    return None;
                }
                strong = !strong;
                at += 2;
            }
            b'_' => {
                let inside_a_word = at
                    .checked_sub(1)
                    .and_then(byte)
                    .is_some_and(|c| c.is_ascii_alphanumeric())
                    && byte(at + 1).is_some_and(|c| c.is_ascii_alphanumeric());
                if !inside_a_word {
                    return None;
                }
                plain.push('_');
                at += 1;
            }
            b'[' => {
                // `[text](destination)`: the text, when both are plain.
                let rest = text.get(at + 1..)?;
                let close = rest.find(']')?;
                let label = rest.get(..close)?;
                let after = rest.get(close + 1..)?.strip_prefix('(')?;
                let end = after.find(')')?;
                let destination = after.get(..end)?;
                let plain_label = !label.is_empty()
                    && label.bytes().all(|c| {
                        c.is_ascii_alphanumeric() || matches!(c, b' ' | b'.' | b',' | b'-' | b'\'')
                    });
                let plain_destination = !destination.is_empty()
                    && destination.bytes().all(|c| {
                        c.is_ascii_alphanumeric()
                            || matches!(
                                c,
                                b'-' | b'.' | b'/' | b':' | b'#' | b'?' | b'=' | b'%' | b'+'
                            )
                    });
                if !(plain_label && plain_destination) {
                    return None;
                }
                plain.push_str(label);
                at += 1 + close + 2 + end + 1;
            }
            // A `<` that no tag, comment, declaration or autolink can
            // start with (each needs a letter, `/`, `!`, `?` or an address
            // right after it) is itself: `signs (<) or (>)`.
            b'<' if matches!(
                byte(at + 1),
                None | Some(b' ' | b'(' | b')' | b',' | b';' | b':' | b'>')
            ) =>
            {
                plain.push('<');
                at += 1;
            }
            b'\\' | b'<' | b'&' | b'!' | b'~' | b'|' | b']' => return None,
            b if b.is_ascii_control() => return None,
            other if other.is_ascii() => {
                plain.push(char::from(other));
                at += 1;
            }
            // Beyond ASCII: a letter, a digit, a sign, and never markup
            // (only ASCII punctuation is); next to `**` or `_`, which the
            // arms above only accept beside ASCII letters and digits, it
            // leaves the cell to the parser.
            _ => {
                let letter = text.get(at..)?.chars().next()?;
                plain.push(letter);
                at += letter.len_utf8();
            }
        }
    }
    (!strong && is_collapsed(&plain)).then_some(plain)
}

/// The length of the run of `byte` starting at `at`.
fn run(bytes: &[u8], at: usize, byte: u8) -> usize {
    bytes
        .get(at..)
        .map_or(0, |rest| rest.iter().take_while(|&&b| b == byte).count())
}

/// Every run of white space as one space, none at either end.
fn collapse_white_space(text: &str) -> String {
    let mut collapsed = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !collapsed.is_empty() {
            collapsed.push(' ');
        }
        collapsed.push_str(word);
    }
    collapsed
}

/// Without the parser: the short cut's markup reads, and nothing beyond it
/// passes as read.
#[cfg(all(test, not(feature = "commonmark")))]
mod without_the_parser {
    use super::{needs_commonmark, plain_text, template_text};

    #[test]
    fn the_commonest_markup_reads_and_the_rest_is_refused() {
        for (markup, plain) in [
            ("Plain text.", "Plain text."),
            ("The **name** is `x_y`.", "The name is x_y."),
            ("See [the docs](https://example.com/a).", "See the docs."),
            (
                "No less-than signs (<) or (>).",
                "No less-than signs (<) or (>).",
            ),
            ("First.\n\n  Second\r\nline.", "First. Second line."),
            ("Café **crème**: `ß` «x»", "Café crème: ß «x»"),
        ] {
            assert!(!needs_commonmark(markup), "{markup:?}");
            assert_eq!(plain_text(markup), plain);
        }
        assert_eq!(template_text("`{a}` is {b}"), "{{a}} is {b}");
        for markup in [
            "*emphasis*",
            "<b>bold</b>",
            "a &amp; b",
            ":code:`x`",
            "<x@example.com>",
            "a\\*b",
        ] {
            assert!(needs_commonmark(markup), "{markup:?}");
        }
    }
}

#[cfg(all(test, feature = "commonmark"))]
mod tests {
    use super::plain_text;

    #[test]
    fn markdown_emphasis_literals_and_links_become_their_text() {
        for (markup, plain) in [
            ("The bucket **name** is taken.", "The bucket name is taken."),
            (
                "Keyword *word* and _word_ here.",
                "Keyword word and word here.",
            ),
            ("Set `max_size` first.", "Set max_size first."),
            ("Use ``a`b`` here.", "Use a`b here."),
            (
                "See [the guide](https://example.com/guide).",
                "See the guide.",
            ),
            ("Reason \\_x\\_ and \\*y\\*.", "Reason _x_ and *y*."),
            ("Tom &amp; Jerry", "Tom & Jerry"),
            ("snake_case_names stay", "snake_case_names stay"),
            (
                "Less (<) and more (>) signs.",
                "Less (<) and more (>) signs.",
            ),
            ("See <https://example.com>.", "See https://example.com."),
            ("One<br>two", "One two"),
            ("The key is <key>.", "The key is <key>."),
            (
                "Use <project_id> and </name>.",
                "Use <project_id> and </name>.",
            ),
            (
                "A <b>bold</b> <span class=\"x\">word</span>.",
                "A bold word.",
            ),
            ("Code **ELB.**\\ *xxxx* here.", "Code ELB.xxxx here."),
        ] {
            assert_eq!(plain_text(markup), plain, "{markup:?}");
        }
    }

    #[test]
    fn rst_literals_roles_links_and_escapes_become_their_text() {
        for (markup, plain) in [
            (
                "Stars (``*``) are not allowed.",
                "Stars (*) are not allowed.",
            ),
            ("See :ref:`the quota page <quotas>`.", "See the quota page."),
            (
                "Characters\\ :literal:`\\`~!*_` only.",
                "Characters`~!*_ only.",
            ),
            (
                "Read `the manual <https://x.example>`_ first.",
                "Read the manual first.",
            ),
            ("A `plain code span` stays.", "A plain code span stays."),
            ("**Bold**\\ ly and back\\ slash", "Boldly and back\\ slash"),
            // The README's examples.
            (
                "Use ``max_size``, see :ref:`limits <quota>`.",
                "Use max_size, see limits.",
            ),
            (
                "See [the guide](https://example.com) for \\_x\\_.",
                "See the guide for _x_.",
            ),
            (
                "Done.\n\n.. note::\n\n   Retry later.",
                "Done. Note: Retry later.",
            ),
        ] {
            assert_eq!(plain_text(markup), plain, "{markup:?}");
        }
    }

    #[test]
    fn line_breaks_and_runs_of_spaces_collapse() {
        assert_eq!(
            plain_text("One\ntwo  three\r\n\nfour\t."),
            "One two three four ."
        );
        assert_eq!(
            plain_text("1. The group is in use.\n\n2. The rule is in use."),
            "1. The group is in use. 2. The rule is in use."
        );
        // A line break inside a cell is a space, not the start of a list.
        assert_eq!(plain_text("- first\n- second"), "- first - second");
    }

    /// A cell is inline content, so what would open a block in a
    /// document is text, at the start of the cell and of each line.
    #[test]
    fn block_syntax_in_a_cell_is_text() {
        for (markup, plain) in [
            ("# of retries exceeded.", "# of retries exceeded."),
            ("## of retries", "## of retries"),
            ("> 100 items were requested.", "> 100 items were requested."),
            ("-", "-"),
            ("- ", "-"),
            ("+", "+"),
            ("*", "*"),
            ("* one", "* one"),
            ("+ one", "+ one"),
            ("1. Retry.", "1. Retry."),
            ("1) Retry.", "1) Retry."),
            ("2024. A year.", "2024. A year."),
            ("---", "---"),
            ("***", "***"),
            ("___", "___"),
            ("* * *", "* * *"),
            ("===", "==="),
            ("Bad value\n===", "Bad value ==="),
            ("Bad value\n---", "Bad value ---"),
            ("Bad value\n- or none", "Bad value - or none"),
            ("Retry\n> later", "Retry > later"),
            ("Retry\n# later", "Retry # later"),
            ("    indented code", "indented code"),
            ("One\n\n    indented", "One indented"),
            // Inline, three backticks open a code span, not a fence.
            ("```\nfenced\n```", "fenced"),
            ("```\nunclosed", "``` unclosed"),
            ("~~~\nfenced", "~~~ fenced"),
            ("| a | b |\n| - | - |", "| a | b | | - | - |"),
            ("[x]: https://example.com", "[x]: https://example.com"),
            ("<div>\nblock\n</div>", "block"),
            ("# **Bold** heading", "# Bold heading"),
            ("**Bold** at the start", "Bold at the start"),
            ("_x_ at the start", "x at the start"),
            ("- **x**\n- `y`", "- x - y"),
            ("# \u{e9}t\u{e9}", "# \u{e9}t\u{e9}"),
        ] {
            assert_eq!(plain_text(markup), plain, "{markup:?}");
        }
    }

    proptest::proptest! {
        /// The class: in text without inline markup, nothing that
        /// opens a block in a document (headings, quotes, lists, rules,
        /// setext underlines, indented or fenced code, tables) removes a
        /// character; only white space collapses.
        #[test]
        fn block_syntax_never_removes_text(
            text in "([a-z0-9#>+=.)~|-]|[ ]{1,5}|\t|\n){0,40}"
        ) {
            let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
            proptest::prop_assert_eq!(plain_text(&text), collapsed);
        }
    }

    /// HTML elements render, a tag that is no element is text.
    #[test]
    fn unknown_tags_are_text() {
        for (markup, plain) in [
            (
                "Parameter <name> is invalid.",
                "Parameter <name> is invalid.",
            ),
            ("Use <id> or </id>.", "Use <id> or </id>."),
            ("<bucket-name> is taken.", "<bucket-name> is taken."),
            ("A <b>bold</b> <EM>word</EM>.", "A bold word."),
            ("One<br/>two<BR>three", "One two three"),
            ("Hidden <!-- note --> here.", "Hidden here."),
            ("A <span class=\"x\">span</span>.", "A span."),
            ("<name>", "<name>"),
            // The README's example.
            (
                "Parameter <name> is <b>invalid</b>.",
                "Parameter <name> is invalid.",
            ),
        ] {
            assert_eq!(plain_text(markup), plain, "{markup:?}");
        }
    }

    /// A cell that shows nothing is as good as empty.
    #[test]
    fn cells_that_render_empty_are_found() {
        for empty in [
            "<b></b>",
            "<!-- -->",
            "[](https://example.com)",
            "&#32;",
            "<br>",
        ] {
            assert!(super::renders_empty(empty), "{empty:?}");
        }
        for shown in [
            "-", "#", ">", "<name>", "a", "``", "** **", "\\", "&amp;", "[x](y)",
        ] {
            assert!(!super::renders_empty(shown), "{shown:?}");
        }
    }

    /// `**` that is not emphasis is text.
    #[test]
    fn stars_that_are_not_emphasis_stay() {
        assert_eq!(
            plain_text("The limit is 2**31 bytes."),
            "The limit is 2**31 bytes."
        );
        assert_eq!(plain_text("a ** ** b"), "a ** ** b");
        assert_eq!(plain_text("****"), "****");
        assert_eq!(plain_text("x * y * z"), "x * y * z");
    }

    #[test]
    fn text_without_markup_is_only_collapsed() {
        assert_eq!(
            plain_text("The task could not be submitted."),
            "The task could not be submitted."
        );
        assert_eq!(plain_text("Note: it failed."), "Note: it failed.");
        assert_eq!(
            plain_text("Caf\u{e9} {} / \u{1f980}"),
            "Caf\u{e9} {} / \u{1f980}"
        );
    }

    /// Half-written markup is text, and nothing panics on it.
    #[test]
    fn broken_markup_is_kept_as_text() {
        for (markup, plain) in [
            ("A lone ` backtick", "A lone ` backtick"),
            ("Ends in :role:", "Ends in :role:"),
            ("Open :ref:`never closed", "Open :ref:`never closed"),
            ("Empty :ref:`` role", "Empty :ref:`` role"),
            ("Slash \\\u{e9}t\u{e9}", "Slash \\\u{e9}t\u{e9}"),
            ("Trailing \\", "Trailing \\"),
            (".. ::", ".. ::"),
            ("`a reference <no end`_", "a reference <no end"),
            (
                "\u{1f980} **\u{1f980}** \u{1f980}",
                "\u{1f980} \u{1f980} \u{1f980}",
            ),
        ] {
            assert_eq!(plain_text(markup), plain, "{markup:?}");
        }
        for odd in [
            "`", "``", ":", "\\", "\\ ", ".. x::", "*", "[", "<", "&", "\n", "`_", ":a:`\\`",
        ] {
            let _ = plain_text(odd);
        }
    }

    /// The short cut for the commonest markup gives what the parser gives,
    /// on every string of up to five pieces over an alphabet of its
    /// tricky parts, and on longer strings built from them.
    #[test]
    fn the_short_cut_agrees_with_the_parser() {
        let parsed = |text: &str| super::through_the_parser(text, super::Braces::AsWritten);
        let alphabet = [
            "a", "1", " ", "*", "**", "`", "_", ".", ")", "(", "[", "]", "](", "[a](b)", "#", "-",
            ">", "<", "\n", "é",
        ];
        let mut checked = 0;
        let mut texts = vec![String::new()];
        for _ in 0..5 {
            let mut longer = Vec::new();
            for text in &texts {
                for part in alphabet {
                    longer.push(format!("{text}{part}"));
                }
            }
            for text in &longer {
                if let Some(short_cut) = super::simple_inline(text, super::Braces::AsWritten) {
                    assert_eq!(short_cut, parsed(text), "{text:?}");
                    checked += 1;
                }
            }
            texts = longer;
        }
        for text in [
            "Parameter **name** is invalid.",
            "The **Available** state, `max_size` and ``a`b`` here.",
            "**a** **b**, **c**; (see `x` and parent_id)",
            "Only ` x ` spaced.",
            "See [the docs](https://example.com/a-b#c?d=1) and **x**.",
            "Line one\t\r\n\tline **two**.\r\n \t\r\nA `code\nspan` and (<) here.\n",
            "Invalid value length.\n\nThe value can contain 0 to 43 characters.",
        ] {
            let short_cut = super::simple_inline(text, super::Braces::AsWritten).expect(text);
            assert_eq!(short_cut, parsed(text), "{text:?}");
        }
        assert!(checked > 10_000, "{checked}");
    }

    /// Code spans over lines as CommonMark reads them: line endings as
    /// spaces, the spaces before them kept, one space stripped from each
    /// end only when both ends have one, and a backtick string closed only
    /// by one of the same length. The reference is pulldown-cmark on the
    /// cell as a document, for cells whose lines open no block.
    #[test]
    fn code_spans_over_lines_read_as_commonmark_reads_them() {
        for (markup, plain) in [
            ("x` \ny `", "x y"),
            ("x`\na\n`y z", "xay z"),
            ("x`a  \n  b`y", "xa by"),
            ("`` a`b ``", "a`b"),
            ("``a`b`` and `c``d`", "a`b and c``d"),
            ("``a`_b``", "a`_b"),
            ("`a\r\n b`", "a b"),
        ] {
            assert_eq!(plain_text(markup), plain, "{markup:?}");
        }
        let alphabet = ["x", " ", "`", "\n", "\t", "``", "y"];
        let mut texts = vec![String::new()];
        let mut checked = 0;
        for _ in 0..6 {
            let mut longer = Vec::new();
            for text in &texts {
                for part in alphabet {
                    longer.push(format!("{text}{part}"));
                }
            }
            for text in &longer {
                // Lines that open a block in a document (indented or
                // fenced code) are text in a cell: not comparable here.
                if text.split('\n').any(|line| {
                    line.starts_with(['\t', ' ']) || line.trim_start().starts_with("```")
                }) {
                    continue;
                }
                let expected = commonmark_document(text);
                assert_eq!(plain_text(text), expected, "{text:?}");
                if let Some(short_cut) = super::simple_inline(text, super::Braces::AsWritten) {
                    assert_eq!(short_cut, expected, "short cut, {text:?}");
                }
                checked += 1;
            }
            texts = longer;
        }
        assert!(checked > 20_000, "{checked}");
    }

    /// The plain text of `text` read by pulldown-cmark as a document, white
    /// space collapsed.
    fn commonmark_document(text: &str) -> String {
        use pulldown_cmark::{Event, Parser, TagEnd};
        let mut plain = String::new();
        for event in Parser::new(text) {
            match event {
                Event::Text(part) | Event::Code(part) => plain.push_str(&part),
                Event::SoftBreak | Event::HardBreak | Event::End(TagEnd::Paragraph) => {
                    plain.push(' ')
                }
                _ => {}
            }
        }
        super::collapse_white_space(&plain)
    }
}
