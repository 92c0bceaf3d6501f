//! `careerctl history [ROLE]`: saved assessments, newest first.

use serde::Serialize;

use crate::cli::{Global, HistoryArgs, ReportFormat};
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
    let entries: Vec<Entry> = store
        .history(args.role.as_deref(), |e| {
            if !g.quiet {
                output::warn(&format!("skipping history file: {e}"));
            }
        })?
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
        ReportFormat::Json => render::json::to_string(&serde_json::json!({
            "schema_version": 1,
            "assessments": entries,
        })),
        ReportFormat::Table => {
            render::analysis::history_table(&entries, output::width_of(output::Stream::Stdout))
        }
        ReportFormat::Markdown => render::analysis::history_markdown(&entries),
    };
    output::print(&text)
}
