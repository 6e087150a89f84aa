# bash completion for lmp. Generated from the command model by `lmp completion bash`;
# do not edit. Install: lmp completion bash > ~/.local/share/bash-completion/completions/lmp
# (or source this file from ~/.bashrc).

# Adds directories and the files with one of the given extensions to COMPREPLY.
_lmp_files() {
  local IFS=$'\n' extension
  compopt -o filenames 2>/dev/null
  COMPREPLY+=( $(compgen -d -- "$cur") )
  for extension in "$@"; do
    COMPREPLY+=( $(compgen -f -X "!*.$extension" -- "$cur") )
  done
}

# Adds every file to COMPREPLY.
_lmp_any_file() {
  local IFS=$'\n'
  compopt -o filenames 2>/dev/null
  COMPREPLY+=( $(compgen -f -- "$cur") )
}

_lmp() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
  local cmd=lmp word i
  COMPREPLY=()
  # --option=value: bash splits it at '=' into three words; complete the value of --option.
  if [[ $cur == = ]]; then cur=; elif [[ $prev == = ]]; then prev=${COMP_WORDS[COMP_CWORD-2]}; fi
  # Find the (sub)command being completed from the words before the cursor.
  for (( i = 1; i < COMP_CWORD; i++ )); do
    word=${COMP_WORDS[i]}
    case "$cmd $word" in
      'lmp roster'|'lmp roster import'|'lmp roster validate'|'lmp roster export'|'lmp roster list'|'lmp election'|'lmp election new'|'lmp election check'|'lmp election ballots'|'lmp election intake'|'lmp election tally'|'lmp election draw'|'lmp election certify'|'lmp election verify'|'lmp election reopen'|'lmp terms'|'lmp terms policy'|'lmp terms check'|'lmp terms expiring'|'lmp terms release-time'|'lmp bargaining'|'lmp bargaining timeline'|'lmp bargaining deadlines'|'lmp bargaining validate'|'lmp completion'|'lmp config'|'lmp config path'|'lmp config list'|'lmp help') cmd="$cmd $word" ;;
    esac
  done
  case $cmd in
    'lmp')
      if [[ $cur == -* ]]; then
        COMPREPLY=( $(compgen -W '-v --verbose -q --quiet -h --help -V --version' -- "$cur") )
        return
      fi
      COMPREPLY=( $(compgen -W 'roster election terms bargaining completion config help' -- "$cur") )
      ;;
    'lmp roster')
      if [[ $cur == -* ]]; then
        COMPREPLY=( $(compgen -W '-h --help -V --version -v --verbose -q --quiet' -- "$cur") )
        return
      fi
      COMPREPLY=( $(compgen -W 'import validate export list' -- "$cur") )
      ;;
    'lmp roster import')
      case $prev in
        --into) _lmp_files yaml yml; return ;;
        --mapping) _lmp_files yaml yml; return ;;
        --format) COMPREPLY=( $(compgen -W 'text json' -- "$cur") ); return ;;
      esac
      if [[ $cur == -* ]]; then
        COMPREPLY=( $(compgen -W '--into --mapping --dry-run --skip-rejected --format -h --help -V --version -v --verbose -q --quiet' -- "$cur") )
        return
      fi
      _lmp_files csv yaml yml json;
      ;;
    'lmp roster validate')
      case $prev in
        --format) COMPREPLY=( $(compgen -W 'text json' -- "$cur") ); return ;;
      esac
      if [[ $cur == -* ]]; then
        COMPREPLY=( $(compgen -W '--format -h --help -V --version -v --verbose -q --quiet' -- "$cur") )
        return
      fi
      _lmp_files yaml yml;
      ;;
    'lmp roster export')
      case $prev in
        --format) COMPREPLY=( $(compgen -W 'yaml csv json' -- "$cur") ); return ;;
        -o|--output) _lmp_any_file; return ;;
      esac
      if [[ $cur == -* ]]; then
        COMPREPLY=( $(compgen -W '--format -o --output --force -h --help -V --version -v --verbose -q --quiet' -- "$cur") )
        return
      fi
      _lmp_files yaml yml;
      ;;
    'lmp roster list')
      case $prev in
        --ubt) :; return ;;
        --role) COMPREPLY=( $(compgen -W 'ubt-co-lead labor-partner contract-specialist steward-council-chair improvement-advisor alliance-partnership-representative union-officer' -- "$cur") ); return ;;
        --as-of) :; return ;;
        --format) COMPREPLY=( $(compgen -W 'text csv json' -- "$cur") ); return ;;
      esac
      if [[ $cur == -* ]]; then
        COMPREPLY=( $(compgen -W '--ubt --role --stewards --as-of --format -h --help -V --version -v --verbose -q --quiet' -- "$cur") )
        return
      fi
      _lmp_files yaml yml;
      ;;
    'lmp election')
      if [[ $cur == -* ]]; then
        COMPREPLY=( $(compgen -W '-h --help -V --version -v --verbose -q --quiet' -- "$cur") )
        return
      fi
      COMPREPLY=( $(compgen -W 'new check ballots intake tally draw certify verify reopen' -- "$cur") )
      ;;
    'lmp election new')
      case $prev in
        --role) COMPREPLY=( $(compgen -W 'ubt-co-lead labor-partner steward-council-chair union-officer custom' -- "$cur") ); return ;;
        --scope) :; return ;;
        --roster) _lmp_files yaml yml; return ;;
        -o|--output) _lmp_any_file; return ;;
        --title) :; return ;;
        --description) :; return ;;
        --local) :; return ;;
        --officials) :; return ;;
        --method) COMPREPLY=( $(compgen -W 'plurality approval irv stv meek' -- "$cur") ); return ;;
        --seats) :; return ;;
        --candidates) :; return ;;
        --ballots) _lmp_any_file; return ;;
        --tie) COMPREPLY=( $(compgen -W 'stop lot order' -- "$cur") ); return ;;
        --seed) :; return ;;
        --nomination) :; return ;;
        --notice) :; return ;;
        --list-inspection-from) :; return ;;
        --list-inspection-until) :; return ;;
        --voting-opens) :; return ;;
        --voting-closes) :; return ;;
        --ballots-mailed) :; return ;;
        --return-deadline) :; return ;;
        --count-date) :; return ;;
        --term-starts) :; return ;;
        --runoff) :; return ;;
        --keep-records-until) :; return ;;
        --as-of) :; return ;;
        --format) COMPREPLY=( $(compgen -W 'text json' -- "$cur") ); return ;;
        --policy) _lmp_files yaml yml; return ;;
      esac
      if [[ $cur == -* ]]; then
        COMPREPLY=( $(compgen -W '--role --scope --roster -o --output --force --title --description --local --officials --list-inspection-on-request --method --seats --candidates --ballots --write-ins --tie --seed --nomination --notice --list-inspection-from --list-inspection-until --voting-opens --voting-closes --mail-ballot --ballots-mailed --return-deadline --count-date --term-starts --runoff --notice-announces-runoff --keep-records-until --as-of --format --policy -h --help -V --version -v --verbose -q --quiet' -- "$cur") )
        return
      fi
      ;;
    'lmp election check')
      case $prev in
        --roster) _lmp_files yaml yml; return ;;
        --format) COMPREPLY=( $(compgen -W 'text json' -- "$cur") ); return ;;
        --as-of) :; return ;;
        --policy) _lmp_files yaml yml; return ;;
      esac
      if [[ $cur == -* ]]; then
        COMPREPLY=( $(compgen -W '--roster --format --as-of --policy --record -h --help -V --version -v --verbose -q --quiet' -- "$cur") )
        return
      fi
      _lmp_files yaml yml;
      ;;
    'lmp election ballots')
      case $prev in
        --out) compopt -o filenames 2>/dev/null; COMPREPLY=( $(compgen -d -- "$cur") ); return ;;
        --order) COMPREPLY=( $(compgen -W 'file rotate' -- "$cur") ); return ;;
        --copies) :; return ;;
        --roster) _lmp_files yaml yml; return ;;
        --font) _lmp_any_file; return ;;
        --as-of) :; return ;;
        --format) COMPREPLY=( $(compgen -W 'text json' -- "$cur") ); return ;;
        --policy) _lmp_files yaml yml; return ;;
      esac
      if [[ $cur == -* ]]; then
        COMPREPLY=( $(compgen -W '--out --force --order --copies --roster --font --as-of --format --policy -h --help -V --version -v --verbose -q --quiet' -- "$cur") )
        return
      fi
      _lmp_files yaml yml;
      ;;
    'lmp election intake')
      case $prev in
        --ballots) _lmp_any_file; return ;;
        --challenge-voter) :; return ;;
        --reason) :; return ;;
        --resolve) :; return ;;
        --spoiled) :; return ;;
        --spoiled-reason) :; return ;;
        --checkoff) _lmp_any_file; return ;;
        --override) :; return ;;
        --as-of) :; return ;;
        --format) COMPREPLY=( $(compgen -W 'text json' -- "$cur") ); return ;;
      esac
      if [[ $cur == -* ]]; then
        COMPREPLY=( $(compgen -W '--ballots --challenge-voter --reason --resolve --accept --reject --spoiled --spoiled-reason --checkoff --override --dry-run --as-of --format -h --help -V --version -v --verbose -q --quiet' -- "$cur") )
        return
      fi
      _lmp_files yaml yml;
      ;;
    'lmp election tally')
      case $prev in
        --method) COMPREPLY=( $(compgen -W 'plurality approval irv sequential-irv bottoms-up stv meek' -- "$cur") ); return ;;
        --threshold) :; return ;;
        --tie-result) :; return ;;
        --seats) :; return ;;
        --seed) :; return ;;
        --tie) COMPREPLY=( $(compgen -W 'lot stop order' -- "$cur") ); return ;;
        --overvote) COMPREPLY=( $(compgen -W 'exhaust skip exhaust-if-multiple-continuing' -- "$cur") ); return ;;
        --skipped-ranks) :; return ;;
        --duplicate) COMPREPLY=( $(compgen -W 'skip exhaust' -- "$cur") ); return ;;
        --withdrawn) :; return ;;
        --max-rankings) :; return ;;
        --format) COMPREPLY=( $(compgen -W 'text json csv markdown html' -- "$cur") ); return ;;
        --out) compopt -o filenames 2>/dev/null; COMPREPLY=( $(compgen -d -- "$cur") ); return ;;
        --as-of) :; return ;;
      esac
      if [[ $cur == -* ]]; then
        COMPREPLY=( $(compgen -W '--method --threshold --tie-result --seats --seed --tie --overvote --skipped-ranks --duplicate --withdrawn --write-ins --max-rankings --format --out --force --as-of -h --help -V --version -v --verbose -q --quiet' -- "$cur") )
        return
      fi
      _lmp_files yaml yml blt csv;
      ;;
    'lmp election draw')
      case $prev in
        --seed) :; return ;;
        --witness) :; return ;;
        --as-of) :; return ;;
        --format) COMPREPLY=( $(compgen -W 'text json' -- "$cur") ); return ;;
      esac
      if [[ $cur == -* ]]; then
        COMPREPLY=( $(compgen -W '--seed --witness --as-of --format -h --help -V --version -v --verbose -q --quiet' -- "$cur") )
        return
      fi
      _lmp_files yaml yml;
      ;;
    'lmp election certify')
      case $prev in
        --roster) _lmp_files yaml yml; return ;;
        --out) compopt -o filenames 2>/dev/null; COMPREPLY=( $(compgen -d -- "$cur") ); return ;;
        --override) :; return ;;
        --as-of) :; return ;;
        --format) COMPREPLY=( $(compgen -W 'text json' -- "$cur") ); return ;;
        --policy) _lmp_files yaml yml; return ;;
      esac
      if [[ $cur == -* ]]; then
        COMPREPLY=( $(compgen -W '--roster --out --force --override --dry-run --as-of --format --policy -h --help -V --version -v --verbose -q --quiet' -- "$cur") )
        return
      fi
      _lmp_files yaml yml;
      ;;
    'lmp election verify')
      case $prev in
        --format) COMPREPLY=( $(compgen -W 'text json' -- "$cur") ); return ;;
        --as-of) :; return ;;
      esac
      if [[ $cur == -* ]]; then
        COMPREPLY=( $(compgen -W '--format --record --as-of -h --help -V --version -v --verbose -q --quiet' -- "$cur") )
        return
      fi
      _lmp_files yaml yml;
      ;;
    'lmp election reopen')
      case $prev in
        --reason) :; return ;;
        --as-of) :; return ;;
        --format) COMPREPLY=( $(compgen -W 'text json' -- "$cur") ); return ;;
      esac
      if [[ $cur == -* ]]; then
        COMPREPLY=( $(compgen -W '--reason --as-of --format -h --help -V --version -v --verbose -q --quiet' -- "$cur") )
        return
      fi
      _lmp_files yaml yml;
      ;;
    'lmp terms')
      if [[ $cur == -* ]]; then
        COMPREPLY=( $(compgen -W '-h --help -V --version -v --verbose -q --quiet' -- "$cur") )
        return
      fi
      COMPREPLY=( $(compgen -W 'policy check expiring release-time' -- "$cur") )
      ;;
    'lmp terms policy')
      case $prev in
        --policy) _lmp_files yaml yml; return ;;
        --format) COMPREPLY=( $(compgen -W 'text json yaml' -- "$cur") ); return ;;
        -o|--output) _lmp_any_file; return ;;
      esac
      if [[ $cur == -* ]]; then
        COMPREPLY=( $(compgen -W '--policy --format -o --output --force -h --help -V --version -v --verbose -q --quiet' -- "$cur") )
        return
      fi
      ;;
    'lmp terms check')
      case $prev in
        --policy) _lmp_files yaml yml; return ;;
        --as-of) :; return ;;
        --fail-on) COMPREPLY=( $(compgen -W 'warning error' -- "$cur") ); return ;;
        --format) COMPREPLY=( $(compgen -W 'text json csv' -- "$cur") ); return ;;
        -o|--output) _lmp_any_file; return ;;
      esac
      if [[ $cur == -* ]]; then
        COMPREPLY=( $(compgen -W '--policy --as-of --fail-on --format -o --output --force -h --help -V --version -v --verbose -q --quiet' -- "$cur") )
        return
      fi
      _lmp_files yaml yml;
      ;;
    'lmp terms expiring')
      case $prev in
        --policy) _lmp_files yaml yml; return ;;
        --within) :; return ;;
        --as-of) :; return ;;
        --format) COMPREPLY=( $(compgen -W 'text csv json' -- "$cur") ); return ;;
        --fail-on) COMPREPLY=( $(compgen -W 'due' -- "$cur") ); return ;;
        -o|--output) _lmp_any_file; return ;;
      esac
      if [[ $cur == -* ]]; then
        COMPREPLY=( $(compgen -W '--policy --within --as-of --format --fail-on -o --output --force -h --help -V --version -v --verbose -q --quiet' -- "$cur") )
        return
      fi
      _lmp_files yaml yml;
      ;;
    'lmp terms release-time')
      case $prev in
        --policy) _lmp_files yaml yml; return ;;
        --month) :; return ;;
        --format) COMPREPLY=( $(compgen -W 'text csv json' -- "$cur") ); return ;;
        -o|--output) _lmp_any_file; return ;;
      esac
      if [[ $cur == -* ]]; then
        COMPREPLY=( $(compgen -W '--policy --month --format -o --output --force -h --help -V --version -v --verbose -q --quiet' -- "$cur") )
        return
      fi
      _lmp_files yaml yml;
      ;;
    'lmp bargaining')
      if [[ $cur == -* ]]; then
        COMPREPLY=( $(compgen -W '-h --help -V --version -v --verbose -q --quiet' -- "$cur") )
        return
      fi
      COMPREPLY=( $(compgen -W 'timeline deadlines validate' -- "$cur") )
      ;;
    'lmp bargaining timeline')
      case $prev in
        --out) compopt -o filenames 2>/dev/null; COMPREPLY=( $(compgen -d -- "$cur") ); return ;;
        --format) local before=; [[ $cur == *,* ]] && before=${cur%,*},; COMPREPLY=( $(compgen -P "$before" -W 'ics markdown csv html json' -- "${cur##*,}") ); compopt -o nospace 2>/dev/null; return ;;
        --as-of) :; return ;;
        --remind-days) :; return ;;
      esac
      if [[ $cur == -* ]]; then
        COMPREPLY=( $(compgen -W '--out --format --as-of --force --remind-days --dry-run -h --help -V --version -v --verbose -q --quiet' -- "$cur") )
        return
      fi
      _lmp_files yaml yml;
      ;;
    'lmp bargaining deadlines')
      case $prev in
        --expires) :; return ;;
        --starts) :; return ;;
        --plan) _lmp_files yaml yml; return ;;
        --format) COMPREPLY=( $(compgen -W 'text json ics' -- "$cur") ); return ;;
        --remind-days) :; return ;;
        --as-of) :; return ;;
        -o|--output) _lmp_any_file; return ;;
      esac
      if [[ $cur == -* ]]; then
        COMPREPLY=( $(compgen -W '--expires --starts --plan --health-care --not-health-care --format --remind-days --as-of -o --output --force -h --help -V --version -v --verbose -q --quiet' -- "$cur") )
        return
      fi
      ;;
    'lmp bargaining validate')
      case $prev in
        --as-of) :; return ;;
        --format) COMPREPLY=( $(compgen -W 'text json' -- "$cur") ); return ;;
      esac
      if [[ $cur == -* ]]; then
        COMPREPLY=( $(compgen -W '--as-of --format -h --help -V --version -v --verbose -q --quiet' -- "$cur") )
        return
      fi
      _lmp_files yaml yml;
      ;;
    'lmp completion')
      if [[ $cur == -* ]]; then
        COMPREPLY=( $(compgen -W '-h --help -V --version -v --verbose -q --quiet' -- "$cur") )
        return
      fi
      COMPREPLY=( $(compgen -W 'bash zsh fish' -- "$cur") );
      ;;
    'lmp config')
      if [[ $cur == -* ]]; then
        COMPREPLY=( $(compgen -W '-h --help -V --version -v --verbose -q --quiet' -- "$cur") )
        return
      fi
      COMPREPLY=( $(compgen -W 'path list' -- "$cur") )
      ;;
    'lmp config path')
      case $prev in
        --format) COMPREPLY=( $(compgen -W 'text json' -- "$cur") ); return ;;
      esac
      if [[ $cur == -* ]]; then
        COMPREPLY=( $(compgen -W '--format -h --help -V --version -v --verbose -q --quiet' -- "$cur") )
        return
      fi
      ;;
    'lmp config list')
      case $prev in
        --format) COMPREPLY=( $(compgen -W 'text json' -- "$cur") ); return ;;
      esac
      if [[ $cur == -* ]]; then
        COMPREPLY=( $(compgen -W '--all --format -h --help -V --version -v --verbose -q --quiet' -- "$cur") )
        return
      fi
      ;;
    'lmp help')
      if [[ $cur == -* ]]; then
        COMPREPLY=( $(compgen -W '-h --help -V --version -v --verbose -q --quiet' -- "$cur") )
        return
      fi
      COMPREPLY=( $(compgen -W 'roster election terms bargaining completion config' -- "$cur") );
      ;;
  esac
}

complete -F _lmp lmp
