use error_codes_core::error_codes;

#[error_codes(csv = "ui/csv/ignored_column_missing.csv", ignore = ["Solution", "Refrence"])]
pub enum Codes {}

fn main() {
    let _ = Codes::from_code("A.1");
}
