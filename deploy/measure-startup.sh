#!/usr/bin/env bash
# Measures cold start: milliseconds from launching the process to the first correct GraphQL answer, and the
# resident memory (VmRSS) right after it, for three ways of running the JVM build:
#   jdk17      the fast-jar on Java 17 (the project's baseline JDK)
#   jdk25      the same fast-jar on JDK 25
#   jdk25-aot  the aot-jar on JDK 25 with its AOT cache (app.aot), trained by the integration tests
# Each mode runs RUNS times (default 5), the modes taking turns so that a slow spell of the machine hits them
# alike; it prints every run, then median and min-max per mode.
#
#   deploy/measure-startup.sh [RUNS] [--no-build]
#
# It builds both packagings in this checkout (--no-build reuses them): the fast-jar is copied to
# target/startup/fast-jar, the aot-jar stays in target/quarkus-app, where it was trained: its cache holds that
# absolute path, and a copy elsewhere runs without the cache, or fails when another build sits at the old path.
# It needs curl.
# JAVA17 and JAVA25_HOME name the JDKs; the defaults are this project's build machine's.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${1:-5}
BUILD=${2:-build}
JAVA17=${JAVA17:-java}
JAVA25_HOME=${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA25=$JAVA25_HOME/bin/java
QUERY='{"query":"query StartupProbe { actors(first: 1) { totalCount } }"}'
FAST_JAR=target/startup/fast-jar
AOT_JAR=target/quarkus-app
WORK=$(mktemp -d /tmp/majlis-startup.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

if [ "$BUILD" != --no-build ]; then
  rm -rf "$FAST_JAR" && mkdir -p "$(dirname "$FAST_JAR")"
  echo "Building the fast-jar (Java $("$JAVA17" -version 2>&1 | head -1))" >&2
  ./mvnw -B -q package -DskipTests >/dev/null
  cp -a target/quarkus-app "$FAST_JAR"
  echo "Building the aot-jar with JDK 25 and training its cache with the integration tests" >&2
  JAVA_HOME=$JAVA25_HOME ./mvnw -B -q verify -Dquarkus.package.jar.aot.enabled=true \
    -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dquarkus.http.test-port=0 >/dev/null 2>&1
fi
test -f "$AOT_JAR/app.aot" || { echo "no $AOT_JAR/app.aot: build without --no-build" >&2; exit 1; }

# A port nothing listens on: other test runs may share the machine.
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 20000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

# One start: prints "<ms> <rss kB>".
measure() {
  local dir=$1 java=$2; shift 2
  local log=$WORK/run.log port started pid answer now rss
  port=$(free_port)
  cd "$dir"
  started=$(date +%s%N)
  # In memory, as the images run it: every start imports the seeds (the default H2 file would be found again).
  QUARKUS_DATASOURCE_JDBC_URL='jdbc:h2:mem:majlis;DB_CLOSE_DELAY=-1' \
    "$java" "$@" -Dquarkus.http.port="$port" -jar quarkus-run.jar >"$log" 2>&1 &
  pid=$!
  cd - >/dev/null
  while :; do
    answer=$(curl -s -m 1 -H 'Content-Type: application/json' -d "$QUERY" "http://127.0.0.1:$port/graphql" || true)
    if [[ $answer =~ \"totalCount\":[1-9] ]]; then
      now=$(date +%s%N)
      break
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      local code=0; wait "$pid" || code=$?
      echo "the service stopped before answering (exit $code): $java $*" >&2; cat "$log" >&2; exit 1
    fi
    if (( ($(date +%s%N) - started) / 1000000 > 60000 )); then
      echo "no answer within 60 s" >&2; kill "$pid"; exit 1
    fi
    sleep 0.01
  done
  rss=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")
  kill "$pid"
  wait "$pid" || true
  echo "$(( (now - started) / 1000000 )) $rss"
}

# Median and range of one column of numbers.
summary() {
  sort -n | awk '{v[NR]=$1} END {m = NR % 2 ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2; printf "%s (%s-%s)", m, v[1], v[NR]}'
}

MODES="jdk17 jdk25 jdk25-aot"
for mode in $MODES; do : >"$WORK/$mode"; done
for _ in $(seq "$RUNS"); do
  for mode in $MODES; do
    case $mode in
      jdk17) measure "$FAST_JAR" "$JAVA17" ;;
      jdk25) measure "$FAST_JAR" "$JAVA25" ;;
      jdk25-aot) measure "$AOT_JAR" "$JAVA25" -XX:AOTCache=app.aot ;;
    esac >>"$WORK/$mode"
  done
done
printf '%-10s %s\n' mode "runs (ms to first answer / RSS MiB)"
for mode in $MODES; do
  printf '%-10s %s\n' "$mode" "$(awk '{printf "%d/%d ", $1, $2/1024}' "$WORK/$mode")"
done

echo
echo "| mode | time to first answer, median (min-max) | RSS after it, median (min-max) |"
echo "|---|---|---|"
for mode in $MODES; do
  echo "| $mode | $(cut -d' ' -f1 "$WORK/$mode" | summary) ms | $(awk '{print int($2/1024)}' "$WORK/$mode" | summary) MiB |"
done
echo
echo "$RUNS runs per mode on $(nproc) cores; $("$JAVA17" -version 2>&1 | head -1); $("$JAVA25" -version 2>&1 | head -1)"
