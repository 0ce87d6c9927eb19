//! Placeholders in a row's text: `User {user_id} not found`.
//!
//! The input is a plain-text template: the plain text of a description
//! ([`plain::template_text`](crate::plain::template_text), whose code spans
//! and literals have their braces doubled so that they stay text), or a
//! column that is plain text already. The forms are those of `format!`:
//! `{}` (the next position), `{0}`, `{1}`, ... and `{name}` (an
//! identifier); `{{` and `}}` are one literal brace. Anything else in
//! braces (`{1x}`, `{0:>5}`, `{Error description}`, a lone `{` or `}`) is
//! text, never an error: published tables write such things and mean them
//! as text.
//!
//! Arguments bind as `format!` binds them: positional ones by index (`{}`
//! takes the next index, counted apart from explicit ones), named ones by
//! name, the same name twice being one argument. [`Template::placeholders`]
//! is the order in which a caller gives them: every position from `0` to
//! the largest, then the names in order of first appearance.

use crate::model::is_ident;

/// Positions from this one up are text (`{2024}` is a year, not the
/// 2,025th argument), so that a row takes a bounded number of arguments.
pub const MAX_POSITIONS: usize = 32;

/// A template, parsed once: what it shows and what it takes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    /// The text and the placeholders, in order; adjacent text is one piece.
    pub pieces: Vec<Piece>,
    /// What each argument fills, in the order arguments are given: the
    /// positions (`"0"`, `"1"`, ...) then the names.
    pub placeholders: Vec<String>,
    /// How many of [`placeholders`](Self::placeholders) are positions.
    pub positions: usize,
}

/// A piece of a [`Template`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// Text as shown, `{{` and `}}` already one brace.
    Text(String),
    /// A placeholder: `slot` indexes [`Template::placeholders`], `written`
    /// is the placeholder as the table writes it (`{}`, `{0}`, `{name}`).
    Slot { slot: usize, written: String },
}

/// A placeholder before slots are given: a position or a name, as rustc
/// reads it (`{é}` composed and decomposed are one name to `format!`, so
/// one here).
enum Found<'t> {
    Position(usize),
    Name(std::borrow::Cow<'t, str>),
}

impl Template {
    /// The placeholders of a plain-text template. Linear in its length:
    /// every byte is looked at most twice (once by the scan for a closing
    /// brace, once as text).
    pub fn parse(template: &str) -> Template {
        let mut found: Vec<(Found, &str)> = Vec::new();
        let mut texts: Vec<String> = vec![String::new()];
        let mut next_auto = 0;
        let mut rest = template;
        while let Some(at) = rest.find(['{', '}']) {
            let (before, from) = rest.split_at(at);
            push_text(&mut texts, before);
            if let Some(after) = from.strip_prefix("{{").or_else(|| from.strip_prefix("}}")) {
                push_text(&mut texts, &from[..1]);
                rest = after;
                continue;
            }
            let placeholder = from
                .strip_prefix('{')
                .and_then(|inner| inner.find(['{', '}']).map(|end| (inner, end)))
                .filter(|&(inner, end)| inner.as_bytes().get(end) == Some(&b'}'))
                .and_then(|(inner, end)| {
                    let content = &inner[..end];
                    let kind = if content.is_empty() {
                        Some(Found::Position(next_auto)).filter(|_| next_auto < MAX_POSITIONS)
                    } else if content.bytes().all(|b| b.is_ascii_digit()) {
                        content
                            .parse()
                            .ok()
                            .filter(|&index| index < MAX_POSITIONS)
                            .map(Found::Position)
                    } else if is_ident(content) {
                        Some(Found::Name(crate::model::identifier_as_read(content)))
                    } else {
                        None
                    };
                    kind.map(|kind| (kind, &from[..end + 2]))
                });
            match placeholder {
                Some((kind, written)) => {
                    if content_is_auto(written) {
                        next_auto += 1;
                    }
                    found.push((kind, written));
                    texts.push(String::new());
                    rest = &from[written.len()..];
                }
                None => {
                    // A lone brace, or braces around something that is not
                    // a placeholder: text, and the scan goes on after it.
                    push_text(&mut texts, &from[..1]);
                    rest = &from[1..];
                }
            }
        }
        push_text(&mut texts, rest);
        Template::assemble(found, texts)
    }

