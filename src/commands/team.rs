//! `careerctl team REPORT.json...`: a team's reports of one guide rolled up.

use crate::analysis::team::roll_up;
use crate::cli::{Global, TeamArgs, TeamFormat};
use crate::error::{Error, Result};
use crate::output;
use crate::render;

pub fn run(g: &Global, args: TeamArgs) -> Result<()> {
    if let Some(out) = &args.output {
        let store = crate::store::Store::from_env()?;
        let inputs = args
            .reports
            .iter()
            .map(|r| (r.as_path(), "a report it reads"));
        crate::commands::check_output(out, inputs, &store)?;
    }
    let mut reports: Vec<(&std::path::PathBuf, _)> = Vec::new();
    for path in &args.reports {
        let report = crate::commands::diff::read_report(path)?;
        // The same assessment given twice (the same file, or a copy) is one
        // person: counting it twice would skew the figures and could lift
        // a small group over --min-group.
        if let Some((first, _)) = reports.iter().find(|(_, r)| *r == report) {
            if !g.quiet {
                output::warn(&format!(
                    "{} is the same report as {}; counted once",
                    crate::render::text::clean(&path.display().to_string()).into_owned(),
                    crate::render::text::clean(&first.display().to_string()).into_owned()
                ));
            }
            continue;
        }
        reports.push((path, report));
    }
    // Each person is named by the name in their report (`assess --name`),
    // else by the path as given.
    let reports: Vec<(String, _)> = (reports.into_iter())
        .map(|(path, report)| {
            let label = report
                .name
                .clone()
                .unwrap_or_else(|| path.display().to_string());
            (label, report)
        })
        .collect();
    let library = crate::commands::library(g);
    let guide = reports
        .first()
        .and_then(|(_, r)| library.find(&r.guide.id).ok());
    let team = roll_up(&reports, guide.as_ref().map(|l| &l.guide), args.min_group)
        .map_err(Error::Usage)?;
    let text = match args.format {
        TeamFormat::Json => render::json::to_string(&team),
        TeamFormat::Table => render::analysis::team_text(
            &team,
            args.min_group,
            false,
            crate::commands::width_for(args.output.as_deref()),
        ),
        TeamFormat::Markdown => render::analysis::team_text(&team, args.min_group, true, None),
        TeamFormat::Html => render::html::team(&team, guide.as_ref().map(|l| &l.guide)),
    };
    crate::commands::emit(args.output.as_deref(), &text)
}
