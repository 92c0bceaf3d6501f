//! `careerctl assess` through the real binary: answers, reports, history.

mod common;

use common::{careerctl, cli, data_dir, home, json_of, stderr_of, stdout_of};
use predicates::prelude::*;
use serde_json::Value;

const ANSWERS: &str = "tests/fixtures/answers/backend-mid.yaml";

fn report_schema() -> jsonschema::Validator {
    let out = careerctl(&home())
        .args(["schema", "report"])
        .output()
        .unwrap();
    jsonschema::validator_for(&json_of(&out)).expect("the report schema compiles")
}

/// Every report the tests produce goes through here.
fn assert_valid_report(report: &Value) {
    let validator = report_schema();
    let errors: Vec<String> = validator
        .iter_errors(report)
        .map(|e| e.to_string())
        .collect();
    assert!(
        errors.is_empty(),
        "report does not match its schema: {errors:?}"
    );
}

fn assess_json(h: &tempfile::TempDir, extra: &[&str]) -> Value {
    let out = careerctl(h)
        .args([
            "assess",
            "backend-developer",
            "--answers",
            ANSWERS,
            "--format",
            "json",
        ])
        .args(extra)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let report = json_of(&out);
    assert_valid_report(&report);
    report
}

#[test]
fn json_report_has_the_numbers() {
    let h = home();
    let r = assess_json(&h, &[]);
    assert_eq!(r["schema_version"], 1);
    assert_eq!(r["tool"]["name"], "careerctl");
    assert_eq!(r["guide"]["id"], "backend-developer");
    assert_eq!(r["level"], "mid");
    // Hand-computed from the built-in guide's importance and mid requirements.
    assert_eq!(r["readiness"], 72.4);
    assert_eq!(r["readiness_by_level"]["entry"], 91.5);
    assert_eq!(r["readiness_by_level"]["senior"], 52.9);
    let gaps = r["gaps"].as_array().unwrap();
    assert_eq!(gaps[0]["id"], "observability");
    assert_eq!(gaps[0]["priority"], 18.0);
    assert_eq!(gaps[0]["rank"], 1);
    assert_eq!(gaps[1]["id"], "api-design");
    assert_eq!(gaps[1]["priority"], 15.0);
    // Equal priority 6.0 and gap 1 and importance 4, all often missing: by id.
    let ids: Vec<&str> = gaps[3..6]
        .iter()
        .map(|g| g["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "database-optimization",
            "performance-tuning",
            "system-design"
        ]
    );
    assert_eq!(r["plan"][0]["id"], "documented-api");
    assert_eq!(r["plan"][0]["score"], 31.0);
    assert_eq!(r["unrated"].as_array().unwrap().len(), 0);
    assert!(r["generated_at"].as_str().unwrap().ends_with('Z'));
    assert_eq!(r["salary"]["min"], 105000);
}

#[test]
fn table_report_has_every_section() {
    let h = home();
    careerctl(&h)
        .args([
            "assess",
            "backend-developer",
            "--answers",
            ANSWERS,
            "--no-save",
        ])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("readiness 72.4%")
                .and(predicate::str::contains("Observability ⚑"))
                .and(predicate::str::contains("░░░··"))
                .and(predicate::str::contains("Strengths"))
                .and(predicate::str::contains("Plan"))
                .and(predicate::str::contains("Development suggestions"))
                .and(predicate::str::contains("Readiness by level"))
                .and(predicate::str::contains("USD 105,000 – 150,000"))
                .and(predicate::str::contains("\x1b[").not()),
        );
}

