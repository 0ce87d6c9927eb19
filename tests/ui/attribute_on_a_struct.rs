use error_codes_core::error_codes;

#[error_codes(csv = "ui/csv/valid.csv")]
pub struct Codes;

fn main() {
    let _unchanged = Codes;
}
