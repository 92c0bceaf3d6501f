//! The structure of a guide, checked over the events of the one parse
//! ([`super::events`]): every unknown key, missing key, wrong type, unknown
//! value and out-of-range number of a file, each with its place and key
//! path, in one run. The same walk builds the `serde_yaml::Value` that
//! serde_yaml turns into the typed [`Guide`], with each broken part left
//! out or replaced by an empty default, so the semantic checks still run on
//! the rest; and it keeps the places of the keys ([`Pos`]) so that the
//! findings of those checks are placed without parsing the file again.
//!
//! [`GUIDE`] mirrors `model.rs`; a test compares it with the guide's JSON
//! Schema, so the two cannot drift apart.

use std::borrow::Cow;

use serde_yaml::{Mapping, Number, Value};

use super::events::{self, Ev, Mark};
use super::model::Guide;
use super::yaml::{Path, Seg, YamlError};
use crate::render::text::clip;

/// The type of a value in a guide.
#[derive(Debug)]
pub enum Ty {
    /// Any scalar, as text.
    Str,
    U32,
    Bool,
    /// An integer from 0 to 5.
    Rating,
    /// An integer from 1 to 5.
    Importance,
    Enum(&'static [&'static str]),
    Seq(&'static Ty),
    /// A mapping with string or rating keys; a key given twice is an error.
    Map(&'static Ty, &'static Ty),
    Struct(&'static [Field]),
    /// `[min, max]`: two unsigned integers.
    Pair,
    /// The type, or null.
    Opt(&'static Ty),
}

#[derive(Debug)]
pub struct Field {
    pub name: &'static str,
    pub ty: Ty,
    pub required: bool,
}

const fn req(name: &'static str, ty: Ty) -> Field {
    Field {
        name,
        ty,
        required: true,
    }
}

const fn opt(name: &'static str, ty: Ty) -> Field {
    Field {
        name,
        ty,
        required: false,
    }
}

pub const CATEGORIES: &[&str] = &["technical", "professional", "domain"];
pub const COVERS: &[&str] = &[
    "summary",
    "responsibilities",
    "skills",
    "levels",
    "importance",
    "required",
    "often_missing",
    "descriptions",
    "anchors",
    "resources",
    "next_steps",
    "development_suggestions",
    "career",
    "salary",
    "demand",
    "employers",
    "sectors",
];

pub static RESOURCE: [Field; 2] = [req("title", Ty::Str), req("url", Ty::Str)];

pub static SKILL: [Field; 10] = [
    req("id", Ty::Str),
    req("name", Ty::Str),
    opt("category", Ty::Opt(&Ty::Enum(CATEGORIES))),
    req("importance", Ty::Importance),
    opt("often_missing", Ty::Bool),
    req("required", Ty::Map(&Ty::Str, &Ty::Rating)),
    opt("description", Ty::Str),
    opt("anchors", Ty::Map(&Ty::Rating, &Ty::Str)),
    opt("aliases", Ty::Seq(&Ty::Str)),
    opt("resources", Ty::Seq(&Ty::Struct(&RESOURCE))),
];

pub static SOURCE: [Field; 7] = [
    req("id", Ty::Str),
    req("title", Ty::Str),
    opt("url", Ty::Opt(&Ty::Str)),
    opt("publisher", Ty::Opt(&Ty::Str)),
    opt("date", Ty::Opt(&Ty::Str)),
    opt("licence", Ty::Opt(&Ty::Str)),
    opt("covers", Ty::Seq(&Ty::Enum(COVERS))),
];

pub static STEP: [Field; 3] = [
    req("id", Ty::Str),
    req("text", Ty::Str),
    opt("skills", Ty::Seq(&Ty::Str)),
];

pub static CAREER: [Field; 2] = [
    opt("leads_to", Ty::Seq(&Ty::Str)),
    opt("transitions", Ty::Seq(&Ty::Str)),
];

pub static SALARY: [Field; 3] = [
    req("currency", Ty::Str),
    opt("statistic", Ty::Opt(&Ty::Str)),
    req("ranges", Ty::Map(&Ty::Str, &Ty::Pair)),
];

pub static MARKET: [Field; 4] = [
    opt("salary", Ty::Opt(&Ty::Struct(&SALARY))),
    opt("demand", Ty::Opt(&Ty::Str)),
    opt("employers", Ty::Seq(&Ty::Str)),
    opt("sectors", Ty::Seq(&Ty::Str)),
];

pub static GUIDE: [Field; 13] = [
    req("schema_version", Ty::U32),
    req("id", Ty::Str),
    req("title", Ty::Str),
    opt("summary", Ty::Str),
    opt("source", Ty::Opt(&Ty::Str)),
    opt("sources", Ty::Seq(&Ty::Struct(&SOURCE))),
    opt("levels", Ty::Seq(&Ty::Str)),
    opt("responsibilities", Ty::Seq(&Ty::Str)),
    req("skills", Ty::Seq(&Ty::Struct(&SKILL))),
    opt("next_steps", Ty::Seq(&Ty::Struct(&STEP))),
    opt("development_suggestions", Ty::Seq(&Ty::Str)),
    opt("career", Ty::Struct(&CAREER)),
    opt("market", Ty::Opt(&Ty::Struct(&MARKET))),
];

/// A problem with the structure of a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: Path,
    pub at: Mark,
    pub code: &'static str,
    pub message: String,
}

/// The places of the keys and items of a document, as the walk found them.
#[derive(Debug, Clone)]
pub enum Pos {
    Leaf(Mark),
    Seq(Mark, Vec<Pos>),
    Map(Mark, Vec<(Cow<'static, str>, Mark, Pos)>),
}

impl Pos {
    fn mark(&self) -> Mark {
        match self {
            Pos::Leaf(m) | Pos::Seq(m, _) | Pos::Map(m, _) => *m,
        }
    }

    /// Line and column of the key or item at `path`: a key at the key, an
    /// item at its first key (or itself, if it is not a mapping).
    pub fn locate(&self, path: &Path) -> Option<(usize, usize)> {
        if path.0.is_empty() {
            return Some((1, 1));
        }
        let mut node = self;
        let mut at = None;
        for seg in &path.0 {
            match (seg, node) {
                (Seg::Key(k), Pos::Map(_, entries)) => {
                    let (_, key_at, child) = entries.iter().find(|(name, ..)| name == k)?;
                    at = Some(*key_at);
                    node = child;
                }
                (Seg::Index(i), Pos::Seq(_, items)) => {
                    node = items.get(*i)?;
                    at = Some(match node {
                        Pos::Map(_, entries) if !entries.is_empty() => entries[0].1,
                        other => other.mark(),
                    });
                }
                _ => return None,
            }
        }
        at.map(Mark::pair)
    }
}

/// Most problems reported for one file: a file of 80,000 unknown keys gets
/// this many lines and a count of the rest.
pub const MAX_PROBLEMS: usize = 100;

/// An answers file (`crate::ratings::Answers`).
pub static ANSWERS: [Field; 1] = [req("ratings", Ty::Map(&Ty::Str, &Ty::Opt(&Ty::Rating)))];

/// What the one parse of a guide (or an answers file) gives.
#[derive(Debug)]
pub struct Parsed<T = Guide> {
    /// The guide, with the broken parts left out or emptied. Always there
    /// when `problems` is empty; with problems, `None` if serde_yaml
    /// refuses even the emptied value.
    pub guide: Option<T>,
    /// The structural problems, in file order.
    pub problems: Vec<Problem>,
    pub pos: Pos,
}

/// Parses a guide once and checks its whole structure. An error here is
/// one that stops the parser (YAML syntax, a second document, a file that
/// is not a mapping): one finding, worded as serde_yaml words it.
pub fn parse_guide(text: &str) -> Result<Parsed, YamlError> {
    static ROOT: Ty = Ty::Struct(&GUIDE);
    parse_as(text, &ROOT)
}

/// [`parse_guide`] for any document whose structure `root` describes.
pub fn parse_as<T: serde::de::DeserializeOwned>(
    text: &str,
    root: &'static Ty,
) -> Result<Parsed<T>, YamlError> {
    let fallback = || match super::yaml::from_str::<T>(text) {
        Err(e) => e,
        // Cannot happen: what libyaml refuses, serde_yaml refuses too.
        Ok(_) => YamlError {
            kind: super::yaml::YamlErrorKind::Syntax,
            line: None,
            column: None,
            path: String::new(),
            message: "the file cannot be read as YAML".into(),
        },
    };
    let Ok(mut evs) = events::parse(text) else {
        return Err(fallback());
    };
    if !matches!(evs.list.first(), Some((Ev::MapStart, _))) {
        return Err(fallback());
    }
    let mut walk = Walk {
        clone: evs.has_alias,
        list: &mut evs.list,
        problems: Vec::new(),
        dropped: 0,
        path: Vec::new(),
    };
    let mut i = 0;
    let (value, pos) = walk.node(&mut i, root);
    let Walk {
        mut problems,
        dropped,
        ..
    } = walk;
    problems.sort_by_key(|p| p.at);
    if dropped > 0 {
        let at = problems.last().map_or(Mark::default(), |p| p.at);
        problems.push(Problem {
            path: Path::root(),
            at,
            code: "too-many",
            message: format!("{dropped} more problems in this file are not shown"),
        });
    }
    let mut guide = value.and_then(|v| serde_yaml::from_value::<T>(v).ok());
    // A clean walk whose value serde_yaml refuses would mean the table and
    // the model disagree: never a silent pass, serde_yaml has the last word.
    if guide.is_none() && problems.is_empty() {
        guide = Some(super::yaml::from_str::<T>(text)?);
    }
    Ok(Parsed {
        guide,
        problems,
        pos,
    })
}

struct Walk<'a> {
    list: &'a mut [(Ev, Mark)],
    /// Scalars are copied, not moved, out of the list: an alias may read them again.
    clone: bool,
    problems: Vec<Problem>,
    dropped: usize,
    /// Where the walk is; made a [`Path`] only for a problem.
    path: Vec<Step>,
}

/// One step of the walk's path: a field name needs no allocation.
enum Step {
    Field(&'static str),
    Key(String),
    Index(usize),
}

/// What a node is, for messages: serde's words.
fn describe(ev: &Ev) -> String {
    match ev {
        Ev::SeqStart => "sequence".into(),
        Ev::MapStart => "map".into(),
        Ev::Scalar(s, true) if is_null(s) => "unit value".into(),
        Ev::Scalar(s, true) if parse_bool(s).is_some() => format!("boolean `{s}`"),
        Ev::Scalar(s, true) if parse_int(s).is_some() => format!("integer `{}`", clip(s, 80)),
        Ev::Scalar(s, true) if s.parse::<f64>().is_ok() => {
            format!("floating point `{}`", clip(s, 80))
        }
        // `clip` escapes what the file holds: a line break stays `\n`.
        Ev::Scalar(s, _) => format!("string \"{}\"", clip(s, 80)),
        _ => "value".into(),
    }
}

fn is_null(s: &str) -> bool {
    matches!(s, "" | "~" | "null" | "Null" | "NULL")
}

fn parse_bool(s: &str) -> Option<bool> {
    match s {
        "true" | "True" | "TRUE" => Some(true),
        "false" | "False" | "FALSE" => Some(false),
        _ => None,
    }
}

/// An integer as YAML 1.2 (and serde_yaml) reads it: a sign, then decimal,
/// `0x`, `0o` or `0b` digits.
fn parse_int(s: &str) -> Option<i128> {
    let (neg, rest) = match s.as_bytes().first()? {
        b'-' => (true, &s[1..]),
        b'+' => (false, &s[1..]),
        _ => (false, s),
    };
    let (radix, digits) = if let Some(d) = rest.strip_prefix("0x") {
        (16, d)
    } else if let Some(d) = rest.strip_prefix("0o") {
        (8, d)
    } else if let Some(d) = rest.strip_prefix("0b") {
        (2, d)
    } else {
        (10, rest)
    };
    if digits.is_empty() || digits.starts_with(['+', '-']) {
        return None;
    }
    let n = i128::from_str_radix(digits, radix).ok()?;
    Some(if neg { -n } else { n })
}

/// `; did you mean `x`?` for the nearest of `names`, if one is near.
fn nearest(word: &str, names: impl Iterator<Item = &'static str>) -> Option<&'static str> {
    names
        .map(|n| (strsim::jaro_winkler(word, n), n))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, n)| n)
}

fn expected_one_of(names: impl Iterator<Item = &'static str>) -> String {
    let names: Vec<String> = names.map(|n| format!("`{n}`")).collect();
    names.join(", ")
}

impl Walk<'_> {
    fn problem(&mut self, path: Path, at: Mark, code: &'static str, message: String) {
        if self.problems.len() >= MAX_PROBLEMS {
            self.dropped += 1;
        } else {
            self.problems.push(Problem {
                path,
                at,
                code,
                message,
            });
        }
    }

    fn here(&self) -> Path {
        Path(
            (self.path.iter())
                .map(|s| match s {
                    Step::Field(f) => Seg::Key((*f).into()),
                    Step::Key(k) => Seg::Key(clip(k, 80)),
                    Step::Index(n) => Seg::Index(*n),
                })
                .collect(),
        )
    }

    fn wrong_type(&mut self, at: Mark, found: &Ev, expected: &str) {
        let message = format!("invalid type: {}, expected {expected}", describe(found));
        self.problem(self.here(), at, "wrong-type", message);
    }

    /// Moves past one node (and everything in it) without looking at it.
    fn skip(&self, i: &mut usize) {
        let mut depth = 0usize;
        while let Some((ev, _)) = self.list.get(*i) {
            *i += 1;
            match ev {
                Ev::SeqStart | Ev::MapStart => depth += 1,
                Ev::SeqEnd | Ev::MapEnd => depth = depth.saturating_sub(1),
                _ => {}
            }
            if depth == 0 {
                return;
            }
        }
    }

    fn take(&mut self, i: usize) -> String {
        match &mut self.list[i].0 {
            Ev::Scalar(s, _) if self.clone => s.clone(),
            Ev::Scalar(s, _) => std::mem::take(s),
            _ => String::new(),
        }
    }

    /// Reads the node at `i` as `ty`, moving `i` past it. `None` for a
    /// node that does not fit (a problem has been recorded).
    fn node(&mut self, i: &mut usize, ty: &'static Ty) -> (Option<Value>, Pos) {
        let Some((ev, at)) = self.list.get(*i) else {
            return (None, Pos::Leaf(Mark::default()));
        };
        let at = *at;
        if let Ev::Alias(target) = *ev {
            *i += 1;
            // Guarded by check_bytes: no alias refers to a node it is inside of.
            let mut j = target;
            let (value, _) = self.node(&mut j, ty);
            return (value, Pos::Leaf(at));
        }
        let value = match ty {
            Ty::Opt(inner) => {
                if let Ev::Scalar(s, true) = ev
                    && is_null(s)
                {
                    *i += 1;
                    return (Some(Value::Null), Pos::Leaf(at));
                }
                return self.node(i, inner);
            }
            Ty::Seq(item) => return self.seq(i, at, item),
            Ty::Map(k, v) => return self.map(i, at, k, v),
            Ty::Struct(fields) => return self.structure(i, at, fields),
            Ty::Pair => return self.pair(i, at),
            Ty::Str => match ev {
                Ev::Scalar(..) => Some(Value::String(self.take(*i))),
                _ => None,
            },
            Ty::Bool => match ev {
                Ev::Scalar(s, true) => parse_bool(s).map(Value::Bool),
                _ => None,
            },
            Ty::U32 => match ev {
                Ev::Scalar(s, true) => (parse_int(s))
                    .and_then(|n| u32::try_from(n).ok())
                    .map(|n| Value::Number(Number::from(n))),
                _ => None,
            },
            Ty::Rating | Ty::Importance => {
                let (what, min) = match ty {
                    Ty::Rating => ("rating", 0),
                    _ => ("importance", 1),
                };
                match ev {
                    Ev::Scalar(s, true) if parse_int(s).is_some() => {
                        let n = parse_int(s).unwrap_or_default();
                        if (min..=5).contains(&n) {
                            Some(Value::Number(Number::from(n as u64)))
                        } else {
                            let message =
                                format!("{what} {} is out of range {min}..=5", clip(s, 80));
                            *i += 1;
                            self.problem(self.here(), at, "out-of-range", message);
                            return (None, Pos::Leaf(at));
                        }
                    }
                    _ => {
                        let expected = format!("an integer from {min} to 5");
                        let found = ev.clone();
                        self.skip(i);
                        self.wrong_type(at, &found, &expected);
                        return (None, Pos::Leaf(at));
                    }
                }
            }
            Ty::Enum(variants) => match ev {
                Ev::Scalar(s, _) if variants.contains(&s.as_str()) => {
                    Some(Value::String(self.take(*i)))
                }
                Ev::Scalar(s, _) => {
                    let mut message = format!(
                        "unknown variant `{}`, expected one of {}",
                        clip(s, 80),
                        expected_one_of(variants.iter().copied())
                    );
                    if let Some(near) = nearest(s, variants.iter().copied()) {
                        message.push_str(&format!("; did you mean `{near}`?"));
                    }
                    *i += 1;
                    self.problem(self.here(), at, "unknown-value", message);
                    return (None, Pos::Leaf(at));
                }
                _ => None,
            },
        };
        if value.is_none() {
            let expected = match ty {
                Ty::Str => "a string",
                Ty::Bool => "a boolean",
                Ty::U32 => "u32",
                _ => "one of the listed values",
            };
            let found = self.list[*i].0.clone();
            self.wrong_type(at, &found, expected);
        }
        self.skip(i);
        (value, Pos::Leaf(at))
    }

    /// An empty plain scalar stands for an empty collection, as in serde_yaml.
    fn empty_collection(&self, i: usize) -> bool {
        matches!(&self.list[i].0, Ev::Scalar(s, true) if s.is_empty())
    }

    fn seq(&mut self, i: &mut usize, at: Mark, item: &'static Ty) -> (Option<Value>, Pos) {
        if self.empty_collection(*i) {
            *i += 1;
            return (Some(Value::Sequence(Vec::new())), Pos::Seq(at, Vec::new()));
        }
        if self.list[*i].0 != Ev::SeqStart {
            let found = self.list[*i].0.clone();
            self.skip(i);
            self.wrong_type(at, &found, "a sequence");
            return (None, Pos::Leaf(at));
        }
        *i += 1;
        let (mut values, mut places) = (Vec::new(), Vec::new());
        while let Some((ev, _)) = self.list.get(*i) {
            if *ev == Ev::SeqEnd {
                *i += 1;
                break;
            }
            self.path.push(Step::Index(places.len()));
            let (value, pos) = self.node(i, item);
            self.path.pop();
            // A broken item keeps its index (the paths after it stay right) with an empty value.
            values.push(value.unwrap_or_else(|| default(item)));
            places.push(pos);
        }
        (Some(Value::Sequence(values)), Pos::Seq(at, places))
    }

    fn map(
        &mut self,
        i: &mut usize,
        at: Mark,
        key_ty: &'static Ty,
        value_ty: &'static Ty,
    ) -> (Option<Value>, Pos) {
        if self.empty_collection(*i) {
            *i += 1;
            return (
                Some(Value::Mapping(Mapping::new())),
                Pos::Map(at, Vec::new()),
            );
        }
        if self.list[*i].0 != Ev::MapStart {
            let found = self.list[*i].0.clone();
            self.skip(i);
            self.wrong_type(at, &found, "a mapping");
            return (None, Pos::Leaf(at));
        }
        *i += 1;
        let mut out = Mapping::new();
        let mut places = Vec::new();
        while let Some((ev, key_at)) = self.list.get(*i) {
            let key_at = *key_at;
            if *ev == Ev::MapEnd {
                *i += 1;
                break;
            }
            let name = match ev {
                Ev::Scalar(s, _) => s.clone(),
                _ => "?".into(),
            };
            // The key: as its own type, with its text as the path step.
            self.path.push(Step::Key(name));
            let (key, _) = self.node(i, key_ty);
            let duplicate = key.as_ref().is_some_and(|k| out.contains_key(k));
            if duplicate {
                let shown = match self.path.last() {
                    Some(Step::Key(k)) => clip(k, 80),
                    _ => String::new(),
                };
                let message = format!("duplicate key `{shown}`");
                self.problem(self.here(), key_at, "duplicate-key", message);
            }
            let (value, pos) = self.node(i, value_ty);
            let name = match self.path.pop() {
                Some(Step::Key(k)) => k,
                _ => String::new(),
            };
            if let (Some(k), Some(v), false) = (key, value, duplicate) {
                out.insert(k, v);
            }
            places.push((Cow::Owned(name), key_at, pos));
        }
        (Some(Value::Mapping(out)), Pos::Map(at, places))
    }

    fn structure(
        &mut self,
        i: &mut usize,
        at: Mark,
        fields: &'static [Field],
    ) -> (Option<Value>, Pos) {
        if self.empty_collection(*i) {
            *i += 1;
            self.missing(fields, &[], at);
            return (None, Pos::Map(at, Vec::new()));
        }
        if self.list[*i].0 != Ev::MapStart {
            let found = self.list[*i].0.clone();
            self.skip(i);
            self.wrong_type(at, &found, "a mapping of keys");
            return (None, Pos::Leaf(at));
        }
        *i += 1;
        let mut out = Mapping::new();
        let mut places: Vec<(Cow<'static, str>, Mark, Pos)> = Vec::new();
        let mut seen = Vec::with_capacity(fields.len());
        // Fields read from a misspelt key (`skils:`): the real key may still come.
        let mut stand_ins: Vec<&str> = Vec::new();
        while let Some((ev, key_at)) = self.list.get(*i) {
            let key_at = *key_at;
            let field = match ev {
                Ev::MapEnd => {
                    *i += 1;
                    break;
                }
                Ev::Scalar(s, _) => match fields.iter().find(|f| f.name == s) {
                    Some(f) => Ok(f),
                    None => Err(Some(s.clone())),
                },
                _ => Err(None),
            };
            self.skip(i); // the key
            if let Ok(f) = field
                && let Some(n) = stand_ins.iter().position(|s| *s == f.name)
            {
                stand_ins.remove(n);
                seen.retain(|s| *s != f.name);
                places.retain(|(name, ..)| name != f.name);
            }
            match field {
                Ok(f) if seen.contains(&f.name) => {
                    self.path.push(Step::Field(f.name));
                    let message = format!("duplicate field `{}`", f.name);
                    self.problem(self.here(), key_at, "duplicate-key", message);
                    self.path.pop();
                    self.skip(i);
                }
                Ok(f) => {
                    seen.push(f.name);
                    self.path.push(Step::Field(f.name));
                    let (value, pos) = self.node(i, &f.ty);
                    self.path.pop();
                    // A broken optional key is left out; a required one emptied.
                    match value {
                        Some(v) => {
                            out.insert(Value::String(f.name.into()), v);
                        }
                        None if f.required => {
                            out.insert(Value::String(f.name.into()), default(&f.ty));
                        }
                        None => {}
                    }
                    places.push((Cow::Borrowed(f.name), key_at, pos));
                }
                // Past the cap, an unknown key is only counted (a file of
                // 80,000 of them is read in milliseconds).
                Err(Some(_)) if self.problems.len() >= MAX_PROBLEMS => {
                    self.dropped += 1;
                    self.skip(i);
                }
                Err(Some(name)) => {
                    let long = name.len() > 64;
                    let shown = clip(&name, 80);
                    let mut message = format!("unknown field `{shown}`");
                    let near = nearest(&name, fields.iter().map(|f| f.name));
                    match near {
                        Some(near) => message.push_str(&format!(", did you mean `{near}`?")),
                        None => message.push_str(&format!(
                            ", expected one of {}",
                            expected_one_of(fields.iter().map(|f| f.name))
                        )),
                    }
                    // A key too long to be a typo of a field is quoted in the message only.
                    let name_kept = name.clone();
                    let path = if !long {
                        let mut p = self.here();
                        p.0.push(Seg::Key(name));
                        p
                    } else {
                        self.here()
                    };
                    self.problem(path.clone(), key_at, "unknown-key", message);
                    // The value of a misspelt key is read as the key meant, so
                    // that what depends on it (`unknown-skill`, `missing field`)
                    // is not reported as well.
                    match near.and_then(|n| fields.iter().find(|f| f.name == n)) {
                        Some(f) if !long && !seen.contains(&f.name) => {
                            seen.push(f.name);
                            stand_ins.push(f.name);
                            self.path.push(Step::Key(name_kept));
                            let (value, pos) = self.node(i, &f.ty);
                            self.path.pop();
                            if let Some(v) = value {
                                out.insert(Value::String(f.name.into()), v);
                            }
                            places.push((Cow::Borrowed(f.name), key_at, pos));
                        }
                        _ => self.skip(i),
                    }
                }
                Err(None) => {
                    let message = "invalid type: a key here must be a string".to_string();
                    self.problem(self.here(), key_at, "wrong-type", message);
                    self.skip(i);
                }
            }
        }
        for f in fields.iter().filter(|f| f.required) {
            let key = Value::String(f.name.into());
            if !out.contains_key(&key) {
                out.insert(key, default(&f.ty));
            }
        }
        self.missing(fields, &seen, at);
        (Some(Value::Mapping(out)), Pos::Map(at, places))
    }

    fn missing(&mut self, fields: &'static [Field], seen: &[&str], at: Mark) {
        for f in fields
            .iter()
            .filter(|f| f.required && !seen.contains(&f.name))
        {
            let mut path = self.here();
            path.0.push(Seg::Key(f.name.into()));
            self.problem(
                path,
                at,
                "missing-key",
                format!("missing field `{}`", f.name),
            );
        }
    }

    fn pair(&mut self, i: &mut usize, at: Mark) -> (Option<Value>, Pos) {
        let ok = (|| {
            let [
                (Ev::SeqStart, _),
                (Ev::Scalar(a, true), _),
                (Ev::Scalar(b, true), _),
                (Ev::SeqEnd, _),
            ] = self.list.get(*i..*i + 4)?
            else {
                return None;
            };
            let a = u64::try_from(parse_int(a)?).ok()?;
            let b = u64::try_from(parse_int(b)?).ok()?;
            Some(Value::Sequence(vec![a.into(), b.into()]))
        })();
        if ok.is_none() {
            let found = self.list[*i].0.clone();
            let expected = "an array of two unsigned integers, [min, max]";
            self.wrong_type(at, &found, expected);
        }
        self.skip(i);
        (ok, Pos::Leaf(at))
    }
}

/// The structural problems of a file as one input error, each problem on
/// its own line with the file and its place (at most 20, then a count);
/// `None` when there are none.
pub fn problems_error(file: &str, problems: &[Problem]) -> Option<crate::error::Error> {
    const SHOWN: usize = 20;
    let line = |p: &Problem| {
        let at = if p.path.0.is_empty() {
            String::new()
        } else {
            format!(" (at {})", clip(&p.path.to_string(), 80))
        };
        // One line per problem, whatever the file's text holds.
        crate::render::text::clean(&format!("{}{at}", p.message)).into_owned()
    };
    let (first, rest) = problems.split_first()?;
    let mut message = line(first);
    for p in rest.iter().take(SHOWN - 1) {
        let place = crate::error::place(file, Some(p.at.line as usize), Some(p.at.column as usize));
        message.push_str(&format!("\n{place}: {}", line(p)));
    }
    if problems.len() > SHOWN {
        message.push_str(&format!(
            "\n{file}: {} more problems",
            problems.len() - SHOWN
        ));
    }
    Some(crate::error::Error::input(
        file,
        Some(first.at.line as usize),
        Some(first.at.column as usize),
        message,
    ))
}

/// Whether a semantic finding at `issue` is about a part the structure
/// check already reported at `problem`: inside it (an emptied value), or
/// the key holding it (a `required` map missing the level whose rating was
/// out of range). A whole list item (`skills[2]`) is its own matter.
pub fn covered(problem: &Path, issue: &Path) -> bool {
    issue.0.starts_with(&problem.0)
        || (problem.0.starts_with(&issue.0) && matches!(issue.0.last(), Some(Seg::Key(_))))
}

/// The empty value of a type: what a broken or missing required key becomes.
fn default(ty: &Ty) -> Value {
    match ty {
        Ty::Str => Value::String(String::new()),
        Ty::U32 | Ty::Rating => Value::Number(0u64.into()),
        Ty::Importance => Value::Number(1u64.into()),
        Ty::Bool => Value::Bool(false),
        Ty::Enum(v) => Value::String(v[0].into()),
        Ty::Seq(_) => Value::Sequence(Vec::new()),
        Ty::Map(..) => Value::Mapping(Mapping::new()),
        Ty::Pair => Value::Sequence(vec![0u64.into(), 0u64.into()]),
        Ty::Opt(_) => Value::Null,
        Ty::Struct(fields) => Value::Mapping(
            fields
                .iter()
                .filter(|f| f.required)
                .map(|f| (Value::String(f.name.into()), default(&f.ty)))
                .collect(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(text: &str) -> Vec<(usize, usize, &'static str, String, String)> {
        let parsed = parse_guide(text).unwrap();
        (parsed.problems.into_iter())
            .map(|p| {
                let (l, c) = p.at.pair();
                (l, c, p.code, p.path.to_string(), p.message)
            })
            .collect()
    }

    const SKILL_OK: &str =
        "  - {id: a, name: A, importance: 3, required: {entry: 1, mid: 2, senior: 3}}\n";

    /// `GUIDE` and the model agree: each struct has the same keys, and the
    /// same required keys, as the guide's JSON Schema (made from the model).
    #[test]
    fn table_matches_the_model() {
        let schema = serde_json::to_value(schemars::schema_for!(Guide)).unwrap();
        let check = |name: &str, node: &serde_json::Value, fields: &[Field]| {
            let mut keys: Vec<&str> = node["properties"]
                .as_object()
                .unwrap()
                .keys()
                .map(String::as_str)
                .collect();
            let mut ours: Vec<&str> = fields.iter().map(|f| f.name).collect();
            keys.sort();
            ours.sort();
            assert_eq!(keys, ours, "keys of {name}");
            let mut required: Vec<&str> = (node["required"].as_array())
                .map(|r| r.iter().filter_map(|v| v.as_str()).collect())
                .unwrap_or_default();
            let mut ours: Vec<&str> = (fields.iter())
                .filter(|f| f.required)
                .map(|f| f.name)
                .collect();
            required.sort();
            ours.sort();
            assert_eq!(required, ours, "required keys of {name}");
        };
        check("Guide", &schema, &GUIDE);
        let defs = &schema["$defs"];
        check("Skill", &defs["Skill"], &SKILL);
        check("Source", &defs["Source"], &SOURCE);
        check("Resource", &defs["Resource"], &RESOURCE);
        check("NextStep", &defs["NextStep"], &STEP);
        check("Career", &defs["Career"], &CAREER);
        check("Market", &defs["Market"], &MARKET);
        check("Salary", &defs["Salary"], &SALARY);
        let variants = |name: &str| -> Vec<String> {
            serde_json::from_value(defs[name]["enum"].clone()).unwrap_or_else(|_| {
                // Documented variants are `const`s, the rest grouped in an `enum`.
                let mut all: Vec<String> = (defs[name]["oneOf"].as_array().unwrap().iter())
                    .flat_map(|v| match v["const"].as_str() {
                        Some(c) => vec![c.to_string()],
                        None => serde_json::from_value(v["enum"].clone()).unwrap(),
                    })
                    .collect();
                let order: Vec<&str> = COVERS.iter().chain(CATEGORIES).copied().collect();
                all.sort_by_key(|v| order.iter().position(|o| o == v));
                all
            })
        };
        let answers = serde_json::to_value(schemars::schema_for!(crate::ratings::Answers)).unwrap();
        check("Answers", &answers, &ANSWERS);
        assert_eq!(variants("Category"), CATEGORIES);
        assert_eq!(variants("Covers"), COVERS);
    }

    #[test]
    fn a_clean_guide_is_the_serde_yaml_guide() {
        for (id, text) in crate::guide::load::BUILTIN {
            let parsed = parse_guide(text).unwrap();
            assert!(parsed.problems.is_empty(), "{id}: {:?}", parsed.problems);
            let direct: Guide = serde_yaml::from_str(text).unwrap();
            assert_eq!(parsed.guide.unwrap(), direct, "{id}");
        }
    }

    #[test]
    fn every_problem_with_its_place() {
        let text = format!(
            "schema_version: 1\nid: x\ntitle: T\nskils:\n{SKILL_OK}career: {{leads_to: 3, sideways: []}}\n"
        );
        let p = problems(&text);
        assert_eq!(p.len(), 3, "{p:?}");
        assert_eq!(
            (p[0].0, p[0].1, p[0].2, p[0].3.as_str()),
            (4, 1, "unknown-key", "skils")
        );
        assert!(p[0].4.ends_with("did you mean `skills`?"), "{}", p[0].4);
        assert_eq!(
            (p[1].0, p[1].2, p[1].3.as_str()),
            (6, "wrong-type", "career.leads_to")
        );
        assert_eq!(p[1].4, "invalid type: integer `3`, expected a sequence");
        assert_eq!(
            (p[2].2, p[2].3.as_str()),
            ("unknown-key", "career.sideways")
        );
        assert!(
            p[2].4.contains("expected one of `leads_to`, `transitions`"),
            "{}",
            p[2].4
        );
    }

    #[test]
    fn duplicates_and_aliases() {
        let text = format!(
            "schema_version: 1\nid: x\ntitle: T\ntitle: U\nskills:\n{SKILL_OK}  - {{id: b, name: B, importance: 2, required: &r {{entry: 1, entry: 2}}}}\n  - {{id: c, name: C, importance: 2, required: *r}}\n"
        );
        let p = problems(&text);
        let codes: Vec<_> = p.iter().map(|p| (p.0, p.2, p.3.as_str())).collect();
        assert_eq!(
            codes,
            [
                (4, "duplicate-key", "title"),
                (7, "duplicate-key", "skills[1].required.entry"),
                // The alias is read again: its problem is found again, at the anchor.
                (7, "duplicate-key", "skills[2].required.entry"),
            ]
        );
        assert!(
            parse_guide(&format!(
                "schema_version: 1\nid: x\ntitle: &t T\nsummary: *t\nskills:\n{SKILL_OK}"
            ))
            .unwrap()
            .guide
            .is_some_and(|g| g.summary == "T")
        );
    }

    #[test]
    fn too_many_problems_are_counted() {
        let keys: String = (0..150).map(|i| format!("k{i}: 1\n")).collect();
        let p = problems(&format!(
            "schema_version: 1\nid: x\ntitle: T\nskills: []\n{keys}"
        ));
        assert_eq!(p.len(), MAX_PROBLEMS + 1);
        assert_eq!(p[MAX_PROBLEMS].2, "too-many");
        assert!(
            p[MAX_PROBLEMS].4.starts_with("50 more problems"),
            "{:?}",
            p[MAX_PROBLEMS]
        );
    }

    #[test]
    fn integers_as_yaml_reads_them() {
        assert_eq!(parse_int("5"), Some(5));
        assert_eq!(parse_int("+5"), Some(5));
        assert_eq!(parse_int("-1"), Some(-1));
        assert_eq!(parse_int("0x10"), Some(16));
        assert_eq!(parse_int("0o10"), Some(8));
        assert_eq!(parse_int("1.5"), None);
        assert_eq!(parse_int("+-1"), None);
        assert_eq!(parse_int(""), None);
        assert_eq!(
            parse_int("99999999999999999999999"),
            Some(99999999999999999999999)
        );
    }

    #[test]
    fn covered_paths() {
        let p = |s: &str| super::super::yaml::parse_path(s);
        assert!(covered(
            &p("skills[1].required.mid"),
            &p("skills[1].required")
        ));
        assert!(covered(&p("skills[1].id"), &p("skills[1].id")));
        assert!(covered(&p("skills[1]"), &p("skills[1].id")));
        assert!(!covered(&p("skills[1].required.mid"), &p("skills[1]")));
        assert!(!covered(
            &p("skills[1].required.mid"),
            &p("skills[1].required.senior")
        ));
    }
}
