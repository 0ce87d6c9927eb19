//! The standard columns published tables carry beside the description
//! (`http_status`, `message`, `solution`), each code's page (`docs_url`),
//! and what error-codes-core's `http` and `miette` features make of them.

use error_codes_core::{Code, ErrorCode, error_codes};
use miette::Diagnostic;

/// A shop's errors, with every standard column under a published heading
/// (`Error Code,Description,HTTP Status Code,Error Message,Handling Measure`).
#[error_codes(
    csv = "tests/fixtures/published.csv",
    docs_url = "https://example.com/errors/{code}",
    code_macro = false
)]
pub enum Shop {}

/// Messages and no descriptions: the message is the description.
#[error_codes(csv = "tests/fixtures/messages_only.csv", code_macro = false)]
pub enum Orders {}

/// A subset named by hand gets the same accessors.
#[derive(error_codes_core::ErrorCode, Debug, Clone, Copy, PartialEq, Eq)]
#[error_code(
    csv = "tests/fixtures/published.csv",
    docs_url = "https://example.com/shop/{code}?lang=en"
)]
pub enum Payment {
    #[code = "Shop.0003"]
    Failed,
}

/// The columns renamed, and one left aside.
#[error_codes(
    csv = "tests/fixtures/published.csv",
    headers(http_status = "Error Message", message = "HTTP Status Code"),
    ignore = ["Handling Measure"],
    code_macro = false
)]
pub enum Swapped {}

#[test]
fn every_status_form_gives_its_statuses() {
    assert_eq!(Shop::Shop0001.http_statuses(), &[400]); // 400 Bad Request
    assert_eq!(Shop::Shop0002.http_statuses(), &[404]); // Not Found (404)
    assert_eq!(Shop::Shop0003.http_statuses(), &[402, 409]); // "402, 409"
    assert_eq!(Shop::Shop0004.http_statuses(), &[503, 500]); // 503/500
    assert_eq!(Shop::Shop0005.http_statuses(), &[] as &[u16]); // N/A
    assert_eq!(Shop::Shop0004.http_status(), Some(503));
    assert_eq!(Shop::Shop0005.http_status(), None);
    const STATUS: Option<u16> = Shop::Shop0001.http_status(); // const fn
    assert_eq!(STATUS, Some(400));
}

#[test]
fn message_and_solution_read_as_plain_text() {
    assert_eq!(Shop::Shop0001.message(), Some("Add an item first."));
    assert_eq!(Shop::Shop0002.message(), None);
    assert_eq!(
        Shop::Shop0002.solution(),
        Some("Wait for the restock, or pick another item.")
    );
    assert_eq!(Shop::Shop0004.solution(), Some("Retry after 08:00."));
    assert_eq!(Shop::Shop0003.solution(), None);
    // The description stays its own column.
    assert_eq!(Shop::Shop0001.description(), "The basket is empty.");
}

#[test]
fn a_table_of_messages_takes_them_as_descriptions() {
    assert_eq!(Orders::M1.description(), "The order is unknown.");
    assert_eq!(Orders::M1.message(), Some("The order is unknown."));
    assert_eq!(Orders::M1.to_string(), "M.1: The order is unknown.");
    assert_eq!(Orders::M1.solution(), Some("Check the order number."));
    assert_eq!(Orders::M2.http_status(), None);
}

#[test]
fn tables_without_the_columns_give_none() {
    use error_codes_core::VbsError;
    assert_eq!(VbsError::VolumeBackup0014.http_status(), None);
    assert_eq!(VbsError::VolumeBackup0014.http_statuses(), &[] as &[u16]);
    assert_eq!(VbsError::VolumeBackup0014.message(), None);
    assert_eq!(VbsError::VolumeBackup0014.solution(), None);
    assert_eq!(ErrorCode::docs_url(&VbsError::VolumeBackup0014), None);
    assert_eq!(VbsError::VolumeBackup0014.status_code(), None);
}

#[test]
fn renamed_and_ignored_columns() {
    // The message column read as statuses names none (no digit in it), the
    // status column read as messages gives its text.
    assert_eq!(Swapped::Shop0001.http_status(), None);
    assert_eq!(Swapped::Shop0002.message(), Some("Not Found (404)"));
    assert_eq!(Swapped::Shop0001.solution(), None);
}

/// Middleware written once for every table.
fn status_of<E: ErrorCode>(error: E) -> u16 {
    error.http_status().unwrap_or(500)
}

#[test]
fn the_trait_gives_them_to_generic_code() {
    assert_eq!(status_of(Shop::Shop0002), 404);
    assert_eq!(status_of(Payment::Failed), 402);
    assert_eq!(status_of(Shop::Shop0005), 500);
    assert_eq!(
        ErrorCode::message(&Payment::Failed),
        Some("The card was declined.")
    );
    assert_eq!(
        ErrorCode::solution(&Shop::Shop0001),
        Shop::Shop0001.solution()
    );
    assert_eq!(ErrorCode::http_statuses(&Payment::Failed), &[402, 409]);
    assert_eq!(
        ErrorCode::docs_url(&Shop::Shop0003),
        Some("https://example.com/errors/Shop.0003")
    );
    assert_eq!(
        Payment::Failed.docs_url(),
        Some("https://example.com/shop/Shop.0003?lang=en")
    );
}

