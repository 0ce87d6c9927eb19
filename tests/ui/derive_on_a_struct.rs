#[derive(error_codes_core::ErrorCode)]
#[error_code(csv = "ui/csv/valid.csv")]
pub struct Codes;

fn main() {
    let _unchanged = Codes;
}
