//! The promise of the documentation: edit the CSV, run a plain `cargo build`
//! (no clean, no `.rs` touched), and the enum has the new row.

mod fixture_crate;

use fixture_crate::FixtureCrate;
use std::io::Write;
use std::time::Duration;

#[test]
fn appending_a_row_to_the_csv_regenerates_on_the_next_build() {
    let fixture = FixtureCrate::copy("rebuild-fixture");
    assert_eq!(fixture.run(), ["fixture.1: The first code."]);

    // The edit must be strictly newer than the first build's outputs, also on
    // file systems that keep modification times to the second.
    std::thread::sleep(Duration::from_millis(1100));
    let mut csv = std::fs::OpenOptions::new()
        .append(true)
        .open(fixture.dir.join("codes.csv"))
        .unwrap();
    writeln!(csv, "fixture.2,\"A second code, added later.\"").unwrap();
    drop(csv);

    assert_eq!(
        fixture.run(),
        [
            "fixture.1: The first code.",
            "fixture.2: A second code, added later."
        ]
    );
}

/// A hook for UI tests must not reach a user's build: the variable that
/// points trybuild's crates at the test package changes nothing here
/// (a path that once failed), since Cargo would not rebuild when it changes.
#[test]
fn the_environment_cannot_redirect_the_table() {
    let fixture = FixtureCrate::copy("rebuild-fixture");
    let elsewhere = fixture.dir.join("elsewhere");
    std::fs::create_dir_all(&elsewhere).unwrap();
    std::fs::write(
        elsewhere.join("codes.csv"),
        "code,description\nother.1,Not the crate's table.\n",
    )
    .unwrap();
    assert_eq!(
        fixture.run_with_env(&[("ERROR_CODES_MANIFEST_DIR", elsewhere.as_os_str())]),
        ["fixture.1: The first code."]
    );
}

/// A crate in a directory whose name is not UTF-8 compiles (once
/// `include_bytes!` of the path, which has no UTF-8 spelling, failed after
/// the table was read). Cargo itself refuses such a directory (it fails on
/// the paths rustc reports), so rustc is run here as Cargo would run it,
/// with the dependencies of a Cargo build of the same crate elsewhere.
#[cfg(unix)]
#[test]
fn a_crate_under_a_non_utf8_directory_compiles() {
    use std::os::unix::ffi::OsStrExt;
    use std::process::Command;

    let built = FixtureCrate::copy("rebuild-fixture");
    let output = built.cargo(&["build", "--message-format=json"]);
    assert!(output.status.success());
    let messages = String::from_utf8(output.stdout).unwrap();
    let rlib = messages
        .split('"')
        .find(|piece| piece.ends_with(".rlib") && piece.contains("liberror_codes_core-"))
        .expect("error-codes-core's rlib in cargo's messages");
    let deps = std::path::Path::new(rlib).parent().unwrap();

    // A copy of the crate beside the first, under a name that is not UTF-8.
    let mut name = built.dir.file_name().unwrap().to_owned();
    name.push(std::ffi::OsStr::from_bytes(b"-caf\xe9"));
    let dir = built.dir.with_file_name(name);
    assert!(dir.to_str().is_none());
    std::fs::create_dir_all(dir.join("src")).unwrap();
    for file in ["codes.csv", "src/main.rs"] {
        std::fs::copy(built.dir.join(file), dir.join(file)).unwrap();
    }
    let binary = dir.join("fixture");
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let compiled = Command::new(rustc)
        .current_dir(&dir)
        .env("CARGO_MANIFEST_DIR", &dir)
        .args([
            "--edition=2024",
            "--crate-type=bin",
            "src/main.rs",
            "-o",
            "fixture",
        ])
        .arg("--extern")
        .arg(format!("error_codes_core={rlib}"))
        .arg("-L")
        .arg(deps)
        .output()
        .unwrap();
    assert!(
        compiled.status.success(),
        "{}",
        String::from_utf8_lossy(&compiled.stderr)
    );
    let run = Command::new(&binary).output().unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(
        String::from_utf8(run.stdout).unwrap(),
        "fixture.1: The first code.\n"
    );
}
