package io.github.microsite;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Times the stages of one bake, in the order they ran. */
final class StageClock {

    private final Map<String, Long> millis = new LinkedHashMap<>();

    <T> T time(String stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            millis.merge(stage, (System.nanoTime() - start) / 1_000_000, Long::sum);
        }
    }

    void run(String stage, Runnable work) {
        time(stage, () -> {
            work.run();
            return null;
        });
    }

    /** Time measured elsewhere (on another thread). */
    void add(String stage, long stageMillis) {
        millis.merge(stage, stageMillis, Long::sum);
    }

    Map<String, Long> millis() {
        return millis;
    }
}
