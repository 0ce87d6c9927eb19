//! Prints each code with its plain-text description.

/// The codes of the table.
#[error_codes_core::error_codes(csv = "codes.csv")]
pub enum Lean {}

fn main() {
    for code in Lean::ALL {
        println!("{code}");
    }
}
