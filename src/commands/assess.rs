//! `careerctl assess ROLE`: collect ratings (answers file, `--rate`, prompts),
//! score them, save the assessment and print the report.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

use crate::cli::{AssessArgs, AssessFormat, Global};
use crate::error::{Error, Result};
use crate::guide::Guide;
use crate::guide::load::read_capped;
use crate::guide::model::is_valid_id;
use crate::output;
use crate::prompt::{Answer, Rater, Terminal};
use crate::ratings::{parse_answers, parse_rate, resolve};
use crate::render;
use crate::render::text::clip;
use crate::report::Report;
use crate::store::{Draft, Store};

pub fn run(g: &Global, args: AssessArgs) -> Result<()> {
    let loaded = crate::commands::library(g).find(&args.role)?;
    let guide = &loaded.guide;
    let level = pick_level(guide, args.level.as_deref())?;
    let store = Store::from_env()?;

    let mut given = BTreeMap::new();
    if let Some(path) = &args.answers {
        let (bytes, name) = read_answers(path)?;
        given.extend(parse_answers(&bytes, &name)?.plain());
    }
    for r in &args.rate {
        let (id, n) = parse_rate(r)?;
        given.insert(id, n);
    }
    // Keys that cannot be a skill id in any guide are dropped, not kept in the profile.
    given.retain(|id, _| {
        let ok = is_valid_id(id);
        if !ok && !g.quiet {
            output::warn(&format!("`{}` is not a skill id; ignored", clip(id, 80)));
        }
        ok
    });
    let (mut ratings, unknown) = resolve(guide, &given);
    // A skill rated under its id and a former id (alias): the id wins.
    let doubled: Vec<&String> = (guide.skills.iter())
        .filter(|s| given.contains_key(&s.id))
        .flat_map(|s| s.aliases.iter().filter(|a| given.contains_key(*a)))
        .collect();
    if !doubled.is_empty() && !g.quiet {
        output::warn(&format!(
            "rated under both a skill's id and its former id: {}; the id's rating is used",
            crate::render::text::quoted_list(&doubled, 10)
        ));
    }
    if !unknown.is_empty() && !g.quiet {
        output::warn(&format!(
            "guide {} has no skill {}; kept for other guides",
            guide.id,
            crate::render::text::quoted_list(&unknown, 10)
        ));
    }

    if args.answers.is_none() && Terminal::available() {
        let profile = store.profile().unwrap_or_else(|e| {
            output::warn(&format!("{e}; not using it for defaults"));
            Default::default()
        });
        let (defaults, _) = resolve(guide, &profile.ratings);
        let session = Session {
            guide,
            level: &level,
            store: &store,
            resume: args.resume,
            only_missing: args.only_missing,
        };
        ratings = crate::prompt::attended(|| session.run(&mut Terminal, ratings, &defaults))?;
    } else if args.assume_unrated.is_none() {
        let missing: Vec<&str> = (guide.skills.iter())
            .filter(|s| !ratings.contains_key(&s.id))
            .map(|s| s.id.as_str())
            .collect();
        if !missing.is_empty() {
            let width = crate::output::width_of(crate::output::Stream::Stderr).unwrap_or(80);
            let wrap = crate::render::text::wrap;
            return Err(Error::Usage(format!(
                "no rating for {} of {} skills of {}\n{}\n{}\n{}",
                missing.len(),
                guide.skills.len(),
                guide.id,
                wrap(
                    "On a terminal careerctl would ask for each of them; here stdin or \
                     stderr is not a terminal, so it cannot ask. Missing:",
                    width,
                    "",
                    ""
                ),
                wrap(&missing.join(", "), width, "  ", "  "),
                wrap(
                    "hint: rate them in an answers file (--answers FILE, \
                     `ratings: {ID: 0..5}`) or with --rate ID=N, or score them as N \
                     with --assume-unrated N",
                    width,
                    "",
                    "      "
                ),
            )));
        }
    }

    // History keeps the whole report; `--top` shortens only what is shown.
    let assume = args.assume_unrated.unwrap_or(0);
    let report = Report::new(
        guide,
        loaded.origin.to_string(),
        &level,
        ratings,
        assume,
        None,
        now(),
    );
    if !args.no_save {
        // The profile gets the guide's ids (aliases resolved) and the ids no
        // loaded guide knows, for other guides; never a former id.
        let mut everything = report.ratings.clone();
        everything.extend(unknown.iter().map(|u| (u.clone(), given[u])));
        let (saved, warning) = store.save_assessment(&report, &everything)?;
        if let Some(w) = warning {
            output::warn(&w);
        }
        store.remove_draft(&guide.id)?;
        if g.verbose {
            output::message("saved ", &saved.display().to_string());
        }
    }
    let shown = match args.top {
        Some(_) => Report::new(
            guide,
            report.guide.source.clone(),
            &level,
            report.ratings.clone(),
            assume,
            args.top,
            report.generated_at.clone(),
        ),
        None => report,
    };
    let to_file = args.output.is_some();
    let text = match args.format {
        AssessFormat::Table => render::report::table_text(
            &shown,
            if to_file {
                None
            } else {
                output::width_of(output::Stream::Stdout)
            },
            !to_file && output::use_color(g.color),
        ),
        AssessFormat::Markdown => render::report::markdown(&shown),
        AssessFormat::Json => crate::render::json::to_string(&shown),
        AssessFormat::Html => render::html::report(&shown, guide),
        AssessFormat::Svg => render::html::wheel_svg(&shown, guide),
    };
    match &args.output {
        Some(path) => std::fs::write(path, text).map_err(|e| Error::io(path, e)),
        None => output::print(&text),
    }
}

