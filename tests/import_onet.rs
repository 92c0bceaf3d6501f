//! `careerctl import onet` on a synthetic database in O*NET's published text
//! layout (tests/fixtures/onet/db_29_0_text: real file names and column
//! headers, made-up numbers), as a directory and as a zip.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};

use common::{careerctl, home, json_of, root, stderr_of};
use serde_yaml::Value;

const FIXTURE: &str = "tests/fixtures/onet/db_29_0_text";

fn fixture_dir() -> PathBuf {
    root().join(FIXTURE)
}

/// Runs an import of `from` into `out` with `extra` arguments; returns the output.
fn import(h: &tempfile::TempDir, from: &Path, out: &Path, extra: &[&str]) -> std::process::Output {
    let mut cmd = careerctl(h);
    cmd.args(["import", "onet"])
        .arg(from)
        .arg("--out")
        .arg(out)
        .args(extra);
    cmd.output().unwrap()
}

fn ok(out: std::process::Output) -> std::process::Output {
    assert!(
        out.status.success(),
        "import failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// Every file of `dir`: (name, bytes), sorted.
fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

fn guide(dir: &Path, id: &str) -> Value {
    serde_yaml::from_slice(&std::fs::read(dir.join(format!("{id}.yaml"))).unwrap()).unwrap()
}

fn skill<'a>(g: &'a Value, id: &str) -> Option<&'a Value> {
    g["skills"]
        .as_sequence()
        .unwrap()
        .iter()
        .find(|s| s["id"].as_str() == Some(id))
}

/// (importance, required at `typical`) of a skill.
fn numbers(g: &Value, id: &str) -> (u64, u64) {
    let s = skill(g, id).unwrap_or_else(|| panic!("no skill {id}"));
    (
        s["importance"].as_u64().unwrap(),
        s["required"]["typical"].as_u64().unwrap(),
    )
}

/// A copy of the fixture in a temp dir, each file passed through `edit(name, text)`.
fn edited_copy(edit: impl Fn(&str, String) -> String) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in files(&fixture_dir()) {
        let text = edit(&name, String::from_utf8(bytes).unwrap());
        std::fs::write(dir.path().join(&name), text).unwrap();
    }
    dir
}

/// The fixture as O*NET ships it: a zip with the files in `db_29_0_text/`.
fn fixture_zip(at: &Path) -> PathBuf {
    let path = at.join("db_29_0_text.zip");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    zip.add_directory("db_29_0_text/", opts).unwrap();
    for (name, bytes) in files(&fixture_dir()) {
        zip.start_file(format!("db_29_0_text/{name}"), opts)
            .unwrap();
        zip.write_all(&bytes).unwrap();
    }
    zip.finish().unwrap();
    path
}

