//! `--format html`: a standalone page, a `<table>` per module with every
//! column, markup rendered, each code an anchor (`page.html#VolumeBackup.0014`)
//! that `docs_url` links can point at.
//!
//! A rendered cell cannot say how it was written (`*a*` and `_a_` render
//! alike), so each cell also carries its text as written in `data-markup`,
//! which `import` reads back. Rendering treats a cell as inline content, as
//! a table cell is: `# of retries` keeps its `#`, and HTML written in a
//! cell shows as text (only `<br>` breaks the line), so a page made from an
//! untrusted table runs no script.
//!
//! Nor does it load anything or link to script: a link or autolink is a
//! link only when its address is relative or `http:`, `https:` or
//! `mailto:` (read as a browser reads it, after character references and
//! the tabs, line breaks and control characters it ignores); any other
//! (`javascript:`, `vbscript:`, `data:`, ...) shows as its text. An image
//! shows as its description (the alt text), nothing loaded: a page about
//! error codes needs no picture from whoever wrote the table.

use super::edition::Declared;
use super::sheet::Sheet;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use std::collections::HashSet;

const STYLE: &str = "body{font-family:system-ui,sans-serif;margin:2em;line-height:1.4}\
table{border-collapse:collapse;margin-bottom:2em}\
th,td{border:1px solid #bbb;padding:.3em .6em;text-align:left;vertical-align:top}\
td p{margin:0 0 .5em}td p:last-child{margin:0}\
:target{background:#ffec99}";

/// The page: the title, then per run of rows of one module a heading and a
/// table; the module cell spans its run's rows. The `declared` languages
/// are written as `lang` attributes, the page's on `<html>` and a cell's
/// where it differs, for screen readers, search engines and hyphenation.
pub fn page(title: &str, sheet: &Sheet, declared: Option<&Declared>) -> String {
    let html = match declared {
        Some(declared) => format!("<html lang=\"{}\">", escape(&declared.page)),
        None => "<html>".to_owned(),
    };
    let lang = |row: usize, column: usize| {
        declared
            .and_then(|declared| declared.cells.get(row)?.get(column)?.as_deref())
            .map_or_else(String::new, |tag| format!(" lang=\"{}\"", escape(tag)))
    };
    let mut page = format!("<!DOCTYPE html>\n{html}\n<head>\n<meta charset=\"utf-8\">\n");
    page.push_str(&format!("<title>{}</title>\n", escape(title)));
    page.push_str(&format!("<style>{STYLE}</style>\n</head>\n<body>\n"));
    if !title.trim().is_empty() {
        page.push_str(&format!("<h1>{}</h1>\n", escape(title)));
    }
    let mut anchors: HashSet<String> = HashSet::new();
    for (module, rows) in sheet.module_runs() {
        if !module.is_empty() {
            page.push_str(&format!("<h2>{}</h2>\n", escape(module)));
        }
        page.push_str("<table>\n<thead>\n<tr>");
        for heading in &sheet.header {
            page.push_str(&format!(
                "<th data-markup=\"{}\">{}</th>",
                escape(heading),
                escape(heading)
            ));
        }
        page.push_str("</tr>\n</thead>\n<tbody>\n");
        let count = rows.len();
        let first = rows.start;
        for (index, row) in sheet.rows[rows].iter().enumerate() {
            page.push_str("<tr>");
            for (column, text) in row.iter().enumerate() {
                if Some(column) == sheet.module {
                    // Written once, spanning the run, as pages write it.
                    if index == 0 {
                        page.push_str(&format!(
                            "<td rowspan=\"{count}\" data-markup=\"{}\">{}</td>",
                            escape(module),
                            escape(module)
                        ));
                    }
                } else if column == sheet.code {
                    let id = anchor(text);
                    // Ids are unique: a repeated code links to its first row.
                    let id_attribute = if anchors.insert(id.clone()) {
                        format!(" id=\"{}\"", escape(&id))
                    } else {
                        String::new()
                    };
                    page.push_str(&format!(
                        "<td{id_attribute} data-markup=\"{}\"><a href=\"#{}\"><code>{}</code></a></td>",
                        escape(text),
                        escape(&id),
                        escape(text)
                    ));
                } else {
                    page.push_str(&format!(
                        "<td{} data-markup=\"{}\">{}</td>",
                        lang(first + index, column),
                        escape(text),
                        render(text)
                    ));
                }
            }
            page.push_str("</tr>\n");
        }
        page.push_str("</tbody>\n</table>\n");
    }
    page.push_str("</body>\n</html>\n");
    page
}