    /// The template of a description written in Markdown or RST: its plain
    /// text, where braces inside code spans and literals are text.
    pub fn of_markup(markup: &str) -> Template {
        Template::parse(&crate::plain::template_text(markup))
    }

    /// Slots numbered in [`placeholders`](Self::placeholders) order, and
    /// the pieces in reading order.
    fn assemble(found: Vec<(Found, &str)>, texts: Vec<String>) -> Template {
        let positions = found
            .iter()
            .filter_map(|(kind, _)| match kind {
                Found::Position(index) => Some(index + 1),
                Found::Name(_) => None,
            })
            .max()
            .unwrap_or(0);
        let mut placeholders: Vec<String> = (0..positions).map(|i| i.to_string()).collect();
        let mut pieces = Vec::with_capacity(texts.len() + found.len());
        let mut texts = texts.into_iter();
        for (kind, written) in found {
            if let Some(text) = texts.next().filter(|text| !text.is_empty()) {
                pieces.push(Piece::Text(text));
            }
            let slot = match kind {
                Found::Position(index) => index,
                Found::Name(name) => {
                    match placeholders[positions..].iter().position(|n| *n == name) {
                        Some(at) => positions + at,
                        None => {
                            placeholders.push(name.into_owned());
                            placeholders.len() - 1
                        }
                    }
                }
            };
            pieces.push(Piece::Slot {
                slot,
                written: written.to_owned(),
            });
        }
        pieces.extend(texts.filter(|text| !text.is_empty()).map(Piece::Text));
        Template {
            pieces,
            placeholders,
            positions,
        }
    }

    /// Whether the template takes any argument.
    pub fn has_placeholders(&self) -> bool {
        !self.placeholders.is_empty()
    }

    /// The names, in order of first appearance.
    pub fn names(&self) -> &[String] {
        &self.placeholders[self.positions..]
    }

    /// The template as shown unfilled: `{{` and `}}` as one brace, the
    /// placeholders as written. What `description()` returns.
    pub fn text(&self) -> String {
        let mut text = String::new();
        for piece in &self.pieces {
            match piece {
                Piece::Text(part) => text.push_str(part),
                Piece::Slot { written, .. } => text.push_str(written),
            }
        }
        text
    }

    /// The placeholders as a reader writes them: `{0}, {name}`.
    pub fn list(&self) -> String {
        let braced: Vec<String> = self
            .placeholders
            .iter()
            .map(|p| format!("{{{p}}}"))
            .collect();
        braced.join(", ")
    }
}

/// A template cell (a description, or a message) as its accessor gives
/// it: the plain text, with a template's `{{` and `}}` shown as one brace.
/// The macro and the command both read it here, so that they agree.
pub fn description_text(markup: &str) -> String {
    if markup.contains(['{', '}']) {
        Template::of_markup(markup).text()
    } else {
        crate::plain::plain_text(markup)
    }
}

/// The placeholders of a description, in argument order (see
/// [`Template::placeholders`]).
pub fn of_description(markup: &str) -> Vec<String> {
    if markup.contains(['{', '}']) {
        Template::of_markup(markup).placeholders
    } else {
        Vec::new()
    }
}

/// The cell a row's template is read from: its `message` where the row has
/// one (what a service sends), else its description (what a table without
/// messages shows). The macro, its checks of arguments and the command
/// all read the template here, so that they agree.
pub fn template_cell<'a>(description: &'a str, message: Option<&'a str>) -> &'a str {
    message.filter(|m| !m.is_empty()).unwrap_or(description)
}

