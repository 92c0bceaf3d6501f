//! `match`: readiness of one set of ratings against every guide.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::guide::Guide;
use crate::ratings::resolve;
use crate::scoring::score;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MatchReport {
    pub schema_version: u32,
    /// The `--level` asked for, or null for each guide's middle level.
    pub level: Option<String>,
    /// The guide the relations are relative to: the one assessed last.
    pub relative_to: Option<String>,
    pub matches: Vec<Match>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Match {
    pub rank: usize,
    pub id: String,
    pub title: String,
    /// The level compared at.
    pub level: String,
    #[schemars(range(min = 0, max = 100))]
    pub readiness: f64,
    /// How many of the guide's skills have no rating (they count as 0).
    pub unrated: usize,
    /// The ids of the two highest-priority gaps.
    pub top_gaps: Vec<String>,
    /// Whether the role is a progression or a transition of the guide assessed last.
    pub relation: Option<Relation>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Relation {
    Progression,
    Transition,
}

/// Ranks `guides` by readiness for `ratings` (keyed by any guide's ids or
/// aliases), highest first, then by id. `level` applies to guides that have
/// it; the others use their middle level. `last` is the guide assessed last.
pub fn rank(
    guides: &[&Guide],
    ratings: &BTreeMap<String, u8>,
    level: Option<&str>,
    last: Option<&Guide>,
) -> MatchReport {
    let mut matches: Vec<Match> = guides
        .iter()
        .map(|g| {
            let at = level
                .filter(|l| g.levels.iter().any(|x| x == l))
                .unwrap_or_else(|| g.default_level());
            let resolved = resolve(g, ratings);
            let s = score(g, at, &resolved, 0, None);
            let relation = last.and_then(|l| {
                if l.career.leads_to.contains(&g.id) {
                    Some(Relation::Progression)
                } else if l.career.transitions.contains(&g.id) {
                    Some(Relation::Transition)
                } else {
                    None
                }
            });
            Match {
                rank: 0,
                id: g.id.clone(),
                title: g.title.clone(),
                level: at.to_string(),
                readiness: s.readiness,
                unrated: s.unrated.len(),
                top_gaps: s.gaps.iter().take(2).map(|x| x.id.clone()).collect(),
                relation,
            }
        })
        .collect();
    matches.sort_by(|a, b| b.readiness.total_cmp(&a.readiness).then(a.id.cmp(&b.id)));
    for (n, m) in matches.iter_mut().enumerate() {
        m.rank = n + 1;
    }
    MatchReport {
        schema_version: 1,
        level: level.map(str::to_string),
        relative_to: last.map(|l| l.id.clone()),
        matches,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn guide(id: &str, skills: &[(&str, u8, u8)], leads_to: &[&str]) -> Guide {
        let skills: Vec<String> = skills
            .iter()
            .map(|(s, w, r)| {
                format!(
                    "  - {{id: {s}, name: {s}, category: technical, importance: {w}, required: {{entry: {r}, mid: {r}, senior: {r}}}, description: d}}"
                )
            })
            .collect();
        serde_yaml::from_str(&format!(
            "schema_version: 1\nid: {id}\ntitle: {id}\nsummary: s\nresponsibilities: []\nskills:\n{}\nnext_steps: []\ndevelopment_suggestions: []\ncareer: {{leads_to: [{}]}}\n",
            skills.join("\n"),
            leads_to.join(", ")
        ))
        .unwrap()
    }

    #[test]
    fn ranks_by_readiness_with_relations_and_unrated() {
        let ops = guide("ops", &[("k8s", 5, 4), ("talk", 1, 1)], &[]);
        let advocate = guide("advocate", &[("talk", 5, 4), ("k8s", 1, 1)], &[]);
        let base = guide("base", &[("k8s", 1, 1)], &["ops"]);
        let ratings = BTreeMap::from([("k8s".to_string(), 4)]);
        let m = rank(&[&advocate, &ops, &base], &ratings, None, Some(&base));
        let ids: Vec<&str> = m.matches.iter().map(|x| x.id.as_str()).collect();
        assert_eq!(ids, ["base", "ops", "advocate"]);
        // ops: (4*5 + 0*1) / (4*5 + 1*1) = 95.2
        assert_eq!(m.matches[1].readiness, 95.2);
        assert_eq!(m.matches[1].unrated, 1);
        assert_eq!(m.matches[1].relation, Some(Relation::Progression));
        assert_eq!(m.matches[2].top_gaps, ["talk"]);
        assert_eq!(m.matches[0].rank, 1);
    }
}
