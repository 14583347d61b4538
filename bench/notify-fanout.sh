#!/usr/bin/env bash
# Notification fan-out on the packaged service over loopback, in demo mode (see org.openwfm.bench.NotificationFanOut):
# 1,000 agents with preferences, one planner release of 50 seats, timed to the last agent's notice. E-mail is on
# with the mock mailer, so digests are queued but no SMTP server is needed. Build first: ./mvnw -B package -DskipTests
#   bash bench/notify-fanout.sh [agents]
set -euo pipefail
cd "$(dirname "$0")/.."
agents=${1:-1000}
port=${PORT:-18090}
work=$(mktemp -d)
trap 'kill $(jobs -p) 2> /dev/null || true; wait 2> /dev/null || true; rm -rf "$work"' EXIT

java -Xmx2g -Dopenwfm.demo=true -Dopenwfm.data-dir="$work/data" -Dopenwfm.self-service.new-agent-tier=1 \
  -Dopenwfm.notification.email-enabled=true -Dquarkus.mailer.mock=true -Dquarkus.http.port="$port" \
  -Dquarkus.log.level=WARN -Dquarkus.log.category.\"org.openwfm.notification\".level=INFO \
  -jar target/quarkus-app/quarkus-run.jar > "$work/service.log" 2>&1 &
service=$!
until curl -sf "http://127.0.0.1:$port/q/health/ready" > /dev/null; do
  kill -0 "$service" 2> /dev/null || { cat "$work/service.log"; exit 1; }
  sleep 0.2
done
java -cp target/classes:target/test-classes org.openwfm.bench.NotificationFanOut "http://127.0.0.1:$port" "$agents"
echo "== the service's own account of the matching:"
grep -a "Seats opened on fan-" "$work/service.log" || true
