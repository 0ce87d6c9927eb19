//! The macro builds the lookup tables with its `hash.rs` and the runtime
//! probes them with its own: if the copies ever differ, `from_code` misses
//! codes that are in the table.

const MACRO_COPY: &str = include_str!("../../error-codes-codegen/src/hash.rs");
const RUNTIME_COPY: &str = include_str!("../../error-codes-core/src/hash.rs");

#[test]
fn both_crates_carry_the_same_hash_byte_for_byte() {
    assert!(
        MACRO_COPY.as_bytes() == RUNTIME_COPY.as_bytes(),
        "error-codes-codegen/src/hash.rs and error-codes-core/src/hash.rs differ: \
         copy one over the other"
    );
}

#[test]
fn the_hash_file_says_why_it_exists_twice() {
    let header: String = RUNTIME_COPY
        .lines()
        .take_while(|line| line.starts_with("//!"))
        .collect::<Vec<_>>()
        .join("\n");
    assert!(header.contains("byte for byte"), "{header}");
    assert!(
        header.contains("proc-macro crate cannot export"),
        "{header}"
    );
}
