use error_codes_core::ErrorCode;

#[derive(ErrorCode, Debug, Clone, Copy, PartialEq)]
#[error_code(csv = "ui/csv/column_not_an_integer.csv", columns(http_status: u16))]
pub enum Subset {
    #[code = "A.1"]
    NotFound,
}

fn main() {
    let _ = Subset::NotFound.http_status();
}
