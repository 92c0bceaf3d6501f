//! Real clients accept what careerctl generates: bash, zsh and fish load the
//! completion scripts and complete from them, groff renders the man pages
//! without a warning.
//!
//! These programs are not part of the Rust toolchain. A test whose program is
//! missing is skipped with a visible line and counted as ignored, so `cargo
//! test` passes on a machine with only Rust; under `CAREERCTL_REQUIRE_TOOLS=1`
//! (as `.ci/run` sets after installing them) a missing program is a failure.
//! This file has its own harness (libtest-mimic) because the built-in one
//! cannot mark a test ignored at run time.

mod common;

use std::process::Command;

use careerctl::commands::generate::man_pages;
use common::Tool;
use libtest_mimic::{Arguments, Failed, Trial};

fn main() {
    let args = Arguments::from_args();
    let tests = vec![
        needs(
            "bash",
            "bash_completes_commands_options_and_guide_ids",
            bash_completes_commands_options_and_guide_ids,
        ),
        needs("zsh", "zsh_loads_the_completion", zsh_loads_the_completion),
        needs(
            "fish",
            "fish_completes_commands_and_guide_ids",
            fish_completes_commands_and_guide_ids,
        ),
        needs(
            "bash",
            "bash_completes_from_the_program",
            bash_completes_from_the_program,
        ),
        needs(
            "zsh",
            "zsh_completes_from_the_program",
            zsh_completes_from_the_program,
        ),
        needs(
            "fish",
            "fish_completes_from_the_program",
            fish_completes_from_the_program,
        ),
        needs(
            "groff",
            "man_pages_render_without_warnings",
            man_pages_render_without_warnings,
        ),
    ];
    libtest_mimic::run(&args, tests).exit();
}

/// A test that runs `program`: run, skipped (ignored, with a line saying
/// so) or failed, as [`common::tool`] decides.
fn needs(program: &str, name: &str, test: fn()) -> Trial {
    match common::tool(program) {
        Tool::Found => Trial::test(name, move || {
            test();
            Ok(())
        }),
        Tool::Skip(line) => {
            println!("{line}");
            Trial::test(name, || Ok(())).with_ignored_flag(true)
        }
        Tool::Required(message) => Trial::test(name, move || Err(Failed::from(message))),
    }
}

/// Runs a shell snippet in the crate root.
fn shell(program: &str, script: &str) -> String {
    shell_in(program, script, None)
}

/// Runs a shell snippet in the crate root, careerctl's data and config in `home`.
fn shell_in(program: &str, script: &str, home: Option<&tempfile::TempDir>) -> String {
    // -f for zsh: no user startup files; fish and bash ignore none of that here.
    let args: &[&str] = if program == "zsh" {
        &["-f", "-c", script]
    } else {
        &["-c", script]
    };
    let mut cmd = Command::new(program);
    cmd.args(args).current_dir(common::root());
    if let Some(home) = home {
        cmd.env("XDG_CONFIG_HOME", common::config_dir(home))
            .env("CAREERCTL_HOME", common::data_dir(home))
            .env_remove("CAREERCTL_GUIDES");
    }
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("cannot run {program}: {e}"));
    assert!(
        out.status.success(),
        "{program}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn bash_completes_commands_options_and_guide_ids() {
    // As bash calls a completion function: the command, the word being
    // completed and the one before it, with COMP_WORDS and COMP_CWORD set.
    let complete = |words: &str| {
        let list: Vec<&str> = words.split(' ').collect();
        let n = list.len() - 1;
        let (cur, prev) = (list[n], list[n - 1]);
        shell(
            "bash",
            &format!(
                "source completions/careerctl.bash; COMP_WORDS=({words}); COMP_CWORD={n}; \
                 COMP_LINE='{words}'; COMP_POINT=${{#COMP_LINE}}; _careerctl careerctl '{cur}' '{prev}'; \
                 printf '%s\\n' \"${{COMPREPLY[@]}}\""
            ),
        )
    };
    assert!(complete("careerctl a").lines().any(|l| l == "assess"));
    assert!(
        complete("careerctl assess --f")
            .lines()
            .any(|l| l == "--format")
    );
    assert!(
        complete("careerctl assess back")
            .lines()
            .any(|l| l == "backend-developer")
    );
}

/// A data and config home with a user guide `my-role` that no static
/// script can know, for the dynamic completion tests.
fn user_guide_home() -> tempfile::TempDir {
    let home = common::home();
    let dir = common::config_dir(&home).join("careerctl/guides");
    std::fs::create_dir_all(&dir).unwrap();
    let guide = common::fixture_text("valid/qa-engineer.yaml")
        .replace("id: qa-engineer", "id: my-role")
        .replace("title: QA Engineer", "title: My Role");
    std::fs::write(dir.join("my-role.yaml"), guide).unwrap();
    home
}

