//! `team`: many people's reports of one guide and level, rolled up. Per
//! person data (the grid) only for groups of at least `min_group` people, so
//! no one can be singled out in a small group.

use std::collections::{BTreeMap, BTreeSet};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::guide::Guide;
use crate::report::Report;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Team {
    pub schema_version: u32,
    pub guide: String,
    pub level: String,
    /// How many reports (people).
    pub people: usize,
    pub skills: Vec<TeamSkill>,
    /// Skills ranked by the priority of their gaps summed over people.
    pub gaps: Vec<TeamGap>,
    /// Skills × people; only when `people` ≥ the minimum group size.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grid: Option<Grid>,
    /// Skills of the guide that some reports predate (their people were
    /// never asked): left out of those people's figures, not counted as 0.
    #[serde(default)]
    pub added: Vec<String>,
    /// Skills rated in the reports that the guide no longer has.
    #[serde(default)]
    pub removed: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct TeamSkill {
    pub id: String,
    pub name: String,
    #[schemars(range(max = 5))]
    pub required: u8,
    #[schemars(range(min = 0, max = 5))]
    pub median: f64,
    #[schemars(range(max = 5))]
    pub min: u8,
    #[schemars(range(max = 5))]
    pub max: u8,
    /// How many people are below the required level.
    pub below: usize,
    /// How many of the reports assessed this skill (a report made before
    /// the skill was added to the guide did not).
    #[serde(default)]
    pub assessed: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct TeamGap {
    pub rank: usize,
    pub id: String,
    #[serde(default)]
    pub name: String,
    pub priority: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Grid {
    /// One label per person (the name in the report, else its path as given), in column order.
    pub people: Vec<String>,
    /// One row per skill: the ratings in `people` order.
    pub rows: Vec<GridRow>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct GridRow {
    pub id: String,
    #[serde(default)]
    pub name: String,
    /// In `people` order; 0 where the report did not assess the skill (see `missing`).
    #[schemars(extend("items" = {"type": "integer", "minimum": 0, "maximum": 5}))]
    pub ratings: Vec<u8>,
    /// Positions in `people` of the reports that did not assess this skill.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub missing: Vec<usize>,
}

/// Rolls `reports` (label, report) up. The guide, when it can be loaded,
/// gives the skill order, names and requirements; otherwise they come from
/// the reports. Reports of different guides or levels are refused: the
/// error names the first one that differs.
pub fn roll_up(
    reports: &[(String, Report)],
    guide: Option<&Guide>,
    min_group: usize,
) -> Result<Team, String> {
    let Some((first_label, first)) = reports.first() else {
        return Err("no reports given".into());
    };
    for (label, r) in reports {
        if r.guide.id != first.guide.id || r.level != first.level {
            return Err(format!(
                "{label} is an assessment of {} at {}, but {first_label} is of {} at {}; \
                 a team view needs reports of one guide and level",
                r.guide.id, r.level, first.guide.id, first.level
            ));
        }
    }
    let level = first.level.as_str();

    // Skill id -> (name, required), from the guide or the reports.
    let mut known: BTreeMap<String, (String, u8)> = BTreeMap::new();
    let mut order: Vec<String> = Vec::new();
    if let Some(g) = guide {
        for s in &g.skills {
            known.insert(s.id.clone(), (s.name.clone(), s.required_at(level)));
            order.push(s.id.clone());
        }
    } else {
        let mut ids = BTreeSet::new();
        for (_, r) in reports {
            for g in &r.gaps {
                known.insert(g.id.clone(), (g.name.clone(), g.required));
            }
            for s in &r.strengths {
                known.insert(s.id.clone(), (s.name.clone(), s.required));
            }
            ids.extend(r.ratings.keys().cloned());
            ids.extend(r.unrated.iter().cloned());
        }
        ids.extend(known.keys().cloned());
        order = ids.into_iter().collect();
    }
    let rating = |r: &Report, id: &str| r.ratings.get(id).copied().unwrap_or(r.assumed_unrated);
    // A report lists every skill of the guide it was made with, rated or
    // unrated: one that lists neither was made before the skill existed.
    let assessed =
        |r: &Report, id: &str| r.ratings.contains_key(id) || r.unrated.iter().any(|u| u == id);
    let added: Vec<String> = (order.iter())
        .filter(|id| reports.iter().any(|(_, r)| !assessed(r, id)))
        .map(|id| known.get(id).map_or_else(|| id.clone(), |k| k.0.clone()))
        .collect();
    let removed: Vec<String> = match guide {
        Some(_) => {
            let mut gone = BTreeSet::new();
            for (_, r) in reports {
                gone.extend(
                    r.ratings
                        .keys()
                        .filter(|id| !known.contains_key(*id))
                        .cloned(),
                );
            }
            gone.into_iter().collect()
        }
        None => Vec::new(),
    };

    let skills = order
        .iter()
        .map(|id| {
            let (name, required) = known.get(id).cloned().unwrap_or_else(|| (id.clone(), 0));
            let mut values: Vec<u8> = (reports.iter())
                .filter(|(_, r)| assessed(r, id))
                .map(|(_, r)| rating(r, id))
                .collect();
            values.sort_unstable();
            let n = values.len();
            let median = match n {
                0 => 0.0,
                n if n % 2 == 1 => f64::from(values[n / 2]),
                n => f64::from(u16::from(values[n / 2 - 1]) + u16::from(values[n / 2])) / 2.0,
            };
            TeamSkill {
                id: id.clone(),
                name,
                required,
                median,
                min: values.first().copied().unwrap_or(0),
                max: values.last().copied().unwrap_or(0),
                below: values.iter().filter(|v| **v < required).count(),
                assessed: n,
            }
        })
        .collect();

    let mut summed: BTreeMap<&str, f64> = BTreeMap::new();
    for (_, r) in reports {
        for g in &r.gaps {
            *summed.entry(g.id.as_str()).or_default() += g.priority;
        }
    }
    let mut gaps: Vec<TeamGap> = summed
        .into_iter()
        .map(|(id, priority)| TeamGap {
            rank: 0,
            id: id.to_string(),
            name: known
                .get(id)
                .map_or_else(|| id.to_string(), |k| k.0.clone()),
            priority,
        })
        .collect();
    gaps.sort_by(|a, b| b.priority.total_cmp(&a.priority).then(a.id.cmp(&b.id)));
    for (n, g) in gaps.iter_mut().enumerate() {
        g.rank = n + 1;
    }

    let grid = (reports.len() >= min_group).then(|| Grid {
        people: reports.iter().map(|(l, _)| l.clone()).collect(),
        rows: order
            .iter()
            .map(|id| GridRow {
                id: id.clone(),
                name: known.get(id).map_or_else(|| id.clone(), |k| k.0.clone()),
                ratings: reports.iter().map(|(_, r)| rating(r, id)).collect(),
                missing: (reports.iter().enumerate())
                    .filter(|(_, (_, r))| !assessed(r, id))
                    .map(|(i, _)| i)
                    .collect(),
            })
            .collect(),
    });
    Ok(Team {
        schema_version: 1,
        guide: first.guide.id.clone(),
        level: level.to_string(),
        people: reports.len(),
        skills,
        gaps,
        grid,
        added,
        removed,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::load::{builtin_text, parse_checked};

    fn guide() -> Guide {
        parse_checked(
            builtin_text("backend-developer").unwrap().as_bytes(),
            None,
            "b",
        )
        .unwrap()
    }

    fn person(g: &Guide, sql: u8, level: &str) -> (String, Report) {
        let mut r: BTreeMap<String, u8> = g.skills.iter().map(|s| (s.id.clone(), 3)).collect();
        r.insert("sql".into(), sql);
        (
            format!("p{sql}.json"),
            Report::new(g, "built-in".into(), level, r, 0, None, "t".into()),
        )
    }

    #[test]
    fn aggregates_and_hides_small_groups() {
        let g = guide();
        let team: Vec<_> = [1, 2, 5].iter().map(|&n| person(&g, n, "mid")).collect();
        let t = roll_up(&team, Some(&g), 5).unwrap();
        assert_eq!(t.people, 3);
        let sql = t.skills.iter().find(|s| s.id == "sql").unwrap();
        assert_eq!((sql.median, sql.min, sql.max, sql.below), (2.0, 1, 5, 2));
        // sql priority: gap 2 × 4 + gap 1 × 4 = 12, the only gap.
        assert_eq!(t.gaps.len(), 1);
        assert_eq!((t.gaps[0].id.as_str(), t.gaps[0].priority), ("sql", 12.0));
        assert!(t.grid.is_none(), "3 people < 5: no per-person grid");

        let big: Vec<_> = [0, 1, 2, 3, 4, 5]
            .iter()
            .map(|&n| person(&g, n, "mid"))
            .collect();
        let t = roll_up(&big, Some(&g), 5).unwrap();
        let sql = t.skills.iter().find(|s| s.id == "sql").unwrap();
        assert_eq!(sql.median, 2.5);
        let grid = t.grid.expect("6 people ≥ 5");
        assert_eq!(grid.people.len(), 6);
        assert_eq!(
            grid.rows.iter().find(|r| r.id == "sql").unwrap().ratings,
            [0, 1, 2, 3, 4, 5]
        );
    }

    /// A skill added to the guide after some reports were made is not a 0
    /// for those people; a skill the guide dropped is named.
    #[test]
    fn skills_added_or_removed_since_the_reports_are_named() {
        let g = guide();
        let mut old = person(&g, 1, "mid");
        old.1.ratings.remove("incident-response");
        old.1.ratings.insert("soap".into(), 2);
        let team = vec![old, person(&g, 4, "mid")];
        let t = roll_up(&team, Some(&g), 2).unwrap();
        let ir = t
            .skills
            .iter()
            .find(|s| s.id == "incident-response")
            .unwrap();
        assert_eq!((ir.assessed, ir.min, ir.median), (1, 3, 3.0));
        assert_eq!(t.added, ["Incident Response"]);
        assert_eq!(t.removed, ["soap"]);
        let row = t
            .grid
            .unwrap()
            .rows
            .into_iter()
            .find(|r| r.id == "incident-response")
            .unwrap();
        assert_eq!(row.missing, [0]);
        assert_eq!(row.name, "Incident Response");
    }

    #[test]
    fn mixed_guides_or_levels_are_refused() {
        let g = guide();
        let team = vec![person(&g, 1, "mid"), person(&g, 2, "senior")];
        let err = roll_up(&team, Some(&g), 5).unwrap_err();
        assert!(err.contains("p2.json") && err.contains("senior"), "{err}");
    }

    #[test]
    fn without_the_guide_the_reports_say_enough() {
        let g = guide();
        let team: Vec<_> = [1, 4].iter().map(|&n| person(&g, n, "mid")).collect();
        let with = roll_up(&team, Some(&g), 5).unwrap();
        let without = roll_up(&team, None, 5).unwrap();
        let sql = |t: &Team| t.skills.iter().find(|s| s.id == "sql").cloned().unwrap();
        assert_eq!(sql(&with), sql(&without));
        assert_eq!(with.gaps, without.gaps);
    }
}
