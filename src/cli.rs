//! The command-line surface (README, "Commands"), as clap derive types.
//! Kept apart from behaviour so completions and man pages can be generated
//! from the same definitions.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use clap_complete::{ArgValueCandidates, ArgValueCompleter};

const AFTER_HELP: &str = "\
Exit status: 0 success, 1 problems found (validate), 2 usage or input error,
3 I/O error, 130 interrupted.

Examples:
  careerctl guides list
  careerctl assess backend-developer
  careerctl assess backend-developer --answers me.yaml --format json | jq .gaps
  careerctl validate guides/ --format github";

const ASSESS_ABOUT: &str = "\
Rate your skills against a guide and print the gap report.

Saving: an assessment with ratings typed at the prompts is saved (the report \
in the history, the ratings in the profile). One whose ratings all come from \
--answers and --rate is not saved unless --save is given, so scoring a file \
or a script has no side effects. --no-save never saves and keeps no draft. \
Every save prints one line on stderr (`saved to history (DATE); compare later \
with: careerctl diff ROLE`), which -q hides.

A --rate id that no loaded guide knows, as id or former id, is a usage error \
naming the nearest ids; `Observability` is read as `observability`. The same \
in an answers file is a warning, and the rating is neither used nor stored.

At a prompt: a number 0-5, Enter for the [default], s skips, b (or Up, Enter) \
goes back one skill, ? shows the scale and the keys again, q keeps a draft and quits \
(exit 130, like Ctrl-C). The data dir is checked before the first question.";

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
    #[command(long_about = ASSESS_ABOUT)]
    Assess(AssessArgs),
    /// Readiness for every guide: which roles you are closest to
    Match(MatchArgs),
    /// Your profile: every rating you gave, when and from which guide; set or unset ratings
    Profile(ProfileArgs),
    /// Saved assessments, newest first; show or remove one
    History(HistoryArgs),
    /// How you moved between two assessments
    Diff(DiffArgs),
    /// Roll many people's JSON reports of one guide up into a team view
    Team(TeamArgs),
    /// List, show or start guides (alone: list them)
    Guides(GuidesArgs),
    /// Check guide files: syntax, types, ids, levels, references
    Validate(ValidateArgs),
    /// Make guides from an outside database
    #[command(subcommand)]
    Import(ImportCommand),
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
    #[arg(value_parser = GuideId, hide_possible_values = true, add = ArgValueCandidates::new(crate::complete::guide_ids))]
    pub role: String,

    /// Career level to assess against (default: the guide's middle level)
    #[arg(long, add = ArgValueCandidates::new(crate::complete::levels))]
    pub level: Option<String>,

    /// Ratings file, YAML or JSON (`-` for stdin): `ratings: {sql: 3, ...}`
    #[arg(long, value_name = "FILE")]
    pub answers: Option<PathBuf>,

    /// Rate one skill, overriding the answers file (repeatable)
    #[arg(long = "rate", value_name = "ID=N", add = ArgValueCompleter::new(crate::complete::rate))]
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

    /// html: one self-contained page (inline CSS and SVG, no script); svg: the skill wheel alone
    #[arg(long, value_enum, default_value_t = PictureFormat::Table)]
    pub format: PictureFormat,

    /// Write the report to FILE instead of stdout
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Show at most N gaps, and a plan for them (N at least 1)
    #[arg(long, value_name = "N", value_parser = at_least_one)]
    pub top: Option<usize>,

    /// Save the assessment and update the profile even though no rating was typed
    /// (ratings only from --answers/--rate are not saved otherwise)
    #[arg(long, conflicts_with = "no_save")]
    pub save: bool,

    /// Do not save the assessment, update the profile or keep a draft
    #[arg(long)]
    pub no_save: bool,

    /// Print a commented answers file for the guide, to fill in and pass to --answers
    #[arg(long, conflicts_with_all = ["answers", "rate", "resume", "only_missing", "format"])]
    pub template: bool,

    /// Whose assessment this is, kept in the report (`team` shows it instead of the file name)
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
}

#[derive(Debug, Args)]
pub struct MatchArgs {
    /// Ratings file instead of the profile, YAML or JSON (`-` for stdin)
    #[arg(long, value_name = "FILE")]
    pub answers: Option<PathBuf>,

    /// Rate one skill, overriding the profile or answers file (repeatable)
    #[arg(long = "rate", value_name = "ID=N", add = ArgValueCompleter::new(crate::complete::rate))]
    pub rate: Vec<String>,

    /// Level to compare at, for guides that have it (the others use their middle level; a level no guide has is an error)
    #[arg(long, add = ArgValueCandidates::new(crate::complete::levels))]
    pub level: Option<String>,

