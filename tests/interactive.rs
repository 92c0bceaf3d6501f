//! The interactive assessment, driven through the real binary in a
//! pseudo-terminal: rate every skill, skip one, press Ctrl-C halfway, resume.
#![cfg(unix)]

mod common;

use rexpect::session::{PtySession, spawn_command};

const WIDE: &str = "tests/fixtures/guides/wide";

fn spawn(home: &tempfile::TempDir, args: &[&str]) -> PtySession {
    let mut cmd = common::careerctl_std(home);
    cmd.args(args).env("TERM", "xterm");
    spawn_command(cmd, Some(20_000)).expect("spawn careerctl in a pty")
}

/// The exit code, from nix's `WaitStatus` (rexpect does not re-export the type).
fn exit_code(p: &PtySession) -> i32 {
    let status = format!("{:?}", p.process().wait().expect("wait for careerctl"));
    // "Exited(Pid(123), 130)"
    (status.strip_prefix("Exited("))
        .and_then(|s| s.rsplit(", ").next())
        .and_then(|s| s.trim_end_matches(')').parse().ok())
        .unwrap_or_else(|| panic!("careerctl did not exit normally: {status}"))
}

/// Answers prompts `[from/total]` through `[to/total]` with `rating`, skipping `skip`.
fn answer(p: &mut PtySession, from: usize, to: usize, total: usize, skip: Option<usize>) {
    for n in from..=to {
        p.exp_string(&format!("[{n}/{total}]"))
            .expect("progress prefix");
        reply(p, if Some(n) == skip { "s" } else { "3" });
    }
}

/// Waits for the rating prompt, then types `text` and Enter. Keys typed before
/// the prompt switches the terminal to raw mode can be lost (as for a person
/// typing ahead), so the reply waits a moment after the prompt appears: a
/// synchronisation aid, not a timing assertion.
fn reply(p: &mut PtySession, text: &str) {
    p.exp_string("Rating 0-5, s to skip").expect("prompt");
    std::thread::sleep(std::time::Duration::from_millis(150));
    p.send(&format!("{text}\r")).unwrap();
    p.flush().unwrap();
}

#[test]
fn rate_skip_interrupt_and_resume() {
    let home = common::home();

    // First run: answer 5 skills (skipping the 2nd), then Ctrl-C at the 6th.
    let mut p = spawn(&home, &["assess", "backend-developer", "--level", "senior"]);
    p.exp_string("[1/19]").unwrap();
    p.exp_string("Problem Solving").unwrap();
    p.exp_string("3 Practitioner").unwrap();
    reply(&mut p, "3");
    answer(&mut p, 2, 5, 19, Some(2));
    p.exp_string("[6/19]").unwrap();
    p.exp_string("Rating 0-5").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(150));
    p.send_control('c').unwrap();
    p.exp_string("interrupted; kept 4 answers as a draft; resume with: careerctl assess backend-developer --resume")
        .unwrap();
    assert_eq!(exit_code(&p), 130);
    let draft = common::data_dir(&home).join("drafts/backend-developer.json");
    let saved: serde_json::Value = serde_json::from_slice(&std::fs::read(&draft).unwrap()).unwrap();
    assert_eq!(saved["ratings"].as_object().unwrap().len(), 4);
    assert_eq!(saved["skipped"].as_array().unwrap().len(), 1);

    // Second run: offered to resume; yes; 14 skills left, numbered on from
    // the draft, at the draft's level.
    let mut p = spawn(&home, &["assess", "backend-developer"]);
    p.exp_string("Resume the interrupted assessment of backend-developer (4 rated so far)")
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(150));
    p.send("y\r").unwrap();
    p.flush().unwrap();
    answer(&mut p, 6, 19, 19, None);
    p.exp_string("level senior").unwrap();
    p.exp_string("readiness").unwrap();
    p.exp_string("Readiness by level").unwrap();
    assert_eq!(exit_code(&p), 0);
    assert!(!draft.exists(), "a finished assessment removes the draft");
    let history = common::data_dir(&home).join("history");
    assert_eq!(std::fs::read_dir(history).unwrap().count(), 1);

    // Third run: the profile's ratings are the defaults, so Enter accepts
    // them; the skill skipped before has none and needs a number.
    let mut p = spawn(
        &home,
        &[
            "assess",
            "backend-developer",
            "--no-save",
            "--format",
            "json",
        ],
    );
    for n in 1..=19 {
        p.exp_string(&format!("[{n}/19]")).unwrap();
        reply(&mut p, if n == 2 { "2" } else { "" });
    }
    p.exp_string("\"readiness\"").unwrap();
    assert_eq!(exit_code(&p), 0);
}

