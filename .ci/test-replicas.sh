#!/usr/bin/env bash
# Runs the replica ITs (*ReplicasIT, in org.openwfm.packaged): several processes of the packaged PostgreSQL build on
# loopback ports, against one database per test class that the test creates and drops. Packages the PostgreSQL
# build into target/pg, beside the default build in target/quarkus-app (left as it is), and runs only these ITs;
# `./mvnw verify` leaves them out (failsafe excludes in pom.xml). Needs PostgreSQL on PGHOST:PGPORT (default
# 127.0.0.1:5432) that PGUSER (default postgres) can create databases on without a password.
#   bash .ci/test-replicas.sh [extra Maven arguments, e.g. -Dit.test=ReplicasIT]
set -euo pipefail
cd "$(dirname "$0")/.."
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
began=$SECONDS

./mvnw -B verify -Dquarkus.profile=pg -Dquarkus.package.output-directory=pg \
  -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test='*ReplicasIT' "$@"

echo "replica ITs: $((SECONDS - began)) s"
