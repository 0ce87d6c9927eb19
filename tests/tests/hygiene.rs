//! The generated code compiles in the most hostile crate we can write: no
//! prelude, strict lints, and local items named like everything the
//! expansion could refer to without a full path.
#![no_implicit_prelude]
#![deny(warnings, missing_docs, unused_qualifications)]
#![forbid(unsafe_code)]

#[allow(dead_code, non_camel_case_types)]
mod hostile {
    pub struct Option;
    pub struct Some;
    pub struct None;
    pub struct Result;
    pub struct Ok;
    pub struct Err;
    pub struct Error;
    pub struct Default;
    pub struct Vec;
    pub struct String;
    pub mod core {}
    pub mod std {}
    pub mod fmt {}
    // The serde impls name serde through error-codes-core, and their
    // generic parameters cannot meet these.
    pub mod serde {}
    pub mod error_codes_core {}
    pub mod http {}
    pub mod miette {}
    pub struct Box;
    pub struct S;
    pub struct D;

    /// Errors of a service with every column.
    #[::error_codes_core::error_codes(csv = "tests/fixtures/http_status.csv")]
    #[non_exhaustive]
    pub enum HttpStatus {}

    /// PostgreSQL errors.
    #[::error_codes_core::error_codes(
        csv = "tests/fixtures/sqlstate_unique.csv",
        code_macro = "sqlstate",
        enum_path = "hostile::SqlState"
    )]
    pub enum SqlState {}

    /// How bad a code is.
    #[derive(
        ::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug, ::core::cmp::PartialEq,
    )]
    pub enum Level {
        /// Informational.
        Info,
        /// A warning.
        Warning,
        /// An error.
        Error,
    }

    /// Typed columns, headings, an ignored column, and a retired code
    /// (`T.3`), which warns nowhere in this crate: only its uses would.
    #[::error_codes_core::error_codes(
        csv = "tests/fixtures/types.csv",
        columns(
            flag: bool,
            huge: i128,
            pointer: isize,
            size: usize,
            ratio: f32,
            letter: char,
            label: &str,
            level: Level,
            maybe_port: Option<u16>,
            maybe_label: Option<&str>,
            maybe_level: Option<Level>,
        ),
        ignore = [
            "Tiny", "Short", "Int", "Long", "Byte", "Port", "Count", "Big", "Giant",
            "Precise", "Maybe Flag", "Maybe Letter", "Maybe Ratio", "Maybe Huge", "Solution",
        ],
        code_macro = "types",
        enum_path = "hostile::Types"
    )]
    pub enum Types {}

    /// Repeated codes merged, one module's rows.
    #[::error_codes_core::error_codes(
        csv = "tests/fixtures/parcels.csv",
        modules = ["Sending a Parcel", "Tracking a Parcel"],
        duplicates = "merge",
        code_macro = false
    )]
    pub enum Parcels {}

    /// Negative and padded numbers (from_i64 through its own hash).
    #[::error_codes_core::error_codes(
        csv = "tests/fixtures/signed_numbers.csv",
        code_macro = false
    )]
    pub enum Signed {}

    /// Numbers with leading zeros.
    #[::error_codes_core::error_codes(
        csv = "tests/fixtures/padded_numbers.csv",
        code_macro = false
    )]
    pub enum Padded {}

    /// A subset.
    #[derive(
        ::error_codes_core::ErrorCode,
        ::core::fmt::Debug,
        ::core::clone::Clone,
        ::core::marker::Copy,
        ::core::cmp::PartialEq,
    )]
    #[error_code(csv = "tests/fixtures/grpc.csv")]
    pub enum Retry {
        /// Unavailable.
        #[code = "14"]
        Unavailable,
    }

    /// A subset with typed columns and a variant its user retired: the
    /// derive's impls name it without a warning.
    #[derive(
        ::error_codes_core::ErrorCode,
        ::core::fmt::Debug,
        ::core::clone::Clone,
        ::core::marker::Copy,
        ::core::cmp::PartialEq,
    )]
    #[error_code(
        csv = "tests/fixtures/grpc_http.csv",
        columns(http_status: u16, reason: Option<&str> = "HTTP Reason")
    )]
    pub enum Mapped {
        /// Not found.
        #[code = "5"]
        NotFound,
        /// Aborted.
        #[deprecated(note = "retired by its user")]
        #[code = "10"]
        Aborted,
    }

    /// Status, message and solution columns, each code's page, with
    /// error-codes-core's `http` and `miette` features on.
    #[::error_codes_core::error_codes(
        csv = "tests/fixtures/published.csv",
        docs_url = "https://example.com/errors/{code}",
        code_macro = false
    )]
    pub enum Published {}

    /// A subset of them.
    #[derive(
        ::error_codes_core::ErrorCode,
        ::core::fmt::Debug,
        ::core::clone::Clone,
        ::core::marker::Copy,
        ::core::cmp::PartialEq,
    )]
    #[error_code(
        csv = "tests/fixtures/published.csv",
        docs_url = "https://example.com/{code}"
    )]
    pub enum PublishedSubset {
        /// Closed.
        #[code = "Shop.0004"]
        Closed,
    }

    pub fn checked() -> bool {
        ::core::matches!(sqlstate!("23505"), sqlstate!("23505"))
    }

    /// Rows with placeholders.
    #[::error_codes_core::error_codes(
        csv = "tests/fixtures/templates.csv",
        code_macro = "templates",
        enum_path = "hostile::Templates"
    )]
    pub enum Templates {}

    /// Positions and a name, and names in another order than the table's.
    pub fn filled() -> [::error_codes_core::Formatted<Templates>; 3] {
        [
            templates!("T.4", 1, 2, what = "x"),
            templates!("T.10", to_unit = "h", from_unit = "km"),
            templates!("T.3", 'a', 'b',),
        ]
    }
}

