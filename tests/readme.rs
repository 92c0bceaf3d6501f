//! The README's `console` blocks, run against the real binary (in the manner
//! of trycmd): each `$ careerctl ...` line is run at 80 columns in a fresh
//! data dir shared by its block, and must print the lines under it; a line
//! `...` stands for any number of lines. `$ cd DIR` changes the directory of
//! the commands after it. Blocks of other languages are not run.

mod common;

use std::path::PathBuf;

struct Step {
    line: usize,
    command: String,
    expected: Vec<String>,
}

/// The steps of every `console` block, each block's steps in a list.
fn blocks(readme: &str) -> Vec<Vec<Step>> {
    let mut blocks = Vec::new();
    let mut current: Option<Vec<Step>> = None;
    for (n, line) in readme.lines().enumerate() {
        match &mut current {
            None if line.trim_end() == "```console" => current = Some(Vec::new()),
            None => {}
            Some(steps) if line.trim_end() == "```" => {
                blocks.push(std::mem::take(steps));
                current = None;
            }
            Some(steps) => match line.strip_prefix("$ ") {
                Some(command) => steps.push(Step {
                    line: n + 1,
                    command: command.to_string(),
                    expected: Vec::new(),
                }),
                None => steps
                    .last_mut()
                    .unwrap_or_else(|| panic!("README.md:{}: output before any command", n + 1))
                    .expected
                    .push(line.to_string()),
            },
        }
    }
    assert!(
        current.is_none(),
        "README.md: a console block is not closed"
    );
    blocks
}

/// Whether `actual` matches `expected`, where a `...` line matches any
/// number of lines.
fn matches(expected: &[String], actual: &[&str]) -> bool {
    match expected.split_first() {
        None => actual.is_empty(),
        Some((first, rest)) if first == "..." => {
            (0..=actual.len()).any(|skip| matches(rest, &actual[skip..]))
        }
        Some((first, rest)) => actual
            .split_first()
            .is_some_and(|(a, more)| a == first && matches(rest, more)),
    }
}

fn trim_blank_end<T: AsRef<str>>(mut lines: Vec<T>) -> Vec<T> {
    while lines.last().is_some_and(|l| l.as_ref().trim().is_empty()) {
        lines.pop();
    }
    lines
}

#[test]
fn console_blocks_print_what_they_show() {
    let readme = std::fs::read_to_string(common::root().join("README.md")).unwrap();
    let blocks = blocks(&readme);
    let steps: usize = blocks.iter().map(Vec::len).sum();
    assert!(
        steps >= 3,
        "the README shows {steps} commands; expected its tour"
    );
    for block in blocks {
        let home = common::home();
        let mut dir: PathBuf = common::root().to_path_buf();
        for step in block {
            let words: Vec<&str> = step.command.split_whitespace().collect();
            assert!(
                !step.command.contains(['|', '"', '\'', '>', '<', '$']),
                "README.md:{}: only plain commands can be checked",
                step.line
            );
            match words.as_slice() {
                ["cd", to] => {
                    dir = dir.join(to);
                    continue;
                }
                ["careerctl", args @ ..] => {
                    let out = common::careerctl_std(&home)
                        .current_dir(&dir)
                        .env("COLUMNS", "80")
                        .args(args)
                        .output()
                        .unwrap();
                    // No-break spaces (which keep `1 → 3` together) read as spaces.
                    let text = format!(
                        "{}{}",
                        String::from_utf8_lossy(&out.stdout),
                        String::from_utf8_lossy(&out.stderr)
                    )
                    .replace('\u{a0}', " ");
                    let actual = trim_blank_end(text.lines().collect());
                    let expected = trim_blank_end(step.expected);
                    assert!(
                        matches(&expected, &actual),
                        "README.md:{}: `{}` printed:\n{}\n\nbut the README shows:\n{}",
                        step.line,
                        step.command,
                        actual.join("\n"),
                        expected.join("\n")
                    );
                }
                _ => panic!(
                    "README.md:{}: a console block may run only careerctl and cd",
                    step.line
                ),
            }
        }
    }
}

#[test]
fn the_matcher_can_fail() {
    let e = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert!(matches(&e(&["a", "...", "d"]), &["a", "b", "c", "d"]));
    assert!(matches(&e(&["a", "..."]), &["a"]));
    assert!(!matches(&e(&["a", "...", "d"]), &["a", "b", "c"]));
    assert!(!matches(&e(&["a", "b"]), &["a", "c"]));
    assert!(!matches(&e(&["a"]), &["a", "b"]));
}