#[test]
fn markdown_report_and_top() {
    let h = home();
    let out = careerctl(&h)
        .args([
            "assess",
            "backend-developer",
            "--answers",
            ANSWERS,
            "--no-save",
        ])
        .args(["--format", "markdown", "--top", "2"])
        .output()
        .unwrap();
    let md = stdout_of(&out);
    assert!(
        md.starts_with("# Backend Developer: skill gaps at mid"),
        "{md}"
    );
    assert!(md.contains("| 2 | API Design |"), "{md}");
    assert!(
        !md.contains("| 3 | Security Fundamentals |"),
        "--top 2 shows two gaps: {md}"
    );
    let r = assess_json(&h, &["--top", "2", "--no-save"]);
    assert_eq!(r["gaps"].as_array().unwrap().len(), 2);
}

/// The resume step develops no rated skill: it scores nothing, comes last
/// in the plan, and says so in every format.
#[test]
fn a_step_without_skills_comes_last_in_the_plan() {
    let h = home();
    let r = assess_json(&h, &["--no-save"]);
    let plan = r["plan"].as_array().unwrap();
    let last = plan.last().unwrap();
    assert_eq!(last["id"], "impact-resume");
    assert_eq!(last["kind"], "step");
    assert_eq!(last["score"], 0.0);
    assert_eq!(last["skills"], serde_json::json!([]));
    assert_eq!(last["rank"], plan.len());
    for format in ["table", "markdown"] {
        let out = careerctl(&h)
            .args(["assess", "backend-developer", "--answers", ANSWERS])
            .args(["--no-save", "--format", format])
            .output()
            .unwrap();
        let text = stdout_of(&out);
        let resume = text.find("Tailor your resume").expect(&text);
        assert!(
            text[resume..].contains("develops no rated skill"),
            "{format}: {text}"
        );
    }
}

#[test]
fn level_choice_and_bad_level() {
    let h = home();
    let r = assess_json(&h, &["--level", "senior", "--no-save"]);
    assert_eq!(r["level"], "senior");
    assert_eq!(r["readiness"], 52.9);
    careerctl(&h)
        .args([
            "assess",
            "backend-developer",
            "--answers",
            ANSWERS,
            "--level",
            "principal",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("entry, mid, senior"));
}

#[test]
fn rate_overrides_the_answers_file_and_stdin_works() {
    let h = home();
    let r = assess_json(&h, &["--rate", "observability=3", "--no-save"]);
    assert_eq!(r["ratings"]["observability"], 3);
    assert!(
        r["gaps"]
            .as_array()
            .unwrap()
            .iter()
            .all(|g| g["id"] != "observability")
    );

    let json = r#"{"ratings": {"sql": 5}}"#;
    let out = cli(
        &h,
        "assess backend-developer --answers - --assume-unrated 0",
    )
    .args(["--format", "json", "--no-save"])
    .write_stdin(json)
    .output()
    .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let r = json_of(&out);
    assert_eq!(r["ratings"]["sql"], 5);
    assert_eq!(r["unrated"].as_array().unwrap().len(), 18);
    assert_valid_report(&r);
}

/// Runs `assess backend-developer --format json` against a copy of the
/// built-in guide in which `sql` has the former id `structured-query-language`,
/// with `answers` as the answers file (unrated skills scored 1).
fn assess_with_sql_alias(h: &tempfile::TempDir, answers: &str) -> std::process::Output {
    let dir = h.path().join("guides");
    std::fs::create_dir_all(&dir).unwrap();
    let guide = std::fs::read_to_string("guides/backend-developer.yaml")
        .unwrap()
        .replace(
            "id: sql\n",
            "id: sql\n    aliases: [structured-query-language]\n",
        );
    std::fs::write(dir.join("backend-developer.yaml"), guide).unwrap();
    let file = h.path().join("a.yaml");
    std::fs::write(&file, answers).unwrap();
    careerctl(h)
        .args([
            "--guides",
            dir.to_str().unwrap(),
            "assess",
            "backend-developer",
        ])
        .args(["--answers", file.to_str().unwrap(), "--assume-unrated", "1"])
        .args(["--format", "json", "--save"])
        .output()
        .unwrap()
}

fn profile_of(h: &tempfile::TempDir) -> Value {
    serde_json::from_slice(&std::fs::read(data_dir(h).join("profile.json")).unwrap()).unwrap()
}

#[test]
fn unknown_ids_warn_and_aliases_resolve() {
    let h = home();
    let out = assess_with_sql_alias(&h, "ratings:\n  structured-query-language: 4\n  cobol: 5\n");
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(json_of(&out)["ratings"]["sql"], 4);
    assert!(stderr_of(&out).contains("`cobol`"), "{}", stderr_of(&out));
    // An id no loaded guide knows is a typo: not kept in the profile.
    assert!(profile_of(&h)["ratings"].get("cobol").is_none());
}

#[test]
fn bad_answers_name_file_line_and_skill() {
    let h = home();
    let answers = h.path().join("me.yaml");
    std::fs::write(&answers, "ratings:\n  sql: 3\n  api-design: 7\n").unwrap();
    let name = answers.display().to_string();
    careerctl(&h)
        .args(["assess", "backend-developer", "--answers", &name])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains(format!("{name}:3:"))
                .and(predicate::str::contains("api-design"))
                .and(predicate::str::contains("out of range")),
        );
    std::fs::write(&answers, "ratings: [1, 2\n").unwrap();
    careerctl(&h)
        .args(["assess", "backend-developer", "--answers", &name])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(&name));
    cli(&h, "assess backend-developer --rate sql=9")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("sql=9"));
}

