//! Guides from the O*NET database's text release (README, "Importing O*NET").
//!
//! The release is a set of tab-separated files with a header row. Columns are
//! found by their header name, so the column order, and extra columns that
//! later releases add, do not matter. `Occupation Data.txt` and `Skills.txt`
//! are required; `Knowledge.txt`, `Content Model Reference.txt`, `Level Scale
//! Anchors.txt` and `Related Occupations.txt` are used when present.
//!
//! The mapping, one guide per occupation:
//! - one level, `typical` (the O*NET database gives one profile per occupation);
//! - a skill per rated element: importance = round(IM), clamped to 1–5;
//!   required = round(LV × 5 / 7), clamped to 0–5 (halves round away from 0);
//! - rows with `Recommend Suppress = Y` or `Not Relevant = Y` are dropped, and
//!   an element needs both its IM and its LV row;
//! - elements with IM below the minimum importance are left out;
//! - knowledge areas have `category: domain`, skills under "Technical
//!   Skills" (element 2.B.3) `technical`, the other skills `professional`;
//! - anchors: the level scale anchors of the element, each at
//!   round(value × 5 / 7) (the lowest value wins a shared rating);
//! - `career.transitions`: the related occupations (primary tiers, in
//!   O*NET's order) that are imported in the same run;
//! - no skill is flagged often missing.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::guide::model::{
    Career, Category, Covers, Guide, Importance, NextStep, Rating, SCHEMA_VERSION, Skill, Source,
    is_valid_id,
};

/// The one level of an imported guide.
pub const LEVEL: &str = "typical";
pub const DEFAULT_MIN_IMPORTANCE: f64 = 3.0;
pub const URL: &str = "https://www.onetcenter.org/database.html";
pub const PUBLISHER: &str =
    "U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)";
pub const LICENCE: &str = "CC BY 4.0";

/// The largest file read from a release. The files read here are about
/// 6 MB in release 29; the cap keeps a damaged or hostile zip (a "zip bomb")
/// from taking the machine's memory.
const MAX_FILE: u64 = 128 * 1024 * 1024;

const OCCUPATIONS: &str = "Occupation Data.txt";
const SKILLS: &str = "Skills.txt";
const KNOWLEDGE: &str = "Knowledge.txt";
const CONTENT_MODEL: &str = "Content Model Reference.txt";
const ANCHORS: &str = "Level Scale Anchors.txt";
const RELATED: &str = "Related Occupations.txt";

const CODE: &str = "O*NET-SOC Code";
const ELEMENT_ID: &str = "Element ID";
const ELEMENT_NAME: &str = "Element Name";
const SCALE_ID: &str = "Scale ID";
const DATA_VALUE: &str = "Data Value";
const SUPPRESS: &str = "Recommend Suppress";
const NOT_RELEVANT: &str = "Not Relevant";

/// importance = round(IM), within 1–5.
pub fn importance(im: f64) -> u8 {
    im.round().clamp(1.0, 5.0) as u8
}

/// required = round(LV × 5 / 7), within 0–5. Also maps anchor values, which
/// are on the level scale.
pub fn required(lv: f64) -> u8 {
    (lv * 5.0 / 7.0).round().clamp(0.0, 5.0) as u8
}

