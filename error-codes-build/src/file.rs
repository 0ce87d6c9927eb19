//! The generated file: the code `#[error_codes(...)]` would expand to,
//! formatted, under a comment naming the table and the command that
//! writes it again. A build script's file and `error-codes generate`'s
//! are the same bytes, so either checks the other's.

use error_codes_codegen::{Front, Source};
use proc_macro2::{Delimiter, Group, Span, TokenStream, TokenTree};
use quote::quote;
use std::path::Path;
use syn::LitStr;
use syn::visit_mut::VisitMut;

/// What the file is made from.
pub struct Request<'a> {
    /// The table's path as the user wrote it: in the header and in every
    /// error.
    pub table: &'a str,
    /// Where the table is read.
    pub path: &'a Path,
    pub enum_name: &'a str,
    /// As inside `#[error_codes(...)]`, after `csv = "..."`.
    pub options: Option<&'a str>,
}

/// The file's text: a header naming the table, then the formatted code;
/// or every error, each `file:line: message` as the macro reports it.
pub fn text(request: &Request) -> Result<String, Vec<String>> {
    let ident = syn::parse_str::<syn::Ident>(request.enum_name).map_err(|_| {
        vec![format!(
            "enum name {:?}: not a Rust identifier; name the enum as in `pub enum VbsError {{}}`",
            request.enum_name
        )]
    })?;
    let table = LitStr::new(request.table, Span::call_site());
    let options: TokenStream = match request.options {
        Some(text) => {
            let options: TokenStream = text
                .parse()
                .map_err(|error| vec![format!("options: {error}")])?;
            quote!(, #options)
        }
        None => TokenStream::new(),
    };
    let args = quote!(csv = #table #options);
    let doc = format!(" The error codes of `{}`.", request.table);
    let item: error_codes_codegen::Item = syn::parse_quote! {
        #[doc = #doc]
        pub enum #ident {}
    };
    let read = |csv: &LitStr| read(csv, request.path);
    let front = Front {
        read: &read,
        records: error_codes_read::records,
        proc_macros: false,
    };
    let tokens = error_codes_codegen::expand_to_file(args, item, &front).map_err(|errors| {
        errors
            .into_iter()
            .map(|error| error.to_string())
            .collect::<Vec<_>>()
    })?;
    let mut file: syn::File = syn::parse2(doc_lines(tokens)).map_err(|error| {
        vec![format!(
            "the generated code does not parse ({error}); please report this table"
        )]
    })?;
    DocsAsWritten.visit_file_mut(&mut file);
    let mut text = header(request);
    text.push_str(&prettyplease::unparse(&file));
    Ok(text)
}

/// Every `#[doc = "..."]` of several lines as one attribute per line, each
/// line after a space, so that the file shows `/// line` comments as a
/// person writes them rather than a `/** ... */` block with the text
/// against its delimiters. rustdoc reads both alike: it joins consecutive
/// doc attributes with line breaks and removes the indent common to all
/// their lines.
fn doc_lines(tokens: TokenStream) -> TokenStream {
    let mut out = TokenStream::new();
    let mut trees = tokens.into_iter().peekable();
    while let Some(tree) = trees.next() {
        match tree {
            TokenTree::Punct(pound) if pound.as_char() == '#' => {
                let split = match trees.peek() {
                    Some(TokenTree::Group(group)) => doc_text(group).map(|text| {
                        text.split('\n')
                            .map(|line| {
                                let line = if line.is_empty() || line.starts_with(' ') {
                                    line.to_owned()
                                } else {
                                    format!(" {line}")
                                };
                                quote!(#[doc = #line])
                            })
                            .collect::<TokenStream>()
                    }),
                    _ => None,
                };
                match split {
                    Some(attributes) => {
                        trees.next();
                        out.extend(attributes);
                    }
                    None => out.extend([TokenTree::Punct(pound)]),
                }
            }
            TokenTree::Group(group) => {
                let mut inner = Group::new(group.delimiter(), doc_lines(group.stream()));
                inner.set_span(group.span());
                out.extend([TokenTree::Group(inner)]);
            }
            other => out.extend([other]),
        }
    }
    out
}

/// The text of a `[doc = "..."]` attribute body that holds a line break.
fn doc_text(group: &Group) -> Option<String> {
    if group.delimiter() != Delimiter::Bracket {
        return None;
    }
    let mut body = group.stream().into_iter();
    match (body.next(), body.next(), body.next(), body.next()) {
        (
            Some(TokenTree::Ident(doc)),
            Some(TokenTree::Punct(eq)),
            Some(TokenTree::Literal(lit)),
            None,
        ) if doc == "doc" && eq.as_char() == '=' => {
            let text = syn::parse2::<LitStr>(TokenTree::Literal(lit).into())
                .ok()?
                .value();
            text.contains('\n').then_some(text)
        }
        _ => None,
    }
}

/// Each `#[doc = "..."]` whose text a comment cannot hold, kept as that
/// attribute in the file: prettyplease writes a doc as a `///` or
/// `/** */` comment, where rustc refuses a carriage return and the
/// bidirectional controls that can reorder how code reads, and clippy's
/// `tabs_in_doc_comments` a tab; the attribute's string escapes them, and
/// rustdoc reads the same text from it. (prettyplease writes a doc whose
/// value is not a plain literal, here one in an undelimited group, as the
/// attribute.)
struct DocsAsWritten;

impl VisitMut for DocsAsWritten {
    fn visit_attribute_mut(&mut self, attribute: &mut syn::Attribute) {
        let syn::Meta::NameValue(doc) = &mut attribute.meta else {
            return;
        };
        if !doc.path.is_ident("doc") {
            return;
        }
        let syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(text),
            ..
        }) = &doc.value
        else {
            return;
        };
        if text.value().chars().any(refused_in_doc_comment) {
            doc.value = syn::Expr::Group(syn::ExprGroup {
                attrs: Vec::new(),
                group_token: Default::default(),
                expr: Box::new(doc.value.clone()),
            });
        }
    }
}

/// A character a doc comment cannot hold as it is: a control character
/// other than the line feed (rustc refuses a lone carriage return; a tab
/// fails clippy's `tabs_in_doc_comments`), or a bidirectional control
/// (rustc's `text_direction_codepoint_in_comment`, denied by default).
fn refused_in_doc_comment(c: char) -> bool {
    (c.is_control() && c != '\n') || is_bidirectional_control(c)
}

/// The bidirectional embeddings, overrides and isolates, and the marks,
/// which change the order text shows in without showing themselves.
fn is_bidirectional_control(c: char) -> bool {
    matches!(
        c,
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}'
    )
}

