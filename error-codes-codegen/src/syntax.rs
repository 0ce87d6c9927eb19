//! The Rust the macros read, parsed with syn's parsing machinery but not
//! its syntax tree of Rust: the item under `#[error_codes]` or
//! `#[derive(ErrorCode)]`, its attributes, paths, the nested
//! `key = value` options, and the types of `columns(...)`.
//!
//! syn's `derive` feature (`DeriveInput`, `Path`, `Type`, `syn::meta`)
//! doubles the time syn takes to compile, and syn is on the critical path
//! of a user's first build, which we keep short; these few shapes are all the macros
//! read.

use proc_macro2::{Delimiter, Group, Ident, Spacing, TokenStream, TokenTree};
use quote::{ToTokens, TokenStreamExt};
use syn::ext::IdentExt;
use syn::parse::{Parse, ParseStream, Parser};
use syn::{Token, token};

/// A path such as `::error_codes_core` or `errors::StorageError`, without
/// generic arguments.
#[derive(Clone)]
pub(crate) struct Path {
    pub(crate) leading_colon: Option<Token![::]>,
    pub(crate) segments: Vec<Ident>,
}

impl Path {
    /// Whether the path is the one identifier `name`.
    pub(crate) fn is_ident(&self, name: &str) -> bool {
        self.get_ident().is_some_and(|ident| ident == name)
    }

    /// The path's identifier when it is one identifier.
    pub(crate) fn get_ident(&self) -> Option<&Ident> {
        match &self.segments[..] {
            [ident] if self.leading_colon.is_none() => Some(ident),
            _ => None,
        }
    }
}

impl From<Ident> for Path {
    fn from(ident: Ident) -> Self {
        Path {
            leading_colon: None,
            segments: vec![ident],
        }
    }
}

impl Parse for Path {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let leading_colon = input.parse::<Option<Token![::]>>()?;
        let mut segments = vec![Ident::parse_any(input)?];
        while input.peek(Token![::]) {
            input.parse::<Token![::]>()?;
            segments.push(Ident::parse_any(input)?);
        }
        Ok(Path {
            leading_colon,
            segments,
        })
    }
}

impl ToTokens for Path {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        self.leading_colon.to_tokens(tokens);
        for (position, segment) in self.segments.iter().enumerate() {
            if position > 0 {
                <Token![::]>::default().to_tokens(tokens);
            }
            segment.to_tokens(tokens);
        }
    }
}

/// An outer attribute, `#[path args]`, kept as written.
#[derive(Clone)]
pub(crate) struct Attribute {
    pound: Token![#],
    brackets: Group,
    path: Path,
    /// What follows the path inside the brackets.
    args: TokenStream,
}

impl Attribute {
    /// The attribute's path: `cfg` of `#[cfg(test)]`.
    pub(crate) fn path(&self) -> &Path {
        &self.path
    }

    /// The items of `#[path(key = value, ...)]`, one call of `each` per
    /// key, as the attribute's options are read.
    pub(crate) fn parse_nested(
        &self,
        each: impl FnMut(Meta) -> syn::Result<()>,
    ) -> syn::Result<()> {
        let mut tokens = self.args.clone().into_iter();
        match (tokens.next(), tokens.next()) {
            (Some(TokenTree::Group(group)), None)
                if group.delimiter() == Delimiter::Parenthesis =>
            {
                parser(each).parse2(group.stream())
            }
            _ => Err(syn::Error::new_spanned(
                self,
                format!(
                    "expected attribute arguments in parentheses: #[{}(...)]",
                    self.path.to_token_stream().to_string().replace(' ', "")
                ),
            )),
        }
    }

    /// The value of `#[path = value]`, as tokens.
    pub(crate) fn value(&self) -> syn::Result<TokenStream> {
        let value = |input: ParseStream| {
            input.parse::<Token![=]>()?;
            input.parse::<TokenStream>()
        };
        value.parse2(self.args.clone()).map_err(|_| {
            syn::Error::new_spanned(
                self,
                format!(
                    "expected a value: #[{} = ...]",
                    self.path.to_token_stream().to_string().replace(' ', "")
                ),
            )
        })
    }
}

impl ToTokens for Attribute {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        self.pound.to_tokens(tokens);
        tokens.append(self.brackets.clone());
    }
}

