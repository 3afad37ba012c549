package io.github.microsite.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.javascript.host.event.KeyboardEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A reader searches the report: in the header of a chapter, and on the results page a link can point to. */
class SearchTest {

    /** Long enough for HtmlUnit to run the debounce, the requests and the rendering. */
    private static final int WAIT_MS = 5_000;

    private static SiteServer server;
    private static WebClient browser;

    @BeforeAll
    static void open() throws Exception {
        server = new SiteServer(BuiltSite.directory());
        browser = BuiltSite.browser();
    }

    @AfterAll
    static void close() {
        browser.close();
        server.close();
    }

    /** One line of site/src/test/resources/search/queries.tsv. */
    record Query(String text, String expected, String what) {
        @Override
        public String toString() {
            return text + " → " + expected + " (" + what + ")";
        }
    }

    static Stream<Query> queries() throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/search/queries.tsv")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t"))
                .map(cells -> new Query(cells[0], cells[1], cells[2]));
    }

    private static HtmlPage resultsPage(WebClient client, SiteServer site, String query) throws IOException {
        HtmlPage page = client.getPage(site.url("search/index.html?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
        client.waitForBackgroundJavaScript(WAIT_MS);
        return page;
    }

    /** The results' targets as paths inside the site: page#section. */
    private static List<String> targets(HtmlPage page, DomNode list) throws IOException {
        List<String> targets = new ArrayList<>();
        String root = server.url("");
        for (DomNode node : list.querySelectorAll("a")) {
            String href = page.getFullyQualifiedUrl(((DomElement) node).getAttribute("href")).toString();
            assertTrue(href.startsWith(root), href + " stays inside the site");
            targets.add(href.substring(root.length()));
        }
        return targets;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void aReaderFindsTheSectionInTheTopFive(Query query) throws Exception {
        HtmlPage page = resultsPage(browser, server, query.text());

        List<String> found = targets(page, page.querySelector("[data-search-results]"));
        assertTrue(found.stream().limit(5).anyMatch(query.expected()::equals),
                query + " ranks in the top five; found " + found.stream().limit(5).toList());
        assertEquals(query.text(), ((HtmlInput) page.querySelector("[data-search-input]")).getValue(),
                "the results page puts the query back into the field");
    }

    @Test
    void thereAreEnoughQueriesFromEveryChapter() throws Exception {
        List<Query> all = queries().toList();
        assertTrue(all.size() >= 20, all.size() + " queries");
        for (String page : List.of("preface", "ch1-landscape", "ch2-industries", "ch3-opportunities", "ch4-future",
                "epilogue")) {
            assertTrue(all.stream().anyMatch(q -> q.expected().startsWith("chapters/" + page + "/")), page);
        }
        assertTrue(all.stream().anyMatch(q -> q.text().matches("[\\x20-\\x7E]+")), "some queries are English");
    }

    @Test
    void aNonsenseQueryShowsTheEmptyState() throws Exception {
        HtmlPage page = resultsPage(browser, server, "蘑菇披萨量子 zzxqj");

        DomElement empty = page.querySelector("[data-search-empty]");
        assertFalse(empty.hasAttribute("hidden"), "the empty state shows");
        assertEquals(0, page.querySelector("[data-search-results]").querySelectorAll("a").size());
        assertTrue(page.querySelector("[data-search-status]").asNormalizedText().contains("没有找到"),
                page.querySelector("[data-search-status]").asNormalizedText());
    }

    @Test
    void withResultsTheEmptyStateStaysHiddenAndTheCountIsAnnounced() throws Exception {
        HtmlPage page = resultsPage(browser, server, "逆水寒");

        assertTrue(((DomElement) page.querySelector("[data-search-empty]")).hasAttribute("hidden"));
        DomElement status = page.querySelector("[data-search-status]");
        assertEquals("status", status.getAttribute("role"));
        assertTrue(status.asNormalizedText().matches("找到 \\d+ 条结果"), status.asNormalizedText());
    }

    @Test
    void theMatchedTextIsMarkedInTheSnippet() throws Exception {
        HtmlPage page = resultsPage(browser, server, "京东云言犀");

        DomNode first = page.querySelector("[data-search-results] li");
        assertNotNull(first);
        List<String> marks = new ArrayList<>();
        first.querySelectorAll("mark").forEach(mark -> marks.add(mark.asNormalizedText()));
        assertTrue(marks.contains("京东云言犀"), marks.toString());
    }

    @Test
    void sectionsHoldingTheBigramsButNotTheWordAreNotHits() throws Exception {
        // 人工 and 工具 share a section a dozen times (人工智能 … 工具), 人工具 occurs nowhere: the index alone would
        // answer those sections; the client's exact match against the section text must drop them.
        List<String> texts = sectionTexts(BuiltSite.directory());
        assertTrue(texts.stream().anyMatch(t -> t.contains("人工") && t.contains("工具")), "both bigrams in one section");
        assertTrue(texts.stream().noneMatch(t -> t.contains("人工具")), "the word itself nowhere");

        HtmlPage page = resultsPage(browser, server, "人工具");

        assertEquals(0, page.querySelector("[data-search-results]").querySelectorAll("a").size());
        assertFalse(((DomElement) page.querySelector("[data-search-empty]")).hasAttribute("hidden"));
    }

    /** The files of the sections' texts, in section order, each an array of {@code group} of them (index/FORMAT.md). */
    private static List<String> groupNames(JsonNode manifest) {
        List<String> names = new ArrayList<>();
        int group = manifest.get("group").asInt();
        for (int first = 0; first < manifest.get("sections").asInt(); first += group) {
            names.add("c-" + manifest.get("set").asText() + "-" + first / group + ".json");
        }
        return names;
    }

    private static List<String> sectionTexts(Path site) throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode manifest = json.readTree(site.resolve("search/manifest.json").toFile());
        List<String> texts = new ArrayList<>();
        for (String name : groupNames(manifest)) {
            for (JsonNode chunk : json.readTree(site.resolve("search").resolve(name).toFile())) {
                texts.add(chunk.get("t").asText() + " " + chunk.get("h").asText() + " " + chunk.path("p") + " "
                        + chunk.get("x").asText());
            }
        }
        assertEquals(manifest.get("sections").asInt(), texts.size(), "a text per section");
        return texts;
    }

    @Test
    void typingInTheHeaderShowsResultsAsYouTypeAndEscapeClears() throws Exception {
        HtmlPage page = browser.getPage(server.url("chapters/preface/index.html"));
        HtmlInput input = (HtmlInput) page.querySelector("header form[role=search] input[type=search]");
        assertNotNull(page.querySelector("label[for=" + input.getId() + "]"), "the field is labelled");

        ((HtmlElement) page.querySelector("body")).type('/');
        assertEquals(input, page.getFocusedElement(), "/ focuses the search field");
        input.type("腾讯混元");
        browser.waitForBackgroundJavaScript(WAIT_MS);

        DomElement dropdown = page.querySelector("[data-search-dropdown]");
        assertFalse(dropdown.hasAttribute("hidden"), "results show under the field");
        List<String> found = targets(page, dropdown);
        assertTrue(found.stream().limit(5).anyMatch("chapters/ch2-industries/index.html#gaming-tencent-hunyuan"::equals),
                found.toString());
        assertTrue(page.querySelector("[data-search-status]").asNormalizedText().startsWith("找到"));

        input.type(KeyboardEvent.DOM_VK_ESCAPE);
        browser.waitForBackgroundJavaScript(WAIT_MS);
        assertEquals("", input.getValue(), "Esc clears the field");
        assertTrue(dropdown.hasAttribute("hidden"), "and the results");
    }

    @Test
    void theResultsPageShowsTwentyAndMoreOnRequest() throws Exception {
        HtmlPage page = resultsPage(browser, server, "AIGC");
        DomNode list = page.querySelector("[data-search-results]");
        DomElement more = page.querySelector("[data-search-more]");
        assertEquals(20, list.querySelectorAll("a").size());
        assertFalse(more.hasAttribute("hidden"), "AIGC is in far more than 20 sections");

        ((HtmlElement) more).click();
        browser.waitForBackgroundJavaScript(WAIT_MS);

        List<String> found = targets(page, list);
        assertEquals(40, found.size());
        assertEquals(found.size(), found.stream().distinct().count(), "no result twice");
    }

    @Test
    void aWordStillBeingTypedFindsTheWordsItBegins() throws Exception {
        HtmlPage page = browser.getPage(server.url("chapters/preface/index.html"));
        HtmlInput input = (HtmlInput) page.querySelector("[data-search-input]");
        input.type("midjour");
        browser.waitForBackgroundJavaScript(WAIT_MS);

        List<String> found = targets(page, page.querySelector("[data-search-dropdown]"));
        assertTrue(found.contains("chapters/ch2-industries/index.html#design-mac-baconai-midjourney"), found.toString());
    }

    @Test
    void theArrowKeysMoveThroughTheResults() throws Exception {
        HtmlPage page = browser.getPage(server.url("chapters/preface/index.html"));
        HtmlInput input = (HtmlInput) page.querySelector("[data-search-input]");
        input.type("可灵");
        browser.waitForBackgroundJavaScript(WAIT_MS);

        input.type(KeyboardEvent.DOM_VK_DOWN);
        DomElement focused = page.getFocusedElement();
        assertEquals("a", focused.getLocalName(), "ArrowDown moves to the first result");
        assertEquals(page.querySelector("[data-search-dropdown] a"), focused);
    }

    @Test
    void withoutJavaScriptTheFormLeadsToTheResultsPage() throws Exception {
        try (WebClient plain = BuiltSite.browser()) {
            plain.getOptions().setJavaScriptEnabled(false);
            HtmlPage page = plain.getPage(server.url("chapters/ch1-landscape/index.html"));
            HtmlInput input = (HtmlInput) page.querySelector("[data-search-input]");
            input.setValue("专利");
            HtmlPage results = (HtmlPage) ((HtmlInput) page.querySelector("[data-search-input]")).type('\n');
            assertTrue(results.getUrl().toString().startsWith(server.url("search/index.html?q=")), results.getUrl().toString());
            assertNotNull(results.querySelector("noscript"), "the results page says searching needs JavaScript");
        }
    }

    @Test
    void nothingOfTheIndexLoadsUntilTheReaderSearches() throws Exception {
        List<String> requested = new ArrayList<>();
        try (WebClient client = BuiltSite.browser()) {
            new org.htmlunit.util.WebConnectionWrapper(client) {
                @Override
                public org.htmlunit.WebResponse getResponse(org.htmlunit.WebRequest request) throws IOException {
                    requested.add(request.getUrl().getPath());
                    return super.getResponse(request);
                }
            };
            HtmlPage page = client.getPage(server.url("chapters/ch2-industries/index.html"));
            client.waitForBackgroundJavaScript(WAIT_MS);
            assertTrue(requested.stream().noneMatch(path -> path.contains("/search/") || path.contains("search-engine")),
                    "neither the index nor the engine before the reader searches: " + requested);
            assertTrue(requested.stream().anyMatch(path -> path.matches(".*/js/search\\.[0-9a-f]+\\.js")),
                    "only the small loader: " + requested);

            ((HtmlInput) page.querySelector("[data-search-input]")).type("逆水寒");
            client.waitForBackgroundJavaScript(WAIT_MS);
            assertTrue(requested.stream().anyMatch(path -> path.endsWith("/search/manifest.json")), requested.toString());
            assertTrue(((DomElement) page.querySelector("[data-search-dropdown]")).querySelectorAll("a").size() > 0,
                    "what was typed before the engine arrived is searched");
        }
    }

    @Test
    void aManifestCachedFromAnEarlierDeploymentIsFetchedAgain() throws Exception {
        List<String> manifests = new ArrayList<>();
        try (WebClient client = BuiltSite.browser()) {
            new org.htmlunit.util.WebConnectionWrapper(client) {
                @Override
                public org.htmlunit.WebResponse getResponse(org.htmlunit.WebRequest request) throws IOException {
                    java.net.URL url = request.getUrl();
                    org.htmlunit.WebResponse response = super.getResponse(request);
                    if (!url.getPath().endsWith("/search/manifest.json")) {
                        return response;
                    }
                    manifests.add(url.toString());
                    if (url.getQuery() != null) {
                        return response;
                    }
                    // what a browser cache may still hold: the file set of a deployment that is gone
                    String stale = response.getContentAsString().replaceAll("\"set\":\"[0-9a-f]{10}\"", "\"set\":\"0000000000\"");
                    return new org.htmlunit.StringWebResponse(stale, StandardCharsets.UTF_8, url);
                }
            };
            HtmlPage page = resultsPage(client, server, "逆水寒");

            assertTrue(targets(page, page.querySelector("[data-search-results]"))
                    .contains("chapters/ch2-industries/index.html#gaming-nishuihan"));
            assertEquals(2, manifests.size(), manifests.toString());
            assertTrue(manifests.get(1).contains("manifest.json?"), "the second time past the cache: " + manifests);
        }
    }

    @Test
    void markupInTheTextOfASectionIsShownAsText(@TempDir Path copy) throws Exception {
        // The report has no section about HTML, so one section of a copy of the site gets some "<b>" in its text.
        Path site = BuiltSite.directory();
        copyTree(site, copy);
        ObjectMapper json = new ObjectMapper();
        JsonNode manifest = json.readTree(copy.resolve("search/manifest.json").toFile());
        Path groupFile = null;
        JsonNode group = null;
        ObjectNode chunk = null;
        for (String name : groupNames(manifest)) {
            JsonNode texts = json.readTree(copy.resolve("search").resolve(name).toFile());
            for (JsonNode candidate : texts) {
                if ("gaming-nishuihan".equals(candidate.get("a").asText())) {
                    groupFile = copy.resolve("search").resolve(name);
                    group = texts;
                    chunk = (ObjectNode) candidate;
                }
            }
        }
        assertNotNull(chunk, "the section is in the index");
        chunk.put("x", "<b>逆水寒</b> <img src=x onerror=alert(1)> " + chunk.get("x").asText());
        json.writeValue(groupFile.toFile(), group);

        try (SiteServer tampered = new SiteServer(copy); WebClient client = BuiltSite.browser()) {
            List<String> alerts = new ArrayList<>();
            client.setAlertHandler((p, message) -> alerts.add(message));
            HtmlPage page = resultsPage(client, tampered, "逆水寒");
            DomNode snippet = page.querySelector("[data-search-results] .search-hit-snippet");
            assertNotNull(snippet);
            assertTrue(snippet.asNormalizedText().startsWith("<b>逆水寒</b>"), snippet.asNormalizedText());
            assertEquals(0, snippet.querySelectorAll("b, img").size(), "no element came from the text");
            assertEquals(List.of(), alerts);
        }
    }

    @Test
    void theBrowserTokenisesExactlyLikeTheBuild() throws Exception {
        JsonNode vectors = new ObjectMapper().readTree(
                Path.of("../plugin/src/test/resources/search/tokenizer-vectors.json").toFile());
        HtmlPage page = browser.getPage(server.url("chapters/preface/index.html"));
        ((HtmlInput) page.querySelector("[data-search-input]")).focus(); // loads the engine
        browser.waitForBackgroundJavaScript(WAIT_MS);
        ObjectMapper json = new ObjectMapper();
        for (JsonNode vector : vectors.get("tokens")) {
            String input = json.writeValueAsString(vector.get("input").asText());
            assertEquals(vector.get("index"), json.readTree(page.executeJavaScript(
                    "JSON.stringify(MicrositeSearch.indexTokens(" + input + "))").getJavaScriptResult().toString()),
                    "index tokens of " + input + ": " + vector.get("why").asText());
            assertEquals(vector.get("query"), json.readTree(page.executeJavaScript(
                    "JSON.stringify(MicrositeSearch.queryTerms(" + input + "))").getJavaScriptResult().toString()),
                    "query terms of " + input);
        }
        for (JsonNode vector : vectors.get("buckets")) {
            Object bucket = page.executeJavaScript("MicrositeSearch.bucketOf(" + json.writeValueAsString(
                    vector.get("token").asText()) + ", " + vector.get("buckets").asInt() + ")").getJavaScriptResult();
            assertEquals(vector.get("bucket").asInt(), ((Number) bucket).intValue(), vector.toString());
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
