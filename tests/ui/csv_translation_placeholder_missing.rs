use error_codes_core::error_codes;

#[error_codes(csv = "ui/csv/translation_placeholder_missing.csv")]
pub enum Codes {}

fn main() {
    let _ = Codes::from_code("Q.1").map(|code| code.message_in("uk"));
}
