use error_codes_core::error_codes;

#[error_codes(csv = "ui/csv/valid.csv")]
#[error_codes(csv = "ui/csv/valid.csv", code_macro = false)]
pub enum Codes {}

fn main() {
    let _ = Codes::from_code("A.1");
}
