//! What a daily user notices (issue 19): small messages and report details.

mod common;

use common::{careerctl, cli, home, stderr_of, stdout_of};

#[test]
fn no_gaps_points_at_the_next_level_or_other_roles() {
    let h = home();
    let run = |level: &str| {
        let out = cli(&h, "assess backend-developer --assume-unrated 5 --no-save")
            .args(["--level", level])
            .output()
            .unwrap();
        stdout_of(&out)
    };
    assert!(
        run("mid").contains("No gaps at mid: you meet every requirement. Next: careerctl assess backend-developer --level senior"),
        "{}",
        run("mid")
    );
    assert!(run("senior").contains("the guide's top level. Other roles: careerctl match"));
}

#[test]
fn top_zero_is_a_usage_error() {
    let h = home();
    let out = cli(&h, "assess backend-developer --assume-unrated 1 --top 0")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_of(&out).contains("must be at least 1"),
        "{}",
        stderr_of(&out)
    );
}

/// An answers file may be anyone's: match does not relate its roles to the
/// guide you assessed last.
#[test]
fn match_with_an_answers_file_relates_to_nothing() {
    let h = home();
    cli(
        &h,
        "assess backend-developer --assume-unrated 2 --rate sql=3 --save",
    )
    .assert()
    .success();
    let mine = careerctl(&h).arg("match").output().unwrap();
    assert!(stdout_of(&mine).contains("Relations are to backend-developer"));
    let dir = tempfile::tempdir().unwrap();
    let answers = dir.path().join("colleague.yaml");
    std::fs::write(&answers, "ratings:\n  sql: 4\n").unwrap();
    let theirs = careerctl(&h)
        .arg("match")
        .arg("--answers")
        .arg(&answers)
        .args(["--format", "json"])
        .output()
        .unwrap();
    let m = common::json_of(&theirs);
    assert!(
        m["matches"]
            .as_array()
            .unwrap()
            .iter()
            .all(|x| x["relation"].is_null()),
        "{m}"
    );
    assert!(m.get("relative_to").is_none_or(|v| v.is_null()), "{m}");
}

/// The installed documentation teaches: assess's page explains the scale,
/// priority and readiness, and every main subcommand's page has examples.
#[test]
fn man_pages_teach() {
    let h = home();
    let dir = tempfile::tempdir().unwrap();
    cli(&h, "man --dir").arg(dir.path()).assert().success();
    let page = |name: &str| std::fs::read_to_string(dir.path().join(name)).unwrap();
    let assess = page("careerctl-assess.1");
    for needle in [
        ".SH \"RATING SCALE\"",
        "Recognised authority",
        "\\fBpriority\\fR = gap",
        "\\fBreadiness\\fR = 100",
        ".SH \"PROMPTS, DRAFTS AND SAVING\"",
    ] {
        assert!(
            assess.contains(needle),
            "{needle} not in careerctl-assess.1"
        );
    }
    for name in [
        "assess", "match", "history", "diff", "team", "validate", "guides",
    ] {
        let text = page(&format!("careerctl-{name}.1"));
        assert!(
            text.contains(".SH EXAMPLES"),
            "careerctl-{name}.1 has no examples"
        );
    }
}

#[test]
fn guides_alone_lists_and_show_gives_resources() {
    let h = home();
    let alone = careerctl(&h).arg("guides").output().unwrap();
    let list = cli(&h, "guides list").output().unwrap();
    assert_eq!(stdout_of(&alone), stdout_of(&list));
    let url = "https://opentelemetry.io/docs/";
    let table = cli(&h, "guides show backend-developer").output().unwrap();
    assert!(stdout_of(&table).contains(url));
    let md = cli(&h, "guides show backend-developer --format markdown")
        .output()
        .unwrap();
    assert!(stdout_of(&md).contains(&format!("(<{url}>)")));
}

