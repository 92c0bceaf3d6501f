//! `careerctl validate`: check guide files and report every finding.
//!
//! Files are checked in parallel (each check is independent) and findings are
//! printed in the order of the files, so the output does not depend on timing.
//! Only a small summary of each guide is kept for the checks across guides.

use std::collections::HashSet;
use std::path::{Path as FsPath, PathBuf};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde::Serialize;

use crate::cli::{Global, ValidateArgs, ValidateFormat};
use crate::error::{Error, Result};
use crate::guide::check::{Across, Issue, Severity, check_guide};
use crate::guide::load::{Entry, Origin};
use crate::guide::model::{Guide, SCHEMA_VERSION};
use crate::guide::schema;
use crate::guide::yaml::{self, YamlErrorKind};
use crate::output;
use crate::render::text::{clean, clip};

/// `careerctl validate --format json`.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct ValidateOutput {
    /// Always 1 for this format.
    pub schema_version: u32,
    /// Every finding, file by file, in file order.
    pub findings: Vec<Finding>,
    /// How many guides were checked (a path that does not exist is not one).
    pub checked: usize,
    pub errors: usize,
    pub warnings: usize,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Finding {
    pub file: String,
    /// From 1; none for a finding about the whole file.
    pub line: Option<usize>,
    pub column: Option<usize>,
    /// Key path, such as `skills[1].required.mid`; empty for the whole file.
    pub path: String,
    pub severity: Severity,
    /// What kind of problem, such as `out-of-range` (README, "validate").
    pub code: &'static str,
    pub message: String,
}

/// What checking one file leaves behind: its findings, and the guide if it parsed.
struct Checked {
    findings: Vec<Finding>,
    guide: Option<Guide>,
    /// Where the keys of the cross-guide findings are, from the one parse.
    marks: Option<CrossMarks>,
}

/// The places the checks across guides can point at, kept per file so that
/// their findings are placed without reading and parsing the file again:
/// `id`, `skills[i].name`, `career.leads_to[i]`, `career.transitions[i]`.
/// Twelve bytes per skill and link: about 400 bytes for a guide of 23
/// skills, 4 MB for 10,000 such guides.
#[derive(Debug, Default)]
struct CrossMarks {
    id: Option<(u32, u32)>,
    names: Vec<Option<(u32, u32)>>,
    leads_to: Vec<Option<(u32, u32)>>,
    transitions: Vec<Option<(u32, u32)>>,
}

impl CrossMarks {
    fn of(pos: &schema::Pos, guide: &Guide) -> Self {
        let root = yaml::Path::root();
        let at = |p: &yaml::Path| pos.locate(p).map(|(l, c)| (l as u32, c as u32));
        let list = |key: &str, n: usize| {
            let base = root.key("career").key(key);
            (0..n).map(|i| at(&base.index(i))).collect()
        };
        CrossMarks {
            id: at(&root.key("id")),
            names: (0..guide.skills.len())
                .map(|i| at(&root.key("skills").index(i).key("name")))
                .collect(),
            leads_to: list("leads_to", guide.career.leads_to.len()),
            transitions: list("transitions", guide.career.transitions.len()),
        }
    }

    /// The place of `path`; `Err` for a path these marks do not cover.
    fn locate(&self, path: &yaml::Path) -> std::result::Result<Option<(usize, usize)>, ()> {
        use yaml::Seg::{Index, Key};
        let found = match path.0.as_slice() {
            [Key(k)] if k == "id" => self.id,
            [Key(s), Index(i), Key(n)] if s == "skills" && n == "name" => {
                self.names.get(*i).copied().flatten()
            }
            [Key(c), Key(l), Index(i)] if c == "career" && l == "leads_to" => {
                self.leads_to.get(*i).copied().flatten()
            }
            [Key(c), Key(l), Index(i)] if c == "career" && l == "transitions" => {
                self.transitions.get(*i).copied().flatten()
            }
            _ => return Err(()),
        };
        Ok(found.map(|(l, c)| (l as usize, c as usize)))
    }
}

