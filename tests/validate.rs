//! `careerctl validate` against fixture guides (README, "`validate`" and "Exit codes").
//!
//! Every file under tests/fixtures/guides/invalid/ has exactly one defect; the
//! table below says on which line it is and which finding it must produce.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use common::{careerctl, cli, fixture, home, json_of, stderr_of, stdout_of};
use serde_json::Value;

/// What validating one fixture must report.
struct Case {
    /// Paths passed to `validate`, relative to the crate root.
    args: &'static [&'static str],
    /// The file the finding is about (one of `args`, or a file inside one).
    file: &'static str,
    /// The line of the defect.
    line: usize,
    /// Whether the finding is an error (else a warning).
    error: bool,
    code: &'static str,
    /// How many guide files `args` holds.
    checked: usize,
}

fn run_case(case: &Case) {
    let home = home();
    let args: Vec<String> = case.args.iter().map(|a| fixture(a)).collect();
    let file = fixture(case.file);
    let out = careerctl(&home)
        .arg("validate")
        .args(&args)
        .output()
        .unwrap();
    let stdout = stdout_of(&out);
    let stderr = stderr_of(&out);
    let ctx = format!("validate {args:?}\n--- stdout:\n{stdout}--- stderr:\n{stderr}");

    let (exit, errors, warnings) = if case.error { (1, 1, 0) } else { (0, 0, 1) };
    assert_eq!(out.status.code(), Some(exit), "exit status of {ctx}");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 1, "exactly one finding expected from {ctx}");
    let prefix = format!("{file}:{}:", case.line);
    assert!(
        lines[0].starts_with(&prefix),
        "finding should start with `{prefix}` in {ctx}"
    );
    let severity = if case.error { "error" } else { "warning" };
    let tag = format!("{severity}[{}]", case.code);
    assert!(
        lines[0].contains(&tag),
        "finding should contain `{tag}` in {ctx}"
    );
    let summary = format!(
        "checked {} guide{}: {errors} error{}, {warnings} warning{}",
        case.checked,
        if case.checked == 1 { "" } else { "s" },
        if errors == 1 { "" } else { "s" },
        if warnings == 1 { "" } else { "s" },
    );
    assert!(
        stderr.contains(&summary),
        "stderr should say `{summary}` in {ctx}"
    );

    if !case.error {
        // Under --strict the warning is an error: exit 1, same place, error[CODE].
        let out = cli(&home, "validate --strict")
            .args(&args)
            .output()
            .unwrap();
        let stdout = stdout_of(&out);
        assert_eq!(out.status.code(), Some(1), "--strict {ctx}");
        assert!(
            stdout.starts_with(&prefix),
            "--strict keeps the place: {stdout}"
        );
        assert!(
            stdout.contains(&format!("error[{}]", case.code)),
            "--strict reports the warning as an error: {stdout}"
        );
        let stderr = stderr_of(&out);
        assert!(
            stderr.contains(&format!("checked {} guide", case.checked))
                && stderr.contains(": 1 error, 0 warnings"),
            "--strict summary: {stderr}"
        );
    }
}

