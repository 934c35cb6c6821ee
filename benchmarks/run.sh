#!/usr/bin/env bash
# Runs the JMH benchmarks of docs/benchmarks.md: all of them, or one by name.
#   benchmarks/run.sh                 # all
#   benchmarks/run.sh eligibility     # one: eligibility | deadlines | funding | import | monitoring | oso | simulation | server
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
case "${1:-all}" in
  eligibility) run eligibility 'EligibilityBenchmark' ;;
  deadlines) run deadlines 'DeadlineBenchmark' ;;
  funding) run funding 'FundingBenchmark' ;;
  import) run import 'ImportBenchmark' ;;
  monitoring) run monitoring 'MonitoringBenchmark' ;;
  oso) run oso 'OsoBenchmark' ;;
  simulation) run simulation 'SimulationBenchmark' ;;
  server) bash benchmarks/load/run.sh | tee benchmarks/results/server.log ;;
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
  *) echo "unknown benchmark '$1': eligibility, deadlines, funding, import, monitoring, oso, simulation, server or all" >&2; exit 2 ;;
esac
