#!/usr/bin/env bash
# Builds and runs deploy/ for real with podman, as an operator would, and fails loudly on any failed check.
# .ci/run calls it after the Maven steps; from the repository's root:
#
#   deploy/verify-container.sh              build both JVM images and the native one, run them, play the
#                                           Deployments, tear down (VERIFY_NATIVE=0: the JVM ones only)
#   deploy/verify-container.sh --measure [RUNS]
#                                           the figures of deploy/README.md: build time, image sizes, and RUNS
#                                           (default 5) starts with and without the AOT cache and of the native
#                                           image, taking turns
# VERIFY_NO_BUILD=1 reuses the aot-jars of target/container/ (the images are still built, from podman's cache).
#
# What it does:
#  1. podman: ../shared/tools/container-host.sh where it exists (these machines reach no container registry: it
#     installs podman and makes local stand-ins for the eclipse-temurin images), a plain pull otherwise;
#  2. builds majlis:jvm and majlis:jvm-postgresql with deploy/build-image.sh (the aot-jars go to
#     target/container/, beside the main build's target/quarkus-app), the PostgreSQL one trained against a
#     throwaway database of the PostgreSQL server on 127.0.0.1:5432 (.ci/start-postgres);
#  3. runs majlis:jvm as deploy/kubernetes/deployment-jvm.yaml would: its memory limit, JAVA_OPTS and ConfigMap,
#     read-only root with a tmpfs /tmp, all capabilities dropped, no-new-privileges, uid 185, and a non-default
#     port (QUARKUS_HTTP_PORT), on the host's network (loopback only). Checks: the first correct answer (the
#     reviewed answers of graphql/operations/*.expected.json, every one of them), started/readiness/liveness UP,
#     the image's HEALTHCHECK kept and passing (podman healthcheck run), every log line JSON, no [aot] warning,
#     the AOT cache mapped into the JVM, RSS under the limit, and a graceful stop on SIGTERM within the grace
#     period (exit 143, Quarkus' "stopped" line);
#  4. the same for majlis:jvm-postgresql against its database (majlis_container); two replicas started at once on
#     one empty database; and kill -9 (SIGKILL) while four writers send meetings, then a restart: every acknowledged
#     one there whole with its author, none half-written (majlis_kill);
#  5. podman kube play of deployment-jvm.yaml (one replica) with configmap.yaml: the pod running, its probes (the
#     healthcheck podman derives from the liveness probe, and each probe's check run in the pod), a correct
#     answer from inside the pod, the limits applied; then podman kube down;
#  6. majlis:native (deploy/Dockerfile.native) from the binary in target/ (./mvnw package -Dnative, docs/native.md)
#     on Debian 12 slim (here a stand-in imported from container-host.sh's Debian root file system): steps 3 and 5
#     as deployment-native.yaml sets them (uid 1001, its memory limit; no AOT cache), and the seed check.
# Everything it started is removed on exit, failed or not (trap). Needs root (as CI runs), podman, jq, curl.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

MODE=verify
RUNS=5
case ${1:-} in
  "") ;;
  --measure) MODE=measure; RUNS=${2:-5} ;;
  *) echo "usage: $0 [--measure [RUNS]]" >&2; exit 2 ;;
esac

TEMURIN=${TEMURIN:-25.0.3_9}
JVM_DEPLOYMENT=deploy/kubernetes/deployment-jvm.yaml
NATIVE_DEPLOYMENT=deploy/kubernetes/deployment-native.yaml
CONFIGMAP=deploy/kubernetes/configmap.yaml
TAG=majlis-verify-$$
WORK=$(mktemp -d "/tmp/$TAG.XXXXXX")
DATABASES=(majlis_container majlis_replicas majlis_kill majlis_aot_training)
T0=$(date +%s)

say() { echo "verify-container [$(( $(date +%s) - T0 )) s]: $*" >&2; }
fail() {
  echo "" >&2
  echo "verify-container: FAILED: $*" >&2
  exit 1
}

cleanup() {
  local code=$?
  set +eu
  trap - EXIT
  for c in $(podman ps -aq --filter "label=$TAG" 2>/dev/null); do
    if [ $code -ne 0 ]; then
      echo "---- last log lines of container $c ----" >&2
      podman logs --tail 40 "$c" >&2 2>&1
    fi
    podman rm -f -t 0 "$c" >/dev/null 2>&1
  done
  if [ -f "$WORK/kube.yaml" ]; then
    if [ $code -ne 0 ]; then
      podman pod ps --filter "label=$TAG" >&2 2>/dev/null
      podman logs --tail 40 "$KUBE_CONTAINER" >&2 2>/dev/null
    fi
    podman kube down "$WORK/kube.yaml" >/dev/null 2>&1
  fi
  if command -v psql >/dev/null && pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
    for db in "${DATABASES[@]}"; do
      su postgres -c "psql -qAt -c 'drop database if exists $db'" >/dev/null 2>&1
    done
  fi
  rm -rf "$WORK"
  if [ $code -eq 0 ]; then say "done, everything it started is removed"; else echo "verify-container: exit $code" >&2; fi
  exit $code
}
trap cleanup EXIT
trap 'exit 130' INT TERM

