//! `error-codes`: error-code tables outside the compiler.

mod aip;
mod diff;
mod export;
mod import;
mod table;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// Error-code tables outside the compiler: import them from documentation
/// pages into the CSV that `#[error_codes(csv = "...")]` reads, check them as
/// the macro would, see what a change does to the enum's users, and export
/// them as a page or as JSON.
#[derive(Parser, Debug)]
#[command(
    name = "error-codes",
    version,
    after_help = "Exit status: 0 when all is well, 1 for findings (problems in a table, \
breaking changes), 2 when the command could not do its work (an unreadable file, bad \
options)."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Turn the error tables of a documentation page into a CSV table.
    ///
    /// Reads RST grid and simple tables (and `csv-table` and `list-table`
    /// directives), Markdown pipe tables (and HTML tables inside Markdown),
    /// HTML `<table>`s, CSV files (`,`, `;`, tab or `|` separated) and JSON
    /// and YAML registries, keeps the
    /// tables that have a code column (headed `Error Code`, `Code`, `Value`,
    /// `错误码`, `状态码`, ...; else `Name` or `Error`; else a column of
    /// unique identifiers), and writes one CSV: `module` (when there is
    /// one), `code` and `description` first, then every other column under
    /// its own heading. Codes lose their markup (`[1000](...)`, `` `E_X` ``);
    /// other cells are kept as written, markup and line breaks included.
    /// Which column was taken and why, what was left aside, and the macro
    /// options the table will need, go to standard error.
    #[command(after_help = "\
Examples:
  error-codes import vbs-error-codes.rst -o codes.csv
  error-codes import errors.html --heading \"V3 error codes\" > v3.csv
  error-codes import page.md --table 2
  error-codes import data.csv --no-header --code-column 1 --description-column 3")]
    Import {
        /// The documentation page: .rst, .md, .mdx, .html, .csv, .json,
        /// .yaml or .yml.
        page: PathBuf,
        /// Write the CSV here instead of to standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// The page's format, when its extension does not say.
        #[arg(long, value_enum)]
        format: Option<import::Format>,
        /// Keep only the N-th table of the page (counted from 1).
        #[arg(long, value_name = "N")]
        table: Option<usize>,
        /// Keep only tables whose caption or section heading contains TEXT
        /// (ignoring case).
        #[arg(long, value_name = "TEXT")]
        heading: Option<String>,
        /// The column of codes, by heading or 1-based index, when the guess
        /// (printed on standard error) is wrong.
        #[arg(long, value_name = "COLUMN")]
        code_column: Option<import::roles::Pick>,
        /// The column of descriptions, by heading or 1-based index.
        #[arg(long, value_name = "COLUMN")]
        description_column: Option<import::roles::Pick>,
        /// The column of modules, by heading or 1-based index.
        #[arg(long, value_name = "COLUMN")]
        module_column: Option<import::roles::Pick>,
        /// The tables have no header row: their first row is data.
        #[arg(long)]
        no_header: bool,
        /// The same table's edition in another language, as TAG=PAGE
        /// (`zh-CN=errors.zh.md`), repeatable: imported as the page is
        /// (its own headings), merged by code into `description@TAG`,
        /// `message@TAG` and `solution@TAG` columns; codes found in one
        /// edition and not the other are noted on standard error.
        #[arg(long, value_name = "TAG=PAGE")]
        language: Vec<String>,
    },
    /// Report every problem the macro would report, without compiling.
    ///
    /// Reads each table through the same rules as `#[error_codes]` and prints
    /// its problems as `file:line: message`, all at once; exits with status 1
    /// when there are any, and 2 when a file cannot be read or the options
    /// are wrong. Quick enough for a pre-commit hook. Cells whose markup
    /// needs error-codes-core's `commonmark` feature, off by default, are
    /// noted on standard error without failing the check.
    #[command(after_help = "\
