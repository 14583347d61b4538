#!/usr/bin/env bash
# The LP lower bound on contacts at stake (the score's medium level) of a week as the service itself builds it, e.g.
# the scale-out week (bench/scale_out.py) once created through the API on PostgreSQL. Packages the -Pbench build
# with the named main "lp-bound" (org.openwfm.bench.quality.ServiceWeekLpBound) for PostgreSQL into target/lp-bound,
# beside the service's own target/quarkus-app and target/pg (left as they are), then runs it on DATABASE: the
# service's own RosterProblemBuilder reads the clients, agents and staffing there, splits the week into the
# independent client groups a solve job is split into, and GLOP solves each group's relaxation (LpBound). Prints one
# line per group and their sum, which bounds the whole week's medium too (no agent works for two groups).
#
# The application starts as a replica would, but takes no solve jobs (openwfm.solver.enabled=false), listens on a
# free port, loads no demo data and runs no migrations (the database must already be at this build's schema: run
# the service of the same commit on it first). It may run beside the service. A database the service ran in demo
# mode needs JAVA_OPTS=-Dopenwfm.demo=true, else this start, finding no admin outside demo mode, would give "admin"
# a new password, as the service would.
#
#   bash bench/lp-bound.sh DATABASE WEEK_START [CLIENT_ID ...]     (all clients when none is named)
#   bash bench/lp-bound.sh openwfm_scale_out 2026-11-30
#
# PostgreSQL on PGHOST:PGPORT (default 127.0.0.1:5432) as PGUSER (default postgres) with PGPASSWORD (default none).
# LP_SECONDS: GLOP's time limit per group (default 1800). HEAP: the JVM's -Xmx (default 12g). SKIP_BUILD=1 reuses
# target/lp-bound. JAVA_OPTS: more JVM options.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 2 ]; then
  sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'
  exit 2
fi
database=$1
shift

if [ -z "${SKIP_BUILD:-}" ]; then
  began=$SECONDS
  # The PostgreSQL driver is chosen at build time (profile pg); the main at build time too: only this package of
  # the bench build starts at ServiceWeekLpBound, every other keeps the service's main.
  ./mvnw -B -q -Pbench package -DskipTests -Dquarkus.profile=pg \
    -Dquarkus.package.main-class=lp-bound -Dquarkus.package.output-directory=lp-bound
  echo "packaged target/lp-bound in $((SECONDS - began)) s"
fi

began=$SECONDS
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
java -Xmx"${HEAP:-12g}" ${JAVA_OPTS:-} \
  -Dquarkus.profile=pg \
  -Dquarkus.datasource.jdbc.url="jdbc:postgresql://${PGHOST:-127.0.0.1}:${PGPORT:-5432}/$database" \
  -Dquarkus.datasource.username="${PGUSER:-postgres}" \
  -Dquarkus.datasource.password="${PGPASSWORD:-}" \
  -Dquarkus.flyway.migrate-at-start=false \
  -Dopenwfm.solver.enabled=false \
  -Dopenwfm.node-id=lp-bound \
  -Dquarkus.http.port=0 \
  -Dquarkus.log.level=WARN \
  -Dlp-bound.seconds="${LP_SECONDS:-1800}" \
  -jar target/lp-bound/quarkus-run.jar "$@"
echo "ran in $((SECONDS - began)) s"