for tool in jq curl; do
  command -v $tool >/dev/null || fail "$tool is needed on the host"
done

# ---- 1. podman and the base images ---------------------------------------------------------------------------
prepare_podman() {
  local host_tool=$ROOT/../shared/tools/container-host.sh
  if [ -f "$host_tool" ]; then
    say "no container registry here: setting podman up and making the base images with ../shared/tools/container-host.sh"
    bash "$host_tool" >"$WORK/container-host.log" 2>&1 || { cat "$WORK/container-host.log" >&2; fail "container-host.sh"; }
  else
    command -v podman >/dev/null || fail "podman is not installed"
    for kind in jdk jre; do
      podman image exists "docker.io/library/eclipse-temurin:$TEMURIN-$kind" \
        || podman pull "docker.io/library/eclipse-temurin:$TEMURIN-$kind" || fail "cannot pull eclipse-temurin:$TEMURIN-$kind"
    done
  fi
  for kind in jdk jre; do
    podman image exists "docker.io/library/eclipse-temurin:$TEMURIN-$kind" || fail "no eclipse-temurin:$TEMURIN-$kind image"
  done
}

# ---- what the Deployment sets --------------------------------------------------------------------------------
# The few values read here, with awk: the manifests' layout is this repository's own.
deployment_value() { # deployment_value memory-limit|uid|grace|java-opts FILE
  case $1 in
    memory-limit) awk '/^ *limits:/ {l=1; next} l && /memory:/ {print $2; exit}' "$2" ;;
    uid) awk '/runAsUser:/ {print $2; exit}' "$2" ;;
    grace) awk '/terminationGracePeriodSeconds:/ {print $2; exit}' "$2" ;;
    java-opts) awk '/- name: JAVA_OPTS/ {getline; sub(/^ *value: */, ""); gsub(/"/, ""); print; exit}' "$2" ;;
  esac
}
configmap_env() { # KEY=value lines of the ConfigMap's data
  awk '/^data:/ {d=1; next} d && /^[^ #]/ {d=0} d && /^  [A-Z_]+:/ {k=$1; sub(/:$/, "", k); v=$0; sub(/^[^:]*: */, "", v); gsub(/^"|"$/, "", v); print k "=" v}' "$1"
}
to_podman_memory() { # 768Mi -> 768m, 1Gi -> 1g
  local v=$1
  case $v in *Mi) echo "${v%Mi}m" ;; *Gi) echo "${v%Gi}g" ;; *) echo "$v" ;; esac
}
to_bytes() {
  local v=$1
  case $v in *Mi) echo $(( ${v%Mi} * 1024 * 1024 )) ;; *Gi) echo $(( ${v%Gi} * 1024 * 1024 * 1024 )) ;; *) echo "$v" ;; esac
}

# The Deployment the images are run as, until the next use_deployment: its memory limit, uid, grace period and
# JAVA_OPTS (none for the native one).
use_deployment() { # use_deployment FILE
  DEPLOYMENT=$1
  MEMORY=$(deployment_value memory-limit "$DEPLOYMENT")
  UID_DEPLOYMENT=$(deployment_value uid "$DEPLOYMENT")
  GRACE=$(deployment_value grace "$DEPLOYMENT")
  JAVA_OPTS_DEPLOYMENT=$(deployment_value java-opts "$DEPLOYMENT")
  [ -n "$MEMORY" ] && [ -n "$UID_DEPLOYMENT" ] && [ -n "$GRACE" ] || fail "cannot read the limits of $DEPLOYMENT"
}
use_deployment "$JVM_DEPLOYMENT"
[ -n "$JAVA_OPTS_DEPLOYMENT" ] || fail "cannot read the JAVA_OPTS of $JVM_DEPLOYMENT"
configmap_env "$CONFIGMAP" >"$WORK/configmap.env"
grep -q '^QUARKUS_LOG_CONSOLE_JSON_ENABLED=true$' "$WORK/configmap.env" || fail "$CONFIGMAP does not turn JSON logs on"

free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 20000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

# ---- GraphQL checks ------------------------------------------------------------------------------------------
# The request body of an operation of graphql/operations/.
operation_body() {
  local name=$1 dir=graphql/operations
  if [ -f "$dir/$name.variables.json" ]; then
    jq -cn --rawfile q "$dir/$name.graphql" --slurpfile v "$dir/$name.variables.json" '{query: $q, variables: $v[0]}'
  else
    jq -cn --rawfile q "$dir/$name.graphql" '{query: $q}'
  fi
}
# Exit 0 when the answer (a file) is the reviewed one, key order and layout aside.
same_answer() { # same_answer NAME FILE
  [ "$(jq -S . "graphql/operations/$1.expected.json" 2>/dev/null)" = "$(jq -S . "$2" 2>/dev/null)" ]
}
ask() { # ask PORT NAME -> the answer in $WORK/answer.json; exit 0 when it is the reviewed one
  operation_body "$2" | curl -s -m 5 -o "$WORK/answer.json" -H 'Content-Type: application/json' \
    -H 'Accept: application/json' --data-binary @- "http://127.0.0.1:$1/graphql" && same_answer "$2" "$WORK/answer.json"
}
FIRST_OPERATION=ActorProfile

