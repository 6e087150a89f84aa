#!/usr/bin/env bash
# Roster benchmark (issue 2, docs/roster.md "Performance").
#
# Generates a synthetic roster of 132,000 members (the LMP's size) as CSV with the test-code
# generator lmp.bench.SyntheticRoster, then times whole processes of the shipped jar:
#   1. roster import big.csv --into new.yaml     (a new roster: every record added)
#   2. roster validate new.yaml                  (every rule over the whole roster)
#   3. roster import big.csv --into new.yaml     (again: every record unchanged, nothing written)
# Target: 1 and 2 each at most 2 s wall on a 2-core machine.
#
# It builds nothing itself. Build first (this compiles the generator too):
#   mvn -B -ntp -DskipTests package
# Then, from the repository root:
#   src/test/bench/roster-bench.sh
# Environment: MEMBERS (132000), ROLES (6000), RUNS (3), BENCH_DIR (a new temporary directory).
# The generated data is made once per run; each timing is repeated RUNS times; report the median.
# The machine's load average is printed first: on a shared machine, wall time grows with it,
# while the CPU time (user + sys) shows the work the process itself did.
set -euo pipefail
cd "$(dirname "$0")/../../.."

JAR=target/lmp.jar
if [[ ! -f $JAR || ! -f target/test-classes/lmp/bench/SyntheticRoster.class ]]; then
    echo "roster-bench: build first: mvn -B -ntp -DskipTests package" >&2
    exit 1
fi
MEMBERS=${MEMBERS:-132000}
ROLES=${ROLES:-6000}
RUNS=${RUNS:-3}
WORK=${BENCH_DIR:-$(mktemp -d)}
mkdir -p "$WORK"

java -cp "target/test-classes:$JAR" lmp.bench.SyntheticRoster \
    --members "$MEMBERS" --roles "$ROLES" --seed 1 --format csv --out "$WORK/big.csv"
echo "data: $WORK/big.csv ($(wc -c < "$WORK/big.csv") bytes, $MEMBERS members, $ROLES roles)"
echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"

for i in $(seq "$RUNS"); do
    rm -f "$WORK/new.yaml"
    /usr/bin/time -f "import (new roster)    %e s %M KB (cpu %U s user %S s sys)" \
        java -jar "$JAR" roster import "$WORK/big.csv" --into "$WORK/new.yaml" > /dev/null
done
echo "roster: $WORK/new.yaml ($(wc -c < "$WORK/new.yaml") bytes)"
for i in $(seq "$RUNS"); do
    /usr/bin/time -f "validate               %e s %M KB (cpu %U s user %S s sys)" \
        java -jar "$JAR" roster validate "$WORK/new.yaml" > /dev/null
done
for i in $(seq "$RUNS"); do
    /usr/bin/time -f "import (all unchanged) %e s %M KB (cpu %U s user %S s sys)" \
        java -jar "$JAR" roster import "$WORK/big.csv" --into "$WORK/new.yaml" > /dev/null
done
