//! `careerctl assess ROLE`: collect ratings (answers file, `--rate`, prompts),
//! score them, save the assessment and print the report.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

use crate::cli::{AssessArgs, Global, PictureFormat};
use crate::error::{Error, Result};
use crate::guide::Guide;
use crate::guide::load::read_capped;
use crate::output;
use crate::prompt::{Answer, Rater, Terminal};
use crate::ratings::{KnownSkills, check_ids, check_rates, for_profile, parse_answers, resolve};
use crate::render;
use crate::render::text::clip;
use crate::report::Report;
use crate::store::{Draft, Store};

pub fn run(g: &Global, args: AssessArgs) -> Result<()> {
    let library = crate::commands::library(g);
    let loaded = library.find(&args.role)?;
    let guide = &loaded.guide;
    let mut level = pick_level(guide, args.level.as_deref())?;
    if args.template {
        return crate::commands::emit(
            args.output.as_deref(),
            &crate::ratings::template(guide, &level),
        );
    }
    let store = Store::from_env()?;
    if let Some(out) = &args.output {
        let answers = args.answers.as_deref().filter(|a| *a != Path::new("-"));
        crate::commands::check_output(
            out,
            answers.into_iter().map(|a| (a, "the answers file")),
            &store,
        )?;
    }
    // Every loaded guide's skill ids and former ids: a rating for any of
    // them is kept for the other guides, anything else is a typo.
    let all = library.load_all(|e| {
        if g.verbose {
            output::warn(&format!("skipping guide: {e}"));
        }
    });
    let known = KnownSkills::new(all.iter().map(|l| &l.guide).chain([guide]));

    let mut given = BTreeMap::new();
    if let Some(path) = &args.answers {
        let (bytes, name) = read_answers(path)?;
        let checked = check_ids(&known, &parse_answers(&bytes, &name)?.plain());
        if !g.quiet {
            warn_unknown(&name, &bytes, &known, &checked.unknown);
        }
        given.extend(checked.ratings);
    }
    given.extend(check_rates(&known, "--rate", &args.rate)?);
    let mut ratings = resolve(guide, &given);
    // A skill rated under its id and a former id (alias): the id wins.
    let doubled = crate::ratings::doubled(guide, &given);
    if !doubled.is_empty() && !g.quiet {
        output::warn(&format!(
            "rated under both a skill's id and its former id: {}; the id's rating is used",
            crate::render::text::quoted_list(&doubled, 10)
        ));
    }

    let interactive = args.answers.is_none() && Terminal::available();
    // Checked before the first question, so no typed answer is lost to it.
    if !args.no_save && (interactive || args.save) {
        store.check_usable()?;
    }
    let mut prompted = false;
    if interactive {
        let profile = store.profile().unwrap_or_else(|e| {
            output::warn(&format!("{e}; not using it for defaults"));
            Default::default()
        });
        let defaults = resolve(guide, &profile.ratings);
        let session = Session {
            guide,
            level: &level,
            level_given: args.level.is_some(),
            store: &store,
            resume: args.resume,
            only_missing: args.only_missing,
            keep_drafts: !args.no_save,
            quiet: g.quiet,
        };
        let outcome = crate::prompt::attended(|| session.run(&mut Terminal, ratings, &defaults))?;
        ratings = outcome.ratings;
        prompted = outcome.prompted;
        if let Some(l) = outcome.level {
            level = l;
        }
    } else if args.assume_unrated.is_none() {
        let missing: Vec<&str> = (guide.skills.iter())
            .filter(|s| !ratings.contains_key(&s.id))
            .map(|s| s.id.as_str())
            .collect();
        if !missing.is_empty() {
            let width = crate::output::width_of(crate::output::Stream::Stderr).unwrap_or(80);
            let wrap = crate::render::text::wrap;
            let why = if args.answers.is_some() {
                "With --answers careerctl does not ask; the answers file and --rate \
                 left these without a rating. Missing:"
            } else {
                "On a terminal careerctl would ask for each of them; here stdin or \
                 stderr is not a terminal, so it cannot ask. Missing:"
            };
            return Err(Error::Usage(format!(
                "no rating for {} of {} skills of {}\n{}\n{}\n{}",
                missing.len(),
                guide.skills.len(),
                guide.id,
                wrap(why, width, "", ""),
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
    let mut report = Report::new(
        guide,
        loaded.origin.to_string(),
        &level,
        ratings,
        args.assume_unrated.unwrap_or(0),
        None,
        now(),
    );
    report.name = args.name.clone();
    let shown = match args.top {
        Some(n) => report.shortened(guide, n),
        None => report.clone(),
    };
    let out = args.output.as_deref();
    let text = match args.format {
        PictureFormat::Table => render::report::table_text(
            &shown,
            crate::commands::width_for(out),
            crate::commands::color_for(out, g.color),
        ),
        PictureFormat::Markdown => render::report::markdown(&shown),
        PictureFormat::Json => crate::render::json::to_string(&shown),
        PictureFormat::Html => render::html::report(&shown, guide),
        PictureFormat::Svg => render::html::wheel_svg(&shown, guide),
    };
    // To stdout, or to the file `-o` names.
    let emit = |text: &str| crate::commands::emit(args.output.as_deref(), text);
    // Typed answers are saved; a script's are only with --save.
    if !args.no_save && (prompted || args.save) {
        let everything = for_profile(&known, &report.ratings, &given);
        match crate::prompt::holding_signals(|| store.save_assessment(&report, &everything)) {
            Ok((saved, warning)) => {
                if let Some(w) = warning {
                    output::warn(&w);
                }
                // Saved: the draft these prompts answered is done with. A
                // run that asked nothing (--answers, --rate) leaves an
                // interrupted assessment's draft for --resume. A draft that
                // cannot be removed is a warning, not a failure (a retry
                // would save the assessment a second time).
                if prompted && let Err(e) = store.remove_draft(&guide.id) {
                    output::warn(&format!("saved, but the draft stays: {e}"));
                }
                if !g.quiet {
                    output::message(
                        "",
                        &format!(
                            "saved to history ({}); compare later with: careerctl diff {}",
                            crate::clock::local_minute(&report.generated_at),
                            guide.id
                        ),
                    );
                }
                if g.verbose {
                    output::message("saved ", &saved.display().to_string());
                }
            }
            Err(e) => {
                // The report is shown anyway and the answers kept.
                emit(&text)?;
                if let Some(m) = keep_answers(&store, guide, &level, &report.ratings, prompted) {
                    output::message("", &m);
                }
                return Err(e);
            }
        }
    }
    emit(&text)
}

/// One warning per id no loaded guide knows, with the nearest ids; past a
/// few, one line listing them.
fn warn_unknown(file: &str, text: &[u8], known: &KnownSkills, unknown: &[String]) {
    if unknown.len() <= 5 {
        for id in unknown {
            let line = crate::ratings::line_of_key(text, id);
            output::warn(&format!(
                "{}: no loaded guide has a skill `{}`{}; not used or stored",
                crate::error::place(file, line, None),
                clip(id, 80),
                known.suggest(id)
            ));
        }
    } else {
        output::warn(&format!(
            "{file}: no loaded guide has the skills {}; not used or stored",
            crate::render::text::quoted_list(unknown, 5)
        ));
    }
}

/// After a failed save: keeps typed answers as a draft, or, when that fails
/// too, gives them as an answers file. Returns the message to show (none
/// when nothing was typed: the ratings are in the answers file and --rate).
pub fn keep_answers(
    store: &Store,
    guide: &Guide,
    level: &str,
    ratings: &BTreeMap<String, u8>,
    prompted: bool,
) -> Option<String> {
    if !prompted {
        return None;
    }
    let draft = Draft {
        schema_version: 1,
        guide: guide.id.clone(),
        level: level.to_string(),
        ratings: ratings.clone(),
        skipped: Vec::new(),
    };
    if store.save_draft(&draft).is_ok() {
        return Some(format!(
            "your answers are kept as a draft; once the data dir works again: \
             careerctl assess {} --resume",
            guide.id
        ));
    }
    let mut file = String::from("ratings:\n");
    for (id, n) in ratings {
        file.push_str(&format!("  {id}: {n}\n"));
    }
    Some(format!(
        "your answers, as an answers file (save it, then: careerctl assess {} --answers FILE --save):\n{file}",
        guide.id
    ))
}

pub fn now() -> String {
    crate::clock::now()
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
    // A pipe named on the command line (`--answers <(make-answers)`) is
    // read as stdin is: the user chose it, and its writer is there.
    #[cfg(unix)]
    if std::fs::metadata(path).is_ok_and(|m| {
        use std::os::unix::fs::FileTypeExt;
        m.file_type().is_fifo()
    }) {
        let name = crate::render::text::clean(&path.display().to_string()).into_owned();
        let mut bytes = Vec::new();
        std::fs::File::open(path)
            .and_then(|f| {
                f.take(crate::guide::yaml::MAX_BYTES as u64 + 1)
                    .read_to_end(&mut bytes)
            })
            .map_err(|e| Error::Usage(format!("answers file {name}: cannot read it: {e}")))?;
        return Ok((bytes, name));
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
            Error::Usage(format!(
                "answers file {}: {why}",
                crate::render::text::clean(&path.display().to_string()).into_owned()
            ))
        }
        e => e,
    })?;
    Ok((
        bytes,
        crate::render::text::clean(&path.display().to_string()).into_owned(),
    ))
}

/// One interactive assessment: which skills to ask, with which defaults, and
/// what to keep when it is interrupted.
pub struct Session<'a> {
    pub guide: &'a Guide,
    pub level: &'a str,
    /// `--level` was given: a resumed draft's level does not replace it.
    pub level_given: bool,
    pub store: &'a Store,
    pub resume: bool,
    pub only_missing: bool,
    /// Whether to offer, keep and write drafts (not under `--no-save`).
    pub keep_drafts: bool,
    pub quiet: bool,
}

/// What an interactive session collected.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub ratings: BTreeMap<String, u8>,
    /// Whether any rating came from a prompt (now or in a resumed draft).
    pub prompted: bool,
    /// The resumed draft's level, when `--level` was not given.
    pub level: Option<String>,
}

impl Session<'_> {
    /// Asks for every skill not rated yet. `defaults` are the profile's
    /// ratings. On Ctrl-C the answers so far are saved as a draft.
    pub fn run(
        &self,
        rater: &mut dyn Rater,
        mut ratings: BTreeMap<String, u8>,
        defaults: &BTreeMap<String, u8>,
    ) -> Result<Outcome> {
        let id = &self.guide.id;
        // What the person typed (the draft's answers included): only this
        // goes into a draft, so profile defaults never count as "rated".
        let mut typed: BTreeMap<String, u8> = BTreeMap::new();
        let mut skipped: Vec<String> = Vec::new();
        let mut level = None;
        match self.store.draft(id).unwrap_or(None) {
            Some(draft) if self.resume || rater.resume(id, draft.ratings.len())? => {
                if !self.level_given && self.guide.levels.contains(&draft.level) {
                    level = Some(draft.level.clone());
                }
                typed = draft.ratings;
                skipped = draft.skipped;
            }
            Some(_) if self.keep_drafts => {
                // Declined: it is not offered again.
                self.store.remove_draft(id)?;
            }
            Some(_) => {}
            None if self.resume && !self.quiet => {
                crate::output::warn(&format!(
                    "no interrupted assessment of {id} to resume; asking every skill"
                ));
            }
            None => {}
        }
        let resumed = !typed.is_empty() || !skipped.is_empty();
        for (k, n) in &typed {
            ratings.entry(k.clone()).or_insert(*n);
        }
        if self.only_missing {
            for (k, n) in defaults {
                ratings.entry(k.clone()).or_insert(*n);
            }
        }
        let todo: Vec<_> = (self.guide.skills.iter())
            .filter(|s| !ratings.contains_key(&s.id) && !skipped.contains(&s.id))
            .collect();
        // Numbered among all the guide's skills, so a resumed run goes on at [12/19].
        let done = self.guide.skills.len() - todo.len();
        let total = self.guide.skills.len();
        // The draft of the answers so far.
        let draft =
            |level: &Option<String>, typed: &BTreeMap<String, u8>, skipped: &[String]| Draft {
                schema_version: 1,
                guide: id.clone(),
                level: level.clone().unwrap_or_else(|| self.level.to_string()),
                ratings: typed.clone(),
                skipped: skipped.to_vec(),
            };
        let mut i = 0;
        while i < todo.len() {
            // What a SIGTERM or SIGHUP at this prompt keeps.
            if self.keep_drafts && (!typed.is_empty() || !skipped.is_empty()) {
                let store = self.store.clone();
                let draft = draft(&level, &typed, &skipped);
                let (id, kept) = (id.to_string(), typed.len());
                crate::prompt::keep_on_signal(Some(Box::new(move || {
                    match store.save_draft(&draft) {
                        Ok(()) => kept_message("interrupted", kept, &id),
                        Err(e) => format!("interrupted; could not keep a draft: {e}"),
                    }
                })));
            }
            let skill = todo[i];
            let previous = typed.get(&skill.id).or(defaults.get(&skill.id)).copied();
            match rater.rate(skill, done + i + 1, total, previous) {
                Ok(Answer::Rating(r)) => {
                    ratings.insert(skill.id.clone(), r);
                    typed.insert(skill.id.clone(), r);
                    skipped.retain(|s| *s != skill.id);
                    i += 1;
                }
                Ok(Answer::Skip) => {
                    ratings.remove(&skill.id);
                    typed.remove(&skill.id);
                    if !skipped.contains(&skill.id) {
                        skipped.push(skill.id.clone());
                    }
                    i += 1;
                }
                Ok(Answer::Back) => {
                    if i == 0 {
                        if !self.quiet {
                            crate::output::message("", "this is the first question of this run");
                        }
                    } else {
                        i -= 1;
                    }
                }
                how @ (Ok(Answer::Quit) | Err(Error::Interrupted)) => {
                    crate::prompt::restore_terminal();
                    let what = if how.is_ok() {
                        "stopped"
                    } else {
                        "interrupted"
                    };
                    if !self.keep_drafts {
                        return Err(Error::Paused(format!("{what}; nothing kept (--no-save)")));
                    }
                    if typed.is_empty() && skipped.is_empty() {
                        return Err(Error::Paused(format!("{what}; no answers to keep")));
                    }
                    self.store.save_draft(&draft(&level, &typed, &skipped))?;
                    return Err(Error::Paused(kept_message(what, typed.len(), id)));
                }
                Err(e) => return Err(e),
            }
        }
        Ok(Outcome {
            ratings,
            prompted: !todo.is_empty() || resumed,
            level,
        })
    }
}

