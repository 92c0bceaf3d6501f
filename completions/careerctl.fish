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
complete -c careerctl -n "__fish_careerctl_needs_command" -f -a "history" -d 'Saved assessments, newest first'
complete -c careerctl -n "__fish_careerctl_needs_command" -f -a "diff" -d 'How you moved between two assessments'
complete -c careerctl -n "__fish_careerctl_needs_command" -f -a "team" -d 'Roll many people\'s JSON reports of one guide up into a team view'
complete -c careerctl -n "__fish_careerctl_needs_command" -f -a "guides" -d 'List, show or start guides'
complete -c careerctl -n "__fish_careerctl_needs_command" -f -a "validate" -d 'Check guide files: syntax, types, ids, levels, references'
complete -c careerctl -n "__fish_careerctl_needs_command" -f -a "schema" -d 'Print the JSON Schema of a file format'
complete -c careerctl -n "__fish_careerctl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c careerctl -n "__fish_careerctl_needs_command" -f -a "man" -d 'Print the man page, or write every page to a directory'
complete -c careerctl -n "__fish_careerctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careerctl -n "__fish_careerctl_using_subcommand assess" -l level -d 'Career level to assess against (default: the guide\'s middle level)' -r
complete -c careerctl -n "__fish_careerctl_using_subcommand assess" -l answers -d 'Ratings file, YAML or JSON (`-` for stdin): `ratings: {sql: 3, ...}`' -r -F
complete -c careerctl -n "__fish_careerctl_using_subcommand assess" -l rate -d 'Rate one skill, overriding the answers file (repeatable)' -r
complete -c careerctl -n "__fish_careerctl_using_subcommand assess" -l assume-unrated -d 'Rating to use for every skill left unrated, instead of failing' -r
complete -c careerctl -n "__fish_careerctl_using_subcommand assess" -l format -r -f -a "table\t''
json\t''
markdown\t''"
complete -c careerctl -n "__fish_careerctl_using_subcommand assess" -l top -d 'Show at most N gaps' -r
complete -c careerctl -n "__fish_careerctl_using_subcommand assess" -l guides -d 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)' -r -F
complete -c careerctl -n "__fish_careerctl_using_subcommand assess" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c careerctl -n "__fish_careerctl_using_subcommand assess" -l resume -d 'Resume the draft of an interrupted assessment of this role'
complete -c careerctl -n "__fish_careerctl_using_subcommand assess" -l only-missing -d 'Ask only for the skills the profile has no rating for'
complete -c careerctl -n "__fish_careerctl_using_subcommand assess" -l no-save -d 'Do not save the assessment or update the profile'
complete -c careerctl -n "__fish_careerctl_using_subcommand assess" -s q -l quiet -d 'Print only data and errors: no warnings, summaries or progress'
complete -c careerctl -n "__fish_careerctl_using_subcommand assess" -s v -l verbose -d 'Say more about what is being done'
complete -c careerctl -n "__fish_careerctl_using_subcommand assess" -s h -l help -d 'Print help'
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
complete -c careerctl -n "__fish_careerctl_using_subcommand history" -l format -r -f -a "table\t''
json\t''
markdown\t''"
complete -c careerctl -n "__fish_careerctl_using_subcommand history" -l guides -d 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)' -r -F
complete -c careerctl -n "__fish_careerctl_using_subcommand history" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c careerctl -n "__fish_careerctl_using_subcommand history" -s q -l quiet -d 'Print only data and errors: no warnings, summaries or progress'
complete -c careerctl -n "__fish_careerctl_using_subcommand history" -s v -l verbose -d 'Say more about what is being done'
complete -c careerctl -n "__fish_careerctl_using_subcommand history" -s h -l help -d 'Print help'
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
complete -c careerctl -n "__fish_careerctl_using_subcommand team" -l format -r -f -a "table\t''
json\t''
markdown\t''"
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
complete -c careerctl -n "__fish_careerctl_using_subcommand validate" -s j -l jobs -d 'Number of files checked in parallel (default: the number of CPUs)' -r
complete -c careerctl -n "__fish_careerctl_using_subcommand validate" -l guides -d 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)' -r -F
complete -c careerctl -n "__fish_careerctl_using_subcommand validate" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c careerctl -n "__fish_careerctl_using_subcommand validate" -l strict -d 'Treat warnings as errors'
complete -c careerctl -n "__fish_careerctl_using_subcommand validate" -s q -l quiet -d 'Print only data and errors: no warnings, summaries or progress'
complete -c careerctl -n "__fish_careerctl_using_subcommand validate" -s v -l verbose -d 'Say more about what is being done'
complete -c careerctl -n "__fish_careerctl_using_subcommand validate" -s h -l help -d 'Print help'
complete -c careerctl -n "__fish_careerctl_using_subcommand schema" -l guides -d 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)' -r -F
complete -c careerctl -n "__fish_careerctl_using_subcommand schema" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c careerctl -n "__fish_careerctl_using_subcommand schema" -s q -l quiet -d 'Print only data and errors: no warnings, summaries or progress'
complete -c careerctl -n "__fish_careerctl_using_subcommand schema" -s v -l verbose -d 'Say more about what is being done'
complete -c careerctl -n "__fish_careerctl_using_subcommand schema" -s h -l help -d 'Print help'
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
complete -c careerctl -n "__fish_careerctl_using_subcommand help; and not __fish_seen_subcommand_from assess match history diff team guides validate schema completions man help" -f -a "assess" -d 'Rate your skills against a guide and print the gap report'
complete -c careerctl -n "__fish_careerctl_using_subcommand help; and not __fish_seen_subcommand_from assess match history diff team guides validate schema completions man help" -f -a "match" -d 'Readiness for every guide: which roles you are closest to'
complete -c careerctl -n "__fish_careerctl_using_subcommand help; and not __fish_seen_subcommand_from assess match history diff team guides validate schema completions man help" -f -a "history" -d 'Saved assessments, newest first'
complete -c careerctl -n "__fish_careerctl_using_subcommand help; and not __fish_seen_subcommand_from assess match history diff team guides validate schema completions man help" -f -a "diff" -d 'How you moved between two assessments'
complete -c careerctl -n "__fish_careerctl_using_subcommand help; and not __fish_seen_subcommand_from assess match history diff team guides validate schema completions man help" -f -a "team" -d 'Roll many people\'s JSON reports of one guide up into a team view'
complete -c careerctl -n "__fish_careerctl_using_subcommand help; and not __fish_seen_subcommand_from assess match history diff team guides validate schema completions man help" -f -a "guides" -d 'List, show or start guides'
complete -c careerctl -n "__fish_careerctl_using_subcommand help; and not __fish_seen_subcommand_from assess match history diff team guides validate schema completions man help" -f -a "validate" -d 'Check guide files: syntax, types, ids, levels, references'
complete -c careerctl -n "__fish_careerctl_using_subcommand help; and not __fish_seen_subcommand_from assess match history diff team guides validate schema completions man help" -f -a "schema" -d 'Print the JSON Schema of a file format'
complete -c careerctl -n "__fish_careerctl_using_subcommand help; and not __fish_seen_subcommand_from assess match history diff team guides validate schema completions man help" -f -a "completions" -d 'Print a shell completion script'
complete -c careerctl -n "__fish_careerctl_using_subcommand help; and not __fish_seen_subcommand_from assess match history diff team guides validate schema completions man help" -f -a "man" -d 'Print the man page, or write every page to a directory'
complete -c careerctl -n "__fish_careerctl_using_subcommand help; and not __fish_seen_subcommand_from assess match history diff team guides validate schema completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careerctl -n "__fish_careerctl_using_subcommand help; and __fish_seen_subcommand_from guides" -f -a "list" -d 'List the guides on the search path and where each comes from'
complete -c careerctl -n "__fish_careerctl_using_subcommand help; and __fish_seen_subcommand_from guides" -f -a "show" -d 'Show one guide'
complete -c careerctl -n "__fish_careerctl_using_subcommand help; and __fish_seen_subcommand_from guides" -f -a "new" -d 'Print a commented template for a new guide'
complete -c careerctl -n "__fish_careerctl_using_subcommand assess" -f -a "backend-developer data-engineer developer-advocate engineering-manager full-stack-developer platform-engineer senior-backend-developer site-reliability-engineer software-architect staff-engineer tech-lead" -d 'built-in guide'
complete -c careerctl -n "__fish_careerctl_using_subcommand history" -f -a "backend-developer data-engineer developer-advocate engineering-manager full-stack-developer platform-engineer senior-backend-developer site-reliability-engineer software-architect staff-engineer tech-lead" -d 'built-in guide'
complete -c careerctl -n "__fish_careerctl_using_subcommand diff" -f -a "backend-developer data-engineer developer-advocate engineering-manager full-stack-developer platform-engineer senior-backend-developer site-reliability-engineer software-architect staff-engineer tech-lead" -d 'built-in guide'
complete -c careerctl -n "__fish_careerctl_using_subcommand guides; and __fish_seen_subcommand_from show" -f -a "backend-developer data-engineer developer-advocate engineering-manager full-stack-developer platform-engineer senior-backend-developer site-reliability-engineer software-architect staff-engineer tech-lead" -d 'built-in guide'
