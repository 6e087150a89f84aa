#!/bin/sh
# The whole UBT co-lead election of EVMC-ICU, from 'election new' to 'certify' and 'verify'.
# Run from the repository root after 'mvn -B -ntp package'; works in target/icu-co-lead, a fresh
# copy of the roster and the cast ballots, so the repository itself is never changed.
set -e
lmp() { java -jar target/lmp.jar "$@"; }
E=examples/elections/icu-co-lead
W=target/icu-co-lead
rm -rf "$W" && mkdir -p "$W"
cp examples/roster.yaml "$E/cast-ballots.csv" "$E/challenged-1.csv" "$E/challenged-2.csv" "$E/checkoff-marked.csv" "$W/"

lmp election new --role ubt-co-lead --scope EVMC-ICU --roster "$W/roster.yaml" \
    --candidates 100101,100107,100125 --method irv --seed 20261105 \
    --nomination 2026-10-01 --notice 2026-10-15 --list-inspection-from 2026-10-05 \
    --voting-opens 2026-11-04 --voting-closes 2026-11-05 --term-starts 2027-01-01 \
    --as-of 2026-09-30 --out "$W/election.yaml"
lmp election check "$W/election.yaml" --as-of 2026-10-02
lmp election ballots "$W/election.yaml" --out "$W/print" --order rotate --as-of 2026-10-14
lmp election intake "$W/election.yaml" --ballots "$W/cast-ballots.csv" --checkoff "$W/checkoff-marked.csv" --as-of 2026-11-05
lmp election intake "$W/election.yaml" --challenge "$W/challenged-1.csv" --reason "no photo ID at the polls" --as-of 2026-11-05
lmp election intake "$W/election.yaml" --challenge "$W/challenged-2.csv" --reason "not on the eligibility list" --as-of 2026-11-05
lmp election intake "$W/election.yaml" --spoiled 1 --spoiled-reason "two candidates marked first; replaced" --as-of 2026-11-05
lmp election intake "$W/election.yaml" --resolve "$W/challenged-1.csv" --accept --as-of 2026-11-05
lmp election intake "$W/election.yaml" --resolve "$W/challenged-2.csv" --reject --as-of 2026-11-05
lmp election tally "$W/election.yaml" --as-of 2026-11-05
lmp election certify "$W/election.yaml" --roster "$W/roster.yaml" --as-of 2026-11-06
lmp election verify "$W/election.yaml" --as-of 2026-11-06
