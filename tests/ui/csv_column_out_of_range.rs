use error_codes_core::error_codes;

#[error_codes(csv = "ui/csv/column_out_of_range.csv", columns(http_status: u16))]
pub enum Codes {}

fn main() {
    let _ = Codes::from_code("A.1").map(|code| code.http_status());
}
