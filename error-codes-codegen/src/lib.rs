//! The code generation of [error-codes](https://docs.rs/error-codes-core):
//! a table checked by `error-codes-table` and the options of
//! `#[error_codes(...)]` become the enum, its accessors, lookup, trait impls
//! and checked-code macro, as tokens.
//!
//! **An implementation detail of error-codes**, as `thiserror-impl` is of
//! thiserror: depend on `error-codes-core`. Its API is what the two front
//! ends need and changes whenever they do.
//!
//! Two front ends share it, as `phf_macros` and `phf_codegen` share
//! `phf_generator`: the proc macros of `error-codes-macro`, and
//! `error-codes generate`, which writes the same expansion to a file for
//! crates that build without proc macros. What differs between them is a
//! [`Front`]: how the table named by `csv = "..."` is found and read, and
//! whether the generated code may call the proc macros.
//!
//! The modules read as the pipeline: `options` (every option, once, and
//! its parser), `attribute` and `derive` (the two entry points), `model`
//! (what every generator reads), then one file per thing generated.

extern crate proc_macro;

mod accessors;
mod argument_arms;
mod attribute;
mod code_macro;
mod declarations;
mod definition;
mod derive;
mod discriminants;
mod fallback;
mod items;
mod languages;
mod lookup;
mod macro_name;
mod model;
mod numeric;
mod options;
mod phf;
mod published;
mod serde;
mod syntax;
mod templates;
mod tokens;
mod traits;

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
    /// crate compiles without a CSV reader, beside it, which keeps a first build short.
    pub records: error_codes_table::parse::Reader,
    /// Whether the generated code may call `error-codes-macro`'s proc
    /// macros: the checked-code macro then names the closest known codes
    /// when a code is unknown. A file written by `error-codes generate`
    /// builds without them, and says only that the code is unknown.
    pub proc_macros: bool,
}

pub use argument_arms::takes;
pub use attribute::{expand as expand_attribute, expand_to_file};
pub use code_macro::{decode, encode};
pub use derive::expand as expand_derive;
pub use numeric::numeric_codes;
pub use options::{OPTIONS, OptionSpec, Options, Origin, Suggested, print as print_options};
pub use syntax::Item;

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
