# fish completion for lmp. Generated from the command model by `lmp completion fish`;
# do not edit. Install: lmp completion fish > ~/.config/fish/completions/lmp.fish

# Prints the (sub)command being completed, e.g. 'lmp election tally'.
function __lmp_command_path
    set -l path lmp
    for word in (commandline -opc)[2..-1]
        switch "$path $word"
            case 'lmp roster' 'lmp election' 'lmp election tally' 'lmp terms' 'lmp bargaining' 'lmp completion' 'lmp help'
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
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp"' -a 'roster' -d 'Import, validate, export and list rosters of members, UBTs, stewards and role holders.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp"' -a 'election' -d 'Create, check, ballot, tally, certify and verify union elections.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp"' -a 'terms' -d 'Role policy, term-limit checks, term-expiry reports and release time.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp"' -a 'bargaining' -d 'National bargaining timelines and statutory (NLRA 8(d)/8(g)) deadlines.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp"' -a 'completion' -d 'Print the shell completion script for bash, zsh or fish, generated from lmp\'s commands and options.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp"' -a 'help' -d 'When no COMMAND is given, the usage help for the main command is displayed.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp"' -s v -l verbose -d 'Say more about what is being done (repeat for more: -vv).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp"' -s q -l quiet -d 'Print only results and errors, no notes.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp"' -s h -l help -d 'Show this help message and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp"' -s V -l version -d 'Print version information and exit.'

# lmp roster
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp roster"' -s h -l help -d 'Show this help message and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp roster"' -s V -l version -d 'Print version information and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp roster"' -s v -l verbose -d 'Say more about what is being done (repeat for more: -vv).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp roster"' -s q -l quiet -d 'Print only results and errors, no notes.'

# lmp election
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election"' -a 'tally' -d 'Count the ballots of an election (plurality, approval, IRV, Scottish STV or Meek STV) and report every round, transfer, tie and ballot status.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election"' -s h -l help -d 'Show this help message and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election"' -s V -l version -d 'Print version information and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election"' -s v -l verbose -d 'Say more about what is being done (repeat for more: -vv).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election"' -s q -l quiet -d 'Print only results and errors, no notes.'

# lmp election tally
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election tally"' -l method -x -a 'plurality approval irv stv meek' -d 'plurality | approval | irv | stv | meek.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election tally"' -l seats -x -d 'Number of candidates to elect.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election tally"' -l seed -x -d 'Seed of the lot for ties.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election tally"' -l tie -x -a 'lot stop order' -d 'lot (default) | stop (report the tie, exit 3) | order (ballot or BLT [tie] order, as Droop).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election tally"' -l overvote -x -a 'exhaust skip' -d 'exhaust (default) | skip.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election tally"' -l skipped-ranks -x -d 'Consecutive skipped ranks allowed: a number or unlimited (default).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election tally"' -l duplicate -x -a 'skip exhaust' -d 'skip (default) | exhaust.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election tally"' -l withdrawn -x -d 'A withdrawn candidate (repeat for several).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election tally"' -l write-ins -d 'Count names that are not declared candidates as write-ins.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election tally"' -l max-rankings -x -d 'Ranks read from each ballot: a number or unlimited (default).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election tally"' -l format -x -a 'text json csv markdown html' -d 'text (default) | json | csv | markdown | html.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election tally"' -l out -r -F -d 'Write tally.<ext> files into DIR (all formats unless --format is given) instead of standard output.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election tally"' -l force -d 'Overwrite existing files in DIR.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election tally"' -s h -l help -d 'Show this help message and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election tally"' -s V -l version -d 'Print version information and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election tally"' -s v -l verbose -d 'Say more about what is being done (repeat for more: -vv).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election tally"' -s q -l quiet -d 'Print only results and errors, no notes.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election tally"' -k -a '(__lmp_complete_files yaml yml blt csv)'

# lmp terms
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms"' -s h -l help -d 'Show this help message and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms"' -s V -l version -d 'Print version information and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms"' -s v -l verbose -d 'Say more about what is being done (repeat for more: -vv).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp terms"' -s q -l quiet -d 'Print only results and errors, no notes.'

# lmp bargaining
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp bargaining"' -s h -l help -d 'Show this help message and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp bargaining"' -s V -l version -d 'Print version information and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp bargaining"' -s v -l verbose -d 'Say more about what is being done (repeat for more: -vv).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp bargaining"' -s q -l quiet -d 'Print only results and errors, no notes.'

# lmp completion
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp completion"' -s h -l help -d 'Show this help message and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp completion"' -s V -l version -d 'Print version information and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp completion"' -s v -l verbose -d 'Say more about what is being done (repeat for more: -vv).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp completion"' -s q -l quiet -d 'Print only results and errors, no notes.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp completion"' -x -a 'bash zsh fish'

# lmp help
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp help"' -s h -l help -d 'Show usage help for the help command and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp help"' -s v -l verbose -d 'Say more about what is being done (repeat for more: -vv).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp help"' -s q -l quiet -d 'Print only results and errors, no notes.'
