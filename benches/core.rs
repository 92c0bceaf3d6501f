//! Benchmarks of the core (issue 7), with divan.
//!
//! ```text
//! cargo bench --bench core          # measure
//! cargo test --benches              # smoke test: every benchmark runs once
//! ```
//!
//! Generated guides come from the corpus generator of
//! `examples/gen_corpus.rs` (same seed, same bytes as `gen_corpus N DIR`),
//! built in memory and deserialized once per benchmark, outside the timing.
//! The whole-process figures (validate on 10,000 files, start-up time, peak
//! memory) are in `benches/whole_process.sh`.

use std::collections::BTreeMap;

use careerctl::analysis::matching::rank;
use careerctl::guide::Guide;
use careerctl::guide::load::{builtin_text, parse_checked};
use careerctl::ratings::{parse_answers, resolve};
use careerctl::report::Report;
use careerctl::scoring::score;
use divan::{Bencher, black_box};

#[path = "../examples/gen_corpus.rs"]
#[allow(dead_code)]
mod corpus;

const ANSWERS: &str = include_str!("../tests/fixtures/answers/backend-mid.yaml");

fn main() {
    divan::main();
}

fn builtin(id: &str) -> Guide {
    let text = builtin_text(id).expect("built-in guide");
    parse_checked(text.as_bytes(), None, id).expect("built-in guide is valid")
}

fn answers() -> BTreeMap<String, u8> {
    parse_answers(ANSWERS.as_bytes(), "backend-mid.yaml")
        .expect("fixture parses")
        .plain()
}

/// Guides 0..n of an n-guide corpus, deserialized with serde_yaml.
fn corpus(n: usize) -> Vec<Guide> {
    (0..n)
        .map(|i| {
            let text = corpus::guide_yaml(corpus::DEFAULT_SEED, i, n);
            serde_yaml::from_str(&text).expect("generated guide deserializes")
        })
        .collect()
}

/// Load + validate one guide: `parse_checked` (byte checks, the one parse, single-guide checks).
mod load_and_validate {
    use super::*;

    #[divan::bench]
    fn builtin_backend_developer(bencher: Bencher) {
        let text = builtin_text("backend-developer").expect("built-in guide");
        bencher
            .counter(divan::counter::BytesCount::of_str(text))
            .bench(|| parse_checked(black_box(text.as_bytes()), None, "backend-developer"));
    }

    #[divan::bench]
    fn generated(bencher: Bencher) {
        let text = corpus::guide_yaml(corpus::DEFAULT_SEED, 0, 1000);
        let id = corpus::guide_id(corpus::DEFAULT_SEED, 0);
        parse_checked(text.as_bytes(), Some(&id), "generated").expect("generated guide is valid");
        bencher
            .counter(divan::counter::BytesCount::of_str(&text))
            .bench(|| parse_checked(black_box(text.as_bytes()), Some(&id), "generated"));
    }

    /// The one parse of `validate` (issue 15): libyaml's events, the
    /// structure check, the value serde_yaml types, and the places.
    #[divan::bench]
    fn generated_one_parse(bencher: Bencher) {
        let text = corpus::guide_yaml(corpus::DEFAULT_SEED, 0, 1000);
        bencher
            .counter(divan::counter::BytesCount::of_str(&text))
            .bench(|| careerctl::guide::schema::parse_guide(black_box(&text)));
    }

    /// The same generated guide through serde_yaml alone, for comparison.
    #[divan::bench]
    fn generated_bare_serde_yaml(bencher: Bencher) {
        let text = corpus::guide_yaml(corpus::DEFAULT_SEED, 0, 1000);
        bencher
            .counter(divan::counter::BytesCount::of_str(&text))
            .bench(|| serde_yaml::from_str::<Guide>(black_box(&text)));
    }
}

/// Scoring one assessment: backend-developer at mid with the backend-mid answers.
#[divan::bench]
fn score_assessment(bencher: Bencher) {
    let guide = builtin("backend-developer");
    let ratings = resolve(&guide, &answers());
    bencher.bench(|| score(black_box(&guide), "mid", black_box(&ratings), 0, None));
}

/// `match`: ranking the backend-mid answers against n generated guides.
#[divan::bench(args = [100, 1000])]
fn match_rank(bencher: Bencher, n: usize) {
    let guides = corpus(n);
    let refs: Vec<&Guide> = guides.iter().collect();
    let ratings = answers();
    bencher
        .counter(divan::counter::ItemsCount::new(n))
        .bench(|| rank(black_box(&refs), black_box(&ratings), None, Some(refs[0])));
}

/// Rendering the table report of one assessment (the report is built outside the timing).
#[divan::bench]
fn render_table_report(bencher: Bencher) {
    let guide = builtin("backend-developer");
    let ratings = resolve(&guide, &answers());
    let report = Report::new(
        &guide,
        "built-in".into(),
        "mid",
        ratings,
        0,
        None,
        "2025-01-01T00:00:00Z".into(),
    );
    bencher.bench(|| careerctl::render::report::table_text(black_box(&report), None, false));
}
