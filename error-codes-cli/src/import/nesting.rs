//! HTML nested deeper than documentation ever is, made shallow before
//! html5ever reads it. html5ever's tree builder looks through the open
//! elements on many tags, so a page of 20,000 nested `<div>`s took 10 s and
//! one of a million would take days. Browsers stop nesting at 512
//! (Chromium); the importer stops at [`MAX_DEPTH`]: a tag that would open an
//! element deeper is blanked, and so is the end tag that closes it, so the
//! text inside is read as the text of the element around it.
//!
//! The depth is counted by a scan of the tags, not by the full HTML parsing
//! rules: end tags close the nearest open element of their name (looked for
//! among the last few), void elements and `/>` open nothing, and the
//! elements whose end tag HTML lets a page leave out (`<p>`, `<li>`, `<td>`,
//! ...) close their open sibling. That is close enough for a bound: real
//! pages stay far below it either way.

use std::borrow::Cow;

/// How deep elements nest before their tags are blanked.
pub const MAX_DEPTH: usize = 100;

/// How far down the open elements an end tag or an implied end looks for
/// its element: an end tag with no open element of its name among these is
/// ignored, as a stray one is.
const LOOK_DOWN: usize = 16;

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// Elements whose content is text up to their end tag.
const RAW: &[&str] = &[
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "plaintext",
];

/// Elements that close an open element of the same group when they start.
const SIBLINGS: &[&[&str]] = &[
    &["p"],
    &["li"],
    &["dt", "dd"],
    &["td", "th"],
    &["tr"],
    &["thead", "tbody", "tfoot"],
    &["option"],
    &["optgroup"],
    &["rb", "rt", "rtc", "rp"],
];

/// `text` with the tags past [`MAX_DEPTH`] blanked (each byte a space, line
/// breaks kept, so lines are still counted right), and the first page line
/// where one was.
pub fn shallow(text: &str) -> (Cow<'_, str>, Option<usize>) {
    let bytes = text.as_bytes();
    let mut open: Vec<String> = Vec::new();
    // Names of the elements whose start tags were blanked, innermost last.
    let mut blanked: Vec<String> = Vec::new();
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut at = 0;
    while let Some(offset) = text[at..].find('<') {
        let start = at + offset;
        let rest = &bytes[start + 1..];
        if rest.starts_with(b"!--") {
            at = text[start + 4..]
                .find("-->")
                .map_or(text.len(), |end| start + 4 + end + 3);
            continue;
        }
        let closing = rest.first() == Some(&b'/');
        let name_start = start + 1 + usize::from(closing);
        let name_len = bytes[name_start..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-')
            .count();
        if name_len == 0 || !bytes[name_start].is_ascii_alphabetic() {
            at = start + 1;
            continue;
        }
        let name = text[name_start..name_start + name_len].to_ascii_lowercase();
        let end = tag_end(bytes, name_start + name_len);
        at = end;
        if closing {
            if blanked.last() == Some(&name) {
                blanked.pop();
                cuts.push((start, end));
            } else if let Some(found) = find(&open, |n| n == name) {
                open.truncate(found);
            }
            continue;
        }
        if let Some(group) = SIBLINGS.iter().find(|g| g.contains(&name.as_str()))
            && let Some(found) = find(&open, |n| group.contains(&n))
        {
            open.truncate(found);
        }
        let self_closing = bytes[..end].ends_with(b"/>");
        if RAW.contains(&name.as_str()) {
            // Its text is not markup: skip to its end tag.
            at = end_tag(bytes, end, &name);
            continue;
        }
        if VOID.contains(&name.as_str()) || self_closing {
            continue;
        }
        if open.len() >= MAX_DEPTH {
            blanked.push(name);
            cuts.push((start, end));
        } else {
            open.push(name);
        }
    }
    if cuts.is_empty() {
        return (Cow::Borrowed(text), None);
    }
    let first_line = text[..cuts[0].0].matches('\n').count() + 1;
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for (start, end) in cuts {
        out.push_str(&text[copied..start]);
        out.extend(
            text[start..end]
                .chars()
                .map(|c| if c == '\n' { '\n' } else { ' ' }),
        );
        copied = end;
    }
    out.push_str(&text[copied..]);
    (Cow::Owned(out), Some(first_line))
}

/// The index in `open` of the innermost element that `matches`, among the
/// last [`LOOK_DOWN`].
fn find(open: &[String], matches: impl Fn(&str) -> bool) -> Option<usize> {
    open.iter()
        .enumerate()
        .rev()
        .take(LOOK_DOWN)
        .find(|(_, name)| matches(name))
        .map(|(index, _)| index)
}

/// Where the first `</name` (in any case) from `at` starts, or the end of
/// the page.
fn end_tag(bytes: &[u8], mut at: usize, name: &str) -> usize {
    while at < bytes.len() {
        match bytes[at..].iter().position(|&b| b == b'<') {
            None => break,
            Some(offset) => {
                let start = at + offset;
                let tail = &bytes[start + 1..];
                if tail.first() == Some(&b'/')
                    && tail
                        .get(1..=name.len())
                        .is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()))
                {
                    return start;
                }
                at = start + 1;
            }
        }
    }
    bytes.len()
}

/// The byte after the `>` that ends the tag whose attributes start at `at`
/// (quoted values may hold `>`), or the end of the page.
fn tag_end(bytes: &[u8], mut at: usize) -> usize {
    let mut quote: Option<u8> = None;
    while at < bytes.len() {
        let b = bytes[at];
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if b == b'"' || b == b'\'' => quote = Some(b),
            None if b == b'>' => return at + 1,
            None => {}
        }
        at += 1;
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_pages_are_left_as_they_are() {
        let page = "<html><body><p>One<p>Two<ul><li>a<li>b</ul><br>\
                    <table><tr><td>x<td>y<tr><td>z</table>\
                    <script>if (a < b) { '<div>' }</script><!-- <div> --></body></html>";
        let (read, cut) = shallow(page);
        assert!(matches!(read, Cow::Borrowed(_)));
        assert_eq!(cut, None);
        let many_paragraphs = "<p>x\n".repeat(10 * MAX_DEPTH);
        assert_eq!(shallow(&many_paragraphs).1, None);
    }

    #[test]
    fn tags_past_the_depth_are_blanked_with_their_end_tags() {
        let depth = MAX_DEPTH + 3;
        let page = format!(
            "<body>\n{}x{}<b>after</b></body>",
            "<div>".repeat(depth),
            "</div>".repeat(depth)
        );
        let (read, cut) = shallow(&page);
        assert_eq!(cut, Some(2));
        assert_eq!(read.len(), page.len());
        // One `<body>` and 99 `<div>`s stay open: 100.
        assert_eq!(read.matches("<div>").count(), MAX_DEPTH - 1);
        assert_eq!(read.matches("</div>").count(), MAX_DEPTH - 1);
        assert!(read.contains("<b>after</b>"));
    }
}
