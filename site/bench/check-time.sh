#!/usr/bin/env bash
# Times microsite:check's rules over the built report (site/target/microsite), without Maven's start-up:
# the rule code as the goal runs it, N runs in one JVM (first run cold, the rest warm).
# Usage: site/bench/check-time.sh [RUNS]   (after ./mvnw -B package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-5}
./mvnw -B -o -q -pl plugin dependency:build-classpath -Dmdep.outputFile="$PWD/target/check-time.cp" >/dev/null
cat > target/CheckTime.java <<'JAVA'
import io.github.microsite.check.*;
import java.nio.file.Path;
import java.util.*;
public class CheckTime {
    public static void main(String[] args) {
        Path site = Path.of(args[0]);
        for (int run = 1; run <= Integer.parseInt(args[1]); run++) {
            long start = System.nanoTime();
            CheckedSite checked = new CheckedSite(SiteFiles.onDisk(site), args[2], Optional.of(args[3]));
            SiteChecker.Report report = new SiteChecker(Map.of()).check(checked);
            System.out.printf("run %d: %d pages, %d files, %d findings, %.0f ms%n", run, checked.pages().size(),
                    checked.files().paths().size(), report.findings().size(), (System.nanoTime() - start) / 1e6);
        }
    }
}
JAVA
java -cp "plugin/target/classes:$(cat target/check-time.cp)" target/CheckTime.java site/target/microsite "$RUNS" \
  /aigc-report/ https://example.github.io/aigc-report/