/// `^[a-z0-9]+(-[a-z0-9]+)*$` from any text: lowercase ASCII letters and
/// digits, every other run of characters one dash, at most `max` bytes (cut
/// at a dash where there is one).
pub fn slug(text: &str, max: usize) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if c == '\'' || c == '’' {
            // "Workers' Compensation" → workers-compensation
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    if out.len() > max {
        out.truncate(max);
        if let Some(dash) = out.rfind('-').filter(|&d| d > max / 2) {
            out.truncate(dash);
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// The release number from a name like `db_29_0_text.zip`: `29.0`.
pub fn release_in_name(name: &str) -> Option<String> {
    let at = name.find("db_")?;
    let mut parts = name[at + 3..].split('_');
    let major = parts.next().filter(|p| is_number(p))?;
    let minor = parts.next().filter(|p| is_number(p))?;
    Some(format!("{major}.{minor}"))
}

fn is_number(s: &str) -> bool {
    !s.is_empty() && s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit())
}

/// The files of a release, from a directory or a zip, read when asked for.
pub struct Database {
    /// What the user named: a zip or a directory.
    path: PathBuf,
    kind: Kind,
    /// The release number, where a file or folder name gives it.
    pub release: Option<String>,
}

enum Kind {
    /// The directory that holds the files.
    Dir(PathBuf),
    /// The zip, and its entries by base name.
    Zip(HashMap<String, usize>),
}

impl Database {
    /// Opens `path`: a zip, or a directory holding the files (directly or in
    /// one subdirectory, as unpacking the zip leaves them).
    pub fn open(path: &Path) -> Result<Self> {
        let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
        let shown = path.display().to_string();
        let mut release = path
            .file_name()
            .and_then(|n| release_in_name(&n.to_string_lossy()));
        let kind = if meta.is_dir() {
            let mut dir = path.to_path_buf();
            if !dir.join(OCCUPATIONS).exists() {
                let subdirs: Vec<PathBuf> = std::fs::read_dir(path)
                    .map_err(|e| Error::io(path, e))?
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.join(OCCUPATIONS).is_file())
                    .collect();
                if let [one] = subdirs.as_slice() {
                    dir = one.clone();
                }
            }
            if release.is_none() {
                release = dir
                    .file_name()
                    .and_then(|n| release_in_name(&n.to_string_lossy()));
            }
            Kind::Dir(dir)
        } else {
            let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
            let archive = zip::ZipArchive::new(file).map_err(|e| {
                Error::input(
                    &shown,
                    None,
                    None,
                    format!("not a directory or a readable zip file: {e}"),
                )
            })?;
            let mut entries = HashMap::new();
            for i in 0..archive.len() {
                let Some(name) = archive.name_for_index(i) else {
                    continue;
                };
                if name.ends_with('/') {
                    continue;
                }
                if release.is_none() {
                    release = release_in_name(name);
                }
                let base = name.rsplit('/').next().unwrap_or(name).to_string();
                // The first entry of a name wins: the release has one of each.
                entries.entry(base).or_insert(i);
            }
            Kind::Zip(entries)
        };
        Ok(Database {
            path: path.to_path_buf(),
            kind,
            release,
        })
    }

    /// The name a file is shown under in messages.
    fn shown(&self, name: &str) -> String {
        match &self.kind {
            Kind::Dir(dir) => dir.join(name).display().to_string(),
            Kind::Zip(_) => format!("{}:{name}", self.path.display()),
        }
    }

    /// The text of file `name`, None when the release does not have it.
    fn read(&self, name: &str) -> Result<Option<Text>> {
        let shown = self.shown(name);
        let bytes = match &self.kind {
            Kind::Dir(dir) => {
                let path = dir.join(name);
                let file = match std::fs::File::open(&path) {
                    Ok(f) => f,
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
                    Err(e) => return Err(Error::io(path, e)),
                };
                let mut bytes = Vec::new();
                file.take(MAX_FILE + 1)
                    .read_to_end(&mut bytes)
                    .map_err(|e| Error::io(&path, e))?;
                bytes
            }
            Kind::Zip(entries) => {
                let Some(&index) = entries.get(name) else {
                    return Ok(None);
                };
                let bad = |e: &dyn std::fmt::Display| {
                    Error::input(&shown, None, None, format!("cannot read from the zip: {e}"))
                };
                let file = std::fs::File::open(&self.path).map_err(|e| Error::io(&self.path, e))?;
                let mut archive = zip::ZipArchive::new(file).map_err(|e| bad(&e))?;
                let entry = archive.by_index(index).map_err(|e| bad(&e))?;
                let mut bytes = Vec::new();
                entry
                    .take(MAX_FILE + 1)
                    .read_to_end(&mut bytes)
                    .map_err(|e| bad(&e))?;
                bytes
            }
        };
        if bytes.len() as u64 > MAX_FILE {
            return Err(Error::input(
                &shown,
                None,
                None,
                format!("larger than {} MiB", MAX_FILE >> 20),
            ));
        }
        let text = match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => {
                let at = e.utf8_error().valid_up_to();
                let bytes = e.as_bytes();
                let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count();
                let start = bytes[..at]
                    .iter()
                    .rposition(|&b| b == b'\n')
                    .map_or(0, |p| p + 1);
                let column = 1 + String::from_utf8_lossy(&bytes[start..at]).chars().count();
                return Err(Error::input(
                    &shown,
                    Some(line),
                    Some(column),
                    "not UTF-8 text",
                ));
            }
        };
        Ok(Some(Text { file: shown, text }))
    }

    fn require(&self, name: &str) -> Result<Text> {
        self.read(name)?.ok_or_else(|| {
            Error::input(
                &self.path.display().to_string(),
                None,
                None,
                format!(
                    "no `{name}` in this O*NET database; careerctl needs `{OCCUPATIONS}` and \
                     `{SKILLS}` from the text release (download it from {URL})"
                ),
            )
        })
    }
}

