#!/usr/bin/env bash
# Scale benchmark: builds synthetic Chinese sites of N pages (ScaleSite.java) as a separate Maven project would,
# cold and again with nothing changed, and reports time, time per page, output size and the heaviest files.
# Usage: site/bench/scale/scale.sh "100 1000" [RUNS]   (sizes in quotes; default "100 300 1000", 3 runs)
#        MAVEN_OPTS=-Xmx1g site/bench/scale/scale.sh 10000 1
#        CLEAN=rm … deletes the last output before each cold run, as `mvn clean` would (see clean.sh)
set -euo pipefail
SIZES=${1:-"100 300 1000"}
RUNS=${2:-3}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
STAGE=${SCALE_STAGE:-$(mktemp -d)}
REPO=$STAGE/m2
mkdir -p "$REPO"
# shellcheck source=clean.sh
source "$HERE/clean.sh"
trap 'drop_moved_targets "$STAGE"' EXIT
cd "$ROOT"
VERSION=$(sed -n 's:.*<version>\(.*-SNAPSHOT\)</version>.*:\1:p' pom.xml | head -1)
echo "prepare: install the plugin $VERSION into $REPO (reads the rest from ~/.m2)" >&2
./mvnw -q -B install -DskipTests -pl plugin -am -Dmaven.repo.local="$REPO" -Dmaven.repo.local.tail="$HOME/.m2/repository"
MVN=(./mvnw -q -B -o -Dmaven.repo.local="$REPO" -Dmaven.repo.local.tail="$HOME/.m2/repository")

seconds() { local t0 t1; t0=$(date +%s.%N); "$@" >"$STAGE/last.log" 2>&1 || { tail -30 "$STAGE/last.log" >&2; exit 1; }
            t1=$(date +%s.%N); awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }'; }
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { printf "%.2f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

printf '%-7s %9s %9s %11s %9s %10s %10s %12s\n' pages "cold (s)" "ms/page" "no-change(s)" "site MB" "page KB" "max KB" "max shard KB"
for N in $SIZES; do
  PROJECT=$STAGE/site-$N
  [[ -d $PROJECT ]] || java "$HERE/ScaleSite.java" "$N" "$PROJECT" "$VERSION"
  COLD=() WARM=()
  for ((i = 1; i <= RUNS; i++)); do
    clear_target "$PROJECT" "$STAGE"
    COLD+=("$(seconds "${MVN[@]}" -f "$PROJECT/pom.xml" package)")
    WARM+=("$(seconds "${MVN[@]}" -f "$PROJECT/pom.xml" package)")
  done
  OUT=$PROJECT/target/microsite   # the plugin's default output folder (target/ also holds its cache and last build)
  MC=$(median "${COLD[@]}") MW=$(median "${WARM[@]}")
  HTML=$(find "$OUT" -name '*.html' | wc -l)
  SITE_MB=$(du -sm "$OUT" | cut -f1)
  AVG_KB=$(find "$OUT" -name '*.html' -printf '%s\n' | awk '{ s += $1 } END { printf "%.1f", s / NR / 1024 }')
  MAX_KB=$(find "$OUT" -name '*.html' -printf '%s\n' | sort -n | tail -1 | awk '{ printf "%.1f", $1 / 1024 }')
  SHARD_KB=$( (find "$OUT" -path '*search*' -type f -name '*.json' -print0 2>/dev/null | xargs -0 -r -n1 sh -c 'gzip -9c "$0" | wc -c' | sort -n | tail -1) || true)
  SHARD_KB=$(awk -v b="${SHARD_KB:-0}" 'BEGIN { printf "%.1f", b / 1024 }')
  printf '%-7s %9s %9s %11s %9s %10s %10s %12s\n' "$N" "$MC" "$(awk -v s="$MC" -v n="$HTML" 'BEGIN { printf "%.1f", s * 1000 / n }')" \
    "$MW" "$SITE_MB" "$AVG_KB" "$MAX_KB" "$SHARD_KB"
  echo "  ($HTML HTML files; cold runs: ${COLD[*]}; no-change runs: ${WARM[*]})"
done
