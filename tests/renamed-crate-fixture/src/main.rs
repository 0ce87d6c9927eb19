//! Uses every generated item with the runtime crate known only as
//! `my_codes`, so nothing can be reached through `::error_codes_core`.

use my_codes::ErrorCode;

/// The whole table, with the checked-code macro `renamed!`.
#[my_codes::error_codes(csv = "codes.csv", crate = "my_codes", code_macro = "renamed")]
enum Renamed {}

/// A subset, named by hand.
#[derive(my_codes::ErrorCode, Debug, Clone, Copy, PartialEq)]
#[error_code(csv = "codes.csv", crate = "my_codes")]
enum Second {
    #[code = "renamed.2"]
    Only,
}

fn describe<E: ErrorCode>() {
    for code in E::ALL {
        println!("{code} [{}]", code.module().unwrap_or("-"));
    }
}

fn main() {
    describe::<Renamed>();
    describe::<Second>();
    assert_eq!(renamed!("renamed.2"), Renamed::Renamed2);
    assert_eq!(Second::from_code("renamed.2"), Some(Second::Only));
    let unknown: my_codes::UnknownCode = "renamed.3".parse::<Renamed>().unwrap_err();
    println!("{unknown}");
}
