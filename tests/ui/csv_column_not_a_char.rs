use error_codes_core::error_codes;

#[error_codes(csv = "ui/csv/column_not_a_char.csv", columns(grade: char))]
pub enum Codes {}

fn main() {
    let _ = Codes::from_code("A.1");
}