#[test]
fn prompts_neutralise_guide_text() {
    let home = common::home();
    let dir = home.path().join("guides");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("nasty.yaml"), common::nasty_guide()).unwrap();
    let mut p = spawn(
        &home,
        &[
            "--guides",
            dir.to_str().unwrap(),
            "assess",
            "nasty",
            "--no-save",
        ],
    );
    p.exp_string("[1/2]").unwrap();
    let shown = p.exp_string("Rating 0-5, s to skip").unwrap();
    // The prompt layer itself moves the cursor; the guide's text must not.
    for raw in [
        "\u{1b}]",
        "\u{1b}[2J",
        "\u{1b}[1;1H",
        "\u{9b}",
        "\u{85}",
        "\u{202e}",
        "\u{8}",
    ] {
        assert!(
            !shown.contains(raw),
            "{raw:?} reached the terminal: {shown:?}"
        );
    }
    assert!(shown.contains("\\u{1b}]52"), "shown escaped: {shown:?}");
    p.send_control('c').unwrap();
    assert_eq!(exit_code(&p), 130);
}

/// Ctrl-C at any prompt, the resume question included, shows the cursor
/// again (dialoguer hides it) and keeps the draft.
#[test]
fn ctrl_c_at_the_resume_question_restores_the_cursor() {
    let home = common::home();
    let mut p = spawn(&home, &["assess", "backend-developer"]);
    reply(&mut p, "3");
    p.exp_string("[2/19]").unwrap();
    p.exp_string("Rating 0-5").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(150));
    p.send_control('c').unwrap();
    p.exp_string("\u{1b}[?25h")
        .expect("cursor shown after Ctrl-C at a rating");
    assert_eq!(exit_code(&p), 130);

    let mut p = spawn(&home, &["assess", "backend-developer"]);
    p.exp_string("Resume the interrupted assessment").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(150));
    p.send_control('c').unwrap();
    p.exp_string("\u{1b}[?25h")
        .expect("cursor shown after Ctrl-C at the resume question");
    p.exp_string("interrupted").unwrap();
    assert_eq!(exit_code(&p), 130);
    let draft = common::data_dir(&home).join("drafts/backend-developer.json");
    assert!(draft.exists(), "the draft is kept");
}

/// The description and the anchors are wrapped to the terminal (here
/// `COLUMNS`) at spaces, with a hanging indent, not cut mid-word by it.
#[test]
fn prompt_text_wraps_at_spaces() {
    let home = common::home();
    let mut cmd = common::careerctl_std(&home);
    cmd.args([
        "--guides",
        WIDE,
        "assess",
        "accessibility-specialist",
        "--no-save",
    ])
    .env("TERM", "xterm")
    .env("COLUMNS", "50");
    let mut p = spawn_command(cmd, Some(20_000)).expect("spawn careerctl in a pty");
    p.exp_string("[1/6]").unwrap();
    let shown = p.exp_string("Rating 0-5, s to skip").unwrap();
    let text = shown.replace('\r', "");
    let description =
        "Evaluates products against conformance criteria and plans the fixes in order of impact.";
    // The progress line before it is drawn by indicatif; the text starts at
    // the description.
    let body = &text[text.find("Evaluates").expect("the description")..];
    for line in body.lines() {
        assert!(line.chars().count() <= 50, "{line:?} in\n{body}");
    }
    let words: Vec<&str> = body.split_whitespace().collect();
    for word in description
        .split_whitespace()
        .chain(["vocabulary;", "unaided."])
    {
        assert!(words.contains(&word), "`{word}` split:\n{body}");
    }
    p.send_control('c').unwrap();
    assert_eq!(exit_code(&p), 130);
}

/// On a terminal that cannot move the cursor (TERM=dumb), the counter and
/// the skill's name are still shown, as plain text.
#[test]
fn a_dumb_terminal_still_shows_the_skill() {
    let home = common::home();
    let mut cmd = common::careerctl_std(&home);
    cmd.args(["assess", "backend-developer", "--no-save"])
        .env("TERM", "dumb");
    let mut p = spawn_command(cmd, Some(20_000)).expect("spawn careerctl in a pty");
    p.exp_string("[1/19] Problem Solving").unwrap();
    p.exp_string("Rating 0-5, s to skip").unwrap();
    p.send_control('c').unwrap();
    assert_eq!(exit_code(&p), 130);
}

