//! The core package builds `VbsError` from its own `codes.csv`, so that it
//! can be published; the root `codes.csv` stays the file people edit. The
//! package's file is a link to the root one, which `cargo package` (run by
//! `.ci/run`) stores as a copy: these tests keep the two one table.

use std::path::Path;

fn workspace() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap()
}

#[test]
fn the_core_packages_table_is_the_root_table() {
    let root = std::fs::read(workspace().join("codes.csv")).unwrap();
    let packaged = std::fs::read(workspace().join("error-codes-core/codes.csv")).unwrap();
    assert!(
        root == packaged,
        "error-codes-core/codes.csv differs from codes.csv: make it a link again \
         (cd error-codes-core && ln -sf ../codes.csv codes.csv)"
    );
}

/// A copy that agrees today drifts with the next edit of the root file.
#[cfg(unix)]
#[test]
fn the_core_packages_table_is_a_link_to_the_root_table() {
    let link = std::fs::read_link(workspace().join("error-codes-core/codes.csv"))
        .expect("error-codes-core/codes.csv is a symbolic link");
    assert_eq!(link, Path::new("../codes.csv"));
}

#[test]
fn vbs_error_has_a_variant_per_row_of_the_root_table() {
    let root = std::fs::read_to_string(workspace().join("codes.csv")).unwrap();
    let rows = csv::Reader::from_reader(root.as_bytes()).records().count();
    assert_eq!(error_codes_core::VbsError::COUNT, rows);
}
