//! Text from guides and answers files cannot drive the terminal: every
//! command and format prints escape sequences, control characters and bidi
//! overrides from a guide neutralised (README, "Files and environment").

mod common;

use common::{NASTY, careerctl, home, nasty_guide, raw_controls, stderr_of, stdout_of, yaml_str};

fn setup() -> (tempfile::TempDir, String, String) {
    let h = home();
    let dir = h.path().join("guides");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("nasty.yaml"), nasty_guide()).unwrap();
    let answers = h.path().join("answers.yaml");
    let key = yaml_str(&format!("bad{NASTY}"));
    std::fs::write(&answers, format!("ratings:\n  evil-skill: 1\n  {key}: 2\n")).unwrap();
    (h, dir.display().to_string(), answers.display().to_string())
}

fn assert_clean(args: &[&str], out: &std::process::Output) {
    let (o, e) = (stdout_of(out), stderr_of(out));
    assert!(!o.is_empty() || !e.is_empty(), "{args:?} printed nothing");
    assert_eq!(raw_controls(&o), [] as [char; 0], "{args:?} stdout: {o}");
    assert_eq!(raw_controls(&e), [] as [char; 0], "{args:?} stderr: {e}");
}

#[test]
fn every_command_and_format_neutralises_guide_text() {
    let (h, dir, answers) = setup();
    let mut runs: Vec<Vec<&str>> = vec![
        vec!["guides", "list"],
        vec!["guides", "list", "--format", "json"],
        vec!["validate", &dir],
        vec!["validate", &dir, "--format", "json"],
        vec!["validate", &dir, "--format", "github"],
    ];
    for f in ["table", "json", "yaml", "markdown"] {
        runs.push(vec!["guides", "show", "nasty", "--format", f]);
    }
    for f in ["table", "json", "markdown"] {
        runs.push(vec![
            "assess",
            "nasty",
            "--answers",
            &answers,
            "--assume-unrated",
            "0",
            "--format",
            f,
        ]);
    }
    for args in runs {
        let out = careerctl(&h)
            .args(["--guides", &dir])
            .args(&args)
            .output()
            .unwrap();
        assert!(
            out.status.code().is_some_and(|c| c <= 1),
            "{args:?}: {}",
            stderr_of(&out)
        );
        assert_clean(&args, &out);
    }
}

#[test]
fn json_keeps_the_exact_text() {
    let (h, dir, _) = setup();
    let out = careerctl(&h)
        .args([
            "--guides", &dir, "guides", "show", "nasty", "--format", "json",
        ])
        .output()
        .unwrap();
    let guide: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(guide["title"], format!("text {NASTY} end"));
}

#[test]
fn error_messages_neutralise_file_text() {
    let h = home();
    let dir = h.path().join("g");
    std::fs::create_dir_all(&dir).unwrap();
    // An unknown key and an unknown category carrying escapes.
    let key = yaml_str(&format!("x{NASTY}"));
    let guide = nasty_guide().replace("category: domain", &format!("category: {key}"));
    std::fs::write(dir.join("nasty.yaml"), &guide).unwrap();
    std::fs::write(dir.join("other.yaml"), format!("{key}: 1\n")).unwrap();
    let d = dir.display().to_string();
    for args in [
        vec!["validate", d.as_str()],
        vec!["--guides", d.as_str(), "guides", "show", "nasty"],
        vec!["--guides", d.as_str(), "guides", "list"],
        vec![
            "--guides",
            d.as_str(),
            "assess",
            "nasty",
            "--rate",
            "evil-skill=1",
        ],
    ] {
        let out = careerctl(&h).args(&args).output().unwrap();
        assert_clean(&args, &out);
    }
}
