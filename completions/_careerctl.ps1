
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
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Your profile: every rating you gave, when and from which guide; set or unset ratings')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Saved assessments, newest first; show or remove one')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'How you moved between two assessments')
            [CompletionResult]::new('team', 'team', [CompletionResultType]::ParameterValue, 'Roll many people''s JSON reports of one guide up into a team view')
            [CompletionResult]::new('guides', 'guides', [CompletionResultType]::ParameterValue, 'List, show or start guides (alone: list them)')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check guide files: syntax, types, ids, levels, references')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Make guides from an outside database')
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
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'html: one self-contained page (inline CSS and SVG, no script); svg: the skill wheel alone')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of stdout')
            [CompletionResult]::new('--top', '--top', [CompletionResultType]::ParameterName, 'Show at most N gaps, and a plan for them (N at least 1)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Whose assessment this is, kept in the report (`team` shows it instead of the file name)')
            [CompletionResult]::new('--guides', '--guides', [CompletionResultType]::ParameterName, 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Resume the draft of an interrupted assessment of this role')
            [CompletionResult]::new('--only-missing', '--only-missing', [CompletionResultType]::ParameterName, 'Ask only for the skills the profile has no rating for')
            [CompletionResult]::new('--save', '--save', [CompletionResultType]::ParameterName, 'Save the assessment and update the profile even though no rating was typed (ratings only from --answers/--rate are not saved otherwise)')
            [CompletionResult]::new('--no-save', '--no-save', [CompletionResultType]::ParameterName, 'Do not save the assessment, update the profile or keep a draft')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'Print a commented answers file for the guide, to fill in and pass to --answers')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no warnings, summaries or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no warnings, summaries or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
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
        'careerctl;profile' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('--guides', '--guides', [CompletionResultType]::ParameterName, 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no warnings, summaries or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no warnings, summaries or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set ratings (the same id checks as `assess --rate`)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove ratings from the profile')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'careerctl;profile;set' {
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
        'careerctl;profile;unset' {
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
        'careerctl;profile;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set ratings (the same id checks as `assess --rate`)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove ratings from the profile')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'careerctl;profile;help;set' {
            break
        }
        'careerctl;profile;help;unset' {
            break
        }
        'careerctl;profile;help;help' {
            break
        }
        'careerctl;history' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'html: a page with readiness over time and a trend per skill; svg: the readiness chart (both need ROLE)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Show only the newest N')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show only the newest N')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Show only assessments made on or after DATE (YYYY-MM-DD, UTC)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--guides', '--guides', [CompletionResultType]::ParameterName, 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no warnings, summaries or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no warnings, summaries or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print a saved report again')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove saved assessments (asks on a terminal; --yes otherwise)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'careerctl;history;show' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
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
        'careerctl;history;rm' {
            [CompletionResult]::new('--guides', '--guides', [CompletionResultType]::ParameterName, 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Remove without asking')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no warnings, summaries or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no warnings, summaries or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'careerctl;history;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print a saved report again')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove saved assessments (asks on a terminal; --yes otherwise)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'careerctl;history;help;show' {
            break
        }
        'careerctl;history;help;rm' {
            break
        }
        'careerctl;history;help;help' {
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
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'html: a page with the team''s skill wheel and, from --min-group people up, a heat map')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
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
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Number of files checked in parallel, 1 to 256 (default: the number of CPUs)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Number of files checked in parallel, 1 to 256 (default: the number of CPUs)')
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
        'careerctl;import' {
            [CompletionResult]::new('--guides', '--guides', [CompletionResultType]::ParameterName, 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no warnings, summaries or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no warnings, summaries or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('onet', 'onet', [CompletionResultType]::ParameterValue, 'One guide per occupation from the O*NET database''s text release (CC BY 4.0)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'careerctl;import;onet' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Directory to write the guides to, ID.yaml each (created if missing)')
            [CompletionResult]::new('--occupation', '--occupation', [CompletionResultType]::ParameterName, 'Import only this occupation: an O*NET-SOC code (15-1252.00) or words of its title (repeatable; default: every occupation)')
            [CompletionResult]::new('--min-importance', '--min-importance', [CompletionResultType]::ParameterName, 'Leave out skills and knowledge areas of importance (IM, 1 to 5) below X')
            [CompletionResult]::new('--release', '--release', [CompletionResultType]::ParameterName, 'The release, for the credit line (default: from the name, as in db_29_0_text.zip)')
            [CompletionResult]::new('--guides', '--guides', [CompletionResultType]::ParameterName, 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace files in DIR that an import did not write (by default they stop it)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no warnings, summaries or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no warnings, summaries or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'careerctl;import;help' {
            [CompletionResult]::new('onet', 'onet', [CompletionResultType]::ParameterValue, 'One guide per occupation from the O*NET database''s text release (CC BY 4.0)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'careerctl;import;help;onet' {
            break
        }
        'careerctl;import;help;help' {
            break
        }
        'careerctl;schema' {
            [CompletionResult]::new('--guides', '--guides', [CompletionResultType]::ParameterName, 'Look for guides in DIR first (repeatable; also CAREERCTL_GUIDES, `:`-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no warnings, summaries or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no warnings, summaries or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is being done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
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
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Your profile: every rating you gave, when and from which guide; set or unset ratings')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Saved assessments, newest first; show or remove one')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'How you moved between two assessments')
            [CompletionResult]::new('team', 'team', [CompletionResultType]::ParameterValue, 'Roll many people''s JSON reports of one guide up into a team view')
            [CompletionResult]::new('guides', 'guides', [CompletionResultType]::ParameterValue, 'List, show or start guides (alone: list them)')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check guide files: syntax, types, ids, levels, references')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Make guides from an outside database')
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
        'careerctl;help;profile' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set ratings (the same id checks as `assess --rate`)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove ratings from the profile')
            break
        }
        'careerctl;help;profile;set' {
            break
        }
        'careerctl;help;profile;unset' {
            break
        }
        'careerctl;help;history' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print a saved report again')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove saved assessments (asks on a terminal; --yes otherwise)')
            break
        }
        'careerctl;help;history;show' {
            break
        }
        'careerctl;help;history;rm' {
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
        'careerctl;help;import' {
            [CompletionResult]::new('onet', 'onet', [CompletionResultType]::ParameterValue, 'One guide per occupation from the O*NET database''s text release (CC BY 4.0)')
            break
        }
        'careerctl;help;import;onet' {
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
