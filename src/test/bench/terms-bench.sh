#!/usr/bin/env bash
# Times `lmp terms check` and `lmp terms expiring` as whole processes (java -jar target/lmp.jar)
# over a 132,000-member roster with 10,000 role assignments. Target: at most 2 s each.
#
#   src/test/bench/terms-bench.sh            # generate the roster once (SyntheticRoster), then time
#   ROSTER=big.yaml src/test/bench/terms-bench.sh   # time an existing roster instead
#
# The roster is generated once into target/bench/ by lmp.bench.SyntheticRoster (src/test/java,
# the roster developer's generator) and reused on later runs. Each command runs RUNS times
# (default 3); figures are elapsed seconds and peak memory from /usr/bin/time. The machine's
# load is printed alongside, because on a shared machine it changes the figures a lot.
# `terms release-time` reads the same roster and does almost no work, so its time is the cost of
# starting Java and reading the roster; the difference is the cost of the rules themselves.
set -euo pipefail
cd "$(dirname "$0")/../../.."

MEMBERS=${MEMBERS:-132000}
ROLES=${ROLES:-10000}
SEED=${SEED:-1}
RUNS=${RUNS:-3}
AS_OF=${AS_OF:-2026-06-15}
OUT=target/bench
mkdir -p "$OUT"

if [ ! -f target/lmp.jar ]; then
    mvn -B -ntp -q package -DskipTests
fi

if [ -z "${ROSTER:-}" ]; then
    ROSTER="$OUT/roster-${MEMBERS}-${ROLES}-${SEED}.yaml"
    if [ ! -f "$ROSTER" ]; then
        if [ ! -f target/test-classes/lmp/bench/SyntheticRoster.class ]; then
            mvn -B -ntp -q test-compile
        fi
        echo "generating $ROSTER ..." >&2
        java -cp target/test-classes:target/lmp.jar lmp.bench.SyntheticRoster \
            --members "$MEMBERS" --roles "$ROLES" --seed "$SEED" --format yaml --out "$ROSTER"
    fi
fi

echo "roster: $ROSTER ($(wc -c < "$ROSTER") bytes); java: $(java -version 2>&1 | head -1); cores: $(nproc)"
run() {
    local label=$1
    shift
    for i in $(seq 1 "$RUNS"); do
        printf '%-12s load %-5s ' "$label" "$(cut -d' ' -f1 /proc/loadavg)"
        /usr/bin/time -f '%e s %M KB' java -jar target/lmp.jar -q "$@" > /dev/null
    done
}
run check terms check "$ROSTER" --as-of "$AS_OF"
run expiring terms expiring "$ROSTER" --as-of "$AS_OF" --within 90d
run read-only terms release-time "$ROSTER" --month "${AS_OF:0:7}" --format csv
