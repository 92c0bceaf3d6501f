
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
            cand history 'Saved assessments, newest first'
            cand diff 'How you moved between two assessments'
            cand team 'Roll many people''s JSON reports of one guide up into a team view'
            cand guides 'List, show or start guides'
            cand validate 'Check guide files: syntax, types, ids, levels, references'
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
            cand --format 'format'
            cand --top 'Show at most N gaps'
            cand --guides 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)'
            cand --resume 'Resume the draft of an interrupted assessment of this role'
            cand --only-missing 'Ask only for the skills the profile has no rating for'
            cand --no-save 'Do not save the assessment or update the profile'
            cand -q 'Print only data and errors: no warnings, summaries or progress'
            cand --quiet 'Print only data and errors: no warnings, summaries or progress'
            cand -v 'Say more about what is being done'
            cand --verbose 'Say more about what is being done'
            cand -h 'Print help'
            cand --help 'Print help'
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
        &'careerctl;history'= {
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
            cand -j 'Number of files checked in parallel (default: the number of CPUs)'
            cand --jobs 'Number of files checked in parallel (default: the number of CPUs)'
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
        &'careerctl;schema'= {
            cand --guides 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)'
            cand -q 'Print only data and errors: no warnings, summaries or progress'
            cand --quiet 'Print only data and errors: no warnings, summaries or progress'
            cand -v 'Say more about what is being done'
            cand --verbose 'Say more about what is being done'
            cand -h 'Print help'
            cand --help 'Print help'
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
            cand history 'Saved assessments, newest first'
            cand diff 'How you moved between two assessments'
            cand team 'Roll many people''s JSON reports of one guide up into a team view'
            cand guides 'List, show or start guides'
            cand validate 'Check guide files: syntax, types, ids, levels, references'
            cand schema 'Print the JSON Schema of a file format'
            cand completions 'Print a shell completion script'
            cand man 'Print the man page, or write every page to a directory'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'careerctl;help;assess'= {
        }
        &'careerctl;help;match'= {
        }
        &'careerctl;help;history'= {
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
