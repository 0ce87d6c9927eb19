use error_codes_core::error_codes;

#[error_codes(csv = "ui/csv/valid.csv", language = "en_US")]
pub enum Codes {}

fn main() {
    let _ = Codes::from_code("A.1");
}
