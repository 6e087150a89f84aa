#!/bin/sh
# The whole UBT co-lead election of EVMC-ICU, from 'election new' to 'certify' and 'verify'.
# Run from the repository root after 'mvn -B -ntp package'; works in target/icu-co-lead, a fresh
# copy of the roster, the cast ballots and the marked check-off list, so the repository itself is
# never changed. election.key is the example's fixed key, so that two runs give byte-identical files;
# a real election lets 'election new' make a random one, and keeps it owner-only.
set -e
lmp() { java -jar target/lmp.jar "$@"; }
E=examples/elections/icu-co-lead
W=target/icu-co-lead
rm -rf "$W" && mkdir -p "$W"
cp examples/roster.yaml "$E/cast-ballots.csv" "$E/checkoff-marked.csv" "$E/election.key" "$W/"
chmod 600 "$W/election.key"

lmp election new --role ubt-co-lead --scope EVMC-ICU --roster "$W/roster.yaml" \
    --candidates 100101,100107,100125 --method irv \
    --nomination 2026-10-01 --notice 2026-10-15 --list-inspection-from 2026-10-05 \
    --voting-opens 2026-11-04 --voting-closes 2026-11-05 --term-starts 2027-01-01 \
    --as-of 2026-09-30 --output "$W/election.yaml"
lmp election check "$W/election.yaml" --as-of 2026-10-02
lmp election ballots "$W/election.yaml" --out "$W/print" --order rotate --as-of 2026-10-14
lmp election intake "$W/election.yaml" --challenge-voter 100149 --reason "no photo ID at the polls" --as-of 2026-11-05
lmp election intake "$W/election.yaml" --challenge-voter 100157 --reason "not on the eligibility list" --as-of 2026-11-05
lmp election intake "$W/election.yaml" --spoiled 1 --spoiled-reason "two candidates marked first; replaced" --as-of 2026-11-05
lmp election intake "$W/election.yaml" --resolve 100149 --accept --as-of 2026-11-05
lmp election intake "$W/election.yaml" --resolve 100157 --reject --as-of 2026-11-05
lmp election intake "$W/election.yaml" --ballots "$W/cast-ballots.csv" --checkoff "$W/checkoff-marked.csv" --as-of 2026-11-05
lmp election tally "$W/election.yaml" --as-of 2026-11-05
lmp election certify "$W/election.yaml" --roster "$W/roster.yaml" --as-of 2026-11-06
lmp election verify "$W/election.yaml"