/// A row's description as `description()` gives it: the template's text
/// when the description is the template, else its plain text as written
/// (a row with a message keeps its description as its documentation says
/// it, braces included).
pub fn description_of(description: &str, message: Option<&str>) -> String {
    if template_cell(description, message) == description {
        description_text(description)
    } else {
        crate::plain::plain_text(description)
    }
}

/// The placeholders of a row, from its template cell (see
/// [`template_cell`]).
pub fn of_row(description: &str, message: Option<&str>) -> Vec<String> {
    of_description(template_cell(description, message))
}

fn content_is_auto(written: &str) -> bool {
    written == "{}"
}

/// Appends to the last text piece.
fn push_text(texts: &mut [String], text: &str) {
    if let Some(last) = texts.last_mut() {
        last.push_str(text);
    }
}

#[cfg(test)]
mod tests {
    use super::{MAX_POSITIONS, Piece, Template};
    use proptest::prelude::*;

    fn placeholders(template: &str) -> Vec<String> {
        Template::parse(template).placeholders
    }

    /// `{é}` written as one character and as `e` and a combining accent
    /// is one name to rustc, so one placeholder, as rustc spells it.
    #[cfg(feature = "nfc")]
    #[test]
    fn a_name_composed_two_ways_is_one_placeholder() {
        let template =
            Template::parse("From {caf\u{e9}} to {cafe\u{301}}, then {\u{1100}\u{1161}}.");
        assert_eq!(template.placeholders, ["caf\u{e9}", "\u{ac00}"]);
        assert_eq!(
            template.text(),
            "From {caf\u{e9}} to {cafe\u{301}}, then {\u{1100}\u{1161}}."
        );
    }

    #[test]
    fn every_form_of_placeholder_is_found() {
        assert_eq!(placeholders("Invalid {0} parameter."), ["0"]);
        assert_eq!(placeholders("Instances ({}) and ({})."), ["0", "1"]);
        assert_eq!(placeholders("User {user_id} not found"), ["user_id"]);
        assert_eq!(
            placeholders("{b} then {1} and {a}, {b} again, {}"),
            ["0", "1", "b", "a"]
        );
        assert_eq!(placeholders("Caf\u{e9} {na\u{ef}ve}"), ["na\u{ef}ve"]);
        assert!(placeholders("No placeholder here.").is_empty());
    }

    #[test]
    fn positions_bind_as_format_binds_them() {
        // `{}` counts apart from explicit positions, as in `format!`.
        let template = Template::parse("{1} {} {}");
        assert_eq!(template.placeholders, ["0", "1"]);
        let slots: Vec<usize> = template
            .pieces
            .iter()
            .filter_map(|piece| match piece {
                Piece::Slot { slot, .. } => Some(*slot),
                Piece::Text(_) => None,
            })
            .collect();
        assert_eq!(slots, [1, 0, 1]);
        // A position the text skips still takes its argument.
        assert_eq!(placeholders("{2} only"), ["0", "1", "2"]);
        // The same name twice is one argument, in the slot of its first use.
        let template = Template::parse("{x} on {y} and {x}");
        assert_eq!(template.placeholders, ["x", "y"]);
        assert_eq!(template.names(), ["x", "y"]);
    }

    #[test]
    fn doubled_braces_are_one_literal_brace() {
        let template = Template::parse("A {{literal}} and {{0}}, then {0}}}");
        assert_eq!(template.placeholders, ["0"]);
        assert_eq!(template.text(), "A {literal} and {0}, then {0}}");
        assert_eq!(Template::parse("{{{0}}}").text(), "{{0}}");
        assert_eq!(Template::parse("{{{0}}}").placeholders, ["0"]);
    }

