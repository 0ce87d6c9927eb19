use error_codes_core::error_codes;

#[error_codes(csv = "ui/csv/code_with_space.csv")]
pub enum Codes {}

fn main() {
    let _ = Codes::from_code("SVC.0001");
}
