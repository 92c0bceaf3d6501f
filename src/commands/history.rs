//! `careerctl history [ROLE]`: saved assessments, newest first;
//! `history show REF` prints one again, `history rm REF...` removes some.

use std::path::Path;

use crate::cli::{Global, HistoryArgs, HistoryCommand, PictureFormat};
use crate::error::Result;
use crate::guide::model::is_valid_id;
use crate::output;
use crate::render;
use crate::store::{HistoryEntry, Store};

/// How many entries a table shows without `-n`.
const TABLE_LIMIT: usize = 50;

pub fn run(g: &Global, args: HistoryArgs) -> Result<()> {
    match args.action {
        Some(HistoryCommand::Show {
            reference,
            format,
            output,
        }) => return show(g, &reference, format, output.as_deref()),
        Some(HistoryCommand::Rm { references, yes }) => return remove(g, &references, yes),
        None => {}
    }
    if let Some(role) = args.role.as_deref().filter(|r| !is_valid_id(r)) {
        return Err(crate::error::Error::UnknownGuide {
            id: render::text::clip(role, 80),
            hint: " (a guide id is lowercase letters, digits and dashes)".into(),
        });
    }
    let store = Store::from_env()?;
    if let Some(out) = &args.output {
        crate::commands::check_output(out, [], &store)?;
    }
    let width = crate::commands::width_for(args.output.as_deref());
    let warn = |e: crate::error::Error| {
        if !g.quiet {
            output::warn(&format!("skipping history file: {e}"));
        }
    };
    if matches!(args.format, PictureFormat::Html | PictureFormat::Svg) {
        let saved = match args.role.as_deref() {
            Some(role) => store.history(Some(role), warn)?,
            None => Vec::new(),
        };
        return picture(g, &args, &saved);
    }
    let history = store.summaries(warn)?;
    // A role no assessment has and no guide knows is a typo: say which
    // guide was meant.
    if let Some(role) = args.role.as_deref()
        && !history.iter().any(|s| s.guide == role)
    {
        crate::commands::library(g).find(role)?;
    }
    let since = match &args.since {
        Some(day) => Some(
            day.parse::<jiff::civil::Date>()
                .map_err(|_| {
                    crate::error::Error::Usage(format!(
                        "--since `{}`: expected a date, YYYY-MM-DD",
                        render::text::clip(day, 40)
                    ))
                })?
                .to_string(),
        ),
        None => None,
    };
    // Numbered over the whole history, so a number means the same entry
    // whatever the filter (`history show N`).
    // A table of every entry of a long history helps no one: without -n,
    // tables and markdown show the newest 50 and say so; JSON has all.
    let default_limit = match args.format {
        PictureFormat::Json => usize::MAX,
        _ => TABLE_LIMIT,
    };
    let limit = args.limit.unwrap_or(default_limit);
    // Numbered over the whole history; only the entries shown are made.
    let entries: Vec<HistoryEntry> = (history.iter().enumerate())
        .filter(|(_, s)| args.role.as_deref().is_none_or(|r| s.guide == r))
        // `generated_at` is UTC, RFC 3339: it compares as text with a date.
        .filter(|(_, s)| {
            since
                .as_deref()
                .is_none_or(|d| s.generated_at.as_str() >= d)
        })
        .take(limit)
        .map(|(i, s)| HistoryEntry::new(i + 1, &store.path_of(s), s))
        .collect();
    // Nothing shown though assessments were saved: say which filter left
    // nothing, rather than that there are none.
    if entries.is_empty() && !history.is_empty() && args.format != PictureFormat::Json {
        let what = match (args.role.as_deref(), since.as_deref()) {
            (Some(role), Some(day)) => format!("of {role} since {day}"),
            (Some(role), None) => format!("of {role}"),
            (None, Some(day)) => format!("since {day}"),
            (None, None) => String::new(),
        };
        if !what.is_empty() {
            let text = format!(
                "No saved assessments {what} ({} in all; `careerctl history` lists them).",
                history.len()
            );
            return output::print(&format!(
                "{}\n",
                render::text::wrap_to(&text, width, "", "")
            ));
        }
    }
    let text = match args.format {
        PictureFormat::Json => render::json::to_string(&crate::store::HistoryListing {
            schema_version: 1,
            assessments: entries.clone(),
        }),
        PictureFormat::Markdown => render::analysis::history_markdown(&entries),
        _ => render::analysis::history_table(&entries, width),
    };
    crate::commands::emit(args.output.as_deref(), &text)?;
    if args.limit.is_none()
        && entries.len() == TABLE_LIMIT
        && history.len() > TABLE_LIMIT
        && !g.quiet
    {
        output::message(
            "",
            &format!(
                "the newest {TABLE_LIMIT} of {} shown; history -n N shows more, --format json all",
                history.len()
            ),
        );
    }
    Ok(())
}