/// One `#[test]` per fixture, plus the list of every fixture file the table covers.
macro_rules! cases {
    ($(
        $(#[$attr:meta])*
        $name:ident: $file:literal $(in [$($arg:literal),+])?,
            line $line:literal, $sev:ident $code:literal, checked $checked:literal;
    )*) => {
        const COVERED: &[&str] = &[$($file),*];
        $(
            #[test]
            $(#[$attr])*
            fn $name() {
                run_case(&Case {
                    args: cases!(@args $file $(, $($arg),+)?),
                    file: $file,
                    line: $line,
                    error: cases!(@sev $sev),
                    code: $code,
                    checked: $checked,
                });
            }
        )*
    };
    (@args $file:literal) => { &[$file] };
    (@args $file:literal, $($arg:literal),+) => { &[$($arg),+] };
    (@sev error) => { true };
    (@sev warning) => { false };
}

cases! {
    // Errors (exit 1).
    yaml_syntax: "invalid/yaml-syntax.yaml", line 23, error "yaml-syntax", checked 1;
    yaml_syntax_mapping_value: "invalid/yaml-mapping-value.yaml",
        line 4, error "yaml-syntax", checked 1;
    wrong_type: "invalid/wrong-type.yaml", line 11, error "wrong-type", checked 1;
    unknown_key_top_level: "invalid/unknown-key-top.yaml", line 7, error "unknown-key", checked 1;
    unknown_key_in_skill: "invalid/unknown-key-skill.yaml",
        line 19, error "unknown-key", checked 1;
    missing_key: "invalid/missing-title.yaml", line 1, error "missing-key", checked 1;
    id_pattern: "invalid/bad-pattern.yaml", line 2, error "id-pattern", checked 1;
    id_differs_from_file_stem: "invalid/id-mismatch.yaml", line 2, error "id-mismatch", checked 1;
    duplicate_skill_id: "invalid/duplicate-skill.yaml",
        line 14, error "duplicate-skill", checked 1;
    duplicate_skill_id_via_alias: "invalid/duplicate-alias.yaml",
        line 20, error "duplicate-skill", checked 1;
    rating_out_of_range_flow: "invalid/rating-range.yaml",
        line 18, error "out-of-range", checked 1;
    rating_out_of_range_block: "invalid/rating-range-block.yaml",
        line 20, error "out-of-range", checked 1;
    importance_out_of_range: "invalid/importance-range.yaml",
        line 17, error "out-of-range", checked 1;
    required_misses_a_level: "invalid/required-missing-level.yaml",
        line 18, error "required-levels", checked 1;
    required_adds_a_level: "invalid/required-extra-level.yaml",
        line 22, error "required-levels", checked 1;
    next_step_names_unknown_skill: "invalid/unknown-step-skill.yaml",
        line 23, error "unknown-skill", checked 1;
    salary_min_above_max: "invalid/salary-min-above-max.yaml",
        line 34, error "salary-range", checked 1;
    duplicate_key_in_flow_map: "invalid/duplicate-map-key.yaml",
        line 12, error "duplicate-key", checked 1;
    duplicate_key_in_block_map: "invalid/duplicate-map-key-block.yaml",
        line 21, error "duplicate-key", checked 1;
    duplicate_top_level_key: "invalid/duplicate-title.yaml",
        line 4, error "duplicate-key", checked 1;
    duplicate_source_id: "invalid/duplicate-source.yaml",
        line 34, error "duplicate-source", checked 1;

    // Warnings (exit 0; exit 1 under --strict).
    required_decreases: "invalid/warn-required-decreases.yaml",
        line 18, warning "required-decreases", checked 1;
    salary_not_rising: "invalid/warn-salary-not-rising.yaml",
        line 35, warning "salary-not-rising", checked 1;
    skill_without_step: "invalid/warn-skill-without-step.yaml",
        line 14, warning "skill-without-step", checked 1;
    unknown_career_id: "invalid/warn-unknown-career-id.yaml",
        line 27, warning "unknown-career-id", checked 1;
    skill_name_conflict_across_guides: "invalid/name-conflict/role-two.yaml"
        in ["invalid/name-conflict"],
        line 15, warning "skill-name-conflict", checked 2;
    category_conflict_across_guides: "invalid/category-conflict/kind-two.yaml"
        in ["invalid/category-conflict"],
        line 16, warning "category-conflict", checked 2;
    unsourced_often_missing: "invalid/warn-unsourced-often-missing.yaml",
        line 18, warning "unsourced-often-missing", checked 1;
    unsourced_market: "invalid/warn-unsourced-market.yaml",
        line 30, warning "unsourced-market", checked 1;
    duplicate_guide_id_across_files: "invalid/duplicate-guide/b/same-role.yaml"
        in ["invalid/duplicate-guide/a", "invalid/duplicate-guide/b"],
        line 2, warning "duplicate-guide", checked 2;
}

/// Every YAML file under `dir`, relative to tests/fixtures/guides/.
fn yaml_files(dir: &Path, base: &Path, out: &mut BTreeSet<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            yaml_files(&path, base, out);
        } else if path.extension().is_some_and(|e| e == "yaml") {
            let rel = path.strip_prefix(base).unwrap();
            out.insert(rel.to_string_lossy().replace('\\', "/"));
        }
    }
}