Examples:
  error-codes check codes.csv
  error-codes check errors.csv --options 'duplicates = \"merge\", ignore = [\"Solution\"]'")]
    Check {
        /// The tables.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<String>,
        #[command(flatten)]
        options: OptionsArg,
    },
    /// Show what changes for the users of the generated enum between two
    /// versions of a table.
    ///
    /// Lists columns added and removed, codes added and removed, variants
    /// renamed, modules, descriptions (as `description()` gives them) and
    /// column values changed, codes newly deprecated, and a new row order.
    /// The options apply to each version as far as it has the columns they
    /// name; a column no option names is compared as text. A removed code, a
    /// renamed variant or a removed `columns(...)` column breaks code that
    /// uses it: then the exit status is 1, unless `--allow-breaking`. It is
    /// 2 when a version cannot be read or has problems (`check` shows them).
    #[command(after_help = "\
Examples:
  error-codes diff old/codes.csv codes.csv
  error-codes diff HEAD~1:codes.csv codes.csv    # the table as committed before
  error-codes diff main:codes.csv codes.csv --allow-breaking")]
    Diff {
        /// The old table: a file, or REV:PATH for a file as committed in git.
        old: String,
        /// The new table: a file, or REV:PATH.
        new: String,
        /// Exit with status 0 even when a change breaks users.
        #[arg(long)]
        allow_breaking: bool,
        #[command(flatten)]
        options: OptionsArg,
    },
    /// Write a table for its other readers: a documentation page, code for
    /// TypeScript, Python, Go or C, a protobuf enum, an OpenAPI document, or
    /// JSON.
    ///
    /// Pages (`markdown`, `rst`, `html`) hold the table itself, every row
    /// and column as written, so that `error-codes import` of the page gives
    /// the CSV that `import` of the table gives. `typescript`, `python`,
    /// `go`, `c`, `proto`, `openapi` and `json` hold the enum the macro
    /// generates: one entry per variant, with the typed columns of
    /// `--options 'columns(...)'` (TypeScript, Python, JSON). A table with
    /// translated columns (`description@de`): `--language TAG` writes a
    /// page in one of its languages; the TypeScript, Python, OpenAPI and
    /// JSON exports carry every language, the first two with functions
    /// that choose one as `description_in` does. The table must build; the
    /// same table always gives the same bytes. Exits with status 2 when it
    /// cannot.
    #[command(after_help = "\
