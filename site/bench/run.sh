#!/usr/bin/env bash
# Cold-build benchmark: A = the report site build as a user runs it, B = a plain JBake 2.7.0 bake of the same content.
# Usage: site/bench/run.sh [RUNS]   (default 5; BENCH_CONTENT=dir measures another content folder). See README.md.
set -euo pipefail
RUNS=${1:-5}
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [RUNS]" >&2; exit 2; }
BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH/../.." && pwd)
CONTENT=$(cd "${BENCH_CONTENT:-$ROOT/content}" && pwd)
OUT=$ROOT/site/target/bench
STARTED=$(date -u +%Y-%m-%dT%H:%M:%SZ)
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
rm -rf "$OUT" && mkdir -p "$OUT/logs"
cd "$ROOT"

echo "prepare: install the plugin, resolve its runtime classpath, compile PlainJBakeBake" >&2
./mvnw -q -B install -DskipTests -pl plugin
./mvnw -q -B -pl plugin dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile="$STAGE/cp.txt"
CP=$(cat "$STAGE/cp.txt")
javac -d "$STAGE/classes" -cp "$CP" "$BENCH/PlainJBakeBake.java"

# A's project: this repo; with BENCH_CONTENT, a copy of its poms and wrapper beside that content
# (site/pom.xml sets <contentDirectory> explicitly, so -Dmicrosite.contentDirectory would be ignored).
PROJECT=$ROOT
if [[ -n ${BENCH_CONTENT:-} ]]; then
  PROJECT=$STAGE/project
  mkdir -p "$PROJECT/plugin" "$PROJECT/site"
  cp -r mvnw .mvn pom.xml "$PROJECT/" && cp plugin/pom.xml "$PROJECT/plugin/" && cp site/pom.xml "$PROJECT/site/"
  cp -r "$CONTENT" "$PROJECT/content"
fi

# B's JBake source folder: jbake.properties, templates/, and content/ with the included and data folders ignored.
SRC=$STAGE/jbake-src
mkdir -p "$SRC" && cp -r "$BENCH/jbake-plain/." "$SRC/" && cp -r "$CONTENT" "$SRC/content"
for d in chapters/_ch2 data schemas; do if [[ -d $SRC/content/$d ]]; then touch "$SRC/content/$d/.jbakeignore"; fi; done
JVM_FLAGS=$(tr '\n' ' ' < .mvn/jvm.config)   # the same flags Maven's own JVM gets

elapsed() { # LOG COMMAND...: run COMMAND, output to LOG; print wall-clock seconds, or show LOG and exit on failure
  local log=$1 t0 t1; shift
  t0=$(date +%s.%N)
  "$@" >"$log" 2>&1 || { echo "FAILED: $*" >&2; tail -40 "$log" >&2; exit 1; }
  t1=$(date +%s.%N)
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }'
}
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { printf "%.2f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

A=() B=() C=()
for ((i = 1; i <= RUNS; i++)); do   # A and B alternate, so drift on the machine hits both alike
  echo "run $i/$RUNS" >&2
  A+=("$(cd "$PROJECT" && elapsed "$OUT/logs/A-$i.log" ./mvnw -q -B -o -pl site generate-resources)")
  # C: the same Maven command with the plugin skipped: what Maven itself costs inside A.
  C+=("$(cd "$PROJECT" && elapsed "$OUT/logs/C-$i.log" ./mvnw -q -B -o -pl site generate-resources -Dmicrosite.skip=true)")
  rm -rf "$OUT/jbake-out"
  # shellcheck disable=SC2086  # JVM_FLAGS is a list of words
  B+=("$(elapsed "$OUT/logs/B-$i.log" java $JVM_FLAGS -Djava.util.logging.config.file="$BENCH/logging.properties" \
          -cp "$STAGE/classes:$CP" PlainJBakeBake "$SRC" "$OUT/jbake-out")")
  PAGES_B=$(find "$OUT/jbake-out" -name '*.html' | wc -l)
  (( PAGES_B > 0 )) || { echo "FAILED: the plain JBake bake wrote no HTML file (see $OUT/logs/B-$i.log)" >&2; exit 1; }
done
PAGES_A=$(find "$PROJECT/site/target/microsite" -name '*.html' | wc -l)

MA=$(median "${A[@]}") MB=$(median "${B[@]}") MC=$(median "${C[@]}")
{
  echo "microsite bench, started $STARTED"
  echo "machine: $(nproc) CPUs, $(java -version 2>&1 | head -1)"
  echo "content: $CONTENT"
  echo "A: ./mvnw -q -B -o -pl site generate-resources   ($PAGES_A HTML files)"
  echo "B: java PlainJBakeBake (JBake 2.7.0 Oven, plain page.ftl)   ($PAGES_B HTML files)"
  echo "C: A with -Dmicrosite.skip=true (Maven's own start-up and project loading)"
  echo
  printf '%-8s %8s %8s %8s\n' run "A (s)" "B (s)" "C (s)"
  for ((i = 0; i < RUNS; i++)); do printf '%-8s %8s %8s %8s\n' $((i + 1)) "${A[i]}" "${B[i]}" "${C[i]}"; done
  printf '%-8s %8s %8s %8s\n' median "$MA" "$MB" "$MC"
  echo
  awk -v a="$MA" -v b="$MB" 'BEGIN { printf "ratio median(A)/median(B) = %.2f\n", a / b }'
  awk -v a="$MA" -v b="$MB" -v c="$MC" 'BEGIN { printf "plugin work median(A)-median(C) = %.2f s; its ratio to B = %.2f\n", a - c, (a - c) / b }'
} | tee "$OUT/results.txt"