/// A file's text and the name it is shown under.
struct Text {
    file: String,
    text: String,
}

/// One data row: its line number and the wanted fields with their columns.
struct Row<'a> {
    line: usize,
    fields: Vec<Option<(&'a str, usize)>>,
}

impl<'a> Row<'a> {
    /// Field `i` of the wanted columns; "" for an optional column the file lacks.
    fn get(&self, i: usize) -> &'a str {
        self.fields[i].map_or("", |f| f.0)
    }

    fn number(&self, file: &str, i: usize, column_name: &str) -> Result<f64> {
        let (text, column) = self.fields[i].unwrap_or(("", 1));
        match text.trim().parse::<f64>() {
            Ok(n) if n.is_finite() => Ok(n),
            _ => Err(Error::input(
                file,
                Some(self.line),
                Some(column),
                format!("`{column_name}` is not a number: `{}`", clip(text)),
            )),
        }
    }
}

fn clip(s: &str) -> String {
    crate::render::text::clip(s, 40).to_string()
}

/// Splits a tab-separated file with a header row into rows of the wanted
/// columns, `required` ones first, then `optional` ones (None where the
/// header lacks them). Every row must have as many fields as the header.
fn table<'a>(t: &'a Text, required: &[&str], optional: &[&str]) -> Result<Vec<Row<'a>>> {
    let text = t.text.strip_prefix('\u{feff}').unwrap_or(&t.text);
    let mut lines = text.split('\n').enumerate();
    let header: Vec<&str> = match lines.next() {
        Some((_, h)) if !h.trim().is_empty() => h
            .trim_end_matches('\r')
            .split('\t')
            .map(str::trim)
            .collect(),
        _ => {
            return Err(Error::input(
                &t.file,
                Some(1),
                None,
                "empty file: no header row",
            ));
        }
    };
    let mut at = Vec::new();
    for name in required {
        match header.iter().position(|h| h == name) {
            Some(i) => at.push(Some(i)),
            None => {
                return Err(Error::input(
                    &t.file,
                    Some(1),
                    None,
                    format!("no column `{name}` in the header row"),
                ));
            }
        }
    }
    for name in optional {
        at.push(header.iter().position(|h| h == name));
    }
    let mut rows = Vec::new();
    for (i, line) in lines {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.trim().is_empty() {
            continue;
        }
        let mut fields = Vec::with_capacity(header.len());
        let mut column = 1;
        for field in line.split('\t') {
            fields.push((field, column));
            column += field.chars().count() + 1;
        }
        if fields.len() != header.len() {
            return Err(Error::input(
                &t.file,
                Some(i + 1),
                Some(column - 1),
                format!(
                    "{} tab-separated fields where the header has {}{}",
                    fields.len(),
                    header.len(),
                    if fields.len() < header.len() {
                        " (a truncated or damaged row?)"
                    } else {
                        ""
                    }
                ),
            ));
        }
        rows.push(Row {
            line: i + 1,
            fields: at.iter().map(|a| a.map(|a| fields[a])).collect(),
        });
    }
    Ok(rows)
}

/// What to import.
#[derive(Debug, Clone)]
pub struct Options {
    /// O*NET-SOC codes or words of titles; empty: every occupation.
    pub occupations: Vec<String>,
    pub min_importance: f64,
}

/// One occupation of the release.
#[derive(Debug, Clone)]
struct Occupation {
    code: String,
    title: String,
    description: String,
}

