//! The data dir (README, "Files and environment"): the profile, the history of saved
//! assessments and drafts of interrupted ones.
//!
//! Every file is written atomically and durably: a temp file in the same dir,
//! `sync_all`, rename over the target, then fsync the dir. Files are mode
//! 0600 in a 0700 dir. The profile's read-modify-write holds an exclusive
//! lock on `profile.lock`, so concurrent assessments all land. A damaged or
//! newer-version file is never silently replaced.

use std::collections::BTreeMap;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::report::Report;

pub const PROFILE_VERSION: u32 = 1;

/// The largest data file (profile, report, draft) careerctl writes or reads.
/// Writer and reader share it, so what is written can be read back: a save
/// that would be larger is refused before anything is written.
pub const MAX_DATA_BYTES: usize = 16 * 1024 * 1024;

/// How many ratings the profile keeps: far more than all guides together
/// have skills, and a bound on what files of made-up ids can add.
pub const MAX_PROFILE_IDS: usize = 20_000;

/// The latest rating of every skill ever rated, so one rating serves every guide.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    pub schema_version: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    #[serde(default)]
    pub ratings: BTreeMap<String, u8>,
    /// The file name of the last history entry whose ratings are in here.
    /// A newer entry means a save that was cut short (SIGKILL, power loss)
    /// between its two writes: the next save applies it first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_saved: Option<String>,
    /// When and where each rating was last given (profiles written before
    /// this was kept have none).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub sources: BTreeMap<String, RatingSource>,
    /// Only a report has it: a report in the profile's place (written
    /// there by hand, say) is not taken for a profile.
    #[serde(default, skip_serializing)]
    readiness: Option<serde::de::IgnoredAny>,
}

/// When a rating was last given, and in an assessment of which guide (none:
/// set with `careerctl profile set`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RatingSource {
    pub rated_at: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guide: Option<String>,
}

/// The answers of an interrupted assessment.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub schema_version: u32,
    pub guide: String,
    pub level: String,
    pub ratings: BTreeMap<String, u8>,
    /// Skills explicitly skipped.
    #[serde(default)]
    pub skipped: Vec<String>,
}

/// `careerctl profile --format json`.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct ProfileListing {
    /// Always 1 for this format.
    pub schema_version: u32,
    /// When the profile last changed (RFC 3339).
    pub updated_at: Option<String>,
    /// Every rating, by skill id.
    pub ratings: Vec<ProfileRow>,
}

/// One line of `careerctl profile`.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct ProfileRow {
    pub id: String,
    /// The skill's name in the loaded guides; none when no guide has it.
    pub name: Option<String>,
    #[schemars(range(max = 5))]
    pub rating: u8,
    /// When it was last rated (RFC 3339), if the profile knows.
    pub rated_at: Option<String>,
    /// `rated_at` as local time to the minute.
    pub date: Option<String>,
    /// The guide it was last rated in; none when set by hand or not known.
    pub guide: Option<String>,
}

impl Profile {
    /// Every rating, sorted by id; `name` gives a skill's name.
    pub fn rows(&self, name: impl Fn(&str) -> Option<String>) -> Vec<ProfileRow> {
        (self.ratings.iter())
            .map(|(id, &rating)| {
                let source = self.sources.get(id);
                ProfileRow {
                    id: id.clone(),
                    name: name(id),
                    rating,
                    rated_at: source.map(|s| s.rated_at.clone()),
                    date: source.map(|s| crate::clock::local_minute(&s.rated_at)),
                    guide: source.and_then(|s| s.guide.clone()),
                }
            })
            .collect()
    }
}

/// `careerctl history --format json`.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct HistoryListing {
    /// Always 1 for this format.
    pub schema_version: u32,
    /// Newest first.
    pub assessments: Vec<HistoryEntry>,
}

/// One line of `careerctl history`: a saved assessment, summarised.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct HistoryEntry {
    /// 1 = the newest of the listing: what `history show REF` takes.
    pub number: usize,
    pub file: String,
    pub generated_at: String,
    /// `generated_at` as local time to the minute.
    pub date: String,
    pub guide: String,
    pub level: String,
    #[schemars(range(min = 0, max = 100))]
    pub readiness: f64,
}

impl HistoryEntry {
    /// Entry `number` (1 = newest) of the listing, saved at `path`.
    pub fn new(number: usize, path: &Path, s: &Summary) -> HistoryEntry {
        HistoryEntry {
            number,
            file: path.display().to_string(),
            generated_at: s.generated_at.clone(),
            date: crate::clock::local_minute(&s.generated_at),
            guide: s.guide.clone(),
            level: s.level.clone(),
            readiness: s.readiness,
        }
    }
}

/// A saved assessment as the history index (`history-index.jsonl`) keeps
/// it: enough to list, number and pick entries without reading them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// The file's name in the history dir.
    pub file: String,
    pub generated_at: String,
    pub guide: String,
    pub level: String,
    pub readiness: f64,
}

impl Summary {
    fn of(file: &str, r: &Report) -> Summary {
        Summary {
            file: file.to_string(),
            generated_at: r.generated_at.clone(),
            guide: r.guide.id.clone(),
            level: r.level.clone(),
            readiness: r.readiness,
        }
    }
}

