//! careerctl: skill-gap assessment against role guides.
//!
//! The core (guide model and checks, scoring) is plain functions over plain
//! data; the shell ([`commands`], [`output`]) reads files, asks questions and
//! prints. See README.md for the architecture.

pub mod analysis;
pub mod cli;
pub mod clock;
pub mod commands;
pub mod complete;
pub mod error;
pub mod guide;
pub mod import;
pub mod output;
pub mod parallel;
pub mod prompt;
pub mod ratings;
pub mod render;
pub mod report;
pub mod scoring;
pub mod store;

use std::process::ExitCode;

use clap::Parser;

use crate::cli::{Cli, Command};
use crate::error::{Error, Result};

/// The whole program: parse arguments, run, turn the outcome into an exit status.
pub fn main() -> ExitCode {
    // `COMPLETE=bash careerctl` prints the shell's hook; the hook calls back
    // here to complete a word, and this exits once it has answered.
    clap_complete::CompleteEnv::with_factory(<Cli as clap::CommandFactory>::command).complete();
    let outcome = match Cli::try_parse() {
        Ok(cli) => {
            output::set_color(cli.global.color);
            prompt::install_interrupt_handler();
            run(cli)
        }
        // A usage error, on stderr. clap quotes the argument it refuses as
        // given, so it goes out as any message does, escaped like text from
        // outside: a file name must not drive the terminal. (Plain text:
        // clap's own styling would be escaped too.)
        Err(e) if e.use_stderr() => {
            output::message("", &e.render().to_string());
            return ExitCode::from(2);
        }
        // --help and --version are "errors" to clap; they are output like
        // any other, in colour where a report would be.
        Err(e) => {
            let text = e.render();
            output::print(&if output::use_color(cli::ColorChoice::Auto) {
                text.ansi().to_string()
            } else {
                text.to_string()
            })
        }
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            match &e {
                Error::BrokenPipe | Error::Failed => {}
                Error::Interrupted => output::message("", "interrupted"),
                Error::Paused(m) => output::message("", m),
                e => output::message("error: ", &e.to_string()),
            }
            ExitCode::from(e.exit_code())
        }
    }
}

pub fn run(cli: Cli) -> Result<()> {
    let g = &cli.global;
    match cli.command {
        Command::Assess(args) => commands::assess::run(g, args),
        Command::Match(args) => commands::matching::run(g, args),
        Command::Profile(args) => commands::profile::run(g, args),
        Command::History(args) => commands::history::run(g, args),
        Command::Diff(args) => commands::diff::run(g, args),
        Command::Team(args) => commands::team::run(g, args),
        Command::Guides(args) => commands::guides::run(
            g,
            args.command.unwrap_or(cli::GuidesCommand::List {
                format: cli::ListFormat::Table,
            }),
        ),
        Command::Validate(args) => commands::validate::run(g, args),
        Command::Import(cli::ImportCommand::Onet(args)) => commands::import::onet(g, args),
        Command::Schema { kind } => commands::schema::run(kind),
        Command::Completions { shell } => commands::generate::completions(shell),
        Command::Man { dir } => commands::generate::man(dir.as_deref()),
    }
}
