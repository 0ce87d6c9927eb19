use error_codes_core::error_codes;

#[error_codes(csv = "ui/csv/published.csv", docs_url = "https://example.com/errors/{Code}")]
pub enum Codes {}

fn main() {
    let _ = Codes::from_code("A.1").map(|code| code.docs_url());
}
