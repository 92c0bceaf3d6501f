//! Where guides come from: the search path (README, "Guides") and the
//! guides built into the binary.
//!
//! Search order: `--guides` dirs, `CAREERCTL_GUIDES`, the user guide dir
//! (`$XDG_CONFIG_HOME/careerctl/guides`), then the built-in guides; an earlier
//! source shadows a later one with the same id. A guide id from the command
//! line is checked against the id pattern before any file is touched, and is
//! only ever compared with directory entries, never joined onto a path.

use std::collections::HashSet;
use std::fmt;
use std::path::{Path as FsPath, PathBuf};

use super::check::{Severity, check_guide};
use super::model::{Guide, is_valid_id};
use super::yaml::{self, YamlError};
use crate::error::{Error, Result};
use crate::render::text::clip;

/// The guides compiled into the binary: (id, YAML text), sorted by id.
/// build.rs lists every `guides/*.yaml`, so adding a guide is adding a file.
pub const BUILTIN: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/builtin_guides.rs"));

/// The same guides as JSON, converted at build time: loading a built-in
/// guide reads this, several times faster than parsing its YAML.
const BUILTIN_JSON: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/builtin_guides_json.rs"));

/// Where one guide came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    BuiltIn,
    File(PathBuf),
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Origin::BuiltIn => f.write_str("built-in"),
            Origin::File(p) => write!(
                f,
                "{}",
                crate::render::text::clean(&p.display().to_string()).into_owned()
            ),
        }
    }
}

/// A guide file found on the search path, not yet read.
#[derive(Debug, Clone)]
pub struct Entry {
    pub id: String,
    pub origin: Origin,
}

impl Entry {
    /// The name used in messages: the path, or `<built-in>/ID.yaml`.
    pub fn display_name(&self) -> String {
        match &self.origin {
            Origin::BuiltIn => format!("<built-in>/{}.yaml", self.id),
            Origin::File(p) => crate::render::text::clean(&p.display().to_string()).into_owned(),
        }
    }

    /// Reads the bytes of the guide. Only a regular file is a guide: a FIFO
    /// (a `*.yaml` one in a directory being validated) is refused by
    /// [`read_capped`] without blocking on it.
    pub fn read(&self) -> Result<Vec<u8>> {
        match &self.origin {
            Origin::BuiltIn => Ok(builtin_text(&self.id)
                .unwrap_or_default()
                .as_bytes()
                .to_vec()),
            Origin::File(p) => read_capped(p),
        }
    }
}

/// Reads a file, refusing one larger than [`yaml::MAX_BYTES`] without reading it whole.
pub fn read_capped(path: &FsPath) -> Result<Vec<u8>> {
    read_at_most(path, yaml::MAX_BYTES)
}

/// The bytes of a regular file, up to `max` + 1 (so a caller sees it is too
/// big). A FIFO, socket or device is refused without waiting on it: the
/// file is opened non-blocking and its type checked before any read.
pub fn read_at_most(path: &FsPath, max: usize) -> Result<Vec<u8>> {
    use std::io::Read;
    let (file, meta) = open_regular(path, std::fs::OpenOptions::new().read(true), true)
        .map_err(|e| Error::io(path, e))?;
    // Sized from the metadata, so the read does not grow the buffer step by step.
    let size = meta.len().min(max as u64 + 1);
    let mut bytes = Vec::with_capacity(size as usize + 1);
    file.take(max as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(path, e))?;
    Ok(bytes)
}

/// Opens `path` with `options` without ever waiting on it: non-blocking, so
/// a FIFO cannot hang the open, and, unless `follow`, never through a
/// symlink. Only a regular file is returned (with its metadata); the error
/// says what else it was.
pub fn open_regular(
    path: &FsPath,
    options: &mut std::fs::OpenOptions,
    follow: bool,
) -> std::io::Result<(std::fs::File, std::fs::Metadata)> {
    use std::io::{Error as IoError, ErrorKind};
    #[cfg(unix)]
    {
        let nofollow = if follow { 0 } else { libc::O_NOFOLLOW };
        std::os::unix::fs::OpenOptionsExt::custom_flags(options, libc::O_NONBLOCK | nofollow);
    }
    let file = options.open(path).map_err(|e| match e.raw_os_error() {
        // Opening a FIFO for writing with no reader, non-blocking.
        #[cfg(unix)]
        Some(libc::ENXIO) => IoError::other("not a regular file (a FIFO); not opened"),
        #[cfg(unix)]
        Some(libc::ELOOP) if !follow => IoError::other("a symlink; not opened through one"),
        _ => e,
    })?;
    let meta = file.metadata()?;
    if meta.is_dir() {
        return Err(IoError::new(ErrorKind::IsADirectory, "is a directory"));
    }
    if !meta.is_file() {
        return Err(IoError::other(
            "not a regular file (a FIFO, socket or device); not read",
        ));
    }
    Ok((file, meta))
}

