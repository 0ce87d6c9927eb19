//! `miette::Diagnostic` for the generated enums, through the hook every
//! generated enum invokes, defined whatever the features: with the `miette`
//! feature it implements the trait by the functions below, without it it
//! expands to nothing (as `serde_hook.rs` does for serde).
//!
//! The code is the table's code, the help its `solution` cell, the URL the
//! `docs_url` option's page for the code.

#[cfg(feature = "miette")]
use crate::{Code, ErrorCode};
#[cfg(feature = "miette")]
use alloc::boxed::Box;
#[cfg(feature = "miette")]
use core::fmt::Display;

/// `Diagnostic::code`: the code, as in the table.
#[cfg(feature = "miette")]
pub fn code<E: ErrorCode>(value: &E) -> Option<Box<dyn Display + '_>> {
    Some(Box::new(value.code()))
}

/// `Diagnostic::help`: the solution, where the table gives one.
#[cfg(feature = "miette")]
pub fn help<E: ErrorCode>(value: &E) -> Option<Box<dyn Display>> {
    value
        .solution()
        .map(|solution| Box::new(solution) as Box<dyn Display>)
}

/// `Diagnostic::url`: the code's page, with the `docs_url` option.
#[cfg(feature = "miette")]
pub fn url<E: ErrorCode>(value: &E) -> Option<Box<dyn Display>> {
    value
        .docs_url()
        .map(|url| Box::new(url) as Box<dyn Display>)
}

/// A known code as its table gives it; an unknown one has its code and
/// nothing more.
#[cfg(feature = "miette")]
#[cfg_attr(docsrs, doc(cfg(feature = "miette")))]
impl<E: ErrorCode> miette::Diagnostic for Code<E> {
    fn code<'a>(&'a self) -> Option<Box<dyn Display + 'a>> {
        Some(Box::new(self.as_str()))
    }

    fn help<'a>(&'a self) -> Option<Box<dyn Display + 'a>> {
        self.known().and_then(|known| help(&known))
    }

    fn url<'a>(&'a self) -> Option<Box<dyn Display + 'a>> {
        self.known().and_then(|known| url(&known))
    }
}

/// `miette::Diagnostic` for the generated enum `$enum`; every generated
/// enum invokes it. Defined here, not by the proc macro, so that whether it
/// expands to anything is decided by this crate's `miette` feature.
#[cfg(feature = "miette")]
#[doc(hidden)]
#[macro_export]
macro_rules! __miette_impls {
    ($enum:ident) => {
        #[automatically_derived]
        impl $crate::__private::miette::Diagnostic for $enum {
            #[inline]
            fn code<'a>(
                &'a self,
            ) -> ::core::option::Option<$crate::__private::Box<dyn ::core::fmt::Display + 'a>> {
                $crate::__private::diagnostic_code(self)
            }

            #[inline]
            fn help<'a>(
                &'a self,
            ) -> ::core::option::Option<$crate::__private::Box<dyn ::core::fmt::Display + 'a>> {
                $crate::__private::diagnostic_help(self)
            }

            #[inline]
            fn url<'a>(
                &'a self,
            ) -> ::core::option::Option<$crate::__private::Box<dyn ::core::fmt::Display + 'a>> {
                $crate::__private::diagnostic_url(self)
            }
        }
    };
}

/// Without the `miette` feature: nothing.
#[cfg(not(feature = "miette"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __miette_impls {
    ($enum:ident) => {};
}
