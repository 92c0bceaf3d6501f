//! Semantic checks of a guide (product.md section 3), on the parsed model.
//! Pure: no I/O. Each issue carries the key path it is about; the caller turns
//! the path into a line and column with [`super::yaml::locate`].

use std::collections::{BTreeMap, HashMap, HashSet};

use super::model::{Guide, SCHEMA_VERSION, is_valid_id};
use super::yaml::Path;
use crate::render::text::clip;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    pub path: Path,
    pub severity: Severity,
    pub code: &'static str,
    pub message: String,
}

fn error(path: Path, code: &'static str, message: String) -> Issue {
    Issue {
        path,
        severity: Severity::Error,
        code,
        message,
    }
}

fn warning(path: Path, code: &'static str, message: String) -> Issue {
    Issue {
        path,
        severity: Severity::Warning,
        code,
        message,
    }
}

fn q(s: &str) -> String {
    format!("`{}`", clip(s, 80))
}

/// Checks one guide on its own. `stem` is the file name without `.yaml`.
pub fn check_guide(g: &Guide, stem: Option<&str>) -> Vec<Issue> {
    let root = Path::root();
    let mut out = Vec::new();
    if g.schema_version != SCHEMA_VERSION {
        out.push(error(
            root.key("schema_version"),
            "schema-version",
            format!(
                "schema_version {} is not supported; this careerctl reads version {SCHEMA_VERSION}",
                g.schema_version
            ),
        ));
    }
    if !is_valid_id(&g.id) {
        out.push(error(
            root.key("id"),
            "id-pattern",
            id_message("guide id", &g.id),
        ));
    } else if let Some(stem) = stem.filter(|s| *s != g.id) {
        out.push(error(
            root.key("id"),
            "id-mismatch",
            format!(
                "guide id {} differs from the file name {}",
                q(&g.id),
                q(stem)
            ),
        ));
    }
    check_levels(g, &mut out);
    check_skills(g, &mut out);
    check_steps(g, &mut out);
    check_salary(g, &mut out);
    out
}

fn id_message(what: &str, id: &str) -> String {
    format!(
        "{what} {} does not match ^[a-z0-9]+(-[a-z0-9]+)*$ (at most 64 characters)",
        q(id)
    )
}

fn check_levels(g: &Guide, out: &mut Vec<Issue>) {
    let path = Path::root().key("levels");
    if g.levels.is_empty() {
        out.push(error(
            path,
            "levels",
            "a guide needs at least one level".into(),
        ));
        return;
    }
    let mut seen = HashSet::new();
    for (i, level) in g.levels.iter().enumerate() {
        if !is_valid_id(level) {
            out.push(error(
                path.index(i),
                "id-pattern",
                id_message("level", level),
            ));
        } else if !seen.insert(level.as_str()) {
            out.push(error(
                path.index(i),
                "levels",
                format!("level {} is listed twice", q(level)),
            ));
        }
    }
}

fn check_skills(g: &Guide, out: &mut Vec<Issue>) {
    let developed: HashSet<&str> = g
        .next_steps
        .iter()
        .flat_map(|s| s.skills.iter().map(String::as_str))
        .collect();
    // Every id and alias, with the place it was first seen.
    let mut ids: HashMap<&str, Path> = HashMap::new();
    for (i, skill) in g.skills.iter().enumerate() {
        let at = Path::root().key("skills").index(i);
        let names = std::iter::once((at.key("id"), &skill.id)).chain(
            skill
                .aliases
                .iter()
                .enumerate()
                .map(|(j, a)| (at.key("aliases").index(j), a)),
        );
        for (path, id) in names {
            if !is_valid_id(id) {
                out.push(error(path, "id-pattern", id_message("skill id", id)));
            } else if let Some(first) = ids.get(id.as_str()) {
                out.push(error(
                    path,
                    "duplicate-skill",
                    format!("skill id {} is already used at {first}", q(id)),
                ));
            } else {
                ids.insert(id, path);
            }
        }
        let required = at.key("required");
        for level in &g.levels {
            if !skill.required.contains_key(level) {
                out.push(error(
                    required.clone(),
                    "required-levels",
                    format!("required level for {} is missing", q(level)),
                ));
            }
        }
        for level in skill.required.keys() {
            if !g.levels.contains(level) {
                out.push(error(
                    required.key(level),
                    "required-levels",
                    format!(
                        "{} is not a level of this guide (levels: {})",
                        q(level),
                        g.levels.join(", ")
                    ),
                ));
            }
        }
        let mut previous: Option<(&str, u8)> = None;
        for level in &g.levels {
            let Some(r) = skill.required.get(level) else {
                continue;
            };
            if let Some((prev_level, prev)) = previous
                && r.0 < prev
            {
                out.push(warning(
                    required.key(level),
                    "required-decreases",
                    format!(
                        "required rating drops from {prev} at {prev_level} to {} at {level}",
                        r.0
                    ),
                ));
            }
            previous = Some((level, r.0));
        }
        if !developed.contains(skill.id.as_str()) {
            out.push(warning(
                at.clone(),
                "skill-without-step",
                format!("no next step develops skill {}", q(&skill.id)),
            ));
        }
    }
}

