#!/bin/sh
# Checks the completion scripts in real, fresh shells (bash, zsh, fish) driven through tmux:
#   lmp el<TAB>          completes to "election"
#   lmp election <TAB>   lists election's commands
#   files by extension, enum values.
# The committed scripts (completion/) are checked for the first; a fixture command model with
# nested groups (CompletionFixture, test scope) for the rest, so the check does not wait for
# every group's commands to exist. A shell that is not installed is reported and skipped.
# Usage: src/test/shell/completion-in-shells.sh   (from the project directory; needs tmux)
# Install the shells on Debian: apt-get install -y tmux zsh fish
set -eu
cd "$(dirname "$0")/../../.."
command -v tmux >/dev/null || { echo "SKIP: tmux is not installed"; exit 0; }
mvn -B -ntp -q test-compile
mvn -B -ntp -q dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" \
    lmp.cli.completion.CompletionFixture "$work/fixture"
mkdir -p "$work/files/sub"
touch "$work/files/a.yaml" "$work/files/b.yml" "$work/files/c.csv" "$work/files/d.blt" "$work/files/e.txt"
failures=0; passes=0

# type TEXT<TAB><TAB> in a fresh SHELL that has run SETUP; print the screen
screen() {
    session=lmp-completion-$$
    tmux kill-session -t "$session" 2>/dev/null || true
    tmux new-session -d -s "$session" -x 200 -y 30 -c "$work/files" "$1"
    sleep 1
    tmux send-keys -t "$session" "$2" Enter
    sleep 1
    tmux send-keys -t "$session" "clear" Enter
    sleep 0.5
    tmux send-keys -t "$session" "$3" Tab
    sleep 0.7
    tmux send-keys -t "$session" Tab
    sleep 0.7
    tmux capture-pane -p -t "$session"
    tmux kill-session -t "$session"
}

expect() { # shell setup typed expected-words...
    shell=$1; setup=$2; typed=$3; shift 3
    out=$(screen "$shell" "$setup" "$typed")
    for word in "$@"; do
        if ! printf '%s\n' "$out" | grep -q -- "$word"; then
            echo "FAIL [$shell] '$typed<TAB>' should offer '$word'; screen was:"; printf '%s\n' "$out" | grep -v '^$'
            failures=$((failures + 1)); return
        fi
    done
    echo "ok   [$shell] '$typed<TAB>' offers $*"; passes=$((passes + 1))
}

rejects() { # shell setup typed unwanted-word
    out=$(screen "$1" "$2" "$3")
    if printf '%s\n' "$out" | grep -q -- "$4"; then
        echo "FAIL [$1] '$3<TAB>' should not offer '$4'"; failures=$((failures + 1))
    else
        echo "ok   [$1] '$3<TAB>' does not offer $4"; passes=$((passes + 1))
    fi
}

check_shell() { # shell-command setup-for-file script-name
    shell=$1; committed="$(pwd)/completion/$3"; fixture="$work/fixture/$3"
    expect "$shell" "$(printf "$2" "$committed")" "lmp el" "lmp election"
    expect "$shell" "$(printf "$2" "$committed")" "lmp completion " bash zsh fish
    expect "$shell" "$(printf "$2" "$committed")" "lmp election " tally
    expect "$shell" "$(printf "$2" "$fixture")" "lmp election " check new tally
    expect "$shell" "$(printf "$2" "$fixture")" "lmp election tally " c.csv d.blt sub/
    rejects "$shell" "$(printf "$2" "$fixture")" "lmp election tally " e.txt
    expect "$shell" "$(printf "$2" "$fixture")" "lmp election tally --roster " a.yaml b.yml
    expect "$shell" "$(printf "$2" "$fixture")" "lmp election tally --format " text json csv
}

if command -v bash >/dev/null; then check_shell "bash --norc --noprofile" "source %s" lmp.bash; else echo "SKIP: bash"; fi
if command -v zsh >/dev/null; then check_shell "zsh -f" "autoload -U compinit && compinit -u && source %s" _lmp; else echo "SKIP: zsh"; fi
if command -v fish >/dev/null; then check_shell "fish --no-config" "source %s" lmp.fish; else echo "SKIP: fish"; fi
echo "completion in shells: $passes passed, $failures failed"
[ "$failures" -eq 0 ]
