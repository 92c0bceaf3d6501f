//! The benchmark corpus generator (examples/gen_corpus.rs) makes what issue 7
//! asks for: valid guides of 15–40 skills, descriptions of 100–300
//! characters, resources, next steps and custom levels in some, the same
//! bytes for the same seed. The benchmarks measure nothing if it drifts.

mod common;

use careerctl::guide::Guide;
use common::{cli, home, stderr_of};

#[path = "../examples/gen_corpus.rs"]
#[allow(dead_code)]
mod corpus;

const N: usize = 200;

#[test]
fn generated_guides_are_valid_and_as_specified() {
    let h = home();
    let dir = tempfile::tempdir().unwrap();
    let mut custom_levels = 0;
    let mut with_resources = 0;
    for i in 0..N {
        let text = corpus::guide_yaml(corpus::DEFAULT_SEED, i, N);
        assert_eq!(
            text,
            corpus::guide_yaml(corpus::DEFAULT_SEED, i, N),
            "guide {i} is reproducible"
        );
        let g: Guide = serde_yaml::from_str(&text).unwrap();
        assert!(
            (15..=40).contains(&g.skills.len()),
            "guide {i}: {} skills",
            g.skills.len()
        );
        for s in &g.skills {
            let n = s.description.chars().count();
            assert!(
                (100..=300).contains(&n),
                "guide {i}, {}: description of {n}",
                s.id
            );
        }
        assert!(!g.next_steps.is_empty(), "guide {i} has next steps");
        custom_levels += usize::from(g.levels != ["entry", "mid", "senior"]);
        with_resources += usize::from(g.skills.iter().any(|s| !s.resources.is_empty()));
        let file = dir.path().join(format!(
            "{}.yaml",
            corpus::guide_id(corpus::DEFAULT_SEED, i)
        ));
        std::fs::write(file, text).unwrap();
    }
    assert!(
        custom_levels > N / 4 && custom_levels < N,
        "{custom_levels} of {N} with custom levels"
    );
    assert!(
        with_resources > N / 4,
        "{with_resources} of {N} with resources"
    );
    let out = cli(&h, "validate --strict")
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(
        stderr_of(&out).contains(&format!("checked {N} guides: 0 errors, 0 warnings")),
        "{}",
        stderr_of(&out)
    );
}
