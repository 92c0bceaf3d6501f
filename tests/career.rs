//! Career paths through the real binary: `match`, `history`, `diff`, `team`,
//! and the built-in guide set as a whole.

mod common;

use common::{careerctl, cli, data_dir, home, json_of, stderr_of, stdout_of};
use predicates::prelude::*;
use serde_json::Value;

const MID: &str = "tests/fixtures/answers/backend-mid.yaml";

fn assess(h: &tempfile::TempDir, role: &str, answers: &str, extra: &[&str]) -> Value {
    let out = careerctl(h)
        .args([
            "assess",
            role,
            "--answers",
            answers,
            "--assume-unrated",
            "0",
            "--format",
            "json",
            "-q",
        ])
        .args(if extra.contains(&"--no-save") {
            None
        } else {
            Some("--save")
        })
        .args(extra)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    json_of(&out)
}

fn rank_of(m: &Value, id: &str) -> u64 {
    m["matches"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["id"] == id)
        .unwrap_or_else(|| panic!("{id} in match output"))["rank"]
        .as_u64()
        .unwrap()
}

fn match_json(h: &tempfile::TempDir, args: &[&str]) -> Value {
    let out = careerctl(h)
        .args(["match", "--format", "json"])
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    json_of(&out)
}

#[test]
fn the_built_in_set_validates_strictly() {
    careerctl(&home())
        .args(["validate", "--strict"])
        .assert()
        .success()
        .stdout("")
        .stderr(predicate::str::contains(
            "checked 11 guides: 0 errors, 0 warnings",
        ));
}

#[test]
fn match_ranks_roles_by_the_ratings() {
    let h = home();
    let infra = match_json(
        &h,
        &["--answers", "tests/fixtures/answers/infra-strong.yaml"],
    );
    let talker = match_json(
        &h,
        &["--answers", "tests/fixtures/answers/communicator.yaml"],
    );
    for ops in ["platform-engineer", "site-reliability-engineer"] {
        assert!(
            rank_of(&infra, ops) < rank_of(&infra, "developer-advocate"),
            "infra: {ops}"
        );
        assert!(
            rank_of(&talker, ops) > rank_of(&talker, "developer-advocate"),
            "talker: {ops}"
        );
    }
    let matches = infra["matches"].as_array().unwrap();
    assert_eq!(matches.len(), 11);
    assert_eq!(infra["schema_version"], 1);
    for (n, m) in matches.iter().enumerate() {
        assert_eq!(m["rank"], n as u64 + 1);
        assert!(m["top_gaps"].as_array().unwrap().len() <= 2);
        assert!(m["unrated"].is_u64() && m["level"].is_string());
        if n > 0 {
            assert!(m["readiness"].as_f64() <= matches[n - 1]["readiness"].as_f64());
        }
    }
}

#[test]
fn match_uses_the_profile_and_relations_to_the_last_guide() {
    let h = home();
    careerctl(&h)
        .arg("match")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no ratings yet"));
    assess(&h, "backend-developer", MID, &[]);
    let m = match_json(&h, &[]);
    assert_eq!(m["relative_to"], "backend-developer");
    let rel = |id: &str| {
        m["matches"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["id"] == id)
            .unwrap()["relation"]
            .clone()
    };
    assert_eq!(rel("tech-lead"), "progression");
    assert_eq!(rel("platform-engineer"), "transition");
    assert_eq!(rel("backend-developer"), Value::Null);
    // The table tells how to rate what is missing in the leading roles.
    let out = careerctl(&h).arg("match").output().unwrap();
    assert!(
        stdout_of(&out).contains("--only-missing"),
        "{}",
        stdout_of(&out)
    );
}

