#!/usr/bin/env bash
# Save-to-reload benchmark of microsite:serve on a copy of the report content (see README.md in this folder).
# Usage: site/bench/serve-bench.sh [SAVES]   (default 200)
set -euo pipefail
SAVES=${1:-200}
BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH/../.." && pwd)
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
cd "$ROOT"
./mvnw -q -B -o -pl plugin compile
./mvnw -q -B -pl plugin dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile="$STAGE/cp.txt"
CP="$ROOT/plugin/target/classes:$(cat "$STAGE/cp.txt")"
javac -d "$STAGE/classes" -cp "$CP" "$BENCH/ServeBench.java"
cp -r "$ROOT/content" "$STAGE/content"
JVM_FLAGS=$(tr '\n' ' ' < .mvn/jvm.config)   # the flags Maven's JVM gets, as under ./mvnw microsite:serve
# shellcheck disable=SC2086
java $JVM_FLAGS -Xlog:disable -cp "$STAGE/classes:$CP" ServeBench "$STAGE/content" chapters/ch3-opportunities.adoc \
  chapters/ch3-opportunities/index.html "$SAVES"
