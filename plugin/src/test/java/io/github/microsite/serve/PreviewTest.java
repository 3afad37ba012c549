package io.github.microsite.serve;

import io.github.microsite.BakedSite;
import io.github.microsite.FixtureSites;
import io.github.microsite.model.SiteConfig;
import io.github.microsite.publish.SiteFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview as an author uses it: save, look, break, fix, delete — against a real server on a free port. */
@ExtendWith(FixtureSites.Extension.class)
class PreviewTest {

    /** Generous: a rebuild takes well under a second, but CI machines are busy. No timing is asserted. */
    private static final long PATIENCE_MILLIS = 60_000;

    @TempDir
    Path temp;

    private Preview preview;
    private final List<Preview.BakeReport> bakes = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        if (preview != null) {
            preview.close();
        }
    }

    private Path content() throws IOException {
        Path content = temp.resolve("content");
        Path fixture = FixtureSites.FIXTURES.resolve("minimal").resolve("content");
        FixtureSites.copy(fixture, content);
        return content;
    }

    private SiteConfig config(Path content, String basePath) {
        return new SiteConfig(content, temp.resolve("never-written"), Optional.empty(), "Preview", "zh-CN", basePath,
                Optional.empty(), List.of(), List.of(), Map.of());
    }

    private Preview start(FixtureSites sites, SiteConfig config) throws IOException {
        preview = new Preview(config, sites.pipeline(), "127.0.0.1", 0, bakes::add);
        return preview;
    }

    @Test
    void aSavedChangeAppearsAndABrokenFileShowsItsProblemOverTheLastGoodPage(FixtureSites sites) throws Exception {
        Path content = content();
        start(sites, config(content, "/report/"));
        URI page = preview.url().resolve("chapters/one/index.html");
        String before = get(page).body();
        assertTrue(before.contains("/report/__microsite/live.js"), "the served page loads the reload script");

        Path source = content.resolve("chapters/one.adoc");
        Files.writeString(source, Files.readString(source) + "\n新写的一段：预览应当马上看到。\n");
        awaitBody(page, body -> body.contains("新写的一段"));

        Files.writeString(source, Files.readString(source) + "\ninclude::_missing.adoc[]\n");
        awaitBody(preview.url().resolve("__microsite/status.json"), body -> body.contains("\"failing\":true"));
        String status = get(preview.url().resolve("__microsite/status.json")).body();
        assertTrue(status.contains("chapters/one.adoc"), "the overlay names the file: " + status);
        assertTrue(get(page).body().contains("新写的一段"), "the last good page is still served");

        Files.writeString(source, Files.readString(source).replace("include::_missing.adoc[]", "修好了。"));
        awaitBody(page, body -> body.contains("修好了"));
        assertTrue(get(preview.url().resolve("__microsite/status.json")).body().contains("\"failing\":false"));
    }

    @Test
    void aDeletedPageIsGoneAndAChangedDatasetChangesThePagesThatUseIt(FixtureSites sites) throws Exception {
        Path content = content();
        Files.createDirectories(content.resolve("data"));
        Files.writeString(content.resolve("data/sources.json"),
                "{\"rows\":[{\"id\":\"survey\",\"publisher\":\"某机构\",\"title\":\"旧标题\",\"date\":\"2025\"}]}");
        Files.writeString(content.resolve("chapters/two.adoc"), Files.readString(content.resolve("chapters/two.adoc"))
                + "\n一个数字cite:survey[]。\n");
        start(sites, config(content, "/"));
        URI two = preview.url().resolve("chapters/two/index.html");
        assertTrue(get(two).body().contains("旧标题"));

        Files.writeString(content.resolve("data/sources.json"),
                "{\"rows\":[{\"id\":\"survey\",\"publisher\":\"某机构\",\"title\":\"新标题\",\"date\":\"2025\"}]}");
        awaitBody(two, body -> body.contains("新标题"));

        Files.delete(content.resolve("chapters/one.adoc"));
        awaitStatus(preview.url().resolve("chapters/one/index.html"), 404);
    }

    @Test
    void openPagesAreToldToReloadAfterAGoodRebuildAndShownTheProblemsOfABadOne(FixtureSites sites) throws Exception {
        Path content = content();
        start(sites, config(content, "/"));
        HttpURLConnection events = (HttpURLConnection) preview.url().resolve("__microsite/events").toURL()
                .openConnection();
        events.setReadTimeout((int) PATIENCE_MILLIS);
        try (BufferedReader stream = new BufferedReader(
                new InputStreamReader(events.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("event: hello", stream.readLine());
            awaitListeners(1);
            Path source = content.resolve("index.adoc");
            Files.writeString(source, Files.readString(source) + "\n再加一段。\n");
            assertEquals("event: reload", nextEvent(stream));

            Files.writeString(source, Files.readString(source) + "\ninclude::_gone.adoc[]\n");
            assertEquals("event: problems", nextEvent(stream));
            String data = stream.readLine();
            assertTrue(data.startsWith("data: [") && data.contains("index.adoc"), data);
        }
    }

    @Test
    void anUnchangedSiteIsServedExactlyAsBuiltApartFromTheReloadScript(FixtureSites sites) throws Exception {
        Path content = content();
        SiteConfig config = config(content, "/sub/");
        BakedSite built = sites.pipeline().bake(config);
        start(sites, config);
        String tag = "<script src=\"/sub/__microsite/live.js\" defer></script>\n";
        for (SiteFile file : built.files()) {
            byte[] expected = file.content().orElseGet(() -> read(file.copyOf().orElseThrow()));
            Response served = get(preview.url().resolve(file.path()));
            byte[] actual = served.bytes();
            if (file.path().endsWith(".html")) {
                String html = new String(actual, StandardCharsets.UTF_8);
                assertTrue(html.contains(tag), file.path());
                actual = html.replace(tag, "").getBytes(StandardCharsets.UTF_8);
            }
            assertArrayEquals(expected, actual, file.path());
        }
    }

    @Test
    void stoppingReleasesThePortAndTheThreads(FixtureSites sites) throws Exception {
        start(sites, config(content(), "/"));
        URI home = preview.url();
        assertEquals(200, get(home).status());
        preview.close();
        preview = null;
        // Threads end shortly after close() returns on a busy machine: give them a moment, then insist.
        long deadline = System.currentTimeMillis() + 10_000;
        while (!previewThreads().isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(List.of(), previewThreads(), "threads left running");
        try (java.net.ServerSocket again = new java.net.ServerSocket(home.getPort(), 0,
                java.net.InetAddress.getByName("127.0.0.1"))) {
            assertEquals(home.getPort(), again.getLocalPort(), "the port is free again");
        }
    }

    private static List<String> previewThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(name -> name.startsWith("microsite-watch") || name.startsWith("microsite-preview")).sorted()
                .toList();
    }

    private void awaitListeners(int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (preview.listenerCount() < count && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
    }

    private static String nextEvent(BufferedReader stream) throws IOException {
        String line;
        while ((line = stream.readLine()) != null) {
            if (line.startsWith("event: ")) {
                return line;
            }
        }
        return "(stream ended)";
    }

    private static void awaitBody(URI uri, Predicate<String> condition) throws Exception {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        String last = "";
        while (System.currentTimeMillis() < deadline) {
            last = get(uri).body();
            if (condition.test(last)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("gave up waiting on " + uri + "; last body:\n" + last);
    }

    private static void awaitStatus(URI uri, int status) throws Exception {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        int last = 0;
        while (System.currentTimeMillis() < deadline) {
            last = get(uri).status();
            if (last == status) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("gave up waiting for " + status + " on " + uri + "; last " + last);
    }

    record Response(int status, byte[] bytes) {
        String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    static Response get(URI uri) throws IOException {
        URL url = uri.toURL();
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        connection.setInstanceFollowRedirects(false);
        int status = connection.getResponseCode();
        try (var in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
            return new Response(status, in == null ? new byte[0] : in.readAllBytes());
        }
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
