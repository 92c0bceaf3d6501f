//! `careerctl guides list|show|new` (README, "Commands" and "Exit codes").

mod common;

use std::path::Path;

use common::{careerctl, cli, fixture, home, json_of, stderr_of, stdout_of};
use predicates::prelude::*;
use serde_json::Value;

/// The built-in guide's text with its title changed, to tell a shadowing copy apart.
fn shadowing_backend_developer(dir: &Path) -> std::path::PathBuf {
    let text =
        std::fs::read_to_string(common::root().join("guides/backend-developer.yaml")).unwrap();
    let changed = text.replacen(
        "\ntitle: Backend Developer\n",
        "\ntitle: Backend Developer (team edition)\n",
        1,
    );
    assert_ne!(changed, text, "the built-in guide's title line moved");
    std::fs::create_dir_all(dir).unwrap();
    let file = dir.join("backend-developer.yaml");
    std::fs::write(&file, changed).unwrap();
    file
}

/// A copy of the data-analyst fixture in `dir`.
fn data_analyst_in(dir: &Path) -> std::path::PathBuf {
    std::fs::create_dir_all(dir).unwrap();
    let file = dir.join("data-analyst.yaml");
    std::fs::copy(
        common::root().join("tests/fixtures/guides/valid/data-analyst.yaml"),
        &file,
    )
    .unwrap();
    file
}

/// The rows of `guides list --format json`, after checking its schema_version.
fn list_json(cmd: &mut assert_cmd::Command) -> Vec<Value> {
    let out = cmd
        .args(["guides", "list", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let v = json_of(&out);
    assert_eq!(v["schema_version"], 1, "{v}");
    v["guides"].as_array().unwrap().clone()
}

fn row<'a>(rows: &'a [Value], id: &str) -> &'a Value {
    rows.iter()
        .find(|r| r["id"] == id)
        .unwrap_or_else(|| panic!("no guide `{id}` in {rows:?}"))
}

#[test]
fn list_table_shows_the_built_in_guide() {
    let home = home();
    cli(&home, "guides list").assert().code(0).stdout(
        predicate::str::contains("backend-developer")
            .and(predicate::str::contains("Backend Developer"))
            .and(predicate::str::contains("built-in")),
    );
}

#[test]
fn list_json_shape() {
    let home = home();
    let rows = list_json(&mut careerctl(&home));
    assert_eq!(rows.len(), built_in(), "{rows:?}");
    let r = row(&rows, "backend-developer");
    assert_eq!(r["title"], "Backend Developer");
    assert_eq!(r["source"], "built-in");
    assert!(r["skills"].as_u64().unwrap() > 0, "{r}");
    let keys: Vec<&str> = r.as_object().unwrap().keys().map(String::as_str).collect();
    for key in ["id", "title", "skills", "source"] {
        assert!(keys.contains(&key), "row has no `{key}`: {r}");
    }
}

#[test]
fn guides_flag_adds_a_dir() {
    let home = home();
    let valid = common::root().join("tests/fixtures/guides/valid");
    let rows = list_json(careerctl(&home).arg("--guides").arg(&valid));
    assert_eq!(rows.len(), built_in() + 3, "{rows:?}");
    let r = row(&rows, "data-analyst");
    assert_eq!(r["title"], "Data Analyst");
    assert_eq!(r["skills"], 4);
    assert_eq!(
        r["source"],
        valid.join("data-analyst.yaml").display().to_string()
    );
    assert_eq!(row(&rows, "support-specialist")["skills"], 2);
    assert_eq!(row(&rows, "backend-developer")["source"], "built-in");

    // The table shows the same source.
    careerctl(&home)
        .args(["guides", "list", "--guides", &fixture("valid")])
        .assert()
        .code(0)
        .stdout(
            predicate::str::contains("data-analyst").and(predicate::str::contains(
                "tests/fixtures/guides/valid/qa-engineer.yaml",
            )),
        );
}

