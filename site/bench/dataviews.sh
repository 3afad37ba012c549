#!/usr/bin/env bash
# What the report's tables and charts cost: build time of every dataset::/chart:: macro (fresh JVM and warm), and the
# weight of each page of the built site (see README.md in this folder).
# Usage: site/bench/dataviews.sh [RUNS]   (default 200; builds the site first if site/target/microsite is missing)
set -euo pipefail
RUNS=${1:-200}
BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH/../.." && pwd)
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
cd "$ROOT"
./mvnw -q -B -o -pl plugin compile
./mvnw -q -B -o -pl plugin dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile="$STAGE/cp.txt"
CP="$ROOT/plugin/target/classes:$(cat "$STAGE/cp.txt")"
javac -d "$STAGE/classes" -cp "$CP" "$BENCH/DataViewsBench.java"
JVM_FLAGS=$(tr '\n' ' ' < .mvn/jvm.config)
# shellcheck disable=SC2086
java $JVM_FLAGS -Xlog:disable -cp "$STAGE/classes:$CP" DataViewsBench "$ROOT/content" "$RUNS"

SITE="$ROOT/site/target/microsite"
[ -d "$SITE" ] || ./mvnw -q -B -o package -DskipTests
echo
echo "page weights (HTML only; CSS and scripts are shared files):"
printf '%-45s %8s %8s %7s %7s\n' page bytes gzip tables charts
find "$SITE" -name '*.html' | sort | while read -r page; do
  rel=${page#"$SITE"/}
  printf '%-45s %8d %8d %7d %7d\n' "$rel" "$(wc -c < "$page")" "$(gzip -9 -c "$page" | wc -c)" \
    "$(grep -o 'data-sortable' "$page" | wc -l)" "$(grep -o '<figure class="data-chart"' "$page" | wc -l)"
done | grep -v '^industries/[a-z-]*/index.html' || true
for asset in "$SITE"/assets/js/table*.js; do
  printf '%-45s %8d %8d\n' "${asset#"$SITE"/}" "$(wc -c < "$asset")" "$(gzip -9 -c "$asset" | wc -c)"
done
