//! error-codes-core with its default features, as a first build compiles
//! it: no pulldown-cmark, no unicode-normalization, no serde_core (which
//! the `csv` crate needs; csv-core reads the table) and no syn syntax tree
//! (its `derive` and `full` features) in the tree, the
//! commonest markup read exactly all the same, and a cell beyond it an
//! error at its line that names the `commonmark` feature, which then reads
//! it: a first build compiles neither pulldown-cmark nor
//! unicode-normalization.
//!
//! This workspace turns `commonmark` and `nfc` on, so the crate is built on
//! its own, from `tests/lean-fixture`.

mod fixture_crate;

use fixture_crate::FixtureCrate;

#[test]
fn default_features_read_the_commonest_markup_without_a_markdown_parser() {
    let fixture = FixtureCrate::copy("lean-fixture");
    assert_eq!(
        fixture.run(),
        [
            "lean.1: The name is longer than max_len allows.",
            "lean.2: See the limits for parent_id.",
            "lean.3: Names may not hold a less-than sign (<) or a greater-than sign (>).",
        ]
    );

    // The proc macro's dependencies included: neither crate is built.
    let output = fixture.cargo(&["tree", "-e", "normal", "--prefix", "none"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let tree = String::from_utf8(output.stdout).unwrap();
    assert!(tree.contains("error-codes-table"), "{tree}");
    assert!(tree.contains("csv-core"), "{tree}");
    // Nor, without the features that ask for them, anything of serde, of
    // a web stack (axum, http, hyper) or of gRPC (tonic, prost).
    for heavy in [
        "pulldown-cmark",
        "unicode-normalization",
        "serde",
        "axum",
        "http v",
        "hyper",
        "tonic",
        "prost",
    ] {
        assert!(!tree.contains(heavy), "{heavy} in\n{tree}");
    }

    // syn without its syntax tree of Rust, which doubles its build.
    let output = fixture.cargo(&["tree", "-e", "features", "-i", "syn", "--prefix", "none"]);
    let features = String::from_utf8(output.stdout).unwrap();
    assert!(features.contains("syn feature \"parsing\""), "{features}");
    for heavy in ["derive", "full"] {
        assert!(
            !features.contains(&format!("syn feature \"{heavy}\"")),
            "{heavy} in\n{features}"
        );
    }
}

#[test]
fn markup_beyond_the_short_cut_names_the_feature_that_reads_it() {
    let fixture = FixtureCrate::copy("lean-fixture");
    let table = fixture.dir.join("codes.csv");
    let text = std::fs::read_to_string(&table).unwrap();
    std::fs::write(&table, format!("{text}lean.4,The name is *not* allowed.\n")).unwrap();

    let output = fixture.cargo(&["build", "--quiet"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "built without the parser");
    assert!(
        stderr.contains(
            "codes.csv:5: the description of code `lean.4`: its markup needs the `commonmark` feature of error-codes-core"
        ),
        "{stderr}"
    );

    fixture.enable_core_feature("commonmark");
    let lines = fixture.run();
    assert_eq!(lines[3], "lean.4: The name is not allowed.");
}

/// The quick start (`cargo run --example lookup`, the workspace's default
/// member) builds no web or gRPC stack, though other members turn the
/// `axum` and `tonic` features on: its tree, as cargo resolves it alone.
#[test]
fn the_quick_start_builds_no_web_or_grpc_stack() {
    let workspace = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap();
    let output = std::process::Command::new(env!("CARGO"))
        .args([
            "tree",
            "--offline",
            "-p",
            "examples",
            "-e",
            "normal,dev",
            "--prefix",
            "none",
        ])
        .current_dir(workspace)
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let tree = String::from_utf8(output.stdout).unwrap();
    assert!(tree.contains("error-codes-core"), "{tree}");
    for heavy in ["axum", "http v", "hyper", "tonic", "prost", "reqwest"] {
        assert!(!tree.contains(heavy), "{heavy} in\n{tree}");
    }
}
