#!/usr/bin/env bash
# Every benchmark in one command: builds the benchmark applications (tests skipped; --no-build to reuse a
# build), then runs the call-cost benchmark (sequential, 64 concurrent callers, allocation, heap per client) and the
# startup benchmark. The lines starting with "ratio" and "figures" are the results; a copy is in benchmarks/target.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if [[ "${1:-}" != "--no-build" ]]; then
  ./mvnw -B -q -pl benchmarks,benchmarks/startup-extension,benchmarks/startup-bare -am package -DskipTests
fi
"$JAVA" -jar benchmarks/target/quarkus-app/quarkus-run.jar | tee benchmarks/target/call-cost.txt
bash benchmarks/startup.sh | tee benchmarks/target/startup.txt
