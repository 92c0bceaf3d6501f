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
    pub readiness_from: f64,
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
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Change {
    pub id: String,
    pub from: Option<u8>,
    pub to: Option<u8>,
}

/// The skill id `id` stands for now: itself, or the skill of `guide` that
/// lists it among its aliases (a renamed skill).
fn current<'a>(id: &'a str, guide: Option<&'a Guide>) -> &'a str {
    guide
        .and_then(|g| g.skills.iter().find(|s| s.aliases.iter().any(|a| a == id)))
        .map_or(id, |s| s.id.as_str())
}

pub fn diff(old: &Report, new: &Report, guide: Option<&Guide>) -> Diff {
    let ratings = |r: &Report| -> BTreeMap<String, u8> {
        r.ratings
            .iter()
            .map(|(k, v)| (current(k, guide).to_string(), *v))
            .collect()
    };
    let gaps = |r: &Report| -> BTreeSet<String> {
        r.gaps
            .iter()
            .map(|g| current(&g.id, guide).to_string())
            .collect()
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
    let (ga, gb) = (gaps(old), gaps(new));
    let steps = |r: &Report| -> Vec<String> {
        (r.plan.iter())
            .filter(|p| p.kind == PlanKind::Step)
            .map(|p| p.id.clone())
            .collect()
    };
    let new_steps = steps(new);
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
        closed: ga.difference(&gb).cloned().collect(),
        opened: gb.difference(&ga).cloned().collect(),
        steps_done: steps(old)
            .into_iter()
            .filter(|s| !new_steps.contains(s))
            .collect(),
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
        assert_eq!(
            d.readiness_delta,
            ((new.readiness - old.readiness) * 10.0).round() / 10.0
        );
    }
}
