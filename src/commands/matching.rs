//! `careerctl match`: readiness of the profile (or an answers file) for every guide.

use std::collections::BTreeMap;

use crate::analysis::matching::rank;
use crate::cli::{Global, MatchArgs, ReportFormat};
use crate::error::{Error, Result};
use crate::output;
use crate::ratings::{KnownSkills, check_rates, parse_answers};
use crate::render;
use crate::store::Store;

pub fn run(g: &Global, args: MatchArgs) -> Result<()> {
    let library = crate::commands::library(g);
    let store = Store::from_env()?;
    let mut ratings: BTreeMap<String, u8> = match &args.answers {
        Some(path) => {
            let (bytes, name) = crate::commands::assess::read_answers(path)?;
            parse_answers(&bytes, &name)?.plain()
        }
        None => store.profile()?.ratings,
    };
    let loaded = library.load_all(|e| {
        if !g.quiet {
            output::warn(&format!("skipping guide: {e}"));
        }
    });
    let guides: Vec<_> = loaded.iter().map(|l| &l.guide).collect();
    // A typo in --rate is an error, as for `assess`.
    let known = KnownSkills::new(guides.iter().copied());
    ratings.extend(check_rates(&known, "--rate", &args.rate)?);
    if ratings.is_empty() {
        return Err(Error::Usage(
            "no ratings yet: run `careerctl assess ROLE` first, or pass --answers FILE".into(),
        ));
    }
    if let Some(level) = args.level.as_deref() {
        check_level(&guides, level, g.quiet)?;
    }
    // Relations are to the guide *you* assessed last: an answers file may
    // be anyone's, so with one there is nothing to relate to.
    let last = match &args.answers {
        Some(_) => None,
        None => {
            let history = store.summaries(|e| {
                if !g.quiet {
                    output::warn(&format!("skipping history file: {e}"));
                }
            })?;
            (history.first()).and_then(|s| guides.iter().copied().find(|g| g.id == s.guide))
        }
    };
    let report = rank(&guides, &ratings, args.level.as_deref(), last);
    let text = match args.format {
        ReportFormat::Json => render::json::to_string(&report),
        ReportFormat::Table => {
            render::analysis::match_table(&report, output::width_of(output::Stream::Stdout))
        }
        ReportFormat::Markdown => render::analysis::match_markdown(&report),
    };
    output::print(&text)
}

/// A `--level` no guide has is a typo: a usage error listing the levels
/// there are. One some guides lack is a warning: those use their middle level.
fn check_level(guides: &[&crate::guide::Guide], level: &str, quiet: bool) -> Result<()> {
    let has = |g: &&&crate::guide::Guide| g.levels.iter().any(|l| l == level);
    let without = guides.iter().filter(|g| !has(g)).count();
    if without == guides.len() {
        let mut levels: Vec<&str> = (guides.iter())
            .flat_map(|g| g.levels.iter().map(String::as_str))
            .collect();
        levels.sort_unstable();
        levels.dedup();
        let there = if levels.is_empty() {
            "no guide loaded".to_string()
        } else {
            format!(
                "the levels there are: {}",
                crate::render::text::quoted_list(&levels, 20)
            )
        };
        return Err(Error::Usage(format!(
            "no guide has the level `{}`; {there}",
            crate::render::text::clip(level, 80),
        )));
    }
    if without > 0 && !quiet {
        output::warn(&format!(
            "{without} of {} guides have no level `{level}`; they are compared at their middle level",
            guides.len()
        ));
    }
    Ok(())
}
