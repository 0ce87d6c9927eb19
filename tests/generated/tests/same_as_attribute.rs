//! A crate built from a file of `error-codes generate` behaves exactly as
//! one built with `#[error_codes]` on the same table: every code,
//! description, module, typed column, `ALL`, `Display`, `Debug`, numeric
//! conversions and `from_code` misses.

use error_codes_core::ErrorCode;

mod attribute {
    //! The same tables through the attribute (paths from this package).
    #[error_codes_core::error_codes(csv = "../tests/fixtures/storage.csv", code_macro = false)]
    pub enum StorageError {}
    #[error_codes_core::error_codes(
        csv = "../tests/fixtures/grpc_http.csv",
        columns(http_status: u16, reason: &str = "HTTP Reason"),
        code_macro = false
    )]
    pub enum GrpcHttp {}
    #[error_codes_core::error_codes(
        csv = "../tests/fixtures/parcels.csv",
        duplicates = "merge",
        code_macro = false
    )]
    pub enum Parcels {}
    #[error_codes_core::error_codes(
        csv = "../tests/fixtures/signed_numbers.csv",
        code_macro = false
    )]
    pub enum Numeric {}
    #[error_codes_core::error_codes(
        csv = "../tests/fixtures/published.csv",
        code_macro = false,
        docs_url = "https://example.com/errors/{code}"
    )]
    pub enum Shop {}
    #[error_codes_core::error_codes(csv = "../ui/csv/retired.csv", code_macro = false)]
    #[allow(deprecated)]
    pub enum Retired {}
}

/// Row by row, what every table gives: the same in both enums.
fn same_rows<G: ErrorCode + core::fmt::Debug, A: ErrorCode + core::fmt::Debug>() -> usize {
    assert_eq!(G::ALL.len(), A::ALL.len());
    for (generated, attribute) in G::ALL.iter().zip(A::ALL) {
        assert_eq!(generated.code(), attribute.code());
        assert_eq!(generated.description(), attribute.description());
        assert_eq!(generated.module(), attribute.module());
        assert_eq!(generated.http_statuses(), attribute.http_statuses());
        assert_eq!(generated.message(), attribute.message());
        assert_eq!(generated.solution(), attribute.solution());
        assert_eq!(generated.docs_url(), attribute.docs_url());
        assert_eq!(generated.to_string(), attribute.to_string());
        assert_eq!(format!("{generated:?}"), format!("{attribute:?}"));
        assert_eq!(
            G::from_code(generated.code()).map(|g| g.code()),
            Some(generated.code())
        );
        for miss in [
            format!("{} ", generated.code()),
            generated.code().to_lowercase() + "x",
            String::new(),
        ] {
            assert_eq!(
                G::from_code(&miss).is_some(),
                A::from_code(&miss).is_some(),
                "{miss:?}"
            );
        }
    }
    G::ALL.len()
}

#[test]
fn a_plain_table_matches_and_its_macro_needs_no_proc_macro() {
    assert_eq!(
        same_rows::<generated::storage::StorageError, attribute::StorageError>(),
        3
    );
    assert_eq!(
        generated::storage_error!("storage.0001"),
        generated::storage::StorageError::Storage0001
    );
    assert!(matches!(
        generated::storage::StorageError::from_code("storage.0001"),
        Some(generated::storage_error!("storage.0001"))
    ));
}

#[test]
fn typed_columns_match() {
    use attribute::GrpcHttp as A;
    use generated::grpc_http::GrpcHttp as G;
    same_rows::<G, A>();
    for (g, a) in G::ALL.iter().zip(A::ALL) {
        assert_eq!(g.http_status(), a.http_status());
        assert_eq!(g.reason(), a.reason());
    }
    assert_eq!(G::NotFound.http_status(), 404);
}

#[test]
fn merged_numeric_and_retired_tables_match() {
    assert_eq!(
        same_rows::<generated::parcels::Parcels, attribute::Parcels>(),
        attribute::Parcels::COUNT
    );
    same_rows::<generated::numeric::Numeric, attribute::Numeric>();
    for (g, a) in generated::numeric::Numeric::ALL
        .iter()
        .zip(attribute::Numeric::ALL)
    {
        assert_eq!(g.as_i64(), a.as_i64());
        assert_eq!(
            generated::numeric::Numeric::from_i64(g.as_i64()).map(|g| g.code()),
            attribute::Numeric::from_i64(a.as_i64()).map(|a| a.code())
        );
    }
    assert_eq!(generated::numeric::Numeric::from_i64(12345), None);
    same_rows::<generated::retired::Retired, attribute::Retired>();
}

#[test]
fn status_message_and_solution_match() {
    assert_eq!(
        same_rows::<generated::published::Shop, attribute::Shop>(),
        5
    );
    use generated::published::Shop;
    assert_eq!(Shop::Shop0004.http_statuses(), &[503, 500]);
    assert_eq!(Shop::Shop0004.http_status(), Some(503));
    assert_eq!(
        Shop::Shop0001.docs_url(),
        Some("https://example.com/errors/Shop.0001")
    );
}
