use error_codes_core::error_codes;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Severity {
    Warning,
    Error,
}

#[error_codes(csv = "ui/csv/column_unknown_variant.csv", columns(severity: Severity))]
pub enum Codes {}

fn main() {
    let _ = Codes::A1.severity();
}
