use error_codes_core::error_codes;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Severity {
    Warning,
}

#[error_codes(csv = "ui/csv/column_not_a_variant_name.csv", columns(severity: Severity))]
pub enum Codes {}

fn main() {
    let _ = Codes::from_code("A.1");
}
