use error_codes_core::error_codes;

#[error_codes(csv = "ui/csv/description_shows_nothing.csv")]
pub enum Codes {}

fn main() {
    let _ = Codes::from_code("A.1");
}
