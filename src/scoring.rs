//! Scoring (README, "Scoring"). Pure: no I/O, no clock.
//!
//! Priorities are computed in half units (gap × importance × 2, or × 3 when
//! the skill is often missing) so ranking compares integers, never floats.

use std::collections::{BTreeMap, HashSet};

use indexmap::IndexMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::guide::Guide;
use crate::guide::model::Resource;
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Gap {
    pub rank: usize,
    pub id: String,
    pub name: String,
    #[schemars(range(max = 5))]
    pub rating: u8,
    #[schemars(range(max = 5))]
    pub required: u8,
    #[schemars(range(max = 5))]
    pub gap: u8,
    #[schemars(range(min = 1, max = 5))]
    pub importance: u8,
    pub often_missing: bool,
    /// gap × importance × (1.5 if often missing).
    pub priority: f64,
    /// No rating was given: `rating` is the assumed one (`--assume-unrated`, else 0).
    #[serde(default)]
    pub unrated: bool,
    /// The guide's resources for this skill.
    #[serde(default)]
    pub resources: Vec<Resource>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Strength {
    pub rank: usize,
    pub id: String,
    pub name: String,
    #[schemars(range(max = 5))]
    pub rating: u8,
    #[schemars(range(max = 5))]
    pub required: u8,
    /// rating − required.
    #[schemars(range(max = 5))]
    pub surplus: u8,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PlanItem {
    pub rank: usize,
    /// The next step's id, or `raise-SKILL` for an action on a gap no step develops.
    pub id: String,
    pub kind: PlanKind,
    pub text: String,
    /// Skills this item develops, as the guide lists them.
    pub skills: Vec<String>,
    /// The gaps among them, in rank order, with where each starts and
    /// where it must get to.
    #[serde(default)]
    pub gaps: Vec<PlanGap>,
    /// What ranks the plan: the sum of the priorities of its gaps. Steps
    /// share gaps, so these do not add up to anything.
    pub score: f64,
    /// For an action: the skill's first resource.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource: Option<Resource>,
}

/// A gap a plan item develops.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PlanGap {
    pub id: String,
    pub name: String,
    /// The rating now (the assumed one when unrated).
    #[schemars(range(max = 5))]
    pub from: u8,
    /// The rating the level requires.
    #[schemars(range(max = 5))]
    pub to: u8,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum PlanKind {
    /// One of the guide's recommended next steps.
    Step,
    /// "Raise SKILL from a to r", for a top gap no step develops.
    Action,
}

/// The scored part of a report.
#[derive(Debug, Clone, PartialEq)]
pub struct Scored {
    pub readiness: f64,
    pub readiness_by_level: IndexMap<String, f64>,
    pub gaps: Vec<Gap>,
    pub strengths: Vec<Strength>,
    pub plan: Vec<PlanItem>,
    pub unrated: Vec<String>,
}

/// Scores `ratings` (by skill id, aliases already resolved) against `guide`
/// at `level`. Unrated skills count as `assume`. Actions are added for the
/// first `top` gaps (all when `None`) that no step develops.
pub fn score(
    guide: &Guide,
    level: &str,
    ratings: &BTreeMap<String, u8>,
    assume: u8,
    top: Option<usize>,
) -> Scored {
    let rating = |id: &str| ratings.get(id).copied().unwrap_or(assume);
    let unrated = (guide.skills.iter())
        .filter(|s| !ratings.contains_key(&s.id))
        .map(|s| s.id.clone())
        .collect();

    // (half-unit priority, gap) per skill index.
    let half = |i: usize| -> (u32, u8) {
        let s = &guide.skills[i];
        let gap = s.required_at(level).saturating_sub(rating(&s.id));
        let factor = if s.often_missing { 3 } else { 2 };
        (u32::from(gap) * u32::from(s.importance.0) * factor, gap)
    };

    let mut gap_idx: Vec<usize> = (0..guide.skills.len()).filter(|&i| half(i).1 > 0).collect();
    gap_idx.sort_by(|&a, &b| {
        let (sa, sb) = (&guide.skills[a], &guide.skills[b]);
        (half(b).0.cmp(&half(a).0))
            .then(half(b).1.cmp(&half(a).1))
            .then(sb.importance.cmp(&sa.importance))
            .then(sb.often_missing.cmp(&sa.often_missing))
            .then(sa.id.cmp(&sb.id))
    });
    let gaps: Vec<Gap> = (gap_idx.iter().enumerate())
        .map(|(n, &i)| {
            let s = &guide.skills[i];
            let (p, gap) = half(i);
            Gap {
                rank: n + 1,
                id: s.id.clone(),
                name: s.name.clone(),
                rating: rating(&s.id),
                required: s.required_at(level),
                gap,
                importance: s.importance.0,
                often_missing: s.often_missing,
                priority: f64::from(p) / 2.0,
                unrated: !ratings.contains_key(&s.id),
                resources: s.resources.clone(),
            }
        })
        .collect();

    let mut strengths: Vec<Strength> = (guide.skills.iter())
        .filter(|s| s.required_at(level) > 0 && rating(&s.id) >= s.required_at(level))
        .map(|s| Strength {
            rank: 0,
            id: s.id.clone(),
            name: s.name.clone(),
            rating: rating(&s.id),
            required: s.required_at(level),
            surplus: rating(&s.id) - s.required_at(level),
        })
        .collect();
    strengths.sort_by(|a, b| b.surplus.cmp(&a.surplus).then(a.id.cmp(&b.id)));
    for (n, s) in strengths.iter_mut().enumerate() {
        s.rank = n + 1;
    }

    let plan = plan(
        guide,
        &gap_idx[..top.unwrap_or(usize::MAX).min(gap_idx.len())],
        &half,
        level,
        &rating,
    );

    let readiness_by_level = (guide.levels.iter())
        .map(|l| (l.clone(), readiness(guide, l, &rating)))
        .collect();
    Scored {
        readiness: readiness(guide, level, &rating),
        readiness_by_level,
        gaps,
        strengths,
        plan,
        unrated,
    }
}

fn plan(
    guide: &Guide,
    top_gaps: &[usize],
    half: &dyn Fn(usize) -> (u32, u8),
    level: &str,
    rating: &dyn Fn(&str) -> u8,
) -> Vec<PlanItem> {
    let plan_gap = |i: usize| {
        let s = &guide.skills[i];
        PlanGap {
            id: s.id.clone(),
            name: s.name.clone(),
            from: rating(&s.id),
            to: s.required_at(level),
        }
    };
    // Each step's top gaps, in rank order, and the sum of their priorities.
    let mut steps: Vec<(u32, usize, Vec<usize>)> = (guide.next_steps.iter().enumerate())
        .filter(|(_, step)| !step.skills.is_empty())
        .map(|(n, step)| {
            let gaps: Vec<usize> = (top_gaps.iter().copied())
                .filter(|&i| step.skills.contains(&guide.skills[i].id))
                .collect();
            (gaps.iter().map(|&i| half(i).0).sum::<u32>(), n, gaps)
        })
        .filter(|(score, _, _)| *score > 0)
        .collect();
    // Stable sort keeps the guide's order among equal scores.
    steps.sort_by_key(|s| std::cmp::Reverse(s.0));
    let mut items: Vec<PlanItem> = (steps.into_iter())
        .map(|(score, n, gaps)| {
            let step = &guide.next_steps[n];
            PlanItem {
                rank: 0,
                id: step.id.clone(),
                kind: PlanKind::Step,
                text: step.text.clone(),
                skills: step.skills.clone(),
                gaps: gaps.into_iter().map(plan_gap).collect(),
                score: f64::from(score) / 2.0,
                resource: None,
            }
        })
        .collect();
    let developed: HashSet<&str> = (guide.next_steps.iter())
        .flat_map(|s| s.skills.iter().map(String::as_str))
        .collect();
    for &i in top_gaps {
        let s = &guide.skills[i];
        if developed.contains(s.id.as_str()) {
            continue;
        }
        items.push(PlanItem {
            rank: 0,
            id: format!("raise-{}", s.id),
            kind: PlanKind::Action,
            text: format!(
                "Raise {} from {} to {}",
                s.name,
                rating(&s.id),
                s.required_at(level)
            ),
            skills: vec![s.id.clone()],
            gaps: vec![plan_gap(i)],
            score: f64::from(half(i).0) / 2.0,
            resource: s.resources.first().cloned(),
        });
    }
    // Steps that develop no skill (say, "update your resume") come last,
    // in the guide's order.
    for step in guide.next_steps.iter().filter(|s| s.skills.is_empty()) {
        items.push(PlanItem {
            rank: 0,
            id: step.id.clone(),
            kind: PlanKind::Step,
            text: step.text.clone(),
            skills: Vec::new(),
            gaps: Vec::new(),
            score: 0.0,
            resource: None,
        });
    }
    for (n, item) in items.iter_mut().enumerate() {
        item.rank = n + 1;
    }
    items
}

/// 100 × Σ min(a, r)·w / Σ r·w, to one decimal (ties to even, as printf and
/// Python's round do); 100 when nothing is required.
fn readiness(guide: &Guide, level: &str, rating: &dyn Fn(&str) -> u8) -> f64 {
    let (mut have, mut need) = (0u64, 0u64);
    for s in &guide.skills {
        let r = u64::from(s.required_at(level));
        let w = u64::from(s.importance.0);
        have += r.min(u64::from(rating(&s.id))) * w;
        need += r * w;
    }
    if need == 0 {
        return 100.0;
    }
    one_decimal(100.0 * have as f64 / need as f64)
}

fn one_decimal(x: f64) -> f64 {
    format!("{x:.1}").parse().unwrap_or(x)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A guide of three skills; levels entry/mid/senior.
    ///   a: importance 5, often missing, required 1/3/4
    ///   b: importance 2,                required 2/2/3
    ///   c: importance 4,                required 0/2/2
    fn guide() -> Guide {
        serde_yaml::from_str(
            r#"
schema_version: 1
id: t
title: T
summary: s
responsibilities: []
skills:
  - {id: a, name: A, category: technical, importance: 5, often_missing: true,
     required: {entry: 1, mid: 3, senior: 4}, description: d,
     resources: [{title: R, url: "https://example.org"}]}
  - {id: b, name: B, category: technical, importance: 2, required: {entry: 2, mid: 2, senior: 3}, description: d}
  - {id: c, name: C, category: domain, importance: 4, required: {entry: 0, mid: 2, senior: 2}, description: d}
next_steps:
  - {id: s1, text: one, skills: [b]}
  - {id: s2, text: two, skills: [b, c]}
  - {id: s3, text: three}
development_suggestions: []
career: {}
"#,
        )
        .unwrap()
    }

    fn rated(pairs: &[(&str, u8)]) -> BTreeMap<String, u8> {
        pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect()
    }

    #[test]
    fn hand_computed_mid() {
        // a: gap 3-1=2, priority 2*5*1.5=15; b: gap 0; c: gap 2-0=2, priority 8.
        // readiness = (1*5 + 2*2 + 0*4) / (3*5 + 2*2 + 2*4) = 9/27 = 33.3
        let s = score(
            &guide(),
            "mid",
            &rated(&[("a", 1), ("b", 2), ("c", 0)]),
            0,
            None,
        );
        assert_eq!(s.readiness, 33.3);
        let gaps: Vec<(&str, f64)> = s.gaps.iter().map(|g| (g.id.as_str(), g.priority)).collect();
        assert_eq!(gaps, [("a", 15.0), ("c", 8.0)]);
        assert_eq!(s.gaps[0].rank, 1);
        // Strengths: b (2 ≥ 2).
        assert_eq!(s.strengths.len(), 1);
        assert_eq!(s.strengths[0].id, "b");
        // Plan: s2 scores 8 (c), s1 scores 0 and is left out; a has no step:
        // action; s3 develops no skill and comes last.
        let plan: Vec<(&str, f64)> = s.plan.iter().map(|p| (p.id.as_str(), p.score)).collect();
        assert_eq!(plan, [("s2", 8.0), ("raise-a", 15.0), ("s3", 0.0)]);
        assert!(s.plan[2].skills.is_empty());
        assert_eq!(s.plan[2].rank, 3);
        assert_eq!(s.plan[1].text, "Raise A from 1 to 3");
        assert_eq!(s.plan[1].resource.as_ref().unwrap().title, "R");
        // entry: (1*5 + 2*2 + 0) / (5 + 4 + 0) = 100; senior: (5 + 4 + 0)/(20 + 6 + 8) = 26.5
        assert_eq!(s.readiness_by_level["entry"], 100.0);
        assert_eq!(s.readiness_by_level["senior"], 26.5);
        assert!(s.unrated.is_empty());
    }

    #[test]
    fn tie_breaks() {
        // z: gap 4 × 2 = 8; y, x: gap 2 × 4 = 8; w: 2 × 3 × 1.5 = 9; v: gap 1 × 8?  (importance 1, gap 5 → 5)
        let g: Guide = serde_yaml::from_str(
            r#"
schema_version: 1
id: t
title: T
summary: s
levels: [mid]
responsibilities: []
skills:
  - {id: z, name: Z, category: technical, importance: 2, required: {mid: 4}, description: d}
  - {id: y, name: Y, category: technical, importance: 4, required: {mid: 2}, description: d}
  - {id: x, name: X, category: technical, importance: 4, required: {mid: 2}, description: d}
  - {id: w, name: W, category: technical, importance: 3, often_missing: true, required: {mid: 2}, description: d}
  - {id: u, name: U, category: technical, importance: 4, often_missing: true, required: {mid: 1}, description: d}
  - {id: t, name: T, category: technical, importance: 3, required: {mid: 2}, description: d}
next_steps: []
development_suggestions: []
career: {}
"#,
        )
        .unwrap();
        let s = score(&g, "mid", &BTreeMap::new(), 0, None);
        let order: Vec<&str> = s.gaps.iter().map(|g| g.id.as_str()).collect();
        // w 9; z 8 (gap 4) before x, y 8 (gap 2); x before y by id; t 6 and u 6:
        // same gap? t gap 2, u gap 1 → t first.
        assert_eq!(order, ["w", "z", "x", "y", "t", "u"]);
        // No steps: the plan is one action per gap, in gap order.
        let plan: Vec<&str> = s.plan.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(
            plan,
            [
                "raise-w", "raise-z", "raise-x", "raise-y", "raise-t", "raise-u"
            ]
        );
        // --top 2 limits the actions to the top two gaps.
        assert_eq!(score(&g, "mid", &BTreeMap::new(), 0, Some(2)).plan.len(), 2);
        assert_eq!(s.readiness, 0.0);
        assert_eq!(s.unrated.len(), 6);
    }

    #[test]
    fn importance_then_often_missing_break_equal_priority_and_gap() {
        // p: gap 2 × 3 × 1.5 = 9, q: gap 1 × ... need equal priority and gap:
        // r1: importance 3, often missing, gap 2 → 9; r2: importance... 9 = 2 × 4.5 impossible;
        // so compare importance with equal priority and gap: 6 = 2×3 (not om) vs 2×2×1.5 (om).
        let g: Guide = serde_yaml::from_str(
            r#"
schema_version: 1
id: t
title: T
summary: s
levels: [mid]
responsibilities: []
skills:
  - {id: a, name: A, category: technical, importance: 2, often_missing: true, required: {mid: 2}, description: d}
  - {id: b, name: B, category: technical, importance: 3, required: {mid: 2}, description: d}
next_steps: []
development_suggestions: []
career: {}
"#,
        )
        .unwrap();
        let s = score(&g, "mid", &BTreeMap::new(), 0, None);
        assert_eq!(s.gaps[0].priority, s.gaps[1].priority);
        assert_eq!(s.gaps[0].id, "b", "higher importance first");
    }

    #[test]
    fn nothing_required_is_fully_ready() {
        let s = score(
            &guide(),
            "entry",
            &rated(&[("a", 5), ("b", 5), ("c", 5)]),
            0,
            None,
        );
        assert_eq!(s.readiness, 100.0);
        assert!(s.gaps.is_empty());
        // Only the step that develops no skill is left in the plan.
        let plan: Vec<&str> = s.plan.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(plan, ["s3"]);
        // c requires 0 at entry: not a strength.
        assert!(s.strengths.iter().all(|x| x.id != "c"));
    }

    #[test]
    fn assumed_rating_fills_unrated() {
        let s = score(&guide(), "mid", &rated(&[("a", 3)]), 2, None);
        assert_eq!(s.readiness, 100.0);
        assert_eq!(s.unrated, ["b", "c"]);
    }

    #[test]
    fn rounding_is_to_one_decimal_ties_to_even() {
        assert_eq!(one_decimal(6.25), 6.2);
        assert_eq!(one_decimal(33.333), 33.3);
        assert_eq!(one_decimal(66.66), 66.7);
    }

    fn arb_case() -> impl Strategy<Value = (Guide, BTreeMap<String, u8>)> {
        let skill = (1u8..=5, any::<bool>(), 0u8..=5, 0u8..=5, 0u8..=5, 0u8..=5);
        (
            proptest::collection::vec(skill, 1..12),
            proptest::collection::vec(any::<proptest::sample::Index>(), 0..4),
        )
            .prop_map(|(skills, steps)| {
                let n = skills.len();
                let mut g = guide();
                g.skills = skills
                    .iter()
                    .enumerate()
                    .map(|(i, &(w, m, r1, r2, _, _))| {
                        let mut s = g.skills[0].clone();
                        s.id = format!("s{i}");
                        s.name = format!("S{i}");
                        s.importance = crate::guide::model::Importance(w);
                        s.often_missing = m;
                        let (lo, hi) = (r1.min(r2), r1.max(r2));
                        s.required = [
                            ("entry", lo),
                            ("mid", lo.max(hi.saturating_sub(1))),
                            ("senior", hi),
                        ]
                        .into_iter()
                        .map(|(l, v)| (l.to_string(), crate::guide::model::Rating(v)))
                        .collect();
                        s
                    })
                    .collect();
                g.next_steps = steps
                    .iter()
                    .enumerate()
                    .map(|(k, ix)| crate::guide::model::NextStep {
                        id: format!("step{k}"),
                        text: "t".into(),
                        skills: vec![format!("s{}", ix.index(n))],
                    })
                    .collect();
                let ratings = skills
                    .iter()
                    .enumerate()
                    .filter(|(_, t)| t.5 != 0)
                    .map(|(i, t)| (format!("s{i}"), t.4))
                    .collect();
                (g, ratings)
            })
    }

    proptest! {
        #[test]
        fn readiness_in_range((g, r) in arb_case()) {
            let s = score(&g, "mid", &r, 0, None);
            prop_assert!((0.0..=100.0).contains(&s.readiness));
            for x in s.readiness_by_level.values() {
                prop_assert!((0.0..=100.0).contains(x));
            }
        }

        #[test]
        fn order_of_skills_does_not_matter((g, r) in arb_case(), seed in any::<u64>()) {
            let mut shuffled = g.clone();
            // A deterministic shuffle from the seed.
            let n = shuffled.skills.len();
            for i in (1..n).rev() {
                let j = (seed.wrapping_mul(6364136223846793005).wrapping_add(i as u64) >> 33) as usize % (i + 1);
                shuffled.skills.swap(i, j);
            }
            let a = score(&g, "mid", &r, 0, None);
            let b = score(&shuffled, "mid", &r, 0, None);
            prop_assert_eq!(&a.gaps, &b.gaps);
            prop_assert_eq!(a.readiness, b.readiness);
            prop_assert_eq!(&a.plan, &b.plan);
            let mut sa = a.strengths.clone();
            let mut sb = b.strengths.clone();
            sa.sort_by(|x, y| x.id.cmp(&y.id));
            sb.sort_by(|x, y| x.id.cmp(&y.id));
            prop_assert_eq!(sa, sb);
        }

        #[test]
        fn raising_a_rating_never_hurts((g, r) in arb_case(), pick in any::<proptest::sample::Index>()) {
            let id = g.skills[pick.index(g.skills.len())].id.clone();
            let before = r.get(&id).copied().unwrap_or(0);
            prop_assume!(before < 5);
            let mut raised = r.clone();
            raised.insert(id.clone(), before + 1);
            let a = score(&g, "mid", &r, 0, None);
            let b = score(&g, "mid", &raised, 0, None);
            prop_assert!(b.readiness >= a.readiness);
            let p = |s: &Scored| s.gaps.iter().find(|x| x.id == id).map_or(0.0, |x| x.priority);
            prop_assert!(p(&b) <= p(&a));
            for (l, x) in &a.readiness_by_level {
                prop_assert!(b.readiness_by_level[l] >= *x);
            }
        }
    }
}