Examples:
  error-codes export codes.csv --format rst --title \"Error Codes\" -o error_codes.rst
  error-codes export codes.csv --format html -o errors.html          # links: errors.html#VolumeBackup.0014
  error-codes export errors.csv --format markdown --language de -o errors.de.md   # errors.csv has description@de
  error-codes export codes.csv --format typescript --enum VbsError -o vbsError.ts
  error-codes export codes.csv --format python --enum VbsError -o vbs_error.py
  error-codes export codes.csv --format go --package vbs -o vbs/codes.go
  error-codes export codes.csv --format c --prefix vbs -o vbs_codes.h
  error-codes export codes.csv --format proto --enum VbsError --package acme.vbs.v1 -o vbs_error.proto
  error-codes export codes.csv --format openapi --enum VbsError --title \"Volume Backup\" -o errors.json
  error-codes export grpc.csv --format json --options 'columns(http_status: u16)'")]
    Export {
        /// The table.
        file: String,
        /// What to write.
        #[arg(long, value_enum)]
        format: export::Format,
        /// The page's title (markdown, rst, html), or the OpenAPI document's.
        #[arg(long, default_value = "Error codes")]
        title: String,
        /// The type's name (typescript, python, openapi); by default the
        /// file's name in UpperCamelCase (`vbs-errors.csv` gives `VbsErrors`).
        #[arg(long = "enum", value_name = "NAME")]
        enum_name: Option<String>,
        /// The OpenAPI document's `info.version`.
        #[arg(long, value_name = "VERSION", default_value = "1.0.0")]
        api_version: String,
        /// The package: the Go file's (required for go), the protobuf
        /// file's (none by default).
        #[arg(long, value_name = "NAME")]
        package: Option<String>,
        /// What begins every name of the C header (`vbs` gives `vbs_code`,
        /// `vbs_VOLUME_BACKUP_0014`, `vbs_lookup`); required for c.
        #[arg(long, value_name = "NAME")]
        prefix: Option<String>,
        /// A page (markdown, rst, html) in one of the table's languages
        /// (a BCP 47 tag): each description, message and solution in that
        /// language, as `description_in` chooses it (the exact tag, then
        /// one of the same primary language, `zh` finding `zh-CN`; an
        /// empty cell gives the table's own language), the `@TAG` columns
        /// left out, headings as written. A tag that fits none of the
        /// table's languages, or another format, exits with status 2.
        #[arg(long, value_name = "TAG")]
        language: Option<String>,
        /// Write here instead of to standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        #[command(flatten)]
        options: OptionsArg,
    },
    /// Write the Rust code `#[error_codes(...)]` expands to, as a file.
    ///
    /// For crates built without proc macros (`error-codes-core` with
    /// `default-features = false`: nothing of syn or the macro crates is
    /// compiled), and for teams that want the generated code in review. The
    /// file is formatted and opens with a comment naming the table; include
    /// it as a module. `--check` compares the file with what would be
    /// written now: exit 0 when fresh, 1 when stale (naming the first code
    /// added, removed or changed), 2 when the table cannot be read.
    #[command(after_help = "Examples:
  error-codes generate codes.csv --enum VbsError -o src/vbs_error.rs
  error-codes generate codes.csv --enum VbsError -o src/vbs_error.rs --check   # in CI
  error-codes generate grpc.csv --enum GrpcCode --options 'columns(http_status: u16)'")]
    Generate {
        /// The table, relative to the working directory.
        table: String,
        /// The enum's name.
        #[arg(long = "enum", value_name = "NAME")]
        enum_name: String,
        /// Write here instead of to standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Compare FILE with what would be written, and write nothing.
        #[arg(long, requires = "output")]
        check: bool,
        #[command(flatten)]
        options: OptionsArg,
    },
}

/// `--options`, shared by the subcommands that read a table.
#[derive(clap::Args, Debug)]
struct OptionsArg {
    /// The table's options, written as inside `#[error_codes(...)]`
    #[arg(long, value_name = "OPTIONS", long_help = options_help())]
    options: Option<String>,
}

/// `--options`' long help: the options that change how the table reads,
/// each with its syntax and what it does, from the one list the attribute
/// parses them by.
fn options_help() -> String {
    let mut help = String::from(
        "The table's options, written as inside `#[error_codes(...)]` and read by the same \
         parser. These change how the table reads:\n",
    );
    let (reading, others): (Vec<&error_codes_codegen::OptionSpec>, Vec<_>) =
        error_codes_codegen::OPTIONS
            .iter()
            .partition(|option| option.reads_table);
    for option in reading {
        help.push_str(&format!("\n  {}\n      {}", option.syntax, option.doc));
    }
    let others: Vec<&str> = others.iter().map(|option| option.name).collect();
    help.push_str(&format!(
        "\n\nThe others ({}) shape the generated code: `generate` and `export` use them, \
         `check` and `diff` accept them, so that an attribute's arguments can be pasted whole.",
        others.join(", ")
    ));
    help
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Generate {
            table,
            enum_name,
            output,
            check,
            options,
        } => {
            // The table's path is the working directory's, as every
            // subcommand's; a build script's is its crate's.
            let mut builder = error_codes_build::Builder::new(table)
                .enum_name(enum_name)
                .manifest_dir("");
            if let Some(options) = options.options {
                builder = builder.options(options);
            }
            return run_generate(&builder, output.as_deref(), check);
        }
        Command::Import {
            page,
            output,
            format,
            table,
            heading,
            code_column,
            description_column,
            module_column,
            no_header,
            language,
        } => run_import(
            &page,
            output.as_deref(),
            format,
            import::Selection {
                table,
                heading,
                columns: import::roles::Overrides {
                    code: code_column,
                    description: description_column,
                    module: module_column,
                },
                no_header,
                directory: page.parent().map(std::path::Path::to_path_buf),
            },
            &language,
        ),
        Command::Check { files, options } => run_check(&files, options.options.as_deref()),
        Command::Diff {
            old,
            new,
            allow_breaking,
            options,
        } => run_diff(&old, &new, allow_breaking, options.options.as_deref()),
        Command::Export {
            file,
            format,
            title,
            enum_name,
            api_version,
            package,
            prefix,
            language,
            output,
            options,
        } => table::parse_options(options.options.as_deref())
            .map_err(Failure::from)
            .and_then(|options| {
                let request = export::Request {
                    file: &file,
                    title: &title,
                    enum_name: enum_name.as_deref(),
                    api_version: &api_version,
                    package: package.as_deref(),
                    prefix: prefix.as_deref(),
                    language: language.as_deref(),
                    options: &options,
                };
                run_export(format, &request, output.as_deref())
            }),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Findings(message)) => {
            eprintln!("error: {}", bounded(&message));
            ExitCode::from(1)
        }
        Err(Failure::Trouble(message)) => {
            eprintln!("error: {}", bounded(&message));
            ExitCode::from(2)
        }
    }
}

