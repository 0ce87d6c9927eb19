//! `error-codes`: error-code tables outside the compiler.

mod import;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// Error-code tables outside the compiler: import them from documentation
/// pages into the CSV that `#[error_codes(csv = "...")]` reads.
#[derive(Parser, Debug)]
#[command(name = "error-codes", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Turn the error tables of a documentation page into a CSV table.
    ///
    /// Reads RST grid and simple tables, Markdown pipe tables, HTML
    /// `<table>`s and CSV files, keeps the tables that have a code column
    /// (headed `Error Code`, `Error Codes`, `Code` or `Value`; `Error Type` or `Status Code`
    /// when nothing else is), and writes one CSV: `module` (when there is
    /// one), `code` and `description` first, then every other column under
    /// its own heading. Cells are kept as written, markup and line breaks
    /// included. What was left aside, and the macro options the table will
    /// need, go to standard error.
    #[command(after_help = "\
Examples:
  error-codes import upstream/vbs-error-codes.rst -o codes.csv
  error-codes import errors.html --heading \"V3 error codes\" > v3.csv
  error-codes import page.md --table 2")]
    Import {
        /// The documentation page: .rst, .md, .mdx, .html or .csv.
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
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Import {
            page,
            output,
            format,
            table,
            heading,
        } => run_import(
            &page,
            output.as_deref(),
            format,
            import::Selection { table, heading },
        ),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run_import(
    page: &std::path::Path,
    output: Option<&std::path::Path>,
    format: Option<import::Format>,
    selection: import::Selection,
) -> Result<(), String> {
    let display = page.display();
    let bytes = std::fs::read(page).map_err(|e| format!("{display}: {e}"))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "{display}: not UTF-8 (byte {} is not valid)",
            e.utf8_error().valid_up_to()
        )
    })?;
    let text = text
        .strip_prefix('\u{feff}')
        .unwrap_or(&text)
        .replace("\r\n", "\n");
    let format = format.unwrap_or_else(|| import::Format::detect(&page.to_string_lossy(), &text));
    let import =
        import::import(&text, format, &selection).map_err(|e| format!("{display}: {e}"))?;
    for note in &import.notes {
        eprintln!("{display}: {note}");
    }
    if !import.options.is_empty() {
        let csv = output.map_or_else(|| "FILE.csv".to_string(), |o| o.display().to_string());
        eprintln!(
            "{display}: build it with #[error_codes(csv = {csv:?}, {})]",
            import.options.join(", ")
        );
    }
    match output {
        Some(path) => {
            std::fs::write(path, import.csv).map_err(|e| format!("{}: {e}", path.display()))
        }
        None => {
            use std::io::Write;
            std::io::stdout()
                .write_all(import.csv.as_bytes())
                .map_err(|e| format!("standard output: {e}"))
        }
    }
}
