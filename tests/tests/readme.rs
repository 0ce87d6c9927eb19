//! The README as a newcomer reads it: short, with commands and links that
//! work. Its Rust examples are error-codes-core's doctests (that crate's
//! `README.md` is a link to this one), so they compile and hold.

use std::path::Path;

const README: &str = include_str!("../../README.md");

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap()
}

/// Read in minutes: the reference is the guide in rustdoc.
#[test]
fn the_readme_is_at_most_250_lines() {
    let lines = README.lines().count();
    assert!(lines <= 250, "README.md has {lines} lines");
}

/// The README's examples are compiled as error-codes-core's doctests
/// through that crate's `README.md`, which must therefore be this file.
#[test]
fn error_codes_core_documents_this_readme() {
    let linked = std::fs::read_to_string(root().join("error-codes-core/README.md"))
        .expect("error-codes-core/README.md");
    assert!(
        linked == README,
        "error-codes-core/README.md is not the README"
    );
    let lib = std::fs::read_to_string(root().join("error-codes-core/src/lib.rs")).unwrap();
    assert!(lib.contains("#[doc = include_str!(\"../README.md\")]"));
}

/// The quick start's two commands, as `.ci/run` and the examples' tests
/// know them.
#[test]
fn the_quick_start_has_its_two_commands() {
    assert!(README.contains("\ncargo run --example lookup -- VolumeBackup.0014 "));
    assert!(README.contains("\ncargo test --workspace "));
}

/// Every link to a file of the repository reaches one.
#[test]
fn every_relative_link_reaches_a_file() {
    let mut rest = README;
    let mut checked = 0;
    while let Some(start) = rest.find("](") {
        rest = &rest[start + 2..];
        let end = rest.find(')').expect("a closed link");
        let target = &rest[..end];
        if !target.starts_with("http") && !target.starts_with('#') {
            let path = target.split('#').next().unwrap();
            assert!(
                root().join(path).exists(),
                "README links to {target}, which is absent"
            );
            checked += 1;
        }
    }
    assert!(checked > 0, "no relative link found");
}

/// The README's dependency line is one a user outside this repository can
/// copy: the published crate, by a version requirement that this
/// workspace's version meets (for 0.x, the same minor version).
#[test]
fn the_readme_dependency_line_names_the_published_version() {
    let manifest = include_str!("../../Cargo.toml");
    let version = manifest
        .split("[workspace.package]")
        .nth(1)
        .and_then(|package| package.lines().find_map(|l| l.strip_prefix("version = ")))
        .expect("a workspace version")
        .trim_matches('"');
    let line = README
        .lines()
        .find(|line| line.starts_with("error-codes-core = "))
        .expect("a dependency line in the README");
    let required = line
        .trim_start_matches("error-codes-core = ")
        .trim_matches('"');
    let mut parts = version.split('.');
    let (major, minor) = (parts.next().unwrap(), parts.next().unwrap());
    let compatible = if major == "0" {
        format!("0.{minor}")
    } else {
        major.to_owned()
    };
    assert_eq!(required, compatible, "{line}");
}
