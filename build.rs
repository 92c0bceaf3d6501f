//! Embeds every guide in guides/ into the binary: writes the list of
//! `(id, include_str!(path))` that `guide::load::BUILTIN` includes.

use std::path::Path;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("guides");
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut guides: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("guides/ exists")
        .map(|e| e.expect("readable guides/").path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .map(|p| {
            println!("cargo::rerun-if-changed={}", p.display());
            let id = p.file_stem().unwrap().to_string_lossy().into_owned();
            (id, p.display().to_string())
        })
        .collect();
    guides.sort();
    let mut out = String::from("&[\n");
    for (id, path) in guides {
        out.push_str(&format!("    ({id:?}, include_str!({path:?})),\n"));
    }
    out.push_str("]\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("builtin_guides.rs");
    std::fs::write(dest, out).unwrap();
}