#[test]
fn guides_flag_shadows_the_built_in_guide() {
    let home = home();
    let dir = home.path().join("team-guides");
    let file = shadowing_backend_developer(&dir);
    let rows = list_json(careerctl(&home).arg("--guides").arg(&dir));
    assert_eq!(
        rows.len(),
        built_in(),
        "a shadowed guide is listed once: {rows:?}"
    );
    let r = row(&rows, "backend-developer");
    assert_eq!(r["source"], file.display().to_string());
    assert_eq!(r["title"], "Backend Developer (team edition)");

    let out = careerctl(&home)
        .arg("--guides")
        .arg(&dir)
        .args(["guides", "show", "backend-developer", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(json_of(&out)["title"], "Backend Developer (team edition)");
}

#[test]
fn earlier_guides_flag_shadows_a_later_one() {
    let home = home();
    let first = home.path().join("first");
    let second = home.path().join("second");
    let file = shadowing_backend_developer(&first);
    std::fs::create_dir_all(&second).unwrap();
    std::fs::copy(
        common::root().join("guides/backend-developer.yaml"),
        second.join("backend-developer.yaml"),
    )
    .unwrap();
    let rows = list_json(
        careerctl(&home)
            .arg("--guides")
            .arg(&first)
            .arg("--guides")
            .arg(&second),
    );
    assert_eq!(
        row(&rows, "backend-developer")["source"],
        file.display().to_string()
    );
}

#[test]
fn careerctl_guides_env_adds_and_shadows() {
    let home = home();
    let a = home.path().join("a");
    let b = home.path().join("b");
    let shadow = shadowing_backend_developer(&a);
    let analyst = data_analyst_in(&b);
    let joined = std::env::join_paths([&a, &b]).unwrap();
    let rows = list_json(careerctl(&home).env("CAREERCTL_GUIDES", &joined));
    assert_eq!(rows.len(), built_in() + 1, "{rows:?}");
    assert_eq!(
        row(&rows, "backend-developer")["source"],
        shadow.display().to_string()
    );
    assert_eq!(
        row(&rows, "data-analyst")["source"],
        analyst.display().to_string()
    );
}

#[test]
fn guides_flag_comes_before_careerctl_guides_env() {
    let home = home();
    let flag_dir = home.path().join("flag");
    let env_dir = home.path().join("env");
    let from_flag = shadowing_backend_developer(&flag_dir);
    shadowing_backend_developer(&env_dir);
    let rows = list_json(
        careerctl(&home)
            .env("CAREERCTL_GUIDES", &env_dir)
            .arg("--guides")
            .arg(&flag_dir),
    );
    assert_eq!(
        row(&rows, "backend-developer")["source"],
        from_flag.display().to_string()
    );
}

#[test]
fn user_guide_dir_adds_and_shadows() {
    let home = home();
    let dir = common::config_dir(&home).join("careerctl").join("guides");
    let shadow = shadowing_backend_developer(&dir);
    let analyst = data_analyst_in(&dir);
    let rows = list_json(&mut careerctl(&home));
    assert_eq!(rows.len(), built_in() + 1, "{rows:?}");
    assert_eq!(
        row(&rows, "backend-developer")["source"],
        shadow.display().to_string()
    );
    assert_eq!(
        row(&rows, "data-analyst")["source"],
        analyst.display().to_string()
    );

    // CAREERCTL_GUIDES comes before the user guide dir.
    let env_dir = home.path().join("env");
    let env_copy = data_analyst_in(&env_dir);
    let rows = list_json(careerctl(&home).env("CAREERCTL_GUIDES", &env_dir));
    assert_eq!(
        row(&rows, "data-analyst")["source"],
        env_copy.display().to_string()
    );
}

#[test]
fn list_skips_a_broken_guide_with_a_warning() {
    let home = home();
    let dir = home.path().join("mixed");
    data_analyst_in(&dir);
    std::fs::copy(
        common::root().join("tests/fixtures/guides/invalid/wrong-type.yaml"),
        dir.join("wrong-type.yaml"),
    )
    .unwrap();
    let out = careerctl(&home)
        .arg("--guides")
        .arg(&dir)
        .args(["guides", "list", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let rows = json_of(&out)["guides"].as_array().unwrap().clone();
    assert_eq!(rows.len(), built_in() + 1, "{rows:?}");
    let stderr = stderr_of(&out);
    assert!(stderr.contains("wrong-type.yaml:11:17"), "{stderr}");
}

#[test]
fn show_table() {
    let home = home();
    cli(&home, "guides show backend-developer")
        .assert()
        .code(0)
        .stdout(
            predicate::str::starts_with("Backend Developer (backend-developer)")
                .and(predicate::str::contains("API Design"))
                .and(predicate::str::contains("from: built-in")),
        );
}

/// `guides show` separates what the seed guide backs from the project's own
/// judgement, and the salary says what it is and where it is from.
#[test]
fn show_names_the_sources_and_what_each_backs() {
    let home = home();
    for (format, bullet) in [("table", "  • "), ("markdown", "- ")] {
        let out = careerctl(&home)
            .args(["guides", "show", "backend-developer", "--format", format])
            .output()
            .unwrap();
        let text = stdout_of(&out);
        // Markdown escapes the underscores of the keys.
        let text = text.replace("\\_", "_");
        assert!(text.contains("Sources"), "{format}: {text}");
        let line = |start: &str| {
            let prefix = format!("{bullet}{start}");
            (text.lines())
                .find(|l| l.starts_with(&prefix))
                .unwrap_or_else(|| panic!("{format}: no line `{prefix}` in {text}"))
                .to_string()
        };
        let seed = line("Backend Developer career guide:");
        let own = line("careerctl project judgement:");
        for part in ["often_missing", "salary", "demand", "next_steps"] {
            assert!(seed.contains(part), "{format}: {seed}");
        }
        for part in ["importance", "required", "anchors", "resources"] {
            assert!(
                own.contains(part) && !seed.contains(part),
                "{format}: {own}"
            );
        }
        assert!(
            text.contains(
                "median salary, mid: USD 105,000 – 150,000 (Backend Developer career guide, undated)"
            ),
            "{format}: {text}"
        );
    }
    // A project guide says its level names are the project's own.
    let out = cli(&home, "guides show tech-lead").output().unwrap();
    let text = stdout_of(&out);
    assert!(
        text.contains("the level names (lead, senior-lead, group-lead) are the project's own"),
        "{text}"
    );
    assert!(!text.contains("Backend Developer career guide"), "{text}");
}

/// A guide without sources says nothing backs its market figures.
#[test]
fn show_says_when_no_source_is_named() {
    let home = home();
    let dir = tempfile::tempdir().unwrap();
    let text = common::fixture_text("valid/data-analyst.yaml");
    let cut = text.find("\nsources:").unwrap();
    std::fs::write(dir.path().join("data-analyst.yaml"), &text[..cut]).unwrap();
    let out = careerctl(&home)
        .args(["--guides", &dir.path().display().to_string()])
        .args(["guides", "show", "data-analyst"])
        .output()
        .unwrap();
    let text = stdout_of(&out);
    assert!(
        text.contains("salary, mid: EUR 52,000 – 68,000 (no source named)"),
        "{text}"
    );
    assert!(text.contains("no source named for: "), "{text}");
}

#[test]
fn show_table_of_a_custom_guide_uses_its_levels() {
    let home = home();
    careerctl(&home)
        .args([
            "--guides",
            &fixture("valid"),
            "guides",
            "show",
            "data-analyst",
        ])
        .assert()
        .code(0)
        .stdout(
            predicate::str::contains("levels: junior, mid, senior, principal")
                .and(predicate::str::contains("principal"))
                .and(predicate::str::contains("EUR 90,000 – 120,000")),
        );
}

#[test]
fn show_json() {
    let home = home();
    let out = cli(&home, "guides show backend-developer --format json")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let v = json_of(&out);
    assert_eq!(v["schema_version"], 1);
    assert_eq!(v["id"], "backend-developer");
    assert_eq!(v["title"], "Backend Developer");
    assert_eq!(v["levels"], serde_json::json!(["entry", "mid", "senior"]));
    let skills = v["skills"].as_array().unwrap();
    assert!(!skills.is_empty());
    for s in skills {
        for key in [
            "id",
            "name",
            "category",
            "importance",
            "required",
            "description",
        ] {
            assert!(s.get(key).is_some(), "skill has no `{key}`: {s}");
        }
    }
    assert!(v["next_steps"].as_array().is_some_and(|s| !s.is_empty()));
    assert!(
        v["market"]["salary"]["ranges"]["mid"].is_array(),
        "{}",
        v["market"]
    );
}

#[test]
fn show_json_of_a_custom_guide_keeps_aliases_and_anchors() {
    let home = home();
    let out = careerctl(&home)
        .args(["--guides", &fixture("valid")])
        .args(["guides", "show", "data-analyst", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let v = json_of(&out);
    let sql = &v["skills"][0];
    assert_eq!(sql["id"], "sql");
    assert_eq!(
        sql["aliases"],
        serde_json::json!(["structured-query-language", "querying"])
    );
    assert_eq!(
        sql["anchors"]["3"],
        "Writes window functions and CTEs without help."
    );
    assert_eq!(sql["required"]["principal"], 5);
    assert_eq!(v["market"]["salary"]["currency"], "EUR");
}

#[test]
fn show_yaml() {
    let home = home();
    let out = cli(&home, "guides show backend-developer --format yaml")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let text = stdout_of(&out);
    assert!(text.lines().any(|l| l == "id: backend-developer"), "{text}");
    assert!(text.contains("schema_version: 1"), "{text}");
}

#[test]
fn show_yaml_round_trips_through_validate() {
    // What `guides show --format yaml` prints is itself a valid guide.
    let home = home();
    let out = careerctl(&home)
        .args(["--guides", &fixture("valid")])
        .args(["guides", "show", "data-analyst", "--format", "yaml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let file = home.path().join("data-analyst.yaml");
    std::fs::write(&file, &out.stdout).unwrap();
    cli(&home, "validate --format json")
        .arg(&file)
        .assert()
        .code(0)
        .stdout(predicate::str::contains("\"errors\": 0"));
}

#[test]
fn show_markdown() {
    let home = home();
    cli(&home, "guides show backend-developer --format markdown")
        .assert()
        .code(0)
        .stdout(
            predicate::str::starts_with("# Backend Developer\n")
                .and(predicate::str::contains("## Skills"))
                .and(predicate::str::contains("| Skill | Id |")),
        );
}

#[test]
fn show_unknown_id_suggests_the_nearest() {
    let home = home();
    cli(&home, "guides show backend-developr")
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            predicate::str::contains("did you mean")
                .and(predicate::str::contains("backend-developer")),
        );
}

#[test]
fn show_unknown_id_without_near_miss() {
    let home = home();
    cli(&home, "guides show zzz")
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("unknown guide `zzz`"));
}

#[test]
fn show_path_is_never_read() {
    let home = home();
    cli(&home, "guides show ../../etc/passwd")
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("root:").not());
}

#[test]
fn show_path_like_id_does_not_escape_a_guides_dir() {
    // Even with a guide dir whose parent holds a matching YAML file.
    let home = home();
    let dir = home.path().join("guides");
    std::fs::create_dir_all(&dir).unwrap();
    data_analyst_in(home.path());
    careerctl(&home)
        .arg("--guides")
        .arg(&dir)
        .args(["guides", "show", "../data-analyst"])
        .assert()
        .code(2)
        .stdout("");
}

#[test]
fn new_prints_a_template_with_the_id() {
    let home = home();
    cli(&home, "guides new my-role")
        .assert()
        .code(0)
        .stdout(predicate::str::contains("id: my-role"));
}

#[test]
fn new_rejects_a_bad_id() {
    let home = home();
    cli(&home, "guides new Bad_Id")
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("Bad_Id"));
}

#[test]
fn closed_stdout_show_is_quiet() {
    let home = home();
    common::assert_quiet_on_closed_stdout(&home, &["guides", "show", "backend-developer"]);
}

#[test]
fn closed_stdout_list_is_quiet() {
    let home = home();
    common::assert_quiet_on_closed_stdout(&home, &["guides", "list"]);
}

#[test]
fn closed_stdout_show_json_is_quiet() {
    let home = home();
    common::assert_quiet_on_closed_stdout(
        &home,
        &["guides", "show", "backend-developer", "--format", "json"],
    );
}

/// How many guides are built in: every guides/*.yaml of the repo.
fn built_in() -> usize {
    std::fs::read_dir(common::root().join("guides"))
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "yaml")
        })
        .count()
}

/// A guide dir asked for that does not exist is named in a warning, not
/// silently replaced by the built-in guides.
#[test]
fn missing_guide_dirs_are_warned_about() {
    let h = home();
    let missing = h.path().join("no-such-dir");
    let out = careerctl(&h)
        .arg("--guides")
        .arg(&missing)
        .args(["guides", "list", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let want = format!(
        "warning: guide dir {} is not a directory",
        missing.display()
    );
    assert!(stderr_of(&out).contains(&want), "{}", stderr_of(&out));

    let out = careerctl(&h)
        .env("CAREERCTL_GUIDES", &missing)
        .args(["-q", "guides", "list"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(stderr_of(&out), "", "--quiet silences it");

    // The user guide dir is not asked for: its absence is normal.
    let out = cli(&h, "guides list").output().unwrap();
    assert_eq!(stderr_of(&out), "");
}

/// Each source's address is on a line of its own on a terminal (whole, so it
/// stays clickable however narrow the terminal), and its title is the link in
/// markdown.
#[test]
fn show_gives_each_source_its_address() {
    let home = home();
    let url = "https://sre.google/sre-book/introduction/";
    let out = cli(&home, "guides show site-reliability-engineer")
        .env("COLUMNS", "60")
        .output()
        .unwrap();
    let text = stdout_of(&out);
    assert!(
        text.lines().any(|l| l.trim() == url),
        "no line of its own for {url}:\n{text}"
    );
    let out = cli(
        &home,
        "guides show site-reliability-engineer --format markdown",
    )
    .output()
    .unwrap();
    let text = stdout_of(&out);
    assert!(
        text.contains(&format!(
            "- [Site Reliability Engineering: How Google Runs Production Systems, chapter 1 (Introduction)](<{url}>), O'Reilly Media, 2016: summary, responsibilities\n"
        )),
        "{text}"
    );
}

/// Text written over several lines (a YAML `|` block) reads as one
/// paragraph, never as an escaped `\n`.
#[test]
fn text_over_several_lines_is_one_paragraph() {
    let home = home();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("ml.yaml"),
        "schema_version: 1\nid: ml\ntitle: Multi Line\nsummary: |\n  First line.\n  Second line.\n\
         skills:\n  - id: sql\n    name: SQL\n    importance: 3\n    required: {entry: 1, mid: 2, senior: 3}\n\
         development_suggestions:\n  - |\n    Do this.\n    Then that.\n",
    )
    .unwrap();
    let out = careerctl(&home)
        .arg("--guides")
        .arg(dir.path())
        .args(["assess", "ml", "--rate", "sql=1", "--no-save"])
        .output()
        .unwrap();
    let text = stdout_of(&out);
    assert!(text.contains("Do this. Then that."), "{text}");
    let out = careerctl(&home)
        .arg("--guides")
        .arg(dir.path())
        .args(["guides", "show", "ml"])
        .output()
        .unwrap();
    let text = stdout_of(&out);
    assert!(text.contains("First line. Second line."), "{text}");
    assert!(!text.contains("\\n"), "{text}");
}
