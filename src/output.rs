//! Writing to the terminal: data to stdout, messages to stderr.
//!
//! Nothing here panics on a closed stream: a closed stdout becomes
//! [`Error::BrokenPipe`], which ends the program quietly with status 0, and a
//! closed stderr is ignored.

use std::io::{self, IsTerminal, Write};

use crate::error::{Error, Result};
use crate::render::text::clean;

/// Writes a rendered document to stdout.
pub fn print(text: &str) -> Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(|e| match e.kind() {
            io::ErrorKind::BrokenPipe => Error::BrokenPipe,
            _ => Error::io("<stdout>", e),
        })
}

static CHOICE: std::sync::OnceLock<crate::cli::ColorChoice> = std::sync::OnceLock::new();

/// Records `--color` for messages on stderr, which have no report to go with.
pub fn set_color(choice: crate::cli::ColorChoice) {
    let _ = CHOICE.set(choice);
}

/// Whether to colour stderr: the `--color` recorded by [`set_color`].
fn color_stderr() -> bool {
    let choice = CHOICE
        .get()
        .copied()
        .unwrap_or(crate::cli::ColorChoice::Auto);
    color_for(choice, Stream::Stderr)
}

/// A message on stderr, each line with control characters neutralised;
/// `error: ` in bold red and `warning: ` in bold yellow on a colour terminal.
pub fn message(prefix: &str, text: &str) {
    let lines: Vec<_> = text.lines().map(clean).collect();
    let prefix = match prefix {
        "error: " if color_stderr() => "\x1b[1;31merror\x1b[0m: ",
        "warning: " if color_stderr() => "\x1b[1;33mwarning\x1b[0m: ",
        p => p,
    };
    // Wrapped at spaces to a terminal's width (never when piped).
    let mut text = crate::render::text::fit_lines(
        &format!("{prefix}{}", lines.join("\n")),
        width_of(Stream::Stderr),
    );
    if !text.ends_with('\n') {
        text.push('\n');
    }
    let _ = write!(io::stderr().lock(), "{text}");
}

pub fn warn(text: &str) {
    message("warning: ", text);
}

/// Whether to colour stdout: `--color`, then `NO_COLOR`, `CLICOLOR_FORCE`, then a terminal check.
pub fn use_color(choice: crate::cli::ColorChoice) -> bool {
    color_for(choice, Stream::Stdout)
}

/// [`use_color`] for either stream: the terminal check is the stream's own.
fn color_for(choice: crate::cli::ColorChoice, stream: Stream) -> bool {
    use crate::cli::ColorChoice;
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            let set = |k: &str| std::env::var_os(k).is_some_and(|v| !v.is_empty() && v != "0");
            if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
                false
            } else if set("CLICOLOR_FORCE") {
                true
            } else {
                match stream {
                    Stream::Stdout => io::stdout().is_terminal(),
                    Stream::Stderr => io::stderr().is_terminal(),
                }
            }
        }
    }
}

/// The width to lay text out in: `COLUMNS` when set (so scripts and tests
/// can ask for one), else the width of the terminal `stream` is, else none
/// (piped output keeps its natural width).
pub fn width_of(stream: Stream) -> Option<usize> {
    if let Some(n) = std::env::var("COLUMNS")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        && n > 0
    {
        return Some(n);
    }
    let term = match stream {
        Stream::Stdout => console::Term::stdout(),
        Stream::Stderr => console::Term::stderr(),
    };
    term.is_term()
        .then(|| term.size_checked().map(|(_, w)| usize::from(w)))
        .flatten()
}

#[derive(Debug, Clone, Copy)]
pub enum Stream {
    Stdout,
    Stderr,
}
