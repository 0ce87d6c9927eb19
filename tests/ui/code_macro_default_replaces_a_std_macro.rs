use error_codes_core::error_codes;

#[error_codes(csv = "ui/csv/valid.csv")]
pub enum Format {}

fn main() {
    let _ = format!("{:?}", Format::from_code("A.1"));
}
