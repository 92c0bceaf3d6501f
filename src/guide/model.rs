//! The guide format, version 1 (README, "Guides"), as plain serde types.
//!
//! Every struct denies unknown keys: in a hand-written YAML file an unknown key
//! is almost always a typo. Values with a range (ratings, importance) are
//! newtypes whose deserializer checks the range, so the YAML parser reports the
//! offending line and column for free.

use std::collections::BTreeMap;
use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize};

pub const SCHEMA_VERSION: u32 = 1;
pub const DEFAULT_LEVELS: [&str; 3] = ["entry", "mid", "senior"];

/// One role guide.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Guide {
    /// Format version of this file; always 1.
    pub schema_version: u32,
    /// Guide id, `^[a-z0-9]+(-[a-z0-9]+)*$`, at most 64 characters, equal to the file stem.
    #[schemars(regex(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$"), length(max = 64))]
    pub id: String,
    pub title: String,
    /// One paragraph about the role; optional.
    #[serde(default)]
    pub summary: String,
    /// Where the content comes from, in one line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The named sources of the content, and what each one covers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// Career levels, ordered from the most junior. Default: entry, mid, senior.
    #[serde(default = "default_levels")]
    pub levels: Vec<String>,
    #[serde(default)]
    pub responsibilities: Vec<String>,
    pub skills: Vec<Skill>,
    /// Recommended next steps, in the order the guide recommends them.
    #[serde(default)]
    pub next_steps: Vec<NextStep>,
    #[serde(default)]
    pub development_suggestions: Vec<String>,
    #[serde(default)]
    pub career: Career,
    /// Only with a real, named source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub market: Option<Market>,
}

fn default_levels() -> Vec<String> {
    DEFAULT_LEVELS.iter().map(|s| s.to_string()).collect()
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Skill {
    #[schemars(regex(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$"), length(max = 64))]
    pub id: String,
    pub name: String,
    /// Optional; a skill without one is shown without a category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<Category>,
    pub importance: Importance,
    #[serde(default, skip_serializing_if = "is_false")]
    pub often_missing: bool,
    /// Required rating for every level of the guide.
    #[serde(deserialize_with = "unique_map")]
    pub required: BTreeMap<String, Rating>,
    /// What the skill is; shown when rating it. Optional.
    #[serde(default)]
    pub description: String,
    /// What a rating means for this skill.
    #[serde(
        default,
        deserialize_with = "unique_map",
        skip_serializing_if = "BTreeMap::is_empty"
    )]
    pub anchors: BTreeMap<Rating, String>,
    /// Former ids of this skill, so old ratings still apply.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub resources: Vec<Resource>,
}

impl Skill {
    pub fn required_at(&self, level: &str) -> u8 {
        self.required.get(level).map_or(0, |r| r.0)
    }
}

fn is_false(b: &bool) -> bool {
    !b
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    Technical,
    Professional,
    Domain,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Resource {
    pub title: String,
    pub url: String,
}

/// A named source of a guide's content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    #[schemars(regex(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$"), length(max = 64))]
    pub id: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// When it was published, as the source gives it (`2024`, `2024-05`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub licence: Option<String>,
    /// Which parts of the guide this source backs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub covers: Vec<Covers>,
}

/// A part of a guide that a source can back.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Covers {
    Summary,
    Responsibilities,
    Skills,
    Levels,
    Importance,
    Required,
    OftenMissing,
    /// The skills' descriptions.
    Descriptions,
    /// The skills' rating anchors.
    Anchors,
    /// The skills' resources.
    Resources,
    NextSteps,
    DevelopmentSuggestions,
    Career,
    Salary,
    Demand,
    Employers,
    Sectors,
}

impl Covers {
    pub const ALL: [Covers; 17] = [
        Covers::Summary,
        Covers::Responsibilities,
        Covers::Skills,
        Covers::Levels,
        Covers::Importance,
        Covers::Required,
        Covers::OftenMissing,
        Covers::Descriptions,
        Covers::Anchors,
        Covers::Resources,
        Covers::NextSteps,
        Covers::DevelopmentSuggestions,
        Covers::Career,
        Covers::Salary,
        Covers::Demand,
        Covers::Employers,
        Covers::Sectors,
    ];

