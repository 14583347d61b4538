#!/usr/bin/env bash
# Claim load on the packaged service over loopback, in demo mode (see org.openwfm.bench.ClaimLoad). Needs
# PostgreSQL on 127.0.0.1:5432 (trust auth) for all but the H2 half.
#   bash bench/claim-load.sh            # H2, then PostgreSQL: one service each, 50 and 200 concurrent agents
#   bash bench/claim-load.sh replicas   # PostgreSQL: two replicas on one database; the storm sent to one of them
#                                       # against the storm spread over both (requests alternate), in two rounds
# The PostgreSQL build goes to target/pg, beside the default build in target/quarkus-app.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-databases}
port=${PORT:-18080} # and the next one for a second replica
work=$(mktemp -d)
db=openwfm_load_$$
trap 'kill $(jobs -p) 2> /dev/null || true; wait 2> /dev/null || true; rm -rf "$work"
      psql -h 127.0.0.1 -U postgres -qc "drop database if exists $db with (force)" 2> /dev/null || true' EXIT

run_service() { # name, port, jar dir, extra java options...
  local name=$1 port=$2 app=$3; shift 3
  # New agents wait out the tier-2 delay by default; the load measures claims, not that wait.
  java -Xmx2g "$@" -Dopenwfm.demo=true -Dopenwfm.demo-first-week=2026-11-30 -Dopenwfm.self-service.new-agent-tier=1 \
    -Dopenwfm.node-id="$name" -Dquarkus.http.port="$port" -Dquarkus.log.level=WARN \
    -jar "$app/quarkus-run.jar" > "$work/$name.log" 2>&1 &
  service=$!
  until curl -sf "http://127.0.0.1:$port/q/health/ready" > /dev/null; do
    kill -0 "$service" 2> /dev/null || { cat "$work/$name.log"; exit 1; }
    sleep 0.2
  done
}

load() { # label, base URLs (comma-separated), agent counts...
  local label=$1 bases=$2; shift 2
  for agents in "$@"; do
    echo "== $label, $agents agents"
    java -cp target/classes:target/test-classes org.openwfm.bench.ClaimLoad "$bases" "$agents" admin
  done
}

warm_up() { # label, base URLs
  echo "== $1, warm-up (not recorded)"
  java -cp target/classes:target/test-classes org.openwfm.bench.ClaimLoad "$2" 50 admin > /dev/null
}

pg_service() { # name, port
  run_service "$1" "$2" target/pg -Dquarkus.profile=pg \
    -Dquarkus.datasource.jdbc.url="jdbc:postgresql://127.0.0.1:5432/$db" \
    -Dquarkus.datasource.username=postgres -Dquarkus.datasource.password=
}

./mvnw -B -q test-compile
psql -h 127.0.0.1 -U postgres -qc "create database $db"
./mvnw -B -q package -DskipTests -Dquarkus.profile=pg -Dquarkus.package.output-directory=pg

if [ "$mode" = replicas ]; then
  one=http://127.0.0.1:$port two=http://127.0.0.1:$((port + 1))
  pg_service replica-1 "$port"
  pg_service replica-2 $((port + 1))
  warm_up "two replicas" "$one,$two"
  for round in 1 2; do
    load "round $round, one replica" "$one" 50 200
    load "round $round, two replicas" "$one,$two" 50 200
  done
  exit 0
fi

./mvnw -B -q package -DskipTests
cp -r target/quarkus-app "$work/h2-app"
run_service h2 "$port" "$work/h2-app" -Dopenwfm.data-dir="$work/h2-data"
warm_up H2 "http://127.0.0.1:$port"
load H2 "http://127.0.0.1:$port" 50 200
kill "$service"; wait "$service" 2> /dev/null || true

pg_service pg "$port"
warm_up PostgreSQL "http://127.0.0.1:$port"
load PostgreSQL "http://127.0.0.1:$port" 50 200
