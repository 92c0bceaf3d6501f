//! The rules of issue 14 that can be checked on the built-in guides as data:
//! every claim has a source or is labelled judgement, ladders rise sensibly,
//! one skill id means one thing in every guide, and steps fit their skills.
//! (`validate --strict` on the set is in tests/career.rs.)

mod common;

use std::collections::BTreeMap;

use careerctl::guide::Guide;
use careerctl::guide::model::Covers;

/// Every guide under guides/, by id.
fn guides() -> BTreeMap<String, Guide> {
    let dir = common::root().join("guides");
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "yaml") {
            let text = std::fs::read_to_string(&path).unwrap();
            let g: Guide =
                serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            out.insert(g.id.clone(), g);
        }
    }
    assert_eq!(out.len(), 11, "the built-in set: {:?}", out.keys());
    out
}

/// The seed guide is the only source that says which skills are often
/// missing; the guides written for careerctl flag none.
#[test]
fn no_skill_is_flagged_often_missing_without_a_source() {
    for (id, g) in guides() {
        let flagged: Vec<&str> = (g.skills.iter())
            .filter(|s| s.often_missing)
            .map(|s| s.id.as_str())
            .collect();
        if !flagged.is_empty() {
            let source = g.source_of(Covers::OftenMissing);
            assert!(source.is_some(), "{id} flags {flagged:?} with no source");
            assert_ne!(
                source.unwrap().id,
                "careerctl",
                "{id}: the project's judgement is no source for a fact"
            );
        }
    }
}

/// Every guide names its sources. The ones written for careerctl take their
/// summary and responsibilities from named public role descriptions (with an
/// address to check them at) and say that the rest is the project's
/// judgement.
#[test]
fn every_guide_names_its_sources() {
    for (id, g) in guides() {
        assert!(!g.sources.is_empty(), "{id} has no sources");
        if id == "backend-developer" {
            continue;
        }
        for part in [Covers::Summary, Covers::Responsibilities] {
            let s = g
                .source_of(part)
                .unwrap_or_else(|| panic!("{id}: no source for {part:?}"));
            assert_ne!(
                s.id, "careerctl",
                "{id}: {part:?} should follow a public source"
            );
        }
        for s in g.sources.iter().filter(|s| s.id != "careerctl") {
            let url = s.url.as_deref().unwrap_or("");
            assert!(url.starts_with("https://"), "{id}/{}: {url:?}", s.id);
            assert!(s.publisher.is_some(), "{id}/{}: no publisher", s.id);
            assert!(!s.covers.is_empty(), "{id}/{}: covers nothing", s.id);
        }
        let own = (g.sources.iter().find(|s| s.id == "careerctl"))
            .unwrap_or_else(|| panic!("{id}: the project's judgement is not labelled"));
        for part in [Covers::Importance, Covers::Required, Covers::Levels] {
            assert!(own.covers.contains(&part), "{id}: {part:?}");
        }
        let source = g.source.as_deref().unwrap_or("");
        assert!(source.contains("careerctl project judgement"), "{id}");
        if g.levels != ["entry", "mid", "senior"] {
            assert!(source.contains("level names"), "{id}: {source}");
        }
        assert!(g.market.is_none(), "{id}: market figures with no source");
    }
}

/// The comment above `responsibilities:` maps each public source to the
/// lines it backs (`# id: 1-3, 6; other: 2`). The map names exactly the
/// sources that claim the responsibilities, and every line has a source, so
/// a line added without one, or a source cited for nothing, fails here.
#[test]
fn every_responsibility_line_has_a_source_in_the_map() {
    const MAP: &str = "# Which source backs which responsibility line (1 = first):";
    for (id, g) in guides() {
        if id == "backend-developer" {
            continue;
        }
        let path = common::root().join(format!("guides/{id}.yaml"));
        let text = std::fs::read_to_string(&path).unwrap();
        let after = &text[text.find(MAP).unwrap_or_else(|| panic!("{id}: no map")) + MAP.len()..];
        let map: String = (after.lines())
            .take_while(|l| l.starts_with('#') || l.trim().is_empty())
            .map(|l| l.trim_start_matches('#'))
            .collect::<Vec<_>>()
            .join(" ");
        let mut backed = std::collections::BTreeSet::new();
        let mut named = std::collections::BTreeSet::new();
        for entry in map.split(';').map(str::trim).filter(|e| !e.is_empty()) {
            let (source, lines) = entry
                .split_once(':')
                .unwrap_or_else(|| panic!("{id}: {entry:?}"));
            named.insert(source.trim().to_string());
            for part in lines.split(',').map(str::trim) {
                let (a, b) = part.split_once('-').unwrap_or((part, part));
                let (a, b): (usize, usize) = (a.parse().unwrap(), b.parse().unwrap());
                assert!(
                    a >= 1 && a <= b && b <= g.responsibilities.len(),
                    "{id}: {part}"
                );
                backed.extend(a..=b);
            }
        }
        let claiming: std::collections::BTreeSet<String> = (g.sources.iter())
            .filter(|s| s.id != "careerctl" && s.covers.contains(&Covers::Responsibilities))
            .map(|s| s.id.clone())
            .collect();
        assert_eq!(named, claiming, "{id}: the map and the sources disagree");
        let all: std::collections::BTreeSet<usize> = (1..=g.responsibilities.len()).collect();
        assert_eq!(backed, all, "{id}: lines without a source");
    }
}

