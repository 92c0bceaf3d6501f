//! Data safety through the real binary: concurrent saves all land, I/O errors
//! on the data dir exit 3 and name the path, interrupts exit 130, a closed
//! stdout is a quiet success for every command and format.

mod common;

use std::process::Stdio;

use common::{careerctl, careerctl_std, cli, data_dir, home, stderr_of};
use predicates::prelude::*;

const ANSWERS: &str = "tests/fixtures/answers/backend-mid.yaml";

#[test]
fn ten_concurrent_assessments_all_land() {
    let h = home();
    // A guide with the skills extra-skill-0 to -9, so each run rates one the others do not.
    let guides = h.path().join("guides");
    std::fs::create_dir_all(&guides).unwrap();
    let mut extras =
        common::fixture_text("valid/qa-engineer.yaml").replace("id: qa-engineer", "id: extras");
    for n in 0..10 {
        extras = extras.replacen(
            "skills:\n",
            &format!(
                "skills:\n  - id: extra-skill-{n}\n    name: Extra {n}\n    category: technical\n    importance: 1\n    required: {{entry: 1, mid: 1, senior: 1}}\n    description: Extra.\n"
            ),
            1,
        );
    }
    std::fs::write(guides.join("extras.yaml"), extras).unwrap();
    let children: Vec<_> = (0..10)
        .map(|n| {
            careerctl_std(&h)
                .arg("--guides")
                .arg(&guides)
                .args([
                    "assess",
                    "backend-developer",
                    "--answers",
                    ANSWERS,
                    "-q",
                    "--save",
                ])
                .args(["--rate", &format!("extra-skill-{n}=3"), "--format", "json"])
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
    }
    let history = std::fs::read_dir(data_dir(&h).join("history"))
        .unwrap()
        .count();
    assert_eq!(history, 10, "one history file per run");
    let profile: serde_json::Value =
        serde_json::from_slice(&std::fs::read(data_dir(&h).join("profile.json")).unwrap()).unwrap();
    for n in 0..10 {
        assert_eq!(
            profile["ratings"][format!("extra-skill-{n}")],
            3,
            "rating of run {n} kept"
        );
    }
    let leftovers: Vec<_> = std::fs::read_dir(data_dir(&h))
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "no temp files left: {leftovers:?}");
}

#[test]
fn an_unusable_data_dir_exits_3_and_names_it() {
    let h = home();
    let not_a_dir = h.path().join("plain-file");
    std::fs::write(&not_a_dir, "not a directory").unwrap();
    careerctl(&h)
        .env("CAREERCTL_HOME", &not_a_dir)
        .args([
            "assess",
            "backend-developer",
            "--answers",
            ANSWERS,
            "--save",
        ])
        .assert()
        .code(3)
        .stderr(predicate::str::contains(not_a_dir.display().to_string()));
    assert_eq!(
        std::fs::read_to_string(&not_a_dir).unwrap(),
        "not a directory"
    );
}

#[test]
fn a_newer_profile_is_refused_not_overwritten() {
    let h = home();
    std::fs::create_dir_all(data_dir(&h)).unwrap();
    let profile = data_dir(&h).join("profile.json");
    let newer = r#"{"schema_version": 99, "ratings": {"sql": 1}}"#;
    std::fs::write(&profile, newer).unwrap();
    careerctl(&h)
        .args([
            "assess",
            "backend-developer",
            "--answers",
            ANSWERS,
            "--save",
        ])
        .assert()
        .failure()
        .stderr(predicate::str::contains("newer").and(predicate::str::contains("profile.json")))
        // The save failed after the report: it is printed anyway.
        .stdout(predicate::str::contains("Readiness by level"));
    assert_eq!(std::fs::read_to_string(&profile).unwrap(), newer);
    assert!(
        !data_dir(&h).join("history").exists()
            || std::fs::read_dir(data_dir(&h).join("history"))
                .unwrap()
                .count()
                == 0
    );
}

#[test]
fn a_damaged_profile_is_reported_and_kept() {
    let h = home();
    std::fs::create_dir_all(data_dir(&h)).unwrap();
    std::fs::write(
        data_dir(&h).join("profile.json"),
        "{\"schema_version\": 1, \"ratings\": ",
    )
    .unwrap();
    careerctl(&h)
        .args([
            "assess",
            "backend-developer",
            "--answers",
            ANSWERS,
            "--save",
        ])
        .assert()
        .success()
        .stderr(
            predicate::str::contains("profile.json:1:").and(predicate::str::contains("kept it as")),
        );
    let kept = std::fs::read_dir(data_dir(&h)).unwrap().flatten().any(|e| {
        e.file_name()
            .to_string_lossy()
            .starts_with("profile.json.damaged-")
    });
    assert!(kept);
}

