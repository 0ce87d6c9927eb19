#![deny(deprecated)]

use error_codes_core::error_codes;

/// The defining crate compiles without a warning; only uses below do.
#[error_codes(csv = "ui/csv/retired.csv")]
pub enum Codes {}

fn main() {
    let _ = Codes::Current;
    let _ = Codes::from_code("R.2");
    let _ = Codes::Retired;
    let _ = codes!("R.2");
}