# Waits for the first correct answer; prints the milliseconds since START (ns).
first_answer() { # first_answer CONTAINER PORT START_NS
  local c=$1 port=$2 start=$3 now
  while :; do
    if ask "$port" "$FIRST_OPERATION" 2>/dev/null; then
      now=$(date +%s%N); echo $(( (now - start) / 1000000 )); return
    fi
    [ "$(podman inspect -f '{{.State.Running}}' "$c" 2>/dev/null)" = true ] || fail "container $c stopped before answering"
    (( ($(date +%s%N) - start) / 1000000000 < 180 )) || fail "no correct answer from $c within 180 s"
    sleep 0.02
  done
}

run_image() { # run_image NAME IMAGE PORT [podman run argument...]: the Deployment's settings
  local java_opts=()
  if [ -n "$JAVA_OPTS_DEPLOYMENT" ]; then java_opts=(-e "JAVA_OPTS=$JAVA_OPTS_DEPLOYMENT"); fi
  local name=$1 image=$2 port=$3; shift 3
  podman run -d --pull=never --name "$name" --label "$TAG" --network=host \
    --memory="$(to_podman_memory "$MEMORY")" --read-only --tmpfs /tmp:rw,nosuid,nodev --cap-drop=ALL \
    --security-opt=no-new-privileges --user "$UID_DEPLOYMENT" --env-file "$WORK/configmap.env" \
    "${java_opts[@]}" -e QUARKUS_HTTP_PORT="$port" "$@" "$image" >/dev/null 2>"$WORK/run.err" \
    || { cat "$WORK/run.err" >&2; fail "podman run $image"; }
}

check_health() { # check_health PORT WHAT
  local path status
  for path in /q/health/started /q/health/ready /q/health/live; do
    status=$(curl -s -m 5 "http://127.0.0.1:$1$path" | jq -r .status 2>/dev/null || true)
    [ "$status" = UP ] || fail "$2: $path is '$status', not UP"
  done
}

