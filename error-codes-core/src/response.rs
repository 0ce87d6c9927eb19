//! axum's `IntoResponse` for problems, behind the `axum` feature: the
//! row's HTTP status (500 for a row without one), `Content-Type:
//! application/problem+json`, and the [`Problem`](crate::Problem) as the
//! body.
//!
//! `Problem` and `Formatted<E>` are answered here, once; each generated
//! enum gets its impl from [`__axum_impls!`](crate::__axum_impls), which
//! the generated code invokes whatever the features and which is empty
//! when the feature is off (a foreign trait for the enum needs the enum
//! named in the impl).

#[cfg(feature = "axum")]
mod into_response {
    use axum_core::response::{IntoResponse, Response};
    use http::StatusCode;
    use http::header::{CONTENT_TYPE, HeaderValue};

    use crate::problem::PROBLEM_JSON;
    use crate::{ErrorCode, Formatted, Problem};

    /// The answer of a problem: its status, or 500 without one.
    pub fn respond(problem: &Problem) -> Response {
        let status = problem
            .status()
            .and_then(|status| StatusCode::from_u16(status).ok())
            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        // A map of strings and a number: writing it cannot fail; were it
        // to, the answer is the status alone.
        let body = serde_json::to_vec(problem).unwrap_or_default();
        let mut response = (status, body).into_response();
        response
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
        response
    }

    /// The generated enums' `IntoResponse`.
    pub fn respond_variant<E: ErrorCode>(variant: E) -> Response {
        respond(&Problem::from(variant))
    }

    impl IntoResponse for Problem {
        fn into_response(self) -> Response {
            respond(&self)
        }
    }

    impl<E: ErrorCode> IntoResponse for Formatted<E> {
        fn into_response(self) -> Response {
            respond(&Problem::from(self))
        }
    }
}

#[cfg(feature = "axum")]
pub use into_response::respond_variant;

/// `IntoResponse` for the generated enum `$enum`; the generated code
/// invokes it for every enum.
#[cfg(feature = "axum")]
#[doc(hidden)]
#[macro_export]
macro_rules! __axum_impls {
    ($enum:ident) => {
        #[automatically_derived]
        impl $crate::__private::axum_core::response::IntoResponse for $enum {
            #[inline]
            fn into_response(self) -> $crate::__private::axum_core::response::Response {
                $crate::__private::problem_response(self)
            }
        }
    };
}

/// Without the `axum` feature: nothing.
#[cfg(not(feature = "axum"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __axum_impls {
    ($enum:ident) => {};
}
