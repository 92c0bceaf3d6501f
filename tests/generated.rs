//! The committed completions, man pages and JSON Schemas are exactly what the
//! current code generates, and real clients accept them.
//!
//! Regenerate them all with: CAREERCTL_BLESS=1 cargo test --test generated

use std::path::{Path, PathBuf};
use std::process::Command;

use careerctl::cli::SchemaKind;
use careerctl::commands::generate::{SHELLS, completion_file, completion_script, man_pages};
use careerctl::commands::schema::schema_text;

const HINT: &str = "regenerate with: CAREERCTL_BLESS=1 cargo test --test generated";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every generated file: (path relative to the repo, contents).
fn generated() -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    for shell in SHELLS {
        files.push((
            Path::new("completions").join(completion_file(shell)),
            completion_script(shell),
        ));
    }
    for (name, page) in man_pages() {
        files.push((Path::new("man").join(name), page));
    }
    for (kind, name) in [
        (SchemaKind::Guide, "guide"),
        (SchemaKind::Ratings, "ratings"),
        (SchemaKind::Report, "report"),
    ] {
        files.push((
            Path::new("schemas").join(format!("{name}.schema.json")),
            schema_text(kind).into_bytes(),
        ));
    }
    files
}

#[test]
fn committed_files_match_the_code() {
    let bless = std::env::var_os("CAREERCTL_BLESS").is_some();
    let mut stale = Vec::new();
    for (rel, want) in generated() {
        let path = root().join(&rel);
        if bless {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &want).unwrap();
        } else if std::fs::read(&path).ok().as_deref() != Some(want.as_slice()) {
            stale.push(rel.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "out of date: {}; {HINT}",
        stale.join(", ")
    );
    // No committed file that the code no longer generates.
    let known: Vec<PathBuf> = generated().into_iter().map(|(p, _)| p).collect();
    for dir in ["completions", "man", "schemas"] {
        for entry in std::fs::read_dir(root().join(dir)).unwrap() {
            let rel = Path::new(dir).join(entry.unwrap().file_name());
            assert!(
                known.contains(&rel),
                "{} is not generated any more; delete it",
                rel.display()
            );
        }
    }
}

#[test]
fn commands_print_what_is_committed() {
    // The committed files are compared with generated() above; here the
    // commands are compared with generated(), so bless runs do not race.
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_careerctl"))
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success());
        out.stdout
    };
    for shell in SHELLS {
        assert_eq!(
            run(&["completions", &shell.to_string()]),
            completion_script(shell),
            "{shell}"
        );
    }
    assert_eq!(run(&["man"]), man_pages().remove(0).1);
    for (kind, name) in [
        (SchemaKind::Guide, "guide"),
        (SchemaKind::Ratings, "ratings"),
        (SchemaKind::Report, "report"),
    ] {
        assert_eq!(
            run(&["schema", name]),
            schema_text(kind).into_bytes(),
            "{name}"
        );
    }
    let dir = tempfile::tempdir().unwrap();
    run(&["man", "--dir", dir.path().to_str().unwrap()]);
    for (name, page) in man_pages() {
        assert_eq!(
            std::fs::read(dir.path().join(&name)).unwrap(),
            page,
            "{name}"
        );
    }
}

#[test]
fn main_man_page_has_the_extra_sections() {
    let page = String::from_utf8(man_pages().remove(0).1).unwrap();
    for section in [
        ".SH \"EXIT STATUS\"",
        ".SH ENVIRONMENT",
        ".SH FILES",
        ".SH EXAMPLES",
    ] {
        assert!(page.contains(section), "{section}");
    }
    for var in ["CAREERCTL_HOME", "CAREERCTL_GUIDES", "NO_COLOR"] {
        assert!(page.contains(var), "{var}");
    }
}

/// Runs a shell snippet; the shell must be installed (.ci/run installs it).
fn shell(program: &str, script: &str) -> String {
    // -f for zsh: no user startup files; fish and bash ignore none of that here.
    let args: &[&str] = if program == "zsh" {
        &["-f", "-c", script]
    } else {
        &["-c", script]
    };
    let out = Command::new(program)
        .args(args)
        .current_dir(root())
        .output()
        .unwrap_or_else(|e| panic!("{program} is needed for this test (.ci/run installs it): {e}"));
    assert!(
        out.status.success(),
        "{program}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
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

#[test]
fn man_pages_render_without_warnings() {
    let dir = tempfile::tempdir().unwrap();
    for (name, page) in man_pages() {
        let path = dir.path().join(&name);
        std::fs::write(&path, page).unwrap();
        let out = Command::new("groff")
            .args(["-man", "-ww", "-z"])
            .arg(&path)
            .output()
            .expect("groff is needed for this test (.ci/run installs it)");
        assert!(
            out.status.success() && out.stderr.is_empty(),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
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

#[test]
fn zsh_loads_the_completion() {
    // A real zsh: the script parses, registers for careerctl, and offers the guide ids.
    let out = shell(
        "zsh",
        "autoload -U compinit; compinit -u -D; source completions/_careerctl; \
         whence -w _careerctl; print $_comps[careerctl]",
    );
    assert!(out.contains("_careerctl: function"), "{out}");
    assert!(out.lines().any(|l| l == "_careerctl"), "{out}");
    let script = std::fs::read_to_string(root().join("completions/_careerctl")).unwrap();
    assert!(
        script.contains(":(backend-developer data-engineer "),
        "guide ids offered for ROLE"
    );
}