check_all_operations() { # check_all_operations PORT WHAT
  local op name n=0
  for op in graphql/operations/*.graphql; do
    name=$(basename "$op" .graphql)
    ask "$1" "$name" || { head -c 600 "$WORK/answer.json" >&2; echo >&2; fail "$2: $name does not answer as graphql/operations/$name.expected.json"; }
    n=$((n + 1))
  done
  say "$2: all $n operations of graphql/operations/ answer exactly as reviewed"
}

check_logs_json() { # check_logs_json CONTAINER WHAT
  podman logs "$1" >"$WORK/logs.txt" 2>&1
  [ -s "$WORK/logs.txt" ] || fail "$2: no log lines"
  local bad
  bad=$(grep -n -v -E '^\{.*\}$' "$WORK/logs.txt" | head -5 || true)
  [ -z "$bad" ] || fail "$2: log lines that are not JSON objects (a JVM [aot] warning is one):
$bad"
  jq -e -s 'length > 0 and all(.[]; has("timestamp") and has("level") and has("message"))' "$WORK/logs.txt" >/dev/null \
    || fail "$2: the log is not one JSON object with timestamp, level and message per line"
  ! grep -q -E '\[(warning|error) *\]\[(aot|cds)' "$WORK/logs.txt" || fail "$2: the JVM warned about its AOT cache"
}

check_aot_loaded() { # check_aot_loaded CONTAINER WHAT
  local pid
  pid=$(podman inspect -f '{{.State.Pid}}' "$1")
  grep -q '/opt/majlis/app.aot' "/proc/$pid/maps" || fail "$2: the JVM has not mapped /opt/majlis/app.aot: the AOT cache is not in use"
}

rss_kib() { awk '/^VmRSS/ {print $2}' "/proc/$(podman inspect -f '{{.State.Pid}}' "$1")/status"; }

check_graceful_stop() { # check_graceful_stop CONTAINER WHAT
  local start ms code
  start=$(date +%s%N)
  podman stop -t "$GRACE" "$1" >/dev/null 2>&1 || fail "$2: podman stop"
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  code=$(podman inspect -f '{{.State.ExitCode}}' "$1")
  # 143: the JVM ended on SIGTERM after its shutdown; 137 would be the SIGKILL at the end of the grace period.
  [ "$code" = 143 ] || [ "$code" = 0 ] || fail "$2: exit code $code after SIGTERM (not a graceful stop)"
  (( ms < GRACE * 1000 )) || fail "$2: took $ms ms to stop, the grace period is $GRACE s"
  podman logs "$1" 2>&1 | tail -5 | grep -q '"message":"majlis stopped in' || fail "$2: no 'majlis stopped' line at the end of the log"
  say "$2: stopped gracefully on SIGTERM in $ms ms (exit $code; grace period $GRACE s, ConfigMap shutdown delay included)"
}

# One image, run as the Deployment would, with every check.
verify_image() { # verify_image IMAGE WHAT AOT(true|false) [podman run argument...]
  local image=$1 what=$2 aot=$3; shift 3
  local name=$TAG-$(echo "$what" | tr -c 'a-z0-9\n' -)
  local port start ms rss limit
  podman image inspect -f '{{json .Config.Healthcheck}}' "$image" | grep -q majlis-health \
    || fail "$image has no HEALTHCHECK (built without --format docker?)"
  port=$(free_port)
  start=$(date +%s%N)
  run_image "$name" "$image" "$port" "$@"
  ms=$(first_answer "$name" "$port" "$start")
  rss=$(rss_kib "$name")
  say "$what: first correct answer ($FIRST_OPERATION) $ms ms after podman run, on port $port; RSS $((rss / 1024)) MiB"
  limit=$(to_bytes "$MEMORY")
  (( rss * 1024 < limit )) || fail "$what: RSS $((rss / 1024)) MiB is over the memory limit $MEMORY"
  check_all_operations "$port" "$what"
  check_health "$port" "$what"
  podman healthcheck run "$name" >/dev/null 2>&1 || fail "$what: podman healthcheck run reports unhealthy"
  say "$what: started, ready and live UP; the image's HEALTHCHECK passes on port $port"
  if [ "$aot" = true ]; then
    check_aot_loaded "$name" "$what"
    say "$what: the AOT cache is mapped into the JVM"
  fi
  check_logs_json "$name" "$what"
  say "$what: every log line is a JSON object, no [aot] warning"
  check_graceful_stop "$name" "$what"
  podman rm -f "$name" >/dev/null 2>&1
}

# The seed check, as an analyst runs it in the image: the bundled seeds pass; a mounted folder's error is one
# file:line:column line and exit status 1; nothing else is printed (no banner, no log line).
verify_seed_check() { # verify_seed_check IMAGE
  local out seeds
  # A one-shot command: no health check (which podman here could not schedule anyway, and would say so on stderr).
  out=$(podman run --rm --no-healthcheck "$1" check 2>"$WORK/check.err") \
    || fail "$1 check: the bundled seeds fail ($out $(cat "$WORK/check.err"))"
  [[ "$out" =~ ^"the bundled seeds/ ("[0-9]+" files): no errors, " ]] && [ "$(wc -l <<<"$out")" = 1 ] \
    || fail "$1 check: unexpected output: $out"
  [ ! -s "$WORK/check.err" ] || fail "$1 check: printed on stderr: $(cat "$WORK/check.err")"
  seeds=$(mktemp -d) && mkdir -p "$seeds/documents"
  printf 'Lavrov met al-Lafi in Moscow.' >"$seeds/documents/extra.txt"
  printf 'document:\n  title: Extra\n  publisher: Test\n  publishedOn: "2024-05-13"\n  language: en\n  venue: Moscow\n' \
    >"$seeds/documents/extra.yaml"
  chmod -R a+rX "$seeds"
  out=$(podman run --rm --no-healthcheck -v "$seeds:/seeds:ro,Z" "$1" check /seeds 2>&1) \
    && fail "$1 check /seeds: passed a broken folder"
  [ "$(head -1 <<<"$out")" = "/seeds/documents/extra.yaml:6:3: unknown key 'venue' (expected one of: language, publishedOn, publisher, publisherOrganisation, title, url)" ] \
    || fail "$1 check /seeds: unexpected output: $out"
  rm -rf "$seeds"
  say "$1: the seed check passes the bundled seeds and names the error of a mounted folder (exit 1), nothing else printed"
}

# Two replicas started at the same moment on one empty PostgreSQL database both come up: one migrates and imports,
# the other waits for its locks (Flyway's, then the import's advisory lock) and finds the seeds imported.
verify_replicas() { # verify_replicas IMAGE
  local start r port port_a port_b ms_a ms_b logs
  port_a=$(free_port); port_b=$(free_port)
  start=$(date +%s%N)
  for r in a b; do
    port=port_$r
    run_image "$TAG-replica-$r" "$1" "${!port}" \
      -e QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/majlis_replicas \
      -e QUARKUS_DATASOURCE_USERNAME=majlis -e QUARKUS_DATASOURCE_PASSWORD=majlis
  done
  ms_a=$(first_answer "$TAG-replica-a" "$port_a" "$start")
  ms_b=$(first_answer "$TAG-replica-b" "$port_b" "$start")
  logs=$(podman logs "$TAG-replica-a" 2>&1; podman logs "$TAG-replica-b" 2>&1)
  [ "$(grep -c '"message":"Seeds imported' <<<"$logs")" = 1 ] || fail "replicas: not exactly one import wrote the seeds"
  [ "$(grep -c '"message":"Seeds already imported' <<<"$logs")" = 1 ] || fail "replicas: the other did not find them imported"
  podman rm -f "$TAG-replica-a" "$TAG-replica-b" >/dev/null 2>&1
  say "replicas: two started at once on one empty database both answer (after $ms_a and $ms_b ms); one imported, the other found the seeds imported"
}

# kill -9 on PostgreSQL, as WritesIT does it on the embedded store: meetings sent by four writers at once, the
# container killed (SIGKILL) once twenty are acknowledged; after a restart every acknowledged meeting is there whole
# (two participants with a quote each, two quotes of its own, one change) and every other one is whole or absent.
verify_kill_on_postgresql() { # verify_kill_on_postgresql IMAGE
  local image=$1 name=$TAG-kill port keys token slug whole=0 acked answer writers
  local db=(-e QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/majlis_kill
    -e QUARKUS_DATASOURCE_USERNAME=majlis -e QUARKUS_DATASOURCE_PASSWORD=majlis)
  keys=$(mktemp -d "$WORK/keys.XXXXXX")
  # The jar's token command signs with the key the container is given (made here on first use).
  token=$(MAJLIS_AUTH_LOCAL_KEY=$keys/signing-key.pem java -jar target/quarkus-app/quarkus-run.jar token ana --role analyst </dev/null)
  chown -R "${UID_DEPLOYMENT%%:*}" "$keys"
  local writer=(-v "$keys:/keys:ro,Z" -e MAJLIS_AUTH_LOCAL_KEY=/keys/signing-key.pem -e MAJLIS_AUTH_WRITES_PER_MINUTE=100000)
  port=$(free_port)
  run_image "$name" "$image" "$port" "${db[@]}" "${writer[@]}"
  first_answer "$name" "$port" "$(date +%s%N)" >/dev/null
  export token port WORK
  answer=$(graphql_as_writer "$(jq -cn '{query: "mutation($i: CreateDocumentInput!) { createDocument(input: $i) { userErrors { code } } }",
    variables: {i: {slug: "killed", title: "Talks in Tripoli", publisher: "Example News", publishedOn: "2024-05-14",
      language: "en", text: "Lavrov met al-Lafi in Tripoli today."}}}')")
  [ "$(jq -c .data.createDocument.userErrors <<<"$answer")" = "[]" ] || fail "kill on PostgreSQL: createDocument: $answer"
  mkdir -p "$WORK/acked"
  seq 0 399 | sed 's/^/killed-/' | xargs -P 4 -n 1 bash -c 'send_meeting "$1"' _ &
  writers=$!
  for _ in $(seq 1 1500); do [ "$(ls "$WORK/acked" | wc -l)" -ge 20 ] && break; sleep 0.02; done
  podman kill -s KILL "$name" >/dev/null
  wait "$writers" || true
  acked=$(ls "$WORK/acked" | wc -l)
  (( acked >= 20 )) || fail "kill on PostgreSQL: the writes never got going ($acked acknowledged)"
  (( acked < 400 )) || fail "kill on PostgreSQL: the kill came after every write: nothing was in flight"
  podman rm -f "$name" >/dev/null 2>&1
  run_image "$name" "$image" "$port" "${db[@]}" "${writer[@]}"
  first_answer "$name" "$port" "$(date +%s%N)" >/dev/null
  for slug in $(seq 0 399 | sed 's/^/killed-/'); do
    answer=$(curl -s -m 10 -H 'Content-Type: application/json' "http://127.0.0.1:$port/graphql" -d "$(jq -cn --arg id "Meeting:$slug" \
      '{query: "query($id: ID!) { node(id: $id) { ... on Meeting { participants { evidence { id } } evidence { id } } } history(id: $id) { totalCount nodes { author } } }",
        variables: {id: $id}}')")
    if [ "$(jq -c .data.node <<<"$answer")" = null ]; then
      [ ! -e "$WORK/acked/$slug" ] || fail "kill on PostgreSQL: $slug was acknowledged and is gone: $answer"
      [ "$(jq .data.history.totalCount <<<"$answer")" = 0 ] || fail "kill on PostgreSQL: $slug has a change but no meeting"
      continue
    fi
    [ "$(jq -c '[[.data.node.participants[].evidence | length], (.data.node.evidence | length),
        .data.history.totalCount, .data.history.nodes[0].author]' <<<"$answer")" = '[[1,1],2,1,"ana"]' ] \
      || fail "kill on PostgreSQL: $slug is not whole: $answer"
    whole=$((whole + 1))
  done
  podman rm -f "$name" >/dev/null 2>&1
  say "kill on PostgreSQL: $acked meetings acknowledged before SIGKILL, $whole whole after the restart, none half-written, every acknowledged one there with its author"
}
# A mutation sent with $token to the container on $port; the answer on stdout.
graphql_as_writer() {
  curl -s -m 30 -H 'Content-Type: application/json' -H "Authorization: Bearer $token" -d "$1" "http://127.0.0.1:$port/graphql"
}
# One meeting of the document "killed", as WritesIT sends them; its slug is noted in $WORK/acked/ once acknowledged.
send_meeting() { # send_meeting SLUG
  local body
  body=$(jq -cn --arg s "$1" '{query: "mutation($i: AddMeetingInput!) { addMeeting(input: $i) { userErrors { code } } }",
    variables: {i: {document: "Document:killed", slug: $s, title: {en: "Talks in Tripoli"}, kind: "TALKS",
      status: "REPORTED", date: {iso: "2024-05-14", text: "today"},
      participants: [{actor: "Actor:sergei-lavrov", role: "VISITOR", quotes: [{text: "Lavrov"}]},
                     {actor: "Actor:abdullah-al-lafi", role: "HOST", quotes: [{text: "al-Lafi"}]}],
      quotes: [{text: "met"}, {text: "in Tripoli today"}]}}}')
  if [ "$(graphql_as_writer "$body" | jq -c .data.addMeeting.userErrors 2>/dev/null)" = "[]" ]; then
    touch "$WORK/acked/$1"
  fi
}
export -f graphql_as_writer send_meeting

# ---- PostgreSQL ----------------------------------------------------------------------------------------------
psql_admin() { su postgres -c "PGOPTIONS='-c client_min_messages=warning' psql -v ON_ERROR_STOP=1 -qAt -c \"$1\""; }
prepare_databases() {
  if ! command -v pg_isready >/dev/null || ! pg_isready -q -h 127.0.0.1 -p 5432; then
    say "no PostgreSQL on 127.0.0.1:5432: starting it with .ci/start-postgres"
    bash .ci/start-postgres >&2
  fi
  local db
  for db in "${DATABASES[@]}"; do
    psql_admin "drop database if exists $db" >/dev/null
    psql_admin "create database $db owner majlis encoding 'UTF8' lc_collate 'C' lc_ctype 'C' template template0" >/dev/null
  done
}

# ---- 5. podman kube play of the current Deployment -----------------------------------------------------------
KUBE_CONTAINER=
verify_kube_play() {
  # One replica: two would be two pods with the same port on one machine.
  sed 's/^  replicas: [0-9]*$/  replicas: 1/' "$DEPLOYMENT" >"$WORK/kube.yaml"
  grep -q '^  replicas: 1$' "$WORK/kube.yaml" || fail "cannot set one replica in $DEPLOYMENT"
  local out pod start health probe path body kube
  kube="kube play $(basename "$DEPLOYMENT")"
  start=$(date +%s)
  out=$(podman kube play --configmap "$CONFIGMAP" "$WORK/kube.yaml" 2>&1) || { echo "$out" >&2; fail "podman kube play $DEPLOYMENT"; }
  pod=$(podman pod ps --format '{{.Name}}' | grep '^majlis-pod' | head -1)
  [ -n "$pod" ] || fail "podman kube play made no majlis pod"
  KUBE_CONTAINER=$pod-majlis
  podman inspect "$KUBE_CONTAINER" >/dev/null 2>&1 || fail "no container $KUBE_CONTAINER in the pod"
  # What the Deployment asks, as podman applied it.
  [ "$(podman inspect -f '{{.HostConfig.Memory}}' "$KUBE_CONTAINER")" = "$(to_bytes "$MEMORY")" ] || fail "$kube: memory limit not applied"
  [ "$(podman inspect -f '{{.HostConfig.ReadonlyRootfs}}' "$KUBE_CONTAINER")" = true ] || fail "$kube: root not read-only"
  [ "$(podman inspect -f '{{.Config.User}}' "$KUBE_CONTAINER")" = "$UID_DEPLOYMENT" ] || fail "$kube: not uid $UID_DEPLOYMENT"
  podman inspect -f '{{json .Config.Healthcheck.Test}}' "$KUBE_CONTAINER" | grep -q majlis-health \
    || fail "$kube: the liveness probe did not become a majlis-health check: $(podman inspect -f '{{json .Config.Healthcheck.Test}}' "$KUBE_CONTAINER")"
  # Started, as the startup probe asks (podman 4.3 has no startup probe; polling with podman healthcheck run would
  # count failures against the liveness check, which podman acts on by stopping the container).
  while ! podman exec "$KUBE_CONTAINER" /usr/local/bin/majlis-health /q/health/started 2>/dev/null; do
    [ "$(podman inspect -f '{{.State.Running}}' "$KUBE_CONTAINER")" = true ] || fail "$kube: the container stopped"
    (( $(date +%s) - start < 180 )) || fail "$kube: not started within 180 s"
    sleep 1
  done
  # Healthy: the check podman derived from the liveness probe.
  health=$(podman healthcheck run "$KUBE_CONTAINER" 2>&1) || fail "$kube: the liveness healthcheck fails ($health)"
  say "$kube: pod $pod running, started and its liveness healthcheck healthy $(( $(date +%s) - start )) s after kube play"
  # Each probe of the Deployment, run in the pod as the kubelet would.
  for probe in started ready live; do
    podman exec "$KUBE_CONTAINER" /usr/local/bin/majlis-health "/q/health/$probe" \
      || fail "$kube: /q/health/$probe is not 200 in the pod"
  done
  # A correct answer from inside the pod (its network is its own): GET with bash's /dev/tcp. Without the comment
  # line: a GET query that starts with one is answered 'Unparseable input document' (POST is not).
  path="/graphql?query=$(grep -v '^#' graphql/operations/Documents.graphql | jq -sRr @uri)"
  podman exec "$KUBE_CONTAINER" bash -c "exec 3<>/dev/tcp/127.0.0.1/\${QUARKUS_HTTP_PORT:-8080}; printf 'GET %s HTTP/1.0\r\nHost: localhost\r\nAccept: application/json\r\n\r\n' '$path' >&3; cat <&3" \
    >"$WORK/kube-answer.txt" || fail "$kube: no answer in the pod"
  body=$(sed '1,/^\r\?$/d' "$WORK/kube-answer.txt")
  echo "$body" >"$WORK/answer.json"
  same_answer Documents "$WORK/answer.json" || { head -c 600 "$WORK/kube-answer.txt" >&2; fail "$kube: Documents does not answer as reviewed"; }
  check_logs_json "$KUBE_CONTAINER" "$kube"
  say "$kube: probes started/ready/live pass in the pod, Documents answers as reviewed, logs are JSON"
  podman kube down "$WORK/kube.yaml" >/dev/null 2>&1 || fail "podman kube down"
  rm -f "$WORK/kube.yaml"
  say "$kube: torn down"
}

# ---- 6. the native image -------------------------------------------------------------------------------------
NATIVE_BASE=docker.io/library/debian:bookworm-slim
# Debian 12 slim; here, where no registry is reachable, a stand-in imported from the Debian 12 minbase root file
# system that container-host.sh made for the eclipse-temurin stand-ins.
prepare_native_base() {
  podman image exists "$NATIVE_BASE" && return
  local rootfs=${CONTAINER_WORK:-/var/tmp/container-bases}/rootfs
  if [ -d "$rootfs/usr/bin" ]; then
    say "no container registry here: importing $rootfs (Debian 12 minbase) as $NATIVE_BASE"
    tar -C "$rootfs" -c . | podman import --change 'CMD ["bash"]' - "$NATIVE_BASE" >"$WORK/import.log" 2>&1 \
      || { cat "$WORK/import.log" >&2; fail "podman import $NATIVE_BASE"; }
  else
    podman pull "$NATIVE_BASE" || fail "cannot pull $NATIVE_BASE"
  fi
}
build_native_image() {
  local binary runpath b
  binary=$(ls target/*-runner 2>/dev/null | head -1)
  [ -n "$binary" ] || fail "no native binary in target/: build it with ./mvnw -B package -DskipTests -Dnative (docs/native.md), or skip the native image with VERIFY_NATIVE=0"
  # Linked to the JDK's shared libraries (the toolchain of ../shared/tools/native): they must be found beside it.
  runpath=$(readelf -d "$binary" | sed -n 's/.*(RUNPATH).*\[\(.*\)\]/\1/p')
  if readelf -d "$binary" | grep -q 'NEEDED.*libjava.so'; then
    [ "$runpath" = '$ORIGIN/lib' ] || fail "$binary looks for the JDK's libraries in '$runpath', not beside it: build it with NATIVE_IMAGE_JDK_RPATH='\$ORIGIN/lib' (docs/native.md)"
  fi
  prepare_native_base
  b=$(date +%s)
  podman build --pull=never --format docker -f deploy/Dockerfile.native -t majlis:native . >"$WORK/build-native.log" 2>&1 \
    || { tail -30 "$WORK/build-native.log" >&2; fail "building majlis:native"; }
  say "majlis:native built in $(( $(date +%s) - b )) s from $binary ($(( $(stat -c %s "$binary") / 1000000 )) MB), $(( $(podman image inspect -f '{{.Size}}' majlis:native) / 1000000 )) MB"
}

# ---- measure mode --------------------------------------------------------------------------------------------
median() { sort -n | awk '{v[NR]=$1} END {m = NR % 2 ? v[(NR+1)/2] : int((v[NR/2] + v[NR/2+1]) / 2); printf "%s (%s-%s)", m, v[1], v[NR]}'; }
measure_start() { # measure_start aot|noaot|native -> "ms rss_kib"
  local name=$TAG-measure port start ms rss
  port=$(free_port)
  if [ "$1" = native ]; then use_deployment "$NATIVE_DEPLOYMENT"; else use_deployment "$JVM_DEPLOYMENT"; fi
  start=$(date +%s%N)
  if [ "$1" = aot ]; then
    run_image "$name" majlis:jvm "$port"
  elif [ "$1" = native ]; then
    run_image "$name" majlis:native "$port"
  else
    run_image "$name" majlis:jvm "$port" --entrypoint '["sh", "-c", "exec java $JAVA_OPTS -jar quarkus-run.jar"]'
  fi
  ms=$(first_answer "$name" "$port" "$start")
  rss=$(rss_kib "$name")
  if [ "$1" = aot ]; then check_aot_loaded "$name" "measure"; fi
  podman rm -f -t 0 "$name" >/dev/null 2>&1
  echo "$ms $rss"
}

# ---- main ----------------------------------------------------------------------------------------------------
prepare_podman
say "podman $(podman version -f '{{.Client.Version}}'), base images eclipse-temurin:$TEMURIN-jdk/-jre"

b=$(date +%s)
if [ "${VERIFY_NO_BUILD:-}" = 1 ]; then NO_BUILD=(--no-package); else NO_BUILD=(); fi
deploy/build-image.sh h2 "${NO_BUILD[@]}" >"$WORK/build-h2.log" 2>&1 || { tail -60 "$WORK/build-h2.log" >&2; fail "building majlis:jvm"; }
BUILD_H2=$(( $(date +%s) - b ))
grep '^build-image:\|^AOT training:' "$WORK/build-h2.log" >&2 || true
say "majlis:jvm built in $BUILD_H2 s (aot-jar and image with its AOT training), $(( $(podman image inspect -f '{{.Size}}' majlis:jvm) / 1000000 )) MB"

NATIVE=${VERIFY_NATIVE:-1}
if [ "$NATIVE" = 1 ]; then build_native_image; fi

if [ "$MODE" = measure ]; then
  : >"$WORK/aot"; : >"$WORK/noaot"; : >"$WORK/native"
  for i in $(seq "$RUNS"); do
    measure_start aot >>"$WORK/aot"
    measure_start noaot >>"$WORK/noaot"
    native_ms=
    if [ "$NATIVE" = 1 ]; then
      measure_start native >>"$WORK/native"
      native_ms=", native $(tail -1 "$WORK/native" | cut -d' ' -f1) ms"
    fi
    say "run $i: with the AOT cache $(tail -1 "$WORK/aot" | cut -d' ' -f1) ms, without $(tail -1 "$WORK/noaot" | cut -d' ' -f1) ms$native_ms"
  done
  echo
  echo "| image, run as its Deployment (memory limit) | first correct answer after podman run, median (min-max) | RSS then, median (min-max) |"
  echo "|---|---|---|"
  use_deployment "$JVM_DEPLOYMENT"
  echo "| majlis:jvm with the AOT cache ($MEMORY) | $(cut -d' ' -f1 "$WORK/aot" | median) ms | $(awk '{print int($2/1024)}' "$WORK/aot" | median) MiB |"
  echo "| majlis:jvm without it, JDK's default CDS only ($MEMORY) | $(cut -d' ' -f1 "$WORK/noaot" | median) ms | $(awk '{print int($2/1024)}' "$WORK/noaot" | median) MiB |"
  if [ "$NATIVE" = 1 ]; then
    use_deployment "$NATIVE_DEPLOYMENT"
    echo "| majlis:native ($MEMORY) | $(cut -d' ' -f1 "$WORK/native" | median) ms | $(awk '{print int($2/1024)}' "$WORK/native" | median) MiB |"
    echo
    echo "majlis:native: image $(( $(podman image inspect -f '{{.Size}}' majlis:native) / 1000000 )) MB"
  fi
  echo
  if [ "${VERIFY_NO_BUILD:-}" = 1 ]; then built="image build $BUILD_H2 s (aot-jar reused, podman's cache)"; else built="build $BUILD_H2 s (aot-jar package + image build with its training)"; fi
  echo "$RUNS runs each, taking turns; image $(( $(podman image inspect -f '{{.Size}}' majlis:jvm) / 1000000 )) MB; $built; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end; $(date -u +%Y-%m-%d)"
  exit 0
fi

prepare_databases
b=$(date +%s)
TRAINING_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/majlis_aot_training TRAINING_DB_USER=majlis TRAINING_DB_PASSWORD=majlis \
  deploy/build-image.sh postgresql "${NO_BUILD[@]}" >"$WORK/build-postgresql.log" 2>&1 \
  || { tail -60 "$WORK/build-postgresql.log" >&2; fail "building majlis:jvm-postgresql"; }
grep '^build-image:\|^AOT training:' "$WORK/build-postgresql.log" >&2 || true
say "majlis:jvm-postgresql built in $(( $(date +%s) - b )) s"

verify_image majlis:jvm "majlis:jvm" true
verify_seed_check majlis:jvm
verify_image majlis:jvm-postgresql "majlis:jvm-postgresql" true \
  -e QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/majlis_container \
  -e QUARKUS_DATASOURCE_USERNAME=majlis -e QUARKUS_DATASOURCE_PASSWORD=majlis
verify_replicas majlis:jvm-postgresql
verify_kill_on_postgresql majlis:jvm-postgresql
verify_kube_play
if [ "$NATIVE" = 1 ]; then
  use_deployment "$NATIVE_DEPLOYMENT"
  verify_image majlis:native "majlis:native" false
  verify_seed_check majlis:native
  verify_kube_play
else
  say "VERIFY_NATIVE=0: the native image is not built or checked"
fi
say "all checks passed in $(( $(date +%s) - T0 )) s"
