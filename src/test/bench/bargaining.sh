#!/bin/sh
# Times the bargaining commands on whole processes of the shaded jar.
#   mvn -B -ntp -q package -DskipTests && sh src/test/bench/bargaining.sh
# Generates (once) a large plan: 40 subcommittees and 2,000 timed sessions over two years, far
# beyond a real national bargaining (the 2021 KP-Alliance round had 5 CIC meetings, 14 sessions).
set -eu
JAR=${JAR:-target/lmp.jar}
WORK=${WORK:-target/bench-bargaining}
mkdir -p "$WORK"
BIG="$WORK/big-plan.yaml"
if [ ! -f "$BIG" ]; then
  {
    echo "lmp_bargaining_plan: 1"
    echo "id: bench"
    echo "agreement:"
    echo "  name: Benchmark Agreement"
    echo "  parties: [Employer, Union]"
    echo "  union_group: Union"
    echo "  expires: 2027-09-30"
    echo "  time_zone: America/Los_Angeles"
    echo "  health_care_institution: true"
    echo "subcommittees:"
    i=0
    while [ $i -lt 40 ]; do
      echo "  - {id: sc$i, name: Subcommittee $i, topics: [topic $i], management_co_leads: [M$i], union_co_leads: [U$i]}"
      i=$((i + 1))
    done
    echo "sessions:"
    n=0
    while [ $n -lt 2000 ]; do
      body=sc$((n % 40))
      day=$((n / 40 * 14))
      date=$(date -u -d "2025-10-01 + $day days" +%Y-%m-%d)
      echo "  - {id: s$n, title: Session $n, kind: session, date: $date, start_time: \"09:00\", end_time: \"12:00\", location: virtual, body: $body}"
      n=$((n + 1))
    done
  } > "$BIG"
fi
t() { /usr/bin/time -f "%e s %M KB  $*" "$@" > /dev/null; }
t java -jar "$JAR" bargaining deadlines --expires 2021-09-30 --health-care
t java -jar "$JAR" bargaining validate examples/bargaining-2021/plan.yaml --as-of 2021-04-19
t java -jar "$JAR" -q bargaining timeline examples/bargaining-2021/plan.yaml --out "$WORK/example" --as-of 2021-06-01 --force
t java -jar "$JAR" -q bargaining validate "$BIG" --as-of 2025-06-01
t java -jar "$JAR" -q bargaining timeline "$BIG" --out "$WORK/big" --as-of 2025-06-01 --force