/// A code as an HTML id: ids hold no white space, so white space (and `%`,
/// to stay unambiguous) is percent-encoded, which is also how a link's
/// fragment spells it.
pub fn anchor(code: &str) -> String {
    let mut id = String::with_capacity(code.len());
    for c in code.chars() {
        if c.is_whitespace() || c == '%' {
            let mut bytes = [0; 4];
            for byte in c.encode_utf8(&mut bytes).bytes() {
                id.push_str(&format!("%{byte:02X}"));
            }
        } else {
            id.push(c);
        }
    }
    id
}

/// Text in HTML, in content or in a quoted attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c => out.push(c),
        }
    }
    out
}

/// A cell's Markdown as HTML, as inline content: block syntax at the start
/// of a line is text, each line break shows, HTML is text but `<br>`.
pub fn render(text: &str) -> String {
    let inline = inline_only(text);
    // Whether each open link is kept, to drop the end of one that is not.
    let mut links: Vec<bool> = Vec::new();
    let events = Parser::new_ext(&inline, Options::ENABLE_STRIKETHROUGH).filter_map(|event| {
        Some(match event {
            Event::Html(html) | Event::InlineHtml(html) if is_line_break(&html) => Event::HardBreak,
            Event::Html(html) | Event::InlineHtml(html) => Event::Text(html),
            Event::SoftBreak => Event::HardBreak,
            Event::Start(Tag::Link { ref dest_url, .. }) => {
                let kept = is_safe_address(dest_url);
                links.push(kept);
                return kept.then_some(event);
            }
            Event::End(TagEnd::Link) => return links.pop().unwrap_or(false).then_some(event),
            // The description shows as text.
            Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => return None,
            other => other,
        })
    });
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events);
    let html = html.trim_end();
    // One paragraph, as most cells are: no `<p>` around it.
    match html
        .strip_prefix("<p>")
        .and_then(|h| h.strip_suffix("</p>"))
    {
        Some(inner) if !inner.contains("<p>") => inner.to_string(),
        _ => html.to_string(),
    }
}

/// Whether a link to `address` (as the parser gives it, character
/// references decoded) is relative or has a scheme of the allowlist. A
/// browser ignores leading and trailing control characters and spaces, and
/// tabs and line breaks anywhere (`java\tscript:`); a scheme is what comes
/// before a `:` that no `/`, `?` or `#` precedes. Anything else that
/// looks like a scheme is refused, whatever a browser would make of it.
fn is_safe_address(address: &str) -> bool {
    let address: String = address
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    match address.find([':', '/', '?', '#']) {
        Some(end) if address[end..].starts_with(':') => {
            let scheme = address[..end].to_ascii_lowercase();
            matches!(scheme.as_str(), "http" | "https" | "mailto")
        }
        _ => true,
    }
}

fn is_line_break(html: &str) -> bool {
    let html = html.trim().to_ascii_lowercase();
    matches!(html.as_str(), "<br>" | "<br/>" | "<br />")
}

/// The text with every line's leading white space removed (no indented
/// code) and a backslash before what would open a block at the start of a
/// line: headings, quotes, list items, fences, rules and setext underlines,
/// link definitions. (An HTML block shows as text, as inline HTML does.)
fn inline_only(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (index, line) in text.lines().enumerate() {
        if index > 0 {
            out.push('\n');
        }
        let line = line.trim_start();
        // After the digits of an ordered list item's number, else first.
        let at = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if opens_block(line, at) {
            out.push_str(&line[..at]);
            out.push('\\');
            out.push_str(&line[at..]);
        } else {
            out.push_str(line);
        }
    }
    out
}

