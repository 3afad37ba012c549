#!/usr/bin/env bash
# What the plugin costs in ANOTHER project, which has none of this repository's .mvn/jvm.config:
#   A: the plugin as it ships (it sets jruby.compile.mode=OFF itself before Asciidoctor starts)
#   B: A with JRuby's own default, -Djruby.compile.mode=JIT (what every other project got before)
#   C: A with this repository's JVM flags (-XX:TieredStopAtLevel=1 -XX:+UseSerialGC) in MAVEN_OPTS
# Cold builds, alternating, from a throwaway project beside CONTENT; prints each run and the medians.
# Usage: site/bench/other-project.sh [RUNS] [CONTENT]   (default 5 runs of this repository's content/)
set -euo pipefail
RUNS=${1:-5}
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [RUNS] [CONTENT]" >&2; exit 2; }
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
CONTENT=$(cd "${2:-$ROOT/content}" && pwd)
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
REPO=$STAGE/m2   # a private local repository: the shared ~/.m2 only serves as a read-only tail
MVN=("$ROOT/mvnw" -B -o -Dmaven.repo.local="$REPO" -Dmaven.repo.local.tail="$HOME/.m2/repository")

echo "prepare: install the plugin into a private repository" >&2
(cd "$ROOT" && "${MVN[@]}" -q install -DskipTests -pl plugin -am)
mkdir -p "$STAGE/project"
cat > "$STAGE/project/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>other-project</artifactId><version>1</version><packaging>pom</packaging>
  <name>Other project</name>
  <build><plugins><plugin>
    <groupId>io.github.microsite</groupId><artifactId>microsite-maven-plugin</artifactId><version>0.1.0-SNAPSHOT</version>
    <configuration><contentDirectory>$CONTENT</contentDirectory></configuration>
  </plugin></plugins></build>
</project>
POM

run() { # LABEL MAVEN_OPTS: one cold build; prints seconds
  local t0 t1
  rm -rf "$STAGE/project/target"
  t0=$(date +%s.%N)
  (cd "$STAGE/project" && MAVEN_OPTS="$2" "${MVN[@]}" -q io.github.microsite:microsite-maven-plugin:0.1.0-SNAPSHOT:build \
    > "$STAGE/$1.log" 2>&1) || { cat "$STAGE/$1.log" >&2; exit 1; }
  t1=$(date +%s.%N)
  echo "$t1 - $t0" | bc
}
declare -A times=([A]="" [B]="" [C]="")
for i in $(seq 1 "$RUNS"); do
  for label in A B C; do
    case $label in
      A) opts="" ;;
      B) opts="-Djruby.compile.mode=JIT" ;;
      C) opts="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" ;;
    esac
    t=$(run "$label" "$opts")
    times[$label]+="$t "
    printf 'run %d %s %6.2f s\n' "$i" "$label" "$t"
  done
done
median() { tr ' ' '\n' <<< "$1" | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
for label in A B C; do printf 'median %s %6.2f s\n' "$label" "$(median "${times[$label]}")"; done
