#!/bin/bash
# Measures each export of a running packaged app (docs/exports.md): status, bytes and seconds (curl), the process's
# RSS and its peak (VmRSS, VmHWM from /proc), and the heap in use after a full GC (jcmd), before the first export
# and after each. For example, at 10,000 documents:
#   java bench/CorpusGenerator.java 10000 /tmp/majlis-corpus-10000
#   MAJLIS_SEEDS_EXTERNAL=/tmp/majlis-corpus-10000 java -Xmx600m -jar target/quarkus-app/quarkus-run.jar & echo $! > /tmp/app.pid
#   bash bench/measure-exports.sh http://localhost:8080 "$(cat /tmp/app.pid)" /tmp/exports-10000.txt
set -u
B=${1:?usage: measure-exports.sh BASE_URL PID OUTPUT_FILE}
pid=${2:?usage: measure-exports.sh BASE_URL PID OUTPUT_FILE}
OUT=${3:?usage: measure-exports.sh BASE_URL PID OUTPUT_FILE}
rss() { awk '/VmRSS/{r=$2} /VmHWM/{h=$2} END{printf "rss=%dMB peak=%dMB", r/1024, h/1024}' /proc/$pid/status; }
live() { jcmd $pid GC.run > /dev/null; jcmd $pid GC.heap_info | awk '/garbage-first heap/{for(i=1;i<=NF;i++) if($i=="used") printf "live-heap=%dMB", $(i+1)/1024}'; }
echo "before: $(rss) $(live)" | tee -a $OUT
for path in claims.csv popolo.json places.geojson military-presences.geojson documents/syn-005000/annotations documents/syn-005000/text; do
  for run in 1 2 3; do
    r=$(curl -s -o /tmp/export.out -w "%{http_code} %{size_download}B %{time_total}s" $B/exports/$path)
    echo "$path run$run: $r $(rss)" | tee -a $OUT
  done
  echo "  after $path: $(live)" | tee -a $OUT
done