/// How file contents reach the disk; tests inject one that fails (disk full,
/// read-only) since they cannot make a real disk fail, and CI runs as root.
pub type WriteFn = fn(&mut fs::File, &[u8]) -> io::Result<()>;

#[derive(Debug, Clone)]
pub struct Store {
    pub dir: PathBuf,
    write: WriteFn,
}

impl Store {
    pub fn new(dir: PathBuf) -> Self {
        Store {
            dir,
            write: |f, bytes| f.write_all(bytes),
        }
    }

    /// A store whose file writes go through `write`.
    pub fn with_writer(dir: PathBuf, write: WriteFn) -> Self {
        Store { dir, write }
    }

    /// `$CAREERCTL_HOME`, else the platform data dir (`$XDG_DATA_HOME/careerctl` on Linux).
    pub fn from_env() -> Result<Self> {
        let dir = match std::env::var_os("CAREERCTL_HOME").filter(|v| !v.is_empty()) {
            Some(d) => PathBuf::from(d),
            // The XDG spec: a relative path in XDG_DATA_HOME is invalid and ignored.
            None => std::env::var_os("XDG_DATA_HOME")
                .filter(|v| !v.is_empty() && Path::new(v).is_absolute())
                .map(PathBuf::from)
                .or_else(dirs::data_dir)
                .ok_or_else(|| {
                    Error::Usage("no data directory: set CAREERCTL_HOME or HOME".into())
                })?
                .join("careerctl"),
        };
        Ok(Store::new(dir))
    }

    /// Whether `path` (which need not exist yet) is in the data dir, after
    /// symlinks: a report written there would overwrite careerctl's data.
    pub fn holds(&self, path: &Path) -> bool {
        resolved(path).starts_with(resolved(&self.dir))
    }

    fn profile_path(&self) -> PathBuf {
        self.dir.join("profile.json")
    }

    pub fn history_dir(&self) -> PathBuf {
        self.dir.join("history")
    }

    fn draft_path(&self, guide: &str) -> PathBuf {
        // `guide` is a validated id, so it is a plain file name.
        self.dir.join("drafts").join(format!("{guide}.json"))
    }

    /// Whether the data dir can be written, checked before asking anything:
    /// the dir (and its `history` and `drafts`) must be a directory or not
    /// exist yet under an ancestor that is one, and accept a new file.
    /// The error names the dir and `CAREERCTL_HOME`.
    pub fn check_usable(&self) -> Result<()> {
        let unusable = |path: &Path, why: String| {
            Error::io(
                path,
                io::Error::other(format!(
                    "{why}; the data dir ({}) must be a directory careerctl can write: \
                     set CAREERCTL_HOME to one, or use --no-save",
                    self.dir.display()
                )),
            )
        };
        for path in [
            self.dir.clone(),
            self.history_dir(),
            self.dir.join("drafts"),
        ] {
            if path.exists() && !path.is_dir() {
                return Err(unusable(&path, "not a directory".into()));
            }
        }
        // The nearest existing ancestor must be a directory too.
        let mut existing = self.dir.as_path();
        while !existing.exists() {
            match existing.parent() {
                Some(p) if !p.as_os_str().is_empty() => existing = p,
                _ => break,
            }
        }
        if existing.exists() && !existing.is_dir() {
            return Err(unusable(existing, "not a directory".into()));
        }
        if self.dir.is_dir() {
            tempfile::Builder::new()
                .prefix(".tmp-check-")
                .tempfile_in(&self.dir)
                .map_err(|e| unusable(&self.dir, format!("cannot write in it: {e}")))?;
        }
        Ok(())
    }

    /// The profile, empty when there is none yet.
    pub fn profile(&self) -> Result<Profile> {
        let path = self.profile_path();
        match read_versioned::<Profile>(&path, PROFILE_VERSION)? {
            Some(p) if p.readiness.is_some() => Err(Error::input(
                &path.display().to_string(),
                None,
                None,
                "damaged file: a careerctl report, not the profile",
            )),
            Some(mut p) => {
                // Only what a rating can be reaches a report: a hand-edited
                // 255 or a key that is no skill id is left out.
                p.ratings
                    .retain(|id, n| *n <= 5 && crate::guide::model::is_valid_id(id));
                Ok(p)
            }
            None => Ok(Profile {
                schema_version: PROFILE_VERSION,
                ..Profile::default()
            }),
        }
    }

    /// Merges `ratings` into the profile under a lock, noting when and in
    /// which guide (if any) each was given. A damaged profile is moved aside
    /// (and named in the returned warning) before a new one is written.
    pub fn update_profile(
        &self,
        ratings: &BTreeMap<String, u8>,
        guide: Option<&str>,
        now: &str,
    ) -> Result<Option<String>> {
        self.edit_profile(now, |profile| merge_ratings(profile, ratings, guide, now))
    }

    /// Changes the profile with `change` under the profile lock and writes it
    /// (see [`Self::update_profile`] for a damaged one).
    pub fn edit_profile(
        &self,
        now: &str,
        change: impl FnOnce(&mut Profile),
    ) -> Result<Option<String>> {
        self.edit_profile_after(now, None, change)
    }