#[test]
fn the_mapping_of_the_issue() {
    let h = home();
    let out = h.path().join("out");
    let o = ok(import(&h, &fixture_dir(), &out, &[]));
    let names: Vec<String> = files(&out).into_iter().map(|f| f.0).collect();
    // 15-1299.00 (All Other) has no ratings: left out, and said so.
    assert_eq!(
        names,
        [
            "computer-systems-analysts.yaml",
            "registered-nurses.yaml",
            "software-developers.yaml",
            "software-quality-assurance-analysts-and-testers.yaml"
        ]
    );
    let err = stderr_of(&o);
    assert!(err.contains("left out 1 occupation "), "{err}");
    assert!(
        err.contains("wrote 4 guides from the O*NET 29.0 database"),
        "{err}"
    );

    let g = guide(&out, "software-developers");
    assert_eq!(g["title"], "Software Developers");
    assert!(
        g["summary"]
            .as_str()
            .unwrap()
            .starts_with("Research, design")
    );
    assert_eq!(
        g["levels"],
        serde_yaml::from_str::<Value>("[typical]").unwrap()
    );
    // Programming: IM 4.62 → 5; LV 5.38 × 5 / 7 = 3.84 → 4.
    assert_eq!(numbers(&g, "onet-skill-programming"), (5, 4));
    // Writing: IM 3.50 → 4 (halves away from zero); LV 3.50 → 2.5 → 3.
    assert_eq!(numbers(&g, "onet-skill-writing"), (4, 3));
    // Critical Thinking: IM 4.00 → 4; LV 4.12 → 2.94 → 3.
    assert_eq!(numbers(&g, "onet-skill-critical-thinking"), (4, 3));
    // Knowledge: Computers and Electronics IM 4.75 → 5, LV 5.80 → 4.14 → 4.
    assert_eq!(
        numbers(&g, "onet-knowledge-computers-and-electronics"),
        (5, 4)
    );
    // Knowledge Mathematics IM 3.40 → 3, LV 4.20 → 3; the skill Mathematics (IM 2.88) is below 3.0.
    assert_eq!(numbers(&g, "onet-knowledge-mathematics"), (3, 3));
    assert!(skill(&g, "onet-skill-mathematics").is_none());
    // Speaking: IM row Recommend Suppress = Y. Social Perceptiveness: LV row Not Relevant = Y.
    assert!(skill(&g, "onet-skill-speaking").is_none());
    assert!(skill(&g, "onet-skill-social-perceptiveness").is_none());
    assert_eq!(g["skills"].as_sequence().unwrap().len(), 10);

    let prog = skill(&g, "onet-skill-programming").unwrap();
    assert_eq!(prog["category"], "technical");
    assert_eq!(
        prog["description"],
        "Writing computer programs for various purposes."
    );
    // Anchors at LV 2, 4, 6 → ratings 1, 3, 4.
    let anchors = prog["anchors"].as_mapping().unwrap();
    let keys: Vec<u64> = anchors.keys().map(|k| k.as_u64().unwrap()).collect();
    assert_eq!(keys, [1, 3, 4]);
    assert_eq!(
        skill(&g, "onet-knowledge-computers-and-electronics").unwrap()["category"],
        "domain"
    );
    assert_eq!(
        skill(&g, "onet-skill-critical-thinking").unwrap()["category"],
        "professional"
    );
    for s in g["skills"].as_sequence().unwrap() {
        assert!(s.get("often_missing").is_none(), "{s:?}");
    }
    // Primary tiers among the imported, in O*NET's order; Supplemental and
    // not-imported ones left out.
    assert_eq!(
        g["career"]["transitions"],
        serde_yaml::from_str::<Value>(
            "[software-quality-assurance-analysts-and-testers, computer-systems-analysts]"
        )
        .unwrap()
    );

    // The credit O*NET asks for.
    let source = &g["sources"][0];
    assert_eq!(source["licence"], "CC BY 4.0");
    assert_eq!(source["url"], "https://www.onetcenter.org/database.html");
    assert!(
        source["title"]
            .as_str()
            .unwrap()
            .contains("O*NET 29.0 Database")
    );
    assert!(source["publisher"].as_str().unwrap().contains("USDOL/ETA"));
    let credit = g["source"].as_str().unwrap();
    for part in [
        "O*NET 29.0 Database",
        "CC BY 4.0",
        "careerctl has modified",
        "round(LV × 5 / 7)",
    ] {
        assert!(credit.contains(part), "{part}: {credit}");
    }

    let nurse = guide(&out, "registered-nurses");
    assert_eq!(
        numbers(&nurse, "onet-knowledge-medicine-and-dentistry"),
        (5, 4)
    );
    assert!(skill(&nurse, "onet-skill-programming").is_none());
}

#[test]
fn the_guides_validate_strictly_with_the_built_in_ones_and_can_be_assessed() {
    let h = home();
    let out = h.path().join("out");
    ok(import(&h, &fixture_dir(), &out, &[]));
    careerctl(&h)
        .arg("validate")
        .arg("--strict")
        .arg(&out)
        .arg("guides/")
        .assert()
        .success();

    let answers = h.path().join("answers.yaml");
    std::fs::write(
        &answers,
        "ratings:\n  onet-skill-programming: 2\n  onet-knowledge-computers-and-electronics: 4\n",
    )
    .unwrap();
    let o = careerctl(&h)
        .arg("--guides")
        .arg(&out)
        .args([
            "assess",
            "software-developers",
            "--assume-unrated",
            "3",
            "--no-save",
            "--format",
            "json",
            "--answers",
        ])
        .arg(&answers)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr_of(&o));
    let report = json_of(&o);
    assert_eq!(report["gaps"][0]["id"], "onet-skill-programming");
    assert_eq!(report["gaps"][0]["priority"], 10.0);
    // The report credits O*NET, as the licence asks.
    let credit = report["guide"]["credit"].as_str().unwrap();
    assert!(
        credit.contains("O*NET 29.0 Database") && credit.contains("CC BY 4.0"),
        "{credit}"
    );

    // The table report, and match across imported and built-in guides.
    careerctl(&h)
        .arg("--guides")
        .arg(&out)
        .args([
            "assess",
            "software-developers",
            "--assume-unrated",
            "3",
            "--no-save",
            "--answers",
        ])
        .arg(&answers)
        .assert()
        .success()
        .stdout(predicates::str::contains(
            "Software Developers (software-developers) · level typical",
        ))
        .stdout(predicates::str::contains(
            "Source: This guide includes information from the O*NET 29.0",
        ));
    let o = careerctl(&h)
        .arg("--guides")
        .arg(&out)
        .args(["match", "--format", "json", "--answers"])
        .arg(&answers)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr_of(&o));
    let text = String::from_utf8(o.stdout).unwrap();
    assert!(text.contains("software-developers") && text.contains("backend-developer"));
}

