use error_codes_core::error_codes;

#[error_codes(csv = "ui/csv/published.csv", columns(http_statuses: &str = "HTTP Status"))]
pub enum Codes {}

fn main() {}
