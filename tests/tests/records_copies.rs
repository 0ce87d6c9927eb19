//! The macro reads tables with its copy of `records.rs` and the command
//! line (and the rules' own tests) with error-codes-read's: if the copies
//! ever differ, a table could read one way in `#[error_codes]` and another
//! in `error-codes check`.

const MACRO_COPY: &str = include_str!("../../error-codes-macro/src/records.rs");
const READER_COPY: &str = include_str!("../../error-codes-read/src/records.rs");

#[test]
fn the_macro_and_the_reader_carry_the_same_records_byte_for_byte() {
    assert!(
        MACRO_COPY.as_bytes() == READER_COPY.as_bytes(),
        "error-codes-macro/src/records.rs and error-codes-read/src/records.rs differ: \
         copy one over the other"
    );
    assert!(READER_COPY.contains("byte for byte"));
}
