//! `#[error_codes(csv = "...")]`: the attribute pipeline, from options to
//! output, with every table problem reported in one pass.

use crate::model::{Enum, Index, Variant};
use crate::options::{CodeMacro, Options, OptionsBuilder, Origin};
use crate::syntax::{Item, ItemKind};
use crate::{Front, Source, discriminants, fallback, items, phf};
use error_codes_table::header::Layout;
use error_codes_table::parse;
use error_codes_table::problem::Problem;
use error_codes_table::select;
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;
use syn::LitStr;
use syn::parse::Parser;

/// `#[error_codes(args)] input`: the enum and everything generated for
/// it, or the errors with a stand-in enum (`fallback.rs`).
pub fn expand(args: TokenStream, input: TokenStream, front: &Front) -> TokenStream {
    let parsed = crate::syntax::check_nesting(&input).and_then(|()| syn::parse2(input.clone()));
    let mut item: Item = match parsed {
        Ok(item) => item,
        Err(error) => {
            let error = error.into_compile_error();
            return quote!(#input #error);
        }
    };
    // Not an enum: the item stays as written, so that its uses still
    // compile and the one error is this (a struct once became an enum).
    if item.kind != ItemKind::Enum {
        let error = syn::Error::new_spanned(
            &item.ident,
            "#[error_codes] applies to an empty enum: `pub enum Name {}`",
        )
        .into_compile_error();
        return quote!(#input #error);
    }
    // A second `#[error_codes]` below this one would run on the enum this
    // one generates: one error on it instead of one per variant.
    let duplicate = take_repeated_attribute(&mut item);
    let mut builder = OptionsBuilder::new(Origin::Attribute);
    let options = crate::syntax::parser(|meta| builder.parse(meta))
        .parse2(args)
        .and_then(|()| builder.build(Span::call_site()));
    let result = match (&options, duplicate) {
        (_, Some(error)) => Err(error),
        (Ok(options), None) => check_item(&item).and_then(|()| generate(&item, options, front)),
        (Err(error), None) => Err(error.clone()),
    };
    result.unwrap_or_else(|error| {
        // Options that failed to parse fall back to the defaults.
        let options = options.ok();
        let default_crate = crate::options::default_crate();
        let krate = options.as_ref().map_or(&default_crate, |o| &o.krate);
        // A macro name that is itself the error gives no macro.
        let code_macro = match &options {
            Some(options) => code_macro(&item, options).ok().flatten(),
            None => crate::macro_name::default(&item.ident)
                .ok()
                .map(|name| (name, item.ident.clone().into())),
        };
        let serde = options.as_ref().is_none_or(|o| o.serde);
        let columns = options.as_ref().map_or(&[][..], |o| &o.columns[..]);
        let fallback = fallback::attribute(&item, krate, code_macro, columns, serde);
        let error = error.into_compile_error();
        quote!(#fallback #error)
    })
}

/// The expansion of `#[error_codes(args)]` on `item`, or every error
/// without a stand-in: for a front end that writes the code to a file
/// (`error-codes generate`) and reports errors itself.
pub fn expand_to_file(args: TokenStream, item: Item, front: &Front) -> syn::Result<TokenStream> {
    let mut builder = OptionsBuilder::new(Origin::Attribute);
    crate::syntax::parser(|meta| builder.parse(meta)).parse2(args)?;
    let options = builder.build(Span::call_site())?;
    check_item(&item)?;
    generate(&item, &options, front)
}

/// Removes every further `#[error_codes]` (by any path) from the item, and
/// returns an error on the first of them.
fn take_repeated_attribute(item: &mut Item) -> Option<syn::Error> {
    let is_ours = |attr: &crate::syntax::Attribute| {
        attr.path()
            .segments
            .last()
            .is_some_and(|segment| segment == "error_codes")
    };
    let first = item.attrs.iter().find(|attr| is_ours(attr)).map(|attr| {
        syn::Error::new_spanned(
            attr,
            "duplicate #[error_codes] attribute: an enum has one table",
        )
    });
    item.attrs.retain(|attr| !is_ours(attr));
    first
}

/// The name of the checked-code macro and the path of the enum it expands
/// to, unless `code_macro = false`; an error on the enum's name when the
/// default name cannot be a macro.
fn code_macro(item: &Item, options: &Options) -> syn::Result<Option<(Ident, crate::syntax::Path)>> {
    let name = match &options.code_macro {
        CodeMacro::Disabled => return Ok(None),
        CodeMacro::Default => crate::macro_name::default(&item.ident)
            .map_err(|message| syn::Error::new(item.ident.span(), message))?,
        CodeMacro::Named(name) => name.clone(),
    };
    let enum_path = options
        .enum_path
        .clone()
        .unwrap_or_else(|| item.ident.clone().into());
    Ok(Some((name, enum_path)))
}

/// The variants come from the table, so the user writes an empty enum.
fn check_item(item: &Item) -> syn::Result<()> {
    if item.kind != ItemKind::Enum {
        return Err(syn::Error::new_spanned(
            &item.ident,
            "#[error_codes] applies to an empty enum: `pub enum Name {}`",
        ));
    }
    if let Some(variant) = item.variants.first() {
        return Err(syn::Error::new_spanned(
            variant,
            "the variants of an #[error_codes] enum come from its table; remove them, or use #[derive(ErrorCode)] to name a subset by hand",
        ));
    }
    if !item.generics.is_empty() {
        return Err(syn::Error::new_spanned(
            &item.generics,
            "an #[error_codes] enum cannot be generic",
        ));
    }
    Ok(())
}

fn generate(item: &Item, options: &Options, front: &Front) -> syn::Result<TokenStream> {
    // The macro's name and the table are checked apart, so that a build
    // reports the problems of both.
    match code_macro(item, options) {
        Ok(code_macro) => generate_enum(item, options, code_macro, front),
        Err(mut error) => {
            if let Err(table_error) = generate_enum(item, options, None, front) {
                error.combine(table_error);
            }
            Err(error)
        }
    }
}

fn generate_enum(
    item: &Item,
    options: &Options,
    code_macro: Option<(Ident, crate::syntax::Path)>,
    front: &Front,
) -> syn::Result<TokenStream> {
    let csv = csv_literal(options)?;
    let (source, table) = read_table(csv, &options.layout, front)?;
    check_modules(&table, options)?;
    let error_codes_table::Checked { selected, entries } =
        error_codes_table::check(&table, &options.rows)
            .map_err(|problems| to_error(csv, &source.display, &problems))?;
    // Codes that are all decimal integers are the discriminants, as number
    // enums have them.
    let numbers = crate::numeric::numbers(entries.iter().map(|e| e.row.code.as_str())).map(
        |numbers| -> Vec<discriminants::Number> {
            numbers
                .values
                .iter()
                .zip(&entries)
                .map(|(&value, entry)| discriminants::Number {
                    value,
                    code: &entry.row.code,
                    line: entry.row.line,
                })
                .collect()
        },
    );
    let discriminants::Numbering {
        values,
        repr,
        codes: by_code,
    } = discriminants::for_attribute(item, &source.display, entries.len(), numbers.as_deref())?;
    let codes: Vec<&str> = entries.iter().map(|e| e.row.code.as_str()).collect();
    let lookup = build_lookup(csv, &codes)?;
    let model = Enum {
        krate: &options.krate,
        ident: &item.ident,
        variants: entries
            .into_iter()
            .zip(selected)
            .map(|(entry, selected)| Variant {
                name: entry.name,
                row: entry.row,
                also: selected.also,
            })
            .collect(),
        has_module: table.has_module,
        include: source.include.as_deref(),
        display: &source.display,
        lookup,
        index: by_code.map_or(Index::Discriminant, Index::Code),
        serde: options.serde,
        columns: &options.columns,
        headings: &table.headings,
        languages: &table.languages,
        language: &options.layout.languages.default,
        values,
        published: crate::model::Published {
            http_status: table.has_http_status,
            message: table.has_message,
            solution: table.has_solution,
            docs_url: options.docs_url.as_deref(),
            grpc_code: table.has_grpc_code,
            domain: options.domain.as_deref(),
        },
    };
    // Where the enum is compiled out, so is everything generated for it.
    let cfgs: Vec<&crate::syntax::Attribute> = item
        .attrs
        .iter()
        .filter(|attr| attr.path().is_ident("cfg"))
        .collect();
    let definition = crate::definition::enum_definition(item, &model, &repr);
    let impls = items::impls(&model);
    let code_macro = code_macro.map(|(name, enum_path)| {
        crate::code_macro::code_macro(
            &model,
            &name,
            &enum_path,
            &cfgs,
            front.proc_macros,
            &source.display,
        )
    });
    Ok(quote!(#definition #(#cfgs)* #impls #code_macro))
}

/// The `csv = "..."` literal, which the attribute and the derive require.
pub(crate) fn csv_literal(options: &Options) -> syn::Result<&LitStr> {
    options.csv.as_ref().ok_or_else(|| {
        syn::Error::new(
            Span::call_site(),
            "missing `csv = \"...\"` option naming the table",
        )
    })
}

/// Reads and parses the table named by the `csv = "..."` literal, with
/// every problem of the file reported on that literal.
pub(crate) fn read_table(
    csv: &LitStr,
    layout: &Layout,
    front: &Front,
) -> syn::Result<(Source, parse::Table)> {
    let source = (front.read)(csv)?;
    let table = parse::parse_with(&source.bytes, layout, front.records)
        .map_err(|p| to_error(csv, &source.display, &p))?;
    Ok((source, table))
}

/// Every module named by `module` / `modules` is in the table; an error on
/// each literal that names another.
pub(crate) fn check_modules(table: &parse::Table, options: &Options) -> syn::Result<()> {
    select::check_modules(table, &options.rows)
        .into_iter()
        .map(|(position, message)| {
            let span = options
                .module_literals
                .get(position)
                .map_or_else(Span::call_site, LitStr::span);
            syn::Error::new(span, message)
        })
        .reduce(|mut all, next| {
            all.combine(next);
            all
        })
        .map_or(Ok(()), Err)
}

/// The perfect hash of `codes`, which are distinct; failing to find one
/// does not happen in practice, but is an error rather than a panic.
pub(crate) fn build_lookup(csv: &LitStr, codes: &[&str]) -> syn::Result<phf::Lookup> {
    phf::build(codes).ok_or_else(|| {
        syn::Error::new(
            csv.span(),
            "could not build the lookup table; please report this table",
        )
    })
}

/// All problems of a file as one error, each on the `csv = "..."` literal.
pub(crate) fn to_error(csv: &LitStr, file: &str, problems: &[Problem]) -> syn::Error {
    problems
        .iter()
        .map(|problem| syn::Error::new(csv.span(), problem.display(file)))
        .reduce(|mut all, next| {
            all.combine(next);
            all
        })
        .unwrap_or_else(|| syn::Error::new(csv.span(), format!("{file}: invalid table")))
}

#[cfg(test)]
mod tests {
    use quote::quote;

    /// The attribute as the proc macro runs it, reading tables relative to
    /// this crate's directory.
    fn expand_attribute(
        args: proc_macro2::TokenStream,
        item: proc_macro2::TokenStream,
    ) -> proc_macro2::TokenStream {
        crate::test_support::expand_attribute(args, item)
    }

    /// What rustdoc and rustc see of a row: its code as a search alias, its
    /// typed values in its docs, its retirement as `#[deprecated]`.
    #[test]
    fn variants_carry_alias_values_and_retirement() {
        let grpc = expand_attribute(
            quote!(
                csv = "../tests/tests/fixtures/grpc_http.csv",
                columns(http_status: u16, reason: &str = "HTTP Reason")
            ),
            quote!(
                pub enum GrpcCode {}
            ),
        )
        .to_string();
        assert!(!grpc.contains("compile_error"), "{grpc}");
        assert!(grpc.contains(r#"alias = "5""#), "{grpc}");
        assert!(
            grpc.contains(r#"Code `5`.\n- `http_status()`: `404`\n- `reason()`: `\"Not Found\"`"#),
            "{grpc}"
        );
        assert!(grpc.contains("| [`http_status()`](Self::http_status) | `u16` | HTTP Status |"));
        assert!(!grpc.contains("deprecated (note"), "{grpc}");
        let retired = expand_attribute(
            quote!(csv = "../tests/ui/csv/retired.csv"),
            quote!(
                pub enum Codes {}
            ),
        )
        .to_string();
        assert!(retired.contains(r#"deprecated (note = "Send R.1 instead; R.2 goes away in the next major version.")] Retired"#), "{retired}");
        assert_eq!(retired.matches("deprecated (note").count(), 1);
    }

    /// A variant's rustdoc shows its statuses, message and solution, markup
    /// kept; a message that is the description is not shown twice.
    #[test]
    fn variants_show_status_message_and_solution() {
        let shop = expand_attribute(
            quote!(
                csv = "../tests/tests/fixtures/published.csv",
                docs_url = "https://example.com/errors/{code}"
            ),
            quote!(
                pub enum Shop {}
            ),
        )
        .to_string();
        assert!(!shop.contains("compile_error"), "{shop}");
        for fragment in [
            r#"The basket is **empty**.\n\nCode `Shop.0001`. HTTP status `400`.\n\n**Message:** Add an item first.\n\n**Solution:** Put at least one item in the basket.""#,
            r#"Code `Shop.0003`. HTTP statuses `402`, `409`.\n\n**Message:** The card was declined.""#,
            r#"**Solution:** Wait for the restock, or pick *another* item.""#,
            r#"Code `Shop.0005`.""#,
            "https://example.com/errors/Shop.0001",
        ] {
            assert!(shop.contains(fragment), "{fragment}\nnot in\n{shop}");
        }
        let orders = expand_attribute(
            quote!(csv = "../tests/tests/fixtures/messages_only.csv"),
            quote!(
                pub enum Orders {}
            ),
        )
        .to_string();
        assert!(!orders.contains("**Message:**"), "{orders}");
        assert!(
            orders.contains(
                r#"Code `M.1`. HTTP status `404`.\n\n**Solution:** Check the order number.""#
            ),
            "{orders}"
        );
    }

    /// Each kind of value as rustdoc shows it, a backtick in a string
    /// fenced by two.
    #[test]
    fn row_docs_show_values_as_rust_source() {
        let types = expand_attribute(
            quote!(
                csv = "../tests/tests/fixtures/types.csv",
                columns(tiny: i8, giant: u128, flag: bool, label: &str, maybe_port: Option<u16>, level: Level),
                ignore = [
                    "Short", "Int", "Long", "Huge", "Pointer", "Byte", "Port", "Count", "Big", "Size",
                    "Ratio", "Precise", "Letter", "Maybe Label", "Maybe Flag", "Maybe Letter",
                    "Maybe Ratio", "Maybe Level", "Maybe Huge", "Solution",
                ]
            ),
            quote!(
                pub enum Types {}
            ),
        )
        .to_string();
        assert!(!types.contains("compile_error"), "{types}");
        for fragment in [
            r#"\n- `tiny()`: `-128`\n- `giant()`: `0`\n- `flag()`: `true`\n- `label()`: `\"Says \\\"hi\\\", twice\"`\n- `maybe_port()`: `Some(443)`\n- `level()`: `Level::Warning`""#,
            r#"\n- `tiny()`: `127`\n- `giant()`: `340282366920938463463374607431768211455`\n- `flag()`: `false`\n- `label()`: `` \"C:\\\\dir {x} ``\" ``\n- `maybe_port()`: `None`"#,
        ] {
            assert!(types.contains(fragment), "{fragment}\nnot in\n{types}");
        }
    }

    /// Expansion must not depend on hash-map order, seeds or time: a build
    /// that is not reproducible recompiles its dependents for nothing.
    #[test]
    fn the_same_table_expands_to_identical_tokens() {
        for args in [
            quote!(csv = "../codes.csv"),
            quote!(csv = "../tests/tests/fixtures/sqlstate_unique.csv"),
            quote!(
                csv = "../tests/tests/fixtures/grpc_http.csv",
                columns(http_status: u16, reason: &str = "HTTP Reason")
            ),
        ] {
            let csv = args.to_string();
            let expand = || {
                expand_attribute(
                    args.clone(),
                    quote!(
                        pub enum Codes {}
                    ),
                )
                .to_string()
            };
            let first = expand();
            assert!(first.contains("enum Codes"), "{first}");
            assert!(!first.contains("compile_error"), "{first}");
            for _ in 0..3 {
                assert!(first == expand(), "expansion of {csv} changed between runs");
            }
        }
    }

    /// A merged code's rustdoc lists every row it stands for, and the
    /// accessors' docs say whose cells they give.
    #[test]
    fn a_merged_codes_rustdoc_lists_every_row() {
        let expanded = expand_attribute(
            quote!(
                csv = "../tests/tests/fixtures/parcels.csv",
                duplicates = "merge"
            ),
            quote!(
                pub enum Parcels {}
            ),
        )
        .to_string();
        for listed in [
            "The table lists this code on 2 rows; `description()` and `module()` give the first:",
            "1. *Sending a Parcel*: The parcel is larger than the locker.",
            "2. *Tracking a Parcel*: No parcel has this tracking number.\\n   \\n   Check the number on the receipt.",
            "2. *Sending a Parcel*: The postcode does not exist.",
            "Where the table lists a code on several rows",
        ] {
            assert!(expanded.contains(listed), "{listed:?} in {expanded}");
        }
        // The row repeated cell for cell is one row, not a merge.
        assert_eq!(expanded.matches("The table lists this code").count(), 2);
    }

    /// The names the rules keep free for the enum (error_codes_table's
    /// `names.rs`) are exactly the inherent items it gets: a new accessor
    /// must be listed there, or tables could take its name.
    #[test]
    fn generated_items_are_the_listed_names() {
        use error_codes_table::names::GENERATED;
        let emitted = |args: proc_macro2::TokenStream| {
            let tokens = expand_attribute(
                args,
                quote!(
                    pub enum Codes {}
                ),
            );
            let file: syn::File = syn::parse2(tokens).unwrap();
            let mut names = Vec::new();
            for item in &file.items {
                let syn::Item::Const(block) = item else {
                    continue;
                };
                let syn::Expr::Block(block) = &*block.expr else {
                    continue;
                };
                for stmt in &block.block.stmts {
                    let syn::Stmt::Item(syn::Item::Impl(imp)) = stmt else {
                        continue;
                    };
                    if imp.trait_.is_some() {
                        continue;
                    }
                    for item in &imp.items {
                        match item {
                            syn::ImplItem::Fn(f) => names.push(f.sig.ident.to_string()),
                            syn::ImplItem::Const(c) => names.push(c.ident.to_string()),
                            _ => {}
                        }
                    }
                }
            }
            names.sort();
            names
        };
        let mut always: Vec<String> = GENERATED
            .iter()
            .filter(|item| item.always)
            .map(|item| item.name.to_owned())
            .collect();
        always.sort();
        assert_eq!(emitted(quote!(csv = "../codes.csv")), always);
        use error_codes_table::names::TRANSLATED;
        let mut all: Vec<String> = GENERATED
            .iter()
            .filter(|item| !TRANSLATED.contains(&item.name))
            .map(|item| item.name.to_owned())
            .collect();
        all.sort();
        assert_eq!(
            emitted(quote!(
                csv = "../tests/tests/fixtures/signed_numbers.csv",
                docs_url = "https://example.com/{code}"
            )),
            all
        );
        let mut translated = always.clone();
        translated.extend(TRANSLATED.iter().map(|name| name.to_string()));
        translated.sort();
        assert_eq!(
            emitted(quote!(csv = "../tests/tests/fixtures/languages.csv")),
            translated
        );
    }
}
