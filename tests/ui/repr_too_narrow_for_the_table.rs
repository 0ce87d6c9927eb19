use error_codes_core::error_codes;

#[error_codes(csv = "ui/csv/rows_257.csv")]
#[repr(u8)]
pub enum Codes {}

fn main() {
    let _ = Codes::from_code("row.1");
}
