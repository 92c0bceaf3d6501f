//! Reliability under hostile conditions (issue 16): what the system refuses
//! us, and what arguments can smuggle into messages.

mod common;

use common::{careerctl, cli, home, stderr_of};

/// A directory of `n` valid guides, `qa-0` … `qa-{n-1}`.
fn many_guides(n: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let text = common::fixture_text("valid/qa-engineer.yaml");
    for i in 0..n {
        let id = format!("qa-{i}");
        let guide = text
            .replace("id: qa-engineer", &format!("id: {id}"))
            .replace("title: QA Engineer", &format!("title: QA Engineer {i}"));
        std::fs::write(dir.path().join(format!("{id}.yaml")), guide).unwrap();
    }
    dir
}

/// A thread that cannot be started (here: a stack no system can give, the
/// same failure as a process limit) means fewer threads, not a panic.
#[test]
fn no_threads_to_spare_is_not_a_panic() {
    let h = home();
    let dir = many_guides(48);
    let guides = dir.path().display().to_string();
    let runs: [&[&str]; 4] = [
        &["validate", "-j", "8", &guides],
        &["--guides", &guides, "guides", "list"],
        &["--guides", &guides, "match", "--rate", "communication=3"],
        &["--guides", &guides, "validate", "-j", "4"],
    ];
    for args in runs {
        let out = careerctl(&h)
            .env("RUST_MIN_STACK", (1u64 << 40).to_string())
            .args(args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr_of(&out));
        assert!(!stderr_of(&out).contains("panicked"), "{args:?}");
    }
}

#[test]
fn jobs_are_bounded() {
    let h = home();
    for (jobs, ok) in [("0", false), ("1", true), ("256", true), ("257", false)] {
        let out = careerctl(&h)
            .args(["validate", "-j", jobs, "guides"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(if ok { 0 } else { 2 }), "-j {jobs}");
        if jobs == "0" {
            assert!(stderr_of(&out).contains("--jobs must be at least 1"));
        }
    }
}

/// clap's usage errors quote the argument: it is escaped like file text, so
/// a file name cannot retitle the terminal or write the clipboard.
#[test]
fn usage_errors_escape_the_arguments_they_quote() {
    let h = home();
    let runs: [&[&str]; 3] = [
        &["validate", "--x\x1b]2;owned\x07.yaml"],
        &[
            "assess",
            "backend-developer",
            "--format",
            "x\x1b]52;c;aGk=\x07",
        ],
        &["no-such-command\u{9b}2J"],
    ];
    for args in runs {
        let out = careerctl(&h).args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = stderr_of(&out);
        assert!(common::raw_controls(&err).is_empty(), "{args:?}: {err:?}");
        assert!(err.starts_with("error:"), "{err:?}");
    }
}

/// A resource URL with markdown's special characters stays a valid link
/// target: no escaping backslash inside it.
#[test]
fn markdown_link_targets_keep_the_url() {
    let h = home();
    let dir = tempfile::tempdir().unwrap();
    let url = "https://example.org/a_b*c[d]e_(f)";
    let guide = common::fixture_text("valid/qa-engineer.yaml").replace(
        "    aliases: [automated-testing]",
        &format!(
            "    aliases: [automated-testing]\n    resources:\n      - {{title: \"Tests_*[1]*\", url: \"{url}\"}}"
        ),
    );
    std::fs::write(dir.path().join("qa-engineer.yaml"), guide).unwrap();
    let out = careerctl(&h)
        .args(["--guides", &dir.path().display().to_string()])
        .args([
            "assess",
            "qa-engineer",
            "--assume-unrated",
            "0",
            "--no-save",
        ])
        .args(["--format", "markdown"])
        .output()
        .unwrap();
    let md = common::stdout_of(&out);
    assert!(md.contains(&format!("(<{url}>)")), "{md}");
    assert!(md.contains(r"[Tests\_\*\[1\]\*]"), "{md}");
}

/// A broken guide in a symlinked directory is found (no false pass), and a
/// link loop ends.
#[cfg(unix)]
#[test]
fn validate_follows_symlinked_dirs_once() {
    let h = home();
    let root = tempfile::tempdir().unwrap();
    let real = tempfile::tempdir().unwrap();
    std::fs::write(
        real.path().join("broken.yaml"),
        common::fixture_text("invalid/rating-range.yaml"),
    )
    .unwrap();
    std::os::unix::fs::symlink(real.path(), root.path().join("linked")).unwrap();
    std::os::unix::fs::symlink(root.path(), root.path().join("loop")).unwrap();
    let out = careerctl(&h)
        .arg("validate")
        .arg(root.path())
        .timeout(std::time::Duration::from_secs(30))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr_of(&out));
    let text = common::stdout_of(&out);
    assert!(text.contains("broken.yaml"), "{text}");
    assert!(
        stderr_of(&out).contains("checked 1 guide"),
        "{}",
        stderr_of(&out)
    );
}

