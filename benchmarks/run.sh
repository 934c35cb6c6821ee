#!/usr/bin/env bash
# Runs the JMH benchmarks of docs/benchmarks.md: all of them, or one by name.
#   benchmarks/run.sh                 # all
#   benchmarks/run.sh eligibility     # one: eligibility | deadlines | funding | import | import-million | monitoring | oso | simulation | server
#   benchmarks/run.sh simulation-ratio  # interleaved: 5 runs of Passend and its peer, the median ratio (also oso-ratio, eligibility-ratio, monitoring-stored-ratio, server-ratio, import-ratio)
# Builds what it needs first. Results go to benchmarks/results/<name>.txt (JMH's text output).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q -DskipTests install -pl benchmarks,adapters-web -am
mkdir -p benchmarks/results
run() {
  local name=$1 pattern=$2
  echo "== $name ($pattern)"
  java -jar benchmarks/target/benchmarks.jar "$pattern" -rf text -rff "benchmarks/results/$name.txt" | tee "benchmarks/results/$name.log" \
    | grep -E '^\[check\]|^Benchmark|^[A-Z][A-Za-z]+Benchmark\.' || true
}
# Interleaved: five JMH runs of one fork each, every run measuring Passend and its peer one after the other
# (A, B, A, B, ...; JMH's own -f 5 would run all forks of A first), and the median ratio with its spread (RatioReport).
ratio() {
  local name=$1 pattern=$2 passend=$3 peer=$4 passend2=${5:-} peer2=${6:-}
  echo "== $name ($pattern), 5 interleaved runs"
  local files=()
  for i in 1 2 3 4 5; do
    # shellcheck disable=SC2086 # JMH_ARGS holds several arguments, such as "-p database=h2"
    java -jar benchmarks/target/benchmarks.jar "$pattern" ${JMH_ARGS:-} -f 1 -rf json -rff "benchmarks/results/$name-run-$i.json" > "benchmarks/results/$name-run-$i.log"
    grep -E '^\[check\]' "benchmarks/results/$name-run-$i.log" | head -n 1 || true
    files+=("benchmarks/results/$name-run-$i.json")
  done
  java -cp benchmarks/target/benchmarks.jar nl.passend.benchmarks.RatioReport "$passend" "$peer" "${files[@]}" | tee "benchmarks/results/$name-ratio.txt"
  if [ -n "$passend2" ]; then
    java -cp benchmarks/target/benchmarks.jar nl.passend.benchmarks.RatioReport "$passend2" "$peer2" "${files[@]}" | tee -a "benchmarks/results/$name-ratio.txt"
  fi
}
case "${1:-all}" in
  eligibility) run eligibility 'EligibilityBenchmark' ;;
  deadlines) run deadlines 'DeadlineBenchmark' ;;
  funding) run funding 'FundingBenchmark' ;;
  import) run import 'ImportBenchmark' ;;
  monitoring) run monitoring 'MonitoringBenchmark' ;;
  oso) run oso 'OsoBenchmark' ;;
  simulation) run simulation 'SimulationBenchmark' ;;
  simulation-ratio) ratio simulation 'SimulationBenchmark' simulate bareRead ;;
  eligibility-ratio) ratio eligibility 'EligibilityBenchmark' passendPro dmnPro passendLwoo dmnLwoo ;;
  monitoring-stored-ratio)
    JMH_ARGS="-p database=h2" ratio monitoring-stored-h2 'StoredMonitoringBenchmark' report bareRead reportOverHttp bareRead
    JMH_ARGS="-p database=postgres" ratio monitoring-stored-postgres 'StoredMonitoringBenchmark' report bareRead reportOverHttp bareRead
    grep -h '^\[p50\]' benchmarks/results/monitoring-stored-*-run-*.log ;;
  oso-ratio) ratio oso 'OsoBenchmark' passendReader peerJdkDom ;;
  import-ratio) ratio import 'ImportBenchmark.(passendImport|peerCopySameSchema)' passendImport peerCopySameSchema ;;
  import-million) bash benchmarks/load/import-million.sh | tee benchmarks/results/import-million.log ;;
  server) bash benchmarks/load/run.sh | tee benchmarks/results/server.log ;;
  server-ratio) SERVER_RATIO=1 bash benchmarks/load/run.sh | tee benchmarks/results/server-ratio.log ;;
  all)
    run eligibility 'EligibilityBenchmark'
    run deadlines 'DeadlineBenchmark'
    run funding 'FundingBenchmark'
    run import 'ImportBenchmark'
    run monitoring 'MonitoringBenchmark'
    run oso 'OsoBenchmark'
    run simulation 'SimulationBenchmark'
    bash benchmarks/load/run.sh | tee benchmarks/results/server.log
    ;;
  *) echo "unknown benchmark '$1': eligibility, deadlines, funding, import, import-million, monitoring, oso, simulation, server or all" >&2; exit 2 ;;
esac
