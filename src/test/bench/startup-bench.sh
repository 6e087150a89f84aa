#!/bin/sh
# Start-up benchmark: whole processes, median of N runs, all in one run on the same machine so
# that the ratios hold even when the machine's speed does not. It times
#   - the JVM's floor, `java -version`;
#   - `lmp --version` through the launcher (bin/lmp: start-up flags, class-data archive) and through
#     plain `java -jar lib/lmp.jar`;
#   - Scottish STV of a Glasgow ward (Hillhead 2007, from ../shared/testdata) through both, and
#     through Droop (the Python STV counter) when DROOP names its command;
#   - how many classes each of three commands loads (-Xlog:class+load, through java -jar).
# Goals (issue 14), as ratios: `lmp --version` at most 2x `java -version` through the launcher and
# at most 3x through java -jar; the ward's count faster than Droop through both.
#
# Usage (from anywhere; needs `mvn -B -ntp -DskipTests package` first):
#   src/test/bench/startup-bench.sh                   # the goals above
#   src/test/bench/startup-bench.sh -n 31             # more runs per line (default 21)
#   DROOP='python2.7 /path/to/droop/Droop.py scotland' src/test/bench/startup-bench.sh
#   src/test/bench/startup-bench.sh roster validate examples/roster.yaml   # any other command
# Uses hyperfine when installed (apt-get install hyperfine), otherwise /usr/bin/time. Wall time is
# the median; CPU time (user+sys, mean) is shown too because it varies less on a shared machine.
# The archive target/lmp-VERSION.tar.gz is unpacked to a temporary directory and run from there, so
# this also checks the package; the class-data archive goes to a temporary cache, made by one
# warm-up run.
set -eu
project=$(cd "$(dirname "$0")/../../.." && pwd)
runs=21
if [ "${1:-}" = "-n" ]; then runs=$2; shift 2; fi
ward=${WARD:-$project/../shared/testdata/stv-glasgow-2007/Hillhead-2007.blt}

archive=$(ls "$project"/target/lmp-*.tar.gz 2>/dev/null | head -n 1)
if [ -z "$archive" ]; then
    echo "startup-bench: no target/lmp-*.tar.gz; run 'mvn -B -ntp -DskipTests package' first." >&2
    exit 1
fi
if [ ! -f "$ward" ]; then
    echo "startup-bench: no ballot file $ward; put ../shared beside the project or set WARD." >&2
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

last_ms=0
measure() { # label, command words...: prints "label  median ms"; sets last_ms
    label=$1; shift
    "$@" >/dev/null 2>&1 || true # warm-up (and, for the launcher, the class-data archive's training run)
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
    last_ms=$ms
    printf '%-44s %6s ms wall (median) %6s ms CPU (mean user+sys)\n' "$label" "$ms" "$cpu"
}

quote() { # words -> one shell-quoted command line for hyperfine
    out=
    for word; do out="$out '$(printf '%s' "$word" | sed "s/'/'\\\\''/g")'"; done
    printf '%s' "${out# }"
}

goal() { # description, measured ms, reference ms, largest ratio allowed
    awk -v d="$1" -v m="$2" -v r="$3" -v max="$4" 'BEGIN {
        ratio = r > 0 ? m / r : 0
        printf "  goal: %-56s %.2fx (at most %sx): %s\n", d, ratio, max, ratio <= max ? "met" : "MISSED" }'
}

classes() { # command words after lmp: number of classes java -jar loads for them
    java -Xlog:class+load -jar "$home/lib/lmp.jar" "$@" 2>/dev/null | grep -c 'source:' || true
}

java -version 2>&1 | head -n 1
echo "$(nproc 2>/dev/null || echo '?') cores; load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?'); $runs runs a line"

if [ "$#" -gt 0 ]; then
    echo "lmp $*"
    measure "  bin/lmp (launcher, class-data archive)" "$home/bin/lmp" "$@"
    measure "  bin/lmp with LMP_CDS=off" env LMP_CDS=off "$home/bin/lmp" "$@"
    measure "  java -jar lib/lmp.jar" java -jar "$home/lib/lmp.jar" "$@"
    exit 0
fi

measure "java -version (the JVM's floor)" java -version
floor=$last_ms
echo "lmp --version"
measure "  bin/lmp (launcher)" "$home/bin/lmp" --version
launcher_version=$last_ms
measure "  java -jar lib/lmp.jar" java -jar "$home/lib/lmp.jar" --version
jar_version=$last_ms
echo "Scottish STV, $(basename "$ward")"
measure "  bin/lmp election tally" "$home/bin/lmp" election tally "$ward"
launcher_ward=$last_ms
measure "  java -jar lib/lmp.jar election tally" java -jar "$home/lib/lmp.jar" election tally "$ward"
jar_ward=$last_ms
if [ -n "${DROOP:-}" ]; then
    # shellcheck disable=SC2086 # DROOP is a command line: its words are meant to split
    measure "  Droop ($DROOP)" $DROOP "$ward"
    droop_ward=$last_ms
else
    droop_ward=
    echo "  Droop: not timed (set DROOP to its command, e.g. DROOP='python2.7 droop/Droop.py scotland')"
fi
echo "Classes loaded (java -jar, -Xlog:class+load)"
printf '  %-42s %6s\n' "lmp --version" "$(classes --version)"
printf '  %-42s %6s\n' "lmp roster --help" "$(classes roster --help)"
printf '  %-42s %6s\n' "lmp election tally $(basename "$ward")" "$(classes election tally "$ward")"
printf '  %-42s %6s\n' "java -version" "$(java -Xlog:class+load -version 2>/dev/null | grep -c 'source:' || true)"
echo "Goals"
goal "lmp --version through the launcher vs java -version" "$launcher_version" "$floor" 2
goal "lmp --version through java -jar vs java -version" "$jar_version" "$floor" 3
if [ -n "$droop_ward" ]; then
    goal "ward count through the launcher vs Droop" "$launcher_ward" "$droop_ward" 1
    goal "ward count through java -jar vs Droop" "$jar_ward" "$droop_ward" 1
fi