    #[test]
    fn anything_else_in_braces_is_text() {
        for text in [
            "{1x}",
            "{0:>5}",
            "{Error description}",
            "{message size} and {max allowed size}",
            "a lone { brace",
            "a lone } brace",
            "{",
            "}",
            "}{",
            "{ }",
            "{self}",
            "{_}",
            "{-1}",
            "{\u{1f980}}",
            "{99}",
            "{ {0 }",
        ] {
            let template = Template::parse(text);
            assert!(template.placeholders.is_empty(), "{text:?}");
            assert_eq!(template.text(), text, "{text:?}");
        }
        // Text around a placeholder next to non-placeholders stays.
        let template = Template::parse("{a b} {name} {1x}");
        assert_eq!(template.placeholders, ["name"]);
        assert_eq!(template.text(), "{a b} {name} {1x}");
    }

    #[test]
    fn positions_are_bounded() {
        let last = format!("{{{}}}", MAX_POSITIONS - 1);
        assert_eq!(placeholders(&last).len(), MAX_POSITIONS);
        let auto = "{}".repeat(MAX_POSITIONS + 3);
        assert_eq!(placeholders(&auto).len(), MAX_POSITIONS);
        assert_eq!(Template::parse(&auto).text(), auto);
    }

    #[test]
    fn pieces_alternate_text_and_slots() {
        let template = Template::parse("Invalid {0} parameter in the request.");
        assert_eq!(
            template.pieces,
            [
                Piece::Text("Invalid ".into()),
                Piece::Slot {
                    slot: 0,
                    written: "{0}".into()
                },
                Piece::Text(" parameter in the request.".into()),
            ]
        );
        assert_eq!(template.list(), "{0}");
        assert_eq!(Template::parse("{a}{0}").list(), "{0}, {a}");
    }

    #[cfg(feature = "commonmark")]
    #[test]
    fn braces_in_code_spans_and_literals_are_text() {
        for (markup, text, found) in [
            ("Invalid **{param}**.", "Invalid {param}.", &["param"][..]),
            (
                "Send `{\"a\": 1}` as {0}.",
                "Send {\"a\": 1} as {0}.",
                &["0"],
            ),
            ("Use ``{name}`` literally.", "Use {name} literally.", &[]),
            ("Use `{}` for {}.", "Use {} for {}.", &["0"]),
            (
                "Characters\\ :literal:`{}[]` only, not {x}.",
                "Characters{}[] only, not {x}.",
                &["x"],
            ),
            ("```\n{code}\n```\n\nthen {x}", "{code} then {x}", &["x"]),
            ("A `{{` and {{ here", "A {{ and { here", &[]),
        ] {
            let template = Template::of_markup(markup);
            assert_eq!(template.text(), text, "{markup:?}");
            assert_eq!(template.placeholders, found, "{markup:?}");
        }
    }

    proptest! {
        /// Never a panic; the pieces, written back with their text's braces
        /// doubled, read as the same template (nothing lost or invented);
        /// every slot names an argument.
        #[test]
        fn pieces_written_back_read_the_same(
            template in proptest::collection::vec(
                prop_oneof![
                    Just("{"), Just("}"), Just("{{"), Just("}}"), Just("0"), Just("12"),
                    Just("a"), Just("_"), Just(" "), Just(":"), Just("\u{e9}"), Just("{}"),
                ],
                0..24,
            ).prop_map(|parts| parts.concat())
        ) {
            let parsed = Template::parse(&template);
            let mut written = String::new();
            for piece in &parsed.pieces {
                match piece {
                    Piece::Text(text) => written.push_str(&text.replace('{', "{{").replace('}', "}}")),
                    Piece::Slot { written: slot, .. } => written.push_str(slot),
                }
            }
            let again = Template::parse(&written);
            // `{}` numbers by count, so the slots agree as well as the text.
            prop_assert_eq!(&again, &parsed);
            prop_assert!(parsed.text().len() <= template.len());
            prop_assert!(parsed.positions <= MAX_POSITIONS);
            for piece in &parsed.pieces {
                if let Piece::Slot { slot, .. } = piece {
                    prop_assert!(*slot < parsed.placeholders.len());
                }
            }
        }
    }
}
