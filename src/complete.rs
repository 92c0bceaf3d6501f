//! Dynamic shell completion (`COMPLETE=bash careerctl`, clap_complete's
//! environment-based completion): the shell asks the program, so it can
//! offer what only the program knows. Guide ids come from the whole search
//! path (user guides, `--guides`, `CAREERCTL_GUIDES`, built-in), `--level`
//! from the chosen guide, `--rate ID=` from the chosen guide's skills.
//!
//! The completers get only the word being completed, so the rest of the
//! command line (`--guides DIR`, the role) is read from the arguments the
//! shell passed: `careerctl -- careerctl assess --guides DIR backend-developer --level `.

use std::ffi::{OsStr, OsString};
use std::path::PathBuf;

use clap_complete::CompletionCandidate;

use crate::guide::Guide;
use crate::guide::load::Library;

/// The words of the command line being completed (after the `--`).
fn words() -> Vec<String> {
    let args: Vec<OsString> = std::env::args_os().collect();
    let start = args.iter().position(|a| a == "--").map_or(0, |i| i + 2);
    (args.into_iter().skip(start))
        .map(|a| a.to_string_lossy().into_owned())
        .collect()
}

/// Flags whose value is the next word.
const TAKES_VALUE: [&str; 9] = [
    "--guides",
    "--color",
    "--level",
    "--answers",
    "--rate",
    "--assume-unrated",
    "--format",
    "--top",
    "--min-group",
];

/// `--guides DIR` and `--guides=DIR` on the command line.
fn guide_dirs(words: &[String]) -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    let mut it = words.iter();
    while let Some(w) = it.next() {
        if w == "--guides" {
            dirs.extend(it.next().map(PathBuf::from));
        } else if let Some(d) = w.strip_prefix("--guides=") {
            dirs.push(PathBuf::from(d));
        }
    }
    dirs
}

/// The first positional word after the subcommand: the role.
fn role(words: &[String]) -> Option<String> {
    let mut positional = Vec::new();
    let mut it = words.iter();
    while let Some(w) = it.next() {
        if TAKES_VALUE.contains(&w.as_str()) {
            it.next();
        } else if !w.starts_with('-') {
            positional.push(w.clone());
        }
    }
    // [subcommand, role, ...]; `guides show ROLE` has one more level.
    match positional.first().map(String::as_str) {
        Some("guides") => positional.get(2).cloned(),
        _ => positional.get(1).cloned(),
    }
}

fn library() -> (Library, Vec<String>) {
    let words = words();
    (Library::from_env(&guide_dirs(&words)), words)
}

/// The guide the command line names, if it loads.
fn chosen() -> Option<Guide> {
    let (library, words) = library();
    library.find(&role(&words)?).ok().map(|l| l.guide)
}

/// Every guide id on the search path.
pub fn guide_ids() -> Vec<CompletionCandidate> {
    let (library, _) = library();
    let mut ids: Vec<String> = library.entries().into_iter().map(|e| e.id).collect();
    ids.sort();
    ids.dedup();
    ids.into_iter().map(CompletionCandidate::new).collect()
}

/// The numbers `history` shows (1 = newest), each with its guide and date.
pub fn history_refs() -> Vec<CompletionCandidate> {
    let Ok(store) = crate::store::Store::from_env() else {
        return Vec::new();
    };
    let history = store.summaries(|_| {}).unwrap_or_default();
    (history.iter().enumerate())
        .take(200)
        .map(|(i, s)| crate::store::HistoryEntry::new(i + 1, &store.path_of(s), s))
        .map(|e| {
            CompletionCandidate::new(e.number.to_string())
                .help(Some(format!("{} {} {}", e.guide, e.level, e.date).into()))
        })
        .collect()
}

/// The levels of the chosen guide; of every guide when none is chosen.
pub fn levels() -> Vec<CompletionCandidate> {
    let mut levels: Vec<String> = match chosen() {
        Some(g) => g.levels,
        None => {
            let (library, _) = library();
            let all = library.load_all(|_| {});
            all.into_iter().flat_map(|l| l.guide.levels).collect()
        }
    };
    let mut seen = std::collections::HashSet::new();
    levels.retain(|l| seen.insert(l.clone()));
    levels.into_iter().map(CompletionCandidate::new).collect()
}

/// `ID=` for the chosen guide's skills (every guide's, for `match`); after
/// the `=`, the ratings 0–5 with their labels.
pub fn rate(current: &OsStr) -> Vec<CompletionCandidate> {
    let current = current.to_string_lossy();
    if let Some((id, _)) = current.split_once('=') {
        return (crate::ratings::SCALE.iter())
            .map(|(n, label, _)| {
                CompletionCandidate::new(format!("{id}={n}")).help(Some((*label).into()))
            })
            .collect();
    }
    let guides: Vec<Guide> = match chosen() {
        Some(g) => vec![g],
        None => {
            let (library, _) = library();
            library
                .load_all(|_| {})
                .into_iter()
                .map(|l| l.guide)
                .collect()
        }
    };
    let mut seen = std::collections::HashSet::new();
    (guides.iter())
        .flat_map(|g| &g.skills)
        .filter(|s| s.id.starts_with(current.as_ref()) && seen.insert(s.id.clone()))
        .map(|s| CompletionCandidate::new(format!("{}=", s.id)).help(Some(s.name.clone().into())))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn reads_guides_and_role_from_the_line() {
        let line = w("assess --guides /g --rate sql=3 backend-developer --level");
        assert_eq!(guide_dirs(&line), [PathBuf::from("/g")]);
        assert_eq!(role(&line).as_deref(), Some("backend-developer"));
        assert_eq!(role(&w("guides show qa --format")).as_deref(), Some("qa"));
        assert_eq!(role(&w("--guides=/x match --rate")), None);
        assert_eq!(guide_dirs(&w("--guides=/x match")), [PathBuf::from("/x")]);
    }
}
