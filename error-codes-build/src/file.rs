//! The generated file: the code `#[error_codes(...)]` would expand to,
//! formatted, under a comment naming the table and the command that
//! writes it again. A build script's file and `error-codes generate`'s
//! are the same bytes, so either checks the other's.

use error_codes_codegen::{Front, Source};
use proc_macro2::{Delimiter, Group, Span, TokenStream, TokenTree};
use quote::quote;
use std::path::Path;
use syn::LitStr;

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
    let file: syn::File = syn::parse2(doc_lines(tokens)).map_err(|error| {
        vec![format!(
            "the generated code does not parse ({error}); please report this table"
        )]
    })?;
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
         // Edit the table, then run again:\n//     {command}\n\
         // `--check` (in CI) fails when this file is stale.\n\n",
        request.table
    )
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