    /// [`Self::edit_profile`] for the history entry `saved`: entries saved
    /// after the last one the profile has and before `saved` (a save cut
    /// short) are applied first, in order, then `change`.
    fn edit_profile_after(
        &self,
        now: &str,
        saved: Option<&Path>,
        change: impl FnOnce(&mut Profile),
    ) -> Result<Option<String>> {
        ensure_dir(&self.dir)?;
        let lock_path = self.dir.join("profile.lock");
        let lock = open_lock(&lock_path)?;
        lock.lock().map_err(|e| Error::io(&lock_path, e))?;
        let path = self.profile_path();
        let mut warning = None;
        let mut profile = match self.profile() {
            Ok(p) => p,
            Err(Error::Input { place, message }) if message.starts_with("damaged file") => {
                let aside = path.with_extension(format!("json.damaged-{}", stamp(now)));
                fs::rename(&path, &aside).map_err(|e| Error::io(&path, e))?;
                warning = Some(format!(
                    "{place}: {message}; kept it as {} and started a new profile",
                    aside.display()
                ));
                Profile {
                    schema_version: PROFILE_VERSION,
                    ..Profile::default()
                }
            }
            Err(e) => return Err(e),
        };
        let saved_name = saved
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned());
        if let (Some(last), Some(this)) = (profile.last_saved.clone(), &saved_name) {
            for report in self.saved_between(&last, this) {
                let at = report.generated_at.clone();
                merge_ratings(&mut profile, &report.ratings, Some(&report.guide.id), &at);
            }
        }
        let before: BTreeMap<String, u8> = profile.ratings.clone();
        change(&mut profile);
        let just_rated: BTreeMap<String, u8> = (profile.ratings.iter())
            .filter(|(id, n)| before.get(*id) != Some(n))
            .map(|(id, n)| (id.clone(), *n))
            .collect();
        keep_known_ids(&mut profile.ratings, &just_rated);
        let kept: std::collections::HashSet<String> = profile.ratings.keys().cloned().collect();
        profile.sources.retain(|id, _| kept.contains(id));
        profile.updated_at = Some(now.to_string());
        if saved_name.is_some() {
            profile.last_saved = saved_name;
        }
        let bytes = to_json(&profile);
        check_size(&path, &bytes)?;
        // Through a symlink: the file it points at is replaced, the link stays.
        let target = fs::canonicalize(&path).unwrap_or(path);
        self.write_atomic(&target, &bytes)?;
        Ok(warning)
    }

    /// Saves a finished assessment and merges `ratings` into the profile:
    /// both or neither. The history file is removed again when the profile
    /// update fails; a save cut short between the two (SIGKILL) is completed
    /// by the next one. Returns the history file and a warning about a
    /// damaged profile.
    pub fn save_assessment(
        &self,
        report: &Report,
        ratings: &BTreeMap<String, u8>,
    ) -> Result<(PathBuf, Option<String>)> {
        self.remove_stale_temp_files();
        let saved = self.save_report(report)?;
        let guide = report.guide.id.as_str();
        let now = report.generated_at.as_str();
        match self.edit_profile_after(now, Some(&saved), |p| {
            merge_ratings(p, ratings, Some(guide), now)
        }) {
            Ok(warning) => Ok((saved, warning)),
            Err(e) => {
                let _ = fs::remove_file(&saved);
                Err(e)
            }
        }
    }

    /// The reports of the history entries named after `last` and before
    /// `this` (names start with their time, so they sort in time order).
    fn saved_between(&self, last: &str, this: &str) -> Vec<Report> {
        let Ok(entries) = fs::read_dir(self.history_dir()) else {
            return Vec::new();
        };
        let mut names: Vec<String> = (entries.flatten())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".json") && n.as_str() > last && n.as_str() < this)
            .collect();
        names.sort();
        (names.iter())
            .filter_map(|n| {
                read_versioned::<Report>(&self.history_dir().join(n), crate::report::REPORT_VERSION)
                    .ok()
                    .flatten()
            })
            .collect()
    }

    /// Removes the `.tmp-*` files a killed write left behind, once they are
    /// an hour old (a younger one may be another run's write in progress).
    fn remove_stale_temp_files(&self) {
        let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
        for dir in [
            self.dir.clone(),
            self.history_dir(),
            self.dir.join("drafts"),
        ] {
            for entry in fs::read_dir(&dir).into_iter().flatten().flatten() {
                let stale = entry.file_name().to_string_lossy().starts_with(".tmp-")
                    && entry
                        .metadata()
                        .and_then(|m| m.modified())
                        .is_ok_and(|t| t < hour_ago);
                if stale {
                    let _ = fs::remove_file(entry.path());
                }
            }
        }
    }

    /// Saves a finished assessment as its own file in the history dir.
    pub fn save_report(&self, report: &Report) -> Result<PathBuf> {
        let dir = self.history_dir();
        ensure_dir(&self.dir)?;
        ensure_dir(&dir)?;
        let base = format!(
            "{}-{}-{}",
            stamp(&report.generated_at),
            report.guide.id,
            std::process::id()
        );
        let bytes = to_json(report);
        check_size(&dir.join(format!("{base}.json")), &bytes)?;
        let saved = self.write_new(&dir, &base, &bytes)?;
        self.index_append(&saved, report);
        Ok(saved)
    }

    /// Beside the history dir, not in it: the dir holds reports only.
    fn index_path(&self) -> PathBuf {
        self.dir.join("history-index.jsonl")
    }

    /// Every saved assessment, newest first, from the history index: one
    /// directory listing and one small file, however long the history. The
    /// index is brought up to date first where it differs from the files
    /// (a save cut short, a file removed by hand, an older careerctl): only
    /// the files it lacks are read. A file that cannot be read is passed to
    /// `skipped`.
    pub fn summaries(&self, mut skipped: impl FnMut(Error)) -> Result<Vec<Summary>> {
        let dir = self.history_dir();
        let entries = match fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(Error::io(&dir, e)),
        };
        // Sorted by file name, so membership is a binary search: no second
        // copy of 100,000 names in a hash set.
        let mut index: Vec<Summary> = Vec::new();
        if let Ok(file) = self.open_index() {
            use std::io::BufRead;
            for line in io::BufReader::new(file).split(b'\n').map_while(|l| l.ok()) {
                if let Ok(s) = serde_json::from_slice::<Summary>(&line) {
                    index.push(s);
                }
            }
        }
        index.sort_by(|a, b| a.file.cmp(&b.file));
        index.dedup_by(|a, b| a.file == b.file);
        let find =
            |index: &[Summary], name: &str| index.binary_search_by(|s| s.file.as_str().cmp(name));
        // One pass over the directory: the names the index lacks. With none
        // and as many files as lines, the index is the history.
        let mut present = 0;
        let mut missing: Vec<String> = Vec::new();
        for entry in entries.flatten() {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if !name.ends_with(".json") || name.starts_with('.') {
                continue;
            }
            if find(&index, &name).is_ok() {
                present += 1;
            } else {
                missing.push(name.into_owned());
            }
        }
        if present != index.len() || !missing.is_empty() {
            // Lines whose file is gone go; the files without a line are read.
            if present != index.len() {
                index.retain(|s| dir.join(&s.file).exists());
            }
            for name in missing {
                match read_versioned::<Report>(&dir.join(&name), crate::report::REPORT_VERSION) {
                    Ok(Some(r)) => index.push(Summary::of(&name, &r)),
                    Ok(None) => {}
                    Err(e) => skipped(e),
                }
            }
            index.sort_by(|a, b| a.file.cmp(&b.file));
            // Best effort: a history that cannot be indexed is still listed.
            let mut bytes = Vec::new();
            for s in &index {
                bytes.extend(serde_json::to_vec(s).expect("summaries serialize"));
                bytes.push(b'\n');
            }
            let _ = self.write_atomic(&self.index_path(), &bytes);
        }
        index.sort_by(|a, b| {
            b.generated_at
                .cmp(&a.generated_at)
                .then(b.file.cmp(&a.file))
        });
        Ok(index)
    }

    /// Where the saved report `s` is.
    pub fn path_of(&self, s: &Summary) -> PathBuf {
        self.history_dir().join(&s.file)
    }

    /// Every saved assessment of `guide` (all when `None`), newest first,
    /// read in full. A file that cannot be read is passed to `skipped`.
    pub fn history(
        &self,
        guide: Option<&str>,
        mut skipped: impl FnMut(Error),
    ) -> Result<Vec<(PathBuf, Report)>> {
        let summaries = self.summaries(&mut skipped)?;
        Ok((summaries.iter())
            .filter(|s| guide.is_none_or(|g| s.guide == g))
            .map(|s| self.path_of(s))
            .filter_map(|path| match self.report_at(&path) {
                Ok(r) => Some((path, r)),
                Err(e) => {
                    skipped(e);
                    None
                }
            })
            .collect())
    }

    /// The index, opened for reading: a regular file, never waited on.
    fn open_index(&self) -> io::Result<fs::File> {
        let mut options = fs::OpenOptions::new();
        options.read(true);
        crate::guide::load::open_regular(&self.index_path(), &mut options, true).map(|(f, _)| f)
    }

    /// Adds a saved report to the history index, when there is one. Best
    /// effort: a line lost here (a crash, a concurrent rewrite) is found
    /// missing and added by the next [`Self::summaries`].
    fn index_append(&self, saved: &Path, report: &Report) {
        let Some(name) = saved.file_name().map(|n| n.to_string_lossy().into_owned()) else {
            return;
        };
        let mut line =
            serde_json::to_vec(&Summary::of(&name, report)).expect("summaries serialize");
        line.push(b'\n');
        let mut options = fs::OpenOptions::new();
        options.append(true);
        if let Ok((mut index, _)) =
            crate::guide::load::open_regular(&self.index_path(), &mut options, false)
        {
            let _ = index.write_all(&line);
        }
    }

    /// The saved report at `path`.
    pub fn report_at(&self, path: &Path) -> Result<Report> {
        read_versioned::<Report>(path, crate::report::REPORT_VERSION)?.ok_or_else(|| {
            Error::io(
                path,
                io::Error::new(io::ErrorKind::NotFound, "no such file"),
            )
        })
    }

    /// The saved assessment `reference` names: a number of the `history`
    /// listing (1 = newest), a guide id (its newest), or a report file.
    pub fn find_history(&self, reference: &str, history: &[Summary]) -> Result<(PathBuf, Report)> {
        let none = |what: String| Error::Usage(format!("{what}; `careerctl history` lists them"));
        let load = |s: &Summary| {
            let path = self.path_of(s);
            let report = self.report_at(&path)?;
            Ok((path, report))
        };
        if let Ok(n) = reference.parse::<usize>() {
            return match n.checked_sub(1).and_then(|i| history.get(i)) {
                Some(found) => load(found),
                None => Err(none(format!(
                    "no saved assessment number {n} (there are {})",
                    history.len()
                ))),
            };
        }
        if crate::guide::model::is_valid_id(reference) && !Path::new(reference).exists() {
            return match history.iter().find(|s| s.guide == reference) {
                Some(found) => load(found),
                None => Err(none(format!("no saved assessment of {reference}"))),
            };
        }
        let path = self.history_file(reference);
        match read_versioned::<Report>(&path, crate::report::REPORT_VERSION)? {
            Some(r) => Ok((path, r)),
            None => Err(Error::Usage(format!(
                "{}: no such file, saved assessment number or guide id",
                crate::render::text::clip(reference, 80)
            ))),
        }
    }

    /// The file `reference` names: a path as given, else a file name as
    /// `history` lists it, in the history dir.
    pub fn history_file(&self, reference: &str) -> PathBuf {
        let given = PathBuf::from(reference);
        let listed = self.history_dir().join(reference);
        let bare = Path::new(reference).file_name() == Some(reference.as_ref());
        if !given.exists() && bare && listed.exists() {
            listed
        } else {
            given
        }
    }

    /// Whether `path` is a file directly in the history dir.
    pub fn in_history(&self, path: &Path) -> bool {
        (path.parent().and_then(|p| p.canonicalize().ok()))
            .zip(self.history_dir().canonicalize().ok())
            .is_some_and(|(p, d)| p == d)
    }

    /// Removes a saved assessment; only files in the history dir.
    pub fn remove_history(&self, path: &Path) -> Result<()> {
        let dir = self.history_dir();
        if !self.in_history(path) {
            return Err(Error::Usage(format!(
                "{} is not in the history ({}); only saved assessments can be removed",
                path.display(),
                dir.display()
            )));
        }
        fs::remove_file(path).map_err(|e| Error::io(path, e))?;
        sync_dir(path)
    }

    pub fn draft(&self, guide: &str) -> Result<Option<Draft>> {
        read_versioned(&self.draft_path(guide), 1)
    }

    pub fn save_draft(&self, draft: &Draft) -> Result<()> {
        let path = self.draft_path(&draft.guide);
        ensure_dir(&self.dir)?;
        ensure_dir(path.parent().unwrap_or(&self.dir))?;
        self.write_atomic(&path, &to_json(draft))
    }

    pub fn remove_draft(&self, guide: &str) -> Result<()> {
        let path = self.draft_path(guide);
        match fs::remove_file(&path) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(Error::io(&path, e)),
            _ => Ok(()),
        }
    }
}