#[test]
fn generated_code_needs_nothing_from_the_prelude() {
    ::std::assert_eq!(hostile::HttpStatus::NotFound.code(), "404");
    ::std::assert_eq!(hostile::HttpStatus::NotFound.as_i64(), 404);
    ::std::assert_eq!(
        hostile::Signed::from_i64(-1),
        ::std::option::Option::Some(hostile::Signed::Minus1)
    );
    ::std::assert_eq!(
        hostile::Padded::from_i64(10),
        ::std::option::Option::Some(hostile::Padded::E010)
    );
    ::std::assert_eq!(hostile::Parcels::COUNT, 4);
    ::std::assert!(hostile::checked());
    ::std::assert_eq!(hostile::Retry::Unavailable.code(), "14");
    ::std::assert_eq!(
        ::serde_json::to_string(&hostile::HttpStatus::NotFound).unwrap(),
        "\"404\""
    );
    ::std::assert_eq!(
        ::serde_json::from_str::<hostile::Retry>("14").unwrap(),
        hostile::Retry::Unavailable
    );
    ::std::assert_eq!(hostile::Types::T1.level(), hostile::Level::Warning);
    ::std::assert_eq!(hostile::Mapped::NotFound.http_status(), 404);
    ::std::assert_eq!(
        hostile::Mapped::NotFound.reason(),
        ::core::option::Option::Some("Not Found")
    );
    ::std::assert_eq!(
        hostile::Types::T2.maybe_label(),
        ::core::option::Option::Some("Try again")
    );
    ::std::assert_eq!(
        hostile::Types::from_code("T.2"),
        ::core::option::Option::Some(hostile::Types::T2)
    );
    let [moved, rates, instances] = hostile::filled();
    ::std::assert_eq!(moved.text(), "Move x from 1 to 2, then x again.");
    ::std::assert_eq!(rates.text(), "Rates of km per h.");
    ::std::assert_eq!(instances.text(), "Instances (a) and (b) cannot be deleted.");
    ::std::assert_eq!(hostile::Templates::T4.placeholders(), ["0", "1", "what"]);
    // A table of one code: the smallest perfect hash, one slot.
    ::std::assert_eq!(
        hostile::Retry::from_code("14"),
        ::core::option::Option::Some(hostile::Retry::Unavailable)
    );
    ::std::assert_eq!(hostile::Published::Shop0004.http_statuses(), &[503, 500]);
    ::std::assert_eq!(
        hostile::Published::Shop0004.solution(),
        ::core::option::Option::Some("Retry after 08:00.")
    );
    ::std::assert_eq!(
        ::error_codes_core::ErrorCode::status_code(&hostile::PublishedSubset::Closed),
        ::core::option::Option::Some(::error_codes_core::http::StatusCode::SERVICE_UNAVAILABLE)
    );
    ::std::assert_eq!(
        ::miette::Diagnostic::url(&hostile::Published::Shop0001)
            .map(|url| ::std::string::ToString::to_string(&url))
            .as_deref(),
        ::core::option::Option::Some("https://example.com/errors/Shop.0001")
    );
    ::std::assert_eq!(
        ::miette::Diagnostic::help(&hostile::PublishedSubset::Closed)
            .map(|help| ::std::string::ToString::to_string(&help))
            .as_deref(),
        ::core::option::Option::Some("Retry after 08:00.")
    );
    for miss in ["", "1", "4", "140", "41", "14 "] {
        ::std::assert_eq!(
            hostile::Retry::from_code(miss),
            ::core::option::Option::None
        );
    }
}
