//! `careerctl completions SHELL` and `careerctl man`: generated from the clap
//! definitions, so they cannot drift from the real command line. The same
//! functions produce the files committed under completions/ and man/.

use std::path::Path;

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::Cli;
use crate::error::{Error, Result};
use crate::output;

pub const SHELLS: [Shell; 5] = [
    Shell::Bash,
    Shell::Zsh,
    Shell::Fish,
    Shell::Elvish,
    Shell::PowerShell,
];

/// The completion script for `shell`. bash, zsh, elvish and powershell get
/// the built-in guide ids from clap_complete (see `cli::GuideId`); its fish
/// generator leaves positional values out, so they are added here.
pub fn completion_script(shell: Shell) -> Vec<u8> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "careerctl", &mut out);
    if shell == Shell::Fish {
        let ids: Vec<&str> = crate::guide::load::BUILTIN
            .iter()
            .map(|(id, _)| *id)
            .collect();
        let ids = ids.join(" ");
        for condition in [
            "__fish_careerctl_using_subcommand assess",
            "__fish_careerctl_using_subcommand history",
            "__fish_careerctl_using_subcommand diff",
            "__fish_careerctl_using_subcommand guides; and __fish_seen_subcommand_from show",
        ] {
            out.extend_from_slice(
                format!(
                    "complete -c careerctl -n \"{condition}\" -f -a \"{ids}\" -d 'built-in guide'\n"
                )
                .as_bytes(),
            );
        }
    }
    out
}

/// The file name a shell's completion script is committed under.
pub fn completion_file(shell: Shell) -> String {
    match shell {
        Shell::Bash => "careerctl.bash".into(),
        Shell::Zsh => "_careerctl".into(),
        Shell::Fish => "careerctl.fish".into(),
        Shell::Elvish => "careerctl.elv".into(),
        Shell::PowerShell => "_careerctl.ps1".into(),
        other => format!("careerctl.{other}"),
    }
}

pub fn completions(shell: Shell) -> Result<()> {
    output::print(&String::from_utf8_lossy(&completion_script(shell)))
}

const EXTRA_SECTIONS: &str = r#".SH "EXIT STATUS"
.TP
\fB0\fR
Success; also when the reader closes standard output early.
.TP
\fB1\fR
The command ran and found problems (\fBvalidate\fR found errors, or warnings under \fB\-\-strict\fR).
.TP
\fB2\fR
Usage or input error: a bad flag, an unknown guide, a bad answers file, missing ratings without a terminal.
.TP
\fB3\fR
I/O error on the data directory or the output; the message names the path.
.TP
\fB130\fR
Interrupted (Ctrl\-C), or stopped with \fBq\fR at a prompt; the answers so far are kept as a draft.
.SH ENVIRONMENT
.TP
\fBCAREERCTL_HOME\fR
The data directory (profile, history, drafts). Default: \fI$XDG_DATA_HOME/careerctl\fR.
.TP
\fBCAREERCTL_GUIDES\fR
Extra guide directories, separated by colons, searched after \fB\-\-guides\fR.
.TP
\fBXDG_CONFIG_HOME\fR
User guides are read from \fI$XDG_CONFIG_HOME/careerctl/guides\fR.
.TP
\fBNO_COLOR\fR
When set and not empty, no colour under \fB\-\-color auto\fR.
.TP
\fBCLICOLOR_FORCE\fR
When set and not 0, colour under \fB\-\-color auto\fR even when not on a terminal.
.TP
\fBCOLUMNS\fR
The width to lay out tables, reports and prompts in. Default: the terminal's width; piped output keeps its natural width.
.SH FILES
.TP
\fI$XDG_DATA_HOME/careerctl/profile.json\fR
The latest rating of every skill ever rated.
.TP
\fI$XDG_DATA_HOME/careerctl/history/\fR
One JSON report per saved assessment.
.TP
\fI$XDG_DATA_HOME/careerctl/drafts/\fR
Answers of interrupted assessments.
.TP
\fI$XDG_CONFIG_HOME/careerctl/guides/\fR
User guides, one \fIID\fR.yaml file each; they shadow built\-in guides of the same id.
.SH EXAMPLES
.TP
\fBcareerctl assess backend\-developer\fR
Rate each skill at the prompts and print the gap report.
.TP
\fBcareerctl assess backend\-developer \-\-answers me.yaml \-\-format json | jq .gaps\fR
Score an answers file and read the ranked gaps as JSON.
.TP
\fBcareerctl validate guides/ \-\-strict \-\-format github\fR
Check a directory of guides in CI, with annotations on the pull request.
.TP
\fBcareerctl guides new my\-role > my\-role.yaml\fR
Start a new guide from a commented template.
"#;

/// Every man page: (file name, roff), the main page first.
pub fn man_pages() -> Vec<(String, Vec<u8>)> {
    // The help's "Exit status / Examples" footer has proper sections here.
    let cmd = Cli::command().after_help(None::<&str>);
    let mut pages = Vec::new();
    let mut main = Vec::new();
    clap_mangen::Man::new(cmd.clone())
        .render(&mut main)
        .expect("rendering to memory cannot fail");
    main.extend_from_slice(EXTRA_SECTIONS.as_bytes());
    pages.push(("careerctl.1".to_string(), main));
    sub_pages(&cmd, "careerctl", &mut pages);
    pages
}

/// What a subcommand's page says beyond its options: how it works, and
/// examples, so an installed binary needs no README.
fn extra_sections(page: &str) -> String {
    let text = match page {
        "careerctl-assess" => include_str!("man/assess.roff"),
        "careerctl-match" => include_str!("man/match.roff"),
        "careerctl-history" => include_str!("man/history.roff"),
        "careerctl-diff" => include_str!("man/diff.roff"),
        "careerctl-team" => include_str!("man/team.roff"),
        "careerctl-validate" => include_str!("man/validate.roff"),
        "careerctl-guides" => include_str!("man/guides.roff"),
        _ => "",
    };
    text.replace("@SCALE@", &scale_roff())
}

/// The rating scale as a roff list, from the one the prompts use.
fn scale_roff() -> String {
    crate::ratings::SCALE
        .iter()
        .map(|(n, label, meaning)| format!(".TP\n\\fB{n} {label}\\fR\n{meaning}\n"))
        .collect()
}

fn sub_pages(cmd: &clap::Command, prefix: &str, pages: &mut Vec<(String, Vec<u8>)>) {
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        let name = format!("{prefix}-{}", sub.get_name());
        let sub = sub
            .clone()
            .name(name.clone())
            .bin_name(name.replace('-', " "));
        let mut page = Vec::new();
        clap_mangen::Man::new(sub.clone())
            .render(&mut page)
            .expect("rendering to memory cannot fail");
        page.extend_from_slice(extra_sections(&name).as_bytes());
        pages.push((format!("{name}.1"), page));
        sub_pages(&sub, &name, pages);
    }
}

pub fn man(dir: Option<&Path>) -> Result<()> {
    let pages = man_pages();
    match dir {
        None => output::print(&String::from_utf8_lossy(&pages[0].1)),
        Some(dir) => {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
            for (name, page) in &pages {
                let path = dir.join(name);
                std::fs::write(&path, page).map_err(|e| Error::io(&path, e))?;
            }
            Ok(())
        }
    }
}
