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

/// `careerctl` with the words of `line` as its arguments:
/// `cli(&home, "assess backend-developer --assume-unrated 2")`.
pub fn cli(home: &TempDir, line: &str) -> assert_cmd::Command {
    let mut cmd = careerctl(home);
    cmd.args(line.split_whitespace());
    cmd
}

/// The same isolation for a plain `std::process::Command`.
pub fn careerctl_std(home: &TempDir) -> std::process::Command {
    let mut cmd = std::process::Command::new(BIN);
    cmd.current_dir(root())
        .env("CAREERCTL_HOME", data_dir(home))
        .env("XDG_CONFIG_HOME", config_dir(home))
        .env_remove("CAREERCTL_GUIDES")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("COLUMNS")
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

/// The text of the fixture guide `tests/fixtures/guides/<rel>`.
pub fn fixture_text(rel: &str) -> String {
    std::fs::read_to_string(root().join(fixture(rel))).unwrap()
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

/// OSC 52 (clipboard), OSC 0 (title), OSC 8 (hyperlink), cursor movement, CR,
/// backspace, 8-bit CSI, NEL, DEL and a bidi override.
pub const NASTY: &str = "\u{1b}]52;c;cm0gLXJmIH4=\u{7}\u{1b}]0;pwned\u{7}\u{1b}]8;;https://evil.example\u{1b}\\link\u{1b}]8;;\u{1b}\\\u{1b}[2J\u{1b}[1;1H\r\u{8}\u{9b}31m\u{85}\u{7f}\u{202e}\u{2066}";

/// The characters none of that may reach the terminal as.
pub fn raw_controls(s: &str) -> Vec<char> {
    s.chars()
        .filter(|&c| {
            (c.is_control() && c != '\n')
                || ('\u{202a}'..='\u{202e}').contains(&c)
                || ('\u{2066}'..='\u{2069}').contains(&c)
        })
        .collect()
}

/// A double-quoted YAML scalar with every non-printable character escaped
/// (raw C1 controls are not even allowed in a YAML stream).
pub fn yaml_str(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' | '\\' => out.extend(['\\', c]),
            ' '..='~' => out.push(c),
            c => out.push_str(&format!("\\u{:04x}", c as u32)),
        }
    }
    out.push('"');
    out
}

/// A valid guide with NASTY in every text field.
pub fn nasty_guide() -> String {
    let n = yaml_str(&format!("text {NASTY} end"));
    format!(
        r#"schema_version: 1
id: nasty
title: {n}
summary: {n}
source: {n}
sources:
  - {{id: nasty-source, title: {n}, url: {n}, publisher: {n}, date: {n}, licence: {n}, covers: [often_missing, salary, demand]}}
levels: [entry, mid, senior]
responsibilities: [{n}]
skills:
  - id: evil-skill
    name: {n}
    category: technical
    importance: 3
    often_missing: true
    required: {{entry: 1, mid: 2, senior: 3}}
    description: {n}
    anchors: {{1: {n}, 3: {n}}}
    resources: [{{title: {n}, url: {n}}}]
  - id: other-skill
    name: {n}
    category: domain
    importance: 2
    required: {{entry: 1, mid: 1, senior: 1}}
    description: {n}
next_steps:
  - id: step
    text: {n}
    skills: [evil-skill]
development_suggestions: [{n}]
career: {{leads_to: [], transitions: []}}
market:
  salary: {{currency: {n}, statistic: {n}, ranges: {{entry: [1, 2], mid: [2, 3], senior: [3, 4]}}}}
  demand: {n}
  employers: [{n}]
  sectors: [{n}]
"#
    )
}

/// Whether a test that needs `program` (a shell, groff, a browser: anything
/// outside the Rust toolchain) can run.
#[derive(Debug, PartialEq)]
pub enum Tool {
    /// On PATH: run the test.
    Found,
    /// Missing: skip the test, printing this line.
    Skip(String),
    /// Missing under `CAREERCTL_REQUIRE_TOOLS=1` (as in CI): fail with this message.
    Required(String),
}

/// Looks `program` up on PATH (without running it).
pub fn tool(program: &str) -> Tool {
    let found = std::env::var_os("PATH").is_some_and(|path| {
        std::env::split_paths(&path).any(|dir| {
            use std::os::unix::fs::PermissionsExt;
            std::fs::metadata(dir.join(program))
                .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
        })
    });
    if found {
        Tool::Found
    } else if std::env::var_os("CAREERCTL_REQUIRE_TOOLS").is_some_and(|v| v == "1") {
        Tool::Required(format!(
            "{program} is not installed and CAREERCTL_REQUIRE_TOOLS=1 (.ci/run installs it)"
        ))
    } else {
        Tool::Skip(format!(
            "skipped: {program} not installed (set CAREERCTL_REQUIRE_TOOLS=1 to make this a failure)"
        ))
    }
}

/// Markup a guide could try to plant in an HTML or SVG report: a script, an
/// attribute break-out with an event handler, the end of the style sheet,
/// of the SVG and of the title, a comment, CDATA's end, an entity and
/// template syntax.
pub const MARKUP: &str = "<script>alert(1)</script> \"><img src=x onerror=alert(2)> '><svg onload=alert(3)> </style></svg></title><!-- ]]> &amp; {{ 7*7 }} {% raw %}";

/// A valid guide with MARKUP and NASTY in every text field, a
/// `javascript:` resource URL and an http URL with markup in it.
pub fn markup_guide() -> String {
    let n = yaml_str(&format!("text {MARKUP} {NASTY} end"));
    let evil = yaml_str("JavaScript:alert(document.cookie)");
    let quoted = yaml_str("https://example.org/\"><script>alert(4)</script>");
    format!(
        r#"schema_version: 1
id: markup
title: {n}
summary: {n}
source: {n}
levels: [entry, mid, senior]
responsibilities: [{n}]
skills:
  - id: evil-skill
    name: {n}
    category: technical
    importance: 3
    often_missing: true
    required: {{entry: 1, mid: 2, senior: 3}}
    description: {n}
    resources: [{{title: {n}, url: {evil}}}, {{title: {n}, url: {quoted}}}, {{title: {n}, url: {n}}}]
  - id: other-skill
    name: {n}
    category: domain
    importance: 2
    required: {{entry: 1, mid: 1, senior: 1}}
    description: {n}
    resources: [{{title: {n}, url: "mailto:team@example.org"}}]
next_steps:
  - id: step
    text: {n}
    skills: [evil-skill, other-skill]
development_suggestions: [{n}]
career: {{leads_to: [], transitions: []}}
market:
  salary: {{currency: {n}, ranges: {{entry: [1, 2], mid: [2, 3], senior: [3, 4]}}}}
"#
    )
}
