//! Without error-codes-core's `serde` feature, nothing about serde is
//! emitted or compiled: a crate that implements serde's traits for its
//! generated enums by hand builds, and error-codes-core depends on no serde.
//!
//! This workspace turns the feature on, so the crate is built on its own,
//! from `tests/serde-off-fixture`.

mod fixture_crate;

use fixture_crate::FixtureCrate;

#[test]
fn without_the_feature_a_crate_implements_serde_for_its_enums_itself() {
    let fixture = FixtureCrate::copy("serde-off-fixture");
    assert_eq!(
        fixture.run(),
        ["off.1: The first code.", "off.2: The second code."]
    );

    // error-codes-core's own dependencies, without the proc macro's (which
    // are built for the host): the macro and the lookup's runtime, which
    // has no dependencies of its own.
    let output = fixture.cargo(&[
        "tree",
        "-p",
        "error-codes-core",
        "-e",
        "normal",
        "--depth",
        "1",
        "--prefix",
        "none",
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let tree = String::from_utf8(output.stdout).unwrap();
    let dependencies: Vec<&str> = tree
        .lines()
        .skip(1)
        .filter_map(|line| line.split(' ').next())
        .collect();
    assert_eq!(
        dependencies,
        ["error-codes-lookup", "error-codes-macro"],
        "{tree}"
    );
}

#[test]
fn with_the_feature_the_impls_written_by_hand_conflict_with_the_generated_ones() {
    let fixture = FixtureCrate::copy("serde-off-fixture");
    fixture.enable_core_feature("serde");

    let output = fixture.cargo(&["build", "--quiet"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        !output.status.success(),
        "built with two impls of Serialize"
    );
    for enum_name in ["Off", "Second"] {
        assert!(
            stderr.contains(&format!(
                "conflicting implementations of trait `Serialize` for type `{enum_name}`"
            )),
            "{stderr}"
        );
    }
}
