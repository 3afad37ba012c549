import io.github.microsite.index.SearchIndexer;
import io.github.microsite.check.SiteFiles;
import io.github.microsite.publish.SiteFile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * The index stage alone on a built site's pages (see index-bench.sh): time per run, the heap it needs, the largest
 * file it writes (gzipped, per kind of file), and optionally the index written to a folder for search-fetch.mjs.
 *
 * <p>Usage: IndexBench SITE_DIR [RUNS] [OUT_DIR]; {@code -Dgroup=N} indexes with N sections per text file instead of the
 * build's {@link SearchIndexer#GROUP}, to compare them.
 */
public final class IndexBench {

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]).toAbsolutePath().normalize();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int group = Integer.getInteger("group", SearchIndexer.GROUP);
        List<SiteFile> pages = pages(site);
        long htmlBytes = pages.stream().mapToLong(p -> p.content().orElseThrow().length).sum();
        System.out.printf("%d HTML files, %.1f MB%n", pages.size(), htmlBytes / 1048576.0);

        List<Long> millis = new ArrayList<>();
        List<Long> cpuMillis = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<SiteFile> index = List.of();
        long peakMb = 0;
        for (int i = 0; i < runs; i++) {
            index = List.of();
            System.gc();
            long before = usedHeap();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            index = new SearchIndexer(group).index(pages);
            millis.add((System.nanoTime() - start) / 1_000_000);
            cpuMillis.add((threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000);
            // the sum of the pools' peaks over-counts a little (they peak at different moments); fine for A/B
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP)
                    .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            peakMb = Math.max(peakMb, (peak - before) / 1048576);
        }
        System.gc();
        long retainedMb = usedHeap() / 1048576;
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf("index stage: wall %s ms (median %d), this thread's CPU %s ms (the machine is shared: CPU time"
                + " is the steadier figure); heap above the pages: peak ≤ %d MB; heap with pages and index kept %d MB%n",
                millis, sorted.get(sorted.size() / 2), cpuMillis, peakMb, retainedMb);

        Map<String, long[]> kinds = new TreeMap<>(); // kind -> files, raw bytes, gzipped bytes, max gzipped, max raw
        String largest = "";
        long largestGz = 0;
        for (SiteFile file : index) {
            byte[] bytes = file.content().orElseThrow();
            long gz = gzip(bytes);
            long[] k = kinds.computeIfAbsent(kind(file.path()), x -> new long[5]);
            k[0]++;
            k[1] += bytes.length;
            k[2] += gz;
            k[3] = Math.max(k[3], gz);
            k[4] = Math.max(k[4], bytes.length);
            if (gz > largestGz && !file.path().contains("/c-")) { // c-: a group of sections' texts
                largestGz = gz;
                largest = file.path();
            }
        }
        System.out.printf("%-10s %8s %10s %10s %12s %10s%n", "kind", "files", "raw KB", "gzip KB", "max gzip KB", "max raw KB");
        kinds.forEach((kind, k) -> System.out.printf("%-10s %8d %10.1f %10.1f %12.2f %10.1f%n", kind, k[0], k[1] / 1024.0,
                k[2] / 1024.0, k[3] / 1024.0, k[4] / 1024.0));
        System.out.printf("largest file but the texts groups: %s, %.2f KB gzipped%n", largest, largestGz / 1024.0);
        System.out.printf("%d sections per texts file; %d index files in all%n", group, index.size());

        if (args.length > 2) {
            Path out = Path.of(args[2]);
            long start = System.nanoTime();
            for (SiteFile file : index) {
                Path target = out.resolve(file.path());
                Files.createDirectories(target.getParent());
                Files.write(target, file.content().orElseThrow());
            }
            // creating files is what groups of texts save: on a throttled disk it varies a lot from run to run
            System.out.printf("index written to %s: %d files in %d ms%n", out, index.size(),
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** manifest, texts group (c-…), shard (s-…) and, since format 3, CJK bucket, word shard and continuation block. */
    private static String kind(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.equals("manifest.json")) {
            return "manifest";
        }
        String[] parts = name.replace(".json", "").split("-");
        return parts.length == 3 && parts[0].equals("s") ? "s-" + parts[2].charAt(0) : parts[0];
    }

    /** The built site's HTML pages, read back from disk (its search folder left out). */
    static List<SiteFile> pages(Path site) {
        SiteFiles built = SiteFiles.onDisk(site);
        return built.paths().stream().filter(path -> path.endsWith(".html") && !path.startsWith("search/"))
                .map(path -> SiteFile.generated(path, built.read(path).orElseThrow())).toList();
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static long gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.size();
    }
}