/// An element (a skill or a knowledge area) as rated for one occupation.
#[derive(Debug, Clone, Default)]
struct Rated {
    im: Option<f64>,
    lv: Option<f64>,
    /// A row of the element was dropped (suppressed or not relevant).
    dropped: bool,
}

/// What the content model and the anchors say about an element.
#[derive(Debug, Clone, Default)]
struct Element {
    name: String,
    knowledge: bool,
    description: Option<String>,
    anchors: BTreeMap<u8, (f64, String)>,
    id: String,
}

/// The result of an import, before anything is written.
#[derive(Debug)]
pub struct Import {
    /// (guide, the YAML text to write), in O*NET-SOC code order.
    pub guides: Vec<(Guide, String)>,
    /// Selected occupations left out because the O*NET database rates no element for
    /// them at or above the minimum importance ("CODE Title").
    pub skipped: Vec<String>,
    pub release: Option<String>,
}

/// Reads the release and builds the guides. Nothing is written.
pub fn import(db: &Database, opts: &Options) -> Result<Import> {
    let occupations = read_occupations(&db.require(OCCUPATIONS)?)?;
    let skills_text = db.require(SKILLS)?;
    let knowledge_text = db.read(KNOWLEDGE)?;
    let mut elements: BTreeMap<String, Element> = BTreeMap::new();
    // (occupation code, element id) → ratings
    let mut ratings: HashMap<String, BTreeMap<String, Rated>> = HashMap::new();
    read_ratings(&skills_text, false, &mut elements, &mut ratings)?;
    if let Some(t) = &knowledge_text {
        read_ratings(t, true, &mut elements, &mut ratings)?;
    }
    if let Some(t) = db.read(CONTENT_MODEL)? {
        for row in table(&t, &[ELEMENT_ID, "Description"], &[])? {
            if let Some(e) = elements.get_mut(row.get(0).trim()) {
                let d = row.get(1).trim();
                if !d.is_empty() {
                    e.description = Some(d.to_string());
                }
            }
        }
    }
    if let Some(t) = db.read(ANCHORS)? {
        for row in table(
            &t,
            &[ELEMENT_ID, SCALE_ID, "Anchor Value", "Anchor Description"],
            &[],
        )? {
            if row.get(1).trim() != "LV" {
                continue;
            }
            let Some(e) = elements.get_mut(row.get(0).trim()) else {
                continue;
            };
            let value = row.number(&t.file, 2, "Anchor Value")?;
            let text = row.get(3).trim();
            if text.is_empty() {
                continue;
            }
            let rating = required(value);
            match e.anchors.get(&rating) {
                Some((v, _)) if *v <= value => {}
                _ => {
                    e.anchors.insert(rating, (value, text.to_string()));
                }
            }
        }
    }
    let related = match db.read(RELATED)? {
        Some(t) => read_related(&t)?,
        None => HashMap::new(),
    };
    name_elements(&mut elements);

    let ids = guide_ids(&occupations);
    let selected = select(&occupations, &ids, &opts.occupations)?;
    let mut skipped = Vec::new();
    let mut chosen = Vec::new();
    for occ in selected {
        let skills = skills_of(&elements, ratings.get(&occ.code), opts.min_importance);
        if skills.is_empty() {
            skipped.push(format!("{} {}", occ.code, occ.title));
            continue;
        }
        chosen.push((occ, skills));
    }
    let imported: HashSet<&str> = chosen.iter().map(|(o, _)| o.code.as_str()).collect();
    let credit = credit(db.release.as_deref(), opts.min_importance);
    let mut guides = Vec::with_capacity(chosen.len());
    for (occ, skills) in chosen {
        let mut seen = HashSet::new();
        let transitions = (related.get(&occ.code).into_iter().flatten())
            .filter(|code| imported.contains(code.as_str()) && **code != occ.code)
            .filter(|code| seen.insert(code.as_str()))
            .map(|code| ids[code.as_str()].clone())
            .collect();
        let guide = guide(
            occ,
            ids[&occ.code].clone(),
            skills,
            transitions,
            db.release.as_deref(),
            &credit,
        );
        let text = render(&guide, &occ.code, &credit);
        guides.push((guide, text));
    }
    Ok(Import {
        guides,
        skipped,
        release: db.release.clone(),
    })
}

