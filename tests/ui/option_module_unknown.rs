use error_codes_core::error_codes;

#[error_codes(csv = "ui/csv/modules.csv", module = "Delete Volume")]
pub enum Codes {}

fn main() {
    let _ = Codes::from_code("VOL.0101");
}
