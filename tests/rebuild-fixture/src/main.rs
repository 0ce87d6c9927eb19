//! Prints every code of its table, one `Display` per line.

/// The table in `codes.csv`, which the test appends to.
#[error_codes_core::error_codes(csv = "codes.csv")]
enum Fixture {}

fn main() {
    for code in Fixture::ALL {
        println!("{code}");
    }
}
