use error_codes_core::error_codes;

// A device never ends: reading it would fill the memory.
#[error_codes(csv = "/dev/zero")]
pub enum Codes {}

fn main() {
    let _ = Codes::from_code("A.1");
}
