use error_codes_core::error_codes;

#[error_codes(csv = "ui/csv/duplicate_code_in_modules.csv")]
pub enum Codes {}

fn main() {
    let _ = Codes::from_code("VOL.0101");
}
