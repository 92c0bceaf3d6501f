//! Hostile input (issue 4, items 1 and 2): files built to hang, exhaust or
//! confuse a YAML parser, or to get their content printed, fed through the
//! real binary as a guide (`validate`, `assess --guides`, `guides show`) and
//! as an answers file (`assess --answers`).
//!
//! Each must end in one clear error that names the file: exit 1 from
//! `validate`, 2 from the others. Nothing panics, no output line is longer
//! than a message can be, and no file content is dumped (the passwd-like
//! file must not appear). Small files are committed under
//! `tests/fixtures/hostile/`; big ones are made here at run time. The timeout
//! is a guard against hangs, not a measure of speed.

mod common;

use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::Duration;

use common::{careerctl, home};
use tempfile::TempDir;

/// The fixture directory, relative to the crate root (the commands' working dir).
const DIR: &str = "tests/fixtures/hostile";
/// Rates the one skill of `tiny-guide.yaml`, the guide the hostile guides
/// stand in for, so `assess` only fails on the guide.
const ANSWERS_OK: &str = "tests/fixtures/hostile/answers-ok.yaml";
/// Longest output line allowed. The longest honest message is the file's
/// place, a value cut to about 80 characters, and serde's list of the keys it
/// expected (170 characters for a guide); a dump of the file is far longer.
const MAX_LINE: usize = 400;
const HANG_GUARD: Duration = Duration::from_secs(10);

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(common::root().join(DIR).join(name)).expect("read a hostile fixture")
}

/// The small valid guide many cases are variations of.
fn tiny() -> String {
    String::from_utf8(fixture("tiny-guide.yaml")).expect("UTF-8")
}

/// Runs careerctl with the hang guard.
fn run(home: &TempDir, args: &[&str]) -> Output {
    careerctl(home)
        .args(args)
        .timeout(HANG_GUARD)
        .output()
        .expect("run careerctl")
}

/// stdout and stderr together, for the checks that apply to both.
fn both(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// What every run must satisfy, whatever its outcome.
fn assert_hygiene(what: &str, out: &Output) {
    let all = both(out);
    assert!(!all.contains("panicked"), "{what} panicked:\n{all}");
    assert!(
        !all.contains("root:x:0"),
        "{what} printed the file's content:\n{}",
        clipped(&all)
    );
    for line in all.lines() {
        let n = line.chars().count();
        assert!(
            n <= MAX_LINE,
            "{what} printed a line of {n} characters: {}",
            clipped(line)
        );
    }
    for c in ['\x1b', '\x07', '\x08', '\u{9b}', '\u{202e}'] {
        assert!(
            !all.contains(c),
            "{what} printed a raw {c:?}:\n{}",
            clipped(&all)
        );
    }
}

/// At most 400 characters of `s`, for failure messages.
fn clipped(s: &str) -> String {
    s.chars().take(400).collect()
}

fn assert_exit(what: &str, out: &Output, code: i32) {
    assert_eq!(
        out.status.code(),
        Some(code),
        "{what}: exit status {:?}, output:\n{}",
        out.status,
        clipped(&both(out))
    );
}

/// A guide directory holding `bytes` as `hostile.yaml`, so `hostile` is its id.
fn guide_dir(bytes: &[u8]) -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("hostile.yaml");
    std::fs::write(&file, bytes).expect("write the hostile guide");
    (dir, file)
}

/// Feeds `bytes` to every command that reads a guide or an answers file:
/// each must fail with a short message that names the file and says `says`.
/// `answers` is the path to give `--answers` (a fixture, or a written copy).
fn assert_refused(bytes: &[u8], answers: Option<&Path>, says: &str) {
    let home = home();
    let (dir, file) = guide_dir(bytes);
    let file_name = file.display().to_string();
    let guides = dir.path().display().to_string();

    let out = run(&home, &["validate", &file_name]);
    assert_hygiene("validate", &out);
    assert_exit("validate", &out, 1);
    let text = both(&out);
    assert!(
        text.contains(&format!("{file_name}:")) && text.contains(says),
        "validate must name {file_name} and say {says:?}:\n{}",
        clipped(&text)
    );

    let out = run(
        &home,
        &[
            "assess",
            "hostile",
            "--guides",
            &guides,
            "--answers",
            ANSWERS_OK,
            "--no-save",
        ],
    );
    assert_hygiene("assess --guides", &out);
    assert_exit("assess --guides", &out, 2);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&file_name) && stderr.contains(says),
        "assess --guides must name {file_name} and say {says:?}:\n{}",
        clipped(&stderr)
    );

    let out = run(&home, &["guides", "show", "hostile", "--guides", &guides]);
    assert_hygiene("guides show", &out);
    assert_exit("guides show", &out, 2);
    assert!(String::from_utf8_lossy(&out.stderr).contains(&file_name));

    // The same bytes as an answers file: refused, the file named.
    let answers = answers.map_or(file.clone(), Path::to_path_buf);
    let answers_name = answers.display().to_string();
    let out = run(
        &home,
        &[
            "assess",
            "backend-developer",
            "--answers",
            &answers_name,
            "--no-save",
        ],
    );
    assert_hygiene("assess --answers", &out);
    assert_exit("assess --answers", &out, 2);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&answers_name),
        "assess --answers must name {answers_name}:\n{}",
        clipped(&stderr)
    );
}

