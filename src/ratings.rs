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
    /// Rating per skill id (or alias), 0–5; a skill left blank (null), as
    /// in a `--template` not filled in everywhere, is unrated.
    #[serde(deserialize_with = "crate::guide::model::unique_map")]
    pub ratings: BTreeMap<String, Option<Rating>>,
}

impl Answers {
    /// The ratings given, without the blanks.
    pub fn plain(&self) -> BTreeMap<String, u8> {
        (self.ratings.iter())
            .filter_map(|(k, v)| Some((k.clone(), v.as_ref()?.0)))
            .collect()
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
    // careerctl's own files carry their ratings the same way: a saved
    // report (`assess --format json`, a history entry) or `profile.json`
    // can be re-scored, at another level say. They are told apart from a
    // mistyped answers file by their `schema_version`.
    #[derive(Deserialize)]
    struct Saved {
        #[allow(dead_code)]
        schema_version: u32,
        #[serde(deserialize_with = "crate::guide::model::unique_map")]
        ratings: BTreeMap<String, Rating>,
    }
    if let Ok(saved) = yaml::from_str::<Saved>(text) {
        return Ok(Answers {
            ratings: (saved.ratings.into_iter())
                .map(|(k, v)| (k, Some(v)))
                .collect(),
        });
    }
    // `sql: 3` at the top level: the ratings without their key.
    if let Ok(flat) = yaml::from_str::<BTreeMap<String, Rating>>(text)
        && !flat.is_empty()
    {
        return Err(Error::input(
            file,
            Some(1),
            Some(1),
            "put the ratings under `ratings:` (a line `ratings:`, then `  SKILL: 0..5` indented below it)",
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

/// A commented answers file for `guide`: every skill id with its name and
/// what the ratings mean, a blank to fill in per skill (`assess --template`);
/// a blank left empty is unrated.
pub fn template(guide: &Guide, level: &str) -> String {
    let clean = crate::render::text::clean;
    let mut out = format!(
        "# Answers for {} ({}).\n# Rate each skill from 0 to 5 (a skill left blank is unrated), then:\n#   careerctl assess {} --answers FILE\n#\n",
        clean(&guide.title),
        clean(&guide.id),
        clean(&guide.id)
    );
    for (n, label, meaning) in SCALE {
        out.push_str(&format!("#   {n} {label}: {meaning}\n"));
    }
    out.push_str("ratings:\n");
    for skill in &guide.skills {
        out.push_str(&format!(
            "  # {} (needs {} at {})\n  {}:\n",
            clean(&skill.name),
            skill.required_at(level),
            clean(level),
            skill.id
        ));
    }
    out
}

/// The line (from 1) of an answers file where `key` is given as a block
/// mapping key (`  key: 3` or `  "key": 3`), for messages; none when not found.
pub fn line_of_key(text: &[u8], key: &str) -> Option<usize> {
    let text = std::str::from_utf8(text).ok()?;
    text.lines()
        .position(|line| {
            let t = line.trim_start();
            let rest = match t.strip_prefix('"') {
                Some(r) => r.strip_prefix(key).and_then(|r| r.strip_prefix('"')),
                None => t.strip_prefix(key),
            };
            rest.is_some_and(|r| r.trim_start().starts_with(':'))
        })
        .map(|i| i + 1)
}

/// Parses one `ID=N` given after `flag` (`--rate`, or `profile set`).
pub fn parse_rate(flag: &str, arg: &str) -> Result<(String, u8)> {
    let bad = || {
        Error::Usage(format!(
            "{flag} `{}`: expected SKILL=N with N from 0 to 5, e.g. {flag} sql=3",
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
/// id wins over an alias. Ids the guide does not know are left out.
pub fn resolve(guide: &Guide, given: &BTreeMap<String, u8>) -> BTreeMap<String, u8> {
    // Hashed once: a guide may have many aliases and a file many ids.
    let ids: std::collections::HashSet<&str> = guide.skills.iter().map(|s| s.id.as_str()).collect();
    let mut by_alias: std::collections::HashMap<&str, &str> = std::collections::HashMap::new();
    for s in &guide.skills {
        for a in &s.aliases {
            by_alias.entry(a.as_str()).or_insert(s.id.as_str());
        }
    }
    let mut out = BTreeMap::new();
    for (id, &n) in given {
        if ids.contains(id.as_str()) {
            out.insert(id.clone(), n);
        } else if let Some(skill) = by_alias.get(id.as_str())
            && !given.contains_key(*skill)
        {
            out.insert((*skill).to_string(), n);
        }
    }
    out
}

/// A skill id as typed, made an id: trimmed, lowercase, spaces and
/// underscores as dashes (`Observability` → `observability`, `API design` →
/// `api-design`).
pub fn normalise(id: &str) -> String {
    let lower = id.trim().to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == '_')
        .filter(|w| !w.is_empty())
        .collect();
    words.join("-")
}

/// Every skill id and former id (alias) of the loaded guides, so a rating
/// for any guide's skill is accepted and a typo is not.
#[derive(Debug, Clone, Default)]
pub struct KnownSkills {
    /// id or alias → the skill's id.
    keys: BTreeMap<String, String>,
    /// id → the skill's name and the guide it was first found in.
    names: BTreeMap<String, (String, String)>,
}

impl KnownSkills {
    pub fn new<'a>(guides: impl IntoIterator<Item = &'a Guide>) -> Self {
        let mut known = KnownSkills::default();
        let guides: Vec<&Guide> = guides.into_iter().collect();
        // Ids first, so an id in one guide wins over an alias in another.
        for g in &guides {
            for s in &g.skills {
                known.keys.insert(s.id.clone(), s.id.clone());
                (known.names)
                    .entry(s.id.clone())
                    .or_insert_with(|| (s.name.clone(), g.id.clone()));
            }
        }
        for g in &guides {
            for s in &g.skills {
                for a in &s.aliases {
                    known.keys.entry(a.clone()).or_insert_with(|| s.id.clone());
                }
            }
        }
        known
    }

    /// The key `given` stands for: itself when a guide knows it, else its
    /// normalised form when a guide knows that; else `Err` with `; did you
    /// mean …?` (or nothing) naming the nearest ids.
    pub fn lookup(&self, given: &str) -> std::result::Result<String, String> {
        self.find(given).ok_or_else(|| self.suggest(given))
    }

    /// [`Self::lookup`] without the suggestion.
    pub fn find(&self, given: &str) -> Option<String> {
        if self.keys.contains_key(given) {
            return Some(given.to_string());
        }
        let n = normalise(given);
        self.keys.contains_key(&n).then_some(n)
    }

    /// `; did you mean …?` with the ids nearest to `given`, or nothing.
    pub fn suggest(&self, given: &str) -> String {
        crate::guide::load::did_you_mean(
            &normalise(given),
            self.names.keys().map(String::as_str),
            "",
        )
    }

    /// The skill id of a known id or alias.
    pub fn canonical<'a>(&'a self, key: &'a str) -> &'a str {
        self.keys.get(key).map_or(key, String::as_str)
    }

    /// The skill's name and the first guide that has it.
    pub fn name_and_guide(&self, id: &str) -> Option<(&str, &str)> {
        self.names.get(id).map(|(n, g)| (n.as_str(), g.as_str()))
    }
}

/// Ratings whose ids were checked against the loaded guides.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Checked {
    /// Keyed by a known id or alias.
    pub ratings: BTreeMap<String, u8>,
    /// (as given, what it normalised to) for each key that was not an id as given.
    pub renamed: Vec<(String, String)>,
    /// Each key no guide knows ([`KnownSkills::suggest`] has the nearest ids).
    pub unknown: Vec<String>,
}

/// Checks every key of `given` with [`KnownSkills::lookup`]. Of two keys that
/// normalise to the same id, the one given as the id wins.
pub fn check_ids(known: &KnownSkills, given: &BTreeMap<String, u8>) -> Checked {
    let mut out = Checked::default();
    for (key, &n) in given {
        match known.find(key) {
            Some(k) if k == *key => {
                out.ratings.insert(k, n);
            }
            Some(k) => {
                out.renamed.push((key.clone(), k.clone()));
                if !given.contains_key(&k) {
                    out.ratings.insert(k, n);
                }
            }
            None => out.unknown.push(key.clone()),
        }
    }
    out
}

/// `ID=N` arguments given after `flag` (`--rate`, or `profile set`),
/// checked: an id no loaded guide knows is a usage error naming the nearest
/// ids. Later arguments win.
pub fn check_rates(
    known: &KnownSkills,
    flag: &str,
    args: &[String],
) -> Result<BTreeMap<String, u8>> {
    let mut out = BTreeMap::new();
    for arg in args {
        let (id, n) = parse_rate(flag, arg)?;
        let key = known.lookup(&id).map_err(|hint| {
            Error::Usage(format!(
                "{flag} `{}`: no loaded guide has a skill `{}`{}",
                clip(arg, 80),
                clip(&id, 80),
                if hint.is_empty() {
                    "; `careerctl guides show ROLE` lists a guide's skill ids".to_string()
                } else {
                    hint
                }
            ))
        })?;
        out.insert(key, n);
    }
    Ok(out)
}

/// Checked ratings under their skills' ids (a former id replaced by the id;
/// the id's own rating wins), as the profile keeps them.
pub fn by_id(known: &KnownSkills, ratings: &BTreeMap<String, u8>) -> BTreeMap<String, u8> {
    for_profile(known, &BTreeMap::new(), ratings)
}

/// The former ids (aliases) of `guide` rated alongside their skill's id in
/// `given`: the id's rating is the one used.
pub fn doubled<'a>(guide: &'a Guide, given: &BTreeMap<String, u8>) -> Vec<&'a String> {
    (guide.skills.iter())
        .filter(|s| given.contains_key(&s.id))
        .flat_map(|s| s.aliases.iter().filter(|a| given.contains_key(*a)))
        .collect()
}

/// The profile key `given` names, for removing it: the key itself when the
/// profile has it (a typo kept by an older careerctl included), else the
/// skill id it stands for in the loaded guides when the profile has that;
/// else `Err` with the nearest keys of the profile.
pub fn profile_key<'a>(
    known: &KnownSkills,
    profile: impl Iterator<Item = &'a String> + Clone,
    given: &str,
) -> std::result::Result<String, String> {
    if profile.clone().any(|k| k == given) {
        return Ok(given.to_string());
    }
    let id = known.find(given).map(|k| known.canonical(&k).to_string());
    match id.filter(|k| profile.clone().any(|p| p == k)) {
        Some(k) => Ok(k),
        None => Err(crate::guide::load::did_you_mean(
            &normalise(given),
            profile.map(String::as_str),
            "",
        )),
    }
}

/// What an assessment adds to the profile: the guide's ratings (aliases
/// resolved) and, for other guides, the ratings of skills this guide lacks,
/// under their own ids (never a former id). `given` holds checked keys.
pub fn for_profile(
    known: &KnownSkills,
    scored: &BTreeMap<String, u8>,
    given: &BTreeMap<String, u8>,
) -> BTreeMap<String, u8> {
    let mut out = scored.clone();
    let mut by_alias = Vec::new();
    for (key, &n) in given {
        let id = known.canonical(key);
        if scored.contains_key(id) {
            continue;
        }
        if id == key {
            out.insert(id.to_string(), n);
        } else {
            by_alias.push((id.to_string(), n));
        }
    }
    for (id, n) in by_alias {
        out.entry(id).or_insert(n);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::load::{builtin_text, parse_checked};

    fn guides() -> Vec<Guide> {
        ["backend-developer", "data-engineer"]
            .iter()
            .map(|id| parse_checked(builtin_text(id).unwrap().as_bytes(), None, id).unwrap())
            .collect()
    }

    #[test]
    fn profile_keys_take_kept_typos_and_normalised_ids() {
        let g = guides();
        let known = KnownSkills::new(&g);
        let keys: Vec<String> = vec!["observabilty".into(), "sql".into()];
        assert_eq!(
            profile_key(&known, keys.iter(), "observabilty").unwrap(),
            "observabilty"
        );
        assert_eq!(profile_key(&known, keys.iter(), "SQL").unwrap(), "sql");
        let err = profile_key(&known, keys.iter(), "observability").unwrap_err();
        assert!(err.contains("observabilty"), "{err}");
    }

    #[test]
    fn lines_of_keys() {
        let text = b"ratings:\n  sql: 3\n  observabilty: 2\n";
        assert_eq!(line_of_key(text, "observabilty"), Some(3));
        assert_eq!(line_of_key(b"{\"ratings\": {\n \"x\": 1}}", "x"), Some(2));
        assert_eq!(line_of_key(text, "obs"), None);
    }

    #[test]
    fn normalises_case_and_spaces() {
        assert_eq!(normalise(" Observability "), "observability");
        assert_eq!(normalise("API  Design"), "api-design");
        assert_eq!(normalise("api_design"), "api-design");
    }

    #[test]
    fn lookup_accepts_ids_and_normalised_ids_and_suggests_for_typos() {
        let g = guides();
        let known = KnownSkills::new(&g);
        assert_eq!(known.lookup("observability").unwrap(), "observability");
        assert_eq!(known.lookup("Observability").unwrap(), "observability");
        let hint = known.lookup("observabilty").unwrap_err();
        assert_eq!(known.find("observabilty"), None);
        assert!(hint.contains("observability"), "{hint}");
        assert_eq!(known.lookup("cobol-zzz").unwrap_err(), "");
    }

    #[test]
    fn rate_typos_are_usage_errors_naming_the_nearest_id() {
        let g = guides();
        let known = KnownSkills::new(&g);
        let err = check_rates(&known, "--rate", &["observabilty=3".into()]).unwrap_err();
        assert_eq!(err.exit_code(), 2);
        assert!(
            err.to_string().contains("did you mean `observability`"),
            "{err}"
        );
        let ok = check_rates(
            &known,
            "--rate",
            &["Observability=2".into(), "sql=1".into()],
        )
        .unwrap();
        assert_eq!(
            ok,
            BTreeMap::from([("observability".into(), 2), ("sql".into(), 1)])
        );
    }

    #[test]
    fn checked_ids_keep_the_id_over_its_normalised_twin() {
        let g = guides();
        let known = KnownSkills::new(&g);
        let given = BTreeMap::from([
            ("SQL".to_string(), 1),
            ("sql".to_string(), 4),
            ("Observability".to_string(), 2),
            ("observabilty".to_string(), 3),
        ]);
        let c = check_ids(&known, &given);
        assert_eq!(
            c.ratings,
            BTreeMap::from([("observability".into(), 2), ("sql".into(), 4)])
        );
        assert_eq!(c.unknown.len(), 1);
        assert_eq!(c.renamed.len(), 2);
    }

    #[test]
    fn the_profile_gets_other_guides_ids_never_aliases() {
        let mut g = guides();
        let i = (g[1].skills.iter())
            .position(|s| g[0].skill(&s.id).is_none())
            .expect("data-engineer has a skill backend-developer lacks");
        g[1].skills[i].aliases = vec!["old-name".into()];
        let other = g[1].skills[i].id.clone();
        let known = KnownSkills::new(&g);
        let scored = BTreeMap::from([("sql".to_string(), 3)]);
        let given = BTreeMap::from([("sql".to_string(), 3), ("old-name".to_string(), 2)]);
        let p = for_profile(&known, &scored, &given);
        assert_eq!(p.get(&other), Some(&2), "{p:?}");
        assert!(!p.contains_key("old-name"));
    }

    #[test]
    fn rate_args() {
        assert_eq!(parse_rate("--rate", "sql=3").unwrap(), ("sql".into(), 3));
        for bad in ["sql", "sql=6", "sql=-1", "=3", "sql=x"] {
            assert!(parse_rate("--rate", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_blank_rating_is_unrated() {
        let a = parse_answers(
            b"ratings:\n  sql: 3\n  api-design:\n  testing: ~\n",
            "t.yaml",
        )
        .unwrap();
        assert_eq!(a.plain(), BTreeMap::from([("sql".to_string(), 3)]));
        assert_eq!(a.ratings.len(), 3);
        // A blank is not a way around the range or a second key.
        assert!(parse_answers(b"ratings:\n  sql:\n  sql: 2\n", "t.yaml").is_err());
        assert!(parse_answers(b"ratings:\n  sql:\n  api: 6\n", "t.yaml").is_err());
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
