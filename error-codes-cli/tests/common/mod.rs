//! What the command's tests share: running `error-codes`, its output as
//! text, and directories and pages of their own, removed at the end.

// Each test file uses some of these.
#![allow(dead_code)]

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// The workspace root, where the tests' tables are.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// `error-codes ARGS`, run in `dir`.
pub fn run_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_error-codes"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the error-codes binary runs")
}

/// `error-codes ARGS`, run at the workspace root.
pub fn run(args: &[&str]) -> Output {
    run_in(&root(), args)
}

/// Output as text, whatever its bytes.
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A path in the temporary directory that no other test, in this file or
/// another running at the same time, uses.
fn temporary(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!(
        "error-codes-{}-{}-{name}",
        env!("CARGO_CRATE_NAME"),
        std::process::id()
    ))
}

/// A directory of its own per test, removed at the end.
pub struct Dir(PathBuf);

impl Dir {
    pub fn new(name: &str) -> Dir {
        let path = temporary(name);
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).unwrap();
        Dir(path)
    }

    /// Writes the file `name` in the directory.
    pub fn write(&self, name: &str, text: &str) -> &Self {
        std::fs::write(self.0.join(name), text).unwrap();
        self
    }

    /// `error-codes ARGS`, run in the directory.
    pub fn run(&self, args: &[&str]) -> Output {
        run_in(&self.0, args)
    }
}

impl std::ops::Deref for Dir {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl Drop for Dir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A page to import, in a file of its own, removed at the end.
pub struct Page(PathBuf);

impl Page {
    pub fn new(name: &str, text: &str) -> Page {
        let path = temporary(name);
        std::fs::write(&path, text).unwrap();
        Page(path)
    }

    pub fn path(&self) -> &Path {
        &self.0
    }

    /// The page's path as the command prints it.
    pub fn name(&self) -> String {
        self.0.display().to_string()
    }

    /// `error-codes import PAGE OPTIONS`.
    pub fn import(&self, options: &[&str]) -> Output {
        self.import_within(options, Duration::from_secs(600))
    }

    /// Imports the page; a run past `limit` is killed and fails the test,
    /// so a page that makes the import quadratic fails instead of hanging.
    pub fn import_within(&self, options: &[&str], limit: Duration) -> Output {
        let mut child = Command::new(env!("CARGO_BIN_EXE_error-codes"))
            .arg("import")
            .arg(&self.0)
            .args(options)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let start = Instant::now();
        // Read the pipes on threads so a large output cannot block the child.
        let mut stdout = child.stdout.take().unwrap();
        let mut stderr = child.stderr.take().unwrap();
        let out = std::thread::spawn(move || {
            let mut bytes = Vec::new();
            stdout.read_to_end(&mut bytes).map(|_| bytes)
        });
        let err = std::thread::spawn(move || {
            let mut bytes = Vec::new();
            stderr.read_to_end(&mut bytes).map(|_| bytes)
        });
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break status;
            }
            if start.elapsed() > limit {
                child.kill().unwrap();
                panic!("the import of {} ran past {limit:?}", self.0.display());
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        Output {
            status,
            stdout: out.join().unwrap().unwrap(),
            stderr: err.join().unwrap().unwrap(),
        }
    }
}

impl Drop for Page {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// Runs `command`, failing the test with its output when it fails; gives
/// its standard output.
pub fn checked(command: &mut Command, what: &str) -> Vec<u8> {
    let output = command.output().unwrap();
    assert!(
        output.status.success(),
        "{what}:\n{}{}",
        text(&output.stdout),
        text(&output.stderr)
    );
    output.stdout
}

/// A command of `name`, from the workspace's local prefix (where `.ci/run`
/// installs TypeScript) or the `PATH`; `None` when it does not run.
pub fn tool(name: &str) -> Option<Command> {
    let local = root()
        .join("target/export-tools/node_modules/.bin")
        .join(name);
    let program = if local.exists() {
        local
    } else {
        PathBuf::from(name)
    };
    let works = Command::new(&program)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    works.then(|| Command::new(program))
}
