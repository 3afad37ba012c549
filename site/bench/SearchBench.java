import com.sun.net.httpserver.HttpServer;
import io.github.microsite.index.SearchIndexer;
import io.github.microsite.check.SiteFiles;
import io.github.microsite.publish.SiteFile;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;

/**
 * Search benchmark on a built site (see search-bench.sh): how long the index stage takes on the site's pages, and how
 * many gzipped bytes a reader downloads for one query's first results, with the real client in HtmlUnit.
 *
 * <p>Usage: SearchBench SITE_DIR QUERIES_TSV [INDEX_RUNS]
 */
public final class SearchBench {

    private static final String BASE = "/site/";

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]).toAbsolutePath().normalize();
        List<String[]> queries = Files.readAllLines(Path.of(args[1])).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split("\t")).toList();
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 21;
        indexTime(site, runs);
        System.out.println();
        bytesPerQuery(site, queries);
    }

    /** The index stage alone, on the site's composed pages read back from disk (the search folder left out). */
    private static void indexTime(Path site, int runs) throws IOException {
        SiteFiles built = SiteFiles.onDisk(site);
        List<SiteFile> pages = built.paths().stream().filter(path -> path.endsWith(".html") && !path.startsWith("search/"))
                .map(path -> SiteFile.generated(path, built.read(path).orElseThrow())).toList();
        List<Long> micros = new ArrayList<>();
        List<SiteFile> index = List.of();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            index = new SearchIndexer().index(pages);
            micros.add((System.nanoTime() - start) / 1000);
        }
        long raw = 0;
        long gzipped = 0;
        for (SiteFile file : index) {
            raw += file.content().orElseThrow().length;
            gzipped += gzip(file.content().orElseThrow());
        }
        List<Long> warm = new ArrayList<>(micros.subList(1, micros.size()));
        Collections.sort(warm);
        System.out.printf("index build: %d HTML files -> %d index files, %.1f KB raw, %.1f KB gzipped%n",
                pages.size(), index.size(), raw / 1024.0, gzipped / 1024.0);
        System.out.printf("index build time: first (cold JVM) %.0f ms, median of the next %d runs %.0f ms%n",
                micros.get(0) / 1000.0, warm.size(), warm.isEmpty() ? 0 : warm.get(warm.size() / 2) / 1000.0);
    }

    /** Every query in a fresh browser: bytes of search.js, the engine, manifest, shards and texts groups, gzipped. */
    private static void bytesPerQuery(Path site, List<String[]> queries) throws Exception {
        Map<String, Long> gzippedSize = new ConcurrentHashMap<>();
        List<String> requested = Collections.synchronizedList(new ArrayList<>());
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            Path file = path.startsWith(BASE) ? site.resolve(path.substring(BASE.length())).normalize() : null;
            if (file != null && Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (file == null || !file.startsWith(site) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            byte[] body = Files.readAllBytes(file);
            requested.add(path);
            gzippedSize.computeIfAbsent(path, p -> gzip(body));
            String name = file.getFileName().toString();
            exchange.getResponseHeaders().set("Content-Type", name.endsWith(".html") ? "text/html; charset=utf-8"
                    : name.endsWith(".js") ? "text/javascript" : name.endsWith(".json") ? "application/json"
                    : name.endsWith(".css") ? "text/css" : "application/octet-stream");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        String root = "http://127.0.0.1:" + server.getAddress().getPort() + BASE;
        List<Long> bytes = new ArrayList<>();
        int hits = 0;
        System.out.printf("%-34s %9s %6s  %s%n", "query (typed into the header field)", "gzip B", "files", "expected in top 5");
        for (String[] query : queries) {
            requested.clear();
            try (WebClient browser = new WebClient(BrowserVersion.FIREFOX)) {
                browser.getOptions().setCssEnabled(false);
                browser.getOptions().setDownloadImages(false);
                HtmlPage page = browser.getPage(root + "chapters/preface/index.html");
                ((HtmlInput) page.querySelector("[data-search-input]")).type(query[0]);
                browser.waitForBackgroundJavaScript(10_000);
                List<String> found = new ArrayList<>();
                for (DomNode link : page.querySelector("[data-search-dropdown]").querySelectorAll("a")) {
                    String href = page.getFullyQualifiedUrl(((DomElement) link).getAttribute("href")).toString();
                    found.add(href.substring(root.length()));
                }
                boolean hit = found.stream().limit(5).anyMatch(query[1]::equals);
                hits += hit ? 1 : 0;
                List<String> searchFiles = requested.stream()
                        .filter(p -> p.contains("/search/") || p.matches(".*/js/search[.-].*")).distinct().toList();
                long total = searchFiles.stream().mapToLong(gzippedSize::get).sum();
                bytes.add(total);
                System.out.printf("%-34s %9d %6d  %s%n", query[0], total, searchFiles.size(), hit ? "yes" : "NO " + found);
            }
        }
        server.stop(0);
        List<Long> sorted = new ArrayList<>(bytes);
        Collections.sort(sorted);
        double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2.0;
        System.out.printf("%nbytes per query (gzipped, first results = the header's drop-down, up to 8 hits):"
                        + " median %.1f KB, mean %.1f KB, max %.1f KB; expected section in the top 5: %d of %d%n",
                median / 1024, sorted.stream().mapToLong(Long::longValue).average().orElse(0) / 1024,
                sorted.get(sorted.size() - 1) / 1024.0, hits, queries.size());
    }

    private static long gzip(byte[] bytes) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
                gzip.write(bytes);
            }
            return out.size();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
