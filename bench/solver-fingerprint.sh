#!/usr/bin/env bash
# The solver's fixed-step fingerprint (score and plan hash on small-20x3 and the medium week): run it on two commits
# and compare the lines; a refactoring that changes no behaviour prints the same. About 3 minutes on 2 cores.
#   bash bench/solver-fingerprint.sh [steps]
set -euo pipefail
cd "$(dirname "$0")/.."
calls=${CALLS:-../shared/data/bank_calls_5min.csv}
./mvnw -B -q -Pbench compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
java -Xmx4g -Dquarkus.log.level=WARN -cp "target/classes:$(cat target/bench.classpath)" \
  org.openwfm.bench.quality.SolverFingerprint "$calls" "${1:-3000}" 2>&1 | grep -E '^(small|medium)'
