use error_codes_core::{ErrorCode, error_codes};

// One mistake in the table (a duplicate code), under code that is right for
// a right table: the table error should come first, and as few follow-on
// errors as the fallback enum allows.
#[error_codes(csv = "ui/csv/duplicate_code.csv")]
pub enum Codes {}

fn describe<E: ErrorCode>(code: &str) -> Option<&'static str> {
    E::from_code(code).map(|error| error.description())
}

fn main() {
    let first = codes!("A.1");
    let _ = matches!(first, codes!("A.2") | Codes::A1);
    let _ = Codes::from_code("A.1").map(|error| error.to_string());
    let _ = describe::<Codes>("A.1");
    let _: Result<Codes, _> = "A.1".parse();
}
