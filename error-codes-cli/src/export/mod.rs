//! `error-codes export`: one table for every reader of the codes.
//!
//! Two kinds of output, read from the table in two ways:
//! - pages (`markdown`, `rst`, `html`) write the table itself, every row
//!   and column as written ([`sheet`]), so that `error-codes import` of the
//!   page gives back the CSV that `import` of the table gives;
//! - code and data (`typescript`, `python`, `go`, `c`, `proto`, `openapi`,
//!   `json`) write the enum the macro would generate: one entry per
//!   variant, typed columns converted (TypeScript, Python, JSON),
//!   descriptions as plain text too.
//!
//! A page can be one language's edition of a table with translated
//! columns (`--language`, [`edition`]); the code and data formats carry
//! every language.

mod c;
mod edition;
mod go;
mod html;
mod json;
mod markdown;
mod names;
mod openapi;
mod proto;
mod python;
mod rst;
mod sheet;
mod typescript;

use crate::table::{self, Entry};
use error_codes_codegen::Options;
use error_codes_table::columns::ColumnSpec;
use std::path::Path;

/// What `export` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A Markdown page: a pipe table per module, every row and column.
    Markdown,
    /// A reStructuredText page: one grid table, the module written once per
    /// group of rows, as documentation pages are written.
    Rst,
    /// A standalone HTML page: a `<table>` per module, markup rendered,
    /// every code an anchor (`page.html#VolumeBackup.0014`).
    Html,
    /// A TypeScript module: a union type of the codes, a record of their
    /// rows (`as const`) and a type guard.
    Typescript,
    /// A Python module: a `str`-valued `enum.Enum` with the rows and
    /// `from_code`.
    Python,
    /// A Go file of the package `--package`: `type Code string`, a
    /// constant per code, `All`, `Lookup`, and the row's cells as methods.
    Go,
    /// A C header, for C++ too: an enum of the codes named after
    /// `--prefix`, and inline functions from a code to its text,
    /// description and HTTP status, and back.
    C,
    /// A proto3 file: an enum named as the Rust enum, each value with its
    /// code as an option, in the package `--package` if given.
    Proto,
    /// An OpenAPI 3.1 document (JSON): the codes as a schema, each with its
    /// description, and the error body.
    Openapi,
    /// `{"codes": [...]}` with every column, for other tools.
    Json,
}

impl Format {
    /// Whether the format writes the table itself, as a page.
    fn is_page(self) -> bool {
        matches!(self, Format::Markdown | Format::Rst | Format::Html)
    }
}

/// Everything `export` needs besides the format.
pub struct Request<'a> {
    /// The table's path, as given.
    pub file: &'a str,
    /// The page's title (pages, OpenAPI).
    pub title: &'a str,
    /// The type's name (TypeScript, Python, OpenAPI); `None` takes it from
    /// the file name.
    pub enum_name: Option<&'a str>,
    /// `info.version` of the OpenAPI document.
    pub api_version: &'a str,
    /// The package (Go, protobuf).
    pub package: Option<&'a str>,
    /// What begins the C header's names.
    pub prefix: Option<&'a str>,
    /// The language of a page (a BCP 47 tag); `None` for the table as
    /// written.
    pub language: Option<&'a str>,
    pub options: &'a Options,
}

