//! The cells of the standard `grpc_code` column: the gRPC status code of a
//! code, by its name in `google/rpc/code.proto` (`NOT_FOUND`) or its number
//! (`5`). An empty cell names none; anything else is a mistake the build
//! reports rather than a code it guesses.

/// The codes of `google/rpc/code.proto`, by number.
pub const NAMES: [&str; 17] = [
    "OK",
    "CANCELLED",
    "UNKNOWN",
    "INVALID_ARGUMENT",
    "DEADLINE_EXCEEDED",
    "NOT_FOUND",
    "ALREADY_EXISTS",
    "PERMISSION_DENIED",
    "RESOURCE_EXHAUSTED",
    "FAILED_PRECONDITION",
    "ABORTED",
    "OUT_OF_RANGE",
    "UNIMPLEMENTED",
    "INTERNAL",
    "UNAVAILABLE",
    "DATA_LOSS",
    "UNAUTHENTICATED",
];

/// The code a cell names, `None` for an empty cell. The error says what is
/// wrong with the cell, which it quotes (a bounded prefix of it).
pub fn parse(cell: &str) -> Result<Option<i32>, String> {
    if cell.is_empty() {
        return Ok(None);
    }
    let by_number = cell
        .parse::<usize>()
        .ok()
        .filter(|&number| number < NAMES.len() && (cell == "0" || !cell.starts_with('0')));
    let by_name = NAMES.iter().position(|&name| name == cell);
    match by_number.or(by_name) {
        Some(number) => Ok(i32::try_from(number).ok()),
        None => {
            let upper = cell.to_ascii_uppercase().replace([' ', '-'], "_");
            let suggestion = match NAMES.iter().copied().find(|&name| name == upper) {
                Some(name) => Some(format!("did you mean `{name}`?")),
                None => crate::suggest::did_you_mean(
                    &crate::suggest::closest(&upper, NAMES.iter().copied(), 2),
                    |name| format!("`{name}`"),
                ),
            }
            .map(|text| format!("; {text}"))
            .unwrap_or_default();
            Err(format!(
                "`{}` is not a gRPC code: write its name in `google/rpc/code.proto` (`NOT_FOUND`) or its number from 0 to 16 (`5`){suggestion}",
                crate::status::bounded(cell)
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn names_and_numbers() {
        assert_eq!(parse("NOT_FOUND"), Ok(Some(5)));
        assert_eq!(parse("5"), Ok(Some(5)));
        assert_eq!(parse("0"), Ok(Some(0)));
        assert_eq!(parse("OK"), Ok(Some(0)));
        assert_eq!(parse("UNAUTHENTICATED"), Ok(Some(16)));
        assert_eq!(parse("16"), Ok(Some(16)));
        assert_eq!(parse(""), Ok(None));
    }

    #[test]
    fn anything_else_is_an_error_quoting_the_cell() {
        for cell in [
            "17",
            "-1",
            "05",
            "not_found",
            "NOTFOUND",
            "Not Found",
            "5 NOT_FOUND",
            "x",
        ] {
            let error = parse(cell).expect_err(cell);
            assert!(
                error.starts_with(&format!("`{cell}` is not a gRPC code")),
                "{error}"
            );
        }
        assert!(
            parse("not_found")
                .unwrap_err()
                .ends_with("did you mean `NOT_FOUND`?")
        );
    }
}
