use error_codes_core::error_codes;

#[error_codes(csv = "ui/csv/language_tag_malformed.csv")]
pub enum Codes {}

fn main() {
    let _ = Codes::from_code("S.1").map(|code| code.description_in("pt-BR"));
}