#[test]
fn a_zip_and_a_second_import_give_the_same_bytes() {
    let h = home();
    let first = h.path().join("first");
    ok(import(&h, &fixture_dir(), &first, &[]));
    let again = h.path().join("again");
    ok(import(&h, &fixture_dir(), &again, &[]));
    assert_eq!(files(&first), files(&again));
    // Over the same directory: the same bytes again, no stray temp files.
    ok(import(&h, &fixture_dir(), &first, &[]));
    assert_eq!(files(&first), files(&again));

    let zip = fixture_zip(h.path());
    let from_zip = h.path().join("zip");
    ok(import(&h, &zip, &from_zip, &[]));
    assert_eq!(files(&from_zip), files(&first));

    // The unpacked zip: a directory holding db_29_0_text/.
    let unpacked = h.path().join("unpacked");
    std::fs::create_dir(&unpacked).unwrap();
    let copy = unpacked.join("db_29_0_text");
    std::fs::create_dir(&copy).unwrap();
    for (name, bytes) in files(&fixture_dir()) {
        std::fs::write(copy.join(name), bytes).unwrap();
    }
    let from_unpacked = h.path().join("from-unpacked");
    ok(import(&h, &unpacked, &from_unpacked, &[]));
    assert_eq!(files(&from_unpacked), files(&first));
}

#[test]
fn columns_are_found_by_header_name() {
    // Every file with its columns in reverse order, CRLF line ends.
    let reversed = edited_copy(|_, text| {
        text.lines()
            .map(|l| l.split('\t').rev().collect::<Vec<_>>().join("\t") + "\r\n")
            .collect()
    });
    let h = home();
    let plain = h.path().join("plain");
    ok(import(&h, &fixture_dir(), &plain, &[]));
    let out = h.path().join("reversed");
    // The directory name gives no release: a warning, and --release gives it.
    let o = ok(import(&h, reversed.path(), &out, &[]));
    assert!(
        stderr_of(&o).contains("pass --release"),
        "{}",
        stderr_of(&o)
    );
    ok(import(&h, reversed.path(), &out, &["--release", "29.0"]));
    assert_eq!(files(&out), files(&plain));
}

#[test]
fn occupations_are_chosen_by_code_or_title() {
    let h = home();
    let out = h.path().join("out");
    ok(import(
        &h,
        &fixture_dir(),
        &out,
        &["--occupation", "15-1252.00", "--occupation", "nurse"],
    ));
    let names: Vec<String> = files(&out).into_iter().map(|f| f.0).collect();
    assert_eq!(
        names,
        ["registered-nurses.yaml", "software-developers.yaml"]
    );
    // Transitions only to guides imported with it: none here.
    let g = guide(&out, "software-developers");
    assert_eq!(g["career"]["transitions"].as_sequence().unwrap().len(), 0);
    careerctl(&h)
        .arg("validate")
        .arg("--strict")
        .arg(&out)
        .assert()
        .success();

    let o = import(
        &h,
        &fixture_dir(),
        &h.path().join("none"),
        &["--occupation", "astronaut"],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr_of(&o).contains("--occupation `astronaut`: no occupation"),
        "{}",
        stderr_of(&o)
    );
    assert!(!h.path().join("none").exists());
}