pub fn run(g: &Global, args: ValidateArgs) -> Result<()> {
    let library = crate::commands::library(g);
    // The search path is listed once: it is what no PATH means, and what
    // career ids resolve against.
    let search = library.entries();
    let (entries, dir_problems) = if args.paths.is_empty() {
        (search.clone(), Vec::new())
    } else {
        collect(&args.paths)?
    };
    let jobs = args
        .jobs
        .map(usize::from)
        .or_else(|| {
            std::thread::available_parallelism()
                .ok()
                .map(|n| n.get().min(256))
        })
        .unwrap_or(1);
    let progress = progress_bar(entries.len(), g.quiet);
    let mut across = Across::default();
    if !args.paths.is_empty() {
        // Named files are checked against the guides on the search path and
        // the built-in ones too: one skill id, one name, in every guide.
        for loaded in library.load_all(|_| {}) {
            across.add_reference(&loaded.guide);
        }
    }
    let mut findings: Vec<Vec<Finding>> = vec![Vec::new(); entries.len()];
    let (found, marks) = check_all(&entries, jobs, &progress, &mut across);
    for (n, found) in found {
        findings[n] = found;
    }
    let mut marks_of: Vec<Option<CrossMarks>> = Vec::new();
    marks_of.resize_with(entries.len(), || None);
    for (n, m) in marks {
        marks_of[n] = Some(m);
    }
    progress.finish_and_clear();

    let mut known: HashSet<String> = search.into_iter().map(|e| e.id).collect();
    known.extend(across.ids().map(str::to_string));
    let cross = across.finish(&known, !args.paths.is_empty(), |n| {
        entries[n].display_name()
    });
    // Positions for these findings come from the marks the one parse of each
    // file kept. Only a path those do not cover (none today) makes its
    // file be read and walked again.
    let mut again: Vec<(usize, Issue)> = Vec::new();
    for (n, issue) in cross {
        let file = entries[n].display_name();
        match marks_of[n].as_ref().map(|m| m.locate(&issue.path)) {
            Some(Ok(place)) => findings[n].push(finding(&file, place, issue)),
            _ => again.push((n, issue)),
        }
    }
    let groups: Vec<_> = again.chunk_by(|a, b| a.0 == b.0).collect();
    let placed = crate::parallel::map(&groups, jobs, 1, |group| {
        let n = group[0].0;
        let bytes = entries[n].read().ok();
        let text = bytes.as_deref().and_then(|b| std::str::from_utf8(b).ok());
        let issues = group.iter().map(|(_, issue)| issue.clone()).collect();
        (n, placed(&entries[n], text, issues))
    });
    for (n, found) in placed {
        findings[n].extend(found);
    }
    let mut findings: Vec<Finding> = dir_problems
        .into_iter()
        .chain(findings.into_iter().flatten())
        .collect();
    if args.strict {
        for f in &mut findings {
            f.severity = Severity::Error;
        }
    }
    let errors = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    let warnings = findings.len() - errors;

    // A path that does not exist was not checked: it is a finding, not a guide.
    let checked = (entries.iter())
        .filter(|e| !matches!(&e.origin, Origin::File(p) if std::fs::symlink_metadata(p).is_err()))
        .count();
    let text = match args.format {
        ValidateFormat::Text => findings.iter().map(text_line).collect(),
        ValidateFormat::Github => findings.iter().map(github_line).collect(),
        ValidateFormat::Json => crate::render::json::to_string(&ValidateOutput {
            schema_version: SCHEMA_VERSION,
            findings: findings.clone(),
            checked,
            errors,
            warnings,
        }),
    };
    output::print(&text)?;
    if !g.quiet {
        output::message(
            "",
            &format!(
                "checked {}: {}, {}",
                plural(checked, "guide"),
                plural(errors, "error"),
                plural(warnings, "warning")
            ),
        );
    }
    if errors > 0 {
        Err(Error::Failed)
    } else {
        Ok(())
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// The guide files named on the command line, directories searched
/// recursively. A named path that cannot be read stays in the list, so that
/// it becomes an `io` finding beside the others' findings; a directory with
/// no guide files in it is a usage error (a wrong path in CI should not pass).
fn collect(paths: &[PathBuf]) -> Result<(Vec<Entry>, Vec<Finding>)> {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        if std::fs::metadata(path).is_ok_and(|m| m.is_dir()) {
            let mut files = Vec::new();
            let before = problems.len();
            walk(path, &mut files, &mut problems, &mut HashSet::new());
            if files.is_empty() && problems.len() == before {
                return Err(Error::Usage(format!(
                    "{}: no guide files (*.yaml, *.yml) in this directory",
                    crate::render::text::clean(&path.display().to_string()).into_owned()
                )));
            }
            files.sort();
            out.extend(files.into_iter().map(file_entry));
        } else {
            out.push(file_entry(path.clone()));
        }
    }
    Ok((out, problems))
}

/// The guide files under `dir`. Symlinked directories are followed, each
/// real directory once (`seen`), so a link loop ends; a directory that
/// cannot be read is an `io` finding, and the rest is still checked.
fn walk(
    dir: &FsPath,
    out: &mut Vec<PathBuf>,
    problems: &mut Vec<Finding>,
    seen: &mut HashSet<PathBuf>,
) {
    if let Ok(real) = std::fs::canonicalize(dir)
        && !seen.insert(real)
    {
        return;
    }
    let unreadable = |e: std::io::Error| Finding {
        file: crate::render::text::clean(&dir.display().to_string()).into_owned(),
        line: None,
        column: None,
        path: String::new(),
        severity: Severity::Error,
        code: "io",
        message: format!("cannot read the directory: {e}"),
    };
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => return problems.push(unreadable(e)),
    };
    for entry in entries {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => return problems.push(unreadable(e)),
        };
        let path = entry.path();
        // Through a symlink: what it points at decides.
        let is_dir = match entry.file_type() {
            Ok(kind) if kind.is_symlink() => std::fs::metadata(&path).is_ok_and(|m| m.is_dir()),
            Ok(kind) => kind.is_dir(),
            Err(_) => false,
        };
        if is_dir {
            walk(&path, out, problems, seen);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("yaml" | "yml")
        ) {
            out.push(path);
        }
    }
}

