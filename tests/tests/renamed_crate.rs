//! The `crate = "..."` option: the generated code names the runtime crate by
//! the path given, for users who rename it in `Cargo.toml`.
//!
//! Cargo refuses one package under two names in one crate ("depends on crate
//! `error-codes-core` multiple times with different names"), and this package
//! needs the usual name for its other tests. So the renamed dependency lives
//! in a crate of its own, `tests/renamed-crate-fixture`, built by `cargo`:
//! there `error_codes_core` does not exist at all, and any path the option
//! failed to reach would not compile.

mod fixture_crate;

use fixture_crate::FixtureCrate;

#[test]
fn a_crate_that_renames_the_dependency_builds_with_the_crate_option() {
    let fixture = FixtureCrate::copy("renamed-crate-fixture");
    assert_eq!(
        fixture.run(),
        [
            "renamed.1: The first code. [Renamed]",
            "renamed.2: The second code. [Renamed]",
            "renamed.2: The second code. [Renamed]",
            "unknown Renamed code \"renamed.3\"",
        ]
    );
}

#[test]
fn without_the_crate_option_the_renamed_crate_is_not_found() {
    let fixture = FixtureCrate::copy("renamed-crate-fixture");
    let main = fixture.dir.join("src/main.rs");
    let source = std::fs::read_to_string(&main).unwrap();
    let without = source.replace(", crate = \"my_codes\"", "");
    assert_ne!(without, source);
    std::fs::write(&main, without).unwrap();

    let output = fixture.cargo(&["build", "--quiet"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "built without the option");
    assert!(stderr.contains("error_codes_core"), "{stderr}");
}

/// The path may also be a module that re-exports the crate.
mod reexported {
    pub use error_codes_core::*;
}

/// gRPC codes, generated against the re-export.
#[error_codes_core::error_codes(
    csv = "tests/fixtures/grpc.csv",
    crate = "crate::reexported",
    code_macro = false
)]
pub enum Grpc {}

#[test]
fn the_crate_option_accepts_a_path_to_a_reexport() {
    fn code_of<E: reexported::ErrorCode>(value: E) -> &'static str {
        value.code()
    }
    assert_eq!(code_of(Grpc::NotFound), "5");
    let error: reexported::UnknownCode = "99".parse::<Grpc>().unwrap_err();
    assert_eq!(error.code(), "99");
}

/// `enum Gen` gets the checked-code macro `gen!`, a name only
/// edition 2024 reserves. It is defined as `r#gen`, so an edition-2021
/// crate calls `gen!` (this fixture) and an edition-2024 one `r#gen!`
/// (`tests/hostile.rs`).
#[test]
fn an_edition_2021_crate_calls_the_macro_of_enum_gen_by_its_name() {
    let fixture = FixtureCrate::copy("renamed-crate-fixture");
    let manifest = fixture.dir.join("Cargo.toml");
    let text = std::fs::read_to_string(&manifest).unwrap();
    std::fs::write(
        &manifest,
        text.replace("edition = \"2024\"", "edition = \"2021\""),
    )
    .unwrap();
    std::fs::write(
        fixture.dir.join("src/main.rs"),
        "#[my_codes::error_codes(csv = \"codes.csv\", crate = \"my_codes\")]\n\
         enum Gen {}\n\
         fn main() {\n\
             assert_eq!(gen!(\"renamed.2\"), Gen::Renamed2);\n\
             println!(\"{}\", gen!(\"renamed.1\"));\n\
         }\n",
    )
    .unwrap();
    assert_eq!(fixture.run(), ["renamed.1: The first code."]);
}