#[test]
fn missing_ratings_without_a_terminal_fail_fast_with_a_hint() {
    let h = home();
    cli(&h, "assess backend-developer --rate sql=3")
        .timeout(std::time::Duration::from_secs(20))
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("no rating for 18 of 19 skills")
                .and(predicate::str::contains("observability"))
                .and(predicate::str::contains("--assume-unrated")),
        );
    assert!(
        !data_dir(&h).join("history").exists(),
        "nothing saved on failure"
    );
}

const MEDIAN_MID: &str =
    "median salary, mid: USD 105,000 – 150,000 (Backend Developer career guide, undated)";

/// The seed's salary is a median range from an undated guide: every format
/// says so, and the report carries the guide's sources.
#[test]
fn salary_says_median_and_names_its_source_in_every_format() {
    let h = home();
    let r = assess_json(&h, &["--no-save"]);
    assert_eq!(r["salary"]["statistic"], "median");
    assert_eq!(
        r["salary"]["source"],
        "Backend Developer career guide, undated"
    );
    assert_eq!(r["guide"]["source"], "built-in");
    let sources = r["guide"]["sources"].as_array().unwrap();
    let seed = sources
        .iter()
        .find(|s| s["title"] == "Backend Developer career guide")
        .expect("the seed guide is a source");
    let covers = seed["covers"].as_array().unwrap();
    for part in ["often_missing", "salary", "demand"] {
        assert!(covers.iter().any(|c| c == part), "{part} in {seed}");
    }
    assert!(
        (r["guide"]["content_source"].as_str().unwrap()).contains("Backend Developer career guide")
    );
    for format in ["table", "markdown"] {
        let out = careerctl(&h)
            .args(["assess", "backend-developer", "--answers", ANSWERS])
            .args(["--no-save", "--format", format])
            .output()
            .unwrap();
        let text = stdout_of(&out);
        assert!(text.contains(MEDIAN_MID), "{format}: {text}");
        // The often-missing flags are the seed guide's, and say so.
        assert!(
            text.contains("ften missing in this role (per Backend Developer career guide)"),
            "{format}: {text}"
        );
    }
}

