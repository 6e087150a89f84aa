#!/usr/bin/env bash
# Benchmark of `lmp election tally` (issue 3): whole processes of java -jar target/lmp.jar,
# measured with /usr/bin/time. Run from the repository root:
#   mvn -B -ntp -q -DskipTests package && mvn -B -ntp -q test-compile && src/test/bench/tally-bench.sh
# Targets: IRV over 1,000,000 CSV ballots (8 candidates, up to 5 ranks) <= 2 s wall and <= 300 MB
# peak RSS; Scottish STV of a Glasgow ward <= 0.5 s. Figures and the machine load go in docs/counting.md.
# Each figure is one run with default JVM flags; repeat on a quiet machine (the load average is printed).
set -euo pipefail
JAR=target/lmp.jar
DATA=target/bench
mkdir -p "$DATA"
for n in 250000 1000000 10000000; do
  if [ ! -f "$DATA/irv-$n.csv" ]; then
    java -cp target/test-classes lmp.bench.BallotCsvGenerator "$DATA/irv-$n.csv" "$n" 2026
  fi
done
measure() {
  local label=$1; shift
  printf '%-58s ' "$label"
  /usr/bin/time -f '%e s wall  %M KB peak RSS  (%U s user)' "$@" > /dev/null
}
echo "machine: $(nproc) cores, $(uptime | sed 's/.*load/load/')"
measure "JVM start only (lmp --version)" java -jar "$JAR" --version
measure "Scottish STV, Glasgow Hillhead 2007 (BLT, 12 candidates)" \
  java -jar "$JAR" election tally src/test/resources/count/stv-glasgow-2007/Hillhead-2007.blt
measure "Meek STV, Glasgow Hillhead 2007" \
  java -jar "$JAR" election tally src/test/resources/count/stv-glasgow-2007/Hillhead-2007.blt --method meek
measure "IRV, 250,000 CSV ballots" java -jar "$JAR" election tally "$DATA/irv-250000.csv"
measure "IRV, 1,000,000 CSV ballots" java -jar "$JAR" election tally "$DATA/irv-1000000.csv"
measure "IRV, 1,000,000 CSV ballots, JSON report" java -jar "$JAR" election tally "$DATA/irv-1000000.csv" --format json
# Streaming (issue 14): the file is read from disk and hashed while it is parsed, never held whole,
# so peak RSS at 10 M ballots (0.43 GB of CSV) should stay within 1.5x of that at 1 M.
measure "IRV, 10,000,000 CSV ballots (streamed)" java -jar "$JAR" election tally "$DATA/irv-10000000.csv"
