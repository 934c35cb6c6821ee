#!/usr/bin/env bash
# Soak (docs/benchmarks.md §9): the server on a fresh PostgreSQL database in demo mode under a mixed
# load at a fixed rate (reads, eligibility, reports, submissions with acknowledgements), with the
# heap after a full GC sampled every minute. Usage: benchmarks/load/soak.sh [seconds=600] [rate=200]
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust) and the jars built by benchmarks/run.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_=${1:-600}
RATE=${2:-200}
DB=passend_soak
PORT=18090
psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
WORK=$(mktemp -d)
cleanup() { kill "${PID:-}" "${HEAP_PID:-}" 2> /dev/null || true; psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" || true; }
trap cleanup EXIT
PASSEND_PORT=$PORT PASSEND_HOST=127.0.0.1 PASSEND_DEMO=true PASSEND_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" PASSEND_DB_USER=postgres \
  java -Xmx512m -jar adapters-web/target/passend-server.jar > "$WORK/server.log" 2>&1 &
PID=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/api/v1/health/ready" > /dev/null && break; sleep 0.5; done
echo "[soak] server pid $PID ready; $RATE req/s for $SECONDS_ s"
# The heap after a full GC, every minute (jcmd GC.run, then the used heap of GC.heap_info).
(for m in $(seq 0 $((SECONDS_ / 60))); do
   jcmd "$PID" GC.run > /dev/null 2>&1 || true
   used=$(jcmd "$PID" GC.heap_info 2> /dev/null | grep -oE 'used [0-9]+K' | head -n 1 | grep -oE '[0-9]+')
   echo "[heap] minute $m: ${used:-?} KB used after full GC"
   sleep 60
 done) &
HEAP_PID=$!
java -cp benchmarks/target/benchmarks.jar nl.passend.benchmarks.Soak "http://127.0.0.1:$PORT" "$RATE" "$SECONDS_"
kill "$HEAP_PID" 2> /dev/null || true
