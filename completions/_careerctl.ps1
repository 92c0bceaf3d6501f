
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'careerctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'careerctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'careerctl' {
            [CompletionResult]::new('--guides', '--guides', [CompletionResultType]::ParameterName, 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no warnings, summaries or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no warnings, summaries or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('assess', 'assess', [CompletionResultType]::ParameterValue, 'Rate your skills against a guide and print the gap report')
            [CompletionResult]::new('match', 'match', [CompletionResultType]::ParameterValue, 'Readiness for every guide: which roles you are closest to')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Saved assessments, newest first')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'How you moved between two assessments')
            [CompletionResult]::new('team', 'team', [CompletionResultType]::ParameterValue, 'Roll many people''s JSON reports of one guide up into a team view')
            [CompletionResult]::new('guides', 'guides', [CompletionResultType]::ParameterValue, 'List, show or start guides')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check guide files: syntax, types, ids, levels, references')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the JSON Schema of a file format')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page, or write every page to a directory')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'careerctl;assess' {
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Career level to assess against (default: the guide''s middle level)')
            [CompletionResult]::new('--answers', '--answers', [CompletionResultType]::ParameterName, 'Ratings file, YAML or JSON (`-` for stdin): `ratings: {sql: 3, ...}`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Rate one skill, overriding the answers file (repeatable)')
            [CompletionResult]::new('--assume-unrated', '--assume-unrated', [CompletionResultType]::ParameterName, 'Rating to use for every skill left unrated, instead of failing')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('--top', '--top', [CompletionResultType]::ParameterName, 'Show at most N gaps')
            [CompletionResult]::new('--guides', '--guides', [CompletionResultType]::ParameterName, 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Resume the draft of an interrupted assessment of this role')
            [CompletionResult]::new('--only-missing', '--only-missing', [CompletionResultType]::ParameterName, 'Ask only for the skills the profile has no rating for')
            [CompletionResult]::new('--no-save', '--no-save', [CompletionResultType]::ParameterName, 'Do not save the assessment or update the profile')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no warnings, summaries or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no warnings, summaries or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'careerctl;match' {
            [CompletionResult]::new('--answers', '--answers', [CompletionResultType]::ParameterName, 'Ratings file instead of the profile, YAML or JSON (`-` for stdin)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Rate one skill, overriding the profile or answers file (repeatable)')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Level to compare at, for guides that have it (the others use their middle level; a level no guide has is an error)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('--guides', '--guides', [CompletionResultType]::ParameterName, 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no warnings, summaries or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no warnings, summaries or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'careerctl;history' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('--guides', '--guides', [CompletionResultType]::ParameterName, 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no warnings, summaries or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no warnings, summaries or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'careerctl;diff' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('--guides', '--guides', [CompletionResultType]::ParameterName, 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no warnings, summaries or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no warnings, summaries or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'careerctl;team' {
            [CompletionResult]::new('--min-group', '--min-group', [CompletionResultType]::ParameterName, 'Show the per-person grid (skills by people) only for at least this many people')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('--guides', '--guides', [CompletionResultType]::ParameterName, 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no warnings, summaries or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no warnings, summaries or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'careerctl;guides' {
            [CompletionResult]::new('--guides', '--guides', [CompletionResultType]::ParameterName, 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no warnings, summaries or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no warnings, summaries or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the guides on the search path and where each comes from')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one guide')
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Print a commented template for a new guide')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'careerctl;guides;list' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('--guides', '--guides', [CompletionResultType]::ParameterName, 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no warnings, summaries or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no warnings, summaries or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'careerctl;guides;show' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('--guides', '--guides', [CompletionResultType]::ParameterName, 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no warnings, summaries or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no warnings, summaries or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'careerctl;guides;new' {
            [CompletionResult]::new('--guides', '--guides', [CompletionResultType]::ParameterName, 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)')
            [CompletionResult]::new('--minimal', '--minimal', [CompletionResultType]::ParameterName, 'Only the required keys: schema_version, id, title and one skill')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no warnings, summaries or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no warnings, summaries or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'careerctl;guides;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the guides on the search path and where each comes from')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one guide')
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Print a commented template for a new guide')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'careerctl;guides;help;list' {
            break
        }
        'careerctl;guides;help;show' {
            break
        }
        'careerctl;guides;help;new' {
            break
        }
        'careerctl;guides;help;help' {
            break
        }
        'careerctl;validate' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Number of files checked in parallel (default: the number of CPUs)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Number of files checked in parallel (default: the number of CPUs)')
            [CompletionResult]::new('--guides', '--guides', [CompletionResultType]::ParameterName, 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no warnings, summaries or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no warnings, summaries or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'careerctl;schema' {
            [CompletionResult]::new('--guides', '--guides', [CompletionResultType]::ParameterName, 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no warnings, summaries or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no warnings, summaries or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'careerctl;completions' {
            [CompletionResult]::new('--guides', '--guides', [CompletionResultType]::ParameterName, 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no warnings, summaries or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no warnings, summaries or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'careerctl;man' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Write careerctl.1 and one page per subcommand into DIR')
            [CompletionResult]::new('--guides', '--guides', [CompletionResultType]::ParameterName, 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no warnings, summaries or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no warnings, summaries or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'careerctl;help' {
            [CompletionResult]::new('assess', 'assess', [CompletionResultType]::ParameterValue, 'Rate your skills against a guide and print the gap report')
            [CompletionResult]::new('match', 'match', [CompletionResultType]::ParameterValue, 'Readiness for every guide: which roles you are closest to')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Saved assessments, newest first')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'How you moved between two assessments')
            [CompletionResult]::new('team', 'team', [CompletionResultType]::ParameterValue, 'Roll many people''s JSON reports of one guide up into a team view')
            [CompletionResult]::new('guides', 'guides', [CompletionResultType]::ParameterValue, 'List, show or start guides')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check guide files: syntax, types, ids, levels, references')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the JSON Schema of a file format')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page, or write every page to a directory')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'careerctl;help;assess' {
            break
        }
        'careerctl;help;match' {
            break
        }
        'careerctl;help;history' {
            break
        }
        'careerctl;help;diff' {
            break
        }
        'careerctl;help;team' {
            break
        }
        'careerctl;help;guides' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the guides on the search path and where each comes from')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one guide')
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Print a commented template for a new guide')
            break
        }
        'careerctl;help;guides;list' {
            break
        }
        'careerctl;help;guides;show' {
            break
        }
        'careerctl;help;guides;new' {
            break
        }
        'careerctl;help;validate' {
            break
        }
        'careerctl;help;schema' {
            break
        }
        'careerctl;help;completions' {
            break
        }
        'careerctl;help;man' {
            break
        }
        'careerctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
