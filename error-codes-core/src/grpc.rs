//! gRPC's `google.rpc.Status` for the generated enums, behind the `tonic`
//! feature: the status code, the message, and the details Google's AIP-193
//! asks for (an `ErrorInfo` with the code as its reason, and a `Help` link
//! to the code's page), written by tonic-types.
//!
//! `From<Formatted<E>>` is implemented here, once; `From<E>` is written
//! for each enum by [`__tonic_impls!`](crate::__tonic_impls), which the
//! generated code invokes whatever the features and which is empty when
//! the feature is off (a foreign trait for a foreign type needs the enum
//! named in the impl).

#[cfg(feature = "tonic")]
mod status {
    use alloc::string::String;
    use alloc::vec::Vec;
    use std::collections::HashMap;

    use tonic::Status;
    use tonic_types::{ErrorDetails, StatusExt};

    use crate::formatted::template_text;
    use crate::{Code, ErrorCode, Formatted};

    /// The gRPC code of a row: its `grpc_code` cell, else its HTTP status by
    /// the mapping of `google/rpc/code.proto`, else `UNKNOWN`.
    pub fn grpc_code<E: ErrorCode>(variant: E) -> tonic::Code {
        match variant.grpc_code() {
            Some(code) => tonic::Code::from_i32(code),
            None => variant
                .http_status()
                .map_or(tonic::Code::Unknown, from_http),
        }
    }

    /// An HTTP status as the gRPC code `google/rpc/code.proto` maps it to.
    pub fn from_http(status: u16) -> tonic::Code {
        use tonic::Code;
        let named = match status {
            400 => Some(Code::InvalidArgument),
            401 => Some(Code::Unauthenticated),
            403 => Some(Code::PermissionDenied),
            404 => Some(Code::NotFound),
            409 => Some(Code::Aborted),
            412 => Some(Code::FailedPrecondition),
            416 => Some(Code::OutOfRange),
            429 => Some(Code::ResourceExhausted),
            499 => Some(Code::Cancelled),
            500 => Some(Code::Internal),
            501 => Some(Code::Unimplemented),
            503 => Some(Code::Unavailable),
            504 => Some(Code::DeadlineExceeded),
            _ => None,
        };
        // Any other 4xx and 5xx by its class.
        named.unwrap_or(match status / 100 {
            4 => Code::FailedPrecondition,
            5 => Code::Internal,
            _ => Code::Unknown,
        })
    }

    /// The status of `variant` with `message` and `arguments` as the
    /// `ErrorInfo`'s metadata, and a `LocalizedMessage` where given.
    pub fn status<'a, E: ErrorCode>(
        variant: E,
        message: &str,
        arguments: impl Iterator<Item = (&'a str, &'a str)>,
        localized: Option<(&str, &str)>,
    ) -> Status {
        let metadata: HashMap<String, String> = arguments
            .map(|(name, value)| (name.into(), value.into()))
            .collect();
        let mut details = ErrorDetails::new();
        details.set_error_info(variant.code(), variant.domain(), metadata);
        if let Some(url) = variant.docs_url() {
            details.add_help_link(variant.description(), url);
        }
        if let Some((locale, text)) = localized {
            details.set_localized_message(locale, text);
        }
        Status::with_error_details(grpc_code(variant), message, details)
    }

    /// The generated `From<E> for tonic::Status`: the row's message, else
    /// its description, and no metadata.
    pub fn from_variant<E: ErrorCode>(variant: E) -> Status {
        status(variant, template_text(variant), core::iter::empty(), None)
    }

    /// The code's text as the message, its arguments as the `ErrorInfo`'s
    /// metadata (AIP-193: every variable of the message is in it).
    impl<E: ErrorCode> From<Formatted<E>> for Status {
        fn from(formatted: Formatted<E>) -> Self {
            status(
                formatted.variant(),
                formatted.text(),
                formatted.arguments(),
                None,
            )
        }
    }

    impl<E: ErrorCode> Formatted<E> {
        /// The status with its text in the language `lang` as well: the
        /// message stays in the table's language, for developers (as
        /// AIP-193 asks), and a `LocalizedMessage` detail carries
        /// [`text_in`](Formatted::text_in) with the locale of the
        /// table's language it was taken from
        /// ([`language_of`](crate::language_of)).
        pub fn status_in(&self, lang: &str) -> Status {
            let text = self.text_in(lang);
            let localized = (crate::language_of::<E>(lang), text.as_ref());
            status(
                self.variant(),
                self.text(),
                self.arguments(),
                Some(localized),
            )
        }
    }

    /// [`ErrorCode::status_in`]: the status of a code sent without
    /// arguments, its template as the message, in the table's language
    /// and in `lang`.
    pub fn status_in<E: ErrorCode>(variant: E, lang: &str) -> Status {
        let localized = (
            crate::language_of::<E>(lang),
            crate::formatted::template_in(variant, lang),
        );
        status(
            variant,
            template_text(variant),
            core::iter::empty(),
            Some(localized),
        )
    }

    impl<E: ErrorCode> Code<E> {
        /// The code of a gRPC status's `ErrorInfo` (its `reason`), known
        /// to the table or not; `None` when the status has no `ErrorInfo`.
        pub fn from_status(status: &Status) -> Option<Code<E>> {
            let details = status.get_error_details();
            details.error_info().map(|info| Code::new(&info.reason))
        }
    }

    impl<E: ErrorCode> Formatted<Code<E>> {
        /// The code, message and arguments of a gRPC status: the
        /// `ErrorInfo`'s reason, the status's message, and its metadata,
        /// in the order of the code's placeholders where the table has it
        /// (then by name); `None` when the status has no `ErrorInfo`.
        pub fn from_status(status: &Status) -> Option<Self> {
            let info = status.get_error_details().error_info()?.clone();
            let code = Code::<E>::from(info.reason);
            let placeholders = code.known().map_or(&[][..], |known| known.placeholders());
            let mut arguments: Vec<(String, String)> = info.metadata.into_iter().collect();
            arguments.sort_by(|(a, _), (b, _)| {
                let at = |name: &String| placeholders.iter().position(|p| p == name);
                at(a)
                    .unwrap_or(usize::MAX)
                    .cmp(&at(b).unwrap_or(usize::MAX))
                    .then_with(|| a.cmp(b))
            });
            Some(Formatted::received(
                code,
                status.message().into(),
                arguments,
            ))
        }
    }
}

#[cfg(feature = "tonic")]
pub use status::{from_http, from_variant, grpc_code, status_in};

/// `From<$enum> for tonic::Status`, by [`from_variant`]; the generated code
/// invokes it for every enum.
#[cfg(feature = "tonic")]
#[doc(hidden)]
#[macro_export]
macro_rules! __tonic_impls {
    ($enum:ident) => {
        #[automatically_derived]
        impl ::core::convert::From<$enum> for $crate::__private::tonic::Status {
            #[inline]
            fn from(value: $enum) -> Self {
                $crate::__private::grpc_status(value)
            }
        }
    };
}

/// Without the `tonic` feature: nothing.
#[cfg(not(feature = "tonic"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __tonic_impls {
    ($enum:ident) => {};
}