    #[arg(long, value_enum, default_value_t = ReportFormat::Table)]
    pub format: ReportFormat,
}

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct HistoryArgs {
    #[command(subcommand)]
    pub action: Option<HistoryCommand>,

    /// Only assessments of this guide
    #[arg(value_parser = GuideId, hide_possible_values = true, add = ArgValueCandidates::new(crate::complete::guide_ids))]
    pub role: Option<String>,

    /// html: a page with readiness over time and a trend per skill; svg: the readiness chart (both need ROLE)
    #[arg(long, value_enum, default_value_t = PictureFormat::Table)]
    pub format: PictureFormat,

    /// Show only the newest N
    #[arg(short = 'n', long = "limit", value_name = "N", value_parser = at_least_one)]
    pub limit: Option<usize>,

    /// Show only assessments made on or after DATE (YYYY-MM-DD, UTC)
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Write to FILE instead of stdout
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum HistoryCommand {
    /// Print a saved report again
    Show {
        /// The number `history` shows (1 = newest), a guide id (its newest) or a report file
        #[arg(value_name = "REF")]
        #[arg(add = ArgValueCandidates::new(crate::complete::history_refs))]
        reference: String,

        #[arg(long, value_enum, default_value_t = PictureFormat::Table)]
        format: PictureFormat,

        /// Write to FILE instead of stdout
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Remove saved assessments (asks on a terminal; --yes otherwise)
    Rm {
        /// The number `history` shows (1 = newest), a guide id (its newest) or a file in the history
        #[arg(value_name = "REF", required = true, add = ArgValueCandidates::new(crate::complete::history_refs))]
        references: Vec<String>,

        /// Remove without asking
        #[arg(long)]
        yes: bool,
    },
}

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct ProfileArgs {
    #[command(subcommand)]
    pub action: Option<ProfileCommand>,

    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}

#[derive(Debug, Subcommand)]
pub enum ProfileCommand {
    /// Set ratings (the same id checks as `assess --rate`)
    Set {
        #[arg(value_name = "ID=N", required = true)]
        ratings: Vec<String>,
    },
    /// Remove ratings from the profile
    Unset {
        #[arg(value_name = "ID", required = true)]
        ids: Vec<String>,
    },
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// A guide id (compares its newest saved assessment with the previous one at the same level),
    /// or two report files OLD.json NEW.json; none: the guide assessed last
    #[arg(
        value_name = "ROLE | OLD.json NEW.json",
        num_args = 0..=2,
        value_parser = GuideId,
        hide_possible_values = true,
        add = ArgValueCandidates::new(crate::complete::guide_ids)
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

    /// html: a page with the team's skill wheel and, from --min-group people up, a heat map
    #[arg(long, value_enum, default_value_t = TeamFormat::Table)]
    pub format: TeamFormat,
    /// Write to FILE instead of stdout
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// `team` formats: those of the other reports, and a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TeamFormat {
    Table,
    Json,
    Markdown,
    Html,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Table,
    Json,
    Markdown,
}

#[derive(Debug, Args)]
pub struct GuidesArgs {
    #[command(subcommand)]
    pub command: Option<GuidesCommand>,
}

/// `assess` and `history` formats: those of the other reports, and the
/// pictures (an HTML page, an SVG chart).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PictureFormat {
    Table,
    Json,
    Markdown,
    Html,
    Svg,
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
        #[arg(value_parser = GuideId, hide_possible_values = true, add = ArgValueCandidates::new(crate::complete::guide_ids))]
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

    /// Number of files checked in parallel, 1 to 256 (default: the number of CPUs)
    #[arg(short, long, value_name = "N", value_parser = jobs)]
    pub jobs: Option<u16>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ValidateFormat {
    Text,
    Json,
    Github,
}

#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// One guide per occupation from the O*NET database's text release (CC BY 4.0)
    Onet(OnetArgs),
}

#[derive(Debug, Args)]
pub struct OnetArgs {
    /// The O*NET text release as downloaded (db_29_0_text.zip) or its unpacked directory
    #[arg(value_name = "PATH")]
    pub path: PathBuf,

    /// Directory to write the guides to, ID.yaml each (created if missing)
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,

    /// Import only this occupation: an O*NET-SOC code (15-1252.00) or words of its title
    /// (repeatable; default: every occupation)
    #[arg(long = "occupation", value_name = "CODE|TEXT")]
    pub occupations: Vec<String>,

    /// Leave out skills and knowledge areas of importance (IM, 1 to 5) below X
    #[arg(long, value_name = "X", default_value_t = 3.0)]
    pub min_importance: f64,

    /// The release, for the credit line (default: from the name, as in db_29_0_text.zip)
    #[arg(long, value_name = "N.N")]
    pub release: Option<String>,

    /// Replace files in DIR that an import did not write (by default they stop it)
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaKind {
    /// A role guide (YAML)
    Guide,
    /// An answers file for `--answers`
    Ratings,
    /// `assess --format json`, and each saved history entry
    Report,
    /// `match --format json`
    Match,
    /// `diff --format json`
    Diff,
    /// `team --format json`
    Team,
    /// `history --format json`
    History,
    /// `profile --format json`
    Profile,
    /// `validate --format json`
    Validate,
}

/// A count of 1 or more: `--top 0` would show nothing.
fn at_least_one(s: &str) -> Result<usize, String> {
    match s.parse::<usize>() {
        Ok(0) => Err("must be at least 1".into()),
        Ok(n) => Ok(n),
        Err(e) => Err(e.to_string()),
    }
}

/// `--jobs`: 1 to 256 threads.
fn jobs(s: &str) -> Result<u16, String> {
    match s.parse::<u16>() {
        Ok(0) => Err("--jobs must be at least 1".into()),
        Ok(n @ 1..=256) => Ok(n),
        Ok(_) => Err("--jobs can be at most 256".into()),
        Err(e) => Err(e.to_string()),
    }
}
