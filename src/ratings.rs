//! Ratings: the 0–5 scale (README, "The rating scale"), answers files and `--rate`
//! (section 5), and resolving aliases to a guide's skill ids.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::guide::Guide;
use crate::guide::model::Rating;
use crate::guide::{schema, yaml};
use crate::render::text::clip;

/// The scale: (rating, label, meaning).
pub const SCALE: [(u8, &str, &str); 6] = [
    (0, "None", "No exposure yet."),
    (
        1,
        "Aware",
        "Knows the concepts and vocabulary; cannot yet apply them unaided.",
    ),
    (
        2,
        "Working",
        "Does routine tasks with guidance or examples.",
    ),
    (
        3,
        "Practitioner",
        "Works independently on typical problems.",
    ),
    (
        4,
        "Advanced",
        "Handles complex or novel problems; guides others.",
    ),
    (
        5,
        "Expert",
        "Recognised authority; sets direction beyond the team.",
    ),
];

/// An answers file: `ratings: {skill-id: 0..5}`, YAML or JSON.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Answers {
    /// Rating per skill id (or alias), 0–5.
    #[serde(deserialize_with = "crate::guide::model::unique_map")]
    pub ratings: BTreeMap<String, Rating>,
}

impl Answers {
    pub fn plain(&self) -> BTreeMap<String, u8> {
        self.ratings.iter().map(|(k, v)| (k.clone(), v.0)).collect()
    }
}

/// Parses an answers file; errors name the file, line and skill.
pub fn parse_answers(bytes: &[u8], file: &str) -> Result<Answers> {
    let fail = |e: yaml::YamlError| {
        let at = if e.path.is_empty() {
            String::new()
        } else {
            format!(" (at {})", clip(&e.path, 80))
        };
        Error::input(file, e.line, e.column, format!("{}{at}", e.message))
    };
    let text = yaml::check_bytes(bytes).map_err(fail)?;
    if text.trim().is_empty() {
        return Err(Error::input(
            file,
            None,
            None,
            "answers file is empty; expected `ratings: {SKILL: 0..5}`",
        ));
    }
    // Every problem of the file, each on its own line with its place.
    static ROOT: schema::Ty = schema::Ty::Struct(&schema::ANSWERS);
    let parsed = schema::parse_as::<Answers>(text, &ROOT).map_err(fail)?;
    if let Some(error) = schema::problems_error(file, &parsed.problems) {
        return Err(error);
    }
    match parsed.guide {
        Some(answers) => Ok(answers),
        None => yaml::from_str(text).map_err(fail),
    }
}

/// Parses one `--rate ID=N`.
pub fn parse_rate(arg: &str) -> Result<(String, u8)> {
    let bad = || {
        Error::Usage(format!(
            "--rate `{}`: expected SKILL=N with N from 0 to 5, e.g. --rate sql=3",
            clip(arg, 80)
        ))
    };
    let (id, n) = arg.split_once('=').ok_or_else(bad)?;
    let n: u8 = n.trim().parse().map_err(|_| bad())?;
    if n > 5 || id.trim().is_empty() {
        return Err(bad());
    }
    Ok((id.trim().to_string(), n))
}

/// Maps ratings keyed by id or alias onto the guide's skill ids. A skill's own
/// id wins over an alias. Returns the resolved ratings and the ids the guide
/// does not know.
pub fn resolve(guide: &Guide, given: &BTreeMap<String, u8>) -> (BTreeMap<String, u8>, Vec<String>) {
    let mut out = BTreeMap::new();
    let mut unknown = Vec::new();
    for (id, &n) in given {
        if guide.skill(id).is_some() {
            out.insert(id.clone(), n);
        } else if let Some(s) = guide.skills.iter().find(|s| s.aliases.contains(id)) {
            if !given.contains_key(&s.id) {
                out.insert(s.id.clone(), n);
            }
        } else {
            unknown.push(id.clone());
        }
    }
    (out, unknown)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rate_args() {
        assert_eq!(parse_rate("sql=3").unwrap(), ("sql".into(), 3));
        for bad in ["sql", "sql=6", "sql=-1", "=3", "sql=x"] {
            assert!(parse_rate(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn answers_errors_name_line_and_skill() {
        let e = parse_answers(b"ratings:\n  sql: 3\n  api-design: 9\n", "me.yaml").unwrap_err();
        let msg = e.to_string();
        assert!(msg.starts_with("me.yaml:3:"), "{msg}");
        assert!(msg.contains("api-design"), "{msg}");
        assert!(parse_answers(b"{\"ratings\": {\"sql\": 4}}", "a.json").is_ok());
        assert!(parse_answers(b"ratings: {sql: 1, sql: 2}", "a.yaml").is_err());
        assert!(parse_answers(b"", "a.yaml").is_err());
        // Every problem in one run, each on its own line, the typo with a suggestion.
        let e = parse_answers(b"ratings:\n  sql: 7\n  api: x\nratngs: {}\n", "me.yaml")
            .unwrap_err()
            .to_string();
        let lines: Vec<&str> = e.lines().collect();
        assert_eq!(lines.len(), 3, "{e}");
        assert!(
            lines[0].starts_with("me.yaml:2:8: rating 7 is out of range"),
            "{e}"
        );
        assert!(lines[1].starts_with("me.yaml:3:8: invalid type"), "{e}");
        assert!(lines[2].contains("did you mean `ratings`?"), "{e}");
    }
}
