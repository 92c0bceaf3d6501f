//! `careerctl history [ROLE]`: saved assessments, newest first.

use crate::cli::{Global, HistoryArgs, ReportFormat};
use crate::error::Result;
use crate::guide::model::is_valid_id;
use crate::output;
use crate::render;
use crate::store::{HistoryEntry, Store};

pub fn run(g: &Global, args: HistoryArgs) -> Result<()> {
    if let Some(role) = args.role.as_deref().filter(|r| !is_valid_id(r)) {
        return Err(crate::error::Error::UnknownGuide {
            id: render::text::clip(role, 80),
            hint: " (a guide id is lowercase letters, digits and dashes)".into(),
        });
    }
    let store = Store::from_env()?;
    let history = store.history(None, |e| {
        if !g.quiet {
            output::warn(&format!("skipping history file: {e}"));
        }
    });
    // Numbered over the whole history, so a number means the same entry
    // whatever the filter (`history show N`).
    let entries: Vec<HistoryEntry> = HistoryEntry::list(&history)
        .into_iter()
        .filter(|e| args.role.as_deref().is_none_or(|r| e.guide == r))
        .collect();
    let text = match args.format {
        ReportFormat::Json => render::json::to_string(&serde_json::json!({
            "schema_version": 1,
            "assessments": entries,
        })),
        ReportFormat::Table => render::analysis::history_table(&entries),
        ReportFormat::Markdown => render::analysis::history_markdown(&entries),
    };
    output::print(&text)
}
