//! The assessment report (its JSON Schema: `careerctl schema report`): what `assess --format json`
//! prints and what history stores. The table and markdown renderers draw from
//! the same type, so there is one source of truth for what a report says.

use std::collections::BTreeMap;

use indexmap::IndexMap;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::guide::model::Covers;
pub use crate::scoring::{Gap, PlanGap, PlanItem, PlanKind, Strength};

pub const REPORT_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Report {
    /// Always 1 for this format; fields are added, never renamed or removed.
    pub schema_version: u32,
    pub tool: Tool,
    /// When the assessment was made, RFC 3339 UTC.
    pub generated_at: String,
    pub guide: GuideRef,
    /// The level assessed against.
    pub level: String,
    /// Readiness for `level`, 0–100, one decimal.
    #[schemars(range(min = 0, max = 100))]
    pub readiness: f64,
    /// Readiness for every level of the guide, in the guide's order.
    #[schemars(extend("additionalProperties" = {"type": "number", "minimum": 0, "maximum": 100}))]
    pub readiness_by_level: IndexMap<String, f64>,
    /// The ratings used, by skill id (aliases resolved).
    #[schemars(extend("additionalProperties" = {"type": "integer", "minimum": 0, "maximum": 5}))]
    pub ratings: BTreeMap<String, u8>,
    /// Skills below the required level, ranked; only the first N with `--top N`.
    pub gaps: Vec<Gap>,
    /// How many gaps there are when `--top` cut the list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gaps_total: Option<usize>,
    /// Skills at or above a non-zero required level, ranked.
    pub strengths: Vec<Strength>,
    /// Next steps ranked by the priority of the (top) gaps they develop, then
    /// one action per top gap that no step develops, then the guide's steps
    /// that name no skill.
    pub plan: Vec<PlanItem>,
    /// Skills of the guide with no rating (scored as `assumed_unrated`).
    pub unrated: Vec<String>,
    /// The rating given to unrated skills (0 unless `--assume-unrated`).
    #[serde(default)]
    #[schemars(range(max = 5))]
    pub assumed_unrated: u8,
    /// The guide's development suggestions.
    #[serde(default)]
    pub development_suggestions: Vec<String>,
    /// Whose assessment this is (`assess --name`), for a team view.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The guide's salary range for `level`, where it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salary: Option<SalaryRange>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Tool {
    pub name: String,
    pub version: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct GuideRef {
    pub id: String,
    pub title: String,
    /// Where the guide was loaded from: `built-in` or a file path.
    pub source: String,
    /// Where the guide's content comes from, in the guide's own words (its `source`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_source: Option<String>,
    /// The guide's named sources and what each one backs, so that a saved
    /// report keeps the attribution of what it quotes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<crate::guide::model::Source>,
    /// The credit its licence asks for, for a guide with a licensed source
    /// (an imported O*NET guide): the guide's `source` line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SalaryRange {
    pub currency: String,
    pub min: u64,
    pub max: u64,
    /// What the figures are (`median`, `mean`, `range`...), as the guide says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statistic: Option<String>,
    /// The source of the figures, as cited in the report: `Title, undated`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// The credit line of a guide whose `sources` carry a licence: its `source`,
/// else each licensed source's title and licence.
fn credit(guide: &crate::guide::Guide) -> Option<String> {
    let licensed: Vec<String> = (guide.sources.iter())
        .filter_map(|s| Some(format!("{} ({})", s.title, s.licence.as_ref()?)))
        .collect();
    if licensed.is_empty() {
        return None;
    }
    Some(guide.source.clone().unwrap_or_else(|| licensed.join("; ")))
}

impl Report {
    /// Scores `ratings` against `guide` and assembles the report. With
    /// `top`, the report holds only the first `top` gaps and a plan for them.
    #[allow(clippy::too_many_arguments)]
    /// The report as `--top n` shows it: the first `n` gaps and a plan for
    /// them, scored again from the same ratings (the plan depends on which
    /// gaps are in it).
    pub fn shortened(&self, guide: &crate::guide::Guide, n: usize) -> Report {
        Report {
            name: self.name.clone(),
            ..Report::new(
                guide,
                self.guide.source.clone(),
                &self.level,
                self.ratings.clone(),
                self.assumed_unrated,
                Some(n),
                self.generated_at.clone(),
            )
        }
    }

    pub fn new(
        guide: &crate::guide::Guide,
        source: String,
        level: &str,
        ratings: BTreeMap<String, u8>,
        assume: u8,
        top: Option<usize>,
        generated_at: String,
    ) -> Report {
        let s = crate::scoring::score(guide, level, &ratings, assume, top);
        let salary = (guide.market.as_ref())
            .and_then(|m| m.salary.as_ref())
            .and_then(|s| {
                let [min, max] = *s.ranges.get(level)?;
                Some(SalaryRange {
                    currency: s.currency.clone(),
                    min,
                    max,
                    statistic: s.statistic.clone(),
                    source: guide.source_of(Covers::Salary).map(|s| s.citation()),
                })
            });
        Report {
            schema_version: REPORT_VERSION,
            tool: Tool {
                name: env!("CARGO_PKG_NAME").into(),
                version: env!("CARGO_PKG_VERSION").into(),
            },
            generated_at,
            guide: GuideRef {
                id: guide.id.clone(),
                title: guide.title.clone(),
                source,
                content_source: guide.source.clone(),
                sources: guide.sources.clone(),
                credit: credit(guide),
            },
            level: level.to_string(),
            readiness: s.readiness,
            readiness_by_level: s.readiness_by_level,
            ratings,
            gaps_total: top.filter(|&n| n < s.gaps.len()).map(|_| s.gaps.len()),
            gaps: s.gaps.into_iter().take(top.unwrap_or(usize::MAX)).collect(),
            strengths: s.strengths,
            plan: s.plan,
            unrated: s.unrated,
            assumed_unrated: assume,
            development_suggestions: guide.development_suggestions.clone(),
            salary,
            name: None,
        }
    }
}
