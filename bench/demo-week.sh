#!/usr/bin/env bash
# The demo's sample weeks as a planner sees them after a solve: per day, coverage, projected service level and
# whether every channel met its goal (bench/demo_week.py). The packaged service runs in demo mode with the sample
# pinned to its own dates (first week Monday 2026-11-30, the sale day Wednesday 2026-12-09), the stall limit
# lifted so each solve uses its full time. Package first:
#   ./mvnw -B package -DskipTests && bash bench/demo-week.sh [SOLVE_SECONDS, default 30]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
port=${PORT:-18082}
data=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT

java -Dopenwfm.demo=true -Dopenwfm.demo-first-week=2026-11-30 -Dopenwfm.data-dir="$data/db" \
     -Dquarkus.http.port="$port" -Dopenwfm.roster.unimproved-seconds=3600 \
     -jar target/quarkus-app/quarkus-run.jar > "$data/service.log" 2>&1 &
pid=$!
until curl -sf "http://127.0.0.1:$port/q/health/ready" > /dev/null; do sleep 0.2; done

python3 bench/demo_week.py "http://127.0.0.1:$port" "$seconds" 2026-11-30 2026-12-07
