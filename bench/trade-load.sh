#!/usr/bin/env bash
# Shift-trade load on the packaged service over loopback, in demo mode (see org.openwfm.bench.TradeLoad): 200
# agents, half of them offering a shift at once, then all 200 accepting at once, two racing for each offer, and a
# read-back that looks for hours assigned twice. Needs PostgreSQL on 127.0.0.1:5432 (trust auth) for the second half.
#   bash bench/trade-load.sh        # H2, then PostgreSQL: one service each, a warm-up and RUNS recorded runs
#   RUNS=1 bash bench/trade-load.sh h2
# The PostgreSQL build goes to target/pg, beside the default build in target/quarkus-app.
set -euo pipefail
cd "$(dirname "$0")/.."
databases=${1:-h2 pg}
runs=${RUNS:-3}
agents=${AGENTS:-200}
port=${PORT:-18080}
work=$(mktemp -d)
db=openwfm_trades_$$
trap 'kill $(jobs -p) 2> /dev/null || true; wait 2> /dev/null || true; rm -rf "$work"
      psql -h 127.0.0.1 -U postgres -qc "drop database if exists $db with (force)" 2> /dev/null || true' EXIT

run_service() { # name, jar dir, extra java options...
  local name=$1 app=$2; shift 2
  # New agents wait out the tier-2 delay by default; their set-up claims would wait with them.
  java -Xmx2g "$@" -Dopenwfm.demo=true -Dopenwfm.demo-first-week=2026-11-30 -Dopenwfm.self-service.new-agent-tier=1 \
    -Dquarkus.http.port="$port" -Dquarkus.log.level=WARN \
    -jar "$app/quarkus-run.jar" > "$work/$name.log" 2>&1 &
  service=$!
  until curl -sf "http://127.0.0.1:$port/q/health/ready" > /dev/null; do
    kill -0 "$service" 2> /dev/null || { cat "$work/$name.log"; exit 1; }
    sleep 0.2
  done
}

load() { # label
  local base=http://127.0.0.1:$port
  echo "== $1, warm-up (not recorded)"
  java -cp target/classes:target/test-classes org.openwfm.bench.TradeLoad "$base" "$agents" admin > /dev/null
  for run in $(seq "$runs"); do
    echo "== $1, run $run, $agents agents"
    java -cp target/classes:target/test-classes org.openwfm.bench.TradeLoad "$base" "$agents" admin
  done
  # Anything the service logged at ERROR (a 500, a deadlock) during the runs.
  grep -E "ERROR|deadlock" "$work/$1.log" | head -20 || true
}

./mvnw -B -o -q test-compile
for database in $databases; do
  if [ "$database" = h2 ]; then
    ./mvnw -B -o -q package -DskipTests
    cp -r target/quarkus-app "$work/h2-app"
    run_service h2 "$work/h2-app" -Dopenwfm.data-dir="$work/h2-data"
  else
    psql -h 127.0.0.1 -U postgres -qc "create database $db"
    ./mvnw -B -o -q package -DskipTests -Dquarkus.profile=pg -Dquarkus.package.output-directory=pg
    run_service pg target/pg -Dquarkus.profile=pg \
      -Dquarkus.datasource.jdbc.url="jdbc:postgresql://127.0.0.1:5432/$db" \
      -Dquarkus.datasource.username=postgres -Dquarkus.datasource.password=
  fi
  load "$database"
  kill "$service"; wait "$service" 2> /dev/null || true
done
