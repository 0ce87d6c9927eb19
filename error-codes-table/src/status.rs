//! The cells of the standard `http_status` column: the HTTP statuses of a
//! code, as published tables write them.
//!
//! A cell names one or more statuses from 100 to 599, alone or with their
//! reason phrases, in the forms the pages of the shared corpus use: `400`,
//! `400 Bad Request`, `Bad Request (400)`, `404/500`, `400, 409`. A cell
//! without any digit (empty, `-`, `N/A`, `Not given`) names none. Any other
//! digit is a mistake the build reports rather than a status it guesses:
//! `4O4` (a letter O), `40x`, `1000`, `HTTP/1.1`. A reason phrase typed
//! without its space (`401Unauthorized`) still names its status.

/// The statuses a cell names, in the order written, each once; empty when
/// the cell has no digit. The error says what is wrong with the cell, which
/// it quotes (a bounded prefix of it).
pub fn parse(cell: &str) -> Result<Vec<u16>, String> {
    let mut statuses: Vec<u16> = Vec::new();
    let mut rest = cell;
    while let Some(start) = rest.find(|c: char| c.is_numeric()) {
        let digits_end = rest[start..]
            .find(|c: char| !c.is_ascii_digit())
            .map_or(rest.len(), |length| start + length);
        let digits = &rest[start..digits_end];
        // A number glued to a letter or another number (`4O4`, `404a`,
        // `1.1`) is no status standing alone; a reason phrase typed without
        // its space (`401Unauthorized`, in a published table) is.
        let before = rest[..start].chars().next_back();
        let after = rest[digits_end..].chars().next();
        let glued = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '.');
        let reason = after.is_some_and(|c| c.is_ascii_uppercase());
        let status = if digits.is_empty() || glued(before) || (glued(after) && !reason) {
            None
        } else {
            digits
                .parse::<u16>()
                .ok()
                .filter(|status| (100..=599).contains(status) && digits.len() == 3)
        };
        let Some(status) = status else {
            return Err(format!(
                "`{}` is not an HTTP status: write a number from 100 to 599, alone or with its reason (`404`, `404 Not Found`, `Not Found (404)`), several as `404/500`, or no digit at all for none",
                bounded(cell)
            ));
        };
        if !statuses.contains(&status) {
            statuses.push(status);
        }
        rest = &rest[digits_end..];
    }
    Ok(statuses)
}

/// At most 40 characters of a cell, for an error message.
pub(crate) fn bounded(cell: &str) -> String {
    const MAX: usize = 40;
    match cell.char_indices().nth(MAX) {
        Some((at, _)) => format!("{}...", &cell[..at]),
        None => cell.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn the_forms_published_tables_use() {
        for (cell, expected) in [
            ("400", &[400][..]),
            ("400 Bad Request", &[400]),
            ("Bad Request (400)", &[400]),
            ("404/500", &[404, 500]),
            ("400, 409", &[400, 409]),
            ("400 or 409", &[400, 409]),
            ("100", &[100]),
            ("599", &[599]),
            ("404 / 404", &[404]),
            ("  503\n", &[503]),
            ("401Unauthorized", &[401]),
        ] {
            assert_eq!(parse(cell), Ok(expected.to_vec()), "{cell:?}");
        }
    }

    #[test]
    fn a_cell_without_digits_names_no_status() {
        for cell in ["", "-", "N/A", "Not given", "—"] {
            assert_eq!(parse(cell), Ok(Vec::new()), "{cell:?}");
        }
    }

    #[test]
    fn any_other_digit_is_an_error_quoting_the_cell() {
        for cell in [
            "4O4",
            "40x",
            "99",
            "600",
            "1000",
            "0404",
            "404a",
            "HTTP/1.1 404",
            "x404",
            "4 04",
            "404/6000",
            "٤٠٤",
            "404.5",
        ] {
            let error = parse(cell).expect_err(cell);
            assert!(
                error.starts_with(&format!("`{cell}` is not an HTTP status")),
                "{error}"
            );
        }
    }

    #[test]
    fn an_error_quotes_a_bounded_prefix() {
        let cell = format!("{}7", "a".repeat(10_000));
        let error = parse(&cell).unwrap_err();
        assert!(
            error.starts_with(&format!("`{}...`", "a".repeat(40))),
            "{error}"
        );
        assert!(error.len() < 300, "{error}");
    }
}
