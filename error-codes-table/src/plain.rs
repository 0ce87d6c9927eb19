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
//! definition) is text there, so `# of retries exceeded.` keeps its `#`
//! (issue 21). Inline HTML elements render (their tags are not text), but
//! a tag that names no HTML element is text: `Parameter <name> is
//! invalid.` keeps `<name>`.

use pulldown_cmark::{Event, Parser, TagEnd};
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
/// text and is never read as a placeholder (issue 18).
pub fn template_text(markup: &str) -> String {
    if is_plain_already(markup) {
        return markup.to_owned();
    }
    if let Some(text) = simple_inline(markup, Braces::LiteralsDoubled) {
        return text;
    }
    through_the_parser(markup, Braces::LiteralsDoubled)
}

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

/// The plain text of any description: RST rewritten, then pulldown-cmark
/// on the cell as inline content.
fn through_the_parser(markup: &str, braces: Braces) -> String {
    let markdown = inline_only(&rst_to_markdown(markup, braces));
    let mut text = String::with_capacity(markdown.len());
    for event in Parser::new(&markdown) {
        match event {
            Event::Text(part) => text.push_str(&part),
            Event::Code(part) => text.push_str(&braces.literal(&part)),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            Event::InlineHtml(tag) | Event::Html(tag) => match html_element(&tag) {
                // A `<br>` is a line break; other elements' tags, comments
                // and declarations are not text.
                Some(name) if name.eq_ignore_ascii_case("br") => text.push(' '),
                Some(_) => {}
                // `<name>`, `<id>`: not HTML, so the reader sees it.
                None => text.push_str(&tag),
            },
            Event::End(TagEnd::Paragraph) => text.push(' '),
            _ => {}
        }
    }
    if is_collapsed(&text) {
        return text;
    }
    collapse_white_space(&text)
}

/// Markdown in which no line can open a block: each line that is not
/// blank starts with a no-break space.
///
/// CommonMark opens a block only at a line's start, after at most three
/// spaces or tabs; a no-break space is neither, so the line is text of a
/// paragraph. For inline markup it is white space (Unicode `Zs`), as the
/// start of the line was, so `**x**` and `_x_` at the start still open
/// emphasis. The output collapses white space, which removes it again.
/// Blank lines stay blank, so that a paragraph break still ends emphasis
/// and code spans where the document would end them.
fn inline_only(markdown: &str) -> String {
    const MARK: char = '\u{a0}';
    let mut out = String::with_capacity(markdown.len() + 16);
    for line in markdown.split_inclusive('\n') {
        let content = line.trim_start_matches([' ', '\t']);
        if !content.trim_end_matches(['\n', '\r']).is_empty() {
            out.push(MARK);
        }
        out.push_str(content);
    }
    out
}

/// The element that an inline HTML tag (`<b>`, `</b>`, `<br/>`) names, or
/// `Some("")` for a comment, a processing instruction or a declaration,
/// which render as nothing; `None` when the tag names no HTML element.
fn html_element(tag: &str) -> Option<&str> {
    let inner = tag.trim().strip_prefix('<')?;
    if inner.starts_with(['!', '?']) {
        return Some("");
    }
    let inner = inner.strip_prefix('/').unwrap_or(inner);
    let end = inner
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(inner.len());
    let name = &inner[..end];
    HTML_ELEMENTS
        .binary_search(&name.to_ascii_lowercase().as_str())
        .ok()
        .map(|_| name)
}

/// The elements of the HTML Living Standard, with the obsolete ones pages
/// still use (`big`, `center`, `font`, `strike`, `tt`), sorted for a
/// binary search.
const HTML_ELEMENTS: [&str; 121] = [
    "a",
    "abbr",
    "acronym",
    "address",
    "area",
    "article",
    "aside",
    "audio",
    "b",
    "base",
    "bdi",
    "bdo",
    "big",
    "blockquote",
    "body",
    "br",
    "button",
    "canvas",
    "caption",
    "center",
    "cite",
    "code",
    "col",
    "colgroup",
    "data",
    "datalist",
    "dd",
    "del",
    "details",
    "dfn",
    "dialog",
    "div",
    "dl",
    "dt",
    "em",
    "embed",
    "fieldset",
    "figcaption",
    "figure",
    "font",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hgroup",
    "hr",
    "html",
    "i",
    "iframe",
    "img",
    "input",
    "ins",
    "kbd",
    "label",
    "legend",
    "li",
    "link",
    "main",
    "map",
    "mark",
    "menu",
    "meta",
    "meter",
    "nav",
    "nobr",
    "noscript",
    "object",
    "ol",
    "optgroup",
    "option",
    "output",
    "p",
    "param",
    "picture",
    "pre",
    "progress",
    "q",
    "rp",
    "rt",
    "ruby",
    "s",
    "samp",
    "script",
    "search",
    "section",
    "select",
    "slot",
    "small",
    "source",
    "span",
    "strike",
    "strong",
    "style",
    "sub",
    "summary",
    "sup",
    "table",
    "tbody",
    "td",
    "template",
    "textarea",
    "tfoot",
    "th",
    "thead",
    "time",
    "title",
    "tr",
    "track",
    "tt",
    "u",
    "ul",
    "var",
    "video",
    "wbr",
    "xmp",
];

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
fn simple_inline(text: &str, braces: Braces) -> Option<String> {
    let rst = [":`", "`_", ".. "].iter().any(|&mark| text.contains(mark));
    let bytes = text.as_bytes();
    let spaced = bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') || text.contains("  ");
    if !text.is_ascii() || rst || spaced {
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
fn rst_to_markdown(text: &str, braces: Braces) -> Cow<'_, str> {
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
        } else if let Some((replacement, after)) = role(from, braces)
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
fn role(text: &str, braces: Braces) -> Option<(String, &str)> {
    let name_len = text
        .get(1..)?
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '+' | '.')))?;
    let after_name = text.get(1 + name_len..)?;
    let body = after_name.strip_prefix(":`").filter(|_| name_len > 0)?;
    let (content, rest) = interpreted(body)?;
    let shown = link_text(&content);
    let shown = match &text[1..1 + name_len] {
        // Literal text: its braces are text, not placeholders.
        "literal" | "code" | "samp" | "file" | "kbd" => braces.literal(&shown).into_owned(),
        _ => shown,
    };
    Some((escape_markdown(&shown), rest))
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
        // A line break inside a cell is a space, not the start of a list.
        assert_eq!(plain_text("- first\n- second"), "- first - second");
    }

    /// Issue 21: a cell is inline content, so what would open a block in a
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
        /// Issue 21, the class: in text without inline markup, nothing that
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

    /// Issue 21: HTML elements render, a tag that is no element is text.
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

    /// Issue 21: a cell that shows nothing is as good as empty.
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
            ">",
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
        ] {
            let short_cut = super::simple_inline(text, super::Braces::AsWritten).expect(text);
            assert_eq!(short_cut, parsed(text), "{text:?}");
        }
        assert!(checked > 10_000, "{checked}");
    }
}
