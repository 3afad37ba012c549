import io.github.microsite.convert.AsciidocConverter;
import io.github.microsite.load.ContentLoader;
import io.github.microsite.load.SourceCatalog;
import io.github.microsite.model.DatasetCatalog;
import io.github.microsite.model.Problems;
import io.github.microsite.model.SiteConfig;
import io.github.microsite.model.SourceFile;
import io.github.microsite.validate.DatasetValidator;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The convert stage alone, in one JVM: converts every page of a content folder with one warm Asciidoctor on 1 thread
 * and on 2 threads, ROUNDS rounds (in turn 1-then-2 and 2-then-1), and prints each time and whether the pages and problems were the same.
 * Both variants share the JVM's noise, so their ratio means more than either time on a shared machine.
 * Usage: java -cp PLUGIN-CLASSES:DEPENDENCIES ConvertThreadsBench.java CONTENT_FOLDER ROUNDS
 */
public final class ConvertThreadsBench {

    public static void main(String[] args) {
        Path content = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        SiteConfig config = new SiteConfig(content, content.resolveSibling("bench-out"), Optional.empty(), "bench",
                "zh-CN", "/", Optional.empty(), List.of(), List.of(), Map.of());
        Problems loading = new Problems();
        SourceCatalog catalog = new ContentLoader(config).load(loading);
        DatasetCatalog datasets = new DatasetValidator().catalog(catalog.datasets(), catalog.schemas(), loading);
        List<SourceFile> pages = catalog.pages();
        try (AsciidocConverter converter = new AsciidocConverter()) {
            long start = System.nanoTime();
            converter.convertAll(config.withThreads(2), pages.subList(0, Math.min(40, pages.size())), datasets, new Problems());
            System.out.printf("start and 40 pages: %.2f s%n", (System.nanoTime() - start) / 1e9);
            Object reference = null;
            for (int round = 1; round <= rounds; round++) {
                // Each round in the other order: the JVM keeps warming up, which would favour whichever runs second.
                for (int threads : round % 2 == 1 ? new int[] {1, 2} : new int[] {2, 1}) {
                    Problems problems = new Problems();
                    long t0 = System.nanoTime();
                    Object result = List.of(converter.convertAll(config.withThreads(threads), pages, datasets, problems),
                            problems.all());
                    double seconds = (System.nanoTime() - t0) / 1e9;
                    reference = reference == null ? result : reference;
                    System.out.printf("round %d, %d thread(s): %d pages in %.2f s (%.1f ms/page), same as the first: %s%n",
                            round, threads, pages.size(), seconds, seconds * 1000 / pages.size(), reference.equals(result));
                }
            }
        }
    }
}