/// An unreadable subdirectory is a finding; the rest is still checked.
#[cfg(unix)]
#[test]
fn an_unreadable_subdirectory_is_a_finding() {
    use std::os::unix::fs::PermissionsExt;
    let h = home();
    let root = tempfile::tempdir().unwrap();
    std::fs::write(
        root.path().join("qa-engineer.yaml"),
        common::fixture_text("valid/qa-engineer.yaml"),
    )
    .unwrap();
    let locked = root.path().join("locked");
    std::fs::create_dir(&locked).unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read_dir(&locked).is_ok() {
        // root reads it anyway: nothing to test here.
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
        println!("skipped: running as root, a 000 directory is still readable");
        return;
    }
    let out = careerctl(&h)
        .arg("validate")
        .arg(root.path())
        .output()
        .unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr_of(&out));
    let text = common::stdout_of(&out);
    assert!(
        text.contains("error[io]: cannot read the directory"),
        "{text}"
    );
    assert!(
        stderr_of(&out).contains("checked 1 guide"),
        "{}",
        stderr_of(&out)
    );
}

/// A newline in a file name cannot fake another line of a message.
#[cfg(unix)]
#[test]
fn newlines_in_file_names_stay_on_one_line() {
    let h = home();
    let dir = tempfile::tempdir().unwrap();
    let name = dir.path().join("x\nerror: all your base.yaml");
    std::fs::write(&name, "ratings: [").unwrap();
    let out = cli(&h, "assess backend-developer --answers")
        .arg(&name)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_of(&out);
    assert_eq!(
        err.lines().filter(|l| l.starts_with("error")).count(),
        1,
        "{err}"
    );
    assert!(err.contains("x\\nerror: all your base.yaml"), "{err}");
    let missing = dir.path().join("gone\nerror: fake");
    let out = cli(&h, "assess backend-developer --answers")
        .arg(&missing)
        .output()
        .unwrap();
    let err = stderr_of(&out);
    assert_eq!(
        err.lines().filter(|l| l.starts_with("error")).count(),
        1,
        "{err}"
    );
}

fn mkfifo(path: &std::path::Path) {
    let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
    // SAFETY: mkfifo(3) with a NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
}

/// A pipe named as the answers file (`--answers <(make-answers)`) is read,
/// as stdin is: unlike a data file, the user chose it.
#[cfg(unix)]
#[test]
fn a_pipe_named_as_the_answers_file_is_read() {
    let h = home();
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("answers");
    mkfifo(&fifo);
    let writer = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::write(fifo, "ratings:\n  sql: 4\n").unwrap())
    };
    let out = cli(
        &h,
        "assess backend-developer --format json --assume-unrated 2 --answers",
    )
    .arg(&fifo)
    .timeout(std::time::Duration::from_secs(20))
    .output()
    .unwrap();
    writer.join().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(common::json_of(&out)["ratings"]["sql"], 4);
}

/// A FIFO where a data file should be is refused at once, never waited on.
#[cfg(unix)]
#[test]
fn fifos_in_the_data_dir_do_not_hang() {
    for name in ["profile.json", "profile.lock", "history/x.json"] {
        let h = home();
        let data = common::data_dir(&h);
        std::fs::create_dir_all(data.join("history")).unwrap();
        mkfifo(&data.join(name));
        for args in [
            &[
                "assess",
                "backend-developer",
                "--assume-unrated",
                "2",
                "--rate",
                "sql=3",
                "--save",
            ][..],
            &["history"][..],
            &["match", "--rate", "sql=3"][..],
        ] {
            let out = careerctl(&h)
                .args(args)
                .timeout(std::time::Duration::from_secs(20))
                .output()
                .unwrap();
            assert!(out.status.code().is_some(), "{name}: {args:?} hung");
            let err = stderr_of(&out);
            if out.status.code() != Some(0) {
                assert!(
                    err.contains("not a regular file"),
                    "{name}: {args:?}: {err}"
                );
            }
        }
    }
}

