#!/bin/sh
# Start-up benchmark: whole processes, median of N runs, for
#   1. the launcher a user runs (bin/lmp: start-up flags + AppCDS archive),
#   2. the launcher without class-data sharing (LMP_CDS=off),
#   3. plain `java -jar lmp.jar`,
#   4. the JVM's floor, `java -version`.
# Target (issue 7): at most 250 ms median for `lmp --version` and `lmp roster validate examples/roster.yaml`.
#
# Usage (from anywhere; needs `mvn -B -ntp package` first):
#   src/test/bench/startup-bench.sh                          # lmp --version, then lmp roster --help
#   src/test/bench/startup-bench.sh -n 31 roster validate examples/roster.yaml
# Uses hyperfine when installed (apt-get install hyperfine), otherwise /usr/bin/time. The target is
# on the median wall time; CPU time is shown too because it varies less on a shared machine.
# The archive target/lmp-VERSION.tar.gz is unpacked to a temporary directory and run from there, so
# this also checks the package; the CDS archive goes to a temporary cache, made by one warm-up run.
set -eu
project=$(cd "$(dirname "$0")/../../.." && pwd)
runs=21
if [ "${1:-}" = "-n" ]; then runs=$2; shift 2; fi

archive=$(ls "$project"/target/lmp-*.tar.gz 2>/dev/null | head -n 1)
if [ -z "$archive" ]; then
    echo "startup-bench: no target/lmp-*.tar.gz; run 'mvn -B -ntp package' first." >&2
    exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -xzf "$archive" -C "$work"
home=$(ls -d "$work"/lmp-*)
export XDG_CACHE_HOME="$work/cache"
cd "$project" # relative file arguments (examples/roster.yaml) are the project's

median() { # numbers on stdin, one per line
    sort -n | awk '{v[NR] = $1} END {if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}

measure() { # label, command words...: prints "label  median ms"
    label=$1; shift
    "$@" >/dev/null 2>&1 || true # warm-up (and, for the launcher, the CDS training run)
    if command -v hyperfine >/dev/null; then
        hyperfine -N -w 2 -r "$runs" -i --export-json "$work/h.json" "$(quote "$@")" >/dev/null 2>&1
        field() { tr ',' '\n' < "$work/h.json" | sed -n "s/.*\"$1\": *\([0-9.e-]*\).*/\1/p" | head -n 1; }
        ms=$(field median | awk '{printf "%.0f", $1 * 1000}')
        cpu=$(printf '%s %s\n' "$(field user)" "$(field system)" | awk '{printf "%.0f", ($1 + $2) * 1000}')
    else
        : > "$work/times"
        i=0
        while [ "$i" -lt "$runs" ]; do
            /usr/bin/time -f '%e %U %S' -a -o "$work/times" "$@" >/dev/null 2>&1 || true
            i=$((i + 1))
        done
        ms=$(cut -d' ' -f1 < "$work/times" | median | awk '{printf "%.0f", $1 * 1000}')
        cpu=$(awk '{s += $2 + $3} END {printf "%.0f", s / NR * 1000}' "$work/times")
    fi
    printf '%-46s %6s ms wall (median) %6s ms CPU (mean user+sys)\n' "$label" "$ms" "$cpu"
}

quote() { # words -> one shell-quoted command line for hyperfine
    out=
    for word; do out="$out '$(printf '%s' "$word" | sed "s/'/'\\\\''/g")'"; done
    printf '%s' "${out# }"
}

bench() { # command words after lmp
    echo "lmp $* (median of $runs runs)"
    measure "  bin/lmp (launcher, AppCDS)" "$home/bin/lmp" "$@"
    measure "  bin/lmp with LMP_CDS=off" env LMP_CDS=off "$home/bin/lmp" "$@"
    measure "  java -jar lib/lmp.jar" java -jar "$home/lib/lmp.jar" "$@"
}

java -version 2>&1 | head -n 1
echo "$(nproc 2>/dev/null || echo '?') cores; load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
measure "java -version (the JVM floor)" java -version
if [ "$#" -gt 0 ]; then
    bench "$@"
else
    bench --version
    bench roster --help
fi