#[test]
fn guides_new_suggests_a_slug_and_warns_about_shadowing() {
    let h = home();
    let bad = careerctl(&h)
        .args(["guides", "new", "My Role"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        stderr_of(&bad).contains("did you mean `my-role`?"),
        "{}",
        stderr_of(&bad)
    );
    let shadow = cli(&h, "guides new backend-developer").output().unwrap();
    assert!(shadow.status.success());
    assert!(
        stderr_of(&shadow).contains("is a built-in guide"),
        "{}",
        stderr_of(&shadow)
    );
    let fresh = cli(&h, "guides new my-role").output().unwrap();
    assert_eq!(stderr_of(&fresh), "");
}

/// team: people by the name in their report or the path as given, skills
/// by name, numbers right-aligned in markdown, other files named as such.
#[test]
fn team_speaks_in_names() {
    let h = home();
    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for (who, name) in [("a", Some("Alice")), ("b", None)] {
        let mut cmd = careerctl(&h);
        cmd.args([
            "assess",
            "backend-developer",
            "--assume-unrated",
            "2",
            "--no-save",
        ])
        .args(["--rate", &format!("sql={}", if who == "a" { 1 } else { 4 })])
        .args(["--format", "json"]);
        if let Some(n) = name {
            cmd.args(["--name", n]);
        }
        let out = cmd.output().unwrap();
        let path = dir.path().join(format!("{who}.json"));
        std::fs::write(&path, &out.stdout).unwrap();
        files.push(path.display().to_string());
    }
    let out = careerctl(&h)
        .args([
            "team",
            &files[0],
            &files[1],
            "--min-group",
            "2",
            "--format",
            "markdown",
        ])
        .output()
        .unwrap();
    let md = stdout_of(&out);
    assert!(
        md.contains(&format!("| Skill | Alice | {} |", files[1])),
        "{md}"
    );
    assert!(md.contains("|---|---:|---:|"), "{md}");
    assert!(md.contains("| SQL | 8.0 |"), "team gaps by name: {md}");
    let json = common::json_of(
        &careerctl(&h)
            .args(["team", &files[0], &files[1], "--format", "json"])
            .output()
            .unwrap(),
    );
    assert_eq!(json["gaps"][0]["name"], "API Design");

    let other = dir.path().join("other.json");
    std::fs::write(&other, "{\"a\": 1}").unwrap();
    let out = careerctl(&h).arg("team").arg(&other).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_of(&out).contains("not a careerctl report")
            && stderr_of(&out).contains("assess ROLE --format json"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn diff_in_names_with_arrows_and_plain_messages() {
    let h = home();
    let none = careerctl(&h).arg("diff").output().unwrap();
    assert_eq!(none.status.code(), Some(2));
    assert!(
        stderr_of(&none).contains("twice first"),
        "{}",
        stderr_of(&none)
    );

    let dir = tempfile::tempdir().unwrap();
    let report = |name: &str, sql: &str| {
        let out = cli(&h, "assess backend-developer --assume-unrated 2 --no-save")
            .args(["--rate", &format!("sql={sql}"), "--format", "json"])
            .output()
            .unwrap();
        let path = dir.path().join(name);
        std::fs::write(&path, &out.stdout).unwrap();
        path.display().to_string()
    };
    let (old, new) = (report("old.json", "1"), report("new.json", "4"));
    let one = careerctl(&h).args(["diff", &old]).output().unwrap();
    assert_eq!(one.status.code(), Some(2));
    assert!(
        stderr_of(&one).contains("diff needs two report files"),
        "{}",
        stderr_of(&one)
    );

    let text = stdout_of(&careerctl(&h).args(["diff", &old, &new]).output().unwrap());
    assert!(text.contains("↑ SQL 1 → 4"), "{text}");
    assert!(text.contains("Gaps closed\n  SQL"), "{text}");
    let same = stdout_of(&careerctl(&h).args(["diff", &old, &old]).output().unwrap());
    assert!(same.contains("No changes."), "{same}");
}

/// Every JSON output has a schema, and real output validates against it
/// with a third-party validator.
#[test]
fn every_json_output_validates_against_its_schema() {
    let h = home();
    let dir = tempfile::tempdir().unwrap();
    let json = |args: &[&str]| {
        let out = careerctl(&h).args(args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr_of(&out));
        common::json_of(&out)
    };
    let mut files = Vec::new();
    for sql in ["1", "4"] {
        let report = json(&[
            "assess",
            "backend-developer",
            "--assume-unrated",
            "2",
            "--rate",
            &format!("sql={sql}"),
            "--format",
            "json",
            "--save",
        ]);
        let path = dir.path().join(format!("r{sql}.json"));
        std::fs::write(&path, report.to_string()).unwrap();
        files.push(path.display().to_string());
    }
    let outputs = [
        (
            "report",
            json(&[
                "assess",
                "backend-developer",
                "--assume-unrated",
                "1",
                "--no-save",
                "--format",
                "json",
            ]),
        ),
        ("match", json(&["match", "--format", "json"])),
        (
            "diff",
            json(&["diff", &files[0], &files[1], "--format", "json"]),
        ),
        (
            "team",
            json(&[
                "team",
                &files[0],
                &files[1],
                "--min-group",
                "2",
                "--format",
                "json",
            ]),
        ),
        ("history", json(&["history", "--format", "json"])),
        ("profile", json(&["profile", "--format", "json"])),
        (
            "validate",
            common::json_of(
                &cli(&h, "validate --format json")
                    .arg("tests/fixtures/guides/invalid/rating-range.yaml")
                    .output()
                    .unwrap(),
            ),
        ),
    ];
    for (kind, value) in outputs {
        let schema = json(&["schema", kind]);
        let validator = jsonschema::validator_for(&schema).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&value)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{kind}: {errors:?}");
    }
    // A rating out of range is refused by the report schema.
    let schema = json(&["schema", "report"]);
    let mut bad = json(&[
        "assess",
        "backend-developer",
        "--assume-unrated",
        "1",
        "--no-save",
        "--format",
        "json",
    ]);
    bad["ratings"]["sql"] = 9.into();
    assert!(!jsonschema::validator_for(&schema).unwrap().is_valid(&bad));
}

/// `--template` prints an answers file that, filled in, is accepted; a
/// saved report and the profile are accepted too; a flat file gets a hint.
#[test]
fn answers_in_answers_out() {
    let h = home();
    let dir = tempfile::tempdir().unwrap();
    let out = cli(&h, "assess backend-developer --template")
        .output()
        .unwrap();
    let template = stdout_of(&out);
    assert!(template.contains("  observability:\n"), "{template}");
    let filled: String = template
        .lines()
        .map(|l| {
            if l.starts_with("  ") && l.ends_with(':') {
                format!("{l} 3\n")
            } else {
                format!("{l}\n")
            }
        })
        .collect();
    let path = dir.path().join("filled.yaml");
    std::fs::write(&path, filled).unwrap();
    let scored = cli(
        &h,
        "assess backend-developer --format json --save --answers",
    )
    .arg(&path)
    .output()
    .unwrap();
    assert!(scored.status.success(), "{}", stderr_of(&scored));
    let report = common::json_of(&scored);
    assert!(report["unrated"].as_array().unwrap().is_empty());

    // Filled in only in part: the blanks are unrated, like skills left out.
    let partly: String = template.replace("  sql:\n", "  sql: 4\n");
    let partly_path = dir.path().join("partly.yaml");
    std::fs::write(&partly_path, partly).unwrap();
    let partly_scored = cli(
        &h,
        "assess backend-developer --format json --assume-unrated 1 --answers",
    )
    .arg(&partly_path)
    .output()
    .unwrap();
    assert!(
        partly_scored.status.success(),
        "{}",
        stderr_of(&partly_scored)
    );
    let partial = common::json_of(&partly_scored);
    assert_eq!(
        partial["unrated"].as_array().unwrap().len(),
        18,
        "{partial}"
    );
    assert_eq!(partial["ratings"]["sql"], 4, "{partial}");

    // The report itself, re-scored at another level.
    let saved = dir.path().join("report.json");
    std::fs::write(&saved, &scored.stdout).unwrap();
    let again = cli(
        &h,
        "assess backend-developer --level senior --no-save --format json --answers",
    )
    .arg(&saved)
    .output()
    .unwrap();
    assert!(again.status.success(), "{}", stderr_of(&again));
    assert_eq!(common::json_of(&again)["level"], "senior");
    assert_eq!(common::json_of(&again)["ratings"], report["ratings"]);

    // The profile.
    let profile = common::data_dir(&h).join("profile.json");
    assert!(profile.exists());
    let from_profile = cli(&h, "match --format json --answers")
        .arg(&profile)
        .output()
        .unwrap();
    assert!(
        from_profile.status.success(),
        "{}",
        stderr_of(&from_profile)
    );

    // Ratings without `ratings:`.
    let flat = dir.path().join("flat.yaml");
    std::fs::write(&flat, "sql: 3\napi-design: 2\n").unwrap();
    let out = cli(&h, "assess backend-developer --answers")
        .arg(&flat)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_of(&out).contains("put the ratings under `ratings:`"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn history_show_draws_a_saved_report() {
    let h = home();
    cli(&h, "assess backend-developer --assume-unrated 2 --save -q")
        .assert()
        .success();
    let html = cli(&h, "history show 1 --format html").output().unwrap();
    assert!(html.status.success(), "{}", stderr_of(&html));
    let page = stdout_of(&html);
    assert!(
        page.starts_with("<!DOCTYPE html>") && page.contains("<svg"),
        "{}",
        &page[..200.min(page.len())]
    );
    let svg = cli(&h, "history show backend-developer --format svg")
        .output()
        .unwrap();
    assert!(
        stdout_of(&svg).trim_start().starts_with("<svg"),
        "{}",
        stdout_of(&svg)
    );
}

#[test]
fn history_limits_dates_and_typos() {
    let h = home();
    for sql in ["1", "2", "3"] {
        cli(&h, "assess backend-developer --assume-unrated 2 --save -q")
            .args(["--rate", &format!("sql={sql}")])
            .assert()
            .success();
    }
    let json = |args: &[&str]| {
        let out = careerctl(&h)
            .arg("history")
            .args(args)
            .args(["--format", "json"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
        common::json_of(&out)["assessments"]
            .as_array()
            .unwrap()
            .len()
    };
    assert_eq!(json(&[]), 3);
    assert_eq!(json(&["-n", "1"]), 1);
    assert_eq!(json(&["--since", "2000-01-01"]), 3);
    assert_eq!(json(&["--since", "2999-01-01"]), 0);
    let bad = cli(&h, "history --since yesterday").output().unwrap();
    assert_eq!(bad.status.code(), Some(2));
    let typo = cli(&h, "history backend-develper").output().unwrap();
    assert_eq!(typo.status.code(), Some(2));
    assert!(
        stderr_of(&typo).contains("backend-developer"),
        "{}",
        stderr_of(&typo)
    );
}

/// A long history lists its newest 50 in a table and says how to see more.
#[test]
fn a_long_history_shows_the_newest_fifty() {
    let h = home();
    let history = common::data_dir(&h).join("history");
    std::fs::create_dir_all(&history).unwrap();
    let out = cli(
        &h,
        "assess backend-developer --assume-unrated 2 --format json",
    )
    .output()
    .unwrap();
    let mut report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for i in 0..60 {
        report["generated_at"] = format!("2026-01-01T00:{i:02}:00.000Z").into();
        std::fs::write(history.join(format!("r{i:02}.json")), report.to_string()).unwrap();
    }
    let out = careerctl(&h).arg("history").output().unwrap();
    assert!(out.status.success());
    assert!(
        stderr_of(&out).contains("the newest 50 of 60 shown"),
        "{}",
        stderr_of(&out)
    );
    assert!(
        stdout_of(&out).contains("00:59") || stdout_of(&out).contains("r59"),
        "{}",
        stdout_of(&out)
    );
    let all = cli(&h, "history --format json").output().unwrap();
    assert_eq!(
        common::json_of(&all)["assessments"]
            .as_array()
            .unwrap()
            .len(),
        60
    );
    let n = cli(&h, "history -n 55 --format markdown").output().unwrap();
    assert_eq!(
        stdout_of(&n)
            .lines()
            .filter(|l| l.starts_with("| ") && l.contains("backend-developer"))
            .count(),
        55
    );
}

#[test]
fn validate_finds_template_todos_and_does_not_count_missing_paths() {
    let h = home();
    let dir = tempfile::tempdir().unwrap();
    let out = cli(&h, "guides new my-role").output().unwrap();
    let path = dir.path().join("my-role.yaml");
    std::fs::write(&path, &out.stdout).unwrap();
    let plain = careerctl(&h).arg("validate").arg(&path).output().unwrap();
    // Text left from the template is a warning, as the other warnings are,
    // and an error under --strict.
    assert!(plain.status.success(), "{}", stdout_of(&plain));
    assert!(
        stdout_of(&plain).contains("my-role.yaml:10:8: warning[todo]"),
        "{}",
        stdout_of(&plain)
    );
    let strict = cli(&h, "validate --strict").arg(&path).output().unwrap();
    assert_eq!(strict.status.code(), Some(1));
    assert!(
        stdout_of(&strict).contains("my-role.yaml:10:8: error[todo]"),
        "{}",
        stdout_of(&strict)
    );

    let missing = cli(
        &h,
        "validate guides/backend-developer.yaml no-such-guide.yaml",
    )
    .output()
    .unwrap();
    assert_eq!(missing.status.code(), Some(1));
    assert!(
        stderr_of(&missing).contains("checked 1 guide: 1 error"),
        "{}",
        stderr_of(&missing)
    );
}
