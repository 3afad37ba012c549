#!/usr/bin/env bash
# A/B of cold builds of one synthetic site on a shared machine: runs each variant in turn, RUNS rounds, and prints
# every run's wall time, CPU time (user + sys: less disturbed by other processes) and stage split, then the medians.
# A variant is NAME=MAVEN-ARGUMENTS; put JVM and JRuby settings in the arguments with -D (they reach the plugin as
# system properties), JVM flags for that variant alone first in jvm[…] (they go to MAVEN_OPTS), or in MAVEN_OPTS for all.
# Usage: SCALE_STAGE=/tmp/stage site/bench/scale/ab.sh N RUNS 'one=-Dmicrosite.threads=1' 'two=-Dmicrosite.threads=2'
#        … ab.sh 1000 3 'plain=' 'jit-off=-Dmicrosite.shortBuildJit=false' 'flags=jvm[-XX:TieredStopAtLevel=1 -XX:+UseSerialGC]'
#   CLEAN=move (default) or rm: how each run gets rid of the last run's output; see clean.sh (rm measures what
#   `mvn clean package` costs on this VM's file system).
#   REPO=/path/to/m2 picks the local repository holding the plugin (default: $SCALE_STAGE/m2, as scale.sh installs it);
#   a variant may name its own with -Dmaven.repo.local=… (the later one wins).
set -euo pipefail
N=$1 RUNS=$2
shift 2
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
STAGE=${SCALE_STAGE:?set SCALE_STAGE to the folder scale.sh prepared}
REPO=${REPO:-$STAGE/m2}
PROJECT=$STAGE/site-$N
[[ -d $PROJECT ]] || { echo "no $PROJECT: run SCALE_STAGE=$STAGE site/bench/scale/scale.sh $N 1 first" >&2; exit 1; }
# shellcheck source=clean.sh
source "$HERE/clean.sh"
trap 'drop_moved_targets "$STAGE"' EXIT
cd "$ROOT"
declare -A WALL CONVERT CPU
printf '%-12s %4s %8s %8s  %s\n' variant run "wall (s)" "cpu (s)" "stages (ms)"
for ((run = 1; run <= RUNS; run++)); do
  for variant in "$@"; do
    name=${variant%%=*} args=${variant#*=} jvm=${MAVEN_OPTS:-}
    if [[ $args =~ ^jvm\[([^]]*)\](.*)$ ]]; then jvm="$jvm ${BASH_REMATCH[1]}" args=${BASH_REMATCH[2]}; fi
    clear_target "$PROJECT" "$STAGE"
    # Deleting or moving the last output queues the disk's work; let it settle, so every variant starts alike.
    sync; sleep 2
    t0=$(date +%s.%N)
    # shellcheck disable=SC2086
    MAVEN_OPTS=$jvm /usr/bin/time -f '%U %S' -o "$STAGE/ab-$name.cpu" ./mvnw -B -o -Dmaven.repo.local="$REPO" -Dmaven.repo.local.tail="$HOME/.m2/repository" $args \
      -f "$PROJECT/pom.xml" package >"$STAGE/ab-$name.log" 2>&1 || { tail -30 "$STAGE/ab-$name.log" >&2; exit 1; }
    t1=$(date +%s.%N)
    wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')
    stages=$(sed -n 's/.*unchanged since the last build; \(.*\))$/\1/p' "$STAGE/ab-$name.log" | tail -1)
    convert=$(sed -n 's/.*convert \([0-9]*\) ms.*/\1/p' <<<"$stages")
    cpu=$(awk '{ printf "%.1f", $1 + $2 }' "$STAGE/ab-$name.cpu")
    WALL[$name]+="$wall " CONVERT[$name]+="${convert:-0} " CPU[$name]+="$cpu "
    printf '%-12s %4d %8s %8s  %s\n' "$name" "$run" "$wall" "$cpu" "$stages"
  done
done
median() { printf '%s\n' $1 | sort -n | awk '{ v[NR] = $1 } END { printf "%.2f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo "medians of $RUNS cold runs, $N pages, CLEAN=$CLEAN (load average now: $(cut -d' ' -f1-3 /proc/loadavg)):"
for variant in "$@"; do
  name=${variant%%=*}
  printf '  %-12s wall %6s s   cpu (user+sys) %6s s   convert %8s ms\n' "$name" "$(median "${WALL[$name]}")" \
    "$(median "${CPU[$name]}")" "$(median "${CONVERT[$name]}")"
done
