#!/usr/bin/env bash
# Runs the unit and @QuarkusTest suites against PostgreSQL instead of the in-memory H2: a fresh database is
# created for the run and dropped after it. Quarkus builds the test application inside the test JVM, so the
# database kind can be switched for the run with properties. Needs PostgreSQL on PGHOST:PGPORT (default
# 127.0.0.1:5432) that user PGUSER (default postgres) can create databases on without a password.
#   bash .ci/test-on-postgresql.sh [extra Maven arguments, e.g. -Dtest=ClaimingTest]
set -euo pipefail
cd "$(dirname "$0")/.."
host=${PGHOST:-127.0.0.1}
port=${PGPORT:-5432}
user=${PGUSER:-postgres}
db="openwfm_test_$(date +%s)_$$"

if ! command -v psql > /dev/null; then
  sudo=$([ "$(id -u)" = 0 ] || echo sudo)
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql-client > /dev/null
fi
psql -h "$host" -p "$port" -U "$user" -d postgres -qc "create database $db"
trap 'psql -h "$host" -p "$port" -U "$user" -d postgres -qc "drop database if exists $db with (force)"' EXIT

./mvnw -B test -Dquarkus.datasource.db-kind=postgresql \
  -Dquarkus.datasource.jdbc.url="jdbc:postgresql://$host:$port/$db" \
  -Dquarkus.datasource.username="$user" -Dquarkus.datasource.password= "$@"
