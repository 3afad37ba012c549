import io.github.microsite.Pipeline;
import io.github.microsite.convert.AsciidocConverter;
import io.github.microsite.model.SiteConfig;
import io.github.microsite.serve.Preview;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Save-to-reload benchmark of microsite:serve, in one JVM as the goal runs: starts a preview of a content folder
 * (a copy: the benchmark edits it), then saves one chapter N times and measures, per save, the time from the write to
 * the reload event an open page receives and to the changed page being served, with the bake's stage split.
 * Usage: java ServeBench CONTENT_COPY CHAPTER_RELATIVE_PATH PAGE_URL_PATH RUNS
 */
public final class ServeBench {

    record Bake(long atNanos, Preview.BakeReport report) {
    }

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]);
        Path chapter = content.resolve(args[1]);
        String pagePath = args[2];
        int runs = Integer.parseInt(args[3]);
        BlockingQueue<Bake> bakes = new LinkedBlockingQueue<>();
        SiteConfig config = new SiteConfig(content, content.resolveSibling("unused"), Optional.empty(), "bench",
                "zh-CN", "/", Optional.empty(), List.of(), List.of(), Map.of());
        long start = System.nanoTime();
        try (AsciidocConverter converter = new AsciidocConverter();
             Preview preview = new Preview(config, new Pipeline(converter), "127.0.0.1", 0,
                     report -> bakes.add(new Bake(System.nanoTime(), report)))) {
            URI page = preview.url().resolve(pagePath);
            get(page);
            System.out.printf("cold start to first served page (in-process, JVM already up): %d ms%n",
                    (System.nanoTime() - start) / 1_000_000);
            Bake first = bakes.take();
            System.out.println("first bake stages (ms): " + first.report().site().stageMillis());
            HttpURLConnection events = (HttpURLConnection) preview.url().resolve("__microsite/events").toURL()
                    .openConnection();
            BufferedReader stream = new BufferedReader(new InputStreamReader(events.getInputStream(),
                    StandardCharsets.UTF_8));
            stream.readLine(); // event: hello
            Thread.sleep(300);
            String original = Files.readString(chapter);
            List<long[]> rows = new ArrayList<>();
            System.out.println("run  total  detect  load  valid  convert  route  link  compose  notify  page  converted");
            for (int i = 1; i <= runs; i++) {
                String marker = "基准测试第" + i + "次保存。";
                long saved = System.nanoTime();
                Files.writeString(chapter, original + "\n" + marker + "\n");
                String event;
                while (!(event = stream.readLine()).startsWith("event: ")) {
                    // skip data and blank lines
                }
                long notified = System.nanoTime();
                if (!event.equals("event: reload")) {
                    throw new IllegalStateException("expected a reload, got " + event + ": " + stream.readLine());
                }
                String body = get(page);
                long served = System.nanoTime();
                if (!body.contains(marker)) {
                    throw new IllegalStateException("the served page lacks the change of run " + i);
                }
                Bake bake = bakes.poll(10, TimeUnit.SECONDS);
                Map<String, Long> stages = bake.report().site().stageMillis();
                long bakeMillis = bake.report().millis();
                long detect = (bake.atNanos() - saved) / 1_000_000 - bakeMillis;
                long[] row = {ms(saved, served), detect, stages.getOrDefault("load", 0L),
                        stages.getOrDefault("validate", 0L), stages.getOrDefault("convert", 0L),
                        stages.getOrDefault("route", 0L), stages.getOrDefault("link", 0L),
                        stages.getOrDefault("compose", 0L), Math.max(0, ms(bake.atNanos(), notified)),
                        ms(notified, served), bake.report().site().pagesConverted()};
                rows.add(row);
                if (i <= 5 || i % 50 == 0) {
                    System.out.printf("%3d %6d %7d %5d %6d %8d %6d %5d %8d %7d %5d %10d%n", i, row[0], row[1], row[2],
                            row[3], row[4], row[5], row[6], row[7], row[8], row[9], row[10]);
                }
                if (i == 1 || i == 100 || i == 200) {
                    memory(i);
                }
                Thread.sleep(150); // past the watcher's quiet period, so each save is its own rebuild
            }
            Files.writeString(chapter, original);
            List<Long> totals = rows.stream().map(row -> row[0]).sorted().toList();
            System.out.printf("save → changed page served: median %d ms, p90 %d ms, max %d ms over %d saves%n",
                    totals.get(totals.size() / 2), totals.get((int) (totals.size() * 0.9)),
                    totals.get(totals.size() - 1), totals.size());
            for (int column = 1; column < 10; column++) {
                final int c = column;
                List<Long> values = rows.stream().map(row -> row[c]).sorted().toList();
                System.out.printf("  median %-8s %d ms%n", new String[]{"", "detect", "load", "validate", "convert",
                        "route", "link", "compose", "notify", "page"}[c], values.get(values.size() / 2));
            }
            events.disconnect();
        }
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static void memory(int run) {
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long metaspace = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getName().equals("Metaspace")).mapToLong(pool -> pool.getUsage().getUsed()).sum();
        long classes = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
        System.out.printf("     after rebuild %d: heap used %.1f MB, metaspace %.1f MB, %d classes loaded%n", run,
                heap / 1e6, metaspace / 1e6, classes);
    }

    private static String get(URI uri) throws Exception {
        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
        try (var in = connection.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