fn to_json(value: &impl Serialize) -> Vec<u8> {
    let mut v = serde_json::to_vec_pretty(value).expect("stored types always serialize");
    v.push(b'\n');
    v
}

/// `2026-11-29T10:15:30.123Z` → `20261129T101530.123Z`: sortable and safe in a file name.
fn stamp(rfc3339: &str) -> String {
    rfc3339
        .chars()
        .filter(|c| !matches!(c, '-' | ':'))
        .collect()
}

/// `path` made absolute with its symlinks resolved, as far as it exists:
/// the longest part that exists is canonicalised and the rest, which a
/// later write may create (a data dir on a first run), is joined to it.
pub fn resolved(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut tail = Vec::new();
    let mut head = absolute.as_path();
    loop {
        if let Ok(real) = head.canonicalize() {
            return tail.iter().rev().fold(real, |p, part| p.join(part));
        }
        match (head.parent(), head.file_name()) {
            (Some(parent), Some(name)) => {
                tail.push(name.to_owned());
                head = parent;
            }
            _ => return absolute,
        }
    }
}

/// Reads a JSON file carrying `schema_version`; `None` when it does not exist.
/// A file that does not parse, or is of a newer version, is an input error
/// naming the file and line.
pub fn read_versioned<T: serde::de::DeserializeOwned>(
    path: &Path,
    known: u32,
) -> Result<Option<T>> {
    let bytes = match crate::guide::load::read_at_most(path, MAX_DATA_BYTES) {
        Ok(b) => b,
        Err(Error::Io { source, .. }) if source.kind() == io::ErrorKind::NotFound => {
            return Ok(None);
        }
        Err(e) => return Err(e),
    };
    let file = path.display().to_string();
    if bytes.len() > MAX_DATA_BYTES {
        return Err(Error::input(
            &file,
            None,
            None,
            "damaged file: larger than 16 MiB",
        ));
    }
    #[derive(Deserialize)]
    struct Version {
        schema_version: Option<u32>,
    }
    // serde quotes the offending value, which can be any length: clipped.
    let damaged = |e: serde_json::Error| {
        Error::input(
            &file,
            Some(e.line()),
            Some(e.column()),
            format!(
                "damaged file: {}",
                crate::render::text::clip(&e.to_string(), 200)
            ),
        )
    };
    let version: Version = serde_json::from_slice(&bytes).map_err(damaged)?;
    match version.schema_version {
        Some(v) if v > known => {
            return Err(Error::input(
                &file,
                None,
                None,
                format!(
                    "schema_version {v} is newer than this careerctl understands ({known}); \
                     upgrade careerctl, the file was left as it is"
                ),
            ));
        }
        None => {
            return Err(Error::input(
                &file,
                None,
                None,
                "damaged file: no schema_version",
            ));
        }
        _ => {}
    }
    serde_json::from_slice(&bytes).map(Some).map_err(damaged)
}

