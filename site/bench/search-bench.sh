#!/usr/bin/env bash
# Search benchmark: index build time and bytes downloaded per query (gzipped), with the real client in HtmlUnit.
# Usage: site/bench/search-bench.sh [--pagefind]
#   --pagefind  also index the same site with Pagefind 1.6.0 (npm, into a temporary folder) and run the same queries
#               through Pagefind's own search API in Node, counting the same way. Needs node/npm and network once.
set -euo pipefail
BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH/../.." && pwd)
QUERIES=$ROOT/site/src/test/resources/search/queries.tsv
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
cd "$ROOT"

echo "build the site and resolve the classpath (plugin classes, HtmlUnit)" >&2
./mvnw -q -B -o -pl plugin,site package -DskipTests
./mvnw -q -B -o -pl plugin,site process-classes dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$STAGE/cp.txt" -Dmicrosite.skip=true
SITE=$ROOT/site/target/microsite
[[ -f $SITE/search/manifest.json ]] || { echo "no search index in $SITE" >&2; exit 1; }
CP=$(cat "$STAGE/cp.txt")
javac -d "$STAGE/classes" -cp "$CP" "$BENCH/SearchBench.java"

echo "== this plugin's search ($(date -u +%Y-%m-%d), $(nproc) CPUs, $(java -version 2>&1 | head -1))"
echo "index stage inside the real build (the build's last log line gives each stage's time), 3 builds:"
for _ in 1 2 3; do
  rm -rf site/target/microsite-last-build   # else a build with nothing changed skips the bake and its stage line
  ./mvnw -B -o -pl plugin,site package -DskipTests 2>&1 | grep -o 'Built [0-9]* page(s) into .*' || { echo "build failed" >&2; exit 1; }
done
echo "the index stage alone, on the built pages read back from disk, in a fresh JVM:"
java -cp "$STAGE/classes:$CP" SearchBench "$SITE" "$QUERIES"

if [[ ${1:-} == --pagefind ]]; then
  echo
  echo "== Pagefind 1.6.0 on the same site"
  (cd "$STAGE" && npm init -y >/dev/null && npm i --silent pagefind@1.6.0 >/dev/null)
  cp -r "$SITE" "$STAGE/site"
  rm -rf "$STAGE/site/search"
  # the same scope as ours: the pages' <main>, not their navigation and footer
  find "$STAGE/site" -name '*.html' -exec sed -i 's/<main id="main">/<main id="main" data-pagefind-body>/' {} +
  (cd "$STAGE" && npx --no-install pagefind --site site --output-subdir pagefind >/dev/null)
  echo '{"type":"module"}' > "$STAGE/site/pagefind/package.json"   # lets Node import pagefind.js as the module it is
  node "$BENCH/pagefind-bench.mjs" "$STAGE/site" "$QUERIES"
fi
