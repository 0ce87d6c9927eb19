use error_codes_core::error_codes;

#[error_codes(csv = "ui/csv/valid.csv")]
pub enum Codes {
    First,
}

fn main() {
    let _ = Codes::from_code("A.1");
}
