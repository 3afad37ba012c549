#!/usr/bin/env bash
# Determinism at scale: builds the synthetic site of N pages (default 1,000) through Maven from cold on one
# converting thread, then twice from cold on THREADS threads (default 2), then once more with nothing changed (pages
# from the conversion cache), and compares every output tree with the first, file by file (sha256 of each file, then
# diff -r on any difference). Exits 1 when any tree differs.
# Usage: SCALE_STAGE=/tmp/stage site/bench/scale/determinism.sh [N] [THREADS]
#   The stage is prepared as scale.sh does it (the plugin installed into $SCALE_STAGE/m2, the site generated);
#   this script does both when they are missing.
set -euo pipefail
N=${1:-1000}
THREADS=${2:-2}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
STAGE=${SCALE_STAGE:?set SCALE_STAGE to a work folder, e.g. /tmp/determinism}
REPO=$STAGE/m2
PROJECT=$STAGE/site-$N
cd "$ROOT"
VERSION=$(sed -n 's:.*<version>\(.*-SNAPSHOT\)</version>.*:\1:p' pom.xml | head -1)
if [[ ! -d $REPO/io/github/microsite ]]; then
  echo "prepare: install the plugin $VERSION into $REPO" >&2
  ./mvnw -q -B install -DskipTests -pl plugin -am -Dmaven.repo.local="$REPO" -Dmaven.repo.local.tail="$HOME/.m2/repository"
fi
[[ -d $PROJECT ]] || java "$HERE/ScaleSite.java" "$N" "$PROJECT" "$VERSION"
MVN=(./mvnw -B -o -Dmaven.repo.local="$REPO" -Dmaven.repo.local.tail="$HOME/.m2/repository" -f "$PROJECT/pom.xml")
OUT=$STAGE/determinism-$N
rm -rf "$OUT" && mkdir -p "$OUT"

# build NAME COLD(yes|no) THREADS: one Maven build, its output tree kept as $OUT/NAME and listed as $OUT/NAME.sha256
build() {
  local name=$1 cold=$2 threads=$3
  [[ $cold == yes ]] && rm -rf "$PROJECT/target"
  "${MVN[@]}" -Dmicrosite.threads="$threads" package >"$OUT/$name.log" 2>&1 || { tail -30 "$OUT/$name.log" >&2; exit 1; }
  cp -r "$PROJECT/target/microsite" "$OUT/$name"
  (cd "$OUT/$name" && find . -type f -print0 | sort -z | xargs -0 sha256sum) >"$OUT/$name.sha256"
  printf '%-24s %6s files  %s\n' "$name" "$(wc -l <"$OUT/$name.sha256")" \
    "$(grep -o 'Built .*' "$OUT/$name.log" | tail -1 | cut -c1-160)"
}

build cold-1-thread yes 1
build "cold-$THREADS-threads" yes "$THREADS"
build "cold-$THREADS-threads-again" yes "$THREADS"
build "no-change-$THREADS-threads" no "$THREADS"

status=0
for name in "cold-$THREADS-threads" "cold-$THREADS-threads-again" "no-change-$THREADS-threads"; do
  if cmp -s "$OUT/cold-1-thread.sha256" "$OUT/$name.sha256"; then
    echo "identical: cold-1-thread and $name ($(wc -l <"$OUT/$name.sha256") files, every byte)"
  else
    status=1
    echo "DIFFERENT: cold-1-thread and $name"
    diff -r "$OUT/cold-1-thread" "$OUT/$name" | head -20 || true
  fi
done
exit $status
