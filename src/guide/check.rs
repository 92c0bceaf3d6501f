//! Semantic checks of a guide (README, "`validate`"), on the parsed model.
//! Pure: no I/O. Each issue carries the key path it is about; the caller turns
//! the path into a line and column from the parse ([`super::schema::Pos`]).

// foldhash rather than std's SipHash: the keys are ids from the files being
// checked, and hashing them was a visible share of checking a valid guide.
use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};

use super::model::{Category, Covers, Guide, SCHEMA_VERSION, is_valid_id};
use super::yaml::Path;
use crate::render::text::{clip, quoted_list};

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, schemars::JsonSchema,
)]
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
    check_sources(g, &mut out);
    check_sourced(g, &mut out);
    out
}

/// Source ids follow the id pattern and are unique: they are how a reader
/// (and a later format) refers to a source.
fn check_sources(g: &Guide, out: &mut Vec<Issue>) {
    let mut seen = HashSet::new();
    for (i, source) in g.sources.iter().enumerate() {
        let at = Path::root().key("sources").index(i).key("id");
        if !is_valid_id(&source.id) {
            out.push(error(at, "id-pattern", id_message("source id", &source.id)));
        } else if !seen.insert(source.id.as_str()) {
            out.push(error(
                at,
                "duplicate-source",
                format!("source id {} is used twice", q(&source.id)),
            ));
        }
    }
}

