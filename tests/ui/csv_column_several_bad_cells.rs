use error_codes_core::error_codes;

#[error_codes(csv = "ui/csv/column_several_bad_cells.csv", columns(http_status: u16, retryable: bool, grade: char))]
pub enum Codes {}

fn main() {
    let _ = Codes::from_code("A.1");
}