/// `ratings` into `profile`, each noted as given `now` in `guide`.
fn merge_ratings(
    profile: &mut Profile,
    ratings: &BTreeMap<String, u8>,
    guide: Option<&str>,
    now: &str,
) {
    for (id, n) in ratings {
        // The same rating again (re-scoring the profile or a saved report)
        // keeps when and where it was first given.
        if profile.ratings.insert(id.clone(), *n) == Some(*n) && profile.sources.contains_key(id) {
            continue;
        }
        profile.sources.insert(
            id.clone(),
            RatingSource {
                rated_at: now.to_string(),
                guide: guide.map(str::to_string),
            },
        );
    }
}

/// Bounds the profile to [`MAX_PROFILE_IDS`] ratings: beyond that, ratings
/// this save did not give go first (in id order: a profile keeps no date per
/// rating), so a file of made-up ids cannot grow it without end.
fn keep_known_ids(ratings: &mut BTreeMap<String, u8>, just_rated: &BTreeMap<String, u8>) {
    if ratings.len() <= MAX_PROFILE_IDS {
        return;
    }
    let mut room = MAX_PROFILE_IDS.saturating_sub(just_rated.len());
    ratings.retain(|id, _| {
        if just_rated.contains_key(id) {
            return true;
        }
        let keep = room > 0;
        room = room.saturating_sub(1);
        keep
    });
}