pub fn now() -> String {
    humantime::format_rfc3339_millis(std::time::SystemTime::now()).to_string()
}

fn pick_level(guide: &Guide, wanted: Option<&str>) -> Result<String> {
    match wanted {
        None => Ok(guide.default_level().to_string()),
        Some(l) if guide.levels.iter().any(|x| x == l) => Ok(l.to_string()),
        Some(l) => Err(Error::Usage(format!(
            "guide {} has no level `{}`; its levels are: {}",
            guide.id,
            render::text::clip(l, 40),
            guide.levels.join(", ")
        ))),
    }
}

/// Reads an answers file, `-` meaning stdin. Returns the bytes and the name for messages.
pub fn read_answers(path: &Path) -> Result<(Vec<u8>, String)> {
    if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .take(crate::guide::yaml::MAX_BYTES as u64 + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| Error::io("<stdin>", e))?;
        return Ok((bytes, "<stdin>".into()));
    }
    // The answers file is input, like a guide: not being able to read it
    // is a usage error (exit 2); exit 3 is for the data dir and the output.
    let bytes = read_capped(path).map_err(|e| match e {
        Error::Io { source, .. } => {
            let why = match source.kind() {
                std::io::ErrorKind::NotFound => "no such file".to_string(),
                std::io::ErrorKind::IsADirectory => {
                    "is a directory; expected a YAML or JSON file".to_string()
                }
                _ => format!("cannot read it: {source}"),
            };
            Error::Usage(format!("answers file {}: {why}", path.display()))
        }
        e => e,
    })?;
    Ok((bytes, path.display().to_string()))
}

/// One interactive assessment: which skills to ask, with which defaults, and
/// what to keep when it is interrupted.
pub struct Session<'a> {
    pub guide: &'a Guide,
    pub level: &'a str,
    pub store: &'a Store,
    pub resume: bool,
    pub only_missing: bool,
}

