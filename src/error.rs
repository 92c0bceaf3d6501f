//! One error type for the whole tool; each variant knows its exit code
//! (README, "Exit codes").

use std::io;
use std::path::PathBuf;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A bad flag value or combination that clap could not catch.
    #[error("{0}")]
    Usage(String),

    #[error("unknown guide `{id}`{hint}")]
    UnknownGuide { id: String, hint: String },

    /// A guide or answers file that cannot be used: names the file and place.
    #[error("{place}: {message}")]
    Input { place: String, message: String },

    /// Reading or writing the data dir, a guide directory or the output failed.
    #[error("{}: {source}", crate::render::text::clean(&path.display().to_string()))]
    Io { path: PathBuf, source: io::Error },

    /// The command ran and found problems it has already reported.
    #[error("problems found")]
    Failed,

    #[error("interrupted")]
    Interrupted,

    /// Stopped at a person's request (Ctrl-C or `q`) with what was kept and
    /// how to go on.
    #[error("{0}")]
    Paused(String),

    /// stdout was closed by the reader (`| head -1`): not an error for a CLI.
    #[error("broken pipe")]
    BrokenPipe,
}

impl Error {
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Failed => 1,
            Error::Usage(_) | Error::UnknownGuide { .. } | Error::Input { .. } => 2,
            Error::Io { .. } => 3,
            Error::Interrupted | Error::Paused(_) => 130,
            Error::BrokenPipe => 0,
        }
    }

    pub fn io(path: impl Into<PathBuf>, source: io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    /// An input error at `file:line:col`, the place parts given where known.
    pub fn input(
        file: &str,
        line: Option<usize>,
        column: Option<usize>,
        message: impl Into<String>,
    ) -> Self {
        Error::Input {
            place: place(file, line, column),
            message: message.into(),
        }
    }
}

/// `file`, `file:line` or `file:line:col`. The file name is escaped like any
/// outside text: a newline in it must not fake another line of the message.
pub fn place(file: &str, line: Option<usize>, column: Option<usize>) -> String {
    let file = crate::render::text::clean(file);
    match (line, column) {
        (Some(l), Some(c)) => format!("{file}:{l}:{c}"),
        (Some(l), None) => format!("{file}:{l}"),
        _ => file.to_string(),
    }
}
