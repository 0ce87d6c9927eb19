//! Compile-fail tests: each file under `ui/` makes one mistake, and its
//! `.stderr` is the error a user sees for it.
//!
//! rustc words its own diagnostics differently from one release to the next,
//! so the snapshots are checked only on the toolchain that wrote them (as
//! clap does for its derive errors): on another, the test skips saying so,
//! and under CI, whose toolchain is that one, fails instead, so that the
//! suite cannot vanish while CI stays green. Regenerate them with
//! `TRYBUILD=overwrite cargo test -p tests --test ui`.

/// The toolchain that wrote the snapshots.
const SNAPSHOTS: &str = "stable 1.95";

#[rustversion::stable(1.95)]
const ON_SNAPSHOT_TOOLCHAIN: bool = true;
#[rustversion::not(stable(1.95))]
const ON_SNAPSHOT_TOOLCHAIN: bool = false;

#[test]
fn mistakes_give_one_clear_error_each() {
    if !ON_SNAPSHOT_TOOLCHAIN {
        return test_support::skip(format!("the UI snapshots are from {SNAPSHOTS}"));
    }
    // trybuild compiles each file in a crate of its own under
    // `target/tests/trybuild/tests/` (dtolnay/trybuild#202), and the macro
    // reads a table relative to the crate being built, as it does for every
    // user. So the tables are linked where those crates look for them:
    // `ui/...` in that directory, `../codes.csv` beside it.
    link_tables();
    trybuild::TestCases::new().compile_fail("ui/*.rs");
}

/// Links `ui/` and the root `codes.csv` into trybuild's project directory,
/// `<target>/tests/trybuild/tests/`, found from this test's own path
/// (`<target>/debug/deps/ui-...`).
fn link_tables() {
    let exe = std::env::current_exe().expect("the test binary's path");
    let target = exe
        .ancestors()
        .nth(3)
        .expect("the test binary is under <target>/<profile>/deps");
    let project = target.join("tests/trybuild/tests");
    std::fs::create_dir_all(&project).expect("trybuild's project directory");
    let here = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for (link, original) in [
        (project.join("ui"), here.join("ui")),
        (project.join("../codes.csv"), here.join("../codes.csv")),
    ] {
        let _ = std::fs::remove_file(&link);
        #[cfg(unix)]
        std::os::unix::fs::symlink(&original, &link).expect("a link to the tables");
    }
}