/// Smaller things a data dir can hold.
#[cfg(unix)]
#[test]
fn the_data_dir_as_found() {
    let h = home();
    let data = common::data_dir(&h);
    std::fs::create_dir_all(&data).unwrap();
    // A symlinked profile stays a symlink; the file it points at is updated.
    let real = h.path().join("real-profile.json");
    std::fs::write(
        &real,
        r#"{"schema_version": 1, "ratings": {"sql": 255, "api-design": 2}}"#,
    )
    .unwrap();
    std::os::unix::fs::symlink(&real, data.join("profile.json")).unwrap();
    // An out-of-range rating in it does not reach a report.
    let out = cli(&h, "match --format json").output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    cli(
        &h,
        "assess backend-developer --assume-unrated 2 --rate observability=3 --save",
    )
    .assert()
    .success();
    assert!(
        std::fs::symlink_metadata(data.join("profile.json"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    let profile: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&real).unwrap()).unwrap();
    assert_eq!(profile["ratings"]["observability"], 3);
    assert!(profile["ratings"].get("sql").is_none(), "{profile}");

    // A damaged profile whose bad value says "newer" is still moved aside.
    std::fs::remove_file(data.join("profile.json")).unwrap();
    std::fs::write(
        data.join("profile.json"),
        r#"{"schema_version": 1, "ratings": {"sql": "newer"}}"#,
    )
    .unwrap();
    let out = cli(
        &h,
        "assess backend-developer --assume-unrated 2 --rate sql=3 --save",
    )
    .output()
    .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("started a new profile"),
        "{}",
        stderr_of(&out)
    );

    // history/ that is not a directory is an error, not "no assessments".
    let h2 = home();
    let data2 = common::data_dir(&h2);
    std::fs::create_dir_all(&data2).unwrap();
    std::fs::write(data2.join("history"), "").unwrap();
    let out = careerctl(&h2).arg("history").output().unwrap();
    assert_ne!(out.status.code(), Some(0));
    assert!(!common::stdout_of(&out).contains("No saved assessments"));
}

/// A relative XDG_DATA_HOME is ignored, as the XDG spec says.
#[test]
fn a_relative_xdg_data_home_is_ignored() {
    let h = home();
    let cwd = tempfile::tempdir().unwrap();
    let out = careerctl(&h)
        .env_remove("CAREERCTL_HOME")
        .env("HOME", h.path())
        .env("XDG_DATA_HOME", "relative/data")
        .current_dir(cwd.path())
        .args([
            "assess",
            "backend-developer",
            "--assume-unrated",
            "2",
            "--rate",
            "sql=3",
            "--save",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(!cwd.path().join("relative").exists());
}

/// The data dir is made private when careerctl writes in it; a lock that
/// is a symlink is refused; a damaged file's message quotes a little.
#[cfg(unix)]
#[test]
fn the_data_dir_is_private_and_safe_to_open() {
    use std::os::unix::fs::PermissionsExt;
    let h = home();
    let data = common::data_dir(&h);
    std::fs::create_dir_all(&data).unwrap();
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o777)).unwrap();
    let save = |h: &tempfile::TempDir| {
        careerctl(h)
            .args([
                "assess",
                "backend-developer",
                "--assume-unrated",
                "2",
                "--rate",
                "sql=3",
                "--save",
            ])
            .output()
            .unwrap()
    };
    assert!(save(&h).status.success());
    let mode = std::fs::metadata(&data).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o700);

    let h2 = home();
    let data2 = common::data_dir(&h2);
    std::fs::create_dir_all(&data2).unwrap();
    let elsewhere = h2.path().join("elsewhere");
    std::fs::write(&elsewhere, "").unwrap();
    std::os::unix::fs::symlink(&elsewhere, data2.join("profile.lock")).unwrap();
    let out = save(&h2);
    assert_ne!(out.status.code(), Some(0));
    assert!(stderr_of(&out).contains("symlink"), "{}", stderr_of(&out));

    let h3 = home();
    let data3 = common::data_dir(&h3);
    std::fs::create_dir_all(&data3).unwrap();
    let long = "x".repeat(100_000);
    std::fs::write(
        data3.join("profile.json"),
        format!("{{\"schema_version\": 1, \"ratings\": {{\"sql\": \"{long}\"}}}}"),
    )
    .unwrap();
    let out = cli(&h3, "match").output().unwrap();
    let err = stderr_of(&out);
    assert!(err.len() < 1_000, "{} bytes of message", err.len());
}
