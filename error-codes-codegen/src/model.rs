//! The model every generator reads: an enum ([`Enum`]) and its variants
//! ([`Variant`]), each with the row it stands for.

use crate::declarations::Declaration;
use crate::phf;
use error_codes_table::parse::Row;
use proc_macro2::Ident;

/// One variant and the row it stands for.
pub(crate) struct Variant<'a> {
    /// The variant's identifier, already checked to be one.
    pub(crate) name: String,
    /// The row whose cells the accessors give.
    pub(crate) row: &'a Row,
    /// The table's other rows with the same code (`duplicates = "merge"`),
    /// listed in the variant's rustdoc.
    pub(crate) also: Vec<&'a Row>,
}

/// Everything the impls of one enum are generated from.
pub(crate) struct Enum<'a> {
    pub(crate) krate: &'a crate::syntax::Path,
    pub(crate) ident: &'a Ident,
    pub(crate) variants: Vec<Variant<'a>>,
    /// Whether the table has a `module` column.
    pub(crate) has_module: bool,
    /// The path `include_bytes!` names, so that Cargo rebuilds the crate
    /// when the table changes (see [`crate::Source::include`]).
    pub(crate) include: Option<&'a str>,
    /// The CSV file as errors name it (relative to the crate).
    pub(crate) display: &'a str,
    pub(crate) lookup: phf::Lookup,
    /// How a value finds its row: by discriminant when the macro wrote the
    /// enum, by `match` when the user did.
    pub(crate) index: Index,
    /// Whether to invoke the serde hook (`serde = false` turns it off).
    pub(crate) serde: bool,
    /// The typed columns, whose values are in each row's `values`.
    pub(crate) columns: &'a [Declaration],
    /// Their headings as the table writes them, for the docs.
    pub(crate) headings: &'a [String],
    /// The languages of the translated columns, in column order.
    pub(crate) languages: &'a [String],
    /// The language of the unsuffixed columns (`language = "en"`).
    pub(crate) language: &'a str,
    /// How a row becomes its value.
    pub(crate) values: crate::discriminants::Values,
    /// The standard columns beside the description, and `docs_url`.
    pub(crate) published: Published<'a>,
}

/// How a value finds its row.
#[derive(Clone, PartialEq)]
pub(crate) enum Index {
    /// By its discriminant, `0..COUNT`: the attribute wrote the enum.
    Discriminant,
    /// The discriminants are the codes, numbers in the `repr` named,
    /// as number enums are: `numeric.rs` finds the row from the number.
    Code(Ident),
    /// By a `match` on the variants: the derive's enum is the user's.
    Match,
}

/// Which standard columns the enum reads, and the `docs_url` pattern.
#[derive(Clone, Copy, Default)]
pub(crate) struct Published<'a> {
    pub(crate) http_status: bool,
    pub(crate) message: bool,
    pub(crate) solution: bool,
    /// `docs_url = "https://example.com/errors/{code}"`.
    pub(crate) docs_url: Option<&'a str>,
    pub(crate) grpc_code: bool,
    /// `domain = "..."`: gRPC's `ErrorInfo.domain` for the codes.
    pub(crate) domain: Option<&'a str>,
}
