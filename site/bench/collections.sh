#!/usr/bin/env bash
# What a collection costs: the report baked in memory with and without the industries collection (warm JVM, medians),
# and the weight of the ten industry pages and their overview (see README.md in this folder).
# Usage: site/bench/collections.sh [RUNS]   (default 7; builds the site first if site/target/microsite is missing)
set -euo pipefail
RUNS=${1:-7}
BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH/../.." && pwd)
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
cd "$ROOT"
./mvnw -q -B -o -pl plugin compile
./mvnw -q -B -o -pl plugin dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile="$STAGE/cp.txt"
CP="$ROOT/plugin/target/classes:$(cat "$STAGE/cp.txt")"
javac -d "$STAGE/classes" -cp "$CP" "$BENCH/CollectionsBench.java"
JVM_FLAGS=$(tr '\n' ' ' < .mvn/jvm.config)
# shellcheck disable=SC2086
java $JVM_FLAGS -Xlog:disable -cp "$STAGE/classes:$CP" CollectionsBench "$ROOT/content" "$RUNS" 2>/dev/null

SITE="$ROOT/site/target/microsite"
[ -d "$SITE" ] || ./mvnw -q -B -o package -DskipTests
echo
echo "industry page weights (HTML only):"
printf '%-40s %8s %8s\n' page bytes gzip
find "$SITE/industries" -name 'index.html' | sort | while read -r page; do
  printf '%-40s %8d %8d\n' "${page#"$SITE"/}" "$(wc -c < "$page")" "$(gzip -9 -c "$page" | wc -c)"
done
