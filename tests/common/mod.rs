//! Shared helpers for the integration tests: every run of the binary gets an
//! isolated environment (its own data dir and config dir, no guide dirs from
//! the caller's environment, no colour).

#![allow(dead_code)] // each test crate uses a different subset

use std::path::{Path, PathBuf};

use tempfile::TempDir;

/// Path of the compiled `careerctl` binary.
pub const BIN: &str = env!("CARGO_BIN_EXE_careerctl");

/// The crate root; commands run here so fixture paths can be relative.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A fresh temporary directory used as data and config home.
pub fn home() -> TempDir {
    tempfile::tempdir().expect("create a temp dir")
}

/// `careerctl`, isolated: CAREERCTL_HOME and XDG_CONFIG_HOME inside `home`,
/// CAREERCTL_GUIDES removed, NO_COLOR set, run from the crate root.
pub fn careerctl(home: &TempDir) -> assert_cmd::Command {
    assert_cmd::Command::from_std(careerctl_std(home))
}

/// The same isolation for a plain `std::process::Command`.
pub fn careerctl_std(home: &TempDir) -> std::process::Command {
    let mut cmd = std::process::Command::new(BIN);
    cmd.current_dir(root())
        .env("CAREERCTL_HOME", data_dir(home))
        .env("XDG_CONFIG_HOME", config_dir(home))
        .env_remove("CAREERCTL_GUIDES")
        .env_remove("CLICOLOR_FORCE")
        .env("NO_COLOR", "1");
    cmd
}

/// CAREERCTL_HOME of a test.
pub fn data_dir(home: &TempDir) -> PathBuf {
    home.path().join("data")
}

/// XDG_CONFIG_HOME of a test.
pub fn config_dir(home: &TempDir) -> PathBuf {
    home.path().join("config")
}

/// `tests/fixtures/guides/<rel>`, relative to the crate root (the commands' working dir).
pub fn fixture(rel: &str) -> String {
    format!("tests/fixtures/guides/{rel}")
}

/// stdout of a finished command as UTF-8.
pub fn stdout_of(out: &std::process::Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

/// stderr of a finished command as UTF-8.
pub fn stderr_of(out: &std::process::Output) -> String {
    String::from_utf8(out.stderr.clone()).expect("stderr is UTF-8")
}

/// Parses stdout as one JSON document.
pub fn json_of(out: &std::process::Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}):\n{}",
            String::from_utf8_lossy(&out.stdout)
        )
    })
}

/// Runs the command with stdout closed by the reader before the program writes:
/// the program must end with status 0 and print nothing on stderr.
pub fn assert_quiet_on_closed_stdout(home: &TempDir, args: &[&str]) {
    use std::io::Read;
    use std::process::Stdio;
    let mut child = careerctl_std(home)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn careerctl");
    drop(child.stdout.take());
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .expect("stderr is piped")
        .read_to_string(&mut stderr)
        .expect("read stderr");
    let status = child.wait().expect("wait for careerctl");
    assert_eq!(
        status.code(),
        Some(0),
        "careerctl {args:?} with a closed stdout: {status}, stderr: {stderr}"
    );
    assert!(
        stderr.is_empty(),
        "careerctl {args:?} with a closed stdout wrote to stderr: {stderr}"
    );
}