/// `interrupted; kept 3 answers as a draft; resume with: ...`.
fn kept_message(what: &str, kept: usize, id: &str) -> String {
    format!(
        "{what}; kept {kept} answer{} as a draft; resume with: careerctl assess {id} --resume",
        if kept == 1 { "" } else { "s" }
    )
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
            level_given: false,
            store,
            resume: false,
            only_missing: false,
            keep_drafts: true,
            quiet: true,
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
            .unwrap()
            .ratings;
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
        assert!(
            err.to_string().contains("kept 1 answer as a draft")
                && err
                    .to_string()
                    .contains("careerctl assess backend-developer --resume"),
            "{err}"
        );
        assert_eq!(err.exit_code(), 130);
        let draft = store.draft(&g.id).unwrap().expect("a draft was saved");
        assert_eq!(draft.ratings.len(), 1);
        assert_eq!(draft.skipped.len(), 1);

        // Resuming asks only what the draft does not have, numbered on.
        let mut rater = Scripted::new((0..17).map(|_| Some(Answer::Rating(2))));
        rater.resume = true;
        let out = session(&g, &store)
            .run(&mut rater, BTreeMap::new(), &BTreeMap::new())
            .unwrap();
        assert_eq!(rater.asked.len(), 17);
        assert_eq!(rater.counters[0], (3, 19), "goes on at [3/19]");
        assert_eq!(rater.counters[16], (19, 19));
        assert!(out.prompted);
        let out = out.ratings;
        assert_eq!(out[&g.skills[0].id], 1, "the drafted answer is kept");
        assert_eq!(out.len(), 18, "the drafted skip stays skipped");
    }

    #[test]
    fn answers_are_kept_when_the_save_fails() {
        let g = guide();
        let dir = tempfile::tempdir().unwrap();
        let ratings = BTreeMap::from([("sql".to_string(), 4), ("api-design".to_string(), 2)]);
        let store = Store::new(dir.path().into());
        assert_eq!(keep_answers(&store, &g, "mid", &ratings, false), None);
        let m = keep_answers(&store, &g, "mid", &ratings, true).unwrap();
        assert!(m.contains("kept as a draft"), "{m}");
        assert_eq!(store.draft(&g.id).unwrap().unwrap().ratings, ratings);

        // The draft cannot be written either: the answers file is the message.
        let full: crate::store::WriteFn = |_, _| Err(std::io::Error::from_raw_os_error(28));
        let failing = Store::with_writer(dir.path().join("other"), full);
        let m = keep_answers(&failing, &g, "mid", &ratings, true).unwrap();
        let file = m.split_once('\n').unwrap().1;
        let parsed = crate::ratings::parse_answers(file.as_bytes(), "m").unwrap();
        assert_eq!(parsed.plain(), ratings, "{m}");
    }

    #[test]
    fn declining_the_draft_discards_it() {
        let g = guide();
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path().into());
        let mut rater = Scripted::new([Some(Answer::Rating(1)), None]);
        let _ = session(&g, &store).run(&mut rater, BTreeMap::new(), &BTreeMap::new());
        assert!(store.draft(&g.id).unwrap().is_some());
        let mut rater = Scripted::new((0..19).map(|_| Some(Answer::Rating(2))));
        session(&g, &store)
            .run(&mut rater, BTreeMap::new(), &BTreeMap::new())
            .unwrap();
        assert_eq!(rater.offered, vec![1], "offered once");
        assert_eq!(rater.asked.len(), 19, "everything asked again");
        assert_eq!(store.draft(&g.id).unwrap(), None, "and not offered again");
    }

    #[test]
    fn a_draft_keeps_its_level_and_only_typed_answers() {
        let g = guide();
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path().into());
        let defaults: BTreeMap<String, u8> =
            g.skills.iter().skip(3).map(|s| (s.id.clone(), 3)).collect();
        let mut s = session(&g, &store);
        s.level = "senior";
        s.only_missing = true;
        let mut rater = Scripted::new([Some(Answer::Rating(4)), None]);
        let _ = s.run(&mut rater, BTreeMap::new(), &defaults);
        let draft = store.draft(&g.id).unwrap().unwrap();
        assert_eq!(draft.level, "senior");
        assert_eq!(
            draft.ratings.len(),
            1,
            "defaults are not answers: {draft:?}"
        );

        let mut rater = Scripted::new((0..2).map(|_| Some(Answer::Rating(2))));
        rater.resume = true;
        let mut s = session(&g, &store);
        s.only_missing = true;
        let out = s.run(&mut rater, BTreeMap::new(), &defaults).unwrap();
        assert_eq!(out.level.as_deref(), Some("senior"), "the draft's level");
        assert_eq!(rater.counters[0], (18, 19));
    }

    #[test]
    fn no_save_writes_no_draft() {
        let g = guide();
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path().into());
        let mut s = session(&g, &store);
        s.keep_drafts = false;
        let mut rater = Scripted::new([Some(Answer::Rating(1)), Some(Answer::Quit)]);
        let err = s
            .run(&mut rater, BTreeMap::new(), &BTreeMap::new())
            .unwrap_err();
        assert_eq!(err.exit_code(), 130);
        assert_eq!(store.draft(&g.id).unwrap(), None);
        assert!(!dir.path().join("drafts").exists());
    }

    #[test]
    fn back_asks_the_previous_skill_again_with_its_answer() {
        let g = guide();
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path().into());
        let mut answers = vec![
            Some(Answer::Back), // at the first question: stays there
            Some(Answer::Rating(1)),
            Some(Answer::Back),
            Some(Answer::Rating(4)),
        ];
        answers.extend((0..18).map(|_| Some(Answer::Rating(2))));
        let mut rater = Scripted::new(answers);
        let out = session(&g, &store)
            .run(&mut rater, BTreeMap::new(), &BTreeMap::new())
            .unwrap();
        let first = &g.skills[0].id;
        assert_eq!(rater.asked[0].0, *first);
        assert_eq!(rater.asked[1].0, *first);
        assert_eq!(
            rater.asked[3],
            (first.clone(), Some(1)),
            "re-asked with the answer"
        );
        assert_eq!(out.ratings[first], 4, "the corrected answer counts");
        assert_eq!(out.ratings.len(), 19);
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
        assert_eq!(out.ratings.len(), 19);
    }
}