/// The comment that opens a generated file: what it is, from what, and the
/// command that writes it again.
fn header(request: &Request) -> String {
    let mut command = format!(
        "error-codes generate {} --enum {}",
        request.table, request.enum_name
    );
    if let Some(options) = request.options {
        command.push_str(&format!(" --options '{options}'"));
    }
    format!(
        "// @generated by `error-codes generate` from the table `{}`: do not edit.\n\
         // Edit the table, then run again:\n//     {}\n\
         // `--check` (in CI) fails when this file is stale.\n\n",
        in_comment(request.table),
        in_comment(&command)
    )
}

/// Text as the rest of a `//` comment line, so that it ends nothing and
/// rustc takes it: a line break continues the comment on a line of its
/// own, a control character or a bidirectional control is written as its
/// escape (`\u{202e}`).
fn in_comment(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => out.push_str("\n//     "),
            '\t' => out.push(c),
            c if refused_in_doc_comment(c) => out.extend(c.escape_unicode()),
            c => out.push(c),
        }
    }
    out
}

/// Reads the table at `path`, named as the literal says. The file names
/// no `include_bytes!`: a build script's `rerun-if-changed` or
/// `generate --check` is what notices a change to the table.
fn read(csv: &LitStr, path: &Path) -> syn::Result<Source> {
    let display = csv.value();
    let bytes = error_codes_table::file::read(path).map_err(|reason| {
        syn::Error::new(csv.span(), format!("cannot read {display}: {reason}"))
    })?;
    Ok(Source {
        display,
        include: None,
        bytes,
    })
}
