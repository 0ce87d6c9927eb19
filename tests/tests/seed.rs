//! `VbsError` is the Volume Backup Service's published table: the root
//! `codes.csv` has the upstream document's codes and modules row by row
//! (facts, with descriptions written in our own words: the service's text
//! stays in `../shared/`), and the enum agrees with `codes.csv`.

mod support;

use error_codes_core::{ErrorCode, VbsError};
use support::Row;

/// The upstream "Error Codes" page, an RST grid table. It is the service's
/// text, so it is read from `../shared/seed/` beside the repository (CI has
/// it there) rather than copied into it; `None` without it, skipping outside CI.
fn upstream() -> Option<String> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../shared/seed/vbs-error-codes.rst"
    );
    let text = std::fs::read_to_string(path).ok();
    if text.is_none() {
        test_support::skip(format!("no {path}"));
    }
    text
}

/// The rows of the first grid table in `rst`: cells split at the column
/// boundaries of the `+---+` border, lines of one cell joined by a space,
/// and a blank module cell carrying down the module above it (the document
/// writes each module once, on the first row of its group).
fn grid_table_rows(rst: &str) -> Vec<Row> {
    let mut lines = rst.lines().skip_while(|line| !line.starts_with("+-"));
    let border = lines.next().expect("a grid table");
    let boundaries: Vec<usize> = border.match_indices('+').map(|(at, _)| at).collect();
    let cells_of = |line: &str| -> Vec<String> {
        boundaries
            .windows(2)
            .map(|pair| {
                line.get(pair[0] + 1..pair[1])
                    .unwrap_or("")
                    .trim()
                    .to_owned()
            })
            .collect()
    };

    let mut records: Vec<Vec<String>> = Vec::new();
    let mut current: Option<Vec<String>> = None;
    for line in lines {
        if line.starts_with('|') {
            let cells = cells_of(line);
            match &mut current {
                None => current = Some(cells),
                Some(record) => {
                    for (joined, more) in record.iter_mut().zip(cells) {
                        if !more.is_empty() {
                            if !joined.is_empty() {
                                joined.push(' ');
                            }
                            joined.push_str(&more);
                        }
                    }
                }
            }
        } else if line.starts_with('+') {
            records.extend(current.take());
        } else {
            break;
        }
    }

    let mut records = records.into_iter();
    let header = records.next().expect("a header row");
    assert_eq!(header, ["Module", "Error Code", "Description"]);
    let mut module = String::new();
    records
        .map(|cells| {
            let [cell_module, code, description] = <[String; 3]>::try_from(cells).unwrap();
            if !cell_module.is_empty() {
                module = cell_module;
            }
            Row {
                code,
                description,
                module: Some(module.clone()),
                name: None,
            }
        })
        .collect()
}

#[test]
fn codes_csv_has_the_upstream_codes_and_modules_row_by_row() {
    let Some(upstream) = upstream() else { return };
    let upstream = grid_table_rows(&upstream);
    let csv = support::read_rows("../codes.csv");
    assert_eq!(upstream.len(), 126, "rows in the upstream document");
    assert_eq!(csv.len(), upstream.len(), "rows in codes.csv");
    for (line, (ours, theirs)) in (2..).zip(csv.iter().zip(&upstream)) {
        assert_eq!(
            (&ours.code, &ours.module),
            (&theirs.code, &theirs.module),
            "codes.csv line {line}"
        );
        // Markup stays where the document has it (a parameter's name, a
        // status), so the plain text of `description()` is exercised.
        assert_eq!(
            ours.description.contains("**"),
            theirs.description.contains("**"),
            "codes.csv line {line}: emphasis"
        );
    }
}

#[test]
fn upstream_modules_are_carried_down_and_emphasis_kept() {
    let Some(upstream) = upstream() else { return };
    let upstream = grid_table_rows(&upstream);
    let row = |code: &str| upstream.iter().find(|row| row.code == code).unwrap();
    assert_eq!(row("VolumeBackup.0014").module.as_deref(), Some("Shared"));
    assert!(
        row("VolumeBackup.0003").description.contains("**name**"),
        "emphasis kept: {}",
        row("VolumeBackup.0003").description
    );
    assert_eq!(
        row("AutoBackup.9002").module.as_deref(),
        row("AutoBackup.0215").module.as_deref()
    );
}

#[test]
fn vbs_error_has_one_variant_per_row_of_codes_csv_in_order() {
    let csv = support::read_rows("../codes.csv");
    assert_eq!(VbsError::COUNT, 126);
    assert_eq!(VbsError::ALL.len(), csv.len());
    assert_eq!(<VbsError as ErrorCode>::ALL, VbsError::ALL);
    for (error, row) in VbsError::ALL.iter().zip(&csv) {
        assert_eq!(error.code(), row.code);
        assert_eq!(error.module(), row.module.as_deref(), "{}", row.code);
        assert_eq!(
            error.description(),
            row.description.replace("**", ""),
            "{}: Markdown emphasis is removed, nothing else",
            row.code
        );
        assert_eq!(VbsError::from_code(&row.code), Some(*error));
        assert_eq!(
            error.to_string(),
            format!("{}: {}", row.code, error.description())
        );
    }
}

#[test]
fn vbs_error_answers_the_examples_of_the_issue() {
    assert_eq!(VbsError::VolumeBackup0014.code(), "VolumeBackup.0014");
    assert_eq!(VbsError::Common0011.module(), Some("Shared"));
    assert_eq!(
        VbsError::VolumeBackup0014.to_string(),
        "VolumeBackup.0014: The task could not be submitted."
    );
    assert_eq!(
        VbsError::VolumeBackup0003.description(),
        "The request's name is longer than allowed."
    );
    assert_eq!(
        VbsError::VolumeBackup0012.description(),
        "The disk is neither available nor in_use."
    );
    assert!(
        VbsError::ALL
            .iter()
            .all(|error| !error.description().contains('*'))
    );
}

/// `code()`, `description()` and `module()` are `const fn`: their answers
/// can be constants.
const SUBMIT_FAILED: (&str, &str, Option<&str>) = (
    VbsError::VolumeBackup0014.code(),
    VbsError::VolumeBackup0014.description(),
    VbsError::VolumeBackup0014.module(),
);

#[test]
fn accessors_answer_in_constants() {
    assert_eq!(
        SUBMIT_FAILED,
        (
            "VolumeBackup.0014",
            "The task could not be submitted.",
            Some("Shared")
        )
    );
}
