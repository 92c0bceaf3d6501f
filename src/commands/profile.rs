//! `careerctl profile [set ID=N... | unset ID...]`: the ratings kept for every
//! guide, shown or corrected by hand.

use crate::cli::{Global, ListFormat, ProfileArgs, ProfileCommand};
use crate::error::{Error, Result};
use crate::output;
use crate::ratings::{KnownSkills, by_id, check_rates, profile_key};
use crate::render;
use crate::store::Store;

pub fn run(g: &Global, args: ProfileArgs) -> Result<()> {
    let library = crate::commands::library(g);
    let loaded = library.load_all(|e| {
        if !g.quiet {
            output::warn(&format!("skipping guide: {e}"));
        }
    });
    let known = KnownSkills::new(loaded.iter().map(|l| &l.guide));
    let store = Store::from_env()?;
    match args.action {
        None => show(&store, &known, args.format),
        Some(ProfileCommand::Set { ratings }) => set(g, &store, &known, &ratings),
        Some(ProfileCommand::Unset { ids }) => unset(g, &store, &known, &ids),
    }
}

fn show(store: &Store, known: &KnownSkills, format: ListFormat) -> Result<()> {
    let profile = store.profile()?;
    let rows = profile.rows(|id| known.name_and_guide(id).map(|(n, _)| n.to_string()));
    let text = match format {
        ListFormat::Json => render::json::to_string(&crate::store::ProfileListing {
            schema_version: 1,
            updated_at: profile.updated_at.clone(),
            ratings: rows.clone(),
        }),
        ListFormat::Table => {
            render::profile::profile_table(&rows, output::width_of(output::Stream::Stdout))
        }
    };
    output::print(&text)
}

fn set(g: &Global, store: &Store, known: &KnownSkills, args: &[String]) -> Result<()> {
    let ratings = by_id(known, &check_rates(known, "profile set", args)?);
    let before = store.profile().map(|p| p.ratings).unwrap_or_default();
    let warning = store.update_profile(&ratings, None, &crate::clock::now())?;
    if let Some(w) = warning {
        output::warn(&w);
    }
    if !g.quiet {
        for (id, n) in &ratings {
            let was = before
                .get(id)
                .map_or("unrated".to_string(), |b| b.to_string());
            output::message("", &format!("{id}: {was} → {n}"));
        }
    }
    Ok(())
}

fn unset(g: &Global, store: &Store, known: &KnownSkills, ids: &[String]) -> Result<()> {
    let profile = store.profile()?;
    let mut remove = Vec::new();
    for id in ids {
        let key = profile_key(known, profile.ratings.keys(), id).map_err(|near| {
            Error::Usage(format!(
                "the profile has no rating for `{}`{near}; `careerctl profile` lists them",
                render::text::clip(id, 80)
            ))
        })?;
        remove.push(key);
    }
    let warning = store.edit_profile(&crate::clock::now(), |p| {
        for id in &remove {
            p.ratings.remove(id);
            p.sources.remove(id);
        }
    })?;
    if let Some(w) = warning {
        output::warn(&w);
    }
    if !g.quiet {
        for id in &remove {
            output::message("", &format!("{id}: {} → unrated", profile.ratings[id]));
        }
    }
    Ok(())
}
