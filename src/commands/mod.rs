//! One module per subcommand: read inputs, call the core, hand the result to a renderer.

use std::path::Path;

use crate::error::{Error, Result};
use crate::render::text::clean;
use crate::store::Store;

pub mod assess;
pub mod diff;
pub mod generate;
pub mod guides;
pub mod history;
pub mod import;
pub mod matching;
pub mod profile;
pub mod schema;
pub mod team;
pub mod validate;

/// The guide search path of `g`, with a warning (unless `--quiet`) for each
/// guide dir asked for that does not exist.
pub fn library(g: &crate::cli::Global) -> crate::guide::load::Library {
    let library = crate::guide::load::Library::from_env(&g.guides);
    if !g.quiet {
        for dir in library.missing_dirs() {
            crate::output::warn(&format!(
                "guide dir {} is not a directory; looking in the others",
                crate::render::text::clean(&dir.display().to_string()).into_owned()
            ));
        }
    }
    library
}

/// `-o FILE` may not overwrite what careerctl reads: an input file (named
/// with what it is), or a file in the data dir (the profile, a saved report).
pub fn check_output<'a>(
    out: &Path,
    inputs: impl IntoIterator<Item = (&'a Path, &'a str)>,
    store: &Store,
) -> Result<()> {
    if out == Path::new("-") {
        return Ok(());
    }
    let shown = |p: &Path| clean(&p.display().to_string()).into_owned();
    let same = |a: &Path| match (out.canonicalize(), a.canonicalize()) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    };
    if let Some((_, what)) = inputs.into_iter().find(|(input, _)| same(input)) {
        return Err(Error::Usage(format!(
            "-o {}: that is {what}; write to another file",
            shown(out)
        )));
    }
    if store.holds(out) {
        return Err(Error::Usage(format!(
            "-o {}: that is in careerctl's data dir ({}); write elsewhere",
            shown(out),
            shown(&store.dir)
        )));
    }
    Ok(())
}

/// `text` to the file `-o` names (`-`: stdout), or to stdout. The file is
/// replaced whole (see [`replace_file`]), through a symlink to the file it
/// names, so a reader never sees half a report and another hard link to
/// the old file, such as an input, keeps its content.
pub fn emit(out: Option<&Path>, text: &str) -> Result<()> {
    match out.filter(|p| to_file(Some(p))) {
        Some(path) => {
            let target = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
            replace_file(&target, text.as_bytes())
        }
        None => crate::output::print(text),
    }
}

/// The width a table is laid out to: the terminal's for stdout, its
/// natural width for the file `-o` names.
pub fn width_for(out: Option<&Path>) -> Option<usize> {
    if to_file(out) {
        None
    } else {
        crate::output::width_of(crate::output::Stream::Stdout)
    }
}

/// Whether to colour what goes to `out`: never a file.
pub fn color_for(out: Option<&Path>, choice: crate::cli::ColorChoice) -> bool {
    !to_file(out) && crate::output::use_color(choice)
}

/// Whether `-o` names a file (`-` is stdout).
fn to_file(out: Option<&Path>) -> bool {
    out.is_some_and(|p| p != Path::new("-"))
}

/// Writes `bytes` to a synced temp file beside `path`, then renames it over
/// `path`: the old file, if any, is replaced whole or not at all. An
/// existing file keeps its mode; a new one is readable by others, as a file
/// the shell creates would be (the temp file is 0600).
pub fn replace_file(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let io = |e: std::io::Error| Error::io(path, e);
    let mut tmp = tempfile::Builder::new()
        .prefix(".tmp-")
        .tempfile_in(dir)
        .map_err(|e| Error::io(dir, e))?;
    std::io::Write::write_all(&mut tmp, bytes)
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(io)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path).map_or(0o644, |m| m.permissions().mode());
        (tmp.as_file())
            .set_permissions(std::fs::Permissions::from_mode(mode))
            .map_err(io)?;
    }
    tmp.persist(path).map_err(|e| io(e.error))?;
    Ok(())
}