fn check_steps(g: &Guide, out: &mut Vec<Issue>) {
    let mut seen = HashSet::new();
    for (i, step) in g.next_steps.iter().enumerate() {
        let at = Path::root().key("next_steps").index(i);
        if !is_valid_id(&step.id) {
            out.push(error(
                at.key("id"),
                "id-pattern",
                id_message("next step id", &step.id),
            ));
        } else if !seen.insert(step.id.as_str()) {
            out.push(error(
                at.key("id"),
                "duplicate-step",
                format!("next step id {} is used twice", q(&step.id)),
            ));
        }
        for (j, id) in step.skills.iter().enumerate() {
            if g.skill(id).is_none() {
                out.push(error(
                    at.key("skills").index(j),
                    "unknown-skill",
                    format!("next step {} names unknown skill {}", q(&step.id), q(id)),
                ));
            }
        }
    }
}

fn check_salary(g: &Guide, out: &mut Vec<Issue>) {
    let Some(salary) = g.market.as_ref().and_then(|m| m.salary.as_ref()) else {
        return;
    };
    let ranges = Path::root().key("market").key("salary").key("ranges");
    for (level, [min, max]) in &salary.ranges {
        if min > max {
            out.push(error(
                ranges.key(level),
                "salary-range",
                format!(
                    "salary range for {} has min {min} above max {max}",
                    q(level)
                ),
            ));
        }
        if !g.levels.contains(level) {
            out.push(warning(
                ranges.key(level),
                "salary-level",
                format!("{} is not a level of this guide", q(level)),
            ));
        }
    }
    let mut previous: Option<(&str, [u64; 2])> = None;
    for level in &g.levels {
        let Some(&range) = salary.ranges.get(level) else {
            continue;
        };
        if let Some((prev_level, prev)) = previous
            && (range[0] < prev[0] || range[1] < prev[1])
        {
            out.push(warning(
                ranges.key(level),
                "salary-not-rising",
                format!(
                    "salary at {level} ({}–{}) is below {prev_level} ({}–{})",
                    range[0], range[1], prev[0], prev[1]
                ),
            ));
        }
        previous = Some((level, range));
    }
}

/// What the checks across guides need to know of one guide.
#[derive(Debug, Clone)]
pub struct Summary {
    /// The file as shown in messages.
    pub file: String,
    pub id: String,
    pub career: Vec<(Path, String)>,
    pub skill_names: Vec<(Path, String, String)>,
}

impl Summary {
    pub fn of(g: &Guide, file: String) -> Self {
        let c = Path::root().key("career");
        let career = (g.career.leads_to.iter().enumerate())
            .map(|(i, id)| (c.key("leads_to").index(i), id.clone()))
            .chain(
                (g.career.transitions.iter().enumerate())
                    .map(|(i, id)| (c.key("transitions").index(i), id.clone())),
            )
            .collect();
        let skill_names = (g.skills.iter().enumerate())
            .map(|(i, s)| {
                let at = Path::root().key("skills").index(i).key("name");
                (at, s.id.clone(), s.name.clone())
            })
            .collect();
        Summary {
            file,
            id: g.id.clone(),
            career,
            skill_names,
        }
    }
}

/// Checks across guides. `guides` are the checked files' summaries in a stable
/// order; `known` holds every guide id that resolves (checked or loaded).
/// `duplicates`: whether a guide id used twice is worth a warning (not when
/// checking the search path, where shadowing is intended).
/// Returns issues as (index into `guides`, issue).
pub fn check_across(
    guides: &[Summary],
    known: &HashSet<String>,
    duplicates: bool,
) -> Vec<(usize, Issue)> {
    let mut out = Vec::new();
    let mut first_of_id: HashMap<&str, usize> = HashMap::new();
    let mut names: BTreeMap<&str, (&str, usize)> = BTreeMap::new();
    for (n, g) in guides.iter().enumerate() {
        if let Some(&first) = first_of_id.get(g.id.as_str())
            && duplicates
        {
            out.push((
                n,
                warning(
                    Path::root().key("id"),
                    "duplicate-guide",
                    format!(
                        "guide id {} is also used by {}",
                        q(&g.id),
                        clip(&guides[first].file, 200)
                    ),
                ),
            ));
        } else {
            first_of_id.insert(&g.id, n);
        }
        for (path, id) in &g.career {
            if !known.contains(id) {
                out.push((
                    n,
                    warning(
                        path.clone(),
                        "unknown-career-id",
                        format!("no loaded guide has the id {}", q(id)),
                    ),
                ));
            }
        }
        for (path, id, name) in &g.skill_names {
            match names.get(id.as_str()) {
                Some((other, m)) if *m != n && *other != name.as_str() => out.push((
                    n,
                    warning(
                        path.clone(),
                        "skill-name-conflict",
                        format!(
                            "skill {} is named {} here but {} in guide {}",
                            q(id),
                            q(name),
                            q(other),
                            q(&guides[*m].id)
                        ),
                    ),
                )),
                Some(_) => {}
                None => {
                    names.insert(id, (name, n));
                }
            }
        }
    }
    out
}
