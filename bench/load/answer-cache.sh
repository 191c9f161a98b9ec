#!/usr/bin/env bash
# The answer cache's effect, measured side by side (not a CI test): the meetings list (graphql/operations/
# MeetingsInMoscow) POSTed REQUESTS times (default 20000) at 16 connections against the packaged app on the test
# fixture seeds, with the answer cache off (MAJLIS_CACHE_ANSWERS=false: every request executes) and on, alternately,
# RUNS times (default 3). Prints each run's throughput and latency; docs/load.md has the medians.
#
#   bash bench/load/answer-cache.sh [REQUESTS] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."

REQUESTS=${1:-20000}
RUNS=${2:-3}
JAR=target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || { echo "$JAR is missing: ./mvnw -B package -DskipTests" >&2; exit 1; }

OPERATIONS=$(mktemp -d)
cp graphql/operations/MeetingsInMoscow.graphql "$OPERATIONS/"
echo '{ "place": "Place:moscow", "first": 20 }' >"$OPERATIONS/MeetingsInMoscow.variables.json"

run() { # $1: true or false, the answer cache
  local log server port
  log=$(mktemp --suffix=.log)
  # In memory, as bench/load/run.sh: each start imports the fixture afresh (the jar's default is a file).
  QUARKUS_DATASOURCE_JDBC_URL='jdbc:h2:mem:majlis;DB_CLOSE_DELAY=-1' MAJLIS_CACHE_ANSWERS=$1 MAJLIS_SEEDS_BUNDLED=false \
    MAJLIS_SEEDS_EXTERNAL=src/test/resources/fixture-seeds java -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port=0 -jar "$JAR" >"$log" 2>&1 &
  server=$!
  port=
  for _ in $(seq 1 600); do
    port=$(sed -n 's/.*Listening on: http:\/\/127.0.0.1:\([0-9]*\).*/\1/p' "$log")
    [ -n "$port" ] && curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null && break
    sleep 0.2
  done
  # A warm-up of the same size, then the measured run.
  java -Xmx512m bench/load/LoadTest.java "http://127.0.0.1:$port/graphql" "$REQUESTS" 16 "$OPERATIONS" >/dev/null
  echo "answer cache $1: $(java -Xmx512m bench/load/LoadTest.java "http://127.0.0.1:$port/graphql" "$REQUESTS" 16 "$OPERATIONS" \
    | grep -E 'throughput|latency|errors' | tr '\n' ' ')"
  kill "$server"
  wait "$server" 2>/dev/null || true
}

echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq 1 "$RUNS"); do
  run false
  run true
done
