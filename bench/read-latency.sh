#!/usr/bin/env bash
# Read latency while two solves run (see org.openwfm.bench.ReadLatency): the packaged service on a fresh H2
# directory with the sample data and two solver threads (no stall limit, so the solves run their full time); SECONDS_PER_PHASE (60) seconds of GETs at RATE (20)
# a second with nothing solving, then as long with two solves of the sample week running.
#   bash bench/read-latency.sh
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-18080}
work=$(mktemp -d)
trap 'kill $(jobs -p) 2> /dev/null || true; rm -rf "$work"' EXIT

./mvnw -B -q package -DskipTests
java -Xmx2g -Dopenwfm.demo=true -Dopenwfm.demo-first-week=2026-11-30 -Dopenwfm.data-dir="$work/data" -Dquarkus.http.port="$port" -Dquarkus.log.level=WARN \
  -Dquarkus.timefold.solver-manager.parallel-solver-count=2 -Dopenwfm.roster.unimproved-seconds=3600 \
  -jar target/quarkus-app/quarkus-run.jar > "$work/service.log" 2>&1 &
service=$!
until curl -sf "http://127.0.0.1:$port/q/health/ready" > /dev/null; do
  kill -0 "$service" 2> /dev/null || { cat "$work/service.log"; exit 1; }
  sleep 0.2
done
java -cp target/test-classes org.openwfm.bench.ReadLatency "http://127.0.0.1:$port" "${SECONDS_PER_PHASE:-60}" "${RATE:-20}"
