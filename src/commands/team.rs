//! `careerctl team REPORT.json...`: a team's reports of one guide rolled up.

use crate::analysis::team::roll_up;
use crate::cli::{Global, ReportFormat, TeamArgs};
use crate::error::{Error, Result};
use crate::output;
use crate::render;

pub fn run(g: &Global, args: TeamArgs) -> Result<()> {
    let mut reports = Vec::new();
    for path in &args.reports {
        let label = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        reports.push((label, crate::commands::diff::read_report(path)?));
    }
    let library = crate::commands::library(g);
    let guide = reports
        .first()
        .and_then(|(_, r)| library.find(&r.guide.id).ok());
    let team = roll_up(&reports, guide.as_ref().map(|l| &l.guide), args.min_group)
        .map_err(Error::Usage)?;
    let text = match args.format {
        ReportFormat::Json => render::json::to_string(&team),
        ReportFormat::Table => render::analysis::team_text(&team, args.min_group, false),
        ReportFormat::Markdown => render::analysis::team_text(&team, args.min_group, true),
    };
    output::print(&text)
}
