//! What a person reads: reports that fit 80 and 60 columns without a split
//! word, a plan that names its gaps with targets, resources in every format,
//! a legend, colour like cargo's.

mod common;

use common::{careerctl, cli, home, json_of, stdout_of};
use serde_json::Value;
use textwrap::core::display_width;

const WIDE: &str = "tests/fixtures/guides/wide";
const URL: &str = "https://";

/// Ratings for the held-out guide: one rated low, one above, the rest unrated.
const WIDE_ASSESS: &[&str] = &[
    "--guides",
    WIDE,
    "assess",
    "accessibility-specialist",
    "--rate",
    "conformance-evaluation=1",
    "--rate",
    "documentation=4",
    "--rate",
    "inclusive-design=3",
    "--assume-unrated",
    "0",
];

fn run(home: &tempfile::TempDir, width: Option<usize>, args: &[&str]) -> String {
    let mut cmd = careerctl(home);
    if let Some(w) = width {
        cmd.env("COLUMNS", w.to_string());
    }
    let out = cmd.args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        common::stderr_of(&out)
    );
    stdout_of(&out)
}

/// Every line fits `width`, except a line that is one URL or one path
/// (perhaps after a `N:` key), kept whole so it stays clickable or copyable.
fn assert_fits(text: &str, width: usize, what: &str) {
    for line in text.lines() {
        let body = line.trim();
        let body = body
            .split_once(": ")
            .filter(|(key, _)| key.chars().all(|c| c.is_ascii_digit()))
            .map_or(body, |(_, rest)| rest);
        let url_alone = (body.starts_with(URL) || body.starts_with('/')) && !body.contains(' ');
        assert!(
            display_width(line) <= width || url_alone,
            "{what} at {width} columns: a line of {}:\n{line}\n\n{text}",
            display_width(line)
        );
    }
}

/// Every word of every name appears whole somewhere in `text`.
fn assert_whole(text: &str, names: &[String], what: &str) {
    for name in names {
        for word in name.split_whitespace() {
            assert!(
                text.contains(word),
                "{what}: `{word}` (of `{name}`) is split or missing:\n{text}"
            );
        }
    }
}

/// The skill names, level names and skill ids of a guide.
fn names_of(home: &tempfile::TempDir, guides: Option<&str>, id: &str) -> Vec<String> {
    let mut args = vec![];
    if let Some(dir) = guides {
        args.extend(["--guides", dir]);
    }
    args.extend(["guides", "show", id, "--format", "json"]);
    let out = careerctl(home).args(&args).output().unwrap();
    let g = json_of(&out);
    let mut names: Vec<String> = (g["skills"].as_array().unwrap().iter())
        .map(|s| s["name"].as_str().unwrap().to_string())
        .collect();
    names
        .extend((g["levels"].as_array().into_iter().flatten()).map(|l| l.as_str().unwrap().into()));
    names
}

fn answers_file(dir: &std::path::Path, pairs: &[(&str, u8)]) -> String {
    let path = dir.join("answers.yaml");
    let body: String = pairs.iter().map(|(k, v)| format!("  {k}: {v}\n")).collect();
    std::fs::write(&path, format!("ratings:\n{body}")).unwrap();
    path.display().to_string()
}

