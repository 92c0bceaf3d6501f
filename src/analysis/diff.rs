//! `diff`: how a person moved between two assessments of one guide.

use std::collections::{BTreeMap, BTreeSet};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::guide::Guide;
use crate::report::{PlanKind, Report};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Diff {
    pub schema_version: u32,
    pub guide: String,
    /// `generated_at` of the older report.
    pub from: String,
    /// `generated_at` of the newer report.
    pub to: String,
    pub from_level: String,
    pub to_level: String,
    #[schemars(range(min = 0, max = 100))]
    pub readiness_from: f64,
    #[schemars(range(min = 0, max = 100))]
    pub readiness_to: f64,
    /// New readiness minus old, one decimal.
    pub readiness_delta: f64,
    /// Ratings that changed; null where a side has no rating.
    pub changed: Vec<Change>,
    /// Gaps of the old report that are gone.
    pub closed: Vec<String>,
    /// Gaps of the new report that the old one did not have.
    pub opened: Vec<String>,
    /// Next steps in the old plan that dropped out of the new one.
    pub steps_done: Vec<String>,
    /// Gaps in both reports that grew.
    #[serde(default)]
    pub widened: Vec<String>,
    /// Skills the newer assessment has that the older one did not know
    /// (added to the guide in between).
    #[serde(default)]
    pub added: Vec<String>,
    /// Skills of the older assessment the newer one no longer has (removed
    /// from the guide): not counted as closed gaps.
    #[serde(default)]
    pub removed: Vec<String>,
    /// Skill names by id, for every id above.
    #[serde(default)]
    pub names: BTreeMap<String, String>,
    /// The text of each step in `steps_done`, by id, as the older plan gave it.
    #[serde(default)]
    pub step_texts: BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Change {
    pub id: String,
    #[schemars(range(max = 5))]
    pub from: Option<u8>,
    #[schemars(range(max = 5))]
    pub to: Option<u8>,
}

impl Diff {
    /// Whether nothing moved: no rating, gap or readiness changed.
    pub fn is_empty(&self) -> bool {
        self.changed.is_empty()
            && self.closed.is_empty()
            && self.opened.is_empty()
            && self.widened.is_empty()
            && self.readiness_delta == 0.0
    }

    /// A dropped step's text, or its id when the older plan gave none.
    pub fn step_text<'a>(&'a self, id: &'a str) -> &'a str {
        self.step_texts.get(id).map_or(id, String::as_str)
    }

    /// The skill's name, or its id when no report or guide names it.
    pub fn name<'a>(&'a self, id: &'a str) -> &'a str {
        self.names.get(id).map_or(id, String::as_str)
    }
}

pub fn diff(old: &Report, new: &Report, guide: Option<&Guide>) -> Diff {
    // Former ids (aliases) of `guide` → the skill's id now, hashed once.
    let mut renamed: std::collections::HashMap<&str, &str> = std::collections::HashMap::new();
    for s in guide.iter().flat_map(|g| &g.skills) {
        for a in &s.aliases {
            renamed.entry(a.as_str()).or_insert(s.id.as_str());
        }
    }
    // The skill id `id` stands for now: itself, or the renamed skill's.
    let current = |id: &str| renamed.get(id).copied().unwrap_or(id).to_string();
    let ratings = |r: &Report| -> BTreeMap<String, u8> {
        r.ratings.iter().map(|(k, v)| (current(k), *v)).collect()
    };
    let (a, b) = (ratings(old), ratings(new));
    let ids: BTreeSet<&String> = a.keys().chain(b.keys()).collect();
    let changed = ids
        .into_iter()
        .filter(|id| a.get(*id) != b.get(*id))
        .map(|id| Change {
            id: id.clone(),
            from: a.get(id).copied(),
            to: b.get(id).copied(),
        })
        .collect();
    // What each assessment covered: rated or unrated, every skill of its guide.
    let covered = |r: &Report| -> BTreeSet<String> {
        (r.ratings.keys().chain(&r.unrated))
            .map(|k| current(k))
            .collect()
    };
    let (ca, cb) = (covered(old), covered(new));
    let added: Vec<String> = cb.difference(&ca).cloned().collect();
    let removed: Vec<String> = ca.difference(&cb).cloned().collect();
    let gap_sizes = |r: &Report| -> BTreeMap<String, u8> {
        (r.gaps.iter()).map(|g| (current(&g.id), g.gap)).collect()
    };
    let (sa, sb) = (gap_sizes(old), gap_sizes(new));
    let widened = (sb.iter())
        .filter(|(id, b)| sa.get(*id).is_some_and(|a| *b > a))
        .map(|(id, _)| id.clone())
        .collect();
    let mut names = BTreeMap::new();
    for r in [old, new] {
        for g in &r.gaps {
            names.insert(current(&g.id), g.name.clone());
        }
        for s in &r.strengths {
            names.insert(current(&s.id), s.name.clone());
        }
    }
    if let Some(g) = guide {
        for s in &g.skills {
            names.insert(s.id.clone(), s.name.clone());
        }
    }
    // The gaps of each: the keys of its gap sizes.
    let (ga, gb): (BTreeSet<String>, BTreeSet<String>) =
        (sa.keys().cloned().collect(), sb.keys().cloned().collect());
    let mentioned: BTreeSet<String> = (a.keys().chain(b.keys()))
        .chain(ga.iter().chain(&gb))
        .chain(added.iter().chain(&removed))
        .cloned()
        .collect();
    names.retain(|id, _| mentioned.contains(id));
    let steps = |r: &Report| -> Vec<String> {
        (r.plan.iter())
            .filter(|p| p.kind == PlanKind::Step)
            .map(|p| p.id.clone())
            .collect()
    };
    let new_steps = steps(new);
    let steps_done: Vec<String> = (steps(old).into_iter())
        .filter(|s| !new_steps.contains(s))
        .collect();
    let step_texts = (old.plan.iter())
        .filter(|p| steps_done.contains(&p.id))
        .map(|p| (p.id.clone(), p.text.clone()))
        .collect();
    Diff {
        schema_version: 1,
        guide: new.guide.id.clone(),
        from: old.generated_at.clone(),
        to: new.generated_at.clone(),
        from_level: old.level.clone(),
        to_level: new.level.clone(),
        readiness_from: old.readiness,
        readiness_to: new.readiness,
        readiness_delta: ((new.readiness - old.readiness) * 10.0).round() / 10.0,
        changed,
        // A gap whose skill the newer assessment no longer has was not closed.
        closed: ga
            .difference(&gb)
            .filter(|id| cb.contains(*id))
            .cloned()
            .collect(),
        opened: gb.difference(&ga).cloned().collect(),
        steps_done,
        widened,
        added,
        removed,
        names,
        step_texts,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::load::{builtin_text, parse_checked};

    fn report(g: &Guide, ratings: &[(&str, u8)]) -> Report {
        let r = ratings.iter().map(|(k, v)| (k.to_string(), *v)).collect();
        Report::new(g, "built-in".into(), "mid", r, 0, None, "t".into())
    }

    /// A skill removed from the guide between two assessments is not a
    /// closed gap; one added is named; a gap that grew is called out.
    #[test]
    fn guide_edits_are_named_not_counted_as_progress() {
        let full = parse_checked(
            builtin_text("backend-developer").unwrap().as_bytes(),
            None,
            "b",
        )
        .unwrap();
        let mut older = full.clone();
        older.skills.retain(|s| s.id != "incident-response");
        let mut newer = full.clone();
        newer.skills.retain(|s| s.id != "observability");
        let old = report(&older, &[("sql", 2), ("observability", 0)]);
        let new = report(&newer, &[("sql", 0)]);
        let d = diff(&old, &new, Some(&newer));
        assert!(
            !d.closed.contains(&"observability".to_string()),
            "{:?}",
            d.closed
        );
        assert_eq!(d.removed, ["observability"]);
        assert_eq!(d.added, ["incident-response"]);
        assert_eq!(d.widened, ["sql"]);
        assert_eq!(d.name("sql"), "SQL");
        assert!(!d.is_empty());
        assert!(diff(&new, &new, Some(&newer)).is_empty());
    }

    #[test]
    fn closed_opened_changed_and_renamed_skills() {
        let mut g = parse_checked(
            builtin_text("backend-developer").unwrap().as_bytes(),
            None,
            "b",
        )
        .unwrap();
        let all: Vec<(String, u8)> = g.skills.iter().map(|s| (s.id.clone(), 3)).collect();
        let mut old_ratings: Vec<(&str, u8)> = all.iter().map(|(k, v)| (k.as_str(), *v)).collect();
        old_ratings.retain(|(k, _)| *k != "sql");
        old_ratings.push(("sql", 1)); // a gap
        old_ratings.retain(|(k, _)| *k != "testing");
        old_ratings.push(("testing", 4));
        let old = report(&g, &old_ratings);
        // The guide renames `observability` to `telemetry` between the two.
        let i = g
            .skills
            .iter()
            .position(|s| s.id == "observability")
            .unwrap();
        g.skills[i].id = "telemetry".into();
        g.skills[i].aliases = vec!["observability".into()];
        let mut new_ratings: Vec<(&str, u8)> = all
            .iter()
            .map(|(k, v)| {
                (
                    if k == "observability" {
                        "telemetry"
                    } else {
                        k.as_str()
                    },
                    *v,
                )
            })
            .collect();
        new_ratings.retain(|(k, _)| *k != "testing");
        new_ratings.push(("testing", 2)); // a new gap
        let new = report(&g, &new_ratings);
        let d = diff(&old, &new, Some(&g));
        let changed: Vec<(&str, Option<u8>, Option<u8>)> = d
            .changed
            .iter()
            .map(|c| (c.id.as_str(), c.from, c.to))
            .collect();
        assert_eq!(
            changed,
            [("sql", Some(1), Some(3)), ("testing", Some(4), Some(2))]
        );
        assert_eq!(d.closed, ["sql"]);
        assert_eq!(d.opened, ["testing"]);
        // Only the sql gap was in the old plan: its step dropped out.
        assert_eq!(d.steps_done, ["relational-database"]);
        assert!(d.step_text("relational-database").len() > "relational-database".len());
        assert_eq!(
            d.readiness_delta,
            ((new.readiness - old.readiness) * 10.0).round() / 10.0
        );
    }
}
