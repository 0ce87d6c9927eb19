use error_codes_core::error_codes;

#[error_codes(csv = "ui/csv/valid.csv", columns(ALL: bool, COUNT: u8))]
pub enum Codes {}

fn main() {
    let _ = Codes::from_code("A.1");
}
