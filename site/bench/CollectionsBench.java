import io.github.microsite.BakedSite;
import io.github.microsite.Pipeline;
import io.github.microsite.convert.AsciidocConverter;
import io.github.microsite.model.CollectionConfig;
import io.github.microsite.model.SiteConfig;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the industries collection costs a build: bakes the report in memory RUNS times with the collection and RUNS
 * times without it, alternating, in one warm JVM (the first bake of each is a warm-up and not counted), and prints the
 * medians of the whole bake and of the stages the collection touches (route, link, compose). The difference is what
 * ten industry pages and their overview cost on top of the chapters.
 */
public final class CollectionsBench {

    public static void main(String[] args) {
        Path content = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        SiteConfig plain = new SiteConfig(content, content.resolveSibling("unused"), Optional.empty(), "bench",
                "zh-CN", "/", Optional.empty(), List.of(), List.of(), Map.of());
        SiteConfig withIndustries = plain.withCollections(List.of(new CollectionConfig("industries", "industry",
                "industries/{slug}/", Optional.of("name"), Optional.empty(), Optional.of("order"),
                Optional.of("industries/"), Optional.of("industries"))));
        Map<String, List<Long>> times = new java.util.TreeMap<>();
        try (AsciidocConverter converter = new AsciidocConverter()) {
            // Warm-up: each configuration once, not counted. A fresh Pipeline per bake: no conversion cache.
            new Pipeline(converter).bake(plain);
            new Pipeline(converter).bake(withIndustries);
            for (int run = 0; run < runs; run++) {
                for (boolean collection : new boolean[] {false, true}) {
                    long start = System.nanoTime();
                    BakedSite site = new Pipeline(converter).bake(collection ? withIndustries : plain);
                    long total = (System.nanoTime() - start) / 1_000_000;
                    if (site.hasErrors()) {
                        throw new IllegalStateException("the report does not build: " + site.problems());
                    }
                    String label = collection ? "with industries" : "without";
                    times.computeIfAbsent(label + " total", key -> new ArrayList<>()).add(total);
                    for (String stage : List.of("route", "link", "compose")) {
                        times.computeIfAbsent(label + " " + stage, key -> new ArrayList<>())
                                .add(site.stageMillis().getOrDefault(stage, 0L));
                    }
                    times.computeIfAbsent(label + " pages", key -> new ArrayList<>()).add((long) site.pageCount());
                }
            }
        }
        System.out.printf("medians of %d warm bakes each (ms; pages as counted by the build)%n", runs);
        times.forEach((name, values) -> System.out.printf("%-28s %6d%n", name, median(values)));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