/// A committed fixture, given to `--answers` by its own path.
fn refused_fixture(name: &str, says: &str) {
    let path = Path::new(DIR).join(name);
    assert_refused(&fixture(name), Some(&path), says);
}

/// A file made at run time (too big to commit).
fn refused_generated(bytes: impl AsRef<[u8]>, says: &str) {
    assert_refused(bytes.as_ref(), None, says);
}

// --- aliases and anchors -------------------------------------------------

#[test]
fn alias_bomb_billion_laughs() {
    refused_fixture("alias-bomb.yaml", "aliases (`*name`) expand");
}

#[test]
fn alias_amplifying_a_long_string() {
    // 20 KB aliased 200 times would be 4 MB in memory; 500 KB aliased
    // 100,000 times (still under the size cap) would be 50 GB.
    let text = tiny().replace(
        "responsibilities:\n",
        &format!(
            "responsibilities: [&big {}, {}]\nx:\n",
            "x".repeat(20_000),
            "*big, ".repeat(200)
        ),
    );
    refused_generated(text, "aliases (`*name`) expand");
}

#[test]
fn alias_to_itself() {
    refused_fixture("alias-self.yaml", "cycle");
}

#[test]
fn alias_to_an_unknown_anchor() {
    refused_fixture("alias-unknown.yaml", "unknown anchor");
}

// --- shape of the file ---------------------------------------------------

#[test]
fn two_documents() {
    refused_fixture("multi-document.yaml", "second YAML document");
}

#[test]
fn top_level_sequence() {
    refused_fixture("top-sequence.yaml", "not a mapping");
}

#[test]
fn top_level_scalar() {
    refused_fixture("top-scalar.yaml", "not a mapping");
}

#[test]
fn top_level_null() {
    refused_fixture("top-null.yaml", "not a mapping");
}

#[test]
fn empty_file() {
    let path = Path::new(DIR).join("empty.yaml");
    // The answers reader has its own wording for an empty file.
    assert_refused(&fixture("empty.yaml"), Some(&path), "empty");
}

#[test]
fn comments_only() {
    refused_fixture("comments-only.yaml", "empty");
}

#[test]
fn passwd_like_text_file() {
    refused_fixture("passwd.yaml", "not a mapping");
}

// --- tags and merge keys -------------------------------------------------

#[test]
fn tag_binary() {
    refused_fixture(
        "tag-binary.yaml",
        "tags are not supported (found `!!binary`)",
    );
}

#[test]
fn tag_custom() {
    refused_fixture(
        "tag-custom.yaml",
        "tags are not supported (found `!custom`)",
    );
}

#[test]
fn tag_python_object() {
    refused_fixture("tag-python.yaml", "tags are not supported");
}

#[test]
fn merge_key() {
    refused_fixture("merge-key.yaml", "merge keys (`<<`)");
}

// --- encodings -----------------------------------------------------------

#[test]
fn latin1_bytes() {
    refused_fixture("latin1.yaml", "not valid UTF-8");
}

#[test]
fn utf16_le_with_bom() {
    refused_fixture("utf16le-bom.yaml", "UTF-16");
}

#[test]
fn utf16_be_with_bom() {
    refused_fixture("utf16be-bom.yaml", "UTF-16");
}

#[test]
fn utf16_without_bom() {
    refused_fixture("utf16le-no-bom.yaml", "UTF-16");
}

#[test]
fn nul_byte() {
    refused_fixture("nul-byte.yaml", "NUL byte");
}

#[test]
fn raw_control_characters() {
    refused_fixture("control-raw.yaml", "control characters are not allowed");
}

