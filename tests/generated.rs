//! The committed completions, man pages and JSON Schemas are exactly what the
//! current code generates. tests/clients.rs runs them in real shells and groff.
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
    for (kind, name) in schema_kinds() {
        files.push((
            Path::new("schemas").join(format!("{name}.schema.json")),
            schema_text(kind).into_bytes(),
        ));
    }
    files
}

/// Every kind `careerctl schema` knows, with its name on the command line.
fn schema_kinds() -> Vec<(SchemaKind, String)> {
    use clap::ValueEnum;
    (SchemaKind::value_variants().iter())
        .map(|k| (*k, k.to_possible_value().unwrap().get_name().to_string()))
        .collect()
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
    for (kind, name) in schema_kinds() {
        assert_eq!(
            run(&["schema", &name]),
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
