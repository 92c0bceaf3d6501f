//! The data dir (product.md section 5): the profile, the history of saved
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

/// The latest rating of every skill ever rated, so one rating serves every guide.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    pub schema_version: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    #[serde(default)]
    pub ratings: BTreeMap<String, u8>,
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

#[derive(Debug, Clone)]
pub struct Store {
    pub dir: PathBuf,
}

impl Store {
    /// `$CAREERCTL_HOME`, else the platform data dir (`$XDG_DATA_HOME/careerctl` on Linux).
    pub fn from_env() -> Result<Self> {
        let dir = match std::env::var_os("CAREERCTL_HOME").filter(|v| !v.is_empty()) {
            Some(d) => PathBuf::from(d),
            None => std::env::var_os("XDG_DATA_HOME")
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
                .or_else(dirs::data_dir)
                .ok_or_else(|| {
                    Error::Usage("no data directory: set CAREERCTL_HOME or HOME".into())
                })?
                .join("careerctl"),
        };
        Ok(Store { dir })
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

    /// The profile, empty when there is none yet.
    pub fn profile(&self) -> Result<Profile> {
        match read_versioned::<Profile>(&self.profile_path(), PROFILE_VERSION)? {
            Some(p) => Ok(p),
            None => Ok(Profile {
                schema_version: PROFILE_VERSION,
                ..Profile::default()
            }),
        }
    }

    /// Merges `ratings` into the profile under a lock. A damaged profile is
    /// moved aside (and named in the returned warning) before a new one is written.
    pub fn update_profile(
        &self,
        ratings: &BTreeMap<String, u8>,
        now: &str,
    ) -> Result<Option<String>> {
        ensure_dir(&self.dir)?;
        let lock_path = self.dir.join("profile.lock");
        let mut options = fs::OpenOptions::new();
        options.create(true).truncate(false).write(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let lock = options
            .open(&lock_path)
            .map_err(|e| Error::io(&lock_path, e))?;
        lock.lock().map_err(|e| Error::io(&lock_path, e))?;
        let path = self.profile_path();
        let mut warning = None;
        let mut profile = match self.profile() {
            Ok(p) => p,
            Err(Error::Input { place, message }) if !message.contains("newer") => {
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
        profile
            .ratings
            .extend(ratings.iter().map(|(k, v)| (k.clone(), *v)));
        profile.updated_at = Some(now.to_string());
        write_atomic(&path, &to_json(&profile))?;
        Ok(warning)
    }

    /// Saves a finished assessment as its own file in the history dir.
    pub fn save_report(&self, report: &Report) -> Result<PathBuf> {
        let dir = self.history_dir();
        ensure_dir(&self.dir)?;
        ensure_dir(&dir)?;
        let name = format!(
            "{}-{}-{}.json",
            stamp(&report.generated_at),
            report.guide.id,
            std::process::id()
        );
        let path = dir.join(name);
        write_new(&path, &to_json(report))?;
        Ok(path)
    }

    pub fn draft(&self, guide: &str) -> Result<Option<Draft>> {
        read_versioned(&self.draft_path(guide), 1)
    }

    pub fn save_draft(&self, draft: &Draft) -> Result<()> {
        let path = self.draft_path(&draft.guide);
        ensure_dir(&self.dir)?;
        ensure_dir(path.parent().unwrap_or(&self.dir))?;
        write_atomic(&path, &to_json(draft))
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

/// Reads a JSON file carrying `schema_version`; `None` when it does not exist.
/// A file that does not parse, or is of a newer version, is an input error
/// naming the file and line.
pub fn read_versioned<T: serde::de::DeserializeOwned>(
    path: &Path,
    known: u32,
) -> Result<Option<T>> {
    let bytes = match fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Error::io(path, e)),
    };
    let file = path.display().to_string();
    #[derive(Deserialize)]
    struct Version {
        schema_version: Option<u32>,
    }
    let damaged = |e: serde_json::Error| {
        Error::input(
            &file,
            Some(e.line()),
            Some(e.column()),
            format!("damaged file: {e}"),
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

/// Creates `dir` (mode 0700) if it is missing.
pub fn ensure_dir(dir: &Path) -> Result<()> {
    let mut b = fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o700);
    b.create(dir).map_err(|e| Error::io(dir, e))
}

/// Writes `bytes` to `path` atomically: temp file, fsync, rename, fsync dir.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let tmp = temp_with(path, bytes)?;
    tmp.persist(path).map_err(|e| Error::io(path, e.error))?;
    sync_dir(path)
}

/// Like [`write_atomic`], but never replaces an existing file.
pub fn write_new(path: &Path, bytes: &[u8]) -> Result<()> {
    let tmp = temp_with(path, bytes)?;
    tmp.persist_noclobber(path)
        .map_err(|e| Error::io(path, e.error))?;
    sync_dir(path)
}

fn temp_with(path: &Path, bytes: &[u8]) -> Result<tempfile::NamedTempFile> {
    let dir = path.parent().unwrap_or(Path::new("."));
    // tempfile creates the file with mode 0600.
    let mut tmp = tempfile::Builder::new()
        .prefix(".tmp-")
        .tempfile_in(dir)
        .map_err(|e| Error::io(dir, e))?;
    tmp.write_all(bytes)
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(|e| Error::io(path, e))?;
    Ok(tmp)
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