// --- size and nesting ----------------------------------------------------

#[test]
fn deep_flow_sequences() {
    refused_generated("[".repeat(200_000), "deeper than 64");
}

#[test]
fn deep_flow_mappings() {
    refused_generated("{a: ".repeat(50_000), "deeper than 64");
}

#[test]
fn deep_flow_behind_a_stray_quote() {
    // A quote inside a plain scalar must not hide the brackets after it.
    refused_generated(
        format!("schema_version: 1\nid: [x ', {}", "[".repeat(200_000)),
        "deeper than 64",
    );
}

#[test]
fn over_the_size_cap() {
    let mut text = tiny();
    while text.len() <= 2 << 20 {
        text.push_str("# padding padding padding padding padding padding padding\n");
    }
    refused_generated(text, "larger than the limit of 1048576 bytes (1 MiB)");
}

#[test]
fn one_500_kb_line() {
    refused_generated("x".repeat(500_000) + "\n", "not a mapping");
}

#[test]
fn deep_block_sequences() {
    refused_fixture("deep-block.yaml", "expected a string");
}

#[test]
fn deep_block_mappings() {
    // 1,000 levels of indentation (5,000 would be 12 MB of spaces).
    let mut text = "schema_version: 1\nid: hostile\ntitle:\n".to_string();
    for depth in 1..=1000 {
        text.push_str(&" ".repeat(depth));
        text.push_str("a:\n");
    }
    refused_generated(text, "expected a string");
}

#[test]
fn many_keys() {
    let levels: String = (0..50_000).map(|i| format!("      l{i}: 1\n")).collect();
    let text = tiny().replace(
        "    required: {entry: 1, mid: 2, senior: 3}\n",
        &format!("    required:\n{levels}"),
    );
    refused_generated(text, "required");
}

#[test]
fn many_top_level_keys() {
    let text: String = (0..80_000).map(|i| format!("k{i}: 1\n")).collect();
    refused_generated(text, "unknown field `k0`");
}

// --- messages that would quote the file ----------------------------------

#[test]
fn very_long_key() {
    refused_fixture("long-key.yaml", "unknown field `kkkk");
}

#[test]
fn ten_kb_value_in_a_message() {
    refused_fixture("long-value-quoted.yaml", "unknown variant `cccc");
}

#[test]
fn escape_sequences_in_a_quoted_value() {
    refused_fixture("control-escaped.yaml", "unknown variant `\\u{1b}]52;");
}

// --- accepted ------------------------------------------------------------

#[test]
fn yaml_directive_is_accepted() {
    // `%YAML 1.1` is ordinary YAML; serde_yaml reads the document the same.
    let home = home();
    let (dir, file) = guide_dir(&fixture("yaml-directive.yaml"));
    let file_name = file.display().to_string();
    let out = run(&home, &["validate", &file_name]);
    assert_hygiene("validate", &out);
    assert_exit("validate", &out, 0);
    let guides = dir.path().display().to_string();
    let out = run(
        &home,
        &[
            "assess",
            "hostile",
            "--guides",
            &guides,
            "--answers",
            ANSWERS_OK,
            "--no-save",
        ],
    );
    assert_hygiene("assess", &out);
    assert_exit("assess", &out, 0);
}

// --- answers files -------------------------------------------------------

fn assess_answers(answers: &str) -> Output {
    let home = home();
    let out = run(
        &home,
        &[
            "assess",
            "backend-developer",
            "--answers",
            answers,
            "--no-save",
        ],
    );
    assert_hygiene("assess --answers", &out);
    out
}

#[test]
fn answers_with_a_10_kb_id() {
    let out = assess_answers("tests/fixtures/hostile/answers-long-key.yaml");
    assert_exit("assess --answers", &out, 0);
}

#[test]
fn answers_with_escape_sequences_in_ids() {
    let out = assess_answers("tests/fixtures/hostile/answers-control.yaml");
    assert_exit("assess --answers", &out, 0);
}

#[test]
fn answers_with_60000_unknown_ids() {
    let mut text = String::from_utf8(
        std::fs::read(common::root().join("tests/fixtures/answers/backend-mid.yaml"))
            .expect("read answers"),
    )
    .expect("UTF-8");
    for i in 0..60_000 {
        text.push_str(&format!("  k{i}: 1\n"));
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("many.yaml");
    std::fs::write(&file, text).expect("write answers");
    let out = assess_answers(&file.display().to_string());
    assert_exit("assess --answers", &out, 0);
}
