#[derive(error_codes_core::ErrorCode, Debug, Clone, Copy)]
#[error_code(csv = "ui/csv/valid.csv")]
pub enum Codes {
    #[code = "A.1"]
    COUNT,
}

fn main() {
    let _ = Codes::COUNT;
}