/// A refusal to write what could not be read back (see [`MAX_DATA_BYTES`]).
fn check_size(path: &Path, bytes: &[u8]) -> Result<()> {
    if bytes.len() > MAX_DATA_BYTES {
        return Err(Error::io(
            path,
            io::Error::other(format!(
                "would be {} MiB, more than the {} MiB careerctl reads back; not saved",
                bytes.len() >> 20,
                MAX_DATA_BYTES >> 20
            )),
        ));
    }
    Ok(())
}

/// Opens (creating it) the lock file: never through a symlink, never a
/// FIFO or device, which could block or redirect the write.
fn open_lock(path: &Path) -> Result<fs::File> {
    let mut options = fs::OpenOptions::new();
    options.create(true).truncate(false).write(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let (lock, _) = crate::guide::load::open_regular(path, &mut options, false)
        .map_err(|e| Error::io(path, e))?;
    Ok(lock)
}

/// Creates `dir` (mode 0700) if it is missing.
pub fn ensure_dir(dir: &Path) -> Result<()> {
    let mut b = fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o700);
    b.create(dir).map_err(|e| Error::io(dir, e))?;
    private(dir);
    Ok(())
}

/// Takes group and other access away from a dir careerctl writes its data
/// in (one left 0777, say), when it is the user's own and not a shared one
/// like /tmp (sticky): the profile and history are a person's record.
fn private(dir: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        let Ok(meta) = fs::symlink_metadata(dir) else {
            return;
        };
        // SAFETY: geteuid(2) cannot fail.
        let me = unsafe { libc::geteuid() };
        let mode = meta.mode();
        if meta.is_dir() && meta.uid() == me && mode & 0o1000 == 0 && mode & 0o077 != 0 {
            let _ = fs::set_permissions(dir, fs::Permissions::from_mode(mode & 0o700));
        }
    }
}

impl Store {
    /// Writes `bytes` to `path` atomically: temp file, fsync, rename, fsync dir.
    fn write_atomic(&self, path: &Path, bytes: &[u8]) -> Result<()> {
        let tmp = self.temp_with(path, bytes)?;
        tmp.persist(path).map_err(|e| Error::io(path, e.error))?;
        sync_dir(path)
    }

    /// Like [`Self::write_atomic`] to `dir/BASE.json`, but never replaces a
    /// file: when the name is taken, `BASE-2.json` and so on.
    fn write_new(&self, dir: &Path, base: &str, bytes: &[u8]) -> Result<PathBuf> {
        let mut path = dir.join(format!("{base}.json"));
        let mut tmp = self.temp_with(&path, bytes)?;
        for n in 2.. {
            match tmp.persist_noclobber(&path) {
                Ok(_) => break,
                Err(e) if e.error.kind() == io::ErrorKind::AlreadyExists && n < 1000 => {
                    tmp = e.file;
                    path = dir.join(format!("{base}-{n}.json"));
                }
                Err(e) => return Err(Error::io(&path, e.error)),
            }
        }
        sync_dir(&path)?;
        Ok(path)
    }