/// The longest line of a message, in characters: a message that quotes
/// its input (a cell, an option) stays readable whatever the input's size.
const LONGEST_LINE: usize = 1_000;

/// `message` with each line longer than [`LONGEST_LINE`] cut there, saying
/// how much was left out.
fn bounded(message: &str) -> std::borrow::Cow<'_, str> {
    if message.len() <= LONGEST_LINE {
        return message.into();
    }
    let lines: Vec<String> = message
        .split('\n')
        .map(|line| match line.char_indices().nth(LONGEST_LINE) {
            Some((end, _)) => format!(
                "{}… ({} more characters)",
                &line[..end],
                line[end..].chars().count()
            ),
            None => line.to_owned(),
        })
        .collect();
    lines.join("\n").into()
}

/// Why a subcommand did not end well, which its exit status tells a
/// script, as diff(1) and grep(1) do: 1 when it did its work and found
/// something (problems in a table, breaking changes), 2 when it could not
/// do its work (an unreadable file, bad options, a page without a table);
/// clap's own usage errors are 2 as well.
enum Failure {
    Findings(String),
    Trouble(String),
}

impl From<String> for Failure {
    fn from(message: String) -> Self {
        Failure::Trouble(message)
    }
}

/// Exit 0 when written or fresh, 1 when `--check` finds the file stale, 2
/// when the table or the file cannot be read.
fn run_generate(
    builder: &error_codes_build::Builder,
    output: Option<&std::path::Path>,
    check: bool,
) -> ExitCode {
    let text = match builder.text() {
        Ok(text) => text,
        Err(message) => {
            eprintln!("error: {}", bounded(&message.to_string()));
            return ExitCode::from(2);
        }
    };
    let written = match (output, check) {
        (Some(path), true) => {
            let old = match std::fs::read_to_string(path) {
                Ok(old) => old,
                Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                    eprintln!(
                        "{}: stale: the file does not exist; run without --check to write it",
                        path.display()
                    );
                    return ExitCode::from(1);
                }
                Err(error) => {
                    eprintln!("error: {}: {error}", path.display());
                    return ExitCode::from(2);
                }
            };
            return match error_codes_build::first_difference(&old, &text) {
                None => ExitCode::SUCCESS,
                Some(difference) => {
                    eprintln!(
                        "{}: stale: {difference}; run without --check to write it again",
                        path.display()
                    );
                    ExitCode::from(1)
                }
            };
        }
        (Some(path), false) => {
            std::fs::write(path, &text).map_err(|e| format!("{}: {e}", path.display()))
        }
        (None, _) => {
            use std::io::Write;
            std::io::stdout()
                .write_all(text.as_bytes())
                .map_err(|e| format!("standard output: {e}"))
        }
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}