/// Claims a reader takes as facts about the job market or the role need a
/// named source (README, "Guides"): flags of skills often missing, salary
/// and demand.
fn check_sourced(g: &Guide, out: &mut Vec<Issue>) {
    let flagged: Vec<usize> = (g.skills.iter().enumerate())
        .filter(|(_, s)| s.often_missing)
        .map(|(i, _)| i)
        .collect();
    if let Some(&first) = flagged.first()
        && !g.covered(Covers::OftenMissing)
    {
        let more = match flagged.len() {
            1 => " is".to_string(),
            2 => " and 1 other skill are".to_string(),
            n => format!(" and {} other skills are", n - 1),
        };
        out.push(warning(
            Path::root()
                .key("skills")
                .index(first)
                .key("often_missing"),
            "unsourced-often-missing",
            format!(
                "skill {}{more} flagged often missing, but no entry of `sources` covers `often_missing`",
                q(&g.skills[first].id)
            ),
        ));
    }
    let Some(market) = &g.market else { return };
    let at = Path::root().key("market");
    if market.salary.is_some() && !g.covered(Covers::Salary) {
        out.push(warning(
            at.key("salary"),
            "unsourced-market",
            "salary figures, but no entry of `sources` covers `salary`".into(),
        ));
    }
    if market.demand.is_some() && !g.covered(Covers::Demand) {
        out.push(warning(
            at.key("demand"),
            "unsourced-market",
            "a demand statement, but no entry of `sources` covers `demand`".into(),
        ));
    }
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

// Paths are built only for issues: checking thousands of valid guides
// should not allocate a path per key.
fn check_skills(g: &Guide, out: &mut Vec<Issue>) {
    let developed: HashSet<&str> = g
        .next_steps
        .iter()
        .flat_map(|s| s.skills.iter().map(String::as_str))
        .collect();
    let skill_at = |i: usize| Path::root().key("skills").index(i);
    // Where an id or alias is: (skill, None) for an id, (skill, Some(j)) for aliases[j].
    let place = |(i, alias): (usize, Option<usize>)| match alias {
        None => skill_at(i).key("id"),
        Some(j) => skill_at(i).key("aliases").index(j),
    };
    let mut ids: HashMap<&str, (usize, Option<usize>)> = HashMap::with_capacity(g.skills.len());
    for (i, skill) in g.skills.iter().enumerate() {
        let names = std::iter::once(((i, None), &skill.id)).chain(
            skill
                .aliases
                .iter()
                .enumerate()
                .map(|(j, a)| ((i, Some(j)), a)),
        );
        for (here, id) in names {
            if !is_valid_id(id) {
                out.push(error(place(here), "id-pattern", id_message("skill id", id)));
            } else if let Some(&first) = ids.get(id.as_str()) {
                out.push(error(
                    place(here),
                    "duplicate-skill",
                    format!("skill id {} is already used at {}", q(id), place(first)),
                ));
            } else {
                ids.insert(id, here);
            }
        }
        let required = || skill_at(i).key("required");
        // One lookup per level finds the missing levels and the drops.
        let mut missing: Vec<&String> = Vec::new();
        let mut drops = Vec::new();
        let mut previous: Option<(&str, u8)> = None;
        for level in &g.levels {
            let Some(r) = skill.required.get(level) else {
                missing.push(level);
                continue;
            };
            if let Some((prev_level, prev)) = previous
                && r.0 < prev
            {
                drops.push(warning(
                    required().key(level),
                    "required-decreases",
                    format!(
                        "required rating drops from {prev} at {prev_level} to {} at {level}",
                        r.0
                    ),
                ));
            }
            previous = Some((level, r.0));
        }
        if !missing.is_empty() {
            out.push(error(
                required(),
                "required-levels",
                format!("required level missing for {}", quoted_list(&missing, 5)),
            ));
        }
        // One issue for all extra keys, however many: a file with thousands
        // of them should not print thousands of lines.
        let extra: Vec<&String> = (skill.required.keys())
            .filter(|l| !g.levels.contains(l))
            .collect();
        if let Some(first) = extra.first() {
            out.push(error(
                required().key(first.as_str()),
                "required-levels",
                format!(
                    "{} {} not a level of this guide (levels: {})",
                    quoted_list(&extra, 5),
                    if extra.len() == 1 { "is" } else { "are" },
                    clip(&g.levels.join(", "), 200)
                ),
            ));
        }
        out.append(&mut drops);
        // A guide without next steps (a minimal guide) has no plan to develop skills with.
        if !g.next_steps.is_empty() && !developed.contains(skill.id.as_str()) {
            out.push(warning(
                skill_at(i),
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

/// The checks across guides, fed one guide at a time in any order, so that
/// checking thousands of files keeps only a compact index: each skill id's
/// names with the (guide, skill) places that use them, each guide's id and
/// career links. Guides are numbered by their position in the output order;
/// the lowest number wins where "first" matters.
#[derive(Debug, Default)]
pub struct Across {
    /// The guide ids and career targets, end to end in one buffer: thousands
    /// of small strings kept alive among the parser's would slow down every
    /// allocation after them.
    text: String,
    /// (guide number, its id in `text`), for the guides that parsed.
    guides: Vec<(usize, Span)>,
    /// (guide number, `leads_to` or `transitions`, index in that list, target id in `text`).
    links: Vec<(usize, &'static str, usize, Span)>,
    /// Skill id → its names → places (guide number, skill index).
    names: HashMap<String, Vec<(String, Places)>>,
    /// Skill id → its categories → places, as for names.
    categories: HashMap<String, Vec<(Category, Places)>>,
    /// The ids of the reference guides, by number − REFERENCE.
    references: Vec<String>,
}

/// Where a string is in [`Across::text`]: start and end.
type Span = (usize, usize);

/// The places of `name` among one skill id's names (or categories); an
/// empty list for a new one.
fn places_named<'a, V, Q>(names: &'a mut Vec<(V, Places)>, name: &Q) -> &'a mut Places
where
    V: std::borrow::Borrow<Q>,
    Q: PartialEq + ToOwned<Owned = V> + ?Sized,
{
    let at = match names.iter().position(|(x, _)| x.borrow() == name) {
        Some(at) => at,
        None => {
            names.push((name.to_owned(), Vec::new()));
            names.len() - 1
        }
    };
    &mut names[at].1
}

/// Guide numbers from here on are reference guides (see [`Across::add_reference`]).
const REFERENCE: usize = 1 << 31;

/// Where a skill name is used: (guide number, index in its `skills`).
/// 32 bits each: the index holds one entry per skill of every guide checked.
type Places = Vec<(u32, u32)>;

impl Across {
    fn keep(&mut self, s: &str) -> Span {
        let start = self.text.len();
        self.text.push_str(s);
        (start, self.text.len())
    }

    fn str(&self, (start, end): Span) -> &str {
        &self.text[start..end]
    }

    /// The ids of the guides added.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.guides.iter().map(|&(_, id)| self.str(id))
    }

    /// Adds a guide that is loaded but not being checked (a built-in one, when
    /// checking named files): its skill names are the reference for the
    /// checked files, and it gets no findings of its own.
    pub fn add_reference(&mut self, g: &Guide) {
        let n = REFERENCE + self.references.len();
        self.references.push(g.id.clone());
        self.add_names(n, g);
    }

    /// Adds guide number `n`, a guide being checked.
    pub fn add(&mut self, n: usize, g: &Guide) {
        debug_assert!(n < REFERENCE);
        self.add_names(n, g);
        let id = self.keep(&g.id);
        self.guides.push((n, id));
        let lists = [
            ("leads_to", &g.career.leads_to),
            ("transitions", &g.career.transitions),
        ];
        for (list, targets) in lists {
            for (i, target) in targets.iter().enumerate() {
                let target = self.keep(target);
                self.links.push((n, list, i, target));
            }
        }
    }

    /// Takes in an index built from other guides (on another thread), whose
    /// guide numbers are distinct from this one's.
    pub fn merge(&mut self, other: Across) {
        debug_assert!(other.references.is_empty());
        let offset = self.text.len();
        let shift = |(start, end): Span| (start + offset, end + offset);
        self.text.push_str(&other.text);
        (self.guides).extend(other.guides.into_iter().map(|(n, id)| (n, shift(id))));
        (self.links).extend(
            (other.links.into_iter()).map(|(n, list, i, target)| (n, list, i, shift(target))),
        );
        for (id, names) in other.names {
            let mine = self.names.entry(id).or_default();
            for (name, places) in names {
                places_named(mine, name.as_str()).extend(places);
            }
        }
        for (id, categories) in other.categories {
            let mine = self.categories.entry(id).or_default();
            for (category, places) in categories {
                places_named(mine, &category).extend(places);
            }
        }
    }

    fn add_names(&mut self, n: usize, g: &Guide) {
        for (i, skill) in g.skills.iter().enumerate() {
            // Allocates only for a new id: most are known already.
            let names = match self.names.get_mut(skill.id.as_str()) {
                Some(names) => names,
                None => self.names.entry(skill.id.clone()).or_default(),
            };
            places_named(names, skill.name.as_str()).push((n as u32, i as u32));
            // A skill with no category conflicts with none.
            let Some(category) = &skill.category else {
                continue;
            };
            let categories = match self.categories.get_mut(skill.id.as_str()) {
                Some(categories) => categories,
                None => self.categories.entry(skill.id.clone()).or_default(),
            };
            places_named(categories, category).push((n as u32, i as u32));
        }
    }

    /// Every issue as (guide number, issue), in guide order. `known` holds
    /// every guide id that resolves; `duplicates` says whether a guide id used
    /// twice is worth a warning (not when checking the search path, where
    /// shadowing is intended); `file` names a guide by its number.
    pub fn finish(
        mut self,
        known: &std::collections::HashSet<String>,
        duplicates: bool,
        file: impl Fn(usize) -> String,
    ) -> Vec<(usize, Issue)> {
        let mut out = Vec::new();
        self.guides.sort_unstable();
        let mut first_of_id: HashMap<&str, usize> = HashMap::new();
        for &(n, id) in &self.guides {
            let id = self.str(id);
            match first_of_id.get(id) {
                Some(&first) if duplicates => out.push((
                    n,
                    warning(
                        Path::root().key("id"),
                        "duplicate-guide",
                        format!(
                            "guide id {} is also used by {}",
                            q(id),
                            clip(&file(first), 200)
                        ),
                    ),
                )),
                Some(_) => {}
                None => {
                    first_of_id.insert(id, n);
                }
            }
        }
        for &(n, list, i, target) in &self.links {
            let target = self.str(target);
            if !known.contains(target) {
                out.push((
                    n,
                    warning(
                        Path::root().key("career").key(list).index(i),
                        "unknown-career-id",
                        format!("no loaded guide has the id {}", q(target)),
                    ),
                ));
            }
        }
        out.extend(self.conflicts(&self.names, |id, name, canonical, owner| {
            warning(
                Path::root().key("name"),
                "skill-name-conflict",
                format!(
                    "skill {} is named {} here but {} in guide {}",
                    q(id),
                    q(name),
                    q(canonical),
                    q(owner)
                ),
            )
        }));
        out.extend(
            self.conflicts(&self.categories, |id, category, canonical, owner| {
                warning(
                    Path::root().key("category"),
                    "category-conflict",
                    format!(
                        "skill {} is in category {} here but {} in guide {}",
                        q(id),
                        category_word(*category),
                        category_word(*canonical),
                        q(owner)
                    ),
                )
            }),
        );
        // Guide order, then path order within a guide: a stable output.
        out.sort_by_cached_key(|(n, issue)| (*n, sort_key(&issue.path)));
        out
    }
}

impl Across {
    /// One issue per place where a skill id has another value (name,
    /// category) than its reference value: the first loaded guide's that
    /// uses the id, else the first checked guide's. "First" by (guide number,
    /// skill index), so the choice does not depend on the order in which the
    /// guides were added (one guide can use an id with two values).
    /// `issue(id, value, reference value, reference guide id)` makes the
    /// issue, with a path relative to the skill.
    fn conflicts<V: PartialEq>(
        &self,
        map: &HashMap<String, Vec<(V, Places)>>,
        issue: impl Fn(&str, &V, &V, &str) -> Issue,
    ) -> Vec<(usize, Issue)> {
        let mut out = Vec::new();
        for (id, values) in map {
            if values.len() < 2 {
                continue;
            }
            let is_reference = |x: &&(u32, u32)| x.0 as usize >= REFERENCE;
            let first = |p: &Places, reference: bool| {
                p.iter()
                    .filter(|x| is_reference(x) == reference)
                    .min()
                    .copied()
            };
            let pick = |reference: bool| {
                (values.iter().enumerate())
                    .filter_map(|(k, (_, p))| Some((first(p, reference)?, k)))
                    .min()
            };
            let Some(((owner, _), k)) = pick(true).or_else(|| pick(false)) else {
                continue;
            };
            let canonical = &values[k].0;
            let owner = owner as usize;
            let owner_id = match owner.checked_sub(REFERENCE) {
                Some(k) => &self.references[k],
                None => {
                    let at = self.guides.binary_search_by_key(&owner, |g| g.0);
                    at.map_or("", |at| self.str(self.guides[at].1))
                }
            };
            for (value, places) in values.iter().filter(|(x, _)| x != canonical) {
                let checked = |n: &usize| *n != owner && *n < REFERENCE;
                for (n, i) in places
                    .iter()
                    .map(|&(n, i)| (n as usize, i))
                    .filter(|(n, _)| checked(n))
                {
                    let mut found = issue(id, value, canonical, owner_id);
                    let mut path = Path::root().key("skills").index(i as usize);
                    path.0.extend(found.path.0);
                    found.path = path;
                    out.push((n, found));
                }
            }
        }
        out
    }
}

fn category_word(c: Category) -> &'static str {
    match c {
        Category::Technical => "technical",
        Category::Professional => "professional",
        Category::Domain => "domain",
    }
}

/// Orders paths key by key, list indices by number (`skills[2]` before `skills[10]`).
fn sort_key(path: &Path) -> Vec<(String, usize)> {
    path.0
        .iter()
        .map(|seg| match seg {
            super::yaml::Seg::Key(k) => (k.clone(), 0),
            super::yaml::Seg::Index(i) => (String::new(), *i),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A guide `id` whose skills are (skill id, name) pairs.
    fn guide(id: &str, skills: &[(&str, &str)]) -> Guide {
        let skills: String = (skills.iter())
            .map(|(skill, name)| {
                format!(
                    "  - {{id: {skill}, name: {name}, category: technical, importance: 3, \
                     required: {{entry: 1, mid: 2, senior: 3}}, description: d}}\n"
                )
            })
            .collect();
        let yaml = format!(
            "schema_version: 1\nid: {id}\ntitle: T\nsummary: S\nresponsibilities: [r]\n\
             skills:\n{skills}next_steps: []\ndevelopment_suggestions: []\n\
             career: {{leads_to: [], transitions: []}}\n"
        );
        serde_yaml::from_str(&yaml).unwrap()
    }

    fn conflicts(across: Across) -> Vec<(usize, String)> {
        let known = std::collections::HashSet::new();
        (across
            .finish(&known, true, |n| format!("file {n}"))
            .into_iter())
        .map(|(n, issue)| (n, format!("{} {}", issue.path, issue.message)))
        .collect()
    }

    #[test]
    fn market_and_often_missing_claims_need_a_source_that_covers_them() {
        let mut g = guide("g", &[("s", "S")]);
        g.skills[0].often_missing = true;
        g.market =
            Some(serde_yaml::from_str("{demand: d, salary: {currency: USD, ranges: {}}}").unwrap());
        let codes = |g: &Guide| -> Vec<String> {
            (check_guide(g, None).into_iter())
                .filter(|i| i.code.starts_with("unsourced"))
                .map(|i| format!("{} {}", i.code, i.path))
                .collect()
        };
        assert_eq!(
            codes(&g),
            [
                "unsourced-often-missing skills[0].often_missing",
                "unsourced-market market.salary",
                "unsourced-market market.demand"
            ]
        );
        // A source that covers something else does not count.
        g.sources = serde_yaml::from_str("[{id: a, title: A, covers: [skills, salary]}]").unwrap();
        assert_eq!(
            codes(&g),
            [
                "unsourced-often-missing skills[0].often_missing",
                "unsourced-market market.demand"
            ]
        );
        g.sources[0]
            .covers
            .extend([Covers::OftenMissing, Covers::Demand]);
        assert_eq!(codes(&g), [] as [String; 0]);
    }

    #[test]
    fn source_ids_follow_the_pattern() {
        let mut g = guide("g", &[("s", "S")]);
        g.sources = serde_yaml::from_str("[{id: Bad Id, title: A}, {id: ok, title: B}]").unwrap();
        let found: Vec<String> = (check_guide(&g, None).into_iter())
            .map(|i| format!("{} {}", i.code, i.path))
            .filter(|s| !s.starts_with("skill-without-step"))
            .collect();
        assert_eq!(found, ["id-pattern sources[0].id"]);
    }

    /// One id in two categories: a warning on every guide but the first.
    #[test]
    fn category_conflicts_name_the_first_guide() {
        let g0 = guide("g0", &[("s", "S")]);
        let mut g1 = guide("g1", &[("s", "S")]);
        g1.skills[0].category = Some(Category::Domain);
        let mut across = Across::default();
        across.add(1, &g1);
        across.add(0, &g0);
        assert_eq!(
            conflicts(across),
            vec![(
                1,
                "skills[0].category skill `s` is in category domain here but technical in guide `g0`"
                    .to_string()
            )]
        );
    }

    /// Guide 0 uses one id under two names; guide 1 under the second name.
    /// Whichever order the guides reach the index in, guide 0's first name
    /// is the reference.
    #[test]
    fn the_reference_name_does_not_depend_on_the_order_guides_come_in() {
        let g0 = guide("g0", &[("s", "Bee"), ("s", "Ay")]);
        let g1 = guide("g1", &[("s", "Ay")]);

        let mut in_order = Across::default();
        in_order.add(0, &g0);
        in_order.add(1, &g1);

        let mut first_thread = Across::default();
        first_thread.add(1, &g1);
        let mut second_thread = Across::default();
        second_thread.add(0, &g0);
        first_thread.merge(second_thread);

        let want = vec![(
            1,
            "skills[0].name skill `s` is named `Ay` here but `Bee` in guide `g0`".to_string(),
        )];
        assert_eq!(conflicts(in_order), want);
        assert_eq!(conflicts(first_thread), want);
    }

    /// A loaded (reference) guide's name wins over the checked guides', even
    /// over a checked guide numbered lower.
    #[test]
    fn a_reference_guide_names_the_skill() {
        let mut across = Across::default();
        across.add_reference(&guide("builtin", &[("s", "Ay")]));
        across.add(0, &guide("g0", &[("s", "Bee")]));
        across.add(1, &guide("g1", &[("s", "Ay")]));
        assert_eq!(
            conflicts(across),
            vec![(
                0,
                "skills[0].name skill `s` is named `Bee` here but `Ay` in guide `builtin`"
                    .to_string()
            )]
        );
    }
}