/// The outer attributes at the start of `input`.
fn attributes(input: ParseStream) -> syn::Result<Vec<Attribute>> {
    let mut attributes = Vec::new();
    while input.peek(Token![#]) {
        let pound = input.parse()?;
        let brackets: Group = input.parse()?;
        if brackets.delimiter() != Delimiter::Bracket {
            return Err(syn::Error::new(brackets.span(), "expected `[`"));
        }
        let (path, args) = (|inside: ParseStream| Ok((inside.parse()?, inside.parse()?)))
            .parse2(brackets.stream())?;
        attributes.push(Attribute {
            pound,
            brackets,
            path,
            args,
        });
    }
    Ok(attributes)
}

/// An enum, struct or union with its attributes: all the macros read of
/// the item they are given.
#[derive(Clone)]
pub struct Item {
    pub(crate) attrs: Vec<Attribute>,
    pub(crate) vis: TokenStream,
    pub(crate) kind: ItemKind,
    pub(crate) ident: Ident,
    /// Generic parameters and a where clause, as written (empty when the
    /// item has none).
    pub(crate) generics: TokenStream,
    /// An enum's variants; empty for a struct or a union.
    pub(crate) variants: Vec<Variant>,
}

impl Item {
    /// Whether the item has generic parameters (`<T>`), beside or without
    /// a where clause.
    pub(crate) fn has_generic_parameters(&self) -> bool {
        matches!(
            self.generics.clone().into_iter().next(),
            Some(TokenTree::Punct(open)) if open.as_char() == '<'
        )
    }
}

/// What an [`Item`] is.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum ItemKind {
    Enum,
    Struct,
    Union,
}

impl Parse for Item {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let attrs = attributes(input)?;
        let mut vis = TokenStream::new();
        if input.peek(Token![pub]) {
            input.parse::<Token![pub]>()?.to_tokens(&mut vis);
            if input.peek(token::Paren) {
                vis.append(input.parse::<Group>()?);
            }
        }
        let kind = if input.peek(Token![enum]) {
            input.parse::<Token![enum]>()?;
            ItemKind::Enum
        } else if input.peek(Token![struct]) {
            input.parse::<Token![struct]>()?;
            ItemKind::Struct
        } else if input.peek(Token![union]) {
            input.parse::<Token![union]>()?;
            ItemKind::Union
        } else {
            return Err(input.error("expected one of: `struct`, `enum`, `union`"));
        };
        let ident = input.parse()?;
        let mut generics = TokenStream::new();
        let mut variants = Vec::new();
        if kind != ItemKind::Enum {
            // Only the kind is reported of a struct or a union.
            input.parse::<TokenStream>()?;
        } else {
            while !input.is_empty() && !input.peek(token::Brace) {
                generics.append(input.parse::<TokenTree>()?);
            }
            let content;
            syn::braced!(content in input);
            while !content.is_empty() {
                variants.push(content.parse()?);
                if !content.is_empty() {
                    content.parse::<Token![,]>()?;
                }
            }
        }
        Ok(Item {
            attrs,
            vis,
            kind,
            ident,
            generics,
            variants,
        })
    }
}

/// One variant of an enum.
#[derive(Clone)]
pub(crate) struct Variant {
    pub(crate) attrs: Vec<Attribute>,
    pub(crate) ident: Ident,
    /// `(...)` or `{...}` after the name, if any.
    pub(crate) fields: Option<Group>,
    /// `= value`, as written.
    pub(crate) discriminant: TokenStream,
}

impl Parse for Variant {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let attrs = attributes(input)?;
        let ident = input.parse()?;
        let fields = if input.peek(token::Paren) || input.peek(token::Brace) {
            Some(input.parse()?)
        } else {
            None
        };
        let mut discriminant = TokenStream::new();
        if input.peek(Token![=]) {
            while !input.is_empty() && !input.peek(Token![,]) {
                discriminant.append(input.parse::<TokenTree>()?);
            }
        }
        Ok(Variant {
            attrs,
            ident,
            fields,
            discriminant,
        })
    }
}