    /// A synced temp file next to `path`; it is deleted again if anything fails.
    fn temp_with(&self, path: &Path, bytes: &[u8]) -> Result<tempfile::NamedTempFile> {
        let dir = path.parent().unwrap_or(Path::new("."));
        // tempfile creates the file with mode 0600.
        let mut tmp = tempfile::Builder::new()
            .prefix(".tmp-")
            .tempfile_in(dir)
            .map_err(|e| Error::io(dir, e))?;
        (self.write)(tmp.as_file_mut(), bytes)
            .and_then(|()| tmp.as_file().sync_all())
            .map_err(|e| Error::io(path, e))?;
        Ok(tmp)
    }
}

fn sync_dir(path: &Path) -> Result<()> {
    #[cfg(unix)]
    if let Some(dir) = path.parent() {
        fs::File::open(dir)
            .and_then(|d| d.sync_all())
            .map_err(|e| Error::io(dir, e))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::load::{builtin_text, parse_checked};

    fn report() -> Report {
        let g = parse_checked(
            builtin_text("backend-developer").unwrap().as_bytes(),
            None,
            "b",
        )
        .unwrap();
        let ratings = BTreeMap::from([("sql".to_string(), 3)]);
        Report::new(
            &g,
            "built-in".into(),
            "mid",
            ratings,
            0,
            None,
            "2026-11-29T10:00:00.000Z".into(),
        )
    }

    fn listing(dir: &Path) -> Vec<(String, Vec<u8>)> {
        let mut out = Vec::new();
        for entry in walk(dir) {
            let bytes = fs::read(&entry).unwrap_or_default();
            out.push((entry.display().to_string(), bytes));
        }
        out.sort();
        out
    }

    fn walk(dir: &Path) -> Vec<PathBuf> {
        let mut out = Vec::new();
        for e in fs::read_dir(dir).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(walk(&p));
            }
            out.push(p);
        }
        out
    }

    fn report_at(at: &str, sql: u8) -> Report {
        let mut r = report();
        r.generated_at = at.into();
        r.ratings.insert("sql".into(), sql);
        r
    }

    /// A save cut between its two writes (SIGKILL, power loss) left a
    /// history entry the profile never got: the next save applies it first.
    #[test]
    fn the_next_save_completes_a_half_finished_one() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path().into());
        let a = report_at("2026-11-29T10:00:00.000Z", 1);
        store
            .save_assessment(&a, &BTreeMap::from([("sql".into(), 1)]))
            .unwrap();
        // Half a save: the history entry, not the profile.
        let mut b = report_at("2026-11-29T11:00:00.000Z", 2);
        b.ratings.insert("api-design".into(), 4);
        store.save_report(&b).unwrap();
        assert!(!store.profile().unwrap().ratings.contains_key("api-design"));
        let c = report_at("2026-11-29T12:00:00.000Z", 3);
        let (saved, _) = store
            .save_assessment(&c, &BTreeMap::from([("sql".into(), 3)]))
            .unwrap();
        let p = store.profile().unwrap();
        assert_eq!(p.ratings["api-design"], 4, "b's rating applied");
        assert_eq!(p.ratings["sql"], 3, "c's rating wins over b's");
        assert_eq!(
            p.last_saved.as_deref(),
            saved.file_name().and_then(|n| n.to_str())
        );
    }

    /// The history index follows the files: a save it missed, a file
    /// removed by hand, an index deleted.
    #[test]
    fn the_history_index_follows_the_files() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path().into());
        let names = |store: &Store| -> Vec<String> {
            (store.summaries(|e| panic!("{e}")).unwrap().into_iter())
                .map(|s| s.generated_at)
                .collect()
        };
        let a = store
            .save_report(&report_at("2026-11-29T10:00:00.000Z", 1))
            .unwrap();
        store
            .save_report(&report_at("2026-11-29T11:00:00.000Z", 2))
            .unwrap();
        assert_eq!(names(&store).len(), 2);
        assert!(store.index_path().exists(), "listing writes the index");
        // A save whose index line was lost (written before the index existed
        // counts the same): found by the next listing.
        let c = report_at("2026-11-29T12:00:00.000Z", 3);
        let text = to_json(&c);
        fs::write(store.history_dir().join("x-by-hand.json"), text).unwrap();
        assert_eq!(names(&store)[0], "2026-11-29T12:00:00.000Z");
        fs::remove_file(&a).unwrap();
        assert_eq!(names(&store).len(), 2);
        fs::remove_file(store.index_path()).unwrap();
        assert_eq!(
            names(&store),
            ["2026-11-29T12:00:00.000Z", "2026-11-29T11:00:00.000Z"]
        );
        // An index line for a save is appended, not rebuilt.
        store
            .save_report(&report_at("2026-11-29T13:00:00.000Z", 4))
            .unwrap();
        let index = fs::read_to_string(store.index_path()).unwrap();
        assert_eq!(index.lines().count(), 3, "{index}");
    }

    #[test]
    fn stale_temp_files_are_removed_fresh_ones_kept() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path().into());
        ensure_dir(&store.history_dir()).unwrap();
        let old = store.history_dir().join(".tmp-old");
        let new = dir.path().join(".tmp-new");
        fs::write(&old, "x").unwrap();
        fs::write(&new, "x").unwrap();
        let two_hours_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(7200);
        fs::File::options()
            .write(true)
            .open(&old)
            .unwrap()
            .set_modified(two_hours_ago)
            .unwrap();
        store
            .save_assessment(&report(), &BTreeMap::from([("sql".into(), 3)]))
            .unwrap();
        assert!(!old.exists());
        assert!(new.exists());
    }

    #[test]
    fn a_failed_write_changes_nothing_and_names_the_path() {
        let dir = tempfile::tempdir().unwrap();
        let ok = Store::new(dir.path().into());
        ok.save_assessment(&report(), &BTreeMap::from([("sql".into(), 2)]))
            .unwrap();
        let before = listing(dir.path());

        let full: WriteFn = |_, _| Err(io::Error::from_raw_os_error(28)); // ENOSPC
        let failing = Store::with_writer(dir.path().into(), full);
        let err = failing
            .save_assessment(&report(), &BTreeMap::from([("sql".into(), 5)]))
            .unwrap_err();
        assert_eq!(err.exit_code(), 3);
        assert!(
            err.to_string().contains(&dir.path().display().to_string()),
            "{err}"
        );
        assert_eq!(listing(dir.path()), before, "nothing on disk changed");

        // The profile write fails after the history write worked: rolled back.
        let profile_only: WriteFn = |f, bytes| {
            if bytes.starts_with(b"{\n  \"schema_version\": 1,\n  \"updated_at\"") {
                Err(io::Error::from_raw_os_error(30)) // EROFS
            } else {
                f.write_all(bytes)
            }
        };
        let half = Store::with_writer(dir.path().into(), profile_only);
        let err = half
            .save_assessment(&report(), &BTreeMap::from([("sql".into(), 5)]))
            .unwrap_err();
        assert_eq!(err.exit_code(), 3);
        assert!(err.to_string().contains("profile.json"), "{err}");
        assert_eq!(
            listing(dir.path()),
            before,
            "the history file was removed again"
        );
    }

    #[test]
    fn a_damaged_profile_is_kept_aside() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path().into());
        fs::write(
            dir.path().join("profile.json"),
            "{\n  \"schema_version\": 1,\n  \"ratings\": {\"sql\": 3,\n",
        )
        .unwrap();
        let err = store.profile().unwrap_err().to_string();
        assert!(
            err.contains("profile.json:4:"),
            "names file and line: {err}"
        );
        let warning = store
            .update_profile(
                &BTreeMap::from([("api-design".into(), 2)]),
                None,
                "2026-11-29T10:00:00.000Z",
            )
            .unwrap()
            .expect("a warning about the damaged file");
        assert!(warning.contains("damaged"), "{warning}");
        let aside: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().contains("damaged"))
            .collect();
        assert_eq!(aside.len(), 1);
        assert!(
            fs::read_to_string(aside[0].path())
                .unwrap()
                .contains("\"sql\": 3")
        );
        assert_eq!(store.profile().unwrap().ratings["api-design"], 2);
    }

    #[test]
    fn the_same_rating_again_keeps_when_and_where_it_was_given() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path().into());
        let first = BTreeMap::from([("sql".into(), 3), ("mentoring".into(), 2)]);
        store
            .update_profile(&first, Some("tech-lead"), "2026-11-01T10:00:00.000Z")
            .unwrap();
        let again = BTreeMap::from([("sql".into(), 4), ("mentoring".into(), 2)]);
        store
            .update_profile(
                &again,
                Some("backend-developer"),
                "2026-12-01T10:00:00.000Z",
            )
            .unwrap();
        let p = store.profile().unwrap();
        assert_eq!(p.sources["mentoring"].rated_at, "2026-11-01T10:00:00.000Z");
        assert_eq!(p.sources["mentoring"].guide.as_deref(), Some("tech-lead"));
        assert_eq!(p.sources["sql"].rated_at, "2026-12-01T10:00:00.000Z");
        assert_eq!(p.sources["sql"].guide.as_deref(), Some("backend-developer"));
    }

    #[test]
    fn a_newer_profile_is_refused_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path().into());
        let newer = "{\"schema_version\": 2, \"ratings\": {}, \"future\": true}\n";
        fs::write(dir.path().join("profile.json"), newer).unwrap();
        let err = store
            .update_profile(
                &BTreeMap::from([("sql".into(), 1)]),
                None,
                "2026-11-29T10:00:00.000Z",
            )
            .unwrap_err();
        assert!(err.to_string().contains("newer"), "{err}");
        assert_eq!(
            fs::read_to_string(dir.path().join("profile.json")).unwrap(),
            newer
        );
    }

    #[test]
    fn drafts_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path().into());
        assert_eq!(store.draft("x").unwrap(), None);
        let d = Draft {
            schema_version: 1,
            guide: "x".into(),
            level: "mid".into(),
            ratings: BTreeMap::from([("a".into(), 1)]),
            skipped: vec!["b".into()],
        };
        store.save_draft(&d).unwrap();
        assert_eq!(store.draft("x").unwrap(), Some(d));
        store.remove_draft("x").unwrap();
        assert_eq!(store.draft("x").unwrap(), None);
    }
}