/// `b` (or Up, Enter) goes back and changes the previous answer, `?` shows
/// the scale and keys again, `q` keeps a draft and quits.
#[test]
fn back_help_and_quit_at_a_prompt() {
    let home = common::home();
    let mut p = spawn(&home, &["assess", "backend-developer"]);
    p.exp_string("[1/19]").unwrap();
    reply(&mut p, "1");
    p.exp_string("[2/19]").unwrap();
    reply(&mut p, "b");
    p.exp_string("[1/19]").unwrap();
    p.exp_string("Problem Solving").unwrap();
    reply(&mut p, "4");
    p.exp_string("[2/19]").unwrap();
    reply(&mut p, "?");
    p.exp_string("b goes back one skill").unwrap();
    reply(&mut p, "2");
    // Up puts `b` on the line; Enter goes back.
    p.exp_string("[3/19]").unwrap();
    reply(&mut p, "\u{1b}[A");
    p.exp_string("[2/19]").unwrap();
    reply(&mut p, "1");
    p.exp_string("[3/19]").unwrap();
    reply(&mut p, "q");
    p.exp_string("stopped; kept 2 answers as a draft").unwrap();
    assert_eq!(exit_code(&p), 130);
    let draft = common::data_dir(&home).join("drafts/backend-developer.json");
    let saved: serde_json::Value = serde_json::from_slice(&std::fs::read(&draft).unwrap()).unwrap();
    assert_eq!(
        saved["ratings"]["problem-solving"], 4,
        "b changed it: {saved}"
    );
    assert_eq!(saved["ratings"].as_object().unwrap().len(), 2, "{saved}");
}

/// A data dir that cannot be used fails before the first question, naming
/// the dir and CAREERCTL_HOME; `--no-save` needs no data dir and writes no draft.
#[test]
fn an_unusable_data_dir_fails_before_the_first_prompt() {
    let home = common::home();
    let file = home.path().join("plain-file");
    std::fs::write(&file, "x").unwrap();
    let mut cmd = common::careerctl_std(&home);
    cmd.args(["assess", "backend-developer"])
        .env("TERM", "xterm")
        .env("CAREERCTL_HOME", &file);
    let mut p = spawn_command(cmd, Some(20_000)).unwrap();
    let before = p.exp_string("CAREERCTL_HOME").unwrap();
    assert!(!before.contains("[1/19]"), "asked first: {before}");
    assert!(before.contains(&file.display().to_string()), "{before}");
    assert_eq!(exit_code(&p), 3);

    let mut p = spawn(&home, &["assess", "backend-developer", "--no-save"]);
    p.exp_string("[1/19]").unwrap();
    reply(&mut p, "3");
    p.exp_string("[2/19]").unwrap();
    p.exp_string("Rating 0-5").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(150));
    p.send_control('c').unwrap();
    p.exp_string("nothing kept (--no-save)").unwrap();
    assert_eq!(exit_code(&p), 130);
    assert!(
        !common::data_dir(&home).exists(),
        "no draft under --no-save"
    );
}

