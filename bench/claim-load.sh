#!/usr/bin/env bash
# Claim load on the packaged service over loopback, on the embedded H2 and on PostgreSQL, with 50 and
# 200 concurrent agents each (see org.openwfm.bench.ClaimLoad). Needs PostgreSQL on 127.0.0.1:5432
# (trust auth) for the second half; builds the service twice (default and -Dquarkus.profile=pg).
#   bash bench/claim-load.sh
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-18080}
work=$(mktemp -d)
trap 'kill $(jobs -p) 2> /dev/null || true; rm -rf "$work"' EXIT

run_service() { # name, jar dir, extra java options...
  local name=$1 app=$2; shift 2
  # New agents wait out the tier-2 delay by default; the load measures claims, not that wait.
  java -Xmx2g "$@" -Dopenwfm.demo=true -Dopenwfm.demo-first-week=2026-11-30 -Dopenwfm.self-service.new-agent-tier=1 -Dquarkus.http.port="$port" -Dquarkus.log.level=WARN -jar "$app/quarkus-run.jar" > "$work/$name.log" 2>&1 &
  service=$!
  until curl -sf "http://127.0.0.1:$port/q/health/ready" > /dev/null; do
    kill -0 "$service" 2> /dev/null || { cat "$work/$name.log"; exit 1; }
    sleep 0.2
  done
}

load() { # name, admin password
  echo "== $1, warm-up (not recorded)"
  java -cp target/classes:target/test-classes org.openwfm.bench.ClaimLoad "http://127.0.0.1:$port" 50 "$2" > /dev/null
  for agents in 50 200; do
    echo "== $1, $agents agents"
    java -cp target/classes:target/test-classes org.openwfm.bench.ClaimLoad "http://127.0.0.1:$port" "$agents" "$2"
  done
}

./mvnw -B -q package -DskipTests
cp -r target/quarkus-app "$work/h2-app"
run_service h2 "$work/h2-app" -Dopenwfm.data-dir="$work/h2-data"
load H2 admin
kill "$service"; wait "$service" 2> /dev/null || true

db=openwfm_load_$$
psql -h 127.0.0.1 -U postgres -qc "create database $db"
./mvnw -B -q package -DskipTests -Dquarkus.profile=pg
cp -r target/quarkus-app "$work/pg-app"
run_service pg "$work/pg-app" -Dquarkus.profile=pg -Dquarkus.datasource.jdbc.url="jdbc:postgresql://127.0.0.1:5432/$db" \
  -Dopenwfm.initial-admin-password=load-admin
load PostgreSQL load-admin
kill "$service"; wait "$service" 2> /dev/null || true
psql -h 127.0.0.1 -U postgres -qc "drop database $db"
./mvnw -B -q package -DskipTests # leave the default build in target/
