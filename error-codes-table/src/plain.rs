//! A description as a person reads the rendered cell, for `description()`
//! and `Display`: inline markup removed, line breaks and runs of white space
//! collapsed to one space. The variant's rustdoc keeps the markup.
//!
//! Published tables are Markdown (rendered by CommonMark, which
//! `pulldown-cmark` implements) or reStructuredText converted cell by cell.
//! The RST constructs that Markdown reads differently (roles, named links,
//! escaped spaces, admonitions) are first rewritten to their Markdown
//! meaning; ``x`` is a code span in both.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use std::borrow::Cow;

/// The plain text of a description written in Markdown or RST.
pub fn plain_text(markup: &str) -> String {
    // Most descriptions have no markup at all and nothing to collapse: a
    // macro built at opt-level 0 then skips the parser, which costs far
    // more than this scan.
    if is_plain_already(markup) {
        return markup.to_owned();
    }
    if let Some(text) = simple_inline(markup) {
        return text;
    }
    through_the_parser(markup)
}

/// The plain text of any description: RST rewritten, then pulldown-cmark.
fn through_the_parser(markup: &str) -> String {
    let markdown = rst_to_markdown(markup);
    let mut text = String::with_capacity(markdown.len());
    let mut lists: Vec<Option<u64>> = Vec::new();
    for (event, range) in Parser::new(&markdown).into_offset_iter() {
        match event {
            Event::Text(part) | Event::Code(part) => text.push_str(&part),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            // A line of `***` or `---` alone is a rule to Markdown, but in a
            // table's cell it is text (`****` must not vanish).
            Event::Rule => {
                text.push(' ');
                text.push_str(markdown.get(range).unwrap_or_default());
                text.push(' ');
            }
            // A `<br>` is a line break; other tags are not text.
            Event::InlineHtml(tag) if tag.to_ascii_lowercase().starts_with("<br") => {
                text.push(' ');
            }
            // A tag that is no HTML element (`<key>`, `<project_id>`) is a
            // placeholder the page shows as written.
            Event::InlineHtml(tag) if is_placeholder(&tag) => text.push_str(&tag),
            // An HTML block shows its text; its tags are left as written.
            Event::Html(block) => text.push_str(&block),
            Event::Start(Tag::List(start)) => lists.push(start),
            Event::End(TagEnd::List(_)) => {
                lists.pop();
            }
            Event::Start(Tag::Item) => {
                // A reader sees an ordered list's numbers; bullets are
                // decoration.
                text.push(' ');
                if let Some(Some(number)) = lists.last_mut() {
                    text.push_str(&format!("{number}. "));
                    *number += 1;
                }
            }
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::CodeBlock
                | TagEnd::BlockQuote(_),
            ) => text.push(' '),
            _ => {}
        }
    }
    if is_collapsed(&text) {
        return text;
    }
    collapse_white_space(&text)
}

/// Whether an inline tag is a placeholder for a value (`<key>`,
/// `</name>`), as error messages write them, rather than an HTML element
/// a page would render (`<b>`, `<span class="x">`), which is not text.
fn is_placeholder(tag: &str) -> bool {
    const ELEMENTS: [&str; 24] = [
        "a", "abbr", "b", "big", "cite", "code", "del", "div", "em", "font", "i", "img", "ins",
        "kbd", "mark", "p", "s", "samp", "small", "span", "strong", "sub", "sup", "u",
    ];
    let name = tag.trim_start_matches('<').trim_start_matches('/');
    let end = name
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
        .unwrap_or(name.len());
    let (name, rest) = name.split_at(end);
    !name.is_empty()
        && matches!(rest, ">" | "/>")
        && !ELEMENTS.contains(&name.to_ascii_lowercase().as_str())
}

/// Whether `text` is ASCII with single spaces between words and none at
/// either end: nothing to collapse (see [`is_plain_already`] for why
/// these searches).
fn is_collapsed(text: &str) -> bool {
    text.is_ascii()
        && !text.starts_with(' ')
        && !text.ends_with(' ')
        && !SPECIAL[7..].iter().any(|&space| text.contains(space))
        && !text.contains("  ")
}

