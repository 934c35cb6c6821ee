#!/usr/bin/env bash
# Load test of the server (docs/benchmarks.md §6): Passend on the embedded H2 default with demo
# data against a bare Javalin peer that parses and echoes the same JSON. Needs wrk (installed with
# apt-get when missing) and the jars built by benchmarks/run.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
command -v wrk > /dev/null || apt-get install -y wrk > /dev/null
WORK=$(mktemp -d)
PASSEND_PORT_=18080
PEER_PORT=18081
cleanup() { kill "${PASSEND_PID:-}" "${PEER_PID:-}" 2> /dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

(cd "$WORK" && PASSEND_PORT=$PASSEND_PORT_ PASSEND_HOST=127.0.0.1 exec java -jar "$ROOT/adapters-web/target/passend-server.jar" > "$WORK/server.log" 2>&1) &
PASSEND_PID=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PASSEND_PORT_/api/v1/health" > /dev/null && break; sleep 0.5; done
P=http://127.0.0.1:$PASSEND_PORT_/api/v1
curl -sf "$P/students/demo-0001" -H 'Authorization: Bearer demo-school' > "$WORK/student.json"
java -cp benchmarks/target/benchmarks.jar nl.passend.benchmarks.EchoServer $PEER_PORT "$WORK/student.json" > "$WORK/peer.log" 2>&1 &
PEER_PID=$!
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$PEER_PORT/api/v1/students/demo-0001" > /dev/null && break; sleep 0.5; done
Q=http://127.0.0.1:$PEER_PORT/api/v1

# Same answers before timing: the student is the same document; both eligibility routes answer 200 with JSON.
cmp <(curl -sf "$Q/students/demo-0001") "$WORK/student.json" || { echo "peer and Passend differ on the student" >&2; exit 1; }
BODY=$(sed -n "s/^wrk.body = '\(.*\)'$/\1/p" benchmarks/load/eligibility.lua)
curl -sf -X POST "$P/policies/po-22-01/eligibility/ZML" -H 'Authorization: Bearer demo-school' -H 'Content-Type: application/json' -d "$BODY" \
  | grep -q '"outcome":"ELIGIBLE"' || { echo "Passend did not answer the eligibility example" >&2; exit 1; }
curl -sf -X POST "$Q/policies/po-22-01/eligibility/ZML" -H 'Content-Type: application/json' -d "$BODY" | grep -q '"iq":62' \
  || { echo "the peer did not echo the body" >&2; exit 1; }
echo "[check] Passend and the peer answer both routes; the student document is identical"

measure() {
  local label=$1 url=$2 script=$3 extra=${4:-}
  # warm up, then measure
  wrk -t2 -c16 -d5s -s "$script" "$url" > /dev/null
  echo "== $label: as fast as it goes (2 threads, 16 connections, 15 s)"
  wrk -t2 -c16 -d15s --latency -s "$script" "$url" | grep -E 'Requests/sec|Non-2xx|Socket errors|^ +50%|^ +99%|requests in'
  echo "== $label: paced at about 1,000 requests per second (10 connections, 10 ms between answers and requests)"
  cat "$script" benchmarks/load/paced.lua > "$WORK/paced.lua"
  PACE_MS=10 wrk -t2 -c10 -d15s --latency -s "$WORK/paced.lua" "$url" | grep -E 'Requests/sec|Non-2xx|Socket errors|^ +50%|^ +99%|requests in'
}
# Interleaved (SERVER_RATIO=1): five rounds of 10 s, Passend and the peer one after the other in each
# round, and the median of the rounds' ratios with its spread (this machine's speed moves between runs,
# the ratio within a round much less).
if [ "${SERVER_RATIO:-0}" = "1" ]; then
  rate() { wrk -t2 -c16 -d10s -s "$2" "$1" | sed -n 's/^Requests\/sec: *\([0-9.]*\)/\1/p'; }
  for route in eligibility student; do
    if [ $route = eligibility ]; then a="$P/policies/po-22-01/eligibility/ZML"; b="$Q/policies/po-22-01/eligibility/ZML"; s=benchmarks/load/eligibility.lua
    else a="$P/students/demo-0001"; b="$Q/students/demo-0001"; s=benchmarks/load/student.lua; fi
    # Warm-up of 20 s each: with 5 s the first round of Passend still ran at a quarter of its speed (JIT).
    wrk -t2 -c16 -d20s -s "$s" "$a" > /dev/null; wrk -t2 -c16 -d20s -s "$s" "$b" > /dev/null
    echo "== $route: 5 interleaved rounds of 10 s (2 threads, 16 connections)"
    ratios=()
    for i in 1 2 3 4 5; do
      x=$(rate "$a" "$s"); y=$(rate "$b" "$s")
      r=$(python3 -c "print(f'{$x / $y:.3f}')")
      ratios+=("$r")
      echo "  round $i: Passend $x req/s, peer $y req/s, ratio $r"
    done
    python3 -c "import statistics,sys; v=sorted(map(float,sys.argv[1:])); print(f'median ratio Passend/peer {statistics.median(v):.3f} (min {v[0]:.3f}, max {v[-1]:.3f}) (throughput: above 1 is faster)')" "${ratios[@]}"
  done
  exit 0
fi

measure "Passend eligibility" "$P/policies/po-22-01/eligibility/ZML" benchmarks/load/eligibility.lua
measure "peer eligibility echo" "$Q/policies/po-22-01/eligibility/ZML" benchmarks/load/eligibility.lua
measure "Passend GET student" "$P/students/demo-0001" benchmarks/load/student.lua
measure "peer GET student" "$Q/students/demo-0001" benchmarks/load/student.lua