/// A saved report keeps the attribution: history is read without the guide.
#[test]
fn saved_reports_keep_the_sources() {
    let h = home();
    assess_json(&h, &["--save"]);
    let file = std::fs::read_dir(data_dir(&h).join("history"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let saved: Value = serde_json::from_slice(&std::fs::read(file).unwrap()).unwrap();
    assert_eq!(saved["salary"]["statistic"], "median");
    assert_eq!(
        saved["salary"]["source"],
        "Backend Developer career guide, undated"
    );
    assert!(
        (saved["guide"]["sources"].as_array().unwrap())
            .iter()
            .any(|s| s["title"] == "Backend Developer career guide")
    );
}

#[test]
fn saves_history_and_profile_privately() {
    let h = home();
    assess_json(&h, &["--save"]);
    assess_json(&h, &["--rate", "sql=5", "--save"]);
    let history: Vec<_> = std::fs::read_dir(data_dir(&h).join("history"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(history.len(), 2);
    for file in &history {
        let saved: Value = serde_json::from_slice(&std::fs::read(file).unwrap()).unwrap();
        assert_valid_report(&saved);
    }
    let profile: Value =
        serde_json::from_slice(&std::fs::read(data_dir(&h).join("profile.json")).unwrap()).unwrap();
    assert_eq!(profile["schema_version"], 1);
    assert_eq!(profile["ratings"]["sql"], 5, "the latest rating wins");
    assert_eq!(profile["ratings"]["observability"], 0);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&data_dir(&h)), 0o700);
        assert_eq!(mode(&data_dir(&h).join("history")), 0o700);
        assert_eq!(mode(&data_dir(&h).join("profile.json")), 0o600);
        assert_eq!(mode(&history[0]), 0o600);
    }
}

#[test]
fn no_save_writes_nothing() {
    let h = home();
    assess_json(&h, &["--no-save"]);
    assert!(!data_dir(&h).exists());
}

#[test]
fn unknown_role_is_a_usage_error() {
    let h = home();
    careerctl(&h)
        .args(["assess", "backend-dev", "--answers", ANSWERS])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean `backend-developer`"));
    careerctl(&h)
        .args(["assess", "../../etc/passwd", "--answers", ANSWERS])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("root:").not());
    // Not an id at all, but plainly meant as one.
    for typed in [
        "Backend-Developer",
        "backend_developer",
        "Backend-Develper",
        "backend-developer.yaml",
    ] {
        careerctl(&h)
            .args(["assess", typed, "--answers", ANSWERS])
            .assert()
            .code(2)
            .stderr(predicate::str::contains("did you mean `backend-developer`"));
    }
}

#[test]
fn schemas_are_json() {
    let h = home();
    for kind in ["guide", "ratings", "report"] {
        let out = careerctl(&h).args(["schema", kind]).output().unwrap();
        assert!(out.status.success());
        let schema = json_of(&out);
        assert!(
            jsonschema::validator_for(&schema).is_ok(),
            "{kind} schema compiles"
        );
    }
}

#[test]
fn built_in_guides_match_the_guide_schema() {
    let h = home();
    let out = cli(&h, "schema guide").output().unwrap();
    let validator = jsonschema::validator_for(&json_of(&out)).unwrap();
    for entry in std::fs::read_dir("guides").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "yaml") {
            let guide: Value =
                serde_yaml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            let errors: Vec<String> = validator
                .iter_errors(&guide)
                .map(|e| e.to_string())
                .collect();
            assert!(errors.is_empty(), "{}: {errors:?}", path.display());
        }
    }
    // And an answers file matches the ratings schema.
    let out = cli(&h, "schema ratings").output().unwrap();
    let validator = jsonschema::validator_for(&json_of(&out)).unwrap();
    let answers: Value = serde_yaml::from_str(&std::fs::read_to_string(ANSWERS).unwrap()).unwrap();
    assert!(validator.is_valid(&answers));
}

#[test]
fn closed_stdout_is_quiet_for_every_format() {
    let h = home();
    for format in ["table", "json", "markdown"] {
        common::assert_quiet_on_closed_stdout(
            &h,
            &[
                "assess",
                "backend-developer",
                "--answers",
                ANSWERS,
                "--no-save",
                "--format",
                format,
            ],
        );
    }
}

