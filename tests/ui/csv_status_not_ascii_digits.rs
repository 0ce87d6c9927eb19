use error_codes_core::error_codes;

#[error_codes(csv = "ui/csv/status_not_ascii_digits.csv")]
pub enum Codes {}

fn main() {
    // The accessors still resolve: the one error is the table's.
    let _ = Codes::from_code("A.1").and_then(|code| code.http_status());
}
