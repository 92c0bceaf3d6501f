//! Your records through the real binary: `profile` (show, set, unset) and
//! `history show` / `history rm`.

mod common;

use common::{careerctl, cli, data_dir, home, json_of, stderr_of, stdout_of};
use predicates::prelude::*;
use serde_json::Value;

const ANSWERS: &str = "tests/fixtures/answers/backend-mid.yaml";

fn save(h: &tempfile::TempDir, role: &str, extra: &[&str]) {
    let out = careerctl(h)
        .args([
            "assess",
            role,
            "--answers",
            ANSWERS,
            "--assume-unrated",
            "0",
        ])
        .args(["--save", "-q", "--format", "json"])
        .args(extra)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
}

fn profile_json(h: &tempfile::TempDir) -> Value {
    let out = careerctl(h)
        .args(["profile", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    json_of(&out)
}

fn rating(p: &Value, id: &str) -> Option<Value> {
    p["ratings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == id)
        .cloned()
}

#[test]
fn profile_shows_sets_and_unsets_ratings() {
    let h = home();
    careerctl(&h)
        .arg("profile")
        .assert()
        .success()
        .stdout(predicate::str::contains("No ratings yet"));
    save(&h, "backend-developer", &[]);

    let p = profile_json(&h);
    let sql = rating(&p, "sql").expect("sql rated");
    assert_eq!(sql["rating"], 3);
    assert_eq!(sql["name"], "SQL");
    assert_eq!(sql["guide"], "backend-developer");
    assert!(sql["rated_at"].as_str().unwrap().ends_with('Z'), "{sql}");
    let table = careerctl(&h).arg("profile").output().unwrap();
    let table = stdout_of(&table);
    assert!(
        table.contains("sql") && table.contains("backend-developer"),
        "{table}"
    );

    // set: checked like --rate, normalised, says what changed.
    cli(&h, "profile set sql=5 Observability=4")
        .assert()
        .success()
        .stderr(predicate::str::contains("sql: 3 → 5"));
    let p = profile_json(&h);
    assert_eq!(rating(&p, "sql").unwrap()["rating"], 5);
    assert_eq!(rating(&p, "observability").unwrap()["rating"], 4);
    assert!(
        rating(&p, "sql")
            .unwrap()
            .get("guide")
            .is_none_or(Value::is_null)
    );
    cli(&h, "profile set observabilty=1")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean `observability`"));
    assert_eq!(
        rating(&profile_json(&h), "observability").unwrap()["rating"],
        4
    );

    // unset
    cli(&h, "profile unset sql").assert().success();
    assert!(rating(&profile_json(&h), "sql").is_none());
    cli(&h, "profile unset sql")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no rating for `sql`"));
}

/// A typo an older careerctl kept in the profile can be removed.
#[test]
fn profile_unset_removes_a_kept_typo() {
    let h = home();
    std::fs::create_dir_all(data_dir(&h)).unwrap();
    std::fs::write(
        data_dir(&h).join("profile.json"),
        r#"{"schema_version": 1, "ratings": {"observabilty": 3, "sql": 2}}"#,
    )
    .unwrap();
    let p = profile_json(&h);
    assert!(rating(&p, "observabilty").unwrap()["name"].is_null());
    cli(&h, "profile unset observabilty").assert().success();
    let p = profile_json(&h);
    assert!(rating(&p, "observabilty").is_none());
    assert_eq!(rating(&p, "sql").unwrap()["rating"], 2);
}

#[test]
fn history_show_prints_a_saved_report_again() {
    let h = home();
    save(&h, "backend-developer", &[]);
    save(&h, "platform-engineer", &[]);
    let newest = |role: &str| -> Value {
        let dir = data_dir(&h).join("history");
        let file = std::fs::read_dir(dir)
            .unwrap()
            .flatten()
            .find(|e| e.file_name().to_string_lossy().contains(role))
            .unwrap()
            .path();
        serde_json::from_slice(&std::fs::read(file).unwrap()).unwrap()
    };
    let out = cli(&h, "history show 1 --format json").output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(json_of(&out), newest("platform-engineer"));
    let out = cli(&h, "history show backend-developer --format json")
        .output()
        .unwrap();
    assert_eq!(json_of(&out), newest("backend-developer"));
    cli(&h, "history show 2")
        .assert()
        .success()
        .stdout(predicate::str::contains("Readiness by level"));
    cli(&h, "history show 2 --format markdown")
        .assert()
        .success()
        .stdout(predicate::str::starts_with("# "));
    cli(&h, "history show 3")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no saved assessment number 3"));
}

#[test]
fn history_rm_removes_entries_and_asks_for_yes_without_a_terminal() {
    let h = home();
    save(&h, "backend-developer", &[]);
    save(&h, "backend-developer", &["--rate", "sql=5"]);
    save(&h, "platform-engineer", &[]);
    let count = || {
        std::fs::read_dir(data_dir(&h).join("history"))
            .unwrap()
            .count()
    };
    cli(&h, "history rm 1")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--yes"));
    assert_eq!(count(), 3);
    cli(&h, "history rm 1 --yes")
        .assert()
        .success()
        .stderr(predicate::str::contains("removed platform-engineer"));
    assert_eq!(count(), 2);
    // Numbers are those of the listing before anything is removed.
    cli(&h, "history rm 1 2 --yes").assert().success();
    assert_eq!(count(), 0);

    // A file outside the history is not removed.
    let outside = h.path().join("report.json");
    save(&h, "backend-developer", &[]);
    let saved = std::fs::read_dir(data_dir(&h).join("history"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    std::fs::copy(&saved, &outside).unwrap();
    cli(&h, "history rm --yes")
        .arg(&outside)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not in the history"));
    assert!(outside.exists());
}

/// A damaged or foreign file given as REF is bad input naming the file and
/// place, never a panic; a REF that names nothing says how to list them.
#[test]
fn history_show_of_bad_references() {
    let h = home();
    let bad = h.path().join("bad.json");
    std::fs::write(&bad, "{\"schema_version\": 1,\n  \"guide\": 3\n}\n").unwrap();
    let out = cli(&h, "history show").arg(&bad).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr_of(&out));
    let stderr = stderr_of(&out);
    assert!(
        stderr.starts_with(&format!("error: {}:", bad.display())),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    for reference in ["0", "1", "backend-developer", "no/such/file.json"] {
        careerctl(&h)
            .args(["history", "show", reference])
            .assert()
            .code(2)
            .stderr(
                predicate::str::contains("careerctl history")
                    .or(predicate::str::contains("no such file")),
            );
    }
}

/// A filter that leaves nothing says which filter, not that nothing was
/// saved; `profile set` errors speak of `profile set`, not of `--rate`.
#[test]
fn empty_filters_and_profile_set_errors_say_what_was_asked() {
    let h = home();
    cli(
        &h,
        "assess backend-developer --rate sql=3 --assume-unrated 1 --save -q",
    )
    .assert()
    .success();
    for (args, says) in [
        (
            "history data-engineer",
            "No saved assessments of data-engineer (1 in all;",
        ),
        (
            "history --since 2030-01-01",
            "No saved assessments since 2030-01-01 (1 in all;",
        ),
    ] {
        let out = cli(&h, args).output().unwrap();
        assert!(out.status.success(), "{args}");
        assert!(
            stdout_of(&out).starts_with(says),
            "{args}: {}",
            stdout_of(&out)
        );
    }
    // Wrapped to the terminal, the command in it whole.
    let out = cli(&h, "history backend-developer --since 2030-01-01")
        .env("COLUMNS", "40")
        .output()
        .unwrap();
    let text = stdout_of(&out);
    assert!(text.lines().count() > 1, "{text}");
    assert!(text.contains("`careerctl history`"), "{text}");
    let out = cli(&h, "profile set sqll=3").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_of(&out).contains(
            "profile set `sqll=3`: no loaded guide has a skill `sqll`; did you mean `sql`?"
        ),
        "{}",
        stderr_of(&out)
    );
}

/// Two report files in the wrong order, or one file twice, are compared as
/// given, with a warning that says so.
#[test]
fn diff_warns_of_reversed_or_identical_files() {
    let h = home();
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.json"), dir.path().join("b.json"));
    for (path, rating) in [(&a, "sql=2"), (&b, "sql=4")] {
        let out = cli(
            &h,
            "assess backend-developer --format json --assume-unrated 2 --rate",
        )
        .arg(rating)
        .output()
        .unwrap();
        std::fs::write(path, out.stdout).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let out = cli(&h, "diff").arg(&b).arg(&a).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("OLD was made after NEW"),
        "{}",
        stderr_of(&out)
    );
    let out = cli(&h, "diff").arg(&a).arg(&b).output().unwrap();
    assert!(!stderr_of(&out).contains("warning"), "{}", stderr_of(&out));
    let out = cli(&h, "diff").arg(&a).arg(&a).output().unwrap();
    assert!(
        stderr_of(&out).contains("the same report"),
        "{}",
        stderr_of(&out)
    );
}

/// `-o FILE` works wherever a page can be made (history, history show,
/// team), and never over an input or into the data dir.
#[test]
fn output_files_for_history_and_team() {
    let h = home();
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("me.json");
    let out = cli(
        &h,
        "assess backend-developer --format json --save --assume-unrated 2 --rate sql=3",
    )
    .output()
    .unwrap();
    std::fs::write(&report, &out.stdout).unwrap();
    for (args, file) in [
        ("history backend-developer --format html -o", "history.html"),
        ("history show 1 --format svg -o", "wheel.svg"),
        ("history -o", "history.txt"),
        ("team --format html", "team.html"),
    ] {
        let path = dir.path().join(file);
        let mut cmd = cli(&h, args);
        if args.starts_with("team") {
            cmd.arg(&report).arg("-o");
        }
        let out = cmd.arg(&path).output().unwrap();
        assert!(out.status.success(), "{args}: {}", stderr_of(&out));
        assert!(out.stdout.is_empty(), "{args}");
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            !text.is_empty() && !text.contains('\u{1b}'),
            "{args}: {text}"
        );
    }
    let before = std::fs::read(&report).unwrap();
    let out = cli(&h, "team --format html")
        .arg(&report)
        .arg("-o")
        .arg(&report)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_of(&out).contains("that is a report it reads"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(std::fs::read(&report).unwrap(), before);
    let out = cli(&h, "history show 1 -o")
        .arg(data_dir(&h).join("x.txt"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_of(&out).contains("in careerctl's data dir"),
        "{}",
        stderr_of(&out)
    );
}

/// Reports and pages give local time to the minute, as history does.
#[test]
fn reports_give_local_time_as_history_does() {
    let h = home();
    cli(&h, "assess backend-developer --save -q --assume-unrated 2")
        .assert()
        .success();
    let listed = cli(&h, "history --format json")
        .env("TZ", "Asia/Tokyo")
        .output()
        .unwrap();
    let date = json_of(&listed)["assessments"][0]["date"]
        .as_str()
        .unwrap()
        .to_string();
    for format in ["markdown", "html"] {
        let out = cli(&h, "history show 1 --format")
            .arg(format)
            .env("TZ", "Asia/Tokyo")
            .output()
            .unwrap();
        let text = stdout_of(&out);
        assert!(
            text.contains(&format!("assessed {date}")),
            "{format}: {date}\n{text}"
        );
        assert!(!text.contains("Z with careerctl"), "{format}");
    }
}

/// The file name `history` lists is enough for `history show` and `rm`.
#[test]
fn history_takes_the_file_name_it_lists() {
    let h = home();
    cli(&h, "assess backend-developer --save -q --assume-unrated 2")
        .assert()
        .success();
    let listed = cli(&h, "history --format json").output().unwrap();
    let file = json_of(&listed)["assessments"][0]["file"]
        .as_str()
        .unwrap()
        .to_string();
    let name = std::path::Path::new(&file)
        .file_name()
        .unwrap()
        .to_str()
        .unwrap()
        .to_string();
    let out = cli(&h, "history show --format json")
        .arg(&name)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(json_of(&out)["guide"]["id"], "backend-developer");
    cli(&h, "history rm --yes").arg(&name).assert().success();
    assert!(!std::path::Path::new(&file).exists());
}

/// A file in the history that no longer reads can be removed by name.
#[test]
fn history_rm_removes_an_unreadable_file() {
    let h = home();
    cli(&h, "assess backend-developer --save -q --assume-unrated 2")
        .assert()
        .success();
    let bad = data_dir(&h).join("history/bad.json");
    std::fs::write(&bad, "garbage").unwrap();
    let out = cli(&h, "history rm bad.json --yes").output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("removed the unreadable file bad.json"),
        "{}",
        stderr_of(&out)
    );
    assert!(!bad.exists());
    // Outside the history, an unreadable file stays an error.
    let elsewhere = h.path().join("bad.json");
    std::fs::write(&elsewhere, "garbage").unwrap();
    let out = cli(&h, "history rm --yes")
        .arg(&elsewhere)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(elsewhere.exists());
}

/// A guide assessed at two levels gets a readiness line per level: one line
/// would show a fall that is only a harder level.
#[test]
fn history_draws_a_line_per_level() {
    let h = home();
    for level in ["mid", "mid", "senior"] {
        cli(
            &h,
            "assess backend-developer --save -q --assume-unrated 2 --level",
        )
        .arg(level)
        .assert()
        .success();
    }
    let text = stdout_of(&cli(&h, "history").output().unwrap());
    assert!(text.contains("backend-developer (mid)  "), "{text}");
    assert!(text.contains("backend-developer (senior)  "), "{text}");
}