#[test]
fn every_invalid_fixture_is_in_the_table() {
    let base = common::root().join("tests/fixtures/guides");
    let mut files = BTreeSet::new();
    yaml_files(&base.join("invalid"), &base, &mut files);
    // The first file of each pair is clean on its own; the table names the second.
    let partners = [
        "invalid/name-conflict/role-one.yaml",
        "invalid/duplicate-guide/a/same-role.yaml",
        "invalid/category-conflict/kind-one.yaml",
    ];
    let covered: BTreeSet<String> = COVERED
        .iter()
        .chain(&partners)
        .map(|s| s.to_string())
        .collect();
    assert_eq!(files, covered);
}

#[test]
fn whole_invalid_dir_reports_every_defect() {
    let home = home();
    let out = careerctl(&home)
        .args(["validate", "--format", "json", &fixture("invalid")])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v = json_of(&out);
    let codes: BTreeSet<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    for code in [
        "category-conflict",
        "duplicate-guide",
        "duplicate-key",
        "duplicate-skill",
        "duplicate-source",
        "id-mismatch",
        "id-pattern",
        "missing-key",
        "out-of-range",
        "required-decreases",
        "required-levels",
        "salary-not-rising",
        "salary-range",
        "skill-name-conflict",
        "skill-without-step",
        "unknown-career-id",
        "unknown-key",
        "unknown-skill",
        "unsourced-market",
        "unsourced-often-missing",
        "wrong-type",
        "yaml-syntax",
    ] {
        assert!(codes.contains(code), "no `{code}` finding in {codes:?}");
    }
    assert_eq!(v["checked"], COVERED.len() + 3);
}

#[test]
fn valid_dir_is_clean() {
    let home = home();
    careerctl(&home)
        .args(["validate", &fixture("valid")])
        .assert()
        .code(0)
        .stdout("")
        .stderr(predicates::str::contains(
            "checked 3 guides: 0 errors, 0 warnings",
        ));
}

#[test]
fn valid_dir_is_clean_under_strict() {
    let home = home();
    careerctl(&home)
        .args(["validate", "--strict", &fixture("valid")])
        .assert()
        .code(0)
        .stdout("");
}

#[test]
fn valid_files_one_by_one_have_no_errors() {
    // On their own their career links to each other are unknown (warnings),
    // but nothing else may be reported.
    let home = home();
    for name in ["data-analyst", "qa-engineer", "support-specialist"] {
        let file = fixture(&format!("valid/{name}.yaml"));
        let out = careerctl(&home)
            .args(["validate", "--format", "json", &file])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{file}");
        let v = json_of(&out);
        assert_eq!(v["errors"], 0, "{file}: {v}");
        for f in v["findings"].as_array().unwrap() {
            assert_eq!(f["code"], "unknown-career-id", "{file}: {f}");
        }
    }
}

#[test]
fn json_format_has_every_field() {
    let home = home();
    let file = fixture("invalid/wrong-type.yaml");
    let out = careerctl(&home)
        .args(["validate", "--format", "json", &file])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v = json_of(&out);
    assert_eq!(v["schema_version"], 1);
    assert_eq!(v["checked"], 1);
    assert_eq!(v["errors"], 1);
    assert_eq!(v["warnings"], 0);
    let findings = v["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{v}");
    let f = &findings[0];
    for key in [
        "file", "line", "column", "path", "severity", "code", "message",
    ] {
        assert!(f.get(key).is_some(), "finding has no `{key}`: {f}");
    }
    assert_eq!(f["file"], file.as_str());
    assert_eq!(f["line"], 11);
    assert_eq!(f["column"], 17);
    assert_eq!(f["path"], "skills[0].importance");
    assert_eq!(f["severity"], "error");
    assert_eq!(f["code"], "wrong-type");
    assert!(f["message"].as_str().unwrap().contains("high"), "{f}");
}

#[test]
fn json_format_semantic_finding_has_key_path_and_column() {
    let home = home();
    let file = fixture("invalid/warn-required-decreases.yaml");
    let out = careerctl(&home)
        .args(["validate", "--format", "json", &file])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v = json_of(&out);
    assert_eq!(
        (v["errors"].as_u64(), v["warnings"].as_u64()),
        (Some(0), Some(1))
    );
    let f = &v["findings"][0];
    assert_eq!(f["severity"], "warning");
    assert_eq!(f["code"], "required-decreases");
    assert_eq!(f["path"], "skills[1].required.senior");
    assert_eq!(
        (f["line"].as_u64(), f["column"].as_u64()),
        (Some(18), Some(34))
    );
}

