use error_codes_core::error_codes;

#[error_codes(
    csv = "ui/csv/merged_rows_disagree.csv",
    duplicates = "merge",
    columns(http_status: u16)
)]
pub enum Codes {}

fn main() {
    let _ = Codes::from_code("A.1");
}