#[test]
fn colour_only_when_asked_for_or_on_a_terminal() {
    let h = home();
    let run = |args: &[&str], env: Option<(&str, &str)>| {
        let mut cmd = careerctl(&h);
        cmd.env_remove("NO_COLOR")
            .args([
                "assess",
                "backend-developer",
                "--answers",
                ANSWERS,
                "--no-save",
            ])
            .args(args);
        if let Some((k, v)) = env {
            cmd.env(k, v);
        }
        stdout_of(&cmd.output().unwrap())
    };
    assert!(
        !run(&[], None).contains('\x1b'),
        "not a terminal: no colour"
    );
    assert!(run(&["--color", "always"], None).contains("\x1b["));
    assert!(run(&[], Some(("CLICOLOR_FORCE", "1"))).contains("\x1b["));
    assert!(!run(&[], Some(("NO_COLOR", "1"))).contains('\x1b'));
    assert!(!run(&["--color", "never"], Some(("CLICOLOR_FORCE", "1"))).contains('\x1b'));
    assert!(!run(&["--color", "always", "--format", "json"], None).contains('\x1b'));
}

#[test]
fn an_id_beats_its_alias_and_the_profile_never_keeps_a_former_id() {
    let h = home();
    let out = assess_with_sql_alias(&h, "ratings:\n  structured-query-language: 4\n  sql: 2\n");
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(json_of(&out)["ratings"]["sql"], 2);
    assert!(
        stderr_of(&out).contains("`structured-query-language`"),
        "{}",
        stderr_of(&out)
    );
    let profile = profile_of(&h);
    assert_eq!(profile["ratings"]["sql"], 2);
    assert!(
        profile["ratings"]
            .get("structured-query-language")
            .is_none(),
        "{profile}"
    );
}

/// An answers file that cannot be read is bad input (exit 2), named.
#[test]
fn unreadable_answers_files_are_usage_errors() {
    let h = home();
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nope.yaml");
    for (path, why) in [
        (dir.path(), "is a directory"),
        (missing.as_path(), "no such file"),
    ] {
        let out = cli(&h, "assess backend-developer --no-save --answers")
            .arg(path)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{}", stderr_of(&out));
        let stderr = stderr_of(&out);
        let want = format!("answers file {}: {why}", path.display());
        assert!(stderr.contains(&want), "want {want} in {stderr}");
    }
}

/// Every file under `dir`, recursively (empty when it does not exist).
fn files_under(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(files_under(&p));
        } else {
            out.push(p);
        }
    }
    out
}