#[test]
fn json_format_clean_run() {
    let home = home();
    let out = careerctl(&home)
        .args(["validate", "--format", "json", &fixture("valid")])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v = json_of(&out);
    assert_eq!(v["schema_version"], 1);
    assert_eq!(v["findings"], Value::Array(vec![]));
    assert_eq!(v["checked"], 3);
    assert_eq!(v["errors"], 0);
    assert_eq!(v["warnings"], 0);
}

#[test]
fn json_format_out_of_range_names_the_key() {
    let home = home();
    for (file, path) in [
        ("invalid/rating-range.yaml", "skills[1].required.mid"),
        ("invalid/importance-range.yaml", "skills[1].importance"),
    ] {
        let out = careerctl(&home)
            .args(["validate", "--format", "json", &fixture(file)])
            .output()
            .unwrap();
        let v = json_of(&out);
        assert_eq!(v["findings"][0]["path"], path, "{file}: {v}");
    }
}

#[test]
fn github_format() {
    let home = home();
    let file = fixture("invalid/unknown-step-skill.yaml");
    let out = careerctl(&home)
        .args(["validate", "--format", "github", &file])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = stdout_of(&out);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 1, "{stdout}");
    let line = lines[0];
    assert!(line.starts_with("::error file="), "{line}");
    assert!(line.contains("line=23"), "{line}");
    assert!(line.contains("col="), "{line}");
    assert!(line.contains("unknown-skill"), "{line}");
    // The message follows the second `::`.
    let message = line.splitn(3, "::").nth(2).unwrap();
    assert!(message.contains("gamma"), "{line}");
}

#[test]
fn github_format_warning_and_strict() {
    let home = home();
    let file = fixture("invalid/warn-unknown-career-id.yaml");
    let out = careerctl(&home)
        .args(["validate", "--format", "github", &file])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stdout = stdout_of(&out);
    assert!(stdout.starts_with("::warning file="), "{stdout}");
    assert!(stdout.contains("line=27"), "{stdout}");

    let out = careerctl(&home)
        .args(["validate", "--strict", "--format", "github", &file])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = stdout_of(&out);
    assert!(stdout.starts_with("::error file="), "{stdout}");
    assert!(stdout.contains("line=27"), "{stdout}");
}

#[test]
fn strict_turns_a_warning_into_exit_1() {
    let home = home();
    let file = fixture("invalid/warn-skill-without-step.yaml");
    careerctl(&home).args(["validate", &file]).assert().code(0);
    careerctl(&home)
        .args(["validate", "--strict", &file])
        .assert()
        .code(1)
        .stdout(predicates::str::contains("error[skill-without-step]"));
}

/// A named path that does not exist is a finding like an unreadable file,
/// and the other paths are still checked and reported.
#[test]
fn nonexistent_path_is_an_io_finding_and_the_rest_is_checked() {
    let home = home();
    let out = cli(&home, "validate tests/fixtures/guides/no-such-file.yaml tests/fixtures/guides/invalid/rating-range.yaml")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = stdout_of(&out);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    assert!(
        lines[0].starts_with(
            "tests/fixtures/guides/no-such-file.yaml: error[io]: cannot read the file"
        ),
        "{stdout}"
    );
    assert!(lines[1].contains("error[out-of-range]"), "{stdout}");
    // The missing path is a finding, not a checked guide.
    assert!(stderr_of(&out).contains("checked 1 guide: 2 errors"));
}

