#!/usr/bin/env bash
# Builds the JVM image the way deploy/Dockerfile.jvm expects, from the repository's root:
#   1. the application as an aot-jar into target/container/KIND (target/quarkus-app and the rest of target/ are
#      left as they were, but for Maven's own up-to-date outputs);
#   2. the image, whose last step trains the AOT cache in it: majlis:jvm (h2) or majlis:jvm-postgresql.
#
#   deploy/build-image.sh h2|postgresql [--no-package] [EXTRA PODMAN BUILD ARGUMENT...]
#
# The PostgreSQL image trains its cache against a database given by TRAINING_JDBC_URL, TRAINING_DB_USER and
# TRAINING_DB_PASSWORD (a throwaway one: the training imports the seeds into it; the build runs with
# --network=host so that a server on loopback is reachable); without TRAINING_JDBC_URL it is built with AOT=false.
# Prints the seconds each step took on stderr. Needs podman (../shared/tools/container-host.sh sets it up here).
set -euo pipefail
cd "$(dirname "$0")/.."

kind=${1:-}
case $kind in
  h2) image=majlis:jvm; maven=() ;;
  postgresql) image=majlis:jvm-postgresql; maven=(-Dquarkus.datasource.db-kind=postgresql) ;;
  *) echo "usage: $0 h2|postgresql [--no-package] [podman build argument...]" >&2; exit 2 ;;
esac
shift
package=true
if [ "${1:-}" = --no-package ]; then package=false; shift; fi
app=target/container/$kind

if $package; then
  start=$(date +%s)
  # Quarkus records its last build in target/quarkus-artifact.properties (read by @QuarkusIntegrationTest): keep
  # the one of the main build.
  saved=
  if [ -f target/quarkus-artifact.properties ]; then
    saved=$(mktemp); cp target/quarkus-artifact.properties "$saved"
  fi
  rm -rf "$app"
  ./mvnw -B -q package -DskipTests -Dquarkus.package.jar.type=aot-jar \
    -Dquarkus.package.output-directory="container/$kind" "${maven[@]}"
  if [ -n "$saved" ]; then mv "$saved" target/quarkus-artifact.properties; fi
  echo "build-image: $app packaged in $(( $(date +%s) - start )) s" >&2
fi
[ -f "$app/quarkus-run.jar" ] || { echo "build-image: no $app/quarkus-run.jar (run without --no-package)" >&2; exit 1; }

args=(--build-arg APP="$app")
if [ "$kind" = postgresql ]; then
  if [ -n "${TRAINING_JDBC_URL:-}" ]; then
    args+=(--build-arg TRAINING_JDBC_URL="$TRAINING_JDBC_URL" --build-arg TRAINING_DB_USER="${TRAINING_DB_USER:-}"
           --build-arg TRAINING_DB_PASSWORD="${TRAINING_DB_PASSWORD:-}")
  else
    args+=(--build-arg AOT=false)
  fi
fi
start=$(date +%s)
# --format docker: the OCI format, podman's default, has no HEALTHCHECK. --pull=never: the base images are local
# (pulled, or made by ../shared/tools/container-host.sh). --network=host: the training talks to loopback only.
podman build --pull=never --network=host --format docker -f deploy/Dockerfile.jvm "${args[@]}" "$@" -t "$image" .
echo "build-image: $image built in $(( $(date +%s) - start )) s" >&2
