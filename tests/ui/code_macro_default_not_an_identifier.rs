use error_codes_core::error_codes;

#[allow(non_camel_case_types)]
#[error_codes(csv = "ui/csv/valid.csv")]
pub enum _2xx {}

fn main() {
    let _ = _2xx::from_code("A.1");
}
