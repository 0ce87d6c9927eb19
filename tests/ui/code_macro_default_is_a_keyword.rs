use error_codes_core::error_codes;

#[error_codes(csv = "ui/csv/valid.csv")]
pub enum Gen {}

fn main() {
    let _ = Gen::from_code("A.1");
}
