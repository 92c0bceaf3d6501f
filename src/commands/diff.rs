//! `careerctl diff [ROLE | OLD.json NEW.json]`: how you moved between two assessments.

use std::path::Path;

use crate::analysis::diff::diff;
use crate::cli::{DiffArgs, Global, ReportFormat};
use crate::error::{Error, Result};
use crate::output;
use crate::render;
use crate::report::{REPORT_VERSION, Report};
use crate::store::{Store, read_versioned};

pub fn run(g: &Global, args: DiffArgs) -> Result<()> {
    let library = crate::commands::library(g);
    let (old, new) = match args.args.as_slice() {
        [old, new] => (read_report(Path::new(old))?, read_report(Path::new(new))?),
        rest => {
            let store = Store::from_env()?;
            let warn = |e: Error| {
                if !g.quiet {
                    output::warn(&format!("skipping history file: {e}"));
                }
            };
            let role = match rest.first() {
                // One report file: the other one is missing.
                Some(file) if file.ends_with(".json") || Path::new(file).is_file() => {
                    return Err(Error::Usage(format!(
                        "diff needs two report files, OLD.json NEW.json (or a guide id); got only {}",
                        crate::render::text::clip(file, 80)
                    )));
                }
                Some(role) => {
                    library.find(role)?;
                    role.clone()
                }
                None => match store.summaries(warn)?.first() {
                    Some(s) => s.guide.clone(),
                    None => {
                        return Err(Error::Usage(
                            "no saved assessments yet: run `careerctl assess ROLE` twice first, \
                             then diff shows how you moved"
                                .into(),
                        ));
                    }
                },
            };
            // From the index: only the two reports compared are read.
            let mut history: Vec<_> = (store.summaries(warn)?.into_iter())
                .filter(|s| s.guide == role)
                .collect();
            if history.len() < 2 {
                return Err(Error::Usage(format!(
                    "{role} has {} saved assessment{}; diff needs two: run `careerctl assess {role}` again later \
                     (or give two report files)",
                    history.len(),
                    if history.len() == 1 { "" } else { "s" }
                )));
            }
            let newest = history.remove(0);
            // The previous assessment at the same level, if there is one:
            // mid against senior is not progress.
            let previous = match history.iter().position(|s| s.level == newest.level) {
                Some(i) => history.remove(i),
                None => history.remove(0),
            };
            (
                store.report_at(&store.path_of(&previous))?,
                store.report_at(&store.path_of(&newest))?,
            )
        }
    };
    if old.guide.id != new.guide.id {
        return Err(Error::Usage(format!(
            "the reports are of different guides ({} and {})",
            old.guide.id, new.guide.id
        )));
    }
    if args.args.len() == 2 && !g.quiet {
        if old == new {
            output::warn("the two files are the same report: there is nothing to compare");
        } else if old.generated_at > new.generated_at {
            // To the minute, unless that makes the two look alike.
            let (mut a, mut b) = (
                crate::clock::local_minute(&old.generated_at),
                crate::clock::local_minute(&new.generated_at),
            );
            if a == b {
                (a, b) = (old.generated_at.clone(), new.generated_at.clone());
            }
            output::warn(&format!(
                "OLD was made after NEW ({a} then {b}): compared as given; swap them to see \
                 how you moved since"
            ));
        }
    }
    let guide = library.find(&new.guide.id).ok();
    let d = diff(&old, &new, guide.as_ref().map(|l| &l.guide));
    let text = match args.format {
        ReportFormat::Json => render::json::to_string(&d),
        ReportFormat::Table => render::text::fit_lines(
            &render::analysis::diff_text(&d, false),
            output::width_of(output::Stream::Stdout),
        ),
        ReportFormat::Markdown => render::analysis::diff_text(&d, true),
    };
    output::print(&text)
}

/// A report file: missing is a usage error, damaged or newer an input error.
pub fn read_report(path: &Path) -> Result<Report> {
    match read_versioned(path, REPORT_VERSION) {
        Ok(Some(report)) => Ok(report),
        Ok(None) => Err(Error::Usage(format!(
            "{}: no such file",
            crate::render::text::clean(&path.display().to_string()).into_owned()
        ))),
        // Whatever else the file is, it is not one of ours: say what is.
        Err(Error::Input { place, message }) if message.starts_with("damaged file") => {
            Err(Error::Input {
                place,
                message: format!(
                    "not a careerctl report ({}); make one with `careerctl assess ROLE --format json`",
                    message.trim_start_matches("damaged file: ")
                ),
            })
        }
        Err(e) => Err(e),
    }
}
