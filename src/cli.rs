//! The command-line surface (README, "Commands"), as clap derive types.
//! Kept apart from behaviour so completions and man pages can be generated
//! from the same definitions.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

const AFTER_HELP: &str = "\
Exit status: 0 success, 1 problems found (validate), 2 usage or input error,
3 I/O error, 130 interrupted.

Examples:
  careerctl guides list
  careerctl assess backend-developer
  careerctl assess backend-developer --answers me.yaml --format json | jq .gaps
  careerctl validate guides/ --format github";

#[derive(Debug, Parser)]
#[command(
    name = "careerctl",
    version,
    about = "Skill-gap assessment against role guides",
    long_about = "Rate your skills against a role guide and get a ranked gap report, \
                  readiness per career level and a next-step plan. Works offline on \
                  the guides built into the binary; check your own guides with `validate`.",
    after_help = AFTER_HELP,
    max_term_width = 100
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,

    #[command(flatten)]
    pub global: Global,
}

#[derive(Debug, Args)]
pub struct Global {
    /// Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)
    #[arg(long = "guides", value_name = "DIR", global = true)]
    pub guides: Vec<PathBuf>,

    /// When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true)]
    pub color: ColorChoice,

    /// Print only data and errors: no warnings, summaries or progress
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// Say more about what is being done
    #[arg(short, long, global = true)]
    pub verbose: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Rate your skills against a guide and print the gap report
    Assess(AssessArgs),
    /// Readiness for every guide: which roles you are closest to
    Match(MatchArgs),
    /// Saved assessments, newest first
    History(HistoryArgs),
    /// How you moved between two assessments
    Diff(DiffArgs),
    /// Roll many people's JSON reports of one guide up into a team view
    Team(TeamArgs),
    /// List, show or start guides
    #[command(subcommand)]
    Guides(GuidesCommand),
    /// Check guide files: syntax, types, ids, levels, references
    Validate(ValidateArgs),
    /// Print the JSON Schema of a file format
    Schema {
        #[arg(value_enum)]
        kind: SchemaKind,
    },
    /// Print a shell completion script
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page, or write every page to a directory
    Man {
        /// Write careerctl.1 and one page per subcommand into DIR
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
}

/// Accepts any string as a guide id (the search path decides what exists)
/// and offers the built-in ids to shell completion.
#[derive(Debug, Clone, Copy)]
pub struct GuideId;

impl clap::builder::TypedValueParser for GuideId {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        clap::builder::StringValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(
            crate::guide::load::BUILTIN
                .iter()
                .map(|(id, _)| clap::builder::PossibleValue::new(*id)),
        ))
    }
}

#[derive(Debug, Args)]
pub struct AssessArgs {
    /// Guide id, e.g. backend-developer (`careerctl guides list` shows them)
    #[arg(value_parser = GuideId, hide_possible_values = true)]
    pub role: String,

    /// Career level to assess against (default: the guide's middle level)
    #[arg(long)]
    pub level: Option<String>,

    /// Ratings file, YAML or JSON (`-` for stdin): `ratings: {sql: 3, ...}`
    #[arg(long, value_name = "FILE")]
    pub answers: Option<PathBuf>,

    /// Rate one skill, overriding the answers file (repeatable)
    #[arg(long = "rate", value_name = "ID=N")]
    pub rate: Vec<String>,

    /// Rating to use for every skill left unrated, instead of failing
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u8).range(0..=5))]
    pub assume_unrated: Option<u8>,

    /// Resume the draft of an interrupted assessment of this role
    #[arg(long)]
    pub resume: bool,

    /// Ask only for the skills the profile has no rating for
    #[arg(long)]
    pub only_missing: bool,

    #[arg(long, value_enum, default_value_t = ReportFormat::Table)]
    pub format: ReportFormat,

    /// Show at most N gaps
    #[arg(long, value_name = "N")]
    pub top: Option<usize>,

    /// Do not save the assessment or update the profile
    #[arg(long)]
    pub no_save: bool,
}

#[derive(Debug, Args)]
pub struct MatchArgs {
    /// Ratings file instead of the profile, YAML or JSON (`-` for stdin)
    #[arg(long, value_name = "FILE")]
    pub answers: Option<PathBuf>,

    /// Rate one skill, overriding the profile or answers file (repeatable)
    #[arg(long = "rate", value_name = "ID=N")]
    pub rate: Vec<String>,

    /// Level to compare at, for guides that have it (the others use their middle level; a level no guide has is an error)
    #[arg(long)]
    pub level: Option<String>,

    #[arg(long, value_enum, default_value_t = ReportFormat::Table)]
    pub format: ReportFormat,
}

#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// Only assessments of this guide
    #[arg(value_parser = GuideId, hide_possible_values = true)]
    pub role: Option<String>,

    #[arg(long, value_enum, default_value_t = ReportFormat::Table)]
    pub format: ReportFormat,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// A guide id (compares its two latest saved assessments), or two report files OLD.json NEW.json;
    /// none: the two latest assessments of the guide assessed last
    #[arg(
        value_name = "ROLE | OLD.json NEW.json",
        num_args = 0..=2,
        value_parser = GuideId,
        hide_possible_values = true
    )]
    pub args: Vec<String>,

    #[arg(long, value_enum, default_value_t = ReportFormat::Table)]
    pub format: ReportFormat,
}

#[derive(Debug, Args)]
pub struct TeamArgs {
    /// JSON reports (`assess --format json` or history files) of one guide and level
    #[arg(value_name = "REPORT.json", required = true)]
    pub reports: Vec<PathBuf>,

    /// Show the per-person grid (skills by people) only for at least this many people
    #[arg(long, value_name = "N", default_value_t = 5)]
    pub min_group: usize,

    #[arg(long, value_enum, default_value_t = ReportFormat::Table)]
    pub format: ReportFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Table,
    Json,
    Markdown,
}

#[derive(Debug, Subcommand)]
pub enum GuidesCommand {
    /// List the guides on the search path and where each comes from
    List {
        #[arg(long, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
    },
    /// Show one guide
    Show {
        /// Guide id
        #[arg(value_parser = GuideId, hide_possible_values = true)]
        role: String,
        #[arg(long, value_enum, default_value_t = ShowFormat::Table)]
        format: ShowFormat,
    },
    /// Print a commented template for a new guide
    New {
        /// Id of the new guide (also its file name: ID.yaml)
        id: String,
        /// Only the required keys: schema_version, id, title and one skill
        #[arg(long)]
        minimal: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Table,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ShowFormat {
    Table,
    Json,
    Yaml,
    Markdown,
}

#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// Guide files or directories (searched recursively for *.yaml, *.yml);
    /// none: every guide on the search path and the built-in ones
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Treat warnings as errors
    #[arg(long)]
    pub strict: bool,

    #[arg(long, value_enum, default_value_t = ValidateFormat::Text)]
    pub format: ValidateFormat,

    /// Number of files checked in parallel (default: the number of CPUs)
    #[arg(short, long, value_name = "N")]
    pub jobs: Option<std::num::NonZeroUsize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ValidateFormat {
    Text,
    Json,
    Github,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaKind {
    Guide,
    Ratings,
    Report,
}
