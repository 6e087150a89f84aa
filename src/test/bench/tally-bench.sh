#!/usr/bin/env bash
# Benchmark of `lmp election tally` (issues 3 and 14): whole processes of java -jar target/lmp.jar,
# each measured with /usr/bin/time -v (wall clock and peak resident set size). Run from the
# repository root:
#   mvn -B -ntp -q -DskipTests package && mvn -B -ntp -q test-compile && src/test/bench/tally-bench.sh [-n RUNS]
# Targets (issue 14): IRV over 1,000,000 CSV ballots (8 candidates, up to 5 ranks) <= 1.0 s wall and
# <= 200 MB peak RSS on 2 cores; 10,000,000 ballots <= 8 s with flat memory; the same 1,000,000
# ballots in RCTab's generic candidate-column CSV <= 1.5 s; Scottish STV of a Glasgow ward <= 0.5 s.
# The ballot files are generated once, deterministically (seed 2026), under target/bench/ (about
# 42 MB per million ballots). Each line is the median of RUNS runs (default 3) with default JVM
# flags; the load average is printed, and figures go in docs/counting.md and the README.
set -euo pipefail
RUNS=3
if [ "${1:-}" = "-n" ]; then RUNS=$2; fi
JAR=target/lmp.jar
DATA=target/bench
GEN="java -cp target/test-classes lmp.bench.BallotCsvGenerator"
mkdir -p "$DATA"
[ -f "$DATA/irv-250000.csv" ] || $GEN "$DATA/irv-250000.csv" 250000 2026
[ -f "$DATA/irv-1000000.csv" ] || $GEN "$DATA/irv-1000000.csv" 1000000 2026
[ -f "$DATA/irv-1000000-candidate-columns.csv" ] || $GEN "$DATA/irv-1000000-candidate-columns.csv" 1000000 2026 --candidate-columns
[ -f "$DATA/irv-10000000.csv" ] || $GEN "$DATA/irv-10000000.csv" 10000000 2026
# 10,000,000 ballots of the same kind as two files of 5,000,000 (seeds 2026 and 2027), for a build
# whose per-file input cap refuses the single file.
if [ ! -f "$DATA/irv-10000000-halves.yaml" ]; then
  $GEN "$DATA/irv-5000000-a.csv" 5000000 2026
  $GEN "$DATA/irv-5000000-b.csv" 5000000 2027
  cat > "$DATA/irv-10000000-halves.yaml" <<'EOF'
lmp_election: 1
title: benchmark, 10,000,000 ballots in two files
method: irv
candidates: [Ana Alvarez, Ben Brooks, Carla Chen, Dev Desai, Eli Evans, Fay Fischer, Gus Garcia, Hana Hill]
ballots: [irv-5000000-a.csv, irv-5000000-b.csv]
EOF
fi

# One measurement: "<wall seconds> <peak RSS in KB> <exit code> <user + system CPU seconds>".
once() {
  local log
  log=$(mktemp)
  local rc=0
  /usr/bin/time -v "$@" > /dev/null 2> "$log" || rc=$?
  local wall rss
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$log" | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log")
  cpu=$(awk -F': ' '/User time \(seconds\)|System time \(seconds\)/ { s += $2 } END { print s }' "$log")
  if [ "$rc" -ne 0 ]; then sed -n '1,2p' "$log" >&2; fi
  rm -f "$log"
  echo "$wall $rss $rc $cpu"
}

measure() {
  local label=$1; shift
  local walls=() rsss=() cpus=() rc=0
  for _ in $(seq "$RUNS"); do
    read -r w m c u < <(once "$@")
    walls+=("$w"); rsss+=("$m"); cpus+=("$u"); rc=$c
  done
  local mw mr mu
  mw=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  mr=$(printf '%s\n' "${rsss[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "%.0f", a[int((NR + 1) / 2)] / 1024 }')
  mu=$(printf '%s\n' "${cpus[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  printf '%-62s %6.2f s wall %6.2f s CPU %5s MiB peak RSS  (exit %s, median of %s)\n' "$label" "$mw" "$mu" "$mr" "$rc" "$RUNS"
}

echo "machine: $(nproc) cores, $(uptime | sed 's/.*load/load/'), $(java -version 2>&1 | head -1)"
measure "JVM start only (lmp --version)" java -jar "$JAR" --version
measure "Scottish STV, Glasgow Hillhead 2007 (BLT, 10 candidates)" \
  java -jar "$JAR" election tally src/test/resources/count/stv-glasgow-2007/Hillhead-2007.blt
measure "Meek STV, Glasgow Hillhead 2007" \
  java -jar "$JAR" election tally src/test/resources/count/stv-glasgow-2007/Hillhead-2007.blt --method meek
measure "IRV, 250,000 CSV ballots" java -jar "$JAR" election tally "$DATA/irv-250000.csv"
measure "IRV, 1,000,000 CSV ballots (rank columns)" java -jar "$JAR" election tally "$DATA/irv-1000000.csv"
measure "IRV, 1,000,000 CSV ballots (rank columns), JSON report" \
  java -jar "$JAR" election tally "$DATA/irv-1000000.csv" --format json
measure "IRV, 1,000,000 CSV ballots (candidate columns, RCTab generic)" \
  java -jar "$JAR" election tally "$DATA/irv-1000000-candidate-columns.csv"
measure "sequential IRV, 3 seats, 1,000,000 CSV ballots" \
  java -jar "$JAR" election tally "$DATA/irv-1000000.csv" --method sequential-irv --seats 3
measure "IRV, 10,000,000 CSV ballots in one file" java -jar "$JAR" election tally "$DATA/irv-10000000.csv"
measure "IRV, 10,000,000 CSV ballots in two files (election file)" \
  java -jar "$JAR" election tally "$DATA/irv-10000000-halves.yaml"