impl ToTokens for Variant {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        for attr in &self.attrs {
            attr.to_tokens(tokens);
        }
        self.ident.to_tokens(tokens);
        if let Some(fields) = &self.fields {
            tokens.append(fields.clone());
        }
        tokens.extend(self.discriminant.clone());
    }
}

/// One `key = value` (or `key(...)`) of an attribute's options, as
/// [`parser`] gives it to the caller, which reads the rest.
pub(crate) struct Meta<'a> {
    pub(crate) key: Ident,
    pub(crate) input: ParseStream<'a>,
}

impl<'a> Meta<'a> {
    /// The value after `=`.
    pub(crate) fn value(&self) -> syn::Result<ParseStream<'a>> {
        self.input.parse::<Token![=]>()?;
        Ok(self.input)
    }

    /// An error on the key.
    pub(crate) fn error(&self, message: impl std::fmt::Display) -> syn::Error {
        syn::Error::new(self.key.span(), message)
    }

    /// The items of `key(a = 1, b = 2)`, one call of `each` per item.
    pub(crate) fn parse_nested(
        &self,
        each: impl FnMut(Meta) -> syn::Result<()>,
    ) -> syn::Result<()> {
        let content;
        syn::parenthesized!(content in self.input);
        parse_items(&content, each)
    }
}

/// A parser of comma-separated options that calls `each` per key, which
/// first refuses options nested deeper than [`MAX_NESTING`].
pub(crate) fn parser(each: impl FnMut(Meta) -> syn::Result<()>) -> impl Parser<Output = ()> {
    Items { each }
}

struct Items<F> {
    each: F,
}

impl<F: FnMut(Meta) -> syn::Result<()>> Parser for Items<F> {
    type Output = ();

    fn parse2(self, tokens: TokenStream) -> syn::Result<()> {
        check_nesting(&tokens)?;
        let mut each = self.each;
        (move |input: ParseStream| parse_items(input, &mut each)).parse2(tokens)
    }
}

/// How deep brackets and types may nest in what the macros read. Options
/// nest two or three levels (`columns(x: Option<&str> = "...")`); syn reads
/// a group by recursion, so a deeper one could overflow the stack, in the
/// compiler or in `error-codes`, where it must be an error.
pub(crate) const MAX_NESTING: usize = 32;

/// An error on the first group nested deeper than [`MAX_NESTING`]; read
/// without recursion, as any depth must be.
pub(crate) fn check_nesting(tokens: &TokenStream) -> syn::Result<()> {
    let mut stack = vec![tokens.clone().into_iter()];
    while let Some(trees) = stack.last_mut() {
        match trees.next() {
            Some(TokenTree::Group(group)) => {
                if stack.len() > MAX_NESTING {
                    return Err(syn::Error::new(
                        group.span(),
                        format!("brackets nested more than {MAX_NESTING} deep"),
                    ));
                }
                stack.push(group.stream().into_iter());
            }
            Some(_) => {}
            None => {
                stack.pop();
            }
        }
    }
    Ok(())
}

fn parse_items(
    input: ParseStream,
    mut each: impl FnMut(Meta) -> syn::Result<()>,
) -> syn::Result<()> {
    while !input.is_empty() {
        let key = Ident::parse_any(input)?;
        each(Meta { key, input })?;
        if input.is_empty() {
            break;
        }
        input.parse::<Token![,]>()?;
    }
    Ok(())
}

/// A type as written in `columns(...)`, read far enough to classify it.
pub(crate) enum Type {
    /// `&'a mut T`.
    Reference {
        lifetime: Option<Ident>,
        mutable: bool,
        elem: Box<Type>,
        tokens: TokenStream,
    },
    /// `(T)`, or a group a `macro_rules!` made.
    Paren(Box<Type>),
    /// `a::b::C`, with the generic arguments of its last segment.
    Path {
        path: Path,
        arguments: Option<Vec<Type>>,
        tokens: TokenStream,
    },
    /// Anything else, which no column takes.
    Other(TokenStream),
}

