//! The guide: everything error-codes does, chapter by chapter, every Rust
//! example compiled as a doctest.
//!
//! This module holds no code; each chapter is a module of its own.
//!
//! 1. [The CSV format](csv_format): the table, its columns, how codes
//!    become variant names, tables as services publish them.
//! 2. [Options](options): the one table of every option of the attribute,
//!    the derive and the command's `--options`.
//! 3. [What is generated](generated): the enum's items and traits,
//!    numeric codes, hygiene, the derive for subsets named by hand, speed.
//! 4. [Typed and standard columns](columns): `columns(...)`, HTTP status,
//!    message, solution, `docs_url`, the `http` and `miette` features.
//! 5. [Plain text](plain_text): what `description()` gives for a cell
//!    with Markdown or RST, and the `commonmark` and `nfc` features.
//! 6. [Checked codes](checked_codes): `vbs_error!("...")`, a code that
//!    is not in the table does not compile.
//! 7. [Messages with parameters](parameters): `{0}`, `{name}`, filled
//!    with arguments checked at compile time.
//! 8. [Several languages](languages): `description@de` columns,
//!    `description_in`, `text_in` and `negotiate`, translations checked
//!    at compile time.
//! 9. [On the wire](wire): `Code<E>` for codes this build does not know,
//!    serde, a service and its client.
//! 10. [Problem details and gRPC](services): RFC 9457 problem details,
//!     axum responses and gRPC statuses built from the table.
//! 11. [Without a proc macro](without_proc_macro): `error-codes generate`
//!     and `default-features = false`.
//! 12. [The command](command): `error-codes import`, `check`, `diff`,
//!     `generate` and `export`.

pub mod csv_format {
    #![doc = include_str!("csv_format.md")]
}

pub mod options {
    #![doc = include_str!("options.md")]
}

pub mod generated {
    #![doc = include_str!("generated.md")]
}

pub mod columns {
    #![doc = include_str!("columns.md")]
}

pub mod plain_text {
    #![doc = include_str!("plain_text.md")]
}

pub mod checked_codes {
    #![doc = include_str!("checked_codes.md")]
}

pub mod parameters {
    #![doc = include_str!("parameters.md")]
}

pub mod languages {
    #![doc = include_str!("languages.md")]
}

pub mod wire {
    #![doc = include_str!("wire.md")]
}

pub mod services {
    #![doc = include_str!("services.md")]
}

pub mod without_proc_macro {
    #![doc = include_str!("without_proc_macro.md")]
}

pub mod command {
    #![doc = include_str!("command.md")]
}
