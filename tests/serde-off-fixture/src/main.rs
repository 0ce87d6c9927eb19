//! Implements serde's traits by hand for a generated enum and a derived
//! one: that compiles only if error-codes emitted no impl of its own.

use serde::ser::{Serialize, Serializer};

/// The whole table.
#[error_codes_core::error_codes(csv = "codes.csv")]
pub enum Off {}

/// A subset, named by hand.
#[derive(error_codes_core::ErrorCode, Debug, Clone, Copy)]
#[error_code(csv = "codes.csv")]
pub enum Second {
    #[code = "off.2"]
    Only,
}

impl Serialize for Off {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl Serialize for Second {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

fn main() {
    println!("{}", Off::Off1);
    println!("{}", Second::Only);
}