/// A directory with no guide files is a usage error: a wrong path in CI
/// must not pass as "checked 0 guides".
#[test]
fn directory_without_guides_is_a_usage_error() {
    let home = home();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("notes.txt"), "not a guide").unwrap();
    let out = careerctl(&home)
        .arg("validate")
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stdout_of(&out).is_empty());
    assert!(
        stderr_of(&out).contains("no guide files (*.yaml, *.yml) in this directory"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn directory_is_searched_recursively() {
    let home = home();
    let dir = home.path().join("tree");
    let deep = dir.join("a").join("b").join("c");
    std::fs::create_dir_all(&deep).unwrap();
    let src = common::root().join("tests/fixtures/guides");
    std::fs::copy(
        src.join("valid/qa-engineer.yaml"),
        dir.join("qa-engineer.yaml"),
    )
    .unwrap();
    std::fs::copy(
        src.join("invalid/unknown-step-skill.yaml"),
        deep.join("unknown-step-skill.yaml"),
    )
    .unwrap();
    std::fs::write(dir.join("a").join("notes.txt"), "not a guide: [").unwrap();
    let out = cli(&home, "validate --format json")
        .arg(&dir)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr_of(&out));
    let v = json_of(&out);
    assert_eq!(v["checked"], 2, "{v}");
    let files: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["severity"] == "error")
        .map(|f| f["file"].as_str().unwrap())
        .collect();
    assert_eq!(files.len(), 1, "{v}");
    let expected = deep.join("unknown-step-skill.yaml");
    assert_eq!(Path::new(files[0]), expected, "{v}");
}

#[test]
fn no_args_checks_the_built_in_guides() {
    let home = home();
    careerctl(&home)
        .arg("validate")
        .assert()
        .code(0)
        .stderr(predicates::str::contains("checked 11 guides: 0 errors"));
}

#[test]
fn no_args_checks_the_user_guide_dir_too() {
    let home = home();
    let dir = common::config_dir(&home).join("careerctl").join("guides");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(
        common::root().join("tests/fixtures/guides/invalid/wrong-type.yaml"),
        dir.join("wrong-type.yaml"),
    )
    .unwrap();
    careerctl(&home)
        .arg("validate")
        .assert()
        .code(1)
        .stdout(predicates::str::contains("error[wrong-type]"))
        .stderr(predicates::str::contains("checked 12 guides: 1 error"));
}

#[test]
fn template_from_guides_new_validates() {
    let home = home();
    let out = cli(&home, "guides new my-role").output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let file = home.path().join("my-role.yaml");
    std::fs::write(&file, &out.stdout).unwrap();
    let out = cli(&home, "validate --format json")
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stdout_of(&out));
    let v = json_of(&out);
    assert_eq!(v["errors"], 0, "{v}");
    // The template is complete enough to raise no warning but the `todo`
    // on each value left to fill in.
    assert_only_todos(&v);
}

/// Findings, and each of them a `todo` warning.
fn assert_only_todos(v: &serde_json::Value) {
    let findings = v["findings"].as_array().unwrap();
    assert!(!findings.is_empty(), "{v}");
    assert!(
        findings
            .iter()
            .all(|f| f["code"] == "todo" && f["severity"] == "warning"),
        "{v}"
    );
}

#[test]
fn quiet_drops_the_summary() {
    let home = home();
    careerctl(&home)
        .args(["-q", "validate", &fixture("valid")])
        .assert()
        .code(0)
        .stdout("")
        .stderr("");
}

#[test]
fn duplicate_skill_in_one_guide_is_not_a_name_conflict() {
    let home = home();
    let text = common::fixture_text("invalid/duplicate-skill.yaml");
    // Same duplicate id, but the second skill keeps its own name.
    let text = text.replacen(
        "  - id: alpha\n    name: Alpha\n    category: professional",
        "  - id: alpha\n    name: Beta\n    category: professional",
        1,
    );
    assert!(text.contains("name: Beta"), "fixture changed: {text}");
    let file = home.path().join("duplicate-skill.yaml");
    std::fs::write(&file, text).unwrap();
    let out = cli(&home, "validate --format json")
        .arg(&file)
        .output()
        .unwrap();
    let v = json_of(&out);
    let codes: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["duplicate-skill"], "{v}");
}

#[test]
fn closed_stdout_is_quiet() {
    let home = home();
    common::assert_quiet_on_closed_stdout(
        &home,
        &["validate", "--format", "json", &fixture("valid")],
    );
}