fn read_occupations(t: &Text) -> Result<Vec<Occupation>> {
    let mut out: Vec<Occupation> = Vec::new();
    let mut seen = HashSet::new();
    for row in table(t, &[CODE, "Title", "Description"], &[])? {
        let code = row.get(0).trim();
        if code.is_empty() || !seen.insert(code.to_string()) {
            let (_, column) = row.fields[0].unwrap_or(("", 1));
            return Err(Error::input(
                &t.file,
                Some(row.line),
                Some(column),
                if code.is_empty() {
                    "empty O*NET-SOC code".to_string()
                } else {
                    format!("occupation {code} is listed twice")
                },
            ));
        }
        out.push(Occupation {
            code: code.to_string(),
            title: row.get(1).trim().to_string(),
            description: row.get(2).trim().to_string(),
        });
    }
    out.sort_by(|a, b| a.code.cmp(&b.code));
    Ok(out)
}

fn read_ratings(
    t: &Text,
    knowledge: bool,
    elements: &mut BTreeMap<String, Element>,
    ratings: &mut HashMap<String, BTreeMap<String, Rated>>,
) -> Result<()> {
    let rows = table(
        t,
        &[CODE, ELEMENT_ID, ELEMENT_NAME, SCALE_ID, DATA_VALUE],
        &[SUPPRESS, NOT_RELEVANT],
    )?;
    for row in rows {
        let scale = row.get(3).trim();
        if scale != "IM" && scale != "LV" {
            continue;
        }
        let value = row.number(&t.file, 4, DATA_VALUE)?;
        let element_id = row.get(1).trim();
        if !elements.contains_key(element_id) {
            elements.insert(
                element_id.to_string(),
                Element {
                    name: row.get(2).trim().to_string(),
                    knowledge,
                    ..Element::default()
                },
            );
        }
        let rated = ratings
            .entry(row.get(0).trim().to_string())
            .or_default()
            .entry(element_id.to_string())
            .or_default();
        let yes = |i: usize| row.get(i).trim().eq_ignore_ascii_case("y");
        if yes(5) || yes(6) {
            rated.dropped = true;
        } else if scale == "IM" {
            rated.im = Some(value);
        } else {
            rated.lv = Some(value);
        }
    }
    Ok(())
}

/// Related occupation codes per occupation: the primary tiers, by O*NET's index.
fn read_related(t: &Text) -> Result<HashMap<String, Vec<String>>> {
    let rows = table(
        t,
        &[CODE, "Related O*NET-SOC Code"],
        &["Relatedness Tier", "Index"],
    )?;
    let mut by: HashMap<String, Vec<(f64, usize, String)>> = HashMap::new();
    for (n, row) in rows.iter().enumerate() {
        let tier = row.get(2).trim();
        if !tier.is_empty() && !tier.starts_with("Primary") {
            continue;
        }
        let index = if row.fields[3].is_some() {
            row.number(&t.file, 3, "Index")?
        } else {
            0.0
        };
        (by.entry(row.get(0).trim().to_string()).or_default()).push((
            index,
            n,
            row.get(1).trim().to_string(),
        ));
    }
    Ok(by
        .into_iter()
        .map(|(code, mut list)| {
            list.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            (code, list.into_iter().map(|x| x.2).collect())
        })
        .collect())
}

/// Skill ids: `onet-skill-NAME` and `onet-knowledge-NAME`, from the element
/// name, so the same in every guide and every release that keeps the name;
/// two elements whose names give one id both get their element id added.
fn name_elements(elements: &mut BTreeMap<String, Element>) {
    let base = |e: &Element| {
        let prefix = if e.knowledge {
            "onet-knowledge-"
        } else {
            "onet-skill-"
        };
        format!("{prefix}{}", slug(&e.name, 40))
    };
    let mut count: HashMap<String, usize> = HashMap::new();
    for e in elements.values() {
        *count.entry(base(e)).or_default() += 1;
    }
    for (element_id, e) in elements.iter_mut() {
        let b = base(e);
        e.id = if count[&b] > 1 || b.ends_with('-') {
            format!("{b}-{}", slug(element_id, 20))
        } else {
            b
        };
        if !is_valid_id(&e.id) {
            e.id = format!("onet-{}", slug(element_id, 40));
        }
    }
}

