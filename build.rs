//! Embeds every guide in guides/ into the binary, twice: the YAML text (for
//! `validate` and `guides show`), and the same guide converted to JSON, which
//! serde_json reads several times faster than serde_yaml reads YAML, so
//! commands that load built-in guides start fast. The built-in guides'
//! validity is checked by the test suite (`validate --strict` on them).

use std::path::Path;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("guides");
    let out_dir = std::env::var("OUT_DIR").unwrap();
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut guides: Vec<_> = std::fs::read_dir(&dir)
        .expect("guides/ exists")
        .map(|e| e.expect("readable guides/").path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    guides.sort();
    let (mut yaml_list, mut json_list) = (String::from("&[\n"), String::from("&[\n"));
    for path in guides {
        println!("cargo::rerun-if-changed={}", path.display());
        let id = path.file_stem().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&path).unwrap();
        let value: serde_yaml::Value =
            serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let json_path = Path::new(&out_dir).join(format!("{id}.json"));
        std::fs::write(&json_path, serde_json::to_string(&to_json(value)).unwrap()).unwrap();
        yaml_list.push_str(&format!(
            "    ({id:?}, include_str!({:?})),\n",
            path.display().to_string()
        ));
        json_list.push_str(&format!(
            "    ({id:?}, include_str!({:?})),\n",
            json_path.display().to_string()
        ));
    }
    yaml_list.push_str("]\n");
    json_list.push_str("]\n");
    std::fs::write(Path::new(&out_dir).join("builtin_guides.rs"), yaml_list).unwrap();
    std::fs::write(
        Path::new(&out_dir).join("builtin_guides_json.rs"),
        json_list,
    )
    .unwrap();
}

/// YAML to JSON; mapping keys become strings (`anchors: {3: ...}` → `"3"`,
/// which serde_json hands back to an integer key type as 3).
fn to_json(v: serde_yaml::Value) -> serde_json::Value {
    use serde_yaml::Value as Y;
    match v {
        Y::Null => serde_json::Value::Null,
        Y::Bool(b) => b.into(),
        Y::Number(n) => serde_json::to_value(&n).unwrap(),
        Y::String(s) => s.into(),
        Y::Sequence(items) => items.into_iter().map(to_json).collect(),
        Y::Mapping(map) => map
            .into_iter()
            .map(|(k, v)| {
                let key = match k {
                    Y::String(s) => s,
                    other => serde_yaml::to_string(&other)
                        .unwrap()
                        .trim_end()
                        .to_string(),
                };
                (key, to_json(v))
            })
            .collect::<serde_json::Map<_, _>>()
            .into(),
        Y::Tagged(t) => to_json(t.value),
    }
}
