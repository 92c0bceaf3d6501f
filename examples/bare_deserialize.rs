//! The "bare deserialize" baseline of issue 7: what parsing a directory of
//! guides costs with nothing but serde_yaml, on one thread.
//!
//! ```text
//! cargo run --release --example bare_deserialize -- DIR
//! ```
//!
//! Reads every `*.yaml` file in DIR (not recursive, sorted by name) and
//! deserializes it into [`careerctl::guide::Guide`]; no checks, no output
//! other than `N files, M failed`. `benches/whole_process.sh` compares
//! `careerctl validate` against this.

use std::path::PathBuf;

fn main() {
    let Some(dir) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: bare_deserialize DIR");
        std::process::exit(2);
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| {
            eprintln!("{}: {e}", dir.display());
            std::process::exit(2)
        })
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    files.sort();
    let mut failed = 0usize;
    for path in &files {
        let ok = std::fs::read_to_string(path)
            .ok()
            .and_then(|text| serde_yaml::from_str::<careerctl::guide::Guide>(&text).ok())
            .is_some();
        if !ok {
            failed += 1;
        }
    }
    println!("{} files, {failed} failed", files.len());
}