fn run_import(
    page: &std::path::Path,
    output: Option<&std::path::Path>,
    format: Option<import::Format>,
    selection: import::Selection,
    languages: &[String],
) -> Result<(), Failure> {
    let editions = languages
        .iter()
        .map(|argument| import::languages::parse_argument(argument))
        .collect::<Result<Vec<_>, String>>()?;
    let mut import = import_page(page, format, &selection, false)?;
    let display = page.display();
    for (tag, other) in &editions {
        // Another edition has its own headings and sections: only which
        // table of the page is kept, and whether it has a header, carry.
        let other_selection = import::Selection {
            table: selection.table,
            heading: None,
            columns: import::roles::Overrides::default(),
            no_header: selection.no_header,
            directory: other.parent().map(std::path::Path::to_path_buf),
        };
        let edition = import_page(other, None, &other_selection, true)?;
        let (csv, notes) = import::languages::merge(&import.csv, tag, &edition.csv)
            .map_err(|e| format!("{display}: --language {tag}: {e}"))?;
        for note in notes {
            eprintln!("{display}: {note}");
        }
        import.csv = csv;
    }
    if !import.options.is_empty() {
        let csv = output.map_or_else(|| "FILE.csv".to_string(), |o| o.display().to_string());
        eprintln!(
            "{display}: build it with #[error_codes(csv = {csv:?}, {})]",
            import.options.join(", ")
        );
    }
    Ok(write_output(output, &import.csv)?)
}

/// One page imported, its notes on standard error. An edition in another
/// language (`as_edition`) may leave descriptions empty: they fall back,
/// as the merge notes, rather than fail the build.
fn import_page(
    page: &std::path::Path,
    format: Option<import::Format>,
    selection: &import::Selection,
    as_edition: bool,
) -> Result<import::Import, Failure> {
    let display = page.display();
    // Read as tables are: a regular file, of a size a page can have.
    let bytes =
        error_codes_table::file::read(page).map_err(|e| format!("cannot read {display}: {e}"))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "{display}: not UTF-8 (byte {} is not valid)",
            e.utf8_error().valid_up_to()
        )
    })?;
    // Every line ending a line feed, a lone CR too (CommonMark's and
    // CSV's line endings), so that a page and the table it was made from
    // read the same, whatever their line endings.
    let text = text
        .strip_prefix('\u{feff}')
        .unwrap_or(&text)
        .replace("\r\n", "\n")
        .replace('\r', "\n");
    let format = format.unwrap_or_else(|| import::Format::detect(&page.to_string_lossy(), &text));
    let import = import::import(&text, format, selection).map_err(|e| format!("{display}: {e}"))?;
    for note in &import.notes {
        eprintln!("{display}: {note}");
    }
    if !as_edition {
        for note in &import.undescribed {
            eprintln!("{display}: {note}");
        }
    }
    Ok(import)
}

/// Every problem of every file on standard error; findings when any, and
/// trouble when a file could not be read.
fn run_check(files: &[String], options: Option<&str>) -> Result<(), Failure> {
    let options = table::parse_options(options)?;
    let mut problems = 0;
    let mut unreadable = 0;
    for file in files {
        match table::load(file, &options) {
            Ok(entries) => {
                for note in table::commonmark_notes(file, &entries) {
                    eprintln!("{note}");
                }
                // Codes sent as gRPC's `ErrorInfo` (the `domain` option):
                // what AIP-193 refuses, as notes.
                if options.domain.is_some() {
                    for note in aip::notes(file, &entries) {
                        eprintln!("{note}");
                    }
                }
                match entries.len() {
                    1 => println!("{file}: 1 code, no problems"),
                    n => println!("{file}: {n} codes, no problems"),
                }
                for line in table::coverage(file, &entries) {
                    println!("{line}");
                }
            }
            Err(table::LoadError::Problems(lines)) => {
                for line in &lines {
                    eprintln!("{}", bounded(line));
                }
                problems += lines.len();
            }
            Err(table::LoadError::Trouble(line)) => {
                eprintln!("{}", bounded(&line));
                unreadable += 1;
            }
        }
    }
    let found = match problems {
        0 => None,
        1 => Some("1 problem".to_string()),
        n => Some(format!("{n} problems")),
    };
    match (unreadable, found) {
        (0, None) => Ok(()),
        (0, Some(found)) => Err(Failure::Findings(found)),
        (n, found) => Err(Failure::Trouble(format!(
            "{n} file(s) could not be read{}",
            found
                .map(|f| format!(", {f} in the others"))
                .unwrap_or_default()
        ))),
    }
}

