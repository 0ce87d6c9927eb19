//! The quick start's `cargo run --example lookup` builds this package's
//! dependencies only: the web stack of the service example
//! (`examples/service`) and serde's derive of the `api_error` example
//! (`examples/api-error`) live in packages of their own, which this one
//! does not reach; and since this package is the workspace's one default
//! member, what other members turn on (features of error-codes-core that
//! pull in miette, pulldown-cmark, serde's derive) is not unified into it.

use std::process::Command;

/// The packages that building `package`'s examples and tests compiles, or,
/// without a package, what a plain `cargo run` at the workspace's root
/// compiles (its default members, with their features alone).
fn dependencies(package: Option<&str>) -> Vec<String> {
    let output = Command::new(env!("CARGO"))
        .args([
            "tree",
            "--offline",
            "--prefix",
            "none",
            "--edges",
            "normal,build,dev",
        ])
        .args(
            package
                .map(|package| ["--package", package])
                .into_iter()
                .flatten(),
        )
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .filter_map(|line| line.split(' ').next())
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_examples_package_does_not_compile_the_web_stack_or_serde_derive() {
    let web = ["axum", "hyper", "reqwest", "tokio"];
    let service = dependencies(Some("service"));
    for name in web {
        assert!(service.iter().any(|d| d == name), "service uses {name}");
    }
    let examples = dependencies(Some("examples"));
    assert!(examples.iter().any(|d| d == "error-codes-core"));
    // Nor serde's derive, with syn's `full`: the `api_error` example, which
    // reads JSON into typed structs, is a package of its own.
    for name in web.into_iter().chain(["serde_derive"]) {
        assert!(
            !examples.iter().any(|d| d == name),
            "examples reaches {name}"
        );
    }
}

#[test]
fn the_quick_start_compiles_error_codes_core_with_its_default_features_alone() {
    let quick_start = dependencies(None);
    assert!(quick_start.iter().any(|d| d == "error-codes-core"));
    // Each is turned on by another member of the workspace.
    for name in [
        "serde_derive",
        "miette",
        "http",
        "pulldown-cmark",
        "unicode-normalization",
        "axum",
    ] {
        assert!(
            !quick_start.iter().any(|d| d == name),
            "the quick start builds {name}: {quick_start:?}"
        );
    }
}
