//! The promise of the documentation: edit the CSV, run a plain `cargo build`
//! (no clean, no `.rs` touched), and the enum has the new row.

mod fixture_crate;

use fixture_crate::FixtureCrate;
use std::io::Write;
use std::time::Duration;

#[test]
fn appending_a_row_to_the_csv_regenerates_on_the_next_build() {
    let fixture = FixtureCrate::copy("rebuild-fixture");
    assert_eq!(fixture.run(), ["fixture.1: The first code."]);

    // The edit must be strictly newer than the first build's outputs, also on
    // file systems that keep modification times to the second.
    std::thread::sleep(Duration::from_millis(1100));
    let mut csv = std::fs::OpenOptions::new()
        .append(true)
        .open(fixture.dir.join("codes.csv"))
        .unwrap();
    writeln!(csv, "fixture.2,\"A second code, added later.\"").unwrap();
    drop(csv);

    assert_eq!(
        fixture.run(),
        [
            "fixture.1: The first code.",
            "fixture.2: A second code, added later."
        ]
    );
}
