
use builtin;
use str;

set edit:completion:arg-completer[careerctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'careerctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'careerctl'= {
            cand --guides 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)'
            cand -q 'Print only data and errors: no warnings, summaries or progress'
            cand --quiet 'Print only data and errors: no warnings, summaries or progress'
            cand -v 'Say more about what is being done'
            cand --verbose 'Say more about what is being done'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand assess 'Rate your skills against a guide and print the gap report'
            cand match 'Readiness for every guide: which roles you are closest to'
            cand profile 'Your profile: every rating you gave, when and from which guide; set or unset ratings'
            cand history 'Saved assessments, newest first; show or remove one'
            cand diff 'How you moved between two assessments'
            cand team 'Roll many people''s JSON reports of one guide up into a team view'
            cand guides 'List, show or start guides (alone: list them)'
            cand validate 'Check guide files: syntax, types, ids, levels, references'
            cand import 'Make guides from an outside database'
            cand schema 'Print the JSON Schema of a file format'
            cand completions 'Print a shell completion script'
            cand man 'Print the man page, or write every page to a directory'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'careerctl;assess'= {
            cand --level 'Career level to assess against (default: the guide''s middle level)'
            cand --answers 'Ratings file, YAML or JSON (`-` for stdin): `ratings: {sql: 3, ...}`'
            cand --rate 'Rate one skill, overriding the answers file (repeatable)'
            cand --assume-unrated 'Rating to use for every skill left unrated, instead of failing'
            cand --format 'html: one self-contained page (inline CSS and SVG, no script); svg: the skill wheel alone'
            cand -o 'Write the report to FILE instead of stdout'
            cand --output 'Write the report to FILE instead of stdout'
            cand --top 'Show at most N gaps, and a plan for them (N at least 1)'
            cand --name 'Whose assessment this is, kept in the report (`team` shows it instead of the file name)'
            cand --guides 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)'
            cand --resume 'Resume the draft of an interrupted assessment of this role'
            cand --only-missing 'Ask only for the skills the profile has no rating for'
            cand --save 'Save the assessment and update the profile even though no rating was typed (ratings only from --answers/--rate are not saved otherwise)'
            cand --no-save 'Do not save the assessment, update the profile or keep a draft'
            cand --template 'Print a commented answers file for the guide, to fill in and pass to --answers'
            cand -q 'Print only data and errors: no warnings, summaries or progress'
            cand --quiet 'Print only data and errors: no warnings, summaries or progress'
            cand -v 'Say more about what is being done'
            cand --verbose 'Say more about what is being done'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'careerctl;match'= {
            cand --answers 'Ratings file instead of the profile, YAML or JSON (`-` for stdin)'
            cand --rate 'Rate one skill, overriding the profile or answers file (repeatable)'
            cand --level 'Level to compare at, for guides that have it (the others use their middle level; a level no guide has is an error)'
            cand --format 'format'
            cand --guides 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)'
            cand -q 'Print only data and errors: no warnings, summaries or progress'
            cand --quiet 'Print only data and errors: no warnings, summaries or progress'
            cand -v 'Say more about what is being done'
            cand --verbose 'Say more about what is being done'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'careerctl;profile'= {
            cand --format 'format'
            cand --guides 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)'
            cand -q 'Print only data and errors: no warnings, summaries or progress'
            cand --quiet 'Print only data and errors: no warnings, summaries or progress'
            cand -v 'Say more about what is being done'
            cand --verbose 'Say more about what is being done'
            cand -h 'Print help'
            cand --help 'Print help'
            cand set 'Set ratings (the same id checks as `assess --rate`)'
            cand unset 'Remove ratings from the profile'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'careerctl;profile;set'= {
            cand --guides 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)'
            cand -q 'Print only data and errors: no warnings, summaries or progress'
            cand --quiet 'Print only data and errors: no warnings, summaries or progress'
            cand -v 'Say more about what is being done'
            cand --verbose 'Say more about what is being done'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'careerctl;profile;unset'= {
            cand --guides 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)'
            cand -q 'Print only data and errors: no warnings, summaries or progress'
            cand --quiet 'Print only data and errors: no warnings, summaries or progress'
            cand -v 'Say more about what is being done'
            cand --verbose 'Say more about what is being done'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'careerctl;profile;help'= {
            cand set 'Set ratings (the same id checks as `assess --rate`)'
            cand unset 'Remove ratings from the profile'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'careerctl;profile;help;set'= {
        }
        &'careerctl;profile;help;unset'= {
        }
        &'careerctl;profile;help;help'= {
        }
        &'careerctl;history'= {
            cand --format 'html: a page with readiness over time and a trend per skill; svg: the readiness chart (both need ROLE)'
            cand -n 'Show only the newest N'
            cand --limit 'Show only the newest N'
            cand --since 'Show only assessments made on or after DATE (YYYY-MM-DD, UTC)'
            cand -o 'Write to FILE instead of stdout'
            cand --output 'Write to FILE instead of stdout'
            cand --guides 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)'
            cand -q 'Print only data and errors: no warnings, summaries or progress'
            cand --quiet 'Print only data and errors: no warnings, summaries or progress'
            cand -v 'Say more about what is being done'
            cand --verbose 'Say more about what is being done'
            cand -h 'Print help'
            cand --help 'Print help'
            cand show 'Print a saved report again'
            cand rm 'Remove saved assessments (asks on a terminal; --yes otherwise)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'careerctl;history;show'= {
            cand --format 'format'
            cand -o 'Write to FILE instead of stdout'
            cand --output 'Write to FILE instead of stdout'
            cand --guides 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)'
            cand -q 'Print only data and errors: no warnings, summaries or progress'
            cand --quiet 'Print only data and errors: no warnings, summaries or progress'
            cand -v 'Say more about what is being done'
            cand --verbose 'Say more about what is being done'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'careerctl;history;rm'= {
            cand --guides 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)'
            cand --yes 'Remove without asking'
            cand -q 'Print only data and errors: no warnings, summaries or progress'
            cand --quiet 'Print only data and errors: no warnings, summaries or progress'
            cand -v 'Say more about what is being done'
            cand --verbose 'Say more about what is being done'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'careerctl;history;help'= {
            cand show 'Print a saved report again'
            cand rm 'Remove saved assessments (asks on a terminal; --yes otherwise)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'careerctl;history;help;show'= {
        }
        &'careerctl;history;help;rm'= {
        }
        &'careerctl;history;help;help'= {
        }
        &'careerctl;diff'= {
            cand --format 'format'
            cand --guides 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)'
            cand -q 'Print only data and errors: no warnings, summaries or progress'
            cand --quiet 'Print only data and errors: no warnings, summaries or progress'
            cand -v 'Say more about what is being done'
            cand --verbose 'Say more about what is being done'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'careerctl;team'= {
            cand --min-group 'Show the per-person grid (skills by people) only for at least this many people'
            cand --format 'html: a page with the team''s skill wheel and, from --min-group people up, a heat map'
            cand -o 'Write to FILE instead of stdout'
            cand --output 'Write to FILE instead of stdout'
            cand --guides 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)'
            cand -q 'Print only data and errors: no warnings, summaries or progress'
            cand --quiet 'Print only data and errors: no warnings, summaries or progress'
            cand -v 'Say more about what is being done'
            cand --verbose 'Say more about what is being done'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'careerctl;guides'= {
            cand --guides 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)'
            cand -q 'Print only data and errors: no warnings, summaries or progress'
            cand --quiet 'Print only data and errors: no warnings, summaries or progress'
            cand -v 'Say more about what is being done'
            cand --verbose 'Say more about what is being done'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List the guides on the search path and where each comes from'
            cand show 'Show one guide'
            cand new 'Print a commented template for a new guide'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'careerctl;guides;list'= {
            cand --format 'format'
            cand --guides 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)'
            cand -q 'Print only data and errors: no warnings, summaries or progress'
            cand --quiet 'Print only data and errors: no warnings, summaries or progress'
            cand -v 'Say more about what is being done'
            cand --verbose 'Say more about what is being done'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'careerctl;guides;show'= {
            cand --format 'format'
            cand --guides 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)'
            cand -q 'Print only data and errors: no warnings, summaries or progress'
            cand --quiet 'Print only data and errors: no warnings, summaries or progress'
            cand -v 'Say more about what is being done'
            cand --verbose 'Say more about what is being done'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'careerctl;guides;new'= {
            cand --guides 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)'
            cand --minimal 'Only the required keys: schema_version, id, title and one skill'
            cand -q 'Print only data and errors: no warnings, summaries or progress'
            cand --quiet 'Print only data and errors: no warnings, summaries or progress'
            cand -v 'Say more about what is being done'
            cand --verbose 'Say more about what is being done'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'careerctl;guides;help'= {
            cand list 'List the guides on the search path and where each comes from'
            cand show 'Show one guide'
            cand new 'Print a commented template for a new guide'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'careerctl;guides;help;list'= {
        }
        &'careerctl;guides;help;show'= {
        }
        &'careerctl;guides;help;new'= {
        }
        &'careerctl;guides;help;help'= {
        }
        &'careerctl;validate'= {
            cand --format 'format'
            cand -j 'Number of files checked in parallel, 1 to 256 (default: the number of CPUs)'
            cand --jobs 'Number of files checked in parallel, 1 to 256 (default: the number of CPUs)'
            cand --guides 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)'
            cand --strict 'Treat warnings as errors'
            cand -q 'Print only data and errors: no warnings, summaries or progress'
            cand --quiet 'Print only data and errors: no warnings, summaries or progress'
            cand -v 'Say more about what is being done'
            cand --verbose 'Say more about what is being done'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'careerctl;import'= {
            cand --guides 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)'
            cand -q 'Print only data and errors: no warnings, summaries or progress'
            cand --quiet 'Print only data and errors: no warnings, summaries or progress'
            cand -v 'Say more about what is being done'
            cand --verbose 'Say more about what is being done'
            cand -h 'Print help'
            cand --help 'Print help'
            cand onet 'One guide per occupation from the O*NET database''s text release (CC BY 4.0)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'careerctl;import;onet'= {
            cand --out 'Directory to write the guides to, ID.yaml each (created if missing)'
            cand --occupation 'Import only this occupation: an O*NET-SOC code (15-1252.00) or words of its title (repeatable; default: every occupation)'
            cand --min-importance 'Leave out skills and knowledge areas of importance (IM, 1 to 5) below X'
            cand --release 'The release, for the credit line (default: from the name, as in db_29_0_text.zip)'
            cand --guides 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)'
            cand --force 'Replace files in DIR that an import did not write (by default they stop it)'
            cand -q 'Print only data and errors: no warnings, summaries or progress'
            cand --quiet 'Print only data and errors: no warnings, summaries or progress'
            cand -v 'Say more about what is being done'
            cand --verbose 'Say more about what is being done'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'careerctl;import;help'= {
            cand onet 'One guide per occupation from the O*NET database''s text release (CC BY 4.0)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'careerctl;import;help;onet'= {
        }
        &'careerctl;import;help;help'= {
        }
        &'careerctl;schema'= {
            cand --guides 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)'
            cand -q 'Print only data and errors: no warnings, summaries or progress'
            cand --quiet 'Print only data and errors: no warnings, summaries or progress'
            cand -v 'Say more about what is being done'
            cand --verbose 'Say more about what is being done'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'careerctl;completions'= {
            cand --guides 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)'
            cand -q 'Print only data and errors: no warnings, summaries or progress'
            cand --quiet 'Print only data and errors: no warnings, summaries or progress'
            cand -v 'Say more about what is being done'
            cand --verbose 'Say more about what is being done'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'careerctl;man'= {
            cand --dir 'Write careerctl.1 and one page per subcommand into DIR'
            cand --guides 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)'
            cand -q 'Print only data and errors: no warnings, summaries or progress'
            cand --quiet 'Print only data and errors: no warnings, summaries or progress'
            cand -v 'Say more about what is being done'
            cand --verbose 'Say more about what is being done'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'careerctl;help'= {
            cand assess 'Rate your skills against a guide and print the gap report'
            cand match 'Readiness for every guide: which roles you are closest to'
            cand profile 'Your profile: every rating you gave, when and from which guide; set or unset ratings'
            cand history 'Saved assessments, newest first; show or remove one'
            cand diff 'How you moved between two assessments'
            cand team 'Roll many people''s JSON reports of one guide up into a team view'
            cand guides 'List, show or start guides (alone: list them)'
            cand validate 'Check guide files: syntax, types, ids, levels, references'
            cand import 'Make guides from an outside database'
            cand schema 'Print the JSON Schema of a file format'
            cand completions 'Print a shell completion script'
            cand man 'Print the man page, or write every page to a directory'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'careerctl;help;assess'= {
        }
        &'careerctl;help;match'= {
        }
        &'careerctl;help;profile'= {
            cand set 'Set ratings (the same id checks as `assess --rate`)'
            cand unset 'Remove ratings from the profile'
        }
        &'careerctl;help;profile;set'= {
        }
        &'careerctl;help;profile;unset'= {
        }
        &'careerctl;help;history'= {
            cand show 'Print a saved report again'
            cand rm 'Remove saved assessments (asks on a terminal; --yes otherwise)'
        }
        &'careerctl;help;history;show'= {
        }
        &'careerctl;help;history;rm'= {
        }
        &'careerctl;help;diff'= {
        }
        &'careerctl;help;team'= {
        }
        &'careerctl;help;guides'= {
            cand list 'List the guides on the search path and where each comes from'
            cand show 'Show one guide'
            cand new 'Print a commented template for a new guide'
        }
        &'careerctl;help;guides;list'= {
        }
        &'careerctl;help;guides;show'= {
        }
        &'careerctl;help;guides;new'= {
        }
        &'careerctl;help;validate'= {
        }
        &'careerctl;help;import'= {
            cand onet 'One guide per occupation from the O*NET database''s text release (CC BY 4.0)'
        }
        &'careerctl;help;import;onet'= {
        }
        &'careerctl;help;schema'= {
        }
        &'careerctl;help;completions'= {
        }
        &'careerctl;help;man'= {
        }
        &'careerctl;help;help'= {
        }
    ]
    $completions[$command]
}