/// A save that fails after the prompts (here `profile.json` is a directory,
/// which the check before the first question does not look at) still prints
/// the report and keeps the typed answers as a draft, then exits 3.
#[test]
fn a_failed_save_after_the_prompts_keeps_the_report_and_the_answers() {
    let home = common::home();
    let data = common::data_dir(&home);
    std::fs::create_dir_all(data.join("profile.json")).unwrap();
    let all =
        std::fs::read_to_string(common::root().join("tests/fixtures/answers/backend-mid.yaml"))
            .unwrap();
    // Every skill but the first given with --rate: one question is left.
    let mut args = vec!["assess".to_string(), "backend-developer".into()];
    for line in all
        .lines()
        .filter(|l| l.starts_with("  ") && !l.contains("problem-solving"))
    {
        let (id, n) = line.trim().split_once(": ").unwrap();
        args.push("--rate".into());
        args.push(format!("{id}={n}"));
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let mut p = spawn(&home, &args);
    p.exp_string("[19/19]").unwrap();
    reply(&mut p, "4");
    p.exp_string("Readiness by level").unwrap();
    p.exp_string("your answers are kept as a draft").unwrap();
    p.exp_string("profile.json").unwrap();
    assert_eq!(exit_code(&p), 3);
    let draft: serde_json::Value =
        serde_json::from_slice(&std::fs::read(data.join("drafts/backend-developer.json")).unwrap())
            .unwrap();
    assert_eq!(draft["ratings"]["problem-solving"], 4, "{draft}");
    assert!(
        !data.join("history").exists()
            || std::fs::read_dir(data.join("history")).unwrap().count() == 0,
        "the history file was rolled back"
    );
}

/// On a terminal `history rm` asks first; no removes nothing, yes removes.
/// The answer counts once Enter is pressed, not at its first key, so the
/// Enter is not left over for whatever reads the terminal next.
#[test]
fn history_rm_asks_on_a_terminal() {
    let home = common::home();
    let out = common::careerctl_std(&home)
        .args(["assess", "backend-developer", "--save", "-q", "--answers"])
        .arg("tests/fixtures/answers/backend-mid.yaml")
        .output()
        .unwrap();
    assert!(out.status.success());
    let history = common::data_dir(&home).join("history");
    for (key, left) in [("n", 1), ("y", 0)] {
        let mut p = spawn(&home, &["history", "rm", "1"]);
        p.exp_string("Remove 1 saved assessment: backend-developer mid")
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(150));
        p.send(key).unwrap();
        p.flush().unwrap();
        // Not yet: the key alone decides nothing.
        std::thread::sleep(std::time::Duration::from_millis(300));
        assert_eq!(
            std::fs::read_dir(&history).unwrap().count(),
            1,
            "{key} alone"
        );
        p.send("\r").unwrap();
        p.flush().unwrap();
        p.exp_eof().unwrap();
        assert_eq!(exit_code(&p), 0);
        assert_eq!(
            std::fs::read_dir(&history).unwrap().count(),
            left,
            "after {key}"
        );
    }
}

/// A SIGTERM (or a closed terminal's SIGHUP) at a prompt keeps the answers
/// so far as a draft and says so, as Ctrl-C does, and ends the program.
#[test]
fn sigterm_at_a_prompt_keeps_a_draft() {
    let home = common::home();
    let mut p = spawn(&home, &["assess", "backend-developer"]);
    answer(&mut p, 1, 2, 19, None);
    p.exp_string("[3/19]").unwrap();
    p.exp_string("Rating 0-5").unwrap();
    p.process_mut()
        .signal(rexpect::process::Signal::SIGTERM)
        .unwrap();
    // It says what it kept, as a Ctrl-C does.
    p.exp_string("interrupted; kept 2 answers as a draft; resume with: careerctl assess backend-developer --resume")
        .unwrap();
    assert_eq!(exit_code(&p), 130);
    let draft = common::data_dir(&home).join("drafts/backend-developer.json");
    let draft: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&draft).expect("a draft")).unwrap();
    assert_eq!(draft["ratings"].as_object().unwrap().len(), 2, "{draft}");
}

/// After a successful save, trouble removing the draft the prompts answered
/// is a warning, not a failure (a retry would save the assessment twice).
#[test]
fn a_draft_that_cannot_be_removed_is_a_warning() {
    let home = common::home();
    let drafts = common::data_dir(&home).join("drafts");
    // A directory where the draft file would be: removing it fails.
    std::fs::create_dir_all(drafts.join("backend-developer.json").join("x")).unwrap();
    let ids = [
        "problem-solving",
        "communication",
        "stakeholder-collaboration",
        "backend-programming",
        "api-design",
        "database-design",
        "sql",
        "system-design",
        "testing",
        "debugging",
        "security-fundamentals",
        "cloud-services",
        "containerization",
        "observability",
        "continuous-integration",
        "continuous-delivery",
        "performance-tuning",
        "database-optimization",
    ];
    let mut args = vec!["assess", "backend-developer", "--save"];
    let rates: Vec<String> = ids.iter().map(|id| format!("{id}=3")).collect();
    for r in &rates {
        args.extend(["--rate", r.as_str()]);
    }
    let mut p = spawn(&home, &args);
    answer(&mut p, 19, 19, 19, None);
    p.exp_string("saved, but the draft stays").unwrap();
    assert_eq!(exit_code(&p), 0);
    let history = std::fs::read_dir(common::data_dir(&home).join("history"))
        .unwrap()
        .count();
    assert_eq!(history, 1);
}