fn file_entry(path: PathBuf) -> Entry {
    let id = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    Entry {
        id,
        origin: Origin::File(path),
    }
}

fn progress_bar(len: usize, quiet: bool) -> ProgressBar {
    if quiet || len < 20 {
        return ProgressBar::hidden();
    }
    // Drawn only when stderr is a terminal; indicatif hides it otherwise.
    let bar = ProgressBar::with_draw_target(Some(len as u64), ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template("checking {bar:30} {pos}/{len} guides") {
        bar.set_style(style);
    }
    bar
}

/// The findings of the files that have any, as (entry number, findings),
/// and the cross-guide marks of the guides that parsed clean.
type Checks = (Vec<(usize, Vec<Finding>)>, Vec<(usize, CrossMarks)>);

/// Checks every entry on `jobs` threads and returns the findings of the files
/// that have any, as (entry number, findings). Each thread keeps its own
/// cross-guide index, merged into `across` at the end, so nothing but
/// findings is kept of a guide, and no thread waits for another.
fn check_all(
    entries: &[Entry],
    jobs: usize,
    progress: &ProgressBar,
    across: &mut Across,
) -> Checks {
    let jobs = jobs.clamp(1, entries.len().max(1));
    // Files are handed out one at a time, so a slow file does not hold up the others.
    let next = std::sync::atomic::AtomicUsize::new(0);
    let work = || {
        let mut index = Across::default();
        let mut findings = Vec::new();
        let mut marks = Vec::new();
        loop {
            let n = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let Some(entry) = entries.get(n) else { break };
            let checked = check_one(entry);
            progress.inc(1);
            if let Some(m) = checked.marks {
                marks.push((n, m));
            }
            if let Some(guide) = &checked.guide {
                index.add(n, guide);
            }
            if !checked.findings.is_empty() {
                findings.push((n, checked.findings));
            }
        }
        (index, findings, marks)
    };
    let results: Vec<_> = if jobs == 1 {
        vec![work()]
    } else {
        std::thread::scope(|s| {
            // This thread is one of the workers; the others are started as
            // far as the system lets us (a process limit means fewer).
            let workers: Vec<_> = (1..jobs)
                .map_while(|_| std::thread::Builder::new().spawn_scoped(s, work).ok())
                .collect();
            let mut results = vec![work()];
            results.extend(
                (workers.into_iter())
                    .map(|w| w.join().unwrap_or_else(|p| std::panic::resume_unwind(p))),
            );
            results
        })
    };
    let mut out = Vec::new();
    let mut all_marks = Vec::new();
    for (index, findings, marks) in results {
        across.merge(index);
        out.extend(findings);
        all_marks.extend(marks);
    }
    (out, all_marks)
}

fn check_one(entry: &Entry) -> Checked {
    match entry.read() {
        Ok(bytes) => check_bytes(&bytes, entry),
        Err(e) => Checked {
            findings: vec![Finding {
                file: entry.display_name(),
                line: None,
                column: None,
                path: String::new(),
                severity: Severity::Error,
                code: "io",
                message: match e {
                    Error::Io { source, .. } => format!("cannot read the file: {source}"),
                    e => e.to_string(),
                },
            }],
            guide: None,
            marks: None,
        },
    }
}

fn check_bytes(bytes: &[u8], entry: &Entry) -> Checked {
    let parsed = yaml::check_bytes(bytes).and_then(schema::parse_guide);
    let parsed = match parsed {
        Ok(ok) => ok,
        Err(e) => {
            return Checked {
                findings: vec![Finding {
                    file: entry.display_name(),
                    line: e.line,
                    column: e.column,
                    path: e.path,
                    severity: Severity::Error,
                    code: yaml_code(e.kind, &e.message),
                    message: e.message,
                }],
                guide: None,
                marks: None,
            };
        }
    };
    let stem = match &entry.origin {
        Origin::File(_) => Some(entry.id.as_str()),
        Origin::BuiltIn => None,
    };
    let file = entry.display_name();
    let mut findings: Vec<Finding> = (parsed.problems.iter())
        .map(|p| Finding {
            file: file.clone(),
            line: Some(p.at.line as usize),
            column: Some(p.at.column as usize),
            path: clip(&p.path.to_string(), 80),
            severity: Severity::Error,
            code: p.code,
            message: p.message.clone(),
        })
        .collect();
    // The semantic checks run on what is well-formed; what the structure
    // check reported is not reported again.
    if let Some(guide) = &parsed.guide {
        // With `levels` broken, the checks against the levels would compare
        // with the default ones.
        let levels_broken = (parsed.problems.iter())
            .any(|p| matches!(p.path.0.first(), Some(yaml::Seg::Key(k)) if k == "levels"));
        for issue in check_guide(guide, stem) {
            let by_level = matches!(
                issue.code,
                "required-levels" | "required-decreases" | "salary-level" | "salary-not-rising"
            );
            if (levels_broken && by_level)
                || (parsed.problems.iter()).any(|p| schema::covered(&p.path, &issue.path))
            {
                continue;
            }
            let place = parsed.pos.locate(&issue.path);
            findings.push(finding(&file, place, issue));
        }
    }
    // Text left from `guides new`: a value starting with TODO (comments,
    // which start with #, do not count). A warning, as the others are.
    if let Ok(text) = std::str::from_utf8(bytes) {
        for (n, line) in text.lines().enumerate() {
            let code = line.split(" #").next().unwrap_or(line);
            if code.trim_start().starts_with('#') {
                continue;
            }
            if let Some(col) = code.find("TODO") {
                findings.push(Finding {
                    file: file.clone(),
                    line: Some(n + 1),
                    column: Some(col + 1),
                    path: String::new(),
                    severity: Severity::Warning,
                    code: "todo",
                    message: "TODO left from the template; replace it with the guide's text".into(),
                });
            }
        }
    }
    // File order; a finding without a place last.
    findings.sort_by_key(|f| (f.line.is_none(), f.line, f.column));
    let guide = parsed.guide.filter(|_| parsed.problems.is_empty());
    Checked {
        findings,
        marks: guide.as_ref().map(|g| CrossMarks::of(&parsed.pos, g)),
        guide,
    }
}

/// The findings of one file's `issues`, placed by one walk over its text,
/// however many there are (without the text, they have no place).
fn placed(entry: &Entry, text: Option<&str>, issues: Vec<Issue>) -> Vec<Finding> {
    if issues.is_empty() {
        return Vec::new();
    }
    let paths: Vec<_> = issues.iter().map(|i| &i.path).collect();
    let places = text.map_or_else(|| vec![None; paths.len()], |t| yaml::locate_all(t, &paths));
    let file = entry.display_name();
    (issues.into_iter().zip(places))
        .map(|(issue, place)| finding(&file, place, issue))
        .collect()
}

/// A finding code for a parse failure, from serde's wording.
fn yaml_code(kind: YamlErrorKind, message: &str) -> &'static str {
    match kind {
        YamlErrorKind::Input => "input",
        YamlErrorKind::Syntax => "yaml-syntax",
        YamlErrorKind::Type if message.starts_with("unknown field") => "unknown-key",
        YamlErrorKind::Type if message.starts_with("missing field") => "missing-key",
        YamlErrorKind::Type if message.starts_with("duplicate") => "duplicate-key",
        YamlErrorKind::Type if message.contains("out of range") => "out-of-range",
        YamlErrorKind::Type if message.starts_with("unknown variant") => "unknown-value",
        YamlErrorKind::Type => "wrong-type",
    }
}