pub fn builtin_text(id: &str) -> Option<&'static str> {
    BUILTIN.iter().find(|(b, _)| *b == id).map(|(_, t)| *t)
}

/// A loaded, checked guide and where it came from.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub guide: Guide,
    pub origin: Origin,
}

/// The guide search path.
#[derive(Debug, Clone, Default)]
pub struct Library {
    pub dirs: Vec<PathBuf>,
    /// How many of `dirs`, from the start, were asked for (`--guides`,
    /// `CAREERCTL_GUIDES`); the user guide dir after them need not exist.
    asked: usize,
}

impl Library {
    /// `--guides` dirs, then `CAREERCTL_GUIDES`, then the user guide dir.
    pub fn from_env(cli_dirs: &[PathBuf]) -> Self {
        let mut dirs = cli_dirs.to_vec();
        if let Some(v) = std::env::var_os("CAREERCTL_GUIDES") {
            dirs.extend(std::env::split_paths(&v).filter(|p| !p.as_os_str().is_empty()));
        }
        let asked = dirs.len();
        if let Some(config) = user_config_dir() {
            dirs.push(config.join("careerctl").join("guides"));
        }
        Library { dirs, asked }
    }

    /// The guide dirs asked for that are not directories: a typo there would
    /// otherwise fall back to the built-in guides without a word.
    pub fn missing_dirs(&self) -> impl Iterator<Item = &PathBuf> {
        self.dirs[..self.asked].iter().filter(|d| !d.is_dir())
    }

    /// Every guide file on the search path, in search order, shadowed ones included.
    pub fn entries(&self) -> Vec<Entry> {
        let mut out = Vec::new();
        for dir in &self.dirs {
            let Ok(read) = std::fs::read_dir(dir) else {
                continue;
            };
            let mut here: Vec<Entry> = read
                .flatten()
                .filter_map(|e| {
                    let path = e.path();
                    let stem = guide_stem(&path)?;
                    path.is_file().then(|| Entry {
                        id: stem.to_string(),
                        origin: Origin::File(path.clone()),
                    })
                })
                .collect();
            here.sort_by(|a, b| a.id.cmp(&b.id));
            out.extend(here);
        }
        out.extend(BUILTIN.iter().map(|(id, _)| Entry {
            id: id.to_string(),
            origin: Origin::BuiltIn,
        }));
        out
    }

    /// The first entry of each id, sorted by id.
    pub fn visible(&self) -> Vec<Entry> {
        let mut seen = HashSet::new();
        let mut out: Vec<Entry> = (self.entries().into_iter())
            .filter(|e| seen.insert(e.id.clone()))
            .collect();
        out.sort_by(|a, b| a.id.cmp(&b.id));
        out
    }

    /// Finds and loads the guide `id`: a usage error for a malformed or unknown id.
    pub fn find(&self, id: &str) -> Result<Loaded> {
        let entries = self.visible();
        if !is_valid_id(id) {
            // `Backend-Developer`, `backend_developer`, `backend-developer.yaml`:
            // offer the ids the same text, made an id, would be near.
            let lower = id.to_lowercase().replace(['_', ' '], "-");
            let near = (lower
                .strip_suffix(".yaml")
                .or_else(|| lower.strip_suffix(".yml")))
            .unwrap_or(&lower);
            let hint = did_you_mean(near, entries.iter().map(|e| e.id.as_str()), "");
            return Err(Error::UnknownGuide {
                id: clip(id, 80),
                hint: format!(" (a guide id is lowercase letters, digits and dashes){hint}"),
            });
        }
        match entries.iter().find(|e| e.id == id) {
            Some(entry) => load_entry(entry),
            None => Err(Error::UnknownGuide {
                id: id.to_string(),
                hint: did_you_mean(
                    id,
                    entries.iter().map(|e| e.id.as_str()),
                    "; `careerctl guides list` shows the guides there are",
                ),
            }),
        }
    }

    /// Every visible guide, sorted by id, parsed on all cores (`match` over a
    /// thousand guides is mostly YAML parsing); the ones that fail to load
    /// are passed to `skipped`, in id order.
    pub fn load_all(&self, mut skipped: impl FnMut(Error)) -> Vec<Loaded> {
        let entries = self.visible();
        let jobs = std::thread::available_parallelism().map_or(1, |n| n.get());
        // A few guides (the built-in ones) load faster than threads start.
        crate::parallel::map(&entries, jobs, 16, load_entry)
            .into_iter()
            .filter_map(|r| r.map_err(&mut skipped).ok())
            .collect()
    }
}

