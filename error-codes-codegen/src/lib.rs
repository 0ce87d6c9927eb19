//! The code generation of [error-codes](https://docs.rs/error-codes-core): a
//! table checked by [`error_codes_table`] and the options of
//! `#[error_codes(...)]` become the enum, its accessors, lookup, trait impls
//! and checked-code macro, as tokens.
//!
//! Two front ends share it, as `phf_macros` and `phf_codegen` share
//! `phf_generator`: the proc macros of `error-codes-macro`, and
//! `error-codes generate`, which writes the same expansion to a file for
//! crates that build without proc macros. What differs between them is a
//! [`Front`]: how the table named by `csv = "..."` is found and read, and
//! whether the generated code may call the proc macros.
//!
//! The pipeline reads in file names: [`options`] (every option, once, and
//! its parser), [`attribute`] and [`derive`](mod@derive) (the two entry points),
//! [`model`] (what every generator reads), then one file per thing
//! generated: [`definition`] the enum, [`items`] its tables and accessors,
//! [`accessors`] the typed columns', [`traits`] its trait impls, [`lookup`]
//! `from_code`, [`numeric`] the conversions of numeric codes, [`serde`],
//! [`code_macro`] the checked-code macro ([`argument_arms`] its arms for
//! codes given arguments), [`templates`] the rows' placeholders and `fill`; [`discriminants`] is how a row
//! becomes its value, [`phf`] builds the perfect hash, [`tokens`] holds the
//! lexing and string-table helpers, and [`fallback`] stands in when the
//! input is wrong. The names the enum takes for itself are listed once, in
//! `error_codes_table::names`, where the rules refuse clashing names.

extern crate proc_macro;

pub mod accessors;
pub mod argument_arms;
pub mod attribute;
pub mod code_macro;
pub mod columns;
pub mod definition;
pub mod derive;
pub mod discriminants;
pub mod fallback;
pub mod items;
pub mod lookup;
pub mod macro_name;
pub mod model;
pub mod numeric;
pub mod options;
pub mod phf;
pub mod published;
pub mod serde;
pub mod syntax;
pub mod templates;
pub mod tokens;
pub mod traits;

use syn::LitStr;

/// A table file as a front end read it.
pub struct Source {
    /// The path as the user wrote it, used in every table error.
    pub display: String,
    /// The path that `include_bytes!` names in the expansion so that Cargo
    /// rebuilds the crate when the table changes; `None` writes no include
    /// (a generated file is checked with `error-codes generate --check`).
    pub include: Option<String>,
    /// The file's bytes.
    pub bytes: Vec<u8>,
}

/// What a front end gives the generator.
pub struct Front<'a> {
    /// Finds and reads the table named by the `csv = "..."` literal; errors
    /// point at the literal.
    pub read: &'a dyn Fn(&LitStr) -> syn::Result<Source>,
    /// Reads the file's CSV records (`error_codes_read::records`): this
    /// crate compiles without a CSV reader, beside it (issue 20).
    pub records: error_codes_table::parse::Reader,
    /// Whether the generated code may call `error-codes-macro`'s proc
    /// macros: the checked-code macro then names the closest known codes
    /// when a code is unknown. A file written by `error-codes generate`
    /// builds without them, and says only that the code is unknown.
    pub proc_macros: bool,
}

pub use attribute::expand as expand_attribute;
pub use derive::expand as expand_derive;

#[cfg(test)]
mod test_support {
    use proc_macro2::TokenStream;

    /// Reads tables relative to this crate's directory, as the proc macro
    /// reads them relative to the user's.
    fn read(csv: &syn::LitStr) -> syn::Result<crate::Source> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(csv.value());
        let bytes = std::fs::read(&path).map_err(|error| {
            syn::Error::new(
                csv.span(),
                format!("cannot read {}: {error}", path.display()),
            )
        })?;
        Ok(crate::Source {
            display: csv.value(),
            include: path.to_str().map(str::to_owned),
            bytes,
        })
    }

    pub fn expand_attribute(args: TokenStream, item: TokenStream) -> TokenStream {
        let front = crate::Front {
            read: &read,
            records: error_codes_read::records,
            proc_macros: true,
        };
        crate::expand_attribute(args, item, &front)
    }
}
