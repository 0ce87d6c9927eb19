
mod errors {
    #[error_codes_core::error_codes(csv = "ui/csv/valid.csv", enum_path = "self::Codes")]
    pub enum Codes {}
}

fn main() {
    let _ = errors::Codes::from_code("A.1");
}
