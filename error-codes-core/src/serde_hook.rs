//! The hook that every generated enum invokes for serde, defined whatever
//! the features: with the `serde` feature it implements the traits by the
//! functions of `wire.rs`, without it it expands to nothing.

/// `Serialize` and `Deserialize` for the generated enum `$enum`, by the
/// functions of `__private`; the generated code invokes it for every enum.
/// Defined here, not by the proc macro, so that whether it expands to
/// anything is decided by this crate's `serde` feature.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __serde_impls {
    ($enum:ident) => {
        #[automatically_derived]
        impl $crate::__private::serde::Serialize for $enum {
            #[inline]
            fn serialize<S: $crate::__private::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                $crate::__private::serialize(self, serializer)
            }
        }

        #[automatically_derived]
        impl<'de> $crate::__private::serde::Deserialize<'de> for $enum {
            #[inline]
            fn deserialize<D: $crate::__private::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                $crate::__private::deserialize(deserializer)
            }
        }
    };
}

/// Without the `serde` feature: nothing.
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __serde_impls {
    ($enum:ident) => {};
}