#[test]
fn min_importance_leaves_out_less_important_elements() {
    let h = home();
    let out = h.path().join("out");
    ok(import(
        &h,
        &fixture_dir(),
        &out,
        &["--occupation", "15-1252", "--min-importance", "4.5"],
    ));
    let g = guide(&out, "software-developers");
    let ids: Vec<&str> = (g["skills"].as_sequence().unwrap().iter())
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "onet-skill-programming",
            "onet-knowledge-computers-and-electronics"
        ]
    );
    let o = import(&h, &fixture_dir(), &out, &["--min-importance", "6"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn a_missing_required_file_is_named() {
    let h = home();
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        fixture_dir().join("Occupation Data.txt"),
        dir.path().join("Occupation Data.txt"),
    )
    .unwrap();
    let out = h.path().join("out");
    let o = import(&h, dir.path(), &out, &[]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr_of(&o);
    assert!(
        err.contains("no `Skills.txt` in this O*NET database"),
        "{err}"
    );
    assert!(err.contains(&dir.path().display().to_string()), "{err}");
    assert!(!out.exists());
}

#[test]
fn a_malformed_row_is_named_by_file_line_and_column_and_nothing_is_written() {
    let h = home();
    // Line 5 of Skills.txt cut short after its Data Value.
    let truncated = edited_copy(|name, text| {
        if name != "Skills.txt" {
            return text;
        }
        let mut lines: Vec<String> = text.lines().map(String::from).collect();
        lines[4] = lines[4].split('\t').take(5).collect::<Vec<_>>().join("\t");
        lines.join("\n") + "\n"
    });
    let out = h.path().join("out");
    let o = import(&h, truncated.path(), &out, &[]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr_of(&o);
    let want = format!(
        "error: {}:5:",
        truncated.path().join("Skills.txt").display()
    );
    assert!(err.starts_with(&want), "{err}");
    assert!(
        err.contains("5 tab-separated fields where the header has 13"),
        "{err}"
    );
    assert!(!out.exists());

    // A Data Value that is not a number: line 3, column of the field.
    let bad = edited_copy(|name, text| {
        if name != "Knowledge.txt" {
            return text;
        }
        let mut lines: Vec<String> = text.lines().map(String::from).collect();
        let mut fields: Vec<String> = lines[2].split('\t').map(String::from).collect();
        fields[4] = "4,20".into();
        lines[2] = fields.join("\t");
        lines.join("\n") + "\n"
    });
    let o = import(&h, bad.path(), &out, &[]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr_of(&o);
    let want = format!(
        "error: {}:3:53: `Data Value` is not a number: `4,20`",
        bad.path().join("Knowledge.txt").display()
    );
    assert!(err.starts_with(&want), "{err}");
    assert!(!out.exists());
}

#[test]
fn a_damaged_zip_is_an_error_not_a_panic() {
    let h = home();
    let zip = fixture_zip(h.path());
    let bytes = std::fs::read(&zip).unwrap();
    let cut = h.path().join("db_29_0_text-cut.zip");
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
    let out = h.path().join("out");
    let o = import(&h, &cut, &out, &[]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr_of(&o));
    assert!(
        stderr_of(&o).contains("db_29_0_text-cut.zip"),
        "{}",
        stderr_of(&o)
    );
    assert!(!out.exists());
}

/// On a terminal a progress bar counts the occupations; piped, there is none.
#[test]
fn a_progress_bar_on_a_terminal_only() {
    let h = home();
    let out = h.path().join("out");
    let mut cmd = common::careerctl_std(&h);
    cmd.args(["import", "onet", FIXTURE, "--out"])
        .arg(&out)
        .env("TERM", "xterm");
    let mut p = rexpect::session::spawn_command(cmd, Some(20_000)).expect("spawn in a pty");
    p.exp_string("importing").unwrap();
    p.exp_string("4/4 occupations").unwrap();
    p.exp_string("wrote 4 guides").unwrap();
    p.exp_eof().unwrap();

    let o = ok(import(&h, &fixture_dir(), &h.path().join("piped"), &[]));
    assert!(!stderr_of(&o).contains("importing"), "{}", stderr_of(&o));
}

/// An import replaces the guides an import wrote, but not a file of the
/// user's own with the same name (their guides dir is where the README
/// sends the import), unless told to with --force.
#[test]
fn a_guide_no_import_wrote_is_not_replaced_without_force() {
    let h = home();
    let out = tempfile::tempdir().unwrap();
    let mine = out.path().join("registered-nurses.yaml");
    let text = "schema_version: 1\nid: registered-nurses\ntitle: My own\nskills: []\n";
    std::fs::write(&mine, text).unwrap();
    let refused = import(&h, &fixture_dir(), out.path(), &["--occupation", "nurse"]);
    assert_eq!(refused.status.code(), Some(2));
    let stderr = stderr_of(&refused);
    assert!(
        stderr.contains("registered-nurses.yaml") && stderr.contains("--force"),
        "{stderr}"
    );
    assert_eq!(std::fs::read_to_string(&mine).unwrap(), text);
    assert_eq!(files(out.path()).len(), 1, "nothing else was written");

    ok(import(
        &h,
        &fixture_dir(),
        out.path(),
        &["--occupation", "nurse", "--force"],
    ));
    assert_ne!(std::fs::read_to_string(&mine).unwrap(), text);
    // Now the file is an import's own: importing again needs no --force.
    ok(import(
        &h,
        &fixture_dir(),
        out.path(),
        &["--occupation", "nurse"],
    ));
}

/// `--out` naming a file is a usage error that says so.
#[test]
fn out_must_be_a_directory() {
    let h = home();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("me.yaml");
    std::fs::write(&file, "x").unwrap();
    let out = import(
        &h,
        &fixture_dir(),
        &file,
        &["--occupation", "nurse", "--force"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_of(&out).contains("not a directory"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "x");
}
