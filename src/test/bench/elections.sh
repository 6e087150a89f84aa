#!/bin/sh
# Election administration at the size of a large area: a labor-partner election with 20,000
# eligible voters. Generates its data once in target/bench-elections, then times whole processes.
# Run from the repository root after 'mvn -B -ntp -q -DskipTests package'.
set -e
N=${N:-20000}
D=target/bench-elections
rm -rf "$D" && mkdir -p "$D"
awk -v n="$N" 'BEGIN {
  print "lmp_roster: 1"; print "name: Bench Medical Center"; print "ubts:";
  for (u = 0; u < n / 100; u++) { printf "  - id: U%03d\n    name: Unit %d\n    facility: Bench\n    area: bench-area\n", u, u }
  print "members:";
  for (i = 0; i < n; i++) {
    printf "  - id: \"%d\"\n    name: Member %d\n    local: L1\n    ubt: U%03d\n", 200000 + i, i, int(i / 100)
    if (i < 3) printf "    steward:\n      since: 2020-01-01\n"
  }
  print "roles: []"
}' > "$D/roster.yaml"
awk -v n="$N" 'BEGIN { print "rank1,rank2"; for (i = 0; i < n; i++) print (i % 3 == 0 ? "Member 0,Member 1" : (i % 3 == 1 ? "Member 1,Member 2" : "Member 2,Member 0")) }' > "$D/ballots.csv"
t() { echo "$*" >&2; /usr/bin/time -f '  %e s %M KB' java -jar target/lmp.jar -q "$@" > /dev/null; }
t election new --role labor-partner --scope bench-area --roster "$D/roster.yaml" --candidates 200000,200001,200002 \
  --voting-opens 2026-11-04 --notice 2026-10-15 --list-inspection-from 2026-10-15 --term-starts 2027-01-01 \
  --as-of 2026-09-30 --out "$D/election.yaml"
t election check "$D/election.yaml" --as-of 2026-10-02 || true
t election ballots "$D/election.yaml" --out "$D/print" --as-of 2026-10-14
t election intake "$D/election.yaml" --ballots "$D/ballots.csv" --as-of 2026-11-04
t election draw "$D/election.yaml" --seed 7 --witness "Bench Observer" --as-of 2026-11-04
t election tally "$D/election.yaml" --as-of 2026-11-04
t election certify "$D/election.yaml" --roster "$D/roster.yaml" --as-of 2026-11-06
t election verify "$D/election.yaml" --as-of 2026-11-06
ls -l "$D/print" >&2