/// The same table with its status column declared as a typed text column:
/// the accessor is the user's (`&str`), and generic code still sees the
/// statuses the standard column gives.
#[error_codes(
    csv = "tests/fixtures/published.csv",
    columns(http_status: &str = "HTTP Status Code"),
    docs_url = "https://example.com/errors/{code}",
    code_macro = false
)]
pub enum TypedShop {}

/// Through `ErrorCode`, every row of `typed` gives the statuses and page of
/// the row of `standard` with its code.
fn agree<S: ErrorCode, T: ErrorCode>() {
    assert_eq!(S::ALL.len(), T::ALL.len());
    for (standard, typed) in S::ALL.iter().zip(T::ALL) {
        assert_eq!(standard.code(), typed.code());
        assert_eq!(
            standard.http_statuses(),
            typed.http_statuses(),
            "{}",
            typed.code()
        );
        assert_eq!(
            standard.http_status(),
            typed.http_status(),
            "{}",
            typed.code()
        );
        assert_eq!(standard.docs_url(), typed.docs_url(), "{}", typed.code());
    }
}

#[test]
fn generic_code_sees_what_the_enum_gives_whatever_the_column_kind() {
    agree::<Shop, TypedShop>();
    assert_eq!(TypedShop::Shop0004.http_status(), "503/500"); // the user's accessor
    assert_eq!(ErrorCode::http_statuses(&TypedShop::Shop0004), &[503, 500]);
    for shop in Shop::ALL {
        assert_eq!(ErrorCode::http_status(shop), shop.http_status());
        assert_eq!(ErrorCode::docs_url(shop), shop.docs_url());
    }
    assert_eq!(ErrorCode::docs_url(&Orders::ALL[0]), None); // no docs_url option
}

#[test]
fn status_code_is_the_http_crates() {
    use error_codes_core::http::StatusCode;
    assert_eq!(Shop::Shop0001.status_code(), Some(StatusCode::BAD_REQUEST));
    assert_eq!(
        Shop::Shop0004.status_code(),
        Some(StatusCode::SERVICE_UNAVAILABLE)
    );
    assert_eq!(Shop::Shop0005.status_code(), None);
}

fn shown(value: Option<Box<dyn std::fmt::Display + '_>>) -> Option<String> {
    value.map(|shown| shown.to_string())
}

#[test]
fn every_enum_and_code_is_a_miette_diagnostic() {
    let error = Shop::Shop0002;
    assert_eq!(shown(Diagnostic::code(&error)), Some("Shop.0002".into()));
    assert_eq!(
        shown(Diagnostic::help(&error)),
        Some("Wait for the restock, or pick another item.".into())
    );
    assert_eq!(
        shown(Diagnostic::url(&error)),
        Some("https://example.com/errors/Shop.0002".into())
    );
    assert_eq!(shown(Diagnostic::help(&Shop::Shop0003)), None);
    assert_eq!(
        shown(Diagnostic::url(&Payment::Failed)),
        Some("https://example.com/shop/Shop.0003?lang=en".into())
    );
    // A table without `docs_url` has no URL.
    assert_eq!(shown(Diagnostic::url(&Orders::M1)), None);

    let known: Code<Shop> = "Shop.0004".parse().unwrap();
    assert_eq!(shown(known.code()), Some("Shop.0004".into()));
    assert_eq!(shown(known.help()), Some("Retry after 08:00.".into()));
    assert_eq!(
        shown(known.url()),
        Some("https://example.com/errors/Shop.0004".into())
    );
    let unknown: Code<Shop> = "Shop.9999".parse().unwrap();
    assert_eq!(shown(unknown.code()), Some("Shop.9999".into()));
    assert_eq!((shown(unknown.help()), shown(unknown.url())), (None, None));
}

#[test]
fn miettes_graphical_handler_shows_code_message_help_and_link() {
    let handler =
        miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::unicode_nocolor())
            .with_links(false)
            .with_width(200);
    let mut out = String::new();
    handler.render_report(&mut out, &Shop::Shop0002).unwrap();
    let out: Vec<&str> = out.lines().map(str::trim_end).collect();
    assert_eq!(
        out,
        [
            "Shop.0002 (https://example.com/errors/Shop.0002)",
            "",
            "  × Shop.0002: The item is sold out.",
            "  help: Wait for the restock, or pick another item.",
        ],
        "{out:#?}"
    );
}

/// A typed `http_status` column replaces the standard one, and the trait
/// gives its value all the same: generic code (problem details, axum's
/// answer, gRPC's code) and the enum agree.
#[test]
fn the_trait_gives_a_typed_status_column_as_the_enum_does() {
    use tests::GrpcHttp;
    for &code in GrpcHttp::ALL {
        assert_eq!(
            ErrorCode::http_status(&code),
            Some(code.http_status()),
            "{code:?}"
        );
    }
    assert_eq!(ErrorCode::http_status(&GrpcHttp::Cancelled), Some(499));

    /// An optional column of another integer type.
    #[error_codes(csv = "tests/fixtures/types_status.csv", columns(http_status: Option<i32>), code_macro = false)]
    pub enum Wide {}
    assert_eq!(ErrorCode::http_status(&Wide::A), Some(404));
    assert_eq!(ErrorCode::http_status(&Wide::B), None); // empty cell
    assert_eq!(ErrorCode::http_status(&Wide::C), None); // no status: 70000
}