#[test]
fn every_screen_fits_80_and_60_columns_without_splitting_a_word() {
    let h = home();
    let tmp = tempfile::tempdir().unwrap();
    let answers = answers_file(
        tmp.path(),
        &[
            ("api-design", 1),
            ("observability", 0),
            ("sql", 4),
            ("communication", 3),
        ],
    );
    // Two saved assessments, for history, diff and team.
    for _ in 0..2 {
        run(
            &h,
            None,
            &[
                "assess",
                "backend-developer",
                "--answers",
                &answers,
                "--assume-unrated",
                "2",
                "--save",
            ],
        );
    }
    let history = common::data_dir(&h).join("history");
    let mut saved: Vec<String> = std::fs::read_dir(&history)
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .collect();
    saved.sort();

    let wide_names = names_of(&h, Some(WIDE), "accessibility-specialist");
    let backend_names = names_of(&h, None, "backend-developer");
    let backend_skills: Vec<String> = (backend_names.iter())
        .filter(|n| !["entry", "mid", "senior"].contains(&n.as_str()))
        .cloned()
        .collect();
    let screens: Vec<(Vec<&str>, Vec<String>)> = vec![
        (WIDE_ASSESS.to_vec(), wide_names.clone()),
        (
            vec![
                "--guides",
                WIDE,
                "guides",
                "show",
                "accessibility-specialist",
            ],
            wide_names.clone(),
        ),
        (
            vec![
                "assess",
                "backend-developer",
                "--answers",
                &answers,
                "--assume-unrated",
                "2",
                "--no-save",
            ],
            backend_names.clone(),
        ),
        (vec!["match", "--answers", &answers], vec![]),
        (
            vec!["--guides", WIDE, "match", "--answers", &answers],
            vec![],
        ),
        (vec!["history"], vec![]),
        (vec!["diff", "backend-developer"], vec![]),
        (
            vec!["team", &saved[0], &saved[1], "--min-group", "2"],
            backend_skills.clone(),
        ),
        (vec!["guides", "list"], vec![]),
    ];
    let mut shows: Vec<String> = [
        "senior-backend-developer",
        "engineering-manager",
        "staff-engineer",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    shows.sort();
    for width in [80, 60] {
        for (args, names) in &screens {
            let text = run(&h, Some(width), args);
            let what = args.join(" ");
            assert_fits(&text, width, &what);
            assert_whole(&text, names, &what);
        }
        for id in &shows {
            let text = run(&h, Some(width), &["guides", "show", id]);
            assert_fits(&text, width, id);
            assert_whole(&text, &names_of(&h, None, id), id);
        }
    }
}

#[test]
fn piped_output_keeps_its_natural_width() {
    let h = home();
    let text = run(&h, None, WIDE_ASSESS);
    assert!(
        text.contains("Accessibility Conformance Evaluation and Remediation Planning"),
        "{text}"
    );
    assert!(
        text.contains("Bar"),
        "every column when there is no width:\n{text}"
    );
}

#[test]
fn the_gap_table_drops_the_bar_first_and_explains_itself() {
    let h = home();
    let wide = run(&h, Some(120), WIDE_ASSESS);
    let narrow = run(&h, Some(60), WIDE_ASSESS);
    assert!(wide.contains("Bar") && wide.contains("Imp"), "{wide}");
    assert!(!narrow.contains("Bar"), "{narrow}");
    assert!(
        wide.contains("Priority = gap × importance (Imp, 1–5)"),
        "{wide}"
    );
    assert!(
        wide.contains("Bar: █ rated, ░ short of what the level needs"),
        "{wide}"
    );
    // The legend never names a column that is not shown.
    assert!(
        narrow.contains("Priority = gap × importance (1–5)"),
        "{narrow}"
    );
    assert!(!narrow.contains("Bar:"), "{narrow}");
    // Unrated skills show as – and say so.
    assert!(wide.contains("– unrated, scored as 0"), "{wide}");
    let md = run(&h, None, &[WIDE_ASSESS, &["--format", "markdown"]].concat());
    assert!(md.contains("Priority = gap × importance"), "{md}");
    assert!(md.contains("| – |"), "{md}");
}

#[test]
fn unrated_gaps_are_marked_in_json() {
    let h = home();
    let out = careerctl(&h)
        .args(WIDE_ASSESS)
        .args(["--format", "json"])
        .output()
        .unwrap();
    let r = json_of(&out);
    for gap in r["gaps"].as_array().unwrap() {
        let id = gap["id"].as_str().unwrap();
        let rated = r["ratings"].get(id).is_some();
        assert_eq!(gap["unrated"], Value::Bool(!rated), "{gap}");
    }
}

/// For every built-in guide: each gap's resources reach the table, the
/// markdown and the JSON, and plan items list only gaps, with from and to.
#[test]
fn resources_and_plan_targets_reach_every_format() {
    let h = home();
    let list = json_of(&cli(&h, "guides list --format json").output().unwrap());
    let mut checked_urls = 0;
    for g in list["guides"].as_array().unwrap() {
        let id = g["id"].as_str().unwrap();
        let args = ["assess", id, "--assume-unrated", "0", "--no-save"];
        let json = json_of(
            &careerctl(&h)
                .args(args)
                .args(["--format", "json"])
                .output()
                .unwrap(),
        );
        let table = run(&h, Some(80), &args);
        let md = run(&h, None, &[&args[..], &["--format", "markdown"]].concat());
        let gaps = json["gaps"].as_array().unwrap();
        for gap in gaps {
            for res in gap["resources"].as_array().unwrap() {
                let url = res["url"].as_str().unwrap();
                assert!(table.contains(url), "{id}: {url} not in the table");
                assert!(
                    md.contains(&format!("(<{url}>)")),
                    "{id}: {url} not linked in markdown"
                );
                checked_urls += 1;
            }
        }
        let gap_of = |id: &str| gaps.iter().find(|g| g["id"] == id);
        for item in json["plan"].as_array().unwrap() {
            for pg in item["gaps"].as_array().unwrap() {
                let gap = gap_of(pg["id"].as_str().unwrap())
                    .unwrap_or_else(|| panic!("{id}: plan names a skill that is not a gap: {pg}"));
                assert_eq!(pg["from"], gap["rating"], "{id}: {pg}");
                assert_eq!(pg["to"], gap["required"], "{id}: {pg}");
                let name = pg["name"].as_str().unwrap();
                let shown = format!("{name} –\u{a0}→\u{a0}{}", pg["to"]);
                if item["kind"] == "step" {
                    assert!(
                        table.replace("\n       ", " ").contains(&shown),
                        "{id}: `{shown}` not in the plan:\n{table}"
                    );
                }
            }
        }
        assert!(!table.contains("closes"), "{id}: overlapping sums are gone");
    }
    assert!(checked_urls >= 39, "only {checked_urls} URLs seen");
}

#[test]
fn a_step_without_skills_comes_after_the_scored_ones() {
    let h = home();
    let dir = tempfile::tempdir().unwrap();
    let guide = common::fixture_text("valid/qa-engineer.yaml").replace(
        "development_suggestions:",
        "  - id: update-resume\n    text: Update your resume with what you shipped\n    skills: []\ndevelopment_suggestions:",
    );
    std::fs::write(dir.path().join("qa-engineer.yaml"), guide).unwrap();
    let guides = dir.path().display().to_string();
    let out = careerctl(&h)
        .args([
            "--guides",
            &guides,
            "assess",
            "qa-engineer",
            "--assume-unrated",
            "0",
            "--no-save",
        ])
        .args(["--format", "json"])
        .output()
        .unwrap();
    let r = json_of(&out);
    let plan = r["plan"].as_array().unwrap();
    let last = plan.last().unwrap();
    assert_eq!(last["id"], "update-resume", "{plan:?}");
    assert_eq!(last["gaps"], Value::Array(vec![]));
    assert!(plan.len() > 1);
}

#[test]
fn top_cuts_gaps_and_plan_but_history_keeps_everything() {
    let h = home();
    let out = cli(
        &h,
        "assess backend-developer --assume-unrated 0 --top 2 --save",
    )
    .args(["--format", "json"])
    .output()
    .unwrap();
    let shown = json_of(&out);
    let top: Vec<&str> = (shown["gaps"].as_array().unwrap().iter())
        .map(|g| g["id"].as_str().unwrap())
        .collect();
    assert_eq!(top.len(), 2);
    assert!(shown["gaps_total"].as_u64().unwrap() > 2);
    for item in shown["plan"].as_array().unwrap() {
        for pg in item["gaps"].as_array().unwrap() {
            assert!(top.contains(&pg["id"].as_str().unwrap()), "{item}");
        }
    }
    let history = common::data_dir(&h).join("history");
    let file = std::fs::read_dir(&history)
        .unwrap()
        .next()
        .unwrap()
        .unwrap();
    let saved: Value = serde_json::from_slice(&std::fs::read(file.path()).unwrap()).unwrap();
    assert_eq!(
        saved["gaps"].as_array().unwrap().len() as u64,
        shown["gaps_total"].as_u64().unwrap()
    );
    assert!(saved.get("gaps_total").is_none());
}

#[test]
fn strengths_are_above_the_requirement_and_meeting_it_is_one_line() {
    let h = home();
    let text = run(&h, Some(80), WIDE_ASSESS);
    let strengths = text.split("Strengths").nth(1).unwrap();
    assert!(strengths.contains("Documentation 4 (needs 2)"), "{text}");
    assert!(
        text.contains("Meets what practitioner needs: Inclusive Interaction Design"),
        "{text}"
    );
    assert!(
        !strengths
            .split("Meets")
            .next()
            .unwrap()
            .contains("Inclusive"),
        "{text}"
    );
}

#[test]
fn colour_like_cargo_and_none_when_asked() {
    let h = home();
    let out = careerctl(&h)
        .env_remove("NO_COLOR")
        .env("COLUMNS", "80")
        .args(["--color", "always"])
        .args(WIDE_ASSESS)
        .output()
        .unwrap();
    let coloured = stdout_of(&out);
    assert!(coloured.contains("\x1b[1m"), "bold headings:\n{coloured}");
    assert!(
        coloured.contains("\x1b[38;5;9m") || coloured.contains("\x1b[31m"),
        "red largest gaps:\n{coloured}"
    );
    for never in [&["--color", "never"][..], &[][..]] {
        let plain = run(&h, Some(80), &[never, WIDE_ASSESS].concat());
        assert!(!plain.contains('\x1b'), "{never:?}:\n{plain}");
    }
}

/// In a real pseudo-terminal of 60 × 40 with no COLUMNS, the width comes
/// from the terminal.
#[cfg(unix)]
#[test]
fn a_terminal_of_60_columns_gets_a_report_of_60() {
    use std::io::Read;
    use std::os::fd::{FromRawFd, OwnedFd};

    let h = home();
    let (mut master, mut slave) = (0, 0);
    let size = libc::winsize {
        ws_row: 40,
        ws_col: 60,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: openpty(3) with valid out-pointers and a winsize.
    let made = unsafe {
        libc::openpty(
            &mut master,
            &mut slave,
            std::ptr::null_mut(),
            std::ptr::null(),
            &size,
        )
    };
    assert_eq!(made, 0, "openpty: {}", std::io::Error::last_os_error());
    // SAFETY: both descriptors were just opened and are owned here alone.
    let (master, slave) = unsafe { (OwnedFd::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) };
    let mut cmd = common::careerctl_std(&h);
    cmd.args(WIDE_ASSESS)
        .arg("--no-save")
        .env("TERM", "xterm")
        .stdin(std::process::Stdio::null())
        .stdout(slave.try_clone().unwrap())
        .stderr(slave.try_clone().unwrap());
    let mut child = cmd.spawn().unwrap();
    drop(slave);
    drop(cmd);
    let reader = std::thread::spawn(move || {
        let mut master = std::fs::File::from(master);
        let mut out = Vec::new();
        // Reading ends with EIO once every copy of the slave is closed.
        let _ = master.read_to_end(&mut out);
        String::from_utf8_lossy(&out).replace("\r\n", "\n")
    });
    assert!(child.wait().unwrap().success());
    let text = reader.join().unwrap();
    let text: String = text
        .lines()
        .map(|l| {
            // Drop colour codes: a terminal gets colour.
            let mut s = String::new();
            let mut esc = false;
            for c in l.chars() {
                match (esc, c) {
                    (false, '\x1b') => esc = true,
                    (true, 'm') => esc = false,
                    (true, _) => {}
                    (false, c) => s.push(c),
                }
            }
            s + "\n"
        })
        .collect();
    assert!(text.contains("Gaps (4)"), "{text}");
    assert_fits(&text, 60, "assess in a 60-column terminal");
    assert!(!text.contains("Bar"), "{text}");
}

/// At 80 columns `match` keeps what sets roles apart (level, unrated count,
/// relation), folding its rows rather than dropping them, and `profile`
/// keeps when and in which guide each rating was given.
#[test]
fn match_and_profile_keep_their_telling_columns_at_80() {
    let h = home();
    cli(
        &h,
        "assess backend-developer --answers examples/me.yaml --save -q",
    )
    .assert()
    .success();
    let matched = run(&h, Some(80), &["match"]);
    assert_fits(&matched, 80, "match");
    for fact in ["at mid", "unrated", "transition", "progression"] {
        assert!(matched.contains(fact), "{fact}:\n{matched}");
    }
    let wide = run(&h, Some(220), &["match"]);
    for header in ["Level", "Unrated", "Relation"] {
        assert!(wide.contains(header), "{header}:\n{wide}");
    }
    let profile = run(&h, Some(80), &["profile"]);
    assert_fits(&profile, 80, "profile");
    for header in ["Rated", "Guide"] {
        assert!(profile.contains(header), "{header}:\n{profile}");
    }
}
