#!/usr/bin/env bash
# Time from `java -jar` to a ready service, on a fresh data directory (first start, which loads the
# sample data) and again on the same directory (a restart). Package first:
#   ./mvnw -B package -DskipTests && bash bench/startup-time.sh
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/quarkus-app/quarkus-run.jar
port=${PORT:-18080}
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT

time_to_ready() {
  local started=$(date +%s%N)
  java -Dopenwfm.demo=true -Dopenwfm.data-dir="$data" -Dquarkus.http.port="$port" -jar "$jar" > "$data/$1.log" 2>&1 &
  local pid=$!
  until curl -sf "http://127.0.0.1:$port/q/health/ready" > /dev/null; do
    kill -0 "$pid" 2> /dev/null || { cat "$data/$1.log"; exit 1; }
    sleep 0.05
  done
  echo "$1: $(( ($(date +%s%N) - started) / 1000000 )) ms to ready"
  kill "$pid"; wait "$pid" 2> /dev/null || true
}

time_to_ready first-start
time_to_ready restart