/// `$XDG_CONFIG_HOME`, else the platform's config dir.
fn user_config_dir() -> Option<PathBuf> {
    std::env::var_os("XDG_CONFIG_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(dirs::config_dir)
}

/// The id of a guide file: the stem of `*.yaml` / `*.yml` when it is a valid id.
pub fn guide_stem(path: &FsPath) -> Option<&str> {
    let ext = path.extension()?.to_str()?;
    if ext != "yaml" && ext != "yml" {
        return None;
    }
    path.file_stem()?.to_str().filter(|s| is_valid_id(s))
}

/// `; did you mean …?` with the ids nearest to `id`, or `otherwise` if none is near.
pub fn did_you_mean<'a>(id: &str, ids: impl Iterator<Item = &'a str>, otherwise: &str) -> String {
    let mut near: Vec<(f64, &str)> = ids
        .map(|c| (strsim::jaro_winkler(id, c), c))
        .filter(|(score, c)| *score > 0.8 || c.contains(id))
        .collect();
    near.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    match near.as_slice() {
        [] => otherwise.to_string(),
        _ => {
            let names: Vec<String> = near.iter().take(3).map(|(_, c)| format!("`{c}`")).collect();
            format!("; did you mean {}?", names.join(" or "))
        }
    }
}

fn load_entry(entry: &Entry) -> Result<Loaded> {
    if entry.origin == Origin::BuiltIn
        && let Some((_, json)) = BUILTIN_JSON.iter().find(|(id, _)| *id == entry.id)
    {
        let guide = serde_json::from_str(json).map_err(|e| {
            Error::input(
                &entry.display_name(),
                None,
                None,
                format!("built-in guide does not load: {e}"),
            )
        })?;
        return Ok(Loaded {
            guide,
            origin: Origin::BuiltIn,
        });
    }
    let bytes = entry.read()?;
    let stem = match &entry.origin {
        Origin::File(_) => Some(entry.id.as_str()),
        Origin::BuiltIn => None,
    };
    let guide = parse_checked(&bytes, stem, &entry.display_name())?;
    Ok(Loaded {
        guide,
        origin: entry.origin.clone(),
    })
}

/// Parses a guide and runs the single-guide checks; the first error found
/// becomes an input error that names the file, line and column.
pub fn parse_checked(bytes: &[u8], stem: Option<&str>, file: &str) -> Result<Guide> {
    let yaml_error = |e: YamlError| {
        let at = if e.path.is_empty() {
            String::new()
        } else {
            format!(" (at {})", e.path)
        };
        Error::input(file, e.line, e.column, format!("{}{at}", e.message))
    };
    let text = yaml::check_bytes(bytes).map_err(yaml_error)?;
    let parsed = super::schema::parse_guide(text).map_err(yaml_error)?;
    // The first error in file order: a structure problem, else a semantic
    // one. A missing key comes last, as serde_yaml finds it: at the end of
    // its mapping.
    let first = (parsed.problems.iter())
        .find(|p| p.code != "missing-key")
        .or(parsed.problems.first());
    if let Some(p) = first {
        let at = if p.path.0.is_empty() {
            String::new()
        } else {
            format!(" (at {})", clip(&p.path.to_string(), 80))
        };
        return Err(Error::input(
            file,
            Some(p.at.line as usize),
            Some(p.at.column as usize),
            format!("{}{at}", p.message),
        ));
    }
    let mut guide = match parsed.guide {
        Some(guide) => guide,
        // Not expected (the structure check passed): serde_yaml's own words.
        None => yaml::from_str::<Guide>(text).map_err(yaml_error)?,
    };
    guide.fold_lines();
    let first = check_guide(&guide, stem)
        .into_iter()
        .filter(|i| i.severity == Severity::Error)
        .map(|i| (parsed.pos.locate(&i.path), i))
        .min_by_key(|(place, _)| (place.is_none(), *place));
    if let Some((place, issue)) = first {
        return Err(Error::input(
            file,
            place.map(|p| p.0),
            place.map(|p| p.1),
            format!("{} (at {})", issue.message, issue.path),
        ));
    }
    Ok(guide)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_json_is_the_yaml_guide() {
        assert_eq!(BUILTIN.len(), BUILTIN_JSON.len());
        for (id, yaml) in BUILTIN {
            let from_yaml = parse_checked(yaml.as_bytes(), Some(id), id).unwrap();
            let entry = Entry {
                id: id.to_string(),
                origin: Origin::BuiltIn,
            };
            assert_eq!(load_entry(&entry).unwrap().guide, from_yaml, "{id}");
        }
    }
}
