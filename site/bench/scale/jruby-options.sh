#!/usr/bin/env bash
# JRuby options for start-up, A/B in fresh JVMs, alternating: each variant starts Asciidoctor, converts a synthetic
# page and K more (JRubyStartBench.java), and prints the times, the CPU time (user + sys) and a hash of the HTML.
# Usage: site/bench/scale/jruby-options.sh [RUNS] [K] ['name|-Dopt=value …' …]
#   default variants: the plugin's settings (compile.mode=OFF, native.enabled=false), native on, and JRuby's JIT.
set -euo pipefail
RUNS=${1:-3}
K=${2:-50}
shift 2 || true
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$ROOT"
./mvnw -q -B -o -pl plugin dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
java "$HERE/ScaleSite.java" 1 "$WORK/site" >/dev/null
# One page of the synthetic site without its include and dataset (plain Asciidoctor knows neither).
grep -v -e '^include::' -e '^dataset::' "$WORK/site/content/part-001/page-00001.adoc" | sed 's/cite:src-[0-9]*\[\]//' >"$WORK/page.adoc"
VARIANTS=("$@")
[[ ${#VARIANTS[@]} -gt 0 ]] || VARIANTS=("plugin|-Djruby.compile.mode=OFF -Djruby.native.enabled=false"
  "native-on|-Djruby.compile.mode=OFF -Djruby.native.enabled=true" "jit|-Djruby.compile.mode=JIT -Djruby.native.enabled=false")
for ((run = 1; run <= RUNS; run++)); do
  for variant in "${VARIANTS[@]}"; do
    name=${variant%%|*} options=${variant#*|}
    # shellcheck disable=SC2086
    result=$(/usr/bin/time -f '%U %S %e' -o "$WORK/time" java $options -cp "$(cat "$WORK/cp.txt")" \
      "$HERE/JRubyStartBench.java" "$WORK/page.adoc" "$K" 2>/dev/null | tail -1)
    printf '%-10s %d  %s  cpu %s s  wall %s s\n' "$name" "$run" "$result" \
      "$(awk '{ printf "%.2f", $1 + $2 }' "$WORK/time")" "$(awk '{ print $3 }' "$WORK/time")"
  done
done
