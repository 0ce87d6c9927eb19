use error_codes_core::error_codes;

#[error_codes(csv = "ui/csv/valid.csv")]
pub enum Type {}

fn main() {
    let _ = Type::from_code("A.1");
}