/// Unclosed quotes and flow collections: the finding is on the line that
/// opened them, coded yaml-syntax, even where a type error would come first.
#[test]
fn unclosed_constructs_point_at_their_line() {
    let home = home();
    let base =
        std::fs::read_to_string(common::root().join("guides/backend-developer.yaml")).unwrap();
    let line_of = |needle: &str| base.lines().position(|l| l.contains(needle)).unwrap() + 1;
    let cases = [
        ("title: Backend Developer", "title: \"Backend Developer"),
        (
            "levels: [entry, mid, senior]",
            "levels: [entry, mid, senior",
        ),
        ("importance: 5", "importance: [5"),
        (
            "required: {entry: 2, mid: 3, senior: 4}",
            "required: {entry: 2, mid: 3, senior: 4",
        ),
    ];
    for (old, new) in cases {
        let line = line_of(old);
        let mut lines: Vec<String> = base.lines().map(str::to_string).collect();
        lines[line - 1] = lines[line - 1].replacen(old, new, 1);
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("backend-developer.yaml");
        std::fs::write(&file, lines.join("\n")).unwrap();
        let out = careerctl(&home)
            .arg("validate")
            .arg(&file)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        let stdout = String::from_utf8(out.stdout).unwrap();
        let want = format!("{}:{line}:", file.display());
        assert!(stdout.starts_with(&want), "{new}: want {want} in {stdout}");
        assert!(stdout.contains("error[yaml-syntax]"), "{new}: {stdout}");
    }
}

/// A named file is checked against the built-in guides' skill names, and the
/// warning lands on the file, not on the built-in guide.
#[test]
fn skill_names_are_checked_against_the_built_in_guides() {
    let home = home();
    let dir = tempfile::tempdir().unwrap();
    let text = common::fixture_text("valid/qa-engineer.yaml");
    // Give a built-in skill id a different name.
    let text = text.replacen("  - id: ", "  - id: api-design\n    name: API Dezign\n    category: technical\n    importance: 2\n    required: {entry: 1, mid: 1, senior: 1}\n    description: d\n  - id: ", 1);
    let text = text.replacen("skills: [", "skills: [api-design, ", 1);
    let file = dir.path().join("qa-engineer.yaml");
    std::fs::write(&file, text).unwrap();
    let out = careerctl(&home)
        .arg("validate")
        .arg(&file)
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    let lines: Vec<&str> = stdout
        .lines()
        .filter(|l| l.contains("skill-name-conflict"))
        .collect();
    assert_eq!(lines.len(), 1, "{stdout}");
    assert!(
        lines[0].starts_with(&file.display().to_string()),
        "{stdout}"
    );
    assert!(
        lines[0].contains("`API Design` in guide `backend-developer`"),
        "{stdout}"
    );
}

/// Threads check files in whatever order they get to them, each with its own
/// cross-guide index: the findings, their order and the summary must not
/// depend on how many there are.
#[test]
fn findings_do_not_depend_on_the_number_of_threads() {
    let home = home();
    let dir = tempfile::tempdir().unwrap();
    let valid = common::fixture_text("valid/qa-engineer.yaml");
    // 60 copies; the odd ones rename a skill, so the name conflicts span
    // files that different threads check.
    for i in 0..60 {
        let id = format!("g-{i:03}");
        let mut text = valid.replacen("id: qa-engineer", &format!("id: {id}"), 1);
        if i % 2 == 1 {
            text = text.replacen("name: Exploratory Testing", "name: Exploring", 1);
        }
        // Every third one also puts the skill in another category.
        if i % 3 == 1 {
            text = text.replacen(
                "name: Exploring\n    category: technical",
                "name: Exploring\n    category: domain",
                1,
            );
        }
        std::fs::write(dir.path().join(format!("{id}.yaml")), text).unwrap();
    }
    // And every single-defect fixture, among them.
    let invalid = common::root().join("tests/fixtures/guides/invalid");
    for entry in std::fs::read_dir(&invalid).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
        }
    }
    let run = |jobs: &str| {
        let out = careerctl(&home)
            .args(["validate", "--format", "json", "-j", jobs])
            .arg(dir.path())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{}", stderr_of(&out));
        let json = json_of(&out);
        // One short line per finding, so a failure shows a readable diff.
        let lines: Vec<String> = (json["findings"].as_array().unwrap().iter())
            .map(|f| {
                let file = f["file"].as_str().unwrap().rsplit('/').next().unwrap();
                format!("{file}:{} {} {}", f["line"], f["code"], f["message"])
            })
            .collect();
        (lines, json["errors"].clone(), json["warnings"].clone())
    };
    let one = run("1");
    let conflicts = one.0.iter().filter(|l| l.contains("skill-name-conflict"));
    assert_eq!(conflicts.count(), 30, "{:#?}", one.0);
    // i % 3 == 1 and odd: i % 6 == 1, 10 of the 60.
    let categories =
        (one.0.iter()).filter(|l| l.starts_with("g-") && l.contains("category-conflict"));
    assert_eq!(categories.count(), 10, "{:#?}", one.0);
    assert!(one.1.as_u64().unwrap() >= 15, "{:#?}", one.0);
    for jobs in ["2", "3", "8"] {
        assert_eq!(run(jobs), one, "-j {jobs}");
    }
}

