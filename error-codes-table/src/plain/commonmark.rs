//! The plain text of a cell beyond the short cut: RST rewritten to the
//! Markdown of the same meaning, then pulldown-cmark on it as inline
//! content. Built with the `commonmark` feature only.

use super::{Braces, collapse_white_space, is_collapsed};
use std::borrow::Cow;

/// The plain text of any description: RST rewritten, then pulldown-cmark
/// on the cell as inline content.
pub(super) fn through_the_parser(markup: &str, braces: Braces) -> String {
    use pulldown_cmark::{Event, Parser, TagEnd};
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

/// Markdown in which no line can open a block, read by CommonMark as the
/// cell's inline content.
///
/// CommonMark opens a block only at a line's start, after at most three
/// spaces or tabs. The first line of each paragraph starts with a no-break
/// space, which is neither, so the line is text of a paragraph; for inline
/// markup it is white space (Unicode `Zs`), as the start of the line was,
/// so `**x**` and `_x_` at the start still open emphasis, and the output
/// collapses white space, which removes it again. Every other line of a
/// paragraph joins the line before with a space: inside a paragraph
/// CommonMark reads a line ending as white space, in a code span as a
/// space (the spaces before it kept, those at the start of the next line
/// not), so the text reads the same, and no line start is left to open a
/// block, or to put a no-break space inside a code span. (After a
/// backslash, a line ending is a hard break where a space would be text:
/// that line keeps its line ending and a no-break space.) Blank lines stay
/// blank, so that a paragraph break still ends emphasis and code spans
/// where the document would end them.
fn inline_only(markdown: &str) -> String {
    const MARK: char = '\u{a0}';
    // A CRLF and a lone CR are line endings as a line feed is.
    let markdown = markdown.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(markdown.len() + 16);
    let mut in_paragraph = false;
    for line in markdown.split('\n') {
        let content = line.trim_start_matches([' ', '\t']);
        if content.is_empty() {
            out.push('\n');
            in_paragraph = false;
            continue;
        }
        if in_paragraph && !out.ends_with('\\') {
            out.push(' ');
        } else {
            if !out.is_empty() {
                out.push('\n');
            }
            out.push(MARK);
        }
        out.push_str(content);
        in_paragraph = true;
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
/// The closing backtick string is the next one of the same length: a
/// longer or shorter run is part of the literal.
fn inline_literal(text: &str) -> Option<&str> {
    let fence_len = text.find(|c| c != '`')?;
    if fence_len == 0 {
        return None;
    }
    let mut close = fence_len;
    loop {
        close += text[close..].find('`')?;
        let length = text[close..].len() - text[close..].trim_start_matches('`').len();
        if length == fence_len {
            return Some(&text[..close + length]);
        }
        close += length;
    }
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
