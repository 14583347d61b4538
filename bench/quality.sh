#!/usr/bin/env bash
# Schedule quality against an exact reference (issue 8): Timefold with the service's solver configuration and
# OR-Tools CP-SAT on the same instances with the same wall-clock budgets; prints the tables and writes them into
# BENCHMARKS.md. Takes about 22 minutes on a 2-core machine.
#   bash bench/quality.sh
#   BUDGETS=10 INSTANCES=small bash bench/quality.sh
set -euo pipefail
cd "$(dirname "$0")/.."
calls=${CALLS:-../shared/data/bank_calls_5min.csv}
./mvnw -B -q -Pbench compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
java -Xmx12g -Dquarkus.log.level=WARN -cp "target/classes:$(cat target/bench.classpath)" \
  org.openwfm.bench.quality.QualityBench "$calls" "${BUDGETS:-10,60}" "${INSTANCES:-all}" BENCHMARKS.md
if [ -z "${INSTANCES:-}" ]; then
  # The small shapes on ten seeds at 10 s, in their own block.
  java -Xmx4g -Dquarkus.log.level=WARN -cp "target/classes:$(cat target/bench.classpath)" \
    org.openwfm.bench.quality.QualityBench "$calls" 10 seeds BENCHMARKS.md
fi