/// A level no guide has is a typo; one that only some guides have warns.
#[test]
fn match_level_must_exist_somewhere() {
    let h = home();
    let out = careerctl(&h)
        .args(["match", "--answers", MID, "--level", "senoir"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = stderr_of(&out);
    assert!(
        stderr.contains("no guide has the level `senoir`"),
        "{stderr}"
    );
    assert!(stderr.contains("senior"), "{stderr}");
    assert!(stdout_of(&out).is_empty());

    let out = careerctl(&h)
        .args([
            "match",
            "--answers",
            MID,
            "--level",
            "senior",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("have no level `senior`; they are compared at their middle level"),
        "{}",
        stderr_of(&out)
    );
    let json = json_of(&out);
    let at = |id: &str| {
        (json["matches"].as_array().unwrap().iter())
            .find(|m| m["id"] == id)
            .unwrap()["level"]
            .clone()
    };
    assert_eq!(at("backend-developer"), "senior");
}

#[test]
fn history_lists_newest_first_and_skips_damaged_files() {
    let h = home();
    assess(&h, "backend-developer", MID, &[]);
    assess(&h, "backend-developer", MID, &["--rate", "sql=5"]);
    assess(&h, "platform-engineer", MID, &[]);
    std::fs::write(
        data_dir(&h).join("history/broken.json"),
        "{\"schema_version\": 1, ",
    )
    .unwrap();
    let out = cli(&h, "history --format json").output().unwrap();
    assert!(out.status.success());
    assert!(
        stderr_of(&out).contains("broken.json:1:"),
        "{}",
        stderr_of(&out)
    );
    let list = json_of(&out)["assessments"].as_array().unwrap().clone();
    assert_eq!(list.len(), 3);
    assert_eq!(list[0]["guide"], "platform-engineer");
    let times: Vec<&str> = list
        .iter()
        .map(|e| e["generated_at"].as_str().unwrap())
        .collect();
    assert!(
        times.windows(2).all(|w| w[0] >= w[1]),
        "newest first: {times:?}"
    );
    let only = cli(&h, "history backend-developer --format json")
        .output()
        .unwrap();
    assert_eq!(json_of(&only)["assessments"].as_array().unwrap().len(), 2);
    // The table shows local time to the minute, not raw UTC milliseconds,
    // and the number `history show` takes.
    let newest = times[0];
    let table = careerctl(&h)
        .arg("history")
        .env("TZ", "UTC")
        .output()
        .unwrap();
    let table = stdout_of(&table);
    assert!(table.contains("platform-engineer"), "{table}");
    assert!(
        table.contains(&newest[..16].replace('T', " ")),
        "local minute of {newest} in {table}"
    );
    assert!(!table.contains(newest), "no raw stamp: {table}");
    assert!(table.contains("│ 1 "), "numbered: {table}");
}

#[test]
fn diff_of_two_saved_assessments_and_of_two_files() {
    let h = home();
    cli(&h, "diff backend-developer").assert().code(2);
    let old = assess(&h, "backend-developer", MID, &[]);
    let new = assess(
        &h,
        "backend-developer",
        MID,
        &["--rate", "observability=3", "--rate", "testing=2"],
    );
    let out = cli(&h, "diff backend-developer --format json")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let d = json_of(&out);
    let delta = new["readiness"].as_f64().unwrap() - old["readiness"].as_f64().unwrap();
    assert!((d["readiness_delta"].as_f64().unwrap() - delta).abs() < 0.051);
    assert_eq!(d["closed"], serde_json::json!(["observability"]));
    assert_eq!(d["opened"], serde_json::json!(["testing"]));
    assert_eq!(d["changed"].as_array().unwrap().len(), 2);
    assert_eq!(d["from"], old["generated_at"]);

    // Two report files, with the guide edited in between: `sql` renamed to `sql-querying`.
    let dir = h.path().join("guides");
    std::fs::create_dir_all(&dir).unwrap();
    let guide = std::fs::read_to_string("guides/backend-developer.yaml")
        .unwrap()
        .replace("id: sql\n", "id: sql-querying\n    aliases: [sql]\n")
        .replace("[sql,", "[sql-querying,");
    std::fs::write(dir.join("backend-developer.yaml"), guide).unwrap();
    let a = h.path().join("old.json");
    std::fs::write(&a, serde_json::to_vec(&old).unwrap()).unwrap();
    let edited = careerctl(&h)
        .args([
            "--guides",
            dir.to_str().unwrap(),
            "assess",
            "backend-developer",
            "--answers",
            MID,
        ])
        .args([
            "--assume-unrated",
            "0",
            "--rate",
            "sql-querying=5",
            "--format",
            "json",
            "--no-save",
        ])
        .output()
        .unwrap();
    assert!(edited.status.success(), "{}", stderr_of(&edited));
    let b = h.path().join("new.json");
    std::fs::write(&b, &edited.stdout).unwrap();
    let out = careerctl(&h)
        .args([
            "--guides",
            dir.to_str().unwrap(),
            "diff",
            a.to_str().unwrap(),
            b.to_str().unwrap(),
        ])
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let d = json_of(&out);
    assert_eq!(
        d["changed"],
        serde_json::json!([{"id": "sql-querying", "from": 3, "to": 5}])
    );
    careerctl(&h)
        .args(["diff", a.to_str().unwrap(), "nope.json"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("nope.json"));
}

fn reports(h: &tempfile::TempDir, role: &str, n: u8) -> Vec<String> {
    (0..n)
        .map(|i| {
            let r = assess(
                h,
                role,
                MID,
                &["--rate", &format!("sql={}", i % 6), "--no-save"],
            );
            let path = h.path().join(format!("{role}-{i}.json"));
            std::fs::write(&path, serde_json::to_vec(&r).unwrap()).unwrap();
            path.display().to_string()
        })
        .collect()
}

#[test]
fn team_rolls_up_and_protects_small_groups() {
    let h = home();
    let three = reports(&h, "backend-developer", 3);
    let out = careerctl(&h)
        .arg("team")
        .args(&three)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let t = json_of(&out);
    assert_eq!(t["people"], 3);
    assert!(t.get("grid").is_none(), "3 people: no grid");
    let sql = t["skills"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "sql")
        .unwrap()
        .clone();
    assert_eq!(
        (
            sql["median"].as_f64(),
            sql["min"].as_u64(),
            sql["max"].as_u64()
        ),
        (Some(1.0), Some(0), Some(2))
    );
    assert_eq!(sql["below"], 3);
    careerctl(&h)
        .arg("team")
        .args(&three)
        .assert()
        .success()
        .stdout(predicate::str::contains("Per-person view hidden"));

    let seven = reports(&h, "backend-developer", 7);
    let t = json_of(
        &careerctl(&h)
            .arg("team")
            .args(&seven)
            .args(["--format", "json"])
            .output()
            .unwrap(),
    );
    assert_eq!(t["grid"]["people"].as_array().unwrap().len(), 7);
    let gaps = t["gaps"].as_array().unwrap();
    assert!(
        gaps.windows(2)
            .all(|w| w[0]["priority"].as_f64() >= w[1]["priority"].as_f64())
    );
    careerctl(&h)
        .arg("team")
        .args(&seven)
        .args(["--format", "markdown"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Skills × people"));

    let mut mixed = three.clone();
    mixed.extend(reports(&h, "data-engineer", 1));
    careerctl(&h)
        .arg("team")
        .args(&mixed)
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("data-engineer")
                .and(predicate::str::contains("one guide and level")),
        );
}

/// The same report given several times is one person, so it cannot lift a
/// group over --min-group.
#[test]
fn team_counts_a_repeated_report_once() {
    let h = home();
    let one = reports(&h, "backend-developer", 1);
    let copy = h.path().join("copy.json");
    std::fs::copy(&one[0], &copy).unwrap();
    let out = careerctl(&h)
        .arg("team")
        .args([&one[0], &one[0], &one[0], &one[0]])
        .arg(&copy)
        .args(["--min-group", "5"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let stdout = stdout_of(&out);
    assert!(stdout.contains(": 1 person\n"), "{stdout}");
    assert!(
        stdout.contains("Per-person view hidden: 1 person"),
        "{stdout}"
    );
    let stderr = stderr_of(&out);
    assert_eq!(stderr.matches("counted once").count(), 4, "{stderr}");
    assert!(
        stderr.contains(&format!(
            "{} is the same report as {}; counted once",
            copy.display(),
            one[0]
        )),
        "{stderr}"
    );
}

/// Mid against senior is not progress: `diff ROLE` compares the newest
/// assessment with the previous one at its level, and says so when the two
/// it compares differ in level.
#[test]
fn diff_does_not_pass_a_level_change_off_as_progress() {
    let h = home();
    let mid = assess(&h, "backend-developer", MID, &[]);
    assess(&h, "backend-developer", MID, &["--level", "senior"]);
    let newest = assess(&h, "backend-developer", MID, &["--rate", "observability=3"]);
    let out = cli(&h, "diff backend-developer --format json")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let d = json_of(&out);
    assert_eq!(d["from"], mid["generated_at"], "the previous mid one: {d}");
    assert_eq!(d["to"], newest["generated_at"]);
    assert_eq!(d["from_level"], d["to_level"]);

    // Two files at different levels: compared, and said so.
    let a = h.path().join("a.json");
    let b = h.path().join("b.json");
    std::fs::write(&a, serde_json::to_vec(&mid).unwrap()).unwrap();
    let senior = assess(
        &h,
        "backend-developer",
        MID,
        &["--level", "senior", "--no-save"],
    );
    std::fs::write(&b, serde_json::to_vec(&senior).unwrap()).unwrap();
    let out = careerctl(&h).arg("diff").arg(&a).arg(&b).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(
        stdout_of(&out).contains("The levels differ (mid then senior)"),
        "{}",
        stdout_of(&out)
    );
}