/// A report written in the profile's place is not taken for the profile:
/// the next save keeps it aside, as a damaged profile, instead of writing
/// the report's ratings back as the whole profile.
#[test]
fn a_report_in_the_profiles_place_is_kept_aside() {
    let h = home();
    let report = cli(&h, "assess backend-developer --format json --answers")
        .arg(ANSWERS)
        .output()
        .unwrap();
    assert!(report.status.success(), "{}", stderr_of(&report));
    std::fs::create_dir_all(data_dir(&h)).unwrap();
    std::fs::write(data_dir(&h).join("profile.json"), &report.stdout).unwrap();
    let out = cli(&h, "profile").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_of(&out).contains("a careerctl report, not the profile"),
        "{}",
        stderr_of(&out)
    );
    cli(&h, "profile set sql=2")
        .assert()
        .success()
        .stderr(predicate::str::contains("kept it as"));
    let aside: Vec<_> = (std::fs::read_dir(data_dir(&h)).unwrap().flatten())
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("profile.json.damaged-")
        })
        .collect();
    assert_eq!(aside.len(), 1);
    assert_eq!(std::fs::read(aside[0].path()).unwrap(), report.stdout);
}

/// `-o` never writes over what careerctl reads: the answers file (by any
/// name), or anything in the data dir.
#[test]
fn output_may_not_overwrite_the_answers_or_the_data_dir() {
    let h = home();
    let dir = tempfile::tempdir().unwrap();
    let answers = dir.path().join("me.yaml");
    std::fs::copy(ANSWERS, &answers).unwrap();
    cli(&h, "profile set sql=3").assert().success();
    let profile = data_dir(&h).join("profile.json");
    let before = std::fs::read(&profile).unwrap();
    let dotted = dir.path().join(".").join("me.yaml");
    for (input, output, says) in [
        (&answers, &answers, "that is the answers file"),
        (&answers, &dotted, "that is the answers file"),
        (&profile, &profile, "that is the answers file"),
        (&answers, &profile, "in careerctl's data dir"),
        (
            &answers,
            &data_dir(&h).join("report.html"),
            "in careerctl's data dir",
        ),
    ] {
        let out = cli(&h, "assess backend-developer --format json --answers")
            .arg(input)
            .arg("-o")
            .arg(output)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "-o {}", output.display());
        assert!(stderr_of(&out).contains(says), "{}", stderr_of(&out));
    }
    assert_eq!(
        std::fs::read(&answers).unwrap(),
        std::fs::read(ANSWERS).unwrap()
    );
    assert_eq!(std::fs::read(&profile).unwrap(), before);
    assert!(!data_dir(&h).join("report.html").exists());
}

#[cfg(unix)]
#[test]
fn ctrl_c_while_waiting_exits_130() {
    let h = home();
    // Waiting for an answers file on stdin that never comes.
    let mut child = careerctl_std(&h)
        .args(["assess", "backend-developer", "--answers", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Wait until it blocks reading stdin (its handler is installed before),
    // as /proc tells: syscall 0 is read on x86_64; elsewhere, wait a moment.
    let syscall = format!("/proc/{}/syscall", child.id());
    for _ in 0..200 {
        if cfg!(all(target_os = "linux", target_arch = "x86_64")) {
            if std::fs::read_to_string(&syscall).is_ok_and(|s| s.starts_with("0 ")) {
                break;
            }
        } else {
            std::thread::sleep(std::time::Duration::from_millis(500));
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(25));
    }
    // SAFETY: kill(2) with a live child's pid and a valid signal number.
    let sent = unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGINT) };
    assert_eq!(sent, 0, "kill: {}", std::io::Error::last_os_error());
    // Keep stdin open until it has exited: closing it would end the read
    // with EOF and race the interrupt.
    let stdin = child.stdin.take();
    let status = child.wait().unwrap();
    drop(stdin);
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut stderr).unwrap();
    assert_eq!(status.code(), Some(130), "{stderr}");
}

