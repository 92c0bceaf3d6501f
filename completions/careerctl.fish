# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_careerctl_global_optspecs
    string join \n guides= color= q/quiet v/verbose h/help V/version
end

function __fish_careerctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_careerctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_careerctl_using_subcommand
    set -l cmd (__fish_careerctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c careerctl -n "__fish_careerctl_needs_command" -l guides -d 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)' -r -F
complete -c careerctl -n "__fish_careerctl_needs_command" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c careerctl -n "__fish_careerctl_needs_command" -s q -l quiet -d 'Print only data and errors: no warnings, summaries or progress'
complete -c careerctl -n "__fish_careerctl_needs_command" -s v -l verbose -d 'Say more about what is being done'
complete -c careerctl -n "__fish_careerctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careerctl -n "__fish_careerctl_needs_command" -s V -l version -d 'Print version'
complete -c careerctl -n "__fish_careerctl_needs_command" -f -a "assess" -d 'Rate your skills against a guide and print the gap report'
complete -c careerctl -n "__fish_careerctl_needs_command" -f -a "match" -d 'Readiness for every guide: which roles you are closest to'
complete -c careerctl -n "__fish_careerctl_needs_command" -f -a "profile" -d 'Your profile: every rating you gave, when and from which guide; set or unset ratings'
complete -c careerctl -n "__fish_careerctl_needs_command" -f -a "history" -d 'Saved assessments, newest first; show or remove one'
complete -c careerctl -n "__fish_careerctl_needs_command" -f -a "diff" -d 'How you moved between two assessments'
complete -c careerctl -n "__fish_careerctl_needs_command" -f -a "team" -d 'Roll many people\'s JSON reports of one guide up into a team view'
complete -c careerctl -n "__fish_careerctl_needs_command" -f -a "guides" -d 'List, show or start guides (alone: list them)'
complete -c careerctl -n "__fish_careerctl_needs_command" -f -a "validate" -d 'Check guide files: syntax, types, ids, levels, references'
complete -c careerctl -n "__fish_careerctl_needs_command" -f -a "import" -d 'Make guides from an outside database'
complete -c careerctl -n "__fish_careerctl_needs_command" -f -a "schema" -d 'Print the JSON Schema of a file format'
complete -c careerctl -n "__fish_careerctl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c careerctl -n "__fish_careerctl_needs_command" -f -a "man" -d 'Print the man page, or write every page to a directory'
complete -c careerctl -n "__fish_careerctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careerctl -n "__fish_careerctl_using_subcommand assess" -l level -d 'Career level to assess against (default: the guide\'s middle level)' -r
complete -c careerctl -n "__fish_careerctl_using_subcommand assess" -l answers -d 'Ratings file, YAML or JSON (`-` for stdin): `ratings: {sql: 3, ...}`' -r -F
complete -c careerctl -n "__fish_careerctl_using_subcommand assess" -l rate -d 'Rate one skill, overriding the answers file (repeatable)' -r
complete -c careerctl -n "__fish_careerctl_using_subcommand assess" -l assume-unrated -d 'Rating to use for every skill left unrated, instead of failing' -r
complete -c careerctl -n "__fish_careerctl_using_subcommand assess" -l format -d 'html: one self-contained page (inline CSS and SVG, no script); svg: the skill wheel alone' -r -f -a "table\t''
json\t''
markdown\t''
html\t''
svg\t''"
complete -c careerctl -n "__fish_careerctl_using_subcommand assess" -s o -l output -d 'Write the report to FILE instead of stdout' -r -F
complete -c careerctl -n "__fish_careerctl_using_subcommand assess" -l top -d 'Show at most N gaps, and a plan for them (N at least 1)' -r
complete -c careerctl -n "__fish_careerctl_using_subcommand assess" -l name -d 'Whose assessment this is, kept in the report (`team` shows it instead of the file name)' -r
complete -c careerctl -n "__fish_careerctl_using_subcommand assess" -l guides -d 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)' -r -F
complete -c careerctl -n "__fish_careerctl_using_subcommand assess" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c careerctl -n "__fish_careerctl_using_subcommand assess" -l resume -d 'Resume the draft of an interrupted assessment of this role'
complete -c careerctl -n "__fish_careerctl_using_subcommand assess" -l only-missing -d 'Ask only for the skills the profile has no rating for'
complete -c careerctl -n "__fish_careerctl_using_subcommand assess" -l save -d 'Save the assessment and update the profile even though no rating was typed (ratings only from --answers/--rate are not saved otherwise)'
complete -c careerctl -n "__fish_careerctl_using_subcommand assess" -l no-save -d 'Do not save the assessment, update the profile or keep a draft'
complete -c careerctl -n "__fish_careerctl_using_subcommand assess" -l template -d 'Print a commented answers file for the guide, to fill in and pass to --answers'
complete -c careerctl -n "__fish_careerctl_using_subcommand assess" -s q -l quiet -d 'Print only data and errors: no warnings, summaries or progress'
complete -c careerctl -n "__fish_careerctl_using_subcommand assess" -s v -l verbose -d 'Say more about what is being done'
complete -c careerctl -n "__fish_careerctl_using_subcommand assess" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careerctl -n "__fish_careerctl_using_subcommand match" -l answers -d 'Ratings file instead of the profile, YAML or JSON (`-` for stdin)' -r -F
complete -c careerctl -n "__fish_careerctl_using_subcommand match" -l rate -d 'Rate one skill, overriding the profile or answers file (repeatable)' -r
complete -c careerctl -n "__fish_careerctl_using_subcommand match" -l level -d 'Level to compare at, for guides that have it (the others use their middle level; a level no guide has is an error)' -r
complete -c careerctl -n "__fish_careerctl_using_subcommand match" -l format -r -f -a "table\t''
json\t''
markdown\t''"
complete -c careerctl -n "__fish_careerctl_using_subcommand match" -l guides -d 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)' -r -F
complete -c careerctl -n "__fish_careerctl_using_subcommand match" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c careerctl -n "__fish_careerctl_using_subcommand match" -s q -l quiet -d 'Print only data and errors: no warnings, summaries or progress'
complete -c careerctl -n "__fish_careerctl_using_subcommand match" -s v -l verbose -d 'Say more about what is being done'
complete -c careerctl -n "__fish_careerctl_using_subcommand match" -s h -l help -d 'Print help'
complete -c careerctl -n "__fish_careerctl_using_subcommand profile; and not __fish_seen_subcommand_from set unset help" -l format -r -f -a "table\t''
json\t''"
complete -c careerctl -n "__fish_careerctl_using_subcommand profile; and not __fish_seen_subcommand_from set unset help" -l guides -d 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)' -r -F
complete -c careerctl -n "__fish_careerctl_using_subcommand profile; and not __fish_seen_subcommand_from set unset help" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c careerctl -n "__fish_careerctl_using_subcommand profile; and not __fish_seen_subcommand_from set unset help" -s q -l quiet -d 'Print only data and errors: no warnings, summaries or progress'
complete -c careerctl -n "__fish_careerctl_using_subcommand profile; and not __fish_seen_subcommand_from set unset help" -s v -l verbose -d 'Say more about what is being done'
complete -c careerctl -n "__fish_careerctl_using_subcommand profile; and not __fish_seen_subcommand_from set unset help" -s h -l help -d 'Print help'
complete -c careerctl -n "__fish_careerctl_using_subcommand profile; and not __fish_seen_subcommand_from set unset help" -f -a "set" -d 'Set ratings (the same id checks as `assess --rate`)'
complete -c careerctl -n "__fish_careerctl_using_subcommand profile; and not __fish_seen_subcommand_from set unset help" -f -a "unset" -d 'Remove ratings from the profile'
complete -c careerctl -n "__fish_careerctl_using_subcommand profile; and not __fish_seen_subcommand_from set unset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careerctl -n "__fish_careerctl_using_subcommand profile; and __fish_seen_subcommand_from set" -l guides -d 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)' -r -F
complete -c careerctl -n "__fish_careerctl_using_subcommand profile; and __fish_seen_subcommand_from set" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c careerctl -n "__fish_careerctl_using_subcommand profile; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only data and errors: no warnings, summaries or progress'
complete -c careerctl -n "__fish_careerctl_using_subcommand profile; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Say more about what is being done'
complete -c careerctl -n "__fish_careerctl_using_subcommand profile; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c careerctl -n "__fish_careerctl_using_subcommand profile; and __fish_seen_subcommand_from unset" -l guides -d 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)' -r -F
complete -c careerctl -n "__fish_careerctl_using_subcommand profile; and __fish_seen_subcommand_from unset" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c careerctl -n "__fish_careerctl_using_subcommand profile; and __fish_seen_subcommand_from unset" -s q -l quiet -d 'Print only data and errors: no warnings, summaries or progress'
complete -c careerctl -n "__fish_careerctl_using_subcommand profile; and __fish_seen_subcommand_from unset" -s v -l verbose -d 'Say more about what is being done'
complete -c careerctl -n "__fish_careerctl_using_subcommand profile; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help'
complete -c careerctl -n "__fish_careerctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set ratings (the same id checks as `assess --rate`)'
complete -c careerctl -n "__fish_careerctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Remove ratings from the profile'
complete -c careerctl -n "__fish_careerctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careerctl -n "__fish_careerctl_using_subcommand history; and not __fish_seen_subcommand_from show rm help" -l format -d 'html: a page with readiness over time and a trend per skill; svg: the readiness chart (both need ROLE)' -r -f -a "table\t''
json\t''
markdown\t''
html\t''
svg\t''"
complete -c careerctl -n "__fish_careerctl_using_subcommand history; and not __fish_seen_subcommand_from show rm help" -s n -l limit -d 'Show only the newest N' -r
complete -c careerctl -n "__fish_careerctl_using_subcommand history; and not __fish_seen_subcommand_from show rm help" -l since -d 'Show only assessments made on or after DATE (YYYY-MM-DD, UTC)' -r
complete -c careerctl -n "__fish_careerctl_using_subcommand history; and not __fish_seen_subcommand_from show rm help" -s o -l output -d 'Write to FILE instead of stdout' -r -F
complete -c careerctl -n "__fish_careerctl_using_subcommand history; and not __fish_seen_subcommand_from show rm help" -l guides -d 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)' -r -F
complete -c careerctl -n "__fish_careerctl_using_subcommand history; and not __fish_seen_subcommand_from show rm help" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c careerctl -n "__fish_careerctl_using_subcommand history; and not __fish_seen_subcommand_from show rm help" -s q -l quiet -d 'Print only data and errors: no warnings, summaries or progress'
complete -c careerctl -n "__fish_careerctl_using_subcommand history; and not __fish_seen_subcommand_from show rm help" -s v -l verbose -d 'Say more about what is being done'
complete -c careerctl -n "__fish_careerctl_using_subcommand history; and not __fish_seen_subcommand_from show rm help" -s h -l help -d 'Print help'
complete -c careerctl -n "__fish_careerctl_using_subcommand history; and not __fish_seen_subcommand_from show rm help" -a "show" -d 'Print a saved report again'
complete -c careerctl -n "__fish_careerctl_using_subcommand history; and not __fish_seen_subcommand_from show rm help" -a "rm" -d 'Remove saved assessments (asks on a terminal; --yes otherwise)'
complete -c careerctl -n "__fish_careerctl_using_subcommand history; and not __fish_seen_subcommand_from show rm help" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careerctl -n "__fish_careerctl_using_subcommand history; and __fish_seen_subcommand_from show" -l format -r -f -a "table\t''
json\t''
markdown\t''
html\t''
svg\t''"
complete -c careerctl -n "__fish_careerctl_using_subcommand history; and __fish_seen_subcommand_from show" -s o -l output -d 'Write to FILE instead of stdout' -r -F
complete -c careerctl -n "__fish_careerctl_using_subcommand history; and __fish_seen_subcommand_from show" -l guides -d 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)' -r -F
complete -c careerctl -n "__fish_careerctl_using_subcommand history; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c careerctl -n "__fish_careerctl_using_subcommand history; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors: no warnings, summaries or progress'
complete -c careerctl -n "__fish_careerctl_using_subcommand history; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say more about what is being done'
complete -c careerctl -n "__fish_careerctl_using_subcommand history; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c careerctl -n "__fish_careerctl_using_subcommand history; and __fish_seen_subcommand_from rm" -l guides -d 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)' -r -F
complete -c careerctl -n "__fish_careerctl_using_subcommand history; and __fish_seen_subcommand_from rm" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c careerctl -n "__fish_careerctl_using_subcommand history; and __fish_seen_subcommand_from rm" -l yes -d 'Remove without asking'
complete -c careerctl -n "__fish_careerctl_using_subcommand history; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print only data and errors: no warnings, summaries or progress'
complete -c careerctl -n "__fish_careerctl_using_subcommand history; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Say more about what is being done'
complete -c careerctl -n "__fish_careerctl_using_subcommand history; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c careerctl -n "__fish_careerctl_using_subcommand history; and __fish_seen_subcommand_from help" -f -a "show" -d 'Print a saved report again'
complete -c careerctl -n "__fish_careerctl_using_subcommand history; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove saved assessments (asks on a terminal; --yes otherwise)'
complete -c careerctl -n "__fish_careerctl_using_subcommand history; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careerctl -n "__fish_careerctl_using_subcommand diff" -l format -r -f -a "table\t''
json\t''
markdown\t''"
complete -c careerctl -n "__fish_careerctl_using_subcommand diff" -l guides -d 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)' -r -F
complete -c careerctl -n "__fish_careerctl_using_subcommand diff" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c careerctl -n "__fish_careerctl_using_subcommand diff" -s q -l quiet -d 'Print only data and errors: no warnings, summaries or progress'
complete -c careerctl -n "__fish_careerctl_using_subcommand diff" -s v -l verbose -d 'Say more about what is being done'
complete -c careerctl -n "__fish_careerctl_using_subcommand diff" -s h -l help -d 'Print help'
complete -c careerctl -n "__fish_careerctl_using_subcommand team" -l min-group -d 'Show the per-person grid (skills by people) only for at least this many people' -r
complete -c careerctl -n "__fish_careerctl_using_subcommand team" -l format -d 'html: a page with the team\'s skill wheel and, from --min-group people up, a heat map' -r -f -a "table\t''
json\t''
markdown\t''
html\t''"
complete -c careerctl -n "__fish_careerctl_using_subcommand team" -s o -l output -d 'Write to FILE instead of stdout' -r -F
complete -c careerctl -n "__fish_careerctl_using_subcommand team" -l guides -d 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)' -r -F
complete -c careerctl -n "__fish_careerctl_using_subcommand team" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c careerctl -n "__fish_careerctl_using_subcommand team" -s q -l quiet -d 'Print only data and errors: no warnings, summaries or progress'
complete -c careerctl -n "__fish_careerctl_using_subcommand team" -s v -l verbose -d 'Say more about what is being done'
complete -c careerctl -n "__fish_careerctl_using_subcommand team" -s h -l help -d 'Print help'
complete -c careerctl -n "__fish_careerctl_using_subcommand guides; and not __fish_seen_subcommand_from list show new help" -l guides -d 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)' -r -F
complete -c careerctl -n "__fish_careerctl_using_subcommand guides; and not __fish_seen_subcommand_from list show new help" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c careerctl -n "__fish_careerctl_using_subcommand guides; and not __fish_seen_subcommand_from list show new help" -s q -l quiet -d 'Print only data and errors: no warnings, summaries or progress'
complete -c careerctl -n "__fish_careerctl_using_subcommand guides; and not __fish_seen_subcommand_from list show new help" -s v -l verbose -d 'Say more about what is being done'
complete -c careerctl -n "__fish_careerctl_using_subcommand guides; and not __fish_seen_subcommand_from list show new help" -s h -l help -d 'Print help'
complete -c careerctl -n "__fish_careerctl_using_subcommand guides; and not __fish_seen_subcommand_from list show new help" -f -a "list" -d 'List the guides on the search path and where each comes from'
complete -c careerctl -n "__fish_careerctl_using_subcommand guides; and not __fish_seen_subcommand_from list show new help" -f -a "show" -d 'Show one guide'
complete -c careerctl -n "__fish_careerctl_using_subcommand guides; and not __fish_seen_subcommand_from list show new help" -f -a "new" -d 'Print a commented template for a new guide'
complete -c careerctl -n "__fish_careerctl_using_subcommand guides; and not __fish_seen_subcommand_from list show new help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careerctl -n "__fish_careerctl_using_subcommand guides; and __fish_seen_subcommand_from list" -l format -r -f -a "table\t''
json\t''"
complete -c careerctl -n "__fish_careerctl_using_subcommand guides; and __fish_seen_subcommand_from list" -l guides -d 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)' -r -F
complete -c careerctl -n "__fish_careerctl_using_subcommand guides; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c careerctl -n "__fish_careerctl_using_subcommand guides; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors: no warnings, summaries or progress'
complete -c careerctl -n "__fish_careerctl_using_subcommand guides; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more about what is being done'
complete -c careerctl -n "__fish_careerctl_using_subcommand guides; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c careerctl -n "__fish_careerctl_using_subcommand guides; and __fish_seen_subcommand_from show" -l format -r -f -a "table\t''
json\t''
yaml\t''
markdown\t''"
complete -c careerctl -n "__fish_careerctl_using_subcommand guides; and __fish_seen_subcommand_from show" -l guides -d 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)' -r -F
complete -c careerctl -n "__fish_careerctl_using_subcommand guides; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c careerctl -n "__fish_careerctl_using_subcommand guides; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors: no warnings, summaries or progress'
complete -c careerctl -n "__fish_careerctl_using_subcommand guides; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say more about what is being done'
complete -c careerctl -n "__fish_careerctl_using_subcommand guides; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c careerctl -n "__fish_careerctl_using_subcommand guides; and __fish_seen_subcommand_from new" -l guides -d 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)' -r -F
complete -c careerctl -n "__fish_careerctl_using_subcommand guides; and __fish_seen_subcommand_from new" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c careerctl -n "__fish_careerctl_using_subcommand guides; and __fish_seen_subcommand_from new" -l minimal -d 'Only the required keys: schema_version, id, title and one skill'
complete -c careerctl -n "__fish_careerctl_using_subcommand guides; and __fish_seen_subcommand_from new" -s q -l quiet -d 'Print only data and errors: no warnings, summaries or progress'
complete -c careerctl -n "__fish_careerctl_using_subcommand guides; and __fish_seen_subcommand_from new" -s v -l verbose -d 'Say more about what is being done'
complete -c careerctl -n "__fish_careerctl_using_subcommand guides; and __fish_seen_subcommand_from new" -s h -l help -d 'Print help'
complete -c careerctl -n "__fish_careerctl_using_subcommand guides; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the guides on the search path and where each comes from'
complete -c careerctl -n "__fish_careerctl_using_subcommand guides; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one guide'
complete -c careerctl -n "__fish_careerctl_using_subcommand guides; and __fish_seen_subcommand_from help" -f -a "new" -d 'Print a commented template for a new guide'
complete -c careerctl -n "__fish_careerctl_using_subcommand guides; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careerctl -n "__fish_careerctl_using_subcommand validate" -l format -r -f -a "text\t''
json\t''
github\t''"
complete -c careerctl -n "__fish_careerctl_using_subcommand validate" -s j -l jobs -d 'Number of files checked in parallel, 1 to 256 (default: the number of CPUs)' -r
complete -c careerctl -n "__fish_careerctl_using_subcommand validate" -l guides -d 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)' -r -F
complete -c careerctl -n "__fish_careerctl_using_subcommand validate" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c careerctl -n "__fish_careerctl_using_subcommand validate" -l strict -d 'Treat warnings as errors'
complete -c careerctl -n "__fish_careerctl_using_subcommand validate" -s q -l quiet -d 'Print only data and errors: no warnings, summaries or progress'
complete -c careerctl -n "__fish_careerctl_using_subcommand validate" -s v -l verbose -d 'Say more about what is being done'
complete -c careerctl -n "__fish_careerctl_using_subcommand validate" -s h -l help -d 'Print help'
complete -c careerctl -n "__fish_careerctl_using_subcommand import; and not __fish_seen_subcommand_from onet help" -l guides -d 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)' -r -F
complete -c careerctl -n "__fish_careerctl_using_subcommand import; and not __fish_seen_subcommand_from onet help" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c careerctl -n "__fish_careerctl_using_subcommand import; and not __fish_seen_subcommand_from onet help" -s q -l quiet -d 'Print only data and errors: no warnings, summaries or progress'
complete -c careerctl -n "__fish_careerctl_using_subcommand import; and not __fish_seen_subcommand_from onet help" -s v -l verbose -d 'Say more about what is being done'
complete -c careerctl -n "__fish_careerctl_using_subcommand import; and not __fish_seen_subcommand_from onet help" -s h -l help -d 'Print help'
complete -c careerctl -n "__fish_careerctl_using_subcommand import; and not __fish_seen_subcommand_from onet help" -f -a "onet" -d 'One guide per occupation from the O*NET database\'s text release (CC BY 4.0)'
complete -c careerctl -n "__fish_careerctl_using_subcommand import; and not __fish_seen_subcommand_from onet help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careerctl -n "__fish_careerctl_using_subcommand import; and __fish_seen_subcommand_from onet" -l out -d 'Directory to write the guides to, ID.yaml each (created if missing)' -r -F
complete -c careerctl -n "__fish_careerctl_using_subcommand import; and __fish_seen_subcommand_from onet" -l occupation -d 'Import only this occupation: an O*NET-SOC code (15-1252.00) or words of its title (repeatable; default: every occupation)' -r
complete -c careerctl -n "__fish_careerctl_using_subcommand import; and __fish_seen_subcommand_from onet" -l min-importance -d 'Leave out skills and knowledge areas of importance (IM, 1 to 5) below X' -r
complete -c careerctl -n "__fish_careerctl_using_subcommand import; and __fish_seen_subcommand_from onet" -l release -d 'The release, for the credit line (default: from the name, as in db_29_0_text.zip)' -r
complete -c careerctl -n "__fish_careerctl_using_subcommand import; and __fish_seen_subcommand_from onet" -l guides -d 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)' -r -F
complete -c careerctl -n "__fish_careerctl_using_subcommand import; and __fish_seen_subcommand_from onet" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c careerctl -n "__fish_careerctl_using_subcommand import; and __fish_seen_subcommand_from onet" -l force -d 'Replace files in DIR that an import did not write (by default they stop it)'
complete -c careerctl -n "__fish_careerctl_using_subcommand import; and __fish_seen_subcommand_from onet" -s q -l quiet -d 'Print only data and errors: no warnings, summaries or progress'
complete -c careerctl -n "__fish_careerctl_using_subcommand import; and __fish_seen_subcommand_from onet" -s v -l verbose -d 'Say more about what is being done'
complete -c careerctl -n "__fish_careerctl_using_subcommand import; and __fish_seen_subcommand_from onet" -s h -l help -d 'Print help'
complete -c careerctl -n "__fish_careerctl_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "onet" -d 'One guide per occupation from the O*NET database\'s text release (CC BY 4.0)'
complete -c careerctl -n "__fish_careerctl_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careerctl -n "__fish_careerctl_using_subcommand schema" -l guides -d 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)' -r -F
complete -c careerctl -n "__fish_careerctl_using_subcommand schema" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c careerctl -n "__fish_careerctl_using_subcommand schema" -s q -l quiet -d 'Print only data and errors: no warnings, summaries or progress'
complete -c careerctl -n "__fish_careerctl_using_subcommand schema" -s v -l verbose -d 'Say more about what is being done'
complete -c careerctl -n "__fish_careerctl_using_subcommand schema" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careerctl -n "__fish_careerctl_using_subcommand completions" -l guides -d 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)' -r -F
complete -c careerctl -n "__fish_careerctl_using_subcommand completions" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c careerctl -n "__fish_careerctl_using_subcommand completions" -s q -l quiet -d 'Print only data and errors: no warnings, summaries or progress'
complete -c careerctl -n "__fish_careerctl_using_subcommand completions" -s v -l verbose -d 'Say more about what is being done'
complete -c careerctl -n "__fish_careerctl_using_subcommand completions" -s h -l help -d 'Print help'
complete -c careerctl -n "__fish_careerctl_using_subcommand man" -l dir -d 'Write careerctl.1 and one page per subcommand into DIR' -r -F
complete -c careerctl -n "__fish_careerctl_using_subcommand man" -l guides -d 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)' -r -F
complete -c careerctl -n "__fish_careerctl_using_subcommand man" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c careerctl -n "__fish_careerctl_using_subcommand man" -s q -l quiet -d 'Print only data and errors: no warnings, summaries or progress'
complete -c careerctl -n "__fish_careerctl_using_subcommand man" -s v -l verbose -d 'Say more about what is being done'
complete -c careerctl -n "__fish_careerctl_using_subcommand man" -s h -l help -d 'Print help'
complete -c careerctl -n "__fish_careerctl_using_subcommand help; and not __fish_seen_subcommand_from assess match profile history diff team guides validate import schema completions man help" -f -a "assess" -d 'Rate your skills against a guide and print the gap report'
complete -c careerctl -n "__fish_careerctl_using_subcommand help; and not __fish_seen_subcommand_from assess match profile history diff team guides validate import schema completions man help" -f -a "match" -d 'Readiness for every guide: which roles you are closest to'
complete -c careerctl -n "__fish_careerctl_using_subcommand help; and not __fish_seen_subcommand_from assess match profile history diff team guides validate import schema completions man help" -f -a "profile" -d 'Your profile: every rating you gave, when and from which guide; set or unset ratings'
complete -c careerctl -n "__fish_careerctl_using_subcommand help; and not __fish_seen_subcommand_from assess match profile history diff team guides validate import schema completions man help" -f -a "history" -d 'Saved assessments, newest first; show or remove one'
complete -c careerctl -n "__fish_careerctl_using_subcommand help; and not __fish_seen_subcommand_from assess match profile history diff team guides validate import schema completions man help" -f -a "diff" -d 'How you moved between two assessments'
complete -c careerctl -n "__fish_careerctl_using_subcommand help; and not __fish_seen_subcommand_from assess match profile history diff team guides validate import schema completions man help" -f -a "team" -d 'Roll many people\'s JSON reports of one guide up into a team view'
complete -c careerctl -n "__fish_careerctl_using_subcommand help; and not __fish_seen_subcommand_from assess match profile history diff team guides validate import schema completions man help" -f -a "guides" -d 'List, show or start guides (alone: list them)'
complete -c careerctl -n "__fish_careerctl_using_subcommand help; and not __fish_seen_subcommand_from assess match profile history diff team guides validate import schema completions man help" -f -a "validate" -d 'Check guide files: syntax, types, ids, levels, references'
complete -c careerctl -n "__fish_careerctl_using_subcommand help; and not __fish_seen_subcommand_from assess match profile history diff team guides validate import schema completions man help" -f -a "import" -d 'Make guides from an outside database'
complete -c careerctl -n "__fish_careerctl_using_subcommand help; and not __fish_seen_subcommand_from assess match profile history diff team guides validate import schema completions man help" -f -a "schema" -d 'Print the JSON Schema of a file format'
complete -c careerctl -n "__fish_careerctl_using_subcommand help; and not __fish_seen_subcommand_from assess match profile history diff team guides validate import schema completions man help" -f -a "completions" -d 'Print a shell completion script'
complete -c careerctl -n "__fish_careerctl_using_subcommand help; and not __fish_seen_subcommand_from assess match profile history diff team guides validate import schema completions man help" -f -a "man" -d 'Print the man page, or write every page to a directory'
complete -c careerctl -n "__fish_careerctl_using_subcommand help; and not __fish_seen_subcommand_from assess match profile history diff team guides validate import schema completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careerctl -n "__fish_careerctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "set" -d 'Set ratings (the same id checks as `assess --rate`)'
complete -c careerctl -n "__fish_careerctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "unset" -d 'Remove ratings from the profile'
complete -c careerctl -n "__fish_careerctl_using_subcommand help; and __fish_seen_subcommand_from history" -f -a "show" -d 'Print a saved report again'
complete -c careerctl -n "__fish_careerctl_using_subcommand help; and __fish_seen_subcommand_from history" -f -a "rm" -d 'Remove saved assessments (asks on a terminal; --yes otherwise)'
complete -c careerctl -n "__fish_careerctl_using_subcommand help; and __fish_seen_subcommand_from guides" -f -a "list" -d 'List the guides on the search path and where each comes from'
complete -c careerctl -n "__fish_careerctl_using_subcommand help; and __fish_seen_subcommand_from guides" -f -a "show" -d 'Show one guide'
complete -c careerctl -n "__fish_careerctl_using_subcommand help; and __fish_seen_subcommand_from guides" -f -a "new" -d 'Print a commented template for a new guide'
complete -c careerctl -n "__fish_careerctl_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "onet" -d 'One guide per occupation from the O*NET database\'s text release (CC BY 4.0)'
complete -c careerctl -n "__fish_careerctl_using_subcommand assess" -f -a "backend-developer data-engineer developer-advocate engineering-manager full-stack-developer platform-engineer senior-backend-developer site-reliability-engineer software-architect staff-engineer tech-lead" -d 'built-in guide'
complete -c careerctl -n "__fish_careerctl_using_subcommand history" -f -a "backend-developer data-engineer developer-advocate engineering-manager full-stack-developer platform-engineer senior-backend-developer site-reliability-engineer software-architect staff-engineer tech-lead" -d 'built-in guide'
complete -c careerctl -n "__fish_careerctl_using_subcommand diff" -f -a "backend-developer data-engineer developer-advocate engineering-manager full-stack-developer platform-engineer senior-backend-developer site-reliability-engineer software-architect staff-engineer tech-lead" -d 'built-in guide'
complete -c careerctl -n "__fish_careerctl_using_subcommand guides; and __fish_seen_subcommand_from show" -f -a "backend-developer data-engineer developer-advocate engineering-manager full-stack-developer platform-engineer senior-backend-developer site-reliability-engineer software-architect staff-engineer tech-lead" -d 'built-in guide'