/// `--format html|svg`: one guide's assessments over time, oldest first.
fn picture(
    g: &Global,
    args: &HistoryArgs,
    saved: &[(std::path::PathBuf, crate::report::Report)],
) -> Result<()> {
    let Some(role) = args.role.as_deref() else {
        return Err(crate::error::Error::Usage(
            "history --format html|svg draws one guide: give its id (careerctl history ROLE)"
                .into(),
        ));
    };
    if saved.is_empty() {
        return Err(crate::error::Error::Usage(format!(
            "no saved assessments of {role} to draw"
        )));
    }
    let reports: Vec<&crate::report::Report> = saved.iter().rev().map(|(_, r)| r).collect();
    let text = if args.format == PictureFormat::Svg {
        render::html::history_svg(&reports)
    } else {
        let loaded = crate::commands::library(g).find(role).ok();
        render::html::history_html(&reports, loaded.as_ref().map(|l| &l.guide))
    };
    crate::commands::emit(args.output.as_deref(), &text)
}

fn listing(g: &Global, store: &Store) -> Result<Vec<crate::store::Summary>> {
    store.summaries(|e| {
        if !g.quiet {
            output::warn(&format!("skipping history file: {e}"));
        }
    })
}

fn show(g: &Global, reference: &str, format: PictureFormat, out: Option<&Path>) -> Result<()> {
    let store = Store::from_env()?;
    if let Some(out) = out {
        crate::commands::check_output(
            out,
            [(Path::new(reference), "the report it shows")],
            &store,
        )?;
    }
    let history = listing(g, &store)?;
    let (_, report) = store.find_history(reference, &history)?;
    // The pictures draw every skill of the guide, so they need it loaded.
    let guide = || {
        crate::commands::library(g)
            .find(&report.guide.id)
            .map(|l| l.guide)
    };
    let text = match format {
        PictureFormat::Json => render::json::to_string(&report),
        PictureFormat::Table => render::report::table_text(
            &report,
            crate::commands::width_for(out),
            crate::commands::color_for(out, g.color),
        ),
        PictureFormat::Markdown => render::report::markdown(&report),
        PictureFormat::Html => render::html::report(&report, &guide()?),
        PictureFormat::Svg => render::html::wheel_svg(&report, &guide()?),
    };
    crate::commands::emit(out, &text)
}

fn remove(g: &Global, references: &[String], yes: bool) -> Result<()> {
    let store = Store::from_env()?;
    let history = listing(g, &store)?;
    // Every reference is resolved before anything is removed, so numbers
    // mean what the listing showed.
    let mut found = Vec::new();
    for r in references {
        let (path, what) = match store.find_history(r, &history) {
            Ok((path, r)) => {
                let what = format!(
                    "{} {} ({})",
                    r.guide.id,
                    r.level,
                    crate::clock::local_minute(&r.generated_at)
                );
                (path, what)
            }
            // A file in the history that no longer reads (damaged, or of a
            // newer careerctl) can still be removed, named by its file.
            Err(crate::error::Error::Input { .. }) if store.in_history(&store.history_file(r)) => {
                let path = store.history_file(r);
                let name = path.file_name().unwrap_or_default().to_string_lossy();
                let what = format!("the unreadable file {}", render::text::clean(&name));
                (path, what)
            }
            Err(e) => return Err(e),
        };
        if !found.iter().any(|(p, _)| *p == path) {
            found.push((path, what));
        }
    }
    let what: Vec<String> = found.iter().map(|(_, w)| w.clone()).collect();
    if !yes {
        if !crate::prompt::Terminal::available() {
            return Err(crate::error::Error::Usage(format!(
                "history rm removes {}; without a terminal to ask on, add --yes",
                what.join(", ")
            )));
        }
        let question = format!(
            "Remove {} saved assessment{}: {}?",
            found.len(),
            if found.len() == 1 { "" } else { "s" },
            what.join(", ")
        );
        if !crate::prompt::confirm(&question)? {
            output::message("", "nothing removed");
            return Ok(());
        }
    }
    for ((path, _), w) in found.iter().zip(&what) {
        store.remove_history(path)?;
        if !g.quiet {
            output::message("", &format!("removed {w}: {}", path.display()));
        }
    }
    Ok(())
}
