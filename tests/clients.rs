//! Real clients accept what careerctl generates: bash, zsh and fish load the
//! completion scripts and complete from them, groff renders the man pages
//! without a warning, headless Chromium renders the HTML report and the SVG
//! wheel.
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
        needs(
            "chromium",
            "html_and_svg_render_in_chromium",
            html_and_svg_render_in_chromium,
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
    // One saved assessment, for `history show REF`.
    let saved = common::careerctl_std(&home)
        .args(["assess", "my-role", "--assume-unrated", "2", "--save", "-q"])
        .output()
        .unwrap();
    assert!(saved.status.success());
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
    has(&["careerctl", "history", "show", ""], "1");
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

/// careerctl's stdout for `args`, in an isolated home.
fn careerctl_out(home: &tempfile::TempDir, args: &[&std::ffi::OsStr]) -> Vec<u8> {
    let out = common::careerctl_std(home)
        .args(args)
        .output()
        .expect("run careerctl");
    assert!(
        out.status.success(),
        "careerctl {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// Headless Chromium on `page` with `args`; its stdout. Fails on any line it
/// logs from the page's console: a script error, or a request the page's
/// Content-Security-Policy blocked (Chromium logs each one there).
fn chromium(profile: &std::path::Path, page: &std::path::Path, args: &[&str]) -> String {
    let out = Command::new("chromium")
        .args([
            "--headless",
            "--disable-gpu",
            "--no-sandbox",
            "--no-first-run",
            "--hide-scrollbars",
            "--window-size=1200,1600",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("run chromium");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "chromium {args:?}: {stderr}");
    let console: Vec<&str> = stderr.lines().filter(|l| l.contains(":CONSOLE")).collect();
    assert!(
        console.is_empty(),
        "{}: console messages: {console:#?}",
        page.display()
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The size of a PNG screenshot of `page`.
fn screenshot(dir: &std::path::Path, page: &std::path::Path) -> u64 {
    let png = page.with_extension("png");
    chromium(
        &dir.join("profile"),
        page,
        &[&format!("--screenshot={}", png.display())],
    );
    let bytes = std::fs::read(&png).expect("chromium wrote a screenshot");
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "a PNG");
    bytes.len() as u64
}

fn html_and_svg_render_in_chromium() {
    use std::ffi::OsStr;
    let home = common::home();
    let dir = home.path().join("pages");
    let guides = home.path().join("guides");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::create_dir_all(&guides).unwrap();
    std::fs::write(guides.join("markup.yaml"), common::markup_guide()).unwrap();
    let me: [&OsStr; 7] = [
        "assess",
        "backend-developer",
        "--answers",
        "examples/me.yaml",
        "--no-save",
        "--format",
        "html",
    ]
    .map(OsStr::new);
    let mut pages = Vec::new();
    for (name, format) in [("backend.html", "html"), ("wheel.svg", "svg")] {
        let mut args = me;
        args[6] = OsStr::new(format);
        let page = dir.join(name);
        std::fs::write(&page, careerctl_out(&home, &args)).unwrap();
        pages.push(page);
    }
    let markup = dir.join("markup.html");
    let args = [
        OsStr::new("--guides"),
        guides.as_os_str(),
        OsStr::new("assess"),
        OsStr::new("markup"),
        OsStr::new("--assume-unrated"),
        OsStr::new("0"),
        OsStr::new("--no-save"),
        OsStr::new("--format"),
        OsStr::new("html"),
    ];
    std::fs::write(&markup, careerctl_out(&home, &args)).unwrap();
    let markup_svg = dir.join("markup.svg");
    let mut svg_args = args;
    svg_args[8] = OsStr::new("svg");
    std::fs::write(&markup_svg, careerctl_out(&home, &svg_args)).unwrap();
    pages.push(markup.clone());
    pages.push(markup_svg);
    // Two saved assessments, drawn over time.
    for rate in ["observability=0", "observability=3"] {
        let mut args = me.to_vec();
        args[4] = OsStr::new("--rate");
        args[5] = OsStr::new(rate);
        args[6] = OsStr::new("json");
        args.insert(6, OsStr::new("--format"));
        args.push(OsStr::new("--save"));
        careerctl_out(&home, &args);
    }
    // A team of five: the team's wheel and the heat map.
    let mut team = vec![
        OsStr::new("team"),
        OsStr::new("--format"),
        OsStr::new("html"),
    ];
    let reports: Vec<std::path::PathBuf> = (0..5).map(|i| dir.join(format!("p{i}.json"))).collect();
    let rates: Vec<String> = (0..5).map(|i| format!("sql={i}")).collect();
    for (path, rate) in reports.iter().zip(&rates) {
        let mut args = me.to_vec();
        args[6] = OsStr::new("json");
        args.extend([OsStr::new("--rate"), OsStr::new(rate)]);
        std::fs::write(path, careerctl_out(&home, &args)).unwrap();
    }
    team.extend(reports.iter().map(|p| p.as_os_str()));
    let page = dir.join("team.html");
    std::fs::write(&page, careerctl_out(&home, &team)).unwrap();
    pages.push(page);
    for format in ["html", "svg"] {
        let page = dir.join(format!("history.{format}"));
        let args = ["history", "backend-developer", "--format", format].map(OsStr::new);
        std::fs::write(&page, careerctl_out(&home, &args)).unwrap();
        pages.push(page);
    }

    // Not blank: a screenshot of an empty page of the same size compresses
    // to a few kilobytes; a drawn page is several times that (the sparsest,
    // the history chart alone, about 2.5 times; the report page 30 times).
    let blank = dir.join("blank.html");
    std::fs::write(
        &blank,
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"/><title>blank</title></head><body></body></html>",
    )
    .unwrap();
    let empty = screenshot(&dir, &blank);
    for page in &pages {
        let size = screenshot(&dir, page);
        assert!(
            size > 2 * empty,
            "{} looks blank: a {size}-byte screenshot, an empty page's is {empty}",
            page.display()
        );
    }

    // The hostile guide's markup is text in the page Chromium built.
    let dom = chromium(&dir.join("profile"), &markup, &["--dump-dom"]);
    let lower = dom.to_ascii_lowercase();
    for element in ["<script", "<img", "<iframe", "<svg onload"] {
        assert!(!lower.contains(element), "{element} in the DOM:\n{dom}");
    }
    assert!(
        dom.contains(
            "&lt;script&gt;alert(1)&lt;/script&gt; \"&gt;&lt;img src=x onerror=alert(2)&gt;"
        ),
        "the markup is not shown as text:\n{dom}"
    );
    assert_eq!(lower.matches("<style").count(), 1, "one style sheet");
}