/// Guide id per occupation code: from the title; where two titles (or a
/// title and a built-in guide) give one id, each gets its SOC code added.
fn guide_ids(occupations: &[Occupation]) -> HashMap<String, String> {
    let base: Vec<String> = occupations.iter().map(|o| slug(&o.title, 64)).collect();
    let mut count: HashMap<&str, usize> = HashMap::new();
    for b in &base {
        *count.entry(b.as_str()).or_default() += 1;
    }
    let builtin: HashSet<&str> = crate::guide::load::BUILTIN.iter().map(|b| b.0).collect();
    (occupations.iter().zip(&base))
        .map(|(o, b)| {
            let id = if b.is_empty() || count[b.as_str()] > 1 || builtin.contains(b.as_str()) {
                let code = slug(&o.code, 20);
                let title = slug(&o.title, 63 - code.len());
                if title.is_empty() {
                    format!("onet-{code}")
                } else {
                    format!("{title}-{code}")
                }
            } else {
                b.clone()
            };
            (o.code.clone(), id)
        })
        .collect()
}

/// The occupations to import: every one, or those a selector names (an
/// O*NET-SOC code, with or without `.00`; a guide id; or words of the title).
fn select<'a>(
    occupations: &'a [Occupation],
    ids: &HashMap<String, String>,
    selectors: &[String],
) -> Result<Vec<&'a Occupation>> {
    if selectors.is_empty() {
        return Ok(occupations.iter().collect());
    }
    let mut chosen = vec![false; occupations.len()];
    for sel in selectors {
        let s = sel.trim();
        let lower = s.to_lowercase();
        let by_code: Vec<usize> = (occupations.iter().enumerate())
            .filter(|(_, o)| {
                o.code == s || o.code.strip_suffix(".00") == Some(s) || ids[&o.code] == s
            })
            .map(|(i, _)| i)
            .collect();
        let hits = if by_code.is_empty() {
            (occupations.iter().enumerate())
                .filter(|(_, o)| !lower.is_empty() && o.title.to_lowercase().contains(&lower))
                .map(|(i, _)| i)
                .collect()
        } else {
            by_code
        };
        if hits.is_empty() {
            return Err(Error::Usage(format!(
                "--occupation `{}`: no occupation has this O*NET-SOC code or title",
                clip(s)
            )));
        }
        for i in hits {
            chosen[i] = true;
        }
    }
    Ok((occupations.iter().zip(chosen))
        .filter(|(_, c)| *c)
        .map(|(o, _)| o)
        .collect())
}

/// The skills of one occupation: skills first, then knowledge, each in element order.
fn skills_of(
    elements: &BTreeMap<String, Element>,
    ratings: Option<&BTreeMap<String, Rated>>,
    min_importance: f64,
) -> Vec<Skill> {
    let mut out: Vec<(bool, Skill)> = Vec::new();
    for (element_id, rated) in ratings.into_iter().flatten() {
        let (Some(im), Some(lv), false) = (rated.im, rated.lv, rated.dropped) else {
            continue;
        };
        if im < min_importance {
            continue;
        }
        let e = &elements[element_id];
        let category = if e.knowledge {
            Category::Domain
        } else if element_id.starts_with("2.B.3.") {
            Category::Technical
        } else {
            Category::Professional
        };
        out.push((
            e.knowledge,
            Skill {
                id: e.id.clone(),
                name: e.name.clone(),
                category: Some(category),
                importance: Importance(importance(im)),
                often_missing: false,
                required: BTreeMap::from([(LEVEL.to_string(), Rating(required(lv)))]),
                description: e.description.clone().unwrap_or_else(|| e.name.clone()),
                anchors: (e.anchors.iter())
                    .map(|(r, (_, text))| (Rating(*r), text.clone()))
                    .collect(),
                aliases: Vec::new(),
                resources: Vec::new(),
            },
        ));
    }
    // Stable: element order within skills and within knowledge.
    out.sort_by_key(|(knowledge, _)| *knowledge);
    out.into_iter().map(|(_, s)| s).collect()
}

fn release_title(release: Option<&str>) -> String {
    match release {
        Some(r) => format!("O*NET {r} Database"),
        None => "O*NET Database".to_string(),
    }
}

