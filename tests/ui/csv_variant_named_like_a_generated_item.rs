use error_codes_core::error_codes;

#[error_codes(csv = "ui/csv/generated_names.csv")]
pub enum Codes {}

fn main() {
    assert_eq!(Codes::COUNT, 2);
}