/// A FIFO named `*.yaml` is not a guide: reading it would wait forever for
/// a writer. It is an `io` finding, and the rest is checked.
#[cfg(unix)]
#[test]
fn a_fifo_is_a_finding_not_a_hang() {
    let home = home();
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.yaml");
    let path = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes()).unwrap();
    // SAFETY: mkfifo(3) with a NUL-terminated path.
    let made = unsafe { libc::mkfifo(path.as_ptr(), 0o600) };
    assert_eq!(made, 0, "mkfifo: {}", std::io::Error::last_os_error());
    std::fs::write(
        dir.path().join("qa-engineer.yaml"),
        common::fixture_text("valid/qa-engineer.yaml"),
    )
    .unwrap();
    let out = careerctl(&home)
        .arg("validate")
        .arg(dir.path())
        .timeout(std::time::Duration::from_secs(30))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr_of(&out));
    let stdout = stdout_of(&out);
    assert!(
        stdout.contains("pipe.yaml: error[io]: cannot read the file: not a regular file"),
        "{stdout}"
    );
    assert!(stderr_of(&out).contains("checked 2 guides"));
}

/// A guide with only the required keys (held out: written from the README's
/// list of required keys, not from the template) validates clean, shows
/// without empty sections, and can be assessed.
#[test]
fn minimal_guide_validates_clean_and_assesses() {
    let home = home();
    let out = careerctl(&home)
        .args(["validate", "--format", "json", &fixture("minimal")])
        .output()
        .unwrap();
    let v = json_of(&out);
    assert_eq!(out.status.code(), Some(0), "{v}");
    assert_eq!(
        (v["errors"].clone(), v["warnings"].clone()),
        (0.into(), 0.into()),
        "{v}"
    );

    let dir = fixture("minimal");
    let out = careerctl(&home)
        .args(["--guides", &dir, "guides", "show", "cloud-intern"])
        .output()
        .unwrap();
    let shown = stdout_of(&out);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    for absent in [
        "Career paths",
        "Next steps",
        "Responsibilities",
        "Category",
        "Development",
    ] {
        assert!(
            !shown.contains(absent),
            "`{absent}` shown for an empty part:\n{shown}"
        );
    }
    assert!(shown.contains("Linux Basics"), "{shown}");
    let out = careerctl(&home)
        .args([
            "--guides",
            &dir,
            "guides",
            "show",
            "cloud-intern",
            "--format",
            "markdown",
        ])
        .output()
        .unwrap();
    let md = stdout_of(&out);
    for absent in ["## Career paths", "## Next steps", "## Responsibilities"] {
        assert!(!md.contains(absent), "`{absent}` in markdown:\n{md}");
    }

    let out = careerctl(&home)
        .args(["--guides", &dir, "assess", "cloud-intern", "--level", "mid"])
        .args(["--rate", "linux-basics=1", "--rate", "networking=1"])
        .args(["--format", "json", "--no-save"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let r = json_of(&out);
    assert_eq!(r["gaps"][0]["id"], "linux-basics", "{r}");
    let out = careerctl(&home)
        .args(["--guides", &dir, "assess", "cloud-intern", "--level", "mid"])
        .args([
            "--rate",
            "linux-basics=1",
            "--rate",
            "networking=1",
            "--no-save",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let table = stdout_of(&out);
    assert!(table.contains("Raise Linux Basics from 1 to 2"), "{table}");
    // With no next steps at all, the plan does not say so on every item.
    assert!(!table.contains("no next step"), "{table}");
}

/// `guides new --minimal` prints only the required keys, and the result validates.
#[test]
fn minimal_template_validates() {
    let home = home();
    let out = cli(&home, "guides new my-role --minimal").output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let text = stdout_of(&out);
    for absent in ["summary:", "next_steps:", "career:", "category:"] {
        assert!(!text.contains(absent), "{absent} in {text}");
    }
    let file = home.path().join("my-role.yaml");
    std::fs::write(&file, &out.stdout).unwrap();
    let out = cli(&home, "validate --format json")
        .arg(&file)
        .output()
        .unwrap();
    let v = json_of(&out);
    assert_eq!(out.status.code(), Some(0), "{v}");
    assert_only_todos(&v);
}

/// A held-out guide with ten independent defects gets all ten findings,
/// each on its own line with its own place and key path, in file order, in
/// one run; a misspelt key and a misspelt value get the nearest valid one.
#[test]
fn ten_defects_in_one_run() {
    let home = home();
    let file = fixture("many-defects/ten-defects.yaml");
    let out = careerctl(&home).args(["validate", &file]).output().unwrap();
    let stdout = stdout_of(&out);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    let expected = [
        (3, 8, "wrong-type", "(at title)"),
        (4, 1, "unknown-key", "did you mean `summary`? (at sumary)"),
        (
            9,
            5,
            "unknown-key",
            "did you mean `category`? (at skills[0].categroy)",
        ),
        (10, 17, "out-of-range", "(at skills[0].importance)"),
        (
            14,
            15,
            "unknown-value",
            "did you mean `technical`? (at skills[1].category)",
        ),
        (16, 31, "out-of-range", "(at skills[1].required.mid)"),
        (
            17,
            5,
            "missing-key",
            "missing field `name` (at skills[2].name)",
        ),
        (19, 20, "wrong-type", "(at skills[2].often_missing)"),
        (21, 5, "id-pattern", "(at skills[3].id)"),
        (28, 47, "unknown-skill", "(at next_steps[0].skills[4])"),
    ];
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), expected.len(), "{stdout}");
    for (line, (l, c, code, tail)) in lines.iter().zip(expected) {
        let prefix = format!("{file}:{l}:{c}: error[{code}]: ");
        assert!(line.starts_with(&prefix), "`{prefix}` expected:\n{stdout}");
        assert!(line.ends_with(tail), "`{tail}` expected:\n{stdout}");
    }
    assert!(
        stderr_of(&out).contains("checked 1 guide: 10 errors, 0 warnings"),
        "{}",
        stderr_of(&out)
    );
}

/// `skils:` is an unknown key with a suggestion, and its value is read as
/// the skills it was meant to be: no `missing field` and no `unknown-skill`
/// follow from the one typo.
#[test]
fn misspelt_key_gets_a_suggestion_and_nothing_else() {
    let home = home();
    let file = fixture("invalid/unknown-key-top.yaml");
    careerctl(&home)
        .args(["validate", &file])
        .assert()
        .code(1)
        .stdout(format!(
            "{file}:7:1: error[unknown-key]: unknown field `skils`, did you mean `skills`? (at skils)\n"
        ));
}

/// A broken `levels` is one finding: the skills' required levels are not
/// compared with the default levels it fell back to.
#[test]
fn broken_levels_is_one_finding() {
    let home = home();
    let file = home.path().join("custom-levels.yaml");
    std::fs::write(
        &file,
        "schema_version: 1\nid: custom-levels\ntitle: T\nlevels: junior\nskills:\n  \
         - {id: a, name: A, importance: 3, required: {junior: 1, senior: 2}}\n",
    )
    .unwrap();
    let out = cli(&home, "validate --format json")
        .arg(&file)
        .output()
        .unwrap();
    let v = json_of(&out);
    let codes: Vec<&str> = (v["findings"].as_array().unwrap().iter())
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["wrong-type"], "{v}");
    assert_eq!(v["findings"][0]["line"], 4, "{v}");
}