/// Expert (5) is "a recognised authority": a level asks for it on a few
/// skills at most.
#[test]
fn at_most_three_expert_skills_per_level() {
    for (id, g) in guides() {
        for level in &g.levels {
            let experts: Vec<&str> = (g.skills.iter())
                .filter(|s| s.required_at(level) == 5)
                .map(|s| s.id.as_str())
                .collect();
            assert!(experts.len() <= 3, "{id} at {level}: {experts:?}");
        }
    }
}

/// A senior backend developer at the top of that ladder grows into a staff
/// engineer: no shared skill asks for more at senior-iii than at staff.
#[test]
fn senior_backend_does_not_ask_more_than_staff() {
    let all = guides();
    let senior = &all["senior-backend-developer"];
    let staff = &all["staff-engineer"];
    for s in &senior.skills {
        if let Some(t) = staff.skill(&s.id) {
            assert!(
                s.required_at("senior-iii") <= t.required_at("staff"),
                "{}: senior-iii {} above staff {}",
                s.id,
                s.required_at("senior-iii"),
                t.required_at("staff")
            );
        }
    }
}

/// A manager keeps working knowledge of the code, not a practitioner's.
#[test]
fn engineering_manager_hands_on_requirements_fit_the_role() {
    let all = guides();
    let em = &all["engineering-manager"];
    let coding = em.skill("backend-programming").unwrap();
    for level in &em.levels {
        assert!(coding.required_at(level) <= 2, "{level}");
    }
}

/// One skill id, one name and one category, in every guide.
#[test]
fn a_shared_skill_has_one_name_and_category() {
    let mut seen: BTreeMap<String, (String, String, String)> = BTreeMap::new();
    for (id, g) in guides() {
        for s in &g.skills {
            let here = (s.name.clone(), format!("{:?}", s.category), id.clone());
            let first = seen.entry(s.id.clone()).or_insert(here.clone());
            assert_eq!(
                (&first.0, &first.1),
                (&here.0, &here.1),
                "{} in {} and {}",
                s.id,
                first.2,
                id
            );
        }
    }
}

/// Steps name skills the guide has, and every skill has a step.
#[test]
fn steps_name_known_skills_and_every_skill_has_one() {
    for (id, g) in guides() {
        for step in &g.next_steps {
            for s in &step.skills {
                assert!(g.skill(s).is_some(), "{id}: step {} names {s}", step.id);
            }
        }
        for s in &g.skills {
            assert!(
                g.next_steps.iter().any(|step| step.skills.contains(&s.id)),
                "{id}: no step develops {}",
                s.id
            );
        }
    }
}

/// No number of people or years is stated as a norm of the role.
#[test]
fn no_figures_stated_as_norms() {
    let words = "(one|two|three|four|five|six|seven|eight|nine|ten|[0-9]+)";
    let norm = regex_lite(words);
    assert!(norm("a team of five to eight engineers") && norm("a one-to-three-year plan"));
    assert!(norm("the last ten percent") && !norm("regular one-to-ones"));
    for (id, g) in guides() {
        let mut texts: Vec<&str> = vec![&g.summary];
        texts.extend(g.responsibilities.iter().map(String::as_str));
        texts.extend(g.development_suggestions.iter().map(String::as_str));
        texts.extend(g.next_steps.iter().map(|s| s.text.as_str()));
        for s in &g.skills {
            texts.push(&s.description);
            texts.extend(s.anchors.values().map(String::as_str));
        }
        for t in texts {
            assert!(!norm(t), "{id}: a figure stated as a norm: {t}");
        }
    }
}

/// Whether `text` has "N to M" or "N-to-M" (a range stated as a norm) or
/// "N percent" with N one of `words` (an alternation of number words).
fn regex_lite(words: &str) -> impl Fn(&str) -> bool {
    let words: Vec<String> = words
        .trim_matches(|c| c == '(' || c == ')')
        .split('|')
        .filter(|w| !w.contains('['))
        .map(str::to_string)
        .collect();
    move |text: &str| {
        let lower = text.to_lowercase();
        let tokens: Vec<&str> = lower
            .split(|c: char| !c.is_alphanumeric())
            .filter(|t| !t.is_empty())
            .collect();
        let number = |t: &str| words.iter().any(|w| w == t) || t.parse::<u32>().is_ok();
        tokens
            .windows(3)
            .any(|w| number(w[0]) && w[1] == "to" && number(w[2]))
            || tokens.windows(2).any(|w| number(w[0]) && w[1] == "percent")
    }
}
/// A step about handing work to others does not claim to develop writing
/// the code oneself.
#[test]
fn a_delegation_step_does_not_develop_coding() {
    for (id, g) in guides() {
        for step in &g.next_steps {
            if step.text.contains("instead of writing it yourself") {
                assert!(
                    !step.skills.iter().any(|s| s == "backend-programming"),
                    "{id}: {}",
                    step.id
                );
            }
        }
    }
}
/// A saved rating means the same in every guide: a shared skill's anchors
/// are the same text everywhere (role-specific detail is in the description).
#[test]
fn a_shared_skill_has_the_same_anchors_everywhere() {
    let mut seen = BTreeMap::new();
    for (id, g) in guides() {
        for s in &g.skills {
            let (first_guide, first) = seen
                .entry(s.id.clone())
                .or_insert((id.clone(), s.anchors.clone()));
            assert_eq!(
                *first, s.anchors,
                "anchors of {} differ between {first_guide} and {id}",
                s.id
            );
        }
    }
}