#[test]
fn closed_stdout_is_quiet_everywhere() {
    let h = home();
    let runs: Vec<Vec<&str>> = vec![
        vec!["guides", "list"],
        vec!["guides", "list", "--format", "json"],
        vec!["guides", "show", "backend-developer"],
        vec!["guides", "show", "backend-developer", "--format", "json"],
        vec!["guides", "show", "backend-developer", "--format", "yaml"],
        vec![
            "guides",
            "show",
            "backend-developer",
            "--format",
            "markdown",
        ],
        vec!["guides", "new", "my-role"],
        vec!["schema", "guide"],
        vec!["schema", "ratings"],
        vec!["schema", "report"],
        vec!["validate", "-q", "tests/fixtures/guides/invalid"],
        vec![
            "validate",
            "-q",
            "tests/fixtures/guides/invalid",
            "--format",
            "json",
        ],
        vec![
            "validate",
            "-q",
            "tests/fixtures/guides/invalid",
            "--format",
            "github",
        ],
        vec!["--help"],
    ];
    for args in runs {
        // Even validate with findings: a closed stdout exits 0 (README, "Exit codes").
        let mut child = careerctl_std(&h)
            .args(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr_of(&out));
        assert_eq!(stderr_of(&out), "", "{args:?}");
    }
}

/// Output that cannot be written (a full disk) is exit 3 with a message,
/// for clap's own --help and --version too.
#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_on_stdout_exits_3() {
    let h = home();
    for args in [
        &["--version"][..],
        &["--help"],
        &["guides", "list"],
        &["assess", "backend-developer", "--help"],
    ] {
        let out = careerctl_std(&h)
            .args(args)
            .stdout(std::fs::File::create("/dev/full").unwrap())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(3), "{args:?}");
        assert!(
            stderr_of(&out).contains("No space left on device"),
            "{args:?}: {}",
            stderr_of(&out)
        );
    }
    // A usage error is 2 even when stderr cannot be written.
    let out = careerctl_std(&h)
        .arg("--bogus")
        .stderr(std::fs::File::create("/dev/full").unwrap())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

/// `-o` replaces its file whole: a hard link to an input keeps the input's
/// content. A data dir that a save is about to create is the data dir too.
/// `-o -` is stdout.
#[cfg(unix)]
#[test]
fn output_replaces_its_file_and_knows_a_data_dir_yet_to_be_made() {
    let h = home();
    let dir = tempfile::tempdir().unwrap();
    let answers = dir.path().join("me.yaml");
    std::fs::copy(ANSWERS, &answers).unwrap();
    let link = dir.path().join("link.yaml");
    std::fs::hard_link(&answers, &link).unwrap();
    cli(&h, "assess backend-developer --answers")
        .arg(&answers)
        .arg("-o")
        .arg(&link)
        .assert()
        .success();
    assert_eq!(
        std::fs::read(&answers).unwrap(),
        std::fs::read(ANSWERS).unwrap()
    );
    assert!(
        std::fs::read_to_string(&link)
            .unwrap()
            .contains("Backend Developer")
    );

    let fresh = dir.path().join("fresh");
    let out = careerctl(&h)
        .env("CAREERCTL_HOME", &fresh)
        .args(["assess", "backend-developer", "--save", "--answers"])
        .arg(&answers)
        .arg("-o")
        .arg(fresh.join("profile.json"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr_of(&out));
    assert!(!fresh.exists(), "nothing saved when -o is refused");

    let out = cli(&h, "assess backend-developer --template -o -")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("# Answers for"));
    let tpl = dir.path().join("t.yaml");
    cli(&h, "assess backend-developer --template -o")
        .arg(&tpl)
        .assert()
        .success();
    assert!(
        std::fs::read_to_string(&tpl)
            .unwrap()
            .starts_with("# Answers for")
    );
}

/// A scripted save (`--answers ... --save`) asks nothing, so it leaves the
/// draft of an interrupted assessment of the guide for `--resume`.
#[test]
fn a_scripted_save_keeps_the_interrupted_draft() {
    let h = home();
    let drafts = data_dir(&h).join("drafts");
    std::fs::create_dir_all(&drafts).unwrap();
    let draft = drafts.join("backend-developer.json");
    std::fs::write(
        &draft,
        r#"{"schema_version": 1, "level": "mid", "ratings": {"sql": 3}, "skipped": []}"#,
    )
    .unwrap();
    let before = std::fs::read(&draft).unwrap();
    cli(&h, "assess backend-developer --save --answers")
        .arg(ANSWERS)
        .assert()
        .success();
    assert_eq!(std::fs::read(&draft).unwrap(), before);
}
