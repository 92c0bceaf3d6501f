//! `careerctl history [ROLE]`: saved assessments, newest first.

use serde::Serialize;

use crate::cli::{Global, HistoryArgs, HistoryFormat};
use crate::error::Result;
use crate::guide::model::is_valid_id;
use crate::output;
use crate::render;
use crate::store::Store;

#[derive(Debug, Serialize)]
pub struct Entry {
    pub file: String,
    pub generated_at: String,
    pub guide: String,
    pub level: String,
    pub readiness: f64,
}

pub fn run(g: &Global, args: HistoryArgs) -> Result<()> {
    if let Some(role) = args.role.as_deref().filter(|r| !is_valid_id(r)) {
        return Err(crate::error::Error::UnknownGuide {
            id: render::text::clip(role, 80),
            hint: " (a guide id is lowercase letters, digits and dashes)".into(),
        });
    }
    let store = Store::from_env()?;
    let saved = store.history(args.role.as_deref(), |e| {
        if !g.quiet {
            output::warn(&format!("skipping history file: {e}"));
        }
    });
    if matches!(args.format, HistoryFormat::Html | HistoryFormat::Svg) {
        return picture(g, &args, &saved);
    }
    let entries: Vec<Entry> = saved
        .into_iter()
        .map(|(path, r)| Entry {
            file: path.display().to_string(),
            generated_at: r.generated_at,
            guide: r.guide.id,
            level: r.level,
            readiness: r.readiness,
        })
        .collect();
    let text = match args.format {
        HistoryFormat::Json => render::json::to_string(&serde_json::json!({
            "schema_version": 1,
            "assessments": entries,
        })),
        HistoryFormat::Markdown => render::analysis::history_markdown(&entries),
        _ => render::analysis::history_table(&entries, output::width_of(output::Stream::Stdout)),
    };
    output::print(&text)
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
    let text = if args.format == HistoryFormat::Svg {
        render::html::history_svg(&reports)
    } else {
        let loaded = crate::commands::library(g).find(role).ok();
        render::html::history_html(&reports, loaded.as_ref().map(|l| &l.guide))
    };
    output::print(&text)
}
