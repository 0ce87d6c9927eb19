use error_codes_core::error_codes;

#[error_codes(csv = "ui/csv/too_many_fields.csv")]
pub enum Codes {}

fn main() {
    let _ = Codes::from_code("A.1");
}
