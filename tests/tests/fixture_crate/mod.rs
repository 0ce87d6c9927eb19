//! Builds and runs one of the small crates kept next to this package (its
//! template directory, a crate with a `[workspace]` table of its own) the way
//! a user would: in a directory of its own, with the real `cargo`.

use std::ffi::{OsStr, OsString};
use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A copy of a fixture crate in a temporary directory, removed on drop.
pub struct FixtureCrate {
    pub dir: PathBuf,
    /// Held from the copy to the drop: copies share a target directory and
    /// Cargo's fingerprints, which compare source times with the last build,
    /// so a copy made while another one builds could pass for built already.
    _exclusive: File,
}

/// The workspace root: the parent of this package.
fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}

/// Shared by every copy and every run, so that only the first build is cold.
fn target_dir() -> PathBuf {
    workspace().join("target/fixture-crates")
}

impl FixtureCrate {
    /// Copies `tests/<template>` to a fresh directory, with its dependency on
    /// error-codes-core made absolute and the workspace's `Cargo.lock`, so
    /// that it builds offline with the versions the workspace tested.
    pub fn copy(template: &str) -> FixtureCrate {
        FixtureCrate::copy_named(template, OsStr::new(""))
    }

    /// As [`FixtureCrate::copy`], in a directory whose name ends in
    /// `suffix`, which need not be UTF-8.
    pub fn copy_named(template: &str, suffix: &OsStr) -> FixtureCrate {
        std::fs::create_dir_all(target_dir()).unwrap();
        let exclusive = File::create(target_dir().join("tests-fixture-crate.lock")).unwrap();
        exclusive.lock().unwrap();
        let source = Path::new(env!("CARGO_MANIFEST_DIR")).join(template);
        let mut name = OsString::from(format!(
            "error-codes-{template}-{}-{}",
            std::process::id(),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |elapsed| elapsed.as_nanos())
        ));
        name.push(suffix);
        let dir = std::env::temp_dir().join(name);
        copy_dir(&source, &dir);
        let manifest = dir.join("Cargo.toml");
        let text = std::fs::read_to_string(&manifest).unwrap();
        let core = workspace().join("error-codes-core");
        let relative = "path = \"../../error-codes-core\"";
        assert!(text.contains(relative), "{template}/Cargo.toml: {relative}");
        let text = text.replace(relative, &format!("path = {:?}", core.to_str().unwrap()));
        // The build script's library, in a fixture that has one.
        let build = workspace().join("error-codes-build");
        let text = text.replace(
            "path = \"../../error-codes-build\"",
            &format!("path = {:?}", build.to_str().unwrap()),
        );
        std::fs::write(&manifest, text).unwrap();
        std::fs::copy(workspace().join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
        FixtureCrate {
            dir,
            _exclusive: exclusive,
        }
    }

    /// Turns on error-codes-core's `feature` in the copy's manifest.
    #[allow(dead_code)] // each test binary uses part of this module
    pub fn enable_core_feature(&self, feature: &str) {
        let manifest = self.dir.join("Cargo.toml");
        let text = std::fs::read_to_string(&manifest).unwrap();
        let on = text.replace(
            "error-codes-core = { path",
            &format!("error-codes-core = {{ features = [{feature:?}], path"),
        );
        assert_ne!(on, text, "no error-codes-core dependency to change");
        std::fs::write(&manifest, on).unwrap();
    }

    /// `cargo <args>` in the copy, with a target directory under the
    /// workspace's `target/` that every run shares, so reruns are incremental.
    pub fn cargo(&self, args: &[&str]) -> Output {
        self.cargo_with_env(args, &[])
    }

    /// [`FixtureCrate::cargo`] with more environment variables.
    pub fn cargo_with_env(&self, args: &[&str], env: &[(&str, &OsStr)]) -> Output {
        Command::new(env!("CARGO"))
            .args(args)
            .arg("--offline")
            .current_dir(&self.dir)
            .env("CARGO_TARGET_DIR", target_dir())
            .env_remove("ERROR_CODES_MANIFEST_DIR")
            .env_remove("RUSTFLAGS")
            .envs(env.iter().copied())
            .output()
            .expect("cargo runs")
    }

    /// `cargo run --quiet`: its standard output, lines in order; panics with
    /// cargo's messages if the build or the run fails.
    pub fn run(&self) -> Vec<String> {
        self.run_with_env(&[])
    }

    /// [`FixtureCrate::run`] with more environment variables.
    pub fn run_with_env(&self, env: &[(&str, &OsStr)]) -> Vec<String> {
        let output = self.cargo_with_env(&["run", "--quiet"], env);
        assert!(
            output.status.success(),
            "cargo run failed in {}:\n{}",
            self.dir.display(),
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout)
            .unwrap()
            .lines()
            .map(str::to_owned)
            .collect()
    }
}

impl Drop for FixtureCrate {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}
