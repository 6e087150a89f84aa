# fish completion for lmp. Generated from the command model by `lmp completion fish`;
# do not edit. Install: lmp completion fish > ~/.config/fish/completions/lmp.fish

# Prints the (sub)command being completed, e.g. 'lmp election tally'.
function __lmp_command_path
    set -l path lmp
    for word in (commandline -opc)[2..-1]
        switch "$path $word"
            case 'lmp roster' 'lmp roster import' 'lmp roster validate' 'lmp roster export' 'lmp roster list' 'lmp election' 'lmp election new' 'lmp election check' 'lmp election ballots' 'lmp election intake' 'lmp election tally' 'lmp election draw' 'lmp election certify' 'lmp election verify' 'lmp election reopen' 'lmp terms' 'lmp terms policy' 'lmp terms check' 'lmp terms expiring' 'lmp terms release-time' 'lmp bargaining' 'lmp bargaining timeline' 'lmp bargaining deadlines' 'lmp bargaining validate' 'lmp completion' 'lmp config' 'lmp config path' 'lmp config list' 'lmp help'
                set path "$path $word"
        end
    end
    echo $path
end

# Prints directories and the files with one of the given extensions that start with the current word.
function __lmp_complete_files
    set -l token (commandline -ct)
    for path in $token*
        if test -d $path
            echo $path/
        else
            for extension in $argv
                string match -q -- "*.$extension" $path; and echo $path
            end
        end
    end
end

complete -c lmp -f

# lmp
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp"' -a 'roster' -d 'Import, validate, export and list rosters of members, UBTs, stewards and role...'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp"' -a 'election' -d 'Create, check, ballot, tally, certify and verify union elections.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp"' -a 'terms' -d 'Role policy, term-limit checks, term-expiry reports and release time.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp"' -a 'bargaining' -d 'National bargaining timelines and statutory (NLRA 8(d)/8(g)) deadlines.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp"' -a 'completion' -d 'Print the shell completion script for bash, zsh or fish, generated from lmp\'s...'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp"' -a 'config' -d 'Show where lmp\'s config file is and the option defaults it sets, each with...'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp"' -a 'help' -d 'Show the help of a command, given by its full path, e.g.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp"' -s v -l verbose -d 'Say more about what is being done (repeat for more: -vv).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp"' -s q -l quiet -d 'Print only results and errors, no notes.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp"' -s h -l help -d 'Show this help message and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp"' -s V -l version -d 'Print version information and exit.'

# lmp roster
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp roster"' -a 'import' -d 'Merge CSV exports (UTF-8 with or without BOM; comma, semicolon or tab) and...'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp roster"' -a 'validate' -d 'Check a roster and report every problem with its file and line: unreadable...'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp roster"' -a 'export' -d 'Write the whole roster (roster name, councils, UBTs, members, roles) as CSV...'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp roster"' -a 'list' -d 'List the members of a roster, with the roles each holds on the day (--as-of...'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp roster"' -s h -l help -d 'Show this help message and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp roster"' -s V -l version -d 'Print version information and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp roster"' -s v -l verbose -d 'Say more about what is being done (repeat for more: -vv).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp roster"' -s q -l quiet -d 'Print only results and errors, no notes.'

# lmp roster import
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp roster import"' -l into -x -k -a '(__lmp_complete_files yaml yml)' -d 'The roster YAML to merge into; created when it does not exist.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp roster import"' -l mapping -x -k -a '(__lmp_complete_files yaml yml)' -d 'Mapping file (YAML) from roster columns to the CSV\'s own column names, and...'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp roster import"' -l dry-run -d 'Show every change and write nothing.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp roster import"' -l skip-rejected -d 'Write the accepted records even when some are rejected (exit 0).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp roster import"' -l format -x -a 'text json' -d 'text (default) | json.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp roster import"' -s h -l help -d 'Show this help message and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp roster import"' -s V -l version -d 'Print version information and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp roster import"' -s v -l verbose -d 'Say more about what is being done (repeat for more: -vv).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp roster import"' -s q -l quiet -d 'Print only results and errors, no notes.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp roster import"' -k -a '(__lmp_complete_files csv yaml yml json)'