/// The table of `request` written as `format`, or why it cannot be:
/// the table cannot be read, does not build, or the name is unusable.
pub fn export(format: Format, request: &Request) -> Result<String, String> {
    if let Some(asked) = request.language
        && !format.is_page()
    {
        let carries = if matches!(format, Format::Go | Format::C | Format::Proto) {
            "has the table's own language only"
        } else {
            "carries every language of the table"
        };
        return Err(format!(
            "--language {asked}: only a page (markdown, rst, html) is written in one language; \
             the {} export {carries}",
            format_name(format)
        ));
    }
    // The table must build as the macro would build it, page or not: an
    // export is for a table in use.
    let entries =
        table::load(request.file, request.options).map_err(|failure| failure.lines().join("\n"))?;
    let columns: Vec<ColumnSpec> = request.options.column_specs().cloned().collect();
    let languages = table::languages(&request.options.layout.languages.default, &entries);
    let enum_name = |language| {
        let name = match request.enum_name {
            Some(name) => name.to_string(),
            None => names::enum_name_from_path(Path::new(request.file)),
        };
        let name = names::checked(name, language)?;
        // The modules of a table in several languages define `LANGUAGES`
        // beside the type.
        if languages.len() > 1 && name == "LANGUAGES" {
            return Err(format!(
                "--enum {name}: the name of the table's list of languages in the module; pass another name"
            ));
        }
        Ok(name)
    };
    // The generated modules name the table they come from by its file
    // name, so that the same table gives the same bytes from any directory.
    let source = Path::new(request.file)
        .file_name()
        .map_or_else(|| request.file.into(), |name| name.to_string_lossy());
    let page = || page(request);
    Ok(match format {
        Format::Markdown => markdown::page(request.title, &page()?.0),
        Format::Rst => rst::page(request.title, &page()?.0),
        Format::Html => {
            let (sheet, declared) = page()?;
            html::page(request.title, &sheet, declared.as_ref())
        }
        Format::Json => json::json(&entries),
        Format::Typescript => {
            let name = enum_name(names::Language::TypeScript)?;
            typescript::module(&name, &source, &entries, &columns, &languages)
        }
        Format::Python => {
            let name = enum_name(names::Language::Python)?;
            python::module(&name, &source, &entries, &columns, &languages)
        }
        Format::Go => {
            let name = enum_name(names::Language::OpenApi)?;
            let package = go::package_name(request.package)?;
            go::file(package, &name, request.file, &source, &entries)?
        }
        Format::C => {
            let name = enum_name(names::Language::OpenApi)?;
            let prefix = c::prefix(request.prefix)?;
            c::header(prefix, &name, request.file, &source, &entries)?
        }
        Format::Proto => {
            let name = enum_name(names::Language::Protobuf)?;
            let package = proto::package_name(request.package)?;
            proto::file(package, &name, request.file, &source, &entries)?
        }
        Format::Openapi => {
            let name = enum_name(names::Language::OpenApi)?;
            openapi::document(
                &name,
                request.title,
                request.api_version,
                &entries,
                &languages,
            )
        }
    })
}

/// The sheet a page shows, and the languages the page declares: with
/// `--language`, the edition in that language; without, the table as
/// written, declared where the table has more than one language or is not
/// in English (a page of any other table is what it was before pages
/// declared a language).
fn page(request: &Request) -> Result<(sheet::Sheet, Option<edition::Declared>), String> {
    let layout = &request.options.layout;
    let sheet = sheet::Sheet::read(request.file, layout)?;
    if let Some(asked) = request.language {
        let (edition, declared) = edition::edition(&sheet, layout, asked)
            .map_err(|problem| format!("{}: {problem}", request.file))?;
        return Ok((edition, Some(declared)));
    }
    let declared = (edition::languages(&sheet, layout).len() > 1
        || layout.languages.default != "en")
        .then(|| edition::as_written(&sheet, layout));
    Ok((sheet, declared))
}

/// The format's name as `--format` takes it.
fn format_name(format: Format) -> String {
    clap::ValueEnum::to_possible_value(&format)
        .map_or_else(String::new, |value| value.get_name().to_owned())
}

/// The typed columns' values of an entry, with their declarations.
fn typed<'a>(
    entry: &'a Entry,
    columns: &'a [ColumnSpec],
) -> impl Iterator<Item = (&'a ColumnSpec, &'a error_codes_table::columns::Value)> {
    columns
        .iter()
        .zip(entry.values.iter().map(|(_, value)| value))
}
