//! `careerctl import onet`: read the release, build every guide in memory,
//! then write them, each atomically. A bad input file stops the import before
//! anything is written.

use std::path::Path;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::cli::{Global, OnetArgs};
use crate::error::{Error, Result};
use crate::import::onet;

/// Files written at once.
const WRITERS: usize = 8;

pub fn onet(g: &Global, args: OnetArgs) -> Result<()> {
    if !(1.0..=5.0).contains(&args.min_importance) {
        return Err(Error::Usage(format!(
            "--min-importance {} is out of range 1..=5",
            args.min_importance
        )));
    }
    if args.out.exists() && !args.out.is_dir() {
        return Err(Error::Usage(format!(
            "--out {}: not a directory; give the directory to write the guides to",
            crate::render::text::clean(&args.out.display().to_string())
        )));
    }
    let mut db = onet::Database::open(&args.path)?;
    if let Some(release) = &args.release {
        let ok = !release.is_empty()
            && release.len() <= 10
            && release.bytes().all(|b| b.is_ascii_digit() || b == b'.');
        if !ok {
            return Err(Error::Usage(format!(
                "--release `{}`: expected a release number such as 29.0",
                crate::render::text::clip(release, 40)
            )));
        }
        db.release = Some(release.clone());
    }
    let opts = onet::Options {
        occupations: args.occupations.clone(),
        min_importance: args.min_importance,
    };
    let import = onet::import(&db, &opts)?;
    if db.release.is_none() && !g.quiet {
        crate::output::warn(&format!(
            "{} does not name its release (as db_29_0_text.zip does); the credit line will \
             not give it: pass --release",
            args.path.display()
        ));
    }
    if !g.quiet && !import.skipped.is_empty() {
        let list = import.skipped.join(", ");
        let text = format!(
            "left out {} occupation{} with no skill or knowledge area of importance {} or more: {}",
            import.skipped.len(),
            if import.skipped.len() == 1 { "" } else { "s" },
            args.min_importance,
            crate::render::text::clip(&list, 300)
        );
        if args.occupations.is_empty() && !g.verbose {
            // A full import always meets a few ("All Other" occupations have no ratings).
            crate::output::message(
                "",
                &format!(
                    "left out {} occupation{} that the O*NET database rates nothing for at importance {} or more (-v lists them)",
                    import.skipped.len(),
                    if import.skipped.len() == 1 { "" } else { "s" },
                    args.min_importance
                ),
            );
        } else {
            crate::output::warn(&text);
        }
    }
    if import.guides.is_empty() {
        return Err(Error::Usage(
            "no occupation to import: none selected has a rated skill or knowledge area".into(),
        ));
    }
    if !args.force {
        let theirs: Vec<String> = (import.guides.iter())
            .map(|(guide, _)| format!("{}.yaml", guide.id))
            .filter(|name| not_imported(&args.out.join(name)))
            .collect();
        if !theirs.is_empty() {
            return Err(Error::Usage(format!(
                "--out {}: the import would replace {} that no import wrote: {}; move {}, choose \
                 another --out, or pass --force",
                crate::render::text::clean(&args.out.display().to_string()),
                if theirs.len() == 1 { "a file" } else { "files" },
                crate::render::text::clip(&theirs.join(", "), 300),
                if theirs.len() == 1 { "it" } else { "them" },
            )));
        }
    }
    std::fs::create_dir_all(&args.out).map_err(|e| Error::io(&args.out, e))?;
    let bar = progress_bar(import.guides.len(), g.quiet);
    // The time goes into fsync: several files in flight let the file system
    // commit them together.
    let written = crate::parallel::map(&import.guides, WRITERS, 16, |(guide, text)| {
        let done = super::replace_file(
            &args.out.join(format!("{}.yaml", guide.id)),
            text.as_bytes(),
        );
        bar.inc(1);
        done
    });
    bar.finish_and_clear();
    written.into_iter().collect::<Result<Vec<()>>>()?;
    sync_dir(&args.out)?;
    if !g.quiet {
        crate::output::message(
            "",
            &format!(
                "wrote {} guide{} from the {} to {} (CC BY 4.0: each guide names its source)",
                import.guides.len(),
                if import.guides.len() == 1 { "" } else { "s" },
                match &import.release {
                    Some(r) => format!("O*NET {r} database"),
                    None => "O*NET database".to_string(),
                },
                args.out.display()
            ),
        );
    }
    Ok(())
}

/// Whether `path` is there and was not written by an import (it does not
/// start with [`onet::MARK`]): a guide of the user's own, say.
fn not_imported(path: &Path) -> bool {
    use std::io::Read;
    match std::fs::symlink_metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => false,
        _ => {
            let mut head = [0u8; onet::MARK.len()];
            let mut options = std::fs::OpenOptions::new();
            let read = crate::guide::load::open_regular(path, options.read(true), true)
                .and_then(|(mut f, _)| f.read_exact(&mut head));
            read.is_err() || head != onet::MARK.as_bytes()
        }
    }
}

fn progress_bar(len: usize, quiet: bool) -> ProgressBar {
    if quiet || len < 2 {
        return ProgressBar::hidden();
    }
    // Drawn only when stderr is a terminal; indicatif hides it otherwise.
    let bar = ProgressBar::with_draw_target(Some(len as u64), ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template("importing {bar:30} {pos}/{len} occupations") {
        bar.set_style(style);
    }
    bar
}

/// Temp file in the same directory, fsync, mode 0644, rename over `path`.
fn sync_dir(dir: &Path) -> Result<()> {
    #[cfg(unix)]
    std::fs::File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| Error::io(dir, e))?;
    Ok(())
}