/// Characters that Markdown or RST could read as markup inside a line, and
/// white space other than a single space.
/// White space other than the space comes last (see [`is_collapsed`]).
const SPECIAL: [char; 12] = [
    '*', '_', '`', '[', '\\', '<', '&', '\n', '\r', '\t', '\u{b}', '\u{c}',
];

/// Whether `text` reads as it is written: ASCII without any of [`SPECIAL`]
/// or two spaces in a row, and no start that could open a block (a heading,
/// list, quote or RST comment).
///
/// Each `contains` is a search in the standard library, optimized even in a
/// macro built at opt-level 0, where a loop over the bytes here took about
/// six times as long; most descriptions take this path.
fn is_plain_already(text: &str) -> bool {
    let block = text.bytes().next().is_some_and(|b| {
        b.is_ascii_digit() || matches!(b, b'#' | b'>' | b'-' | b'+' | b'=' | b'.')
    });
    text.is_ascii()
        && !block
        && !SPECIAL.iter().any(|&special| text.contains(special))
        && !text.contains("  ")
}

/// The plain text of a description whose only markup is the commonest:
/// `**strong**` around words, `` `code` `` spans, `[links](url)` of plain
/// text and underscores inside words (`parent_id`), in ASCII with single
/// spaces; `None` for anything else, which the parser reads.
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
fn simple_inline(text: &str) -> Option<String> {
    let block = text.bytes().next().is_some_and(|b| {
        b.is_ascii_digit() || matches!(b, b'#' | b'>' | b'-' | b'+' | b'=' | b'.')
    }) || text.starts_with("```");
    let rst = [":`", "`_", ".. "].iter().any(|&mark| text.contains(mark));
    if !text.is_ascii() || block || rst || text.contains("  ") || text.ends_with(' ') {
        return None;
    }
    let bytes = text.as_bytes();
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
                plain.push_str(stripped);
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
            b'\\' | b'<' | b'&' | b'!' | b'~' | b'|' | b']' => return None,
            b if b.is_ascii_control() => return None,
            other => {
                plain.push(char::from(other));
                at += 1;
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

/// Rewrites the RST that these tables use into Markdown of the same
/// meaning: `:role:`text <target>`` and `` `text <url>`_ `` become their
/// text, `\ ` next to markup (an escaped space, which RST removes) goes, and a directive
/// line such as `.. note::` becomes `Note:`. Anything else is left as is.
fn rst_to_markdown(text: &str) -> Cow<'_, str> {
    // Each construct has a mark without which it cannot be there; searched
    // for by the standard library, this skips the scan below in a macro
    // built at opt-level 0, where the scan cost more than the parser.
    let marks = [":`", "`_", "\\ ", ".. "];
    if !marks.iter().any(|&mark| text.contains(mark)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(['`', '\\', ':', '.']) {
        let (before, from) = rest.split_at(at);
        out.push_str(before);
        if let Some(after) = from
            .strip_prefix("\\ ")
            .filter(|after| separates_markup(&out, after))
        {
            // Between two runs of stars or underscores (`**x**\ *y*`), an
            // empty HTML comment keeps them apart for CommonMark, which
            // would read `***` as one run; the comment is no text.
            if out.ends_with(['*', '_']) && after.starts_with(['*', '_']) {
                out.push_str("<!---->");
            }
            rest = after;
        } else if let Some((replacement, after)) = role(from)
            .or_else(|| named_link(from, &out))
            .or_else(|| directive(from, &out))
        {
            out.push_str(&replacement);
            rest = after;
        } else if let Some(escaped) = from.get(..2).filter(|s| s.starts_with('\\')) {
            // A Markdown escape: kept whole, so that `\`` opens nothing.
            out.push_str(escaped);
            rest = &from[escaped.len()..];
        } else if let Some(literal) = inline_literal(from) {
            out.push_str(literal);
            rest = &from[literal.len()..];
        } else {
            let first = from.chars().next().map_or(1, char::len_utf8);
            out.push_str(&from[..first]);
            rest = &from[first..];
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Whether an escaped space between `before` and `after` is RST's way of
/// joining inline markup to the text beside it (`word\ :role:`x``,
/// ``**x**\ s``), which the rendered page shows as nothing. Elsewhere a
/// backslash and a space are text.
fn separates_markup(before: &str, after: &str) -> bool {
    before.ends_with(['`', '*', '_']) || after.starts_with(['`', '*', ':', '_'])
}

/// `:name:`content`` at the start of `text`: the content's text, escaped
/// for Markdown, and the rest of `text`.
fn role(text: &str) -> Option<(String, &str)> {
    let name_len = text
        .get(1..)?
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '+' | '.')))?;
    let after_name = text.get(1 + name_len..)?;
    let body = after_name.strip_prefix(":`").filter(|_| name_len > 0)?;
    let (content, rest) = interpreted(body)?;
    Some((escape_markdown(&link_text(&content)), rest))
}

/// `` `text <url>`_ `` or `` `text`__ `` at the start of `text`, not right
/// after a letter (where a backtick cannot start RST markup).
fn named_link<'t>(text: &'t str, before: &str) -> Option<(String, &'t str)> {
    if before.ends_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let (content, rest) = interpreted(text.strip_prefix('`')?)?;
    let rest = rest.strip_prefix('_')?;
    let rest = rest.strip_prefix('_').unwrap_or(rest);
    Some((escape_markdown(&link_text(&content)), rest))
}

/// The content of interpreted text up to its closing backtick, with RST's
/// backslash escapes applied, and what follows the backtick.
fn interpreted(body: &str) -> Option<(String, &str)> {
    let mut content = String::new();
    let mut chars = body.char_indices();
    while let Some((at, c)) = chars.next() {
        match c {
            '\\' => {
                if let Some((_, escaped)) = chars.next() {
                    content.push(escaped);
                }
            }
            '`' if !content.is_empty() => return Some((content, &body[at + 1..])),
            '`' => return None,
            other => content.push(other),
        }
    }
    None
}

/// `text <target>` shows `text`; a bare target shows itself.
fn link_text(content: &str) -> String {
    match content.strip_suffix('>').and_then(|c| c.rsplit_once('<')) {
        Some((text, _target)) if !text.trim().is_empty() => text.trim_end().to_owned(),
        _ => content.to_owned(),
    }
}

/// A directive at the start of a line, `.. note::`, as `Note:`.
fn directive<'t>(text: &'t str, before: &str) -> Option<(String, &'t str)> {
    let line_start = before.trim_end_matches([' ', '\t']);
    if !(line_start.is_empty() || line_start.ends_with('\n')) {
        return None;
    }
    let body = text.strip_prefix(".. ")?;
    let (name, rest) = body.split_once("::")?;
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let mut chars = name.chars();
    let first = chars.next()?.to_ascii_uppercase();
    Some((format!("{first}{}:", chars.as_str()), rest))
}

/// A Markdown code span at the start of `text`, kept whole so that the RST
/// rules do not look inside it.
fn inline_literal(text: &str) -> Option<&str> {
    let fence_len = text.find(|c| c != '`')?;
    if fence_len == 0 {
        return None;
    }
    let fence = &text[..fence_len];
    let close = text[fence_len..].find(fence)?;
    Some(&text[..fence_len + close + fence_len])
}

/// Text that Markdown shows as written: every ASCII punctuation escaped.
fn escape_markdown(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        if c.is_ascii_punctuation() {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped
}

#[cfg(test)]
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
        assert_eq!(plain_text("- first\n- second"), "first second");
    }

    /// Issue 13, item 3: `**` that is not emphasis is text.
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
            plain_text("Failed to submit the task."),
            "Failed to submit the task."
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
        let parsed = super::through_the_parser;
        let alphabet = [
            "a", "1", " ", "*", "**", "`", "_", ".", ")", "(", "[", "]", "](", "[a](b)",
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
                if let Some(short_cut) = super::simple_inline(text) {
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
        ] {
            let short_cut = super::simple_inline(text).expect(text);
            assert_eq!(short_cut, parsed(text), "{text:?}");
        }
        assert!(checked > 10_000, "{checked}");
    }
}
