package io.github.microsite;

import io.github.microsite.model.Problem;
import io.github.microsite.model.SiteConfig;
import io.github.microsite.publish.SiteFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pages converted on several threads with the one Asciidoctor come out exactly as on one thread: every byte of every
 * file, and every problem at the same file and line. The pages are made from {@code fixtures/parallel/page.adoc.template}
 * so that each carries problems of its own (a missing attribute, a wrong table column, an include leaving the
 * content folder, a section without a readable id), tables and charts of its own, at lines that differ from page to
 * page: a page's problem reported against another page, or a chart numbered by another page's count, shows here.
 */
@ExtendWith(FixtureSites.Extension.class)
class ParallelConversionTest {

    private static final Path FIXTURE = FixtureSites.FIXTURES.resolve("parallel");
    private static final int PAGES = 36;

    @Test
    void convertingOnFourThreadsGivesTheSameFilesAndProblemsAsOnOne(FixtureSites sites, @TempDir Path work)
            throws IOException {
        Path content = manyPages(work.resolve("content"));
        SiteConfig config = new SiteConfig(content, work.resolve("out"), Optional.empty(), "Many pages", "en", "/",
                Optional.empty(), List.of(), List.of(), Map.of());

        BakedSite oneThread = sites.pipeline().bake(config.withThreads(1));
        BakedSite fourThreads = sites.pipeline().bake(config.withThreads(4));

        Map<String, byte[]> one = files(oneThread);
        Map<String, byte[]> four = files(fourThreads);
        assertEquals(one.keySet(), four.keySet());
        assertTrue(one.keySet().stream().filter(path -> path.startsWith("pages/page-")).count() >= PAGES,
                "every page was baked: " + one.keySet());
        for (String path : one.keySet()) {
            assertArrayEquals(one.get(path), four.get(path), path + " differs between one and four threads");
        }
        assertEquals(oneThread.problems(), fourThreads.problems());

        for (int n = 1; n <= PAGES; n++) {
            String page = "pages/page-" + n + ".adoc";
            int pad = n % 5;
            assertProblem(fourThreads, page, 5 + pad, "missing-" + n);
            assertProblem(fourThreads, page, 18 + pad, "第 " + n + " 节");
            assertProblem(fourThreads, page, 25 + pad, "nope-" + n);
            assertProblem(fourThreads, page, 27 + pad, "outside-" + n + ".adoc");
            String html = new String(four.get(htmlOf(four, n)), StandardCharsets.UTF_8);
            assertTrue(html.contains("id=\"chart-figures-1\"") && html.contains("id=\"chart-figures-2\"")
                    && !html.contains("chart-figures-3"), "page " + n + " numbers its own two charts");
            assertTrue(html.contains("Item 1 of page " + n + "<") && !html.contains("of page " + (n % PAGES + 1) + "<"),
                    "page " + n + " shows its own rows");
        }
    }

    private static String htmlOf(Map<String, byte[]> files, int n) {
        return files.keySet().stream().filter(path -> path.startsWith("pages/page-" + n + ".") || path.startsWith(
                "pages/page-" + n + "/")).filter(path -> path.endsWith(".html")).findFirst()
                .orElseThrow(() -> new AssertionError("no HTML for page " + n + " among " + files.keySet()));
    }

    /** The problem naming {@code mark} is reported once, at this page and line, and nowhere else. */
    private static void assertProblem(BakedSite site, String page, int line, String mark) {
        Pattern named = Pattern.compile("(?<![\\w-])" + Pattern.quote(mark) + "(?![\\w-])");
        List<Problem> naming = site.problems().stream().filter(problem -> named.matcher(problem.message()).find())
                .toList();
        assertEquals(1, naming.size(), mark + " is reported once: " + naming);
        assertEquals(page + ":" + line, naming.get(0).file() + ":" + naming.get(0).line(), naming.get(0).describe());
    }

    /** The fixture's content, plus {@value PAGES} pages made from the template (page n has n % 5 more blank lines after its header). */
    private static Path manyPages(Path content) throws IOException {
        try (Stream<Path> files = Files.walk(FIXTURE.resolve("content"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = content.resolve(FIXTURE.resolve("content").relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        String template = Files.readString(FIXTURE.resolve("page.adoc.template"), StandardCharsets.UTF_8);
        Files.createDirectories(content.resolve("pages"));
        for (int n = 1; n <= PAGES; n++) {
            Files.writeString(content.resolve("pages/page-" + n + ".adoc"), template
                    .replace("@PAD@\n", "\n".repeat(n % 5))
                    .replace("@N@", Integer.toString(n)), StandardCharsets.UTF_8);
        }
        return content;
    }

    private static Map<String, byte[]> files(BakedSite site) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        for (SiteFile file : site.files()) {
            files.put(file.path(), file.content().isPresent() ? file.content().get()
                    : Files.readAllBytes(file.copyOf().orElseThrow()));
        }
        return files;
    }
}