    /// The key as written in a guide: `often_missing`.
    pub fn key(self) -> &'static str {
        match self {
            Covers::Summary => "summary",
            Covers::Responsibilities => "responsibilities",
            Covers::Skills => "skills",
            Covers::Levels => "levels",
            Covers::Importance => "importance",
            Covers::Required => "required",
            Covers::OftenMissing => "often_missing",
            Covers::Descriptions => "descriptions",
            Covers::Anchors => "anchors",
            Covers::Resources => "resources",
            Covers::NextSteps => "next_steps",
            Covers::DevelopmentSuggestions => "development_suggestions",
            Covers::Career => "career",
            Covers::Salary => "salary",
            Covers::Demand => "demand",
            Covers::Employers => "employers",
            Covers::Sectors => "sectors",
        }
    }

    /// Whether guide `g` has this part at all (a guide without a market
    /// section has no salary to source).
    pub fn present_in(self, g: &Guide) -> bool {
        let market = g.market.as_ref();
        let skills = || g.skills.iter();
        match self {
            Covers::Summary | Covers::Levels | Covers::Skills => true,
            Covers::Importance | Covers::Required | Covers::Descriptions => !g.skills.is_empty(),
            Covers::Responsibilities => !g.responsibilities.is_empty(),
            Covers::OftenMissing => skills().any(|s| s.often_missing),
            Covers::Anchors => skills().any(|s| !s.anchors.is_empty()),
            Covers::Resources => skills().any(|s| !s.resources.is_empty()),
            Covers::NextSteps => !g.next_steps.is_empty(),
            Covers::DevelopmentSuggestions => !g.development_suggestions.is_empty(),
            Covers::Career => !g.career.leads_to.is_empty() || !g.career.transitions.is_empty(),
            Covers::Salary => market.is_some_and(|m| m.salary.is_some()),
            Covers::Demand => market.is_some_and(|m| m.demand.is_some()),
            Covers::Employers => market.is_some_and(|m| !m.employers.is_empty()),
            Covers::Sectors => market.is_some_and(|m| !m.sectors.is_empty()),
        }
    }
}