fn run_diff(
    old: &str,
    new: &str,
    allow_breaking: bool,
    options: Option<&str>,
) -> Result<(), Failure> {
    let options = table::parse_options(options)?;
    let (old_entries, old_columns) = load_revision(old, &options)?;
    let (new_entries, new_columns) = load_revision(new, &options)?;
    let mut changes = diff::column_changes(&old_columns, &new_columns);
    changes.extend(diff::diff(&old_entries, &new_entries));
    for change in &changes {
        println!("{change}");
    }
    let breaking = changes.iter().filter(|c| c.breaks()).count();
    match (breaking, allow_breaking) {
        (0, _) if changes.is_empty() => {
            eprintln!("no change for users of the enum");
            Ok(())
        }
        (0, _) => {
            eprintln!("{} change(s), none breaking", changes.len());
            Ok(())
        }
        (n, true) => {
            eprintln!("{} change(s), {n} breaking (allowed)", changes.len());
            Ok(())
        }
        (n, false) => Err(Failure::Findings(format!(
            "{n} change(s) break code that names a removed code, a renamed variant or a removed column's accessor; pass --allow-breaking to accept them"
        ))),
    }
}

/// A table from a file, or from `REV:PATH` as committed in git (when no
/// file has that name), with its columns; any failure to read it is
/// trouble, problems of the table included: two versions cannot be
/// compared then.
fn load_revision(
    spec: &str,
    options: &error_codes_codegen::Options,
) -> Result<(Vec<table::Entry>, Vec<table::Column>), String> {
    let from_git = !std::path::Path::new(spec).exists() && spec.contains(':');
    let (display, path, _temp) = if from_git {
        let output = std::process::Command::new("git")
            .args(["show", spec])
            .output()
            .map_err(|e| format!("{spec}: cannot run git: {e}"))?;
        if !output.status.success() {
            return Err(format!(
                "{spec}: {}",
                String::from_utf8_lossy(&output.stderr).trim()
            ));
        }
        let temp = std::env::temp_dir().join(format!(
            "error-codes-diff-{}-{}.csv",
            std::process::id(),
            spec.len()
        ));
        std::fs::write(&temp, &output.stdout).map_err(|e| format!("{}: {e}", temp.display()))?;
        let guard = TempFile(temp.clone());
        (
            spec.to_string(),
            temp.to_string_lossy().into_owned(),
            Some(guard),
        )
    } else {
        (spec.to_string(), spec.to_string(), None)
    };
    table::load_for_diff(&path, options).map_err(|failure| {
        failure
            .lines()
            .iter()
            .map(|line| line.replacen(&path, &display, 1))
            .collect::<Vec<_>>()
            .join("\n")
    })
}

/// A file removed when dropped.
struct TempFile(PathBuf);

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

fn run_export(
    format: export::Format,
    request: &export::Request,
    output: Option<&std::path::Path>,
) -> Result<(), Failure> {
    let text = export::export(format, request)?;
    Ok(write_output(output, &text)?)
}

fn write_output(output: Option<&std::path::Path>, text: &str) -> Result<(), String> {
    match output {
        Some(path) => std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display())),
        None => {
            use std::io::Write;
            std::io::stdout()
                .write_all(text.as_bytes())
                .map_err(|e| format!("standard output: {e}"))
        }
    }
}