/// The credit line the O*NET database asks for, with what careerctl changed.
pub fn credit(release: Option<&str>, min_importance: f64) -> String {
    format!(
        "This guide includes information from the {} by the {PUBLISHER}. Used under the \
         {LICENCE} license. O*NET® is a trademark of USDOL/ETA. careerctl has modified all or \
         some of this information: one level (typical), importance = round(IM), required = \
         round(LV × 5 / 7), anchors at round(value × 5 / 7), elements with importance below \
         {min_importance} or marked Recommend Suppress or Not Relevant left out.",
        release_title(release)
    )
}

fn guide(
    occ: &Occupation,
    id: String,
    skills: Vec<Skill>,
    transitions: Vec<String>,
    release: Option<&str>,
    credit: &str,
) -> Guide {
    let next_steps = (skills.iter())
        .map(|s| NextStep {
            id: format!("develop-{}", s.id.trim_start_matches("onet-")),
            text: format!("Develop {}", s.name),
            skills: vec![s.id.clone()],
        })
        .collect();
    let summary = if occ.description.is_empty() {
        occ.title.clone()
    } else {
        occ.description.clone()
    };
    Guide {
        schema_version: SCHEMA_VERSION,
        id,
        title: occ.title.clone(),
        summary,
        source: Some(credit.to_string()),
        sources: vec![Source {
            id: "onet".to_string(),
            title: format!("{} (O*NET-SOC {})", release_title(release), occ.code),
            url: Some(URL.to_string()),
            publisher: Some(PUBLISHER.to_string()),
            date: None,
            licence: Some(LICENCE.to_string()),
            covers: vec![
                Covers::Summary,
                Covers::Skills,
                Covers::Importance,
                Covers::Required,
                Covers::Career,
            ],
        }],
        levels: vec![LEVEL.to_string()],
        responsibilities: Vec::new(),
        skills,
        next_steps,
        development_suggestions: Vec::new(),
        career: Career {
            leads_to: Vec::new(),
            transitions,
        },
        market: None,
    }
}

/// How every imported guide starts: a file that does not is somebody's own.
pub const MARK: &str = "# Imported by `careerctl import onet` ";

