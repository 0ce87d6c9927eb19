use error_codes_core::error_codes;

#[error_codes(csv = "ui/csv/headers_missing.csv", headers(code = "Value"))]
pub enum Codes {}

fn main() {
    let _ = Codes::from_code("A.1");
}
