#!/usr/bin/env bash
# Page load times of the web pages on the packaged service with the sample data (see org.openwfm.bench.PageLoad):
# the sample week is solved and published first, then each page is loaded cold once and warm LOADS times in
# Debian's Chromium, headless (apt-get install -y chromium).
#   bash bench/page-load.sh
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-18080}
loads=${LOADS:-20}
work=$(mktemp -d)
trap 'kill $(jobs -p) 2> /dev/null || true; rm -rf "$work"' EXIT

./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
./mvnw -B -q package -DskipTests
java -Xmx2g -Dopenwfm.demo=true -Dopenwfm.demo-first-week=2026-11-30 -Dopenwfm.data-dir="$work/data" -Dquarkus.http.port="$port" -Dquarkus.log.level=WARN \
  -jar target/quarkus-app/quarkus-run.jar > "$work/service.log" 2>&1 &
service=$!
until curl -sf "http://127.0.0.1:$port/q/health/ready" > /dev/null; do
  kill -0 "$service" 2> /dev/null || { cat "$work/service.log"; exit 1; }
  sleep 0.2
done
java -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" org.openwfm.bench.PageLoad "http://127.0.0.1:$port" "$loads"