fn finding(file: &str, place: Option<(usize, usize)>, issue: Issue) -> Finding {
    Finding {
        file: file.to_string(),
        line: place.map(|p| p.0),
        column: place.map(|p| p.1),
        path: issue.path.to_string(),
        severity: issue.severity,
        code: issue.code,
        message: issue.message,
    }
}

fn severity_word(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// `FILE:LINE:COL: error[CODE]: message (at path)`
fn text_line(f: &Finding) -> String {
    let at = if f.path.is_empty() {
        String::new()
    } else {
        format!(" (at {})", f.path)
    };
    format!(
        "{}: {}[{}]: {}{}\n",
        crate::error::place(&clean(&f.file), f.line, f.column),
        severity_word(f.severity),
        f.code,
        clean(&f.message),
        clean(&at)
    )
}

/// `::error file=…,line=…,col=…,title=…::message`, escaped as GitHub's workflow commands want.
fn github_line(f: &Finding) -> String {
    let prop = |s: &str| {
        clean(s)
            .replace('%', "%25")
            .replace(',', "%2C")
            .replace(':', "%3A")
    };
    let mut props = format!("file={}", prop(&f.file));
    if let Some(l) = f.line {
        props.push_str(&format!(",line={l}"));
    }
    if let Some(c) = f.column {
        props.push_str(&format!(",col={c}"));
    }
    props.push_str(&format!(",title={}", prop(f.code)));
    let at = if f.path.is_empty() {
        String::new()
    } else {
        format!(" (at {})", f.path)
    };
    let message = clean(&format!("{}{at}", f.message)).replace('%', "%25");
    format!("::{} {props}::{message}\n", severity_word(f.severity))
}