impl Type {
    /// Reads the type at the start of `input`, up to a `,` or `=` outside
    /// angle brackets.
    pub(crate) fn parse_until_comma(input: ParseStream) -> syn::Result<Type> {
        let mut tokens = Vec::new();
        let mut depth = 0usize;
        // Each `&` and `<` is a level of the type, read by recursion.
        let mut levels = 0usize;
        while !input.is_empty() {
            if depth == 0 && (input.peek(Token![,]) || input.peek(Token![=])) {
                break;
            }
            let tree: TokenTree = input.parse()?;
            if let TokenTree::Punct(punct) = &tree {
                match punct.as_char() {
                    '<' => {
                        depth += 1;
                        levels += 1;
                    }
                    '>' => depth = depth.saturating_sub(1),
                    '&' => levels += 1,
                    _ => {}
                }
                if levels > MAX_NESTING {
                    return Err(syn::Error::new(
                        punct.span(),
                        format!("a type nested more than {MAX_NESTING} deep"),
                    ));
                }
            }
            tokens.push(tree);
        }
        if tokens.is_empty() {
            return Err(input.error("expected a type"));
        }
        Ok(Type::from_tokens(&tokens))
    }

    fn from_tokens(tokens: &[TokenTree]) -> Type {
        let all: TokenStream = tokens.iter().cloned().collect();
        match tokens {
            [TokenTree::Punct(and), rest @ ..] if and.as_char() == '&' => {
                let (lifetime, rest) = match rest {
                    [TokenTree::Punct(tick), TokenTree::Ident(name), rest @ ..]
                        if tick.as_char() == '\'' && tick.spacing() == Spacing::Joint =>
                    {
                        (Some(name.clone()), rest)
                    }
                    _ => (None, rest),
                };
                let (mutable, rest) = match rest {
                    [TokenTree::Ident(word), rest @ ..] if word == "mut" => (true, rest),
                    _ => (false, rest),
                };
                if rest.is_empty() {
                    return Type::Other(all);
                }
                Type::Reference {
                    lifetime,
                    mutable,
                    elem: Box::new(Type::from_tokens(rest)),
                    tokens: all,
                }
            }
            [TokenTree::Group(group)]
                if matches!(group.delimiter(), Delimiter::Parenthesis | Delimiter::None) =>
            {
                let inner: Vec<TokenTree> = group.stream().into_iter().collect();
                if inner.is_empty() || top_level(&inner, ',').next().is_some() {
                    return Type::Other(all);
                }
                Type::Paren(Box::new(Type::from_tokens(&inner)))
            }
            _ => Type::path(tokens).unwrap_or(Type::Other(all)),
        }
    }

    /// `a::b::C<T, U>`: generic arguments only on the last segment.
    fn path(tokens: &[TokenTree]) -> Option<Type> {
        let mut rest = tokens;
        let mut leading_colon = None;
        if let Some(after) = double_colon(rest) {
            leading_colon = Some(<Token![::]>::default());
            rest = after;
        }
        let mut segments = Vec::new();
        let mut arguments = None;
        loop {
            let [TokenTree::Ident(ident), after @ ..] = rest else {
                return None;
            };
            segments.push(ident.clone());
            rest = after;
            if let [TokenTree::Punct(open), inside @ ..] = rest
                && open.as_char() == '<'
            {
                let close = closing_angle(inside)?;
                let list = &inside[..close];
                let mut types = Vec::new();
                let mut start = 0;
                for comma in top_level(list, ',').chain([list.len()]) {
                    if comma > start {
                        types.push(Type::from_tokens(&list[start..comma]));
                    }
                    start = comma + 1;
                }
                arguments = Some(types);
                rest = &inside[close + 1..];
                if !rest.is_empty() {
                    return None;
                }
                break;
            }
            match double_colon(rest) {
                Some(after) => rest = after,
                None if rest.is_empty() => break,
                None => return None,
            }
        }
        Some(Type::Path {
            path: Path {
                leading_colon,
                segments,
            },
            arguments,
            tokens: tokens.iter().cloned().collect(),
        })
    }
}

