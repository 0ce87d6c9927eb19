//! Look up Volume Backup Service error codes from the command line.
//!
//! ```text
//! cargo run --example lookup -- VolumeBackup.0014            # one code
//! cargo run --example lookup -- common.0011 VolumeBackup.0900  # several
//! cargo run --example lookup                                 # the whole table
//! ```
//!
//! Each known code is one line of stdout, `code  [module]  description`, so
//! that `grep` finds everything about a code on one line. An unknown code is
//! reported on stderr with the closest known codes, and the exit status is 1;
//! the known codes are still printed.

use std::io::{self, Write};
use std::process::ExitCode;

use error_codes_core::{UnknownCode, VbsError};

/// How many near misses to offer for an unknown code.
const SUGGESTIONS: usize = 3;

fn main() -> ExitCode {
    let codes: Vec<String> = std::env::args().skip(1).collect();
    if codes.iter().any(|arg| arg == "-h" || arg == "--help") {
        println!("usage: lookup [CODE]...\n\nWith no CODE, lists every code, grouped by module.");
        return ExitCode::SUCCESS;
    }
    let mut stdout = io::stdout().lock();
    let printed = if codes.is_empty() {
        print_table(&mut stdout).map(|()| true)
    } else {
        print_codes(&mut stdout, &codes)
    };
    match printed {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        // `lookup | head` closes the pipe early: that is not a failure.
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("lookup: cannot write the output: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Prints the known codes among `codes`, in the order given, and reports the
/// unknown ones on stderr. Returns whether every code was known.
fn print_codes(out: &mut impl Write, codes: &[String]) -> io::Result<bool> {
    let mut known = Vec::new();
    let mut all_known = true;
    for code in codes {
        match code.parse::<VbsError>() {
            Ok(error) => known.push(error),
            Err(unknown) => {
                all_known = false;
                report_unknown(&unknown);
            }
        }
    }
    // Columns line up across the lines printed together.
    let code_width = width(known.iter().map(|error| error.code()));
    let module_width = width(known.iter().map(|error| module_label(*error))) + 2;
    for error in known {
        writeln!(
            out,
            "{:<code_width$}  {:<module_width$}  {}",
            error.code(),
            format!("[{}]", module_label(error)),
            error.description(),
        )?;
    }
    Ok(all_known)
}

/// Names the unknown code and the known codes closest to it.
fn report_unknown(unknown: &UnknownCode) {
    let closest = closest_codes(unknown.code());
    if closest.is_empty() {
        eprintln!("lookup: {unknown}; run `lookup` without arguments to list every code");
    } else {
        eprintln!(
            "lookup: {unknown}; closest known codes: {}",
            closest.join(", ")
        );
    }
}

/// The known codes nearest to `input`, best first.
///
/// Compared without regard to ASCII case, so that `volumebackup.0014` finds
/// `VolumeBackup.0014` first, and only when they share more than they
/// differ, so that a wild guess is not answered with unrelated codes.
fn closest_codes(input: &str) -> Vec<&'static str> {
    let input = input.to_ascii_lowercase();
    let mut ranked: Vec<(usize, &'static str)> = VbsError::ALL
        .iter()
        .filter_map(|error| {
            let code = error.code();
            let distance = strsim::damerau_levenshtein(&input, &code.to_ascii_lowercase());
            let longest = input.chars().count().max(code.chars().count());
            (distance * 2 < longest).then_some((distance, code))
        })
        .collect();
    // A stable sort keeps equally close codes in table order.
    ranked.sort_by_key(|&(distance, _)| distance);
    ranked
        .into_iter()
        .take(SUGGESTIONS)
        .map(|(_, code)| code)
        .collect()
}

/// Prints every code under a heading for its module: modules in the order
/// they first appear in the table, codes in table order within each.
fn print_table(out: &mut impl Write) -> io::Result<()> {
    let mut groups: Vec<(&str, Vec<VbsError>)> = Vec::new();
    for &error in VbsError::ALL {
        let module = module_label(error);
        match groups.iter_mut().find(|(name, _)| *name == module) {
            Some((_, members)) => members.push(error),
            None => groups.push((module, vec![error])),
        }
    }
    let code_width = width(VbsError::ALL.iter().map(|error| error.code()));
    for (index, (module, members)) in groups.iter().enumerate() {
        if index > 0 {
            writeln!(out)?;
        }
        let plural = if members.len() == 1 { "" } else { "s" };
        writeln!(out, "{module} ({} code{plural})", members.len())?;
        for error in members {
            writeln!(
                out,
                "  {:<code_width$}  {}",
                error.code(),
                error.description()
            )?;
        }
    }
    Ok(())
}

/// The module of `error`, or a placeholder for a row without one.
fn module_label(error: VbsError) -> &'static str {
    error.module().unwrap_or("no module")
}

/// The widest of `texts`, in characters, for padding a column.
fn width<'a>(texts: impl Iterator<Item = &'a str>) -> usize {
    texts.map(|text| text.chars().count()).max().unwrap_or(0)
}