# lmp roster validate
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp roster validate"' -l format -x -a 'text json' -d 'text (default) | json.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp roster validate"' -s h -l help -d 'Show this help message and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp roster validate"' -s V -l version -d 'Print version information and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp roster validate"' -s v -l verbose -d 'Say more about what is being done (repeat for more: -vv).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp roster validate"' -s q -l quiet -d 'Print only results and errors, no notes.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp roster validate"' -k -a '(__lmp_complete_files yaml yml)'

# lmp roster export
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp roster export"' -l format -x -a 'yaml csv json' -d 'yaml (default) | csv | json.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp roster export"' -s o -l output -r -F -d 'Write to FILE instead of standard output (\'-\' for standard output).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp roster export"' -l force -d 'Overwrite FILE if it exists.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp roster export"' -s h -l help -d 'Show this help message and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp roster export"' -s V -l version -d 'Print version information and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp roster export"' -s v -l verbose -d 'Say more about what is being done (repeat for more: -vv).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp roster export"' -s q -l quiet -d 'Print only results and errors, no notes.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp roster export"' -k -a '(__lmp_complete_files yaml yml)'

# lmp roster list
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp roster list"' -l ubt -x -d 'Only members of this UBT.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp roster list"' -l role -x -a 'ubt-co-lead labor-partner contract-specialist steward-council-chair improvement-advisor alliance-partnership-representative union-officer' -d 'Only members holding this role on the day: ubt-co-lead, labor-partner...'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp roster list"' -l stewards -d 'Only members who are stewards on the day.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp roster list"' -l as-of -x -d 'Judge dates as of this day (YYYY-MM-DD).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp roster list"' -l format -x -a 'text csv json' -d 'text (default) | csv | json.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp roster list"' -s h -l help -d 'Show this help message and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp roster list"' -s V -l version -d 'Print version information and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp roster list"' -s v -l verbose -d 'Say more about what is being done (repeat for more: -vv).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp roster list"' -s q -l quiet -d 'Print only results and errors, no notes.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp roster list"' -k -a '(__lmp_complete_files yaml yml)'

# lmp election
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election"' -a 'new' -d 'Create an election file with its voters and candidates drawn from the roster.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election"' -a 'check' -d 'Check an election against the LMRDA and the role policy, as of a day.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election"' -a 'ballots' -d 'Write printable ballots, a sample ballot and the voter check-off list.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election"' -a 'intake' -d 'Record cast ballots, challenges, spoiled ballots and the check-off list.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election"' -a 'tally' -d 'Count the ballots of an election (plurality, approval, IRV, sequential IRV...'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election"' -a 'draw' -d 'Record the seed of a lot drawn in public for ties, with the witnesses.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election"' -a 'certify' -d 'Certify the tallied result into the roster and write a certificate.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election"' -a 'verify' -d 'Verify an election\'s audit chain, files, count, certificate and roster...'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election"' -a 'reopen' -d 'Reopen a counted or certified election, on the record.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election"' -s h -l help -d 'Show this help message and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election"' -s V -l version -d 'Print version information and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election"' -s v -l verbose -d 'Say more about what is being done (repeat for more: -vv).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election"' -s q -l quiet -d 'Print only results and errors, no notes.'

# lmp election new
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election new"' -l role -x -a 'ubt-co-lead labor-partner steward-council-chair union-officer custom' -d 'The office: ubt-co-lead, labor-partner, steward-council-chair, union-officer...'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election new"' -l scope -x -d 'Where the office is held: a UBT id (co-lead), an area (labor partner), a...'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election new"' -l roster -x -k -a '(__lmp_complete_files yaml yml)' -d 'The roster to draw voters and candidates from.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election new"' -s o -l output -r -F -d 'The election file to write (required).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election new"' -l force -d 'Overwrite the election file if it exists.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election new"' -l title -x -d 'Title printed on ballots.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election new"' -l description -x -d 'What the office is (for --role custom; the policy\'s custom_offices entry of...'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election new"' -l local -x -d 'Only members of this local vote and stand (labor partners are elected per...'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election new"' -l officials -x -d 'Member ids of the election officials (tellers, judges); one who is also a...'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election new"' -l list-inspection-on-request -d 'The list-inspection dates are the ones the candidates asked for (29 CFR...'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election new"' -l method -x -a 'plurality approval irv stv meek' -d 'plurality, approval, irv, stv or meek.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election new"' -l seats -x -d 'Seats to fill.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election new"' -l candidates -x -d 'Member ids of the nominated candidates, in ballot order.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election new"' -l ballots -r -F -d 'Ballot files (relative to the election file), if known now; \'intake\' adds...'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election new"' -l write-ins -d 'Allow write-in candidates (29 CFR 452.114).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election new"' -l tie -x -a 'stop lot order' -d 'Ties: stop the count and name the tied candidates (exit 3) until a lot is...'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election new"' -l seed -x -d 'Seed of the lot for ties.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election new"' -l nomination -x -d 'Day nominations close.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election new"' -l notice -x -d 'Day the notice of election is mailed.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election new"' -l list-inspection-from -x -d 'First day candidates may inspect the membership list.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election new"' -l list-inspection-until -x -d 'Last day they may.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election new"' -l voting-opens -x -d 'First day of voting.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election new"' -l voting-closes -x -d 'Last day of voting.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election new"' -l mail-ballot -d 'Ballots are mailed (then --ballots-mailed and --return-deadline).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election new"' -l ballots-mailed -x -d 'Day mail ballots are mailed.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election new"' -l return-deadline -x -d 'Day mail ballots must be back.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election new"' -l count-date -x -d 'Day of the count.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election new"' -l term-starts -x -d 'Day the winner takes office.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election new"' -l runoff -x -d 'Day of a run-off, if one is planned.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election new"' -l notice-announces-runoff -d 'The notice of election announces any run-off (29 CFR 452.30).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election new"' -l keep-records-until -x -d 'Keep records until.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election new"' -l as-of -x -d 'Judge dates as of this day (YYYY-MM-DD).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election new"' -l format -x -a 'text json' -d 'text or json: what the step did, or on failure {"error": {"exit", "problems"}}.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election new"' -l policy -x -k -a '(__lmp_complete_files yaml yml)' -d 'The union\'s role policy (YAML, see docs/terms.md): which offices are LMRDA...'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election new"' -s h -l help -d 'Show this help message and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election new"' -s V -l version -d 'Print version information and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election new"' -s v -l verbose -d 'Say more about what is being done (repeat for more: -vv).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election new"' -s q -l quiet -d 'Print only results and errors, no notes.'

# lmp election check
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election check"' -l roster -x -k -a '(__lmp_complete_files yaml yml)' -d 'Judge against this roster.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election check"' -l format -x -a 'text json' -d 'text or json.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election check"' -l as-of -x -d 'Judge dates as of this day (YYYY-MM-DD).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election check"' -l policy -x -k -a '(__lmp_complete_files yaml yml)' -d 'The union\'s role policy (YAML, see docs/terms.md): which offices are LMRDA...'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election check"' -l record -d 'Append the check to the audit log (by default check writes nothing).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election check"' -s h -l help -d 'Show this help message and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election check"' -s V -l version -d 'Print version information and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election check"' -s v -l verbose -d 'Say more about what is being done (repeat for more: -vv).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election check"' -s q -l quiet -d 'Print only results and errors, no notes.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election check"' -k -a '(__lmp_complete_files yaml yml)'

# lmp election ballots
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election ballots"' -l out -x -a '(__fish_complete_directories)' -d 'Directory to write the four files into.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election ballots"' -l force -d 'Overwrite files that exist.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election ballots"' -l order -x -a 'file rotate' -d 'Candidate order: as in the file, or rotated so each candidate is first on an...'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election ballots"' -l copies -x -d 'Ballots to print.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election ballots"' -l roster -x -k -a '(__lmp_complete_files yaml yml)' -d 'Roster for the voters\' names.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election ballots"' -l font -r -F -d 'A TrueType or OpenType font (.ttf, .otf, .ttc) for the characters of names...'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election ballots"' -l as-of -x -d 'Judge dates as of this day (YYYY-MM-DD).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election ballots"' -l format -x -a 'text json' -d 'text or json: what the step did, or on failure {"error": {"exit", "problems"}}.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election ballots"' -l policy -x -k -a '(__lmp_complete_files yaml yml)' -d 'The union\'s role policy (YAML, see docs/terms.md): which offices are LMRDA...'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election ballots"' -s h -l help -d 'Show this help message and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election ballots"' -s V -l version -d 'Print version information and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election ballots"' -s v -l verbose -d 'Say more about what is being done (repeat for more: -vv).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election ballots"' -s q -l quiet -d 'Print only results and errors, no notes.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election ballots"' -k -a '(__lmp_complete_files yaml yml)'

# lmp election intake
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election intake"' -l ballots -r -F -d 'Cast-ballot files to add (BLT, rank CSV or candidate CSV).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election intake"' -l challenge-voter -x -d 'Record a challenged voter; the ballot stays sealed in its envelope.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election intake"' -l reason -x -d 'Why the voter was challenged (never the voter\'s name or id).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election intake"' -l resolve -x -d 'Resolve the challenge of this voter (with --accept or --reject).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election intake"' -l accept -d 'The challenge is resolved for the voter: the sealed ballot is mixed with...'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election intake"' -l reject -d 'The challenge is upheld: the envelope is never opened.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election intake"' -l spoiled -x -d 'Record N spoiled (replaced, uncounted) ballots.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election intake"' -l spoiled-reason -x -d 'Why they were spoiled (never a voter\'s name or id).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election intake"' -l checkoff -r -F -d 'The marked voter check-off list (CSV with member_id and voted).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election intake"' -l override -x -d 'Accept despite a refusal, with the reason recorded in the audit log: \'window\'...'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election intake"' -l dry-run -d 'Print the updated election file instead of writing it.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election intake"' -l as-of -x -d 'Judge dates as of this day (YYYY-MM-DD).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election intake"' -l format -x -a 'text json' -d 'text or json: what the step did, or on failure {"error": {"exit", "problems"}}.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election intake"' -s h -l help -d 'Show this help message and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election intake"' -s V -l version -d 'Print version information and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election intake"' -s v -l verbose -d 'Say more about what is being done (repeat for more: -vv).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election intake"' -s q -l quiet -d 'Print only results and errors, no notes.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election intake"' -k -a '(__lmp_complete_files yaml yml)'

# lmp election tally
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election tally"' -l method -x -a 'plurality approval irv sequential-irv bottoms-up stv meek' -d 'plurality | approval | irv | sequential-irv | bottoms-up | stv | meek.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election tally"' -l threshold -x -d 'bottoms-up only: eliminate the lowest until every candidate left has more...'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election tally"' -l tie-result -x -d 'The result of a drawing held after the count stopped at a tie in ROUND: NAME...'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election tally"' -l seats -x -d 'Number of candidates to elect.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election tally"' -l seed -x -d 'Seed of the lot for ties.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election tally"' -l tie -x -a 'lot stop order' -d 'lot (default) | stop (report the tie, exit 3) | order (ballot or BLT [tie]...'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election tally"' -l overvote -x -a 'exhaust skip exhaust-if-multiple-continuing' -d 'exhaust (default) | skip | exhaust-if-multiple-continuing.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election tally"' -l skipped-ranks -x -d 'Consecutive skipped ranks allowed: a number or unlimited (default).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election tally"' -l duplicate -x -a 'skip exhaust' -d 'skip (default) | exhaust.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election tally"' -l withdrawn -x -d 'A withdrawn candidate (repeat for several).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election tally"' -l write-ins -d 'Count names that are not declared candidates as write-ins.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election tally"' -l max-rankings -x -d 'Ranks read from each ballot: a number or unlimited (default).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election tally"' -l format -x -a 'text json csv markdown html' -d 'text (default) | json | csv | markdown | html.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election tally"' -l out -x -a '(__fish_complete_directories)' -d 'Write tally.<ext> files into DIR (all formats unless --format is given)...'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election tally"' -l force -d 'Overwrite existing files in DIR.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election tally"' -l as-of -x -d 'Judge dates as of this day (YYYY-MM-DD).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election tally"' -s h -l help -d 'Show this help message and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election tally"' -s V -l version -d 'Print version information and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election tally"' -s v -l verbose -d 'Say more about what is being done (repeat for more: -vv).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election tally"' -s q -l quiet -d 'Print only results and errors, no notes.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election tally"' -k -a '(__lmp_complete_files yaml yml blt csv)'

# lmp election draw
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election draw"' -l seed -x -d 'The number drawn in public.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election draw"' -l witness -x -d 'A witness of the drawing (repeat for each).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election draw"' -l as-of -x -d 'Judge dates as of this day (YYYY-MM-DD).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election draw"' -l format -x -a 'text json' -d 'text or json: what the step did, or on failure {"error": {"exit", "problems"}}.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election draw"' -s h -l help -d 'Show this help message and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election draw"' -s V -l version -d 'Print version information and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election draw"' -s v -l verbose -d 'Say more about what is being done (repeat for more: -vv).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election draw"' -s q -l quiet -d 'Print only results and errors, no notes.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election draw"' -k -a '(__lmp_complete_files yaml yml)'

# lmp election certify
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election certify"' -l roster -x -k -a '(__lmp_complete_files yaml yml)' -d 'The roster to write the winners into (rewritten in place).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election certify"' -l out -x -a '(__fish_complete_directories)' -d 'Where to write the certificate.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election certify"' -l force -d 'Overwrite certificate files at the target that this election did not write.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election certify"' -l override -x -d 'Certify despite a blocking item (a failed check rule such as notice or...'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election certify"' -l dry-run -d 'Show the roster changes and the certificate; write nothing.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election certify"' -l as-of -x -d 'Judge dates as of this day (YYYY-MM-DD).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election certify"' -l format -x -a 'text json' -d 'text or json: what the step did, or on failure {"error": {"exit", "problems"}}.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election certify"' -l policy -x -k -a '(__lmp_complete_files yaml yml)' -d 'The union\'s role policy (YAML, see docs/terms.md): which offices are LMRDA...'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election certify"' -s h -l help -d 'Show this help message and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election certify"' -s V -l version -d 'Print version information and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election certify"' -s v -l verbose -d 'Say more about what is being done (repeat for more: -vv).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election certify"' -s q -l quiet -d 'Print only results and errors, no notes.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election certify"' -k -a '(__lmp_complete_files yaml yml)'

# lmp election verify
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election verify"' -l format -x -a 'text json' -d 'text or json.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election verify"' -l record -d 'Append the verification to the audit log (by default verify writes nothing).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election verify"' -l as-of -x -d 'Judge dates as of this day (YYYY-MM-DD).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election verify"' -s h -l help -d 'Show this help message and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election verify"' -s V -l version -d 'Print version information and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election verify"' -s v -l verbose -d 'Say more about what is being done (repeat for more: -vv).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election verify"' -s q -l quiet -d 'Print only results and errors, no notes.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election verify"' -k -a '(__lmp_complete_files yaml yml)'

# lmp election reopen
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election reopen"' -l reason -x -d 'Why the election is reopened (recorded).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election reopen"' -l as-of -x -d 'Judge dates as of this day (YYYY-MM-DD).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election reopen"' -l format -x -a 'text json' -d 'text or json: what the step did, or on failure {"error": {"exit", "problems"}}.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election reopen"' -s h -l help -d 'Show this help message and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election reopen"' -s V -l version -d 'Print version information and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election reopen"' -s v -l verbose -d 'Say more about what is being done (repeat for more: -vv).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election reopen"' -s q -l quiet -d 'Print only results and errors, no notes.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election reopen"' -k -a '(__lmp_complete_files yaml yml)'

# lmp terms
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms"' -a 'policy' -d 'Print the effective role policy: the built-in role policy, overridden by...'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms"' -a 'check' -d 'Check role holders against the role policy as of a day: terms longer than the...'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms"' -a 'expiring' -d 'List terms ending within the window and terms already ended without a...'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms"' -a 'release-time' -d 'List every holder of a role on any day of the month with the days held and...'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms"' -s h -l help -d 'Show this help message and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms"' -s V -l version -d 'Print version information and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms"' -s v -l verbose -d 'Say more about what is being done (repeat for more: -vv).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms"' -s q -l quiet -d 'Print only results and errors, no notes.'

# lmp terms policy
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms policy"' -l policy -x -k -a '(__lmp_complete_files yaml yml)' -d 'The union\'s role policy (YAML, see docs/terms.md); overrides the built-in...'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms policy"' -l format -x -a 'text json yaml' -d 'text (default) | json | yaml.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms policy"' -s o -l output -r -F -d 'Write to FILE instead of standard output (\'-\' for standard output).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms policy"' -l force -d 'Overwrite FILE if it exists.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms policy"' -s h -l help -d 'Show this help message and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms policy"' -s V -l version -d 'Print version information and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms policy"' -s v -l verbose -d 'Say more about what is being done (repeat for more: -vv).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms policy"' -s q -l quiet -d 'Print only results and errors, no notes.'

# lmp terms check
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms check"' -l policy -x -k -a '(__lmp_complete_files yaml yml)' -d 'The union\'s role policy (YAML, see docs/terms.md); overrides the built-in...'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms check"' -l as-of -x -d 'Judge dates as of this day (YYYY-MM-DD).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms check"' -l fail-on -x -a 'warning error' -d 'Exit 1 when findings at this level exist: warning (any finding) or error.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms check"' -l format -x -a 'text json csv' -d 'text (default) | json | csv.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms check"' -s o -l output -r -F -d 'Write to FILE instead of standard output (\'-\' for standard output).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms check"' -l force -d 'Overwrite FILE if it exists.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms check"' -s h -l help -d 'Show this help message and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms check"' -s V -l version -d 'Print version information and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms check"' -s v -l verbose -d 'Say more about what is being done (repeat for more: -vv).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms check"' -s q -l quiet -d 'Print only results and errors, no notes.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms check"' -k -a '(__lmp_complete_files yaml yml)'

# lmp terms expiring
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms expiring"' -l policy -x -k -a '(__lmp_complete_files yaml yml)' -d 'The union\'s role policy (YAML, see docs/terms.md); overrides the built-in...'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms expiring"' -l within -x -d 'How far ahead to look: days, weeks or months, e.g.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms expiring"' -l as-of -x -d 'Judge dates as of this day (YYYY-MM-DD).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms expiring"' -l format -x -a 'text csv json' -d 'text (default) | csv | json.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms expiring"' -l fail-on -x -a 'due' -d 'due: exit 1 when anything is due in the window (for monitoring).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms expiring"' -s o -l output -r -F -d 'Write to FILE instead of standard output (\'-\' for standard output).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms expiring"' -l force -d 'Overwrite FILE if it exists.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms expiring"' -s h -l help -d 'Show this help message and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms expiring"' -s V -l version -d 'Print version information and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms expiring"' -s v -l verbose -d 'Say more about what is being done (repeat for more: -vv).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms expiring"' -s q -l quiet -d 'Print only results and errors, no notes.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms expiring"' -k -a '(__lmp_complete_files yaml yml)'

# lmp terms release-time
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms release-time"' -l policy -x -k -a '(__lmp_complete_files yaml yml)' -d 'The union\'s role policy (YAML, see docs/terms.md); overrides the built-in...'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms release-time"' -l month -x -d 'The month, e.g.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms release-time"' -l format -x -a 'text csv json' -d 'text (default) | csv | json.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms release-time"' -s o -l output -r -F -d 'Write to FILE instead of standard output (\'-\' for standard output).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms release-time"' -l force -d 'Overwrite FILE if it exists.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms release-time"' -s h -l help -d 'Show this help message and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms release-time"' -s V -l version -d 'Print version information and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms release-time"' -s v -l verbose -d 'Say more about what is being done (repeat for more: -vv).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms release-time"' -s q -l quiet -d 'Print only results and errors, no notes.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms release-time"' -k -a '(__lmp_complete_files yaml yml)'

# lmp bargaining
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp bargaining"' -a 'timeline' -d 'Turn a bargaining plan into files people use: an iCalendar file to import...'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp bargaining"' -a 'deadlines' -d 'Print the statutory dates for an agreement expiring on DATE: notice to the...'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp bargaining"' -a 'validate' -d 'Check a bargaining plan: its shape, session dates and overlaps, subcommittee...'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp bargaining"' -s h -l help -d 'Show this help message and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp bargaining"' -s V -l version -d 'Print version information and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp bargaining"' -s v -l verbose -d 'Say more about what is being done (repeat for more: -vv).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp bargaining"' -s q -l quiet -d 'Print only results and errors, no notes.'

# lmp bargaining timeline
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp bargaining timeline"' -l out -x -a '(__fish_complete_directories)' -d 'Directory to write the files into (created if missing).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp bargaining timeline"' -l format -x -a 'ics markdown csv html json' -d 'Which files to write, comma-separated: ics, markdown, csv, html, json.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp bargaining timeline"' -l as-of -x -d 'Judge dates as of this day (YYYY-MM-DD).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp bargaining timeline"' -l force -d 'Overwrite files that already exist.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp bargaining timeline"' -l remind-days -x -d 'In the calendar, a reminder N days before each notice deadline (0: none).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp bargaining timeline"' -l dry-run -d 'Check the plan and list the files that would be written, without writing.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp bargaining timeline"' -s h -l help -d 'Show this help message and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp bargaining timeline"' -s V -l version -d 'Print version information and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp bargaining timeline"' -s v -l verbose -d 'Say more about what is being done (repeat for more: -vv).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp bargaining timeline"' -s q -l quiet -d 'Print only results and errors, no notes.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp bargaining timeline"' -k -a '(__lmp_complete_files yaml yml)'

# lmp bargaining deadlines
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp bargaining deadlines"' -l expires -x -d 'The agreement\'s expiry date (its last day), YYYY-MM-DD.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp bargaining deadlines"' -l starts -x -d 'The agreement\'s first day: an agreement longer than 3 years gets the General...'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp bargaining deadlines"' -l plan -x -k -a '(__lmp_complete_files yaml yml)' -d 'A bargaining plan: its agreement.start, expires and health_care_institution...'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp bargaining deadlines"' -l health-care -d 'The employer is a health-care institution (NLRA 2(14)): 90/60-day notices...'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp bargaining deadlines"' -l not-health-care -d 'The employer is not a health-care institution: the general 60/30-day notices...'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp bargaining deadlines"' -l format -x -a 'text json ics' -d 'Output: text, json, ics.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp bargaining deadlines"' -l remind-days -x -d 'In the calendar, a reminder N days before each notice deadline (0: none).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp bargaining deadlines"' -l as-of -x -d 'Judge dates as of this day (YYYY-MM-DD).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp bargaining deadlines"' -s o -l output -r -F -d 'Write to FILE instead of standard output (\'-\' for standard output).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp bargaining deadlines"' -l force -d 'Overwrite FILE if it exists.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp bargaining deadlines"' -s h -l help -d 'Show this help message and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp bargaining deadlines"' -s V -l version -d 'Print version information and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp bargaining deadlines"' -s v -l verbose -d 'Say more about what is being done (repeat for more: -vv).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp bargaining deadlines"' -s q -l quiet -d 'Print only results and errors, no notes.'

# lmp bargaining validate
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp bargaining validate"' -l as-of -x -d 'Judge dates as of this day (YYYY-MM-DD).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp bargaining validate"' -l format -x -a 'text json' -d 'text (default) | json.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp bargaining validate"' -s h -l help -d 'Show this help message and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp bargaining validate"' -s V -l version -d 'Print version information and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp bargaining validate"' -s v -l verbose -d 'Say more about what is being done (repeat for more: -vv).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp bargaining validate"' -s q -l quiet -d 'Print only results and errors, no notes.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp bargaining validate"' -k -a '(__lmp_complete_files yaml yml)'

# lmp completion
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp completion"' -s h -l help -d 'Show this help message and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp completion"' -s V -l version -d 'Print version information and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp completion"' -s v -l verbose -d 'Say more about what is being done (repeat for more: -vv).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp completion"' -s q -l quiet -d 'Print only results and errors, no notes.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp completion"' -x -a 'bash zsh fish'

# lmp config
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp config"' -a 'path' -d 'Print the path of the config file lmp reads: the file LMP_CONFIG names...'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp config"' -a 'list' -d 'List the option defaults the config file sets, as KEY = VALUE and the...'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp config"' -s h -l help -d 'Show this help message and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp config"' -s V -l version -d 'Print version information and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp config"' -s v -l verbose -d 'Say more about what is being done (repeat for more: -vv).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp config"' -s q -l quiet -d 'Print only results and errors, no notes.'

# lmp config path
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp config path"' -l format -x -a 'text json' -d 'text (default) | json.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp config path"' -s h -l help -d 'Show this help message and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp config path"' -s V -l version -d 'Print version information and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp config path"' -s v -l verbose -d 'Say more about what is being done (repeat for more: -vv).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp config path"' -s q -l quiet -d 'Print only results and errors, no notes.'

# lmp config list
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp config list"' -l all -d 'Every option key, not only those the file sets.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp config list"' -l format -x -a 'text json' -d 'text (default) | json.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp config list"' -s h -l help -d 'Show this help message and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp config list"' -s V -l version -d 'Print version information and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp config list"' -s v -l verbose -d 'Say more about what is being done (repeat for more: -vv).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp config list"' -s q -l quiet -d 'Print only results and errors, no notes.'

# lmp help
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp help"' -s h -l help -d 'Show this help message and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp help"' -s V -l version -d 'Print version information and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp help"' -s v -l verbose -d 'Say more about what is being done (repeat for more: -vv).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp help"' -s q -l quiet -d 'Print only results and errors, no notes.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp help"' -x -a 'roster election terms bargaining completion config'
