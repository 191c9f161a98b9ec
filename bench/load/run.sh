#!/usr/bin/env bash
# Load benchmark (not a CI test): REQUESTS requests (default 20000) of the frontend operations in
# graphql/operations/, at 64 concurrent connections, against the packaged app on loopback. Prints throughput,
# p50/p99 latency, the error count and the server's RSS after start, after a warm-up and after the run.
# Needs the packaged app (./mvnw -B package -DskipTests); the client is bench/load/LoadTest.java, run by the JDK's
# source launcher. docs/load.md has results and how to read them.
#
#   bash bench/load/run.sh [REQUESTS]
#   SERVER_JAVA_OPTS=-Xmx256m bash bench/load/run.sh    # the server's JVM options, e.g. a heap bound
set -euo pipefail
cd "$(dirname "$0")/../.."

REQUESTS=${1:-20000}
CONNECTIONS=64
WARMUP=4000
JAR=target/quarkus-app/quarkus-run.jar

[ -f "$JAR" ] || { echo "$JAR is missing: ./mvnw -B package -DskipTests" >&2; exit 1; }

LOG=$(mktemp --suffix=.log)
# Port 0: the system picks a free port, read back from the log (others may run servers on this machine).
# The answer cache is off unless asked for: the eight operations repeat, and these figures are of the work itself
# (bench/load/answer-cache.sh measures the cache). The database in memory, as docs/load.md's figures were measured
# and as the images serve (the jar's default, an H2 file under the working directory, would outlast the run).
QUARKUS_DATASOURCE_JDBC_URL='jdbc:h2:mem:majlis;DB_CLOSE_DELAY=-1' \
MAJLIS_CACHE_ANSWERS=${MAJLIS_CACHE_ANSWERS:-false} java ${SERVER_JAVA_OPTS:-} -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port=0 -jar "$JAR" >"$LOG" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null || true' EXIT

PORT=
for _ in $(seq 1 600); do
  PORT=$(sed -n 's/.*Listening on: http:\/\/127.0.0.1:\([0-9]*\).*/\1/p' "$LOG")
  [ -n "$PORT" ] && curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break
  kill -0 "$SERVER" 2>/dev/null || { cat "$LOG" >&2; exit 1; }
  sleep 0.2
done
curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null || { echo "not ready in 120 s" >&2; exit 1; }
URL=http://127.0.0.1:$PORT/graphql

rss() { awk '/^VmRSS/ { printf "%.0f MiB", $2 / 1024 }' "/proc/$SERVER/status"; }
load() { java -Xmx512m bench/load/LoadTest.java "$URL" "$1" "$CONNECTIONS" graphql/operations; }

echo "server: $(java -version 2>&1 | head -1) ${SERVER_JAVA_OPTS:-}, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "RSS after start: $(rss)"
load "$WARMUP" >/dev/null
echo "RSS after a warm-up of $WARMUP requests: $(rss)"
echo "run: $REQUESTS requests, $CONNECTIONS connections"
load "$REQUESTS" || status=$?
echo "RSS after the run: $(rss)"
exit "${status:-0}"
