use error_codes_core::error_codes;

#[error_codes(csv = "ui/csv/required_language_missing_cell.csv", require_languages = ["de", "el"])]
pub enum Codes {}

fn main() {
    let _ = Codes::from_code("N.1").map(|code| code.description_in("el"));
}
