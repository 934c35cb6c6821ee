#!/usr/bin/env bash
# The streamed import at scale (docs/benchmarks.md §4b): 1,000,000 invented students in one CSV file
# posted to the server, which runs on a fresh PostgreSQL database with a heap of at most 512 MB
# (-Xmx512m, GC log kept). First a file with a bad last line: refused, and nothing of it stored (all
# or nothing). Then, in turns, Passend's import over HTTP and the peer, psql's client-side COPY of the
# same students straight into Passend's own tables (same keys, checks and indexes, no validation),
# each round with new student ids. Prints the time of each, the answers, the ratio, the server's
# progress lines and the heap from the GC log.
#   benchmarks/load/import-million.sh [students=1000000] [heap=512m] [rounds=3]
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust), psql, curl, and the jars built by benchmarks/run.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
STUDENTS=${1:-1000000}
HEAP=${2:-512m}
ROUNDS=${3:-3}
DB=passend_million
PORT=18091
URL="http://127.0.0.1:$PORT/api/v1/students/import?partnershipId=po-22-01"
psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
WORK=$(mktemp -d)
cleanup() { kill "${PID:-}" 2> /dev/null || true; psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" || true; rm -f "$WORK"/*.csv; }
trap cleanup EXIT

# Invented students, one enrolment each at a demo school (BO) from the first of the month after the
# 4th birthday (R-INT-5). Layout "import" is the CSV of the API; "students" and "enrolments" are the
# rows of Passend's tables that the import stores (po-22-01 tolerates no overlap: 0 days).
students() { # prefix, layout, bad last line (1 or 0)
  awk -v n="$STUDENTS" -v p="$1" -v layout="$2" -v bad="${3:-0}" 'BEGIN {
    if (layout == "import") print "studentId,dateOfBirth,schoolBrin,schoolType,enrolledFrom,enrolledUntil"
    for (i = 1; i <= n; i++) {
      y = 2012 + i % 6; m = 1 + int(i / 6) % 12; d = 1 + i % 28; fy = y + 4; fm = m + 1; if (fm > 12) { fm = 1; fy++ }
      if (bad && i == n) { d = 30; m = 2 }
      school = (i % 2 ? "99PE00" : "99PF00")
      if (layout == "import") printf "%s-%07d,%04d-%02d-%02d,%s,BO,%04d-%02d-01,\n", p, i, y, m, d, school, fy, fm
      else if (layout == "students") printf "%s-%07d,po-22-01,%04d-%02d-%02d,,,0,1\n", p, i, y, m, d
      else printf "%s-%07d,0,%s,BO,%04d-%02d-01,\n", p, i, school, fy, fm
    }
  }'
}
students bad import 1 > "$WORK/bad.csv"
echo "[million] files of $(wc -l < "$WORK/bad.csv") lines, $(du -h "$WORK/bad.csv" | cut -f1) each"

PASSEND_PORT=$PORT PASSEND_HOST=127.0.0.1 PASSEND_DEMO=true PASSEND_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" PASSEND_DB_USER=postgres \
  java "-Xmx$HEAP" "-Xlog:gc:file=$WORK/gc.log" -jar adapters-web/target/passend-server.jar > "$WORK/server.log" 2>&1 &
PID=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/api/v1/health/ready" > /dev/null && break; sleep 0.5; done
echo "[million] server pid $PID ready (-Xmx$HEAP)"

post() { # file -> "status seconds"; the answer in $WORK/answer.json
  curl -s -o "$WORK/answer.json" -w '%{http_code} %{time_total}' -X POST -T "$1" -H "Authorization: Bearer demo-partnership" \
    -H "Content-Type: text/csv" "$URL"
}
count() { psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "SELECT count(*) FROM students WHERE id LIKE '$1-%'"; }

read -r status seconds <<< "$(post "$WORK/bad.csv")"
echo "[million] bad last line: HTTP $status in $seconds s; $(head -c 300 "$WORK/answer.json")"
echo "[million] students of that file stored afterwards: $(count bad) (all or nothing: 0)"
rm -f "$WORK/bad.csv"

ratios=()
for r in $(seq 1 "$ROUNDS"); do
  students "m$r" import > "$WORK/import.csv"
  students "c$r" students > "$WORK/students.csv"
  students "c$r" enrolments > "$WORK/enrolments.csv"
  read -r status passend <<< "$(post "$WORK/import.csv")"
  echo "[million] round $r, Passend over HTTP: HTTP $status in $passend s; $(cat "$WORK/answer.json"); stored $(count "m$r")"
  start=$(date +%s.%N)
  psql -h 127.0.0.1 -U postgres -d "$DB" -q -v ON_ERROR_STOP=1 -1 \
    -c "\\copy students (id, partnership_id, date_of_birth, bsn, start_qualification_on, overlap_tolerance_days, version) FROM '$WORK/students.csv' WITH (FORMAT csv)" \
    -c "\\copy enrolments (student_id, position, school_brin, school_type, enrolled_from, enrolled_until) FROM '$WORK/enrolments.csv' WITH (FORMAT csv)"
  peer=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.3f", b - a }')
  ratio=$(awk -v a="$passend" -v b="$peer" 'BEGIN { printf "%.3f", a / b }')
  ratios+=("$ratio")
  echo "[million] round $r, COPY into the same schema: $peer s; stored $(count "c$r"); ratio $ratio"
done
echo "[million] ratios: ${ratios[*]}; median $(printf '%s\n' "${ratios[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')"
echo "[million] the server's lines about the imports:"
grep -E 'student import into' "$WORK/server.log" | sed -E 's/^.*(student import)/  \1/'
# The GC log's pauses: "... 300M->120M(512M) ...": the most in use before a collection and the most left after one.
awk '/->/ { if (match($0, /[0-9]+M->[0-9]+M\([0-9]+M\)/)) { s = substr($0, RSTART, RLENGTH); split(s, a, /M->|M\(|M\)/);
  if (a[1] + 0 > before) before = a[1] + 0; if (a[2] + 0 > after) after = a[2] + 0; if (a[3] + 0 > cap) cap = a[3] + 0; n++ } }
  END { printf "[million] heap (GC log, %d collections): at most %d MB in use, at most %d MB left after a collection, heap size at most %d MB (limit %s)\n", n, before, after, cap, heap }' heap="$HEAP" "$WORK/gc.log"