impl ToTokens for Type {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        match self {
            Type::Reference { tokens: all, .. }
            | Type::Path { tokens: all, .. }
            | Type::Other(all) => tokens.extend(all.clone()),
            Type::Paren(inner) => inner.to_tokens(tokens),
        }
    }
}

/// `::` at the start of `tokens`, and what follows it.
fn double_colon(tokens: &[TokenTree]) -> Option<&[TokenTree]> {
    match tokens {
        [TokenTree::Punct(first), TokenTree::Punct(second), rest @ ..]
            if first.as_char() == ':'
                && first.spacing() == Spacing::Joint
                && second.as_char() == ':' =>
        {
            Some(rest)
        }
        _ => None,
    }
}

/// The position of the `>` that closes an opened `<`.
fn closing_angle(tokens: &[TokenTree]) -> Option<usize> {
    let mut depth = 0usize;
    for (position, tree) in tokens.iter().enumerate() {
        if let TokenTree::Punct(punct) = tree {
            match punct.as_char() {
                '<' => depth += 1,
                '>' if depth == 0 => return Some(position),
                '>' => depth -= 1,
                _ => {}
            }
        }
    }
    None
}

/// The positions of `separator` outside angle brackets.
fn top_level(tokens: &[TokenTree], separator: char) -> impl Iterator<Item = usize> + '_ {
    let mut depth = 0usize;
    tokens
        .iter()
        .enumerate()
        .filter_map(move |(position, tree)| match tree {
            TokenTree::Punct(punct) => match punct.as_char() {
                '<' => {
                    depth += 1;
                    None
                }
                '>' => {
                    depth = depth.saturating_sub(1);
                    None
                }
                c if c == separator && depth == 0 => Some(position),
                _ => None,
            },
            _ => None,
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    #[test]
    fn an_enum_is_read_with_its_attributes_visibility_and_variants() {
        let item: Item = syn::parse2(quote! {
            /// Docs.
            #[cfg(test)]
            #[error_code(csv = "codes.csv", serde = false)]
            pub(crate) enum Codes<T> where T: Copy {
                #[code = "A.1"]
                First,
                Second(u8),
                Third { x: u8 } = 3,
            }
        })
        .unwrap();
        assert!(item.kind == ItemKind::Enum && item.has_generic_parameters());
        assert_eq!(item.vis.to_string(), "pub (crate)");
        assert_eq!(item.ident, "Codes");
        assert_eq!(item.generics.to_string(), "< T > where T : Copy");
        let paths: Vec<String> = item
            .attrs
            .iter()
            .map(|attr| attr.path().to_token_stream().to_string())
            .collect();
        assert_eq!(paths, ["doc", "cfg", "error_code"]);
        let mut keys = Vec::new();
        item.attrs[2]
            .parse_nested(|meta| {
                keys.push(meta.key.to_string());
                meta.value()?.parse::<syn::Lit>().map(drop)
            })
            .unwrap();
        assert_eq!(keys, ["csv", "serde"]);
        let names: Vec<String> = item.variants.iter().map(|v| v.ident.to_string()).collect();
        assert_eq!(names, ["First", "Second", "Third"]);
        assert_eq!(
            item.variants[0].attrs[0].value().unwrap().to_string(),
            "\"A.1\""
        );
        assert!(item.variants[0].fields.is_none() && item.variants[1].fields.is_some());
        assert_eq!(item.variants[2].discriminant.to_string(), "= 3");
        // Written back as read.
        assert_eq!(
            item.variants[2].to_token_stream().to_string(),
            "Third { x : u8 } = 3"
        );
        assert_eq!(
            item.attrs[1].to_token_stream().to_string(),
            "# [cfg (test)]"
        );
    }

    #[test]
    fn structs_unions_and_other_items() {
        let item: Item = syn::parse2(quote!(
            struct S(u8);
        ))
        .unwrap();
        assert!(item.kind == ItemKind::Struct && item.variants.is_empty());
        let item: Item = syn::parse2(quote!(
            pub union U {
                a: u8,
            }
        ))
        .unwrap();
        assert!(item.kind == ItemKind::Union);
        let error = syn::parse2::<Item>(quote!(
            fn f() {}
        ))
        .err()
        .unwrap();
        assert_eq!(
            error.to_string(),
            "expected one of: `struct`, `enum`, `union`"
        );
    }

    #[test]
    fn paths_and_wrong_attribute_shapes() {
        let path: Path = syn::parse2(quote!(::a::b::C)).unwrap();
        assert_eq!(path.to_token_stream().to_string(), ":: a :: b :: C");
        assert!(
            syn::parse2::<Path>(quote!(crate))
                .unwrap()
                .is_ident("crate")
        );
        let item: Item = syn::parse2(quote!(
            #[repr = 1]
            #[code(x)]
            enum E {}
        ))
        .unwrap();
        let error = item.attrs[0].parse_nested(|_| Ok(())).unwrap_err();
        assert_eq!(
            error.to_string(),
            "expected attribute arguments in parentheses: #[repr(...)]"
        );
        let error = item.attrs[1].value().unwrap_err();
        assert_eq!(error.to_string(), "expected a value: #[code = ...]");
    }

    #[test]
    fn types_are_read_to_the_comma_outside_angle_brackets() {
        let read = |tokens: TokenStream| {
            (|input: ParseStream| {
                let ty = Type::parse_until_comma(input)?;
                let rest: TokenStream = input.parse()?;
                Ok((ty, rest.to_string()))
            })
            .parse2(tokens)
            .unwrap()
        };
        let (ty, rest) = read(quote!(Option<core::primitive::u16>, next: u8));
        assert_eq!(rest, ", next : u8");
        let Type::Path {
            path,
            arguments: Some(arguments),
            ..
        } = ty
        else {
            panic!("a path with arguments");
        };
        assert!(path.is_ident("Option"));
        assert!(
            matches!(&arguments[..], [Type::Path { path, arguments: None, .. }] if path.segments.len() == 3)
        );
        let (ty, rest) = read(quote!(&'static mut str = "Heading"));
        assert_eq!(rest, "= \"Heading\"");
        assert!(
            matches!(ty, Type::Reference { lifetime: Some(l), mutable: true, .. } if l == "static")
        );
        let (ty, _) = read(quote!((u8)));
        assert!(matches!(ty, Type::Paren(_)));
        for other in [
            quote!((u8, u16)),
            quote!(<T as X>::Y),
            quote!(Vec<u8>::Z),
            quote!([u8; 4]),
        ] {
            let (ty, _) = read(other.clone());
            assert!(matches!(ty, Type::Other(_)), "{other}");
            assert_eq!(ty.to_token_stream().to_string(), other.to_string());
        }
    }

    #[test]
    fn nesting_deeper_than_the_limit_is_an_error_not_an_overflow() {
        let nested = |depth: usize| -> TokenStream {
            format!("{}{}", "[".repeat(depth), "]".repeat(depth))
                .parse()
                .unwrap()
        };
        assert!(check_nesting(&nested(MAX_NESTING)).is_ok());
        for depth in [MAX_NESTING + 1, 100_000] {
            let error = check_nesting(&nested(depth)).unwrap_err();
            assert_eq!(error.to_string(), "brackets nested more than 32 deep");
        }
        let mut keys = 0;
        let error = parser(|_| {
            keys += 1;
            Ok(())
        })
        .parse2(nested(100_000))
        .unwrap_err();
        assert_eq!(error.to_string(), "brackets nested more than 32 deep");
        assert_eq!(keys, 0);
        let deep_type = format!("{}u8{}", "Vec<".repeat(40), ">".repeat(40));
        let error = Type::parse_until_comma.parse_str(&deep_type).err().unwrap();
        assert_eq!(error.to_string(), "a type nested more than 32 deep");
    }
}