#[test]
fn scripted_ratings_are_saved_only_with_save_and_saving_says_so() {
    let h = home();
    let out = careerctl(&h)
        .args(["assess", "backend-developer", "--answers", ANSWERS])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(!stderr_of(&out).contains("saved"), "{}", stderr_of(&out));
    assert!(
        files_under(&data_dir(&h)).is_empty(),
        "no side effects without --save: {:?}",
        files_under(&data_dir(&h))
    );

    let out = careerctl(&h)
        .args([
            "assess",
            "backend-developer",
            "--answers",
            ANSWERS,
            "--save",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let stderr = stderr_of(&out);
    let line = stderr
        .lines()
        .find(|l| l.starts_with("saved to history ("))
        .unwrap_or_else(|| panic!("a saved line: {stderr}"));
    assert!(
        line.ends_with("); compare later with: careerctl diff backend-developer"),
        "{line}"
    );
    assert_eq!(
        std::fs::read_dir(data_dir(&h).join("history"))
            .unwrap()
            .count(),
        1
    );
    assert_eq!(profile_of(&h)["ratings"]["sql"], 3);

    // -q hides the line; --save and --no-save cannot both be given.
    let out = careerctl(&h)
        .args([
            "-q",
            "assess",
            "backend-developer",
            "--answers",
            ANSWERS,
            "--save",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(stderr_of(&out).is_empty(), "{}", stderr_of(&out));
    careerctl(&h)
        .args(["assess", "backend-developer", "--answers", ANSWERS])
        .args(["--save", "--no-save"])
        .assert()
        .code(2);
}

#[test]
fn a_typo_in_rate_is_a_usage_error_naming_the_nearest_id() {
    let h = home();
    careerctl(&h)
        .args([
            "assess",
            "backend-developer",
            "--answers",
            ANSWERS,
            "--save",
        ])
        .args(["--rate", "observabilty=3"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("observabilty")
                .and(predicate::str::contains("did you mean `observability`")),
        );
    assert!(
        files_under(&data_dir(&h)).is_empty(),
        "nothing stored: {:?}",
        files_under(&data_dir(&h))
    );

    // Not an id, but it normalises to one.
    let out = careerctl(&h)
        .args([
            "assess",
            "backend-developer",
            "--answers",
            ANSWERS,
            "--save",
        ])
        .args(["--rate", "Observability=2", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(json_of(&out)["ratings"]["observability"], 2);
    assert_eq!(profile_of(&h)["ratings"]["observability"], 2);
    assert!(profile_of(&h)["ratings"].get("Observability").is_none());

    // A skill of another loaded guide is fine, and kept for it.
    let out = careerctl(&h)
        .args([
            "assess",
            "backend-developer",
            "--answers",
            ANSWERS,
            "--save",
        ])
        .args(["--rate", "data-quality=4"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(profile_of(&h)["ratings"]["data-quality"], 4);
}

#[test]
fn a_typo_in_an_answers_file_is_a_warning_and_not_stored() {
    let h = home();
    let file = h.path().join("a.yaml");
    let answers = std::fs::read_to_string(ANSWERS).unwrap() + "  observabilty: 4\n";
    std::fs::write(&file, answers).unwrap();
    let out = cli(&h, "assess backend-developer --save --answers")
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let stderr = stderr_of(&out);
    assert!(
        stderr.contains(&format!(
            "{}:{}: no loaded guide has a skill `observabilty`; did you mean `observability`?",
            file.display(),
            std::fs::read_to_string(ANSWERS).unwrap().lines().count() + 1
        )),
        "{stderr}"
    );
    assert!(profile_of(&h)["ratings"].get("observabilty").is_none());
}

/// With --answers careerctl does not ask, terminal or not: the message says
/// that, not that there is no terminal.
#[test]
fn missing_ratings_with_answers_say_answers_do_not_ask() {
    let h = home();
    let file = h.path().join("a.yaml");
    std::fs::write(&file, "ratings:\n  sql: 3\n").unwrap();
    let out = cli(&h, "assess backend-developer --answers")
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = stderr_of(&out);
    assert!(
        stderr.contains("With --answers careerctl does not ask"),
        "{stderr}"
    );
    assert!(!stderr.contains("not a terminal"), "{stderr}");
}

/// Every problem of an answers file in one run, each on its own line naming
/// the file and the place; a misspelt key gets the key meant.
#[test]
fn answers_file_reports_every_problem() {
    let h = home();
    let answers = h.path().join("me.yaml");
    std::fs::write(
        &answers,
        "ratings:\n  sql: 9\n  api-design: lots\n  testing: 3\nratngs: {}\n",
    )
    .unwrap();
    let name = answers.display().to_string();
    let out = careerctl(&h)
        .args([
            "assess",
            "backend-developer",
            "--answers",
            &name,
            "--no-save",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = stderr_of(&out);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 3, "{stderr}");
    assert!(
        lines[0].starts_with(&format!("error: {name}:2:8: rating 9")),
        "{stderr}"
    );
    assert!(
        lines[1].starts_with(&format!("{name}:3:15: invalid type")),
        "{stderr}"
    );
    assert!(
        lines[2].starts_with(&format!(
            "{name}:5:1: unknown field `ratngs`, did you mean `ratings`?"
        )),
        "{stderr}"
    );
}
