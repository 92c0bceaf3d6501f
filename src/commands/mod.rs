//! One module per subcommand: read inputs, call the core, hand the result to a renderer.

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
