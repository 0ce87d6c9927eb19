#![deny(deprecated)]

fn main() {
    let _ = tests::RetiredCodes::Current;
    let _ = tests::retired_codes!("R.1");
    let _ = tests::RetiredCodes::Retired;
    let _ = tests::retired_codes!("R.2");
}
