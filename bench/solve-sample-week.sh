#!/usr/bin/env bash
# Solves the sample week through the API of the packaged service for 10, 30 and 60 seconds (the
# stall limit lifted so each run uses its full time) and prints per run: hard/medium/soft score,
# coverage, overstaffing, projected service level, paid hours against their lower bound (Σ required
# agent-intervals), move evaluation speed, and peak heap sampled each second. Package first:
#   ./mvnw -B package -DskipTests && bash bench/solve-sample-week.sh
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/quarkus-app/quarkus-run.jar
port=${PORT:-18081}
data=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT

java -Dopenwfm.demo=true -Dopenwfm.demo-first-week=2026-11-30 -Dopenwfm.data-dir="$data/db" -Dquarkus.http.port="$port" -Dopenwfm.roster.unimproved-seconds=3600 \
     -jar "$jar" > "$data/service.log" 2>&1 &
pid=$!
until curl -sf "http://127.0.0.1:$port/q/health/ready" > /dev/null; do sleep 0.2; done

api() { curl -sf -u planner:planner -H 'Content-Type: application/json' -H 'X-Requested-With: curl' "$@"; }
heap_mb() { jcmd "$pid" GC.heap_info 2>/dev/null | awk '/used/ {for (i=1;i<=NF;i++) if ($i=="used") {v=$(i+1); sub("K,","",v); print int(v/1024); exit}}'; }

echo "seconds | score | coverage | overstaffing | projected SL | paid h | lower bound h | over bound | moves/s | peak heap MB"
for seconds in 10 30 60; do
  id=$(api -X POST "http://127.0.0.1:$port/api/v1/schedules" -d "{\"weekStart\":\"2026-11-30\",\"solveSeconds\":$seconds}" |
       python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  peak=0
  while true; do
    status=$(api "http://127.0.0.1:$port/api/v1/schedules/$id" | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])')
    used=$(heap_mb || echo 0); [ "${used:-0}" -gt "$peak" ] && peak=$used
    [ "$status" = SOLVED ] && break
    [ "$status" = FAILED ] && { echo "job $id failed"; exit 1; }
    sleep 1
  done
  speed=$(grep "Solving ended" "$data/service.log" | tail -1 | sed -E 's/.*move evaluation speed \(([0-9]+)\/sec\).*/\1/')
  api "http://127.0.0.1:$port/api/v1/schedules/$id" > "$data/result.json"
  python3 - "$data/result.json" "$seconds" "$speed" "$peak" <<'PY'
import json, sys
path, seconds, speed, peak = sys.argv[1:]
s = json.load(open(path))
k = s["kpis"]
bound = sum(c["requiredAgentIntervals"] for c in k["byClientChannel"]) * 0.5
print(" | ".join([seconds, s["score"], f"{k['coverage']:.4f}", f"{k['overstaffing']:.4f}",
                  f"{k['projectedServiceLevel']:.4f}", f"{k['paidHours']:.1f}", f"{bound:.1f}",
                  f"{k['paidHours'] / bound - 1:+.1%}", speed, peak]))
PY
done