impl Session<'_> {
    /// Asks for every skill not rated yet. `defaults` are the profile's
    /// ratings. On Ctrl-C the answers so far are saved as a draft.
    pub fn run(
        &self,
        rater: &mut dyn Rater,
        mut ratings: BTreeMap<String, u8>,
        defaults: &BTreeMap<String, u8>,
    ) -> Result<BTreeMap<String, u8>> {
        let mut skipped = Vec::new();
        if let Some(draft) = self.store.draft(&self.guide.id).unwrap_or(None)
            && (self.resume || rater.resume(&self.guide.id, draft.ratings.len())?)
        {
            for (id, n) in draft.ratings {
                ratings.entry(id).or_insert(n);
            }
            skipped = draft.skipped;
        }
        if self.only_missing {
            for (id, n) in defaults {
                ratings.entry(id.clone()).or_insert(*n);
            }
        }
        let todo: Vec<_> = (self.guide.skills.iter())
            .filter(|s| !ratings.contains_key(&s.id) && !skipped.contains(&s.id))
            .collect();
        for (n, skill) in todo.iter().enumerate() {
            match rater.rate(skill, n + 1, todo.len(), defaults.get(&skill.id).copied()) {
                Ok(Answer::Rating(r)) => {
                    ratings.insert(skill.id.clone(), r);
                }
                Ok(Answer::Skip) => skipped.push(skill.id.clone()),
                Err(Error::Interrupted) => {
                    crate::prompt::restore_terminal();
                    self.store.save_draft(&Draft {
                        schema_version: 1,
                        guide: self.guide.id.clone(),
                        level: self.level.to_string(),
                        ratings,
                        skipped,
                    })?;
                    return Err(Error::Interrupted);
                }
                Err(e) => return Err(e),
            }
        }
        Ok(ratings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::load::{builtin_text, parse_checked};
    use crate::prompt::Scripted;

    fn guide() -> Guide {
        let text = builtin_text("backend-developer").unwrap();
        parse_checked(text.as_bytes(), None, "backend-developer").unwrap()
    }

    fn session<'a>(g: &'a Guide, store: &'a Store) -> Session<'a> {
        Session {
            guide: g,
            level: "mid",
            store,
            resume: false,
            only_missing: false,
        }
    }

    #[test]
    fn asks_every_unrated_skill_with_the_profile_default() {
        let g = guide();
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path().into());
        let given = BTreeMap::from([("sql".to_string(), 4)]);
        let defaults = BTreeMap::from([("api-design".to_string(), 2)]);
        let mut answers: Vec<_> = (0..18).map(|_| Some(Answer::Rating(3))).collect();
        answers[1] = Some(Answer::Skip);
        let mut rater = Scripted::new(answers);
        let out = session(&g, &store)
            .run(&mut rater, given, &defaults)
            .unwrap();
        assert_eq!(rater.asked.len(), 18, "sql was given, the rest asked");
        assert!(rater.asked.iter().all(|(id, _)| id != "sql"));
        let api = rater
            .asked
            .iter()
            .find(|(id, _)| id == "api-design")
            .unwrap();
        assert_eq!(api.1, Some(2), "the profile's rating is the default");
        assert_eq!(out.len(), 18, "one skipped skill stays unrated");
        assert_eq!(out["sql"], 4);
        assert!(!out.contains_key(&rater.asked[1].0));
    }

    #[test]
    fn interrupt_keeps_a_draft_and_resume_continues_it() {
        let g = guide();
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path().into());
        let mut rater = Scripted::new([Some(Answer::Rating(1)), Some(Answer::Skip), None]);
        let err = session(&g, &store)
            .run(&mut rater, BTreeMap::new(), &BTreeMap::new())
            .unwrap_err();
        assert!(matches!(err, Error::Interrupted));
        let draft = store.draft(&g.id).unwrap().expect("a draft was saved");
        assert_eq!(draft.ratings.len(), 1);
        assert_eq!(draft.skipped.len(), 1);

        // Declining the draft asks everything again.
        let mut rater = Scripted::new((0..19).map(|_| Some(Answer::Rating(2))));
        session(&g, &store)
            .run(&mut rater, BTreeMap::new(), &BTreeMap::new())
            .unwrap();
        assert_eq!(rater.asked.len(), 19);

        // Resuming asks only what the draft does not have.
        let mut rater = Scripted::new((0..17).map(|_| Some(Answer::Rating(2))));
        rater.resume = true;
        let out = session(&g, &store)
            .run(&mut rater, BTreeMap::new(), &BTreeMap::new())
            .unwrap();
        assert_eq!(rater.asked.len(), 17);
        assert_eq!(out[&g.skills[0].id], 1, "the drafted answer is kept");
        assert_eq!(out.len(), 18, "the drafted skip stays skipped");
    }

    #[test]
    fn only_missing_asks_what_the_profile_lacks() {
        let g = guide();
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path().into());
        let defaults: BTreeMap<String, u8> =
            g.skills.iter().skip(2).map(|s| (s.id.clone(), 3)).collect();
        let mut rater = Scripted::new([Some(Answer::Rating(5)), Some(Answer::Rating(4))]);
        let mut s = session(&g, &store);
        s.only_missing = true;
        let out = s.run(&mut rater, BTreeMap::new(), &defaults).unwrap();
        assert_eq!(rater.asked.len(), 2);
        assert_eq!(out.len(), 19);
    }
}
