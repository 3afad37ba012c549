#!/usr/bin/env bash
# Search at scale: the index stage alone on built synthetic sites (time, heap, largest file per kind), then the bytes a
# reader downloads before the first results for typical queries, with the real engine under Node (search-fetch.mjs).
# Usage: site/bench/scale/search-scale.sh SITE_DIR...   (each the output folder of a built site, e.g.
#        /tmp/search-stage/site-1000/target/microsite from scale.sh; its search/ folder is ignored and rebuilt)
#        INDEX_RUNS=3 (default) runs of the index stage per site; MAX_HEAP=-Xmx1g by default; GROUP=N indexes with N
#        sections per texts file instead of the build's (SearchIndexer.GROUP), to compare sizes; QUERIES_TSV=FILE
#        takes the queries from the first column of FILE.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
cd "$ROOT"
./mvnw -q -B -o -pl plugin compile
./mvnw -q -B -o -pl plugin dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$STAGE/cp.txt"
CP=$ROOT/plugin/target/classes:$(cat "$STAGE/cp.txt")
javac -d "$STAGE/classes" -cp "$CP" "$HERE/IndexBench.java"
# Typical queries on ScaleSite's text: subjects, objects and tails of its sentences, two-term queries, a number.
QUERIES=("智能客服" "数字人主播" "人工智能" "服务响应的速度" "政策环境" "金融风控模型 效率" "算力 数据" "亿元")
# QUERIES_TSV=FILE: the first column of a queries file instead (site/src/test/resources/search/queries.tsv: the report's)
if [ -n "${QUERIES_TSV:-}" ]; then
  mapfile -t QUERIES < <(grep -v '^#' "$QUERIES_TSV" | cut -f1 | grep .)
fi

N=0
for SITE in "$@"; do
  N=$((N + 1))
  echo "== $SITE ($(find "$SITE" -name '*.html' -not -path '*/search/*' | wc -l) HTML files," \
    "$(find "$SITE" -name '*.html' -not -path '*/search/*' -printf '%s\n' | awk '{ s += $1 } END { printf "%.1f MB", s / 1048576 }'))"
  OUT=$STAGE/index-$N
  java "${MAX_HEAP:--Xmx1g}" ${GROUP:+-Dgroup=$GROUP} -XX:+UseSerialGC -cp "$STAGE/classes:$CP" IndexBench "$SITE" "${INDEX_RUNS:-3}" "$OUT"
  for LIMIT in 8 20; do
    echo "first $LIMIT results: query, gzipped bytes fetched, files, files by kind, hits, count"
    node "$HERE/search-fetch.mjs" "$OUT" "$ROOT/assets/js/search-engine.js" "$LIMIT" "${QUERIES[@]}" | cut -f1-6
  done
done