/// What the dynamic completion offers, checked the same way for each shell:
/// a guide only in the user dir, the chosen guide's levels, skill ids for
/// --rate, subcommands first.
fn check_dynamic(complete: impl Fn(&[&str]) -> Vec<String>) {
    let has = |words: &[&str], want: &str| {
        let got = complete(words);
        assert!(
            got.iter().any(|l| l == want),
            "{words:?}: no {want} in {got:?}"
        );
    };
    has(&["careerctl", "assess", "m"], "my-role");
    has(&["careerctl", "guides", "show", "my"], "my-role");
    has(
        &["careerctl", "assess", "backend-developer", "--level", ""],
        "senior",
    );
    has(
        &["careerctl", "assess", "my-role", "--rate", "exp"],
        "exploratory-testing=",
    );
    let levels = complete(&["careerctl", "assess", "my-role", "--level", ""]);
    assert_eq!(levels, ["entry", "mid", "senior"]);
    let first = complete(&["careerctl", ""]);
    assert_eq!(
        first.first().map(String::as_str),
        Some("assess"),
        "{first:?}"
    );
}

fn bash_completes_from_the_program() {
    let home = user_guide_home();
    check_dynamic(|words| {
        let n = words.len() - 1;
        let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
        let out = shell_in(
            "bash",
            &format!(
                "source <(COMPLETE=bash '{bin}'); COMP_WORDS=({list}); COMP_CWORD={n}; \
                 COMP_LINE='{line}'; COMP_POINT=${{#COMP_LINE}}; \
                 _clap_complete_careerctl careerctl '{cur}' '{prev}'; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
                bin = common::BIN,
                list = quoted.join(" "),
                line = words.join(" "),
                cur = words[n],
                prev = words[n - 1],
            ),
            Some(&home),
        );
        out.lines().map(String::from).collect()
    });
}

fn zsh_completes_from_the_program() {
    let home = user_guide_home();
    check_dynamic(|words| {
        let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
        // compdef and _describe belong to the completion system, which a
        // script cannot start without a terminal: stand-ins print what the
        // completer would offer.
        let out = shell_in(
            "zsh",
            &format!(
                "compdef() {{ :; }}; source <(COMPLETE=zsh '{bin}'); \
                 _describe() {{ print -rl -- \"${{(@P)3}}\" }}; \
                 words=({list}); CURRENT={n}; _clap_dynamic_completer_careerctl",
                bin = common::BIN,
                list = quoted.join(" "),
                n = words.len(),
            ),
            Some(&home),
        );
        (out.lines())
            .map(|l| l.split(':').next().unwrap_or(l).to_string())
            .collect()
    });
}

fn fish_completes_from_the_program() {
    let home = user_guide_home();
    check_dynamic(|words| {
        let out = shell_in(
            "fish",
            &format!(
                "COMPLETE=fish '{bin}' | source; complete -C '{line}'",
                bin = common::BIN,
                line = words.join(" "),
            ),
            Some(&home),
        );
        (out.lines())
            .map(|l| l.split('\t').next().unwrap_or(l).to_string())
            .collect()
    });
}

fn man_pages_render_without_warnings() {
    let dir = tempfile::tempdir().unwrap();
    for (name, page) in man_pages() {
        let path = dir.path().join(&name);
        std::fs::write(&path, page).unwrap();
        let out = Command::new("groff")
            .args(["-man", "-ww", "-z"])
            .arg(&path)
            .output()
            .expect("run groff");
        assert!(
            out.status.success() && out.stderr.is_empty(),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

fn fish_completes_commands_and_guide_ids() {
    let out = shell(
        "fish",
        "source completions/careerctl.fish; complete -C 'careerctl a'; \
         complete -C 'careerctl assess --f'; complete -C 'careerctl assess back'; \
         complete -C 'careerctl guides show '",
    );
    let first: Vec<&str> = out.lines().map(|l| l.split('\t').next().unwrap()).collect();
    assert!(first.contains(&"assess"), "{out}");
    assert!(first.contains(&"--format"), "{out}");
    assert_eq!(
        first.iter().filter(|w| **w == "backend-developer").count(),
        2,
        "{out}"
    );
}

fn zsh_loads_the_completion() {
    // A real zsh: the script parses, registers for careerctl, and offers the guide ids.
    let out = shell(
        "zsh",
        "autoload -U compinit; compinit -u -D; source completions/_careerctl; \
         whence -w _careerctl; print $_comps[careerctl]",
    );
    assert!(out.contains("_careerctl: function"), "{out}");
    assert!(out.lines().any(|l| l == "_careerctl"), "{out}");
    let script = std::fs::read_to_string(common::root().join("completions/_careerctl")).unwrap();
    assert!(
        script.contains(":(backend-developer data-engineer "),
        "guide ids offered for ROLE"
    );
}