/// The file's text: a comment with the credit, then the guide. The same
/// input gives the same bytes.
fn render(guide: &Guide, code: &str, credit: &str) -> String {
    let mut out = format!("{MARK}from O*NET-SOC occupation {code}.\n");
    for line in textwrap::wrap(credit, 76) {
        out.push_str("# ");
        out.push_str(&line);
        out.push('\n');
    }
    out.push_str("# Source: ");
    out.push_str(URL);
    out.push('\n');
    // serde_yaml cannot fail on these plain types.
    out.push_str(&serde_yaml::to_string(guide).unwrap_or_default());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn importance_is_im_rounded() {
        for (im, want) in [
            (1.0, 1),
            (1.49, 1),
            (1.5, 2),
            (2.49, 2),
            (3.0, 3),
            (3.5, 4),
            (4.62, 5),
            (5.0, 5),
            (0.0, 1),
            (7.0, 5),
        ] {
            assert_eq!(importance(im), want, "IM {im}");
        }
    }

    #[test]
    fn required_is_lv_scaled_to_five_and_rounded() {
        // LV × 5 / 7: 0→0, 0.7→0.5→1 (half away from zero), 2→1.43, 3.5→2.5→3, 4.12→2.94, 7→5
        for (lv, want) in [
            (0.0, 0),
            (0.69, 0),
            (0.7, 1),
            (2.0, 1),
            (2.1, 2),
            (3.5, 3),
            (4.12, 3),
            (4.9, 4),
            (6.3, 5),
            (7.0, 5),
            (-1.0, 0),
            (9.0, 5),
        ] {
            assert_eq!(required(lv), want, "LV {lv}");
        }
    }

    #[test]
    fn slugs_are_ids() {
        assert_eq!(slug("Software Developers", 64), "software-developers");
        assert_eq!(
            slug("Chief Executives & Legislators, All Other", 64),
            "chief-executives-legislators-all-other"
        );
        assert_eq!(slug("Workers' Compensation", 64), "workers-compensation");
        assert_eq!(slug("15-1252.00", 20), "15-1252-00");
        let long = slug(&"Word ".repeat(30), 64);
        assert!(is_valid_id(&long) && long.len() <= 64, "{long}");
        assert_eq!(slug("!!!", 64), "");
    }

    #[test]
    fn release_from_names() {
        assert_eq!(release_in_name("db_29_0_text.zip").as_deref(), Some("29.0"));
        assert_eq!(
            release_in_name("db_30_1_text/Skills.txt").as_deref(),
            Some("30.1")
        );
        assert_eq!(release_in_name("onet.zip"), None);
    }

    fn occupation(code: &str, title: &str) -> Occupation {
        Occupation {
            code: code.into(),
            title: title.into(),
            description: String::new(),
        }
    }

    /// A title two occupations share, or that a built-in guide has as its
    /// id, gets the SOC code on every occupation that has it.
    #[test]
    fn colliding_ids_carry_the_soc_code() {
        let occ = [
            occupation("11-1011.00", "Chief Executives"),
            occupation("11-1011.03", "Chief Executives"),
            occupation("15-1252.00", "Software Developers"),
            occupation("99-0000.00", "Data Engineer"),
            occupation("99-0000.01", "???"),
        ];
        let ids = guide_ids(&occ);
        assert_eq!(ids["11-1011.00"], "chief-executives-11-1011-00");
        assert_eq!(ids["11-1011.03"], "chief-executives-11-1011-03");
        assert_eq!(ids["15-1252.00"], "software-developers");
        assert_eq!(ids["99-0000.00"], "data-engineer-99-0000-00");
        assert_eq!(ids["99-0000.01"], "onet-99-0000-01");
        assert!(ids.values().all(|id| is_valid_id(id)));
    }

    #[test]
    fn occupations_are_selected_by_code_id_or_title_words() {
        let occ = [
            occupation("15-1252.00", "Software Developers"),
            occupation(
                "15-1253.00",
                "Software Quality Assurance Analysts and Testers",
            ),
            occupation("29-1141.00", "Registered Nurses"),
        ];
        let ids = guide_ids(&occ);
        let codes = |sel: &[&str]| -> Vec<String> {
            let sel: Vec<String> = sel.iter().map(|s| s.to_string()).collect();
            (select(&occ, &ids, &sel).unwrap().into_iter())
                .map(|o| o.code.clone())
                .collect()
        };
        assert_eq!(codes(&["15-1252.00"]), ["15-1252.00"]);
        assert_eq!(codes(&["15-1252"]), ["15-1252.00"]);
        assert_eq!(codes(&["registered-nurses"]), ["29-1141.00"]);
        assert_eq!(codes(&["SOFTWARE"]), ["15-1252.00", "15-1253.00"]);
        assert_eq!(codes(&[]).len(), 3);
        let sel = vec!["pilot".to_string()];
        assert!(select(&occ, &ids, &sel).is_err());
    }

    fn text(s: &str) -> Text {
        Text {
            file: "F.txt".into(),
            text: s.into(),
        }
    }

    #[test]
    fn columns_are_found_by_name() {
        let t = text("B\tA\tC\r\nb1\ta1\tc1\r\n\nb2\ta2\tc2");
        let rows = table(&t, &["A", "B"], &["D"]).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(
            (rows[0].get(0), rows[0].get(1), rows[0].get(2)),
            ("a1", "b1", "")
        );
        assert_eq!(rows[1].line, 4);
    }

    #[test]
    fn a_short_row_names_file_line_and_column() {
        let t = text("A\tB\tC\nx\ty\tz\nxx\tyy\n");
        let e = table(&t, &["A"], &[]).err().unwrap().to_string();
        assert!(
            e.starts_with("F.txt:3:6: 2 tab-separated fields where the header has 3"),
            "{e}"
        );
        let e = table(&text("A\tB\n1\t2\n"), &["Z"], &[])
            .err()
            .unwrap()
            .to_string();
        assert_eq!(e, "F.txt:1: no column `Z` in the header row");
    }

    #[test]
    fn a_bad_number_names_its_column() {
        let t = text("A\tB\nx\t4.x\n");
        let rows = table(&t, &["B"], &[]).unwrap();
        let e = rows[0].number("F.txt", 0, "B").unwrap_err().to_string();
        assert_eq!(e, "F.txt:2:3: `B` is not a number: `4.x`");
    }
}
