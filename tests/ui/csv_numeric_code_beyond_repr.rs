use error_codes_core::error_codes;

// The codes are numbers, so they are the discriminants: 404 needs 16 bits.
#[error_codes(csv = "ui/csv/numbers_beyond_u8.csv")]
#[repr(u8)]
pub enum Codes {}

fn main() {}