/// Whether `line` opens a block, its marker at byte `at`.
fn opens_block(line: &str, at: usize) -> bool {
    let rest = &line[at..];
    let Some(marker) = rest.chars().next() else {
        return false;
    };
    let after = &rest[marker.len_utf8()..];
    let spaced = after.is_empty() || after.starts_with([' ', '\t']);
    if at > 0 {
        // `1.` or `1)` and a space: an ordered list item.
        return matches!(marker, '.' | ')') && spaced;
    }
    let only = |c: char| rest.chars().all(|x| x == c || x == ' ' || x == '\t');
    match marker {
        '>' => true,
        '#' => {
            let hashes = rest.len() - rest.trim_start_matches('#').len();
            let tail = &rest[hashes..];
            hashes <= 6 && (tail.is_empty() || tail.starts_with([' ', '\t']))
        }
        '-' | '+' | '*' => spaced || only(marker),
        '=' | '_' => only(marker),
        '`' | '~' => rest.starts_with(&marker.to_string().repeat(3)),
        '[' => rest
            .find("]:")
            .is_some_and(|end| !rest[1..end].contains(']')),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use error_codes_table::header::Layout;

    #[test]
    fn cells_render_as_inline_markdown() {
        assert_eq!(
            render("Parameter **name** is *required*."),
            "Parameter <strong>name</strong> is <em>required</em>."
        );
        assert_eq!(render("# of retries exceeded."), "# of retries exceeded.");
        assert_eq!(
            render("> 100 items.\n- one\n1. two"),
            "&gt; 100 items.<br />\n- one<br />\n1. two"
        );
        assert_eq!(
            render("Parameter <name> is invalid.<br>Fix it."),
            "Parameter &lt;name&gt; is invalid.<br />\nFix it."
        );
        assert_eq!(
            render("<script>alert(1)</script>"),
            "&lt;script&gt;alert(1)&lt;/script&gt;"
        );
        assert_eq!(render("First.\n\nSecond."), "<p>First.</p>\n<p>Second.</p>");
        assert_eq!(render("`a | b` & c"), "<code>a | b</code> &amp; c");
    }

    /// Cells that would run script or load something if rendered as
    /// written: links and autolinks to other schemes, in the spellings a
    /// browser reads as those schemes, and images.
    const HOSTILE: &[&str] = &[
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click](&#106;avascript:alert(1))",
        "[click](&#x6A;&#x61;vascript:alert(1))",
        "[click](java&#9;script:alert(1))",
        "[click](java&#10;script:alert(1))",
        "[click](&#13;&#32;javascript:alert(1))",
        "[click](&#1;javascript:alert(1))",
        "[click](<java\tscript:alert(1)>)",
        "[click](<\u{7f}javascript:alert(1)>)",
        "[click](javascript&colon;alert(1))",
        "[click](javascript\\:alert(1))",
        "[click](vbscript:msgbox(1))",
        "[click](VBScript:msgbox(1))",
        "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[click](DATA:text/html,<script>alert(1)</script>)",
        "[click](file:///etc/passwd)",
        "[click](ftp://example.com/x)",
        "[click](javascript:alert(1) \"title\")",
        "<javascript:alert(2)>",
        "<JAVASCRIPT:alert(2)>",
        "<vbscript:msgbox(2)>",
        "<data:text/html,x>",
        "<blob:https://example.com/x>",
        "![chart](https://example.com/track.png)",
        "![*chart*](chart.png \"Title\")",
        "![chart](javascript:alert(3))",
        "[![chart](https://example.com/a.png)](javascript:alert(4))",
        "![[inner](javascript:alert(5))](x.png)",
    ];

    /// Links a page may keep.
    const KEPT: &[(&str, &str)] = &[
        (
            "[docs](https://example.com/a?b=1)",
            "https://example.com/a?b=1",
        ),
        ("[docs](HTTP://example.com)", "HTTP://example.com"),
        ("<https://example.com/x>", "https://example.com/x"),
        ("<mailto:ops@example.com>", "mailto:ops@example.com"),
        ("<ops@example.com>", "mailto:ops@example.com"),
        ("[row](../errors.html#A.1)", "../errors.html#A.1"),
        ("[row](#A.1)", "#A.1"),
        ("[query](?code=A.1)", "?code=A.1"),
        ("[path](notes/a:b)", "notes/a:b"),
    ];

    #[test]
    fn links_elsewhere_and_images_are_text() {
        for cell in HOSTILE {
            let html = render(cell);
            assert!(
                !html.contains("<a") && !html.contains("<img"),
                "{cell:?} gives {html:?}"
            );
        }
        assert_eq!(
            render("[click](javascript:alert(1)) <javascript:alert(2)>"),
            "click javascript:alert(2)"
        );
        assert_eq!(
            render("![*chart*](chart.png \"Title\") of *load*"),
            "<em>chart</em> of <em>load</em>"
        );
        assert_eq!(
            render("[![chart](https://example.com/a.png)](https://example.com/)"),
            "<a href=\"https://example.com/\">chart</a>"
        );
        for (cell, address) in KEPT {
            let html = render(cell);
            assert!(
                html.starts_with(&format!("<a href=\"{}\"", escape(address))),
                "{cell:?} gives {html:?}"
            );
        }
    }

    /// The whole page as a browser's parser reads it: every link is to a
    /// row of the page or has an allowed address, and no element runs or
    /// loads anything.
    #[test]
    fn a_page_of_hostile_cells_runs_and_loads_nothing() {
        let mut table = String::from("code,description,Link\n");
        for (row, cell) in HOSTILE.iter().enumerate() {
            let cell = cell.replace('"', "\"\"");
            table.push_str(&format!("H.{row},\"{cell}\",\"{cell}\"\n"));
        }
        table.push_str("K.1,<script>alert(6)</script><img src=x onerror=alert(7)>,\"<a href='javascript:alert(8)'>x</a>\"\n");
        let sheet = Sheet::parse(table.as_bytes(), &Layout::default()).unwrap();
        let document = scraper::Html::parse_document(&page("Hostile", &sheet, None));
        let every = scraper::Selector::parse("*").unwrap();
        let mut links = 0;
        for element in document.select(&every) {
            let element = element.value();
            assert!(
                matches!(
                    element.name(),
                    "html"
                        | "head"
                        | "meta"
                        | "title"
                        | "style"
                        | "body"
                        | "h1"
                        | "h2"
                        | "table"
                        | "thead"
                        | "tbody"
                        | "tr"
                        | "th"
                        | "td"
                        | "a"
                        | "code"
                        | "em"
                        | "strong"
                        | "del"
                        | "br"
                        | "p"
                ),
                "<{}>",
                element.name()
            );
            for (name, value) in element.attrs() {
                assert!(
                    matches!(name, "charset" | "id" | "data-markup" | "rowspan" | "href"),
                    "{name}={value:?}"
                );
                if name == "href" {
                    links += 1;
                    assert!(
                        value.starts_with("#H.") || value.starts_with("#K."),
                        "{value:?}"
                    );
                }
            }
        }
        // Each row's code links to its anchor, and nothing else links.
        assert_eq!(links, HOSTILE.len() + 1);
    }

    #[test]
    fn codes_are_anchors_once_and_modules_span_their_rows() {
        let table = "module,code,description\nDisk,D 1,Busy & <b>.\n,D 1,Again.\nNet,N%1,\"*Down*\nnow.\"\n";
        let sheet = Sheet::parse(table.as_bytes(), &Layout::default()).unwrap();
        let page = page("Errors <all>", &sheet, None);
        assert!(page.contains("<title>Errors &lt;all&gt;</title>"), "{page}");
        assert!(page.contains(
            "<tr><td rowspan=\"2\" data-markup=\"Disk\">Disk</td><td id=\"D%201\" data-markup=\"D 1\"><a href=\"#D%201\"><code>D 1</code></a></td><td data-markup=\"Busy &amp; &lt;b&gt;.\">Busy &amp; &lt;b&gt;.</td></tr>\n<tr><td data-markup=\"D 1\"><a href=\"#D%201\">"
        ), "{page}");
        assert!(page.contains("<h2>Net</h2>"), "{page}");
        assert!(page.contains("id=\"N%251\""), "{page}");
        assert!(
            page.contains("data-markup=\"*Down*&#10;now.\"><em>Down</em><br />\nnow.</td>"),
            "{page}"
        );
    }
}
