//! Compile-fail tests: each file under `ui/` makes one mistake, and its
//! `.stderr` is the error a user sees for it.
//!
//! rustc words its own diagnostics differently from one release to the next,
//! so the snapshots are checked only on the toolchain that wrote them (as
//! clap does for its derive errors). Regenerate them with
//! `TRYBUILD=overwrite cargo test -p tests --test ui`.

#[test]
#[rustversion::attr(not(stable(1.95)), ignore = "snapshots are from stable 1.95")]
fn mistakes_give_one_clear_error_each() {
    // trybuild compiles each file in a crate of its own under `target/`, so
    // the `csv = "..."` paths are resolved from this package's directory.
    // The macro reads this variable only with its `__trybuild` feature,
    // which this package enables as a dev-dependency and trybuild copies.
    // SAFETY: nothing else runs in this process yet: the test harness runs
    // this file's single test, and trybuild spawns cargo only after this.
    unsafe { std::env::set_var("ERROR_CODES_MANIFEST_DIR", env!("CARGO_MANIFEST_DIR")) };
    trybuild::TestCases::new().compile_fail("ui/*.rs");
}