impl Source {
    /// How a line of output cites it: `Title, Publisher, 2024`, or
    /// `Title, undated` when the source gives no date.
    pub fn citation(&self) -> String {
        let mut out = self.title.clone();
        if let Some(p) = &self.publisher {
            out.push_str(", ");
            out.push_str(p);
        }
        out.push_str(", ");
        out.push_str(self.date.as_deref().unwrap_or("undated"));
        out
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NextStep {
    #[schemars(regex(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$"), length(max = 64))]
    pub id: String,
    pub text: String,
    /// Ids of the skills of this guide that the step develops; none for a
    /// step that develops no rated skill (such as updating a resume).
    #[serde(default)]
    pub skills: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Career {
    /// Guide ids of the roles this one grows into.
    #[serde(default)]
    pub leads_to: Vec<String>,
    /// Guide ids of the roles one can move to sideways.
    #[serde(default)]
    pub transitions: Vec<String>,
}

impl Career {
    pub fn is_empty(&self) -> bool {
        self.leads_to.is_empty() && self.transitions.is_empty()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Market {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salary: Option<Salary>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub demand: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub employers: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sectors: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Salary {
    /// ISO 4217 code, e.g. USD.
    pub currency: String,
    /// What the figures are: `median`, `mean`, `range`, ...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statistic: Option<String>,
    /// `[min, max]` per level.
    #[serde(deserialize_with = "unique_map")]
    pub ranges: BTreeMap<String, [u64; 2]>,
}

/// A rating on the 0–5 scale (see the README, "The rating scale").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, JsonSchema)]
#[schemars(transparent)]
pub struct Rating(#[schemars(range(min = 0, max = 5))] pub u8);

impl<'de> Deserialize<'de> for Rating {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_i128(InRange("rating", 0)).map(Rating)
    }
}

/// Checks the range inside the visitor, so the YAML parser attaches the
/// position of the offending scalar to the error.
struct InRange(&'static str, u8);

impl serde::de::Visitor<'_> for InRange {
    type Value = u8;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "an integer from {} to 5", self.1)
    }
    fn visit_i64<E: serde::de::Error>(self, n: i64) -> Result<u8, E> {
        self.check(n)
    }
    fn visit_u64<E: serde::de::Error>(self, n: u64) -> Result<u8, E> {
        self.check(n)
    }
    // serde_yaml hands integers beyond 64 bits to these.
    fn visit_i128<E: serde::de::Error>(self, n: i128) -> Result<u8, E> {
        self.check(n)
    }
    fn visit_u128<E: serde::de::Error>(self, n: u128) -> Result<u8, E> {
        self.check(n)
    }
}

impl InRange {
    fn check<N, E>(self, n: N) -> Result<u8, E>
    where
        N: Copy + fmt::Display + TryInto<u8>,
        E: serde::de::Error,
    {
        match n.try_into() {
            Ok(v) if (self.1..=5).contains(&v) => Ok(v),
            _ => Err(E::custom(format_args!(
                "{} {n} is out of range {}..=5",
                self.0, self.1
            ))),
        }
    }
}

impl fmt::Display for Rating {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// How much a skill matters for the role, 1–5.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, JsonSchema)]
#[schemars(transparent)]
pub struct Importance(#[schemars(range(min = 1, max = 5))] pub u8);

impl<'de> Deserialize<'de> for Importance {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_i128(InRange("importance", 1)).map(Importance)
    }
}

/// Deserializes a map and rejects a key given twice (serde's own map impls keep the last).
pub(crate) fn unique_map<'de, D, K, V>(d: D) -> Result<BTreeMap<K, V>, D::Error>
where
    D: Deserializer<'de>,
    K: Deserialize<'de> + Ord + fmt::Display,
    V: Deserialize<'de>,
{
    struct Visit<K, V>(std::marker::PhantomData<(K, V)>);
    impl<'de, K, V> serde::de::Visitor<'de> for Visit<K, V>
    where
        K: Deserialize<'de> + Ord + fmt::Display,
        V: Deserialize<'de>,
    {
        type Value = BTreeMap<K, V>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a mapping")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(
            self,
            mut map: A,
        ) -> Result<Self::Value, A::Error> {
            let mut out = BTreeMap::new();
            while let Some((k, v)) = map.next_entry::<K, V>()? {
                if out.contains_key(&k) {
                    return Err(serde::de::Error::custom(format_args!(
                        "duplicate key `{k}`"
                    )));
                }
                out.insert(k, v);
            }
            Ok(out)
        }
    }
    d.deserialize_map(Visit(std::marker::PhantomData))
}

/// `^[a-z0-9]+(-[a-z0-9]+)*$`, at most 64 characters: the pattern of guide, skill and step ids.
/// One pass over the bytes: `validate` runs this on every id of every guide.
pub fn is_valid_id(id: &str) -> bool {
    let mut after_dash = true; // the start is treated like a dash: no dash may follow it
    for &b in id.as_bytes() {
        match b {
            b'a'..=b'z' | b'0'..=b'9' => after_dash = false,
            b'-' if !after_dash => after_dash = true,
            _ => return false,
        }
    }
    !after_dash && id.len() <= 64
}

impl Guide {
    /// Text written over several lines (a YAML `|` block) as one paragraph:
    /// careerctl lays text out itself, and a line break kept in a name or a
    /// description would show escaped (`\n`) on a terminal. Ids, URLs and
    /// numbers are left as they are.
    pub fn fold_lines(&mut self) {
        fn fold(s: &mut String) {
            if s.trim_end().contains('\n') {
                *s = s.split_whitespace().collect::<Vec<_>>().join(" ");
            }
        }
        let texts = [&mut self.title, &mut self.summary]
            .into_iter()
            .chain(self.source.as_mut())
            .chain(self.responsibilities.iter_mut())
            .chain(self.development_suggestions.iter_mut())
            .chain(self.next_steps.iter_mut().map(|n| &mut n.text))
            .chain(self.sources.iter_mut().map(|s| &mut s.title));
        texts.for_each(fold);
        for skill in &mut self.skills {
            fold(&mut skill.name);
            fold(&mut skill.description);
            skill.anchors.values_mut().for_each(fold);
            skill.resources.iter_mut().for_each(|r| fold(&mut r.title));
        }
        if let Some(market) = &mut self.market {
            market.demand.iter_mut().for_each(fold);
            market.employers.iter_mut().for_each(fold);
            market.sectors.iter_mut().for_each(fold);
        }
    }

    /// Whether an entry of `sources` backs `part` of the guide.
    pub fn covered(&self, part: Covers) -> bool {
        self.sources.iter().any(|s| s.covers.contains(&part))
    }

    /// The first source that backs `part`.
    pub fn source_of(&self, part: Covers) -> Option<&Source> {
        self.sources.iter().find(|s| s.covers.contains(&part))
    }

    pub fn skill(&self, id: &str) -> Option<&Skill> {
        self.skills.iter().find(|s| s.id == id)
    }

    /// The default level: the middle one, the lower of the two middle ones for an even count.
    pub fn default_level(&self) -> &str {
        &self.levels[(self.levels.len() - 1) / 2]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_pattern() {
        for ok in ["a", "backend-developer", "l2-support", "x9"] {
            assert!(is_valid_id(ok), "{ok}");
        }
        let long = "a".repeat(65);
        for bad in [
            "",
            "-a",
            "a-",
            "a--b",
            "A",
            "a_b",
            "../etc/passwd",
            "a b",
            "é",
            long.as_str(),
        ] {
            assert!(!is_valid_id(bad), "{bad}");
        }
    }

    /// Integers past 64 bits are out of range like any other, with the
    /// number as written; ratings as JSON map keys (strings) still read.
    #[test]
    fn big_integers_are_out_of_range() {
        let e = serde_yaml::from_str::<Rating>("99999999999999999999999").unwrap_err();
        assert!(
            e.to_string()
                .starts_with("rating 99999999999999999999999 is out of range 0..=5"),
            "{e}"
        );
        let e = serde_yaml::from_str::<Importance>("18446744073709551617").unwrap_err();
        assert!(
            e.to_string()
                .starts_with("importance 18446744073709551617 is out of range 1..=5"),
            "{e}"
        );
        let keys: BTreeMap<Rating, String> = serde_json::from_str(r#"{"3": "x"}"#).unwrap();
        assert_eq!(keys.keys().next(), Some(&Rating(3)));
    }

    /// The pattern read as words joined by single dashes, the way the docs state it.
    fn by_the_words(id: &str) -> bool {
        id.len() <= 64
            && id.split('-').all(|word| {
                !word.is_empty()
                    && word
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            })
    }

    proptest::proptest! {
        #[test]
        fn id_pattern_matches_its_definition(id in "(-|[a-z0-9]{1,6}|[a-z0-9]{1,6}-|[A-Z_ é]){0,20}") {
            proptest::prop_assert_eq!(is_valid_id(&id), by_the_words(&id));
        }
    }
}
