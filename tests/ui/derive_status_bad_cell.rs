use error_codes_core::ErrorCode;

#[derive(ErrorCode, Debug, Clone, Copy, PartialEq)]
#[error_code(csv = "ui/csv/status_letter_in_number.csv")]
pub enum Subset {
    #[code = "A.1"]
    NotFound,
}

fn main() {
    let _ = Subset::NotFound.http_status();
}
