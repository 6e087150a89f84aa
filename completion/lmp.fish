# fish completion for lmp. Generated from the command model by `lmp completion fish`;
# do not edit. Install: lmp completion fish > ~/.config/fish/completions/lmp.fish

# Prints the (sub)command being completed, e.g. 'lmp election tally'.
function __lmp_command_path
    set -l path lmp
    for word in (commandline -opc)[2..-1]
        switch "$path $word"
            case 'lmp roster' 'lmp election' 'lmp terms' 'lmp bargaining' 'lmp completion' 'lmp help'
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
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election"' -s h -l help -d 'Show this help message and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election"' -s V -l version -d 'Print version information and exit.'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election"' -s v -l verbose -d 'Say more about what is being done (repeat for more: -vv).'
complete -c lmp -n '__lmp_command_path | string match -q -- "lmp election"' -s q -l quiet -d 'Print only results and errors, no notes.'

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
