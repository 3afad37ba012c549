package io.github.microsite.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.github.microsite.publish.SiteFile;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The browser's engine (search-engine.js in HtmlUnit) on an index whose common tokens are split (small limits on 901
 * sections of repetitive prose): it must rank exactly as the full postings would, reading only some of the blocks.
 */
class SplitPostingsClientTest {

    private static final String[] PHRASES = {"生成式人工智能", "行业大模型", "智能客服", "数字人主播", "代码助手",
            "医疗影像系统", "营销内容平台", "金融风控模型", "游戏美术工具", "中小企业"};
    private static final String[] MIDDLES = {"显著提升了", "逐步改变了", "重新组织了", "大幅降低了", "持续扩展了"};
    private static final String[] ENDS = {"内容生产的效率", "服务响应的速度", "研发流程的成本", "用户体验的质量"};
    /** Small enough that every common token is split into a head and many blocks. */
    private static final ShardLimits SMALL = new ShardLimits(2_000, 600, 200, 500, 16_000);

    private static List<IndexedSection> sections;
    private static Map<String, byte[]> files;
    private static final Map<String, Integer> requests = new ConcurrentHashMap<>();
    private static HttpServer server;
    private static WebClient browser;
    private static HtmlPage page;
    /** Serve a format-2 manifest where no query string asks past the cache, as a browser cache may hold one. */
    private static volatile boolean oldManifest;

    @BeforeAll
    static void serve() throws IOException {
        sections = new ArrayList<>();
        Random random = new Random(9);
        for (int i = 0; i < 901; i++) { // 901: the texts' last group is shorter than the others
            StringBuilder body = new StringBuilder();
            for (int s = random.nextInt(4); s >= 0; s--) {
                body.append(PHRASES[random.nextInt(PHRASES.length)]).append(MIDDLES[random.nextInt(MIDDLES.length)])
                        .append(ENDS[random.nextInt(ENDS.length)]).append("。");
            }
            if (i % 300 == 5) {
                body.append("逆水寒在此。");
            }
            // 甲 and 乙: common (split), and sections that score high for one and low for the other
            body.append(i % 2 == 0 ? "甲。" : "").append(i % 3 == 0 ? "乙。" : "");
            String heading = i % 4 == 0 ? "" : ENDS[i % ENDS.length];
            if (i >= 100 && i < 110 || i >= 200 && i < 210 || i >= 300 && i < 340) {
                heading = "";
                body.setLength(0);
                body.append(i < 200 ? "甲。乙，乙。" : i < 300 ? "甲，".repeat(12) + "乙。" : "乙，乙。");
            }
            body.append(" k").append(i).append(" k1").append(i); // words of its own: word shards split by prefix
            sections.add(new IndexedSection("p" + i / 4 + ".html", i % 4 == 0 ? "" : "s" + i, "第" + i / 4 + "页",
                    heading, List.of(), body.toString()));
        }
        files = new HashMap<>();
        for (SiteFile file : new SearchIndexer(SMALL).write(sections)) {
            files.put("/" + file.path(), file.content().orElseThrow());
        }
        try (InputStream engine = SplitPostingsClientTest.class
                .getResourceAsStream("/io/github/microsite/theme/assets/js/search-engine.js")) {
            assertNotNull(engine, "the theme's engine is on the test class path");
            files.put("/engine.js", engine.readAllBytes());
        }
        files.put("/index.html", "<!DOCTYPE html><html><head><script src=\"engine.js\"></script></head><body></body></html>"
                .getBytes(StandardCharsets.UTF_8));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] body = files.get(path);
            if (path.endsWith("/manifest.json") && exchange.getRequestURI().getQuery() == null && oldManifest) {
                body = "{\"v\":2,\"buckets\":1,\"shards\":{\"h0\":\"s-0a1b2c3d4e.json\"},\"chunks\":\"0a1b2c3d4e\"}"
                        .getBytes(StandardCharsets.UTF_8);
            }
            requests.merge(path, 1, Integer::sum);
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.getResponseHeaders().set("Content-Type", path.endsWith(".js") ? "text/javascript"
                        : path.endsWith(".html") ? "text/html; charset=utf-8" : "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
            exchange.close();
        });
        server.start();
        browser = new WebClient(BrowserVersion.FIREFOX);
        page = browser.getPage("http://127.0.0.1:" + server.getAddress().getPort() + "/index.html");
    }

    @AfterAll
    static void close() {
        browser.close();
        server.stop(0);
    }

    /** The engine's answer: hits' sections and scores, the total and whether it is a floor. */
    private static JsonNode search(String query, int limit) throws IOException {
        return search(query, limit, "search");
    }

    private static JsonNode search(String query, int limit, String method) throws IOException {
        requests.clear();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/search/manifest.json";
        page.executeJavaScript("window.answer = null; new MicrositeSearch.Index('" + url + "')." + method + "("
                + new ObjectMapper().writeValueAsString(query) + ", " + limit + ", function (e, r) {"
                + " window.answer = e ? 'error ' + e : JSON.stringify({docs: r.hits.map(function (h) { return h.doc; }),"
                + " scores: r.hits.map(function (h) { return h.score; }),"
                + " texts: r.hits.map(function (h) { return h.chunk.x; }), total: r.total, partial: !!r.partial}); });");
        browser.waitForBackgroundJavaScript(10_000);
        Object answer = page.executeJavaScript("window.answer").getJavaScriptResult();
        assertNotNull(answer, "the engine answered " + query);
        assertFalse(answer.toString().startsWith("error"), answer.toString());
        return new ObjectMapper().readTree(answer.toString());
    }

    /** Every section holding all the terms, best first, that the client's text check keeps (FORMAT.md). */
    private static List<int[]> fullRanking(String query) {
        Map<Integer, Integer> sum = null;
        for (String term : Tokenizer.queryTerms(query)) {
            Map<Integer, Integer> scores = SearchIndexer.scores(sections, term);
            Map<Integer, Integer> next = new HashMap<>();
            for (Map.Entry<Integer, Integer> e : scores.entrySet()) {
                if (sum == null || sum.containsKey(e.getKey())) {
                    next.put(e.getKey(), (sum == null ? 0 : sum.get(e.getKey())) + e.getValue());
                }
            }
            sum = next;
        }
        List<String> fragments = Tokenizer.pieces(Tokenizer.normalize(query)).stream()
                .filter(Tokenizer.Piece::cjk).map(piece -> piece.text() + piece.plus()).toList();
        boolean confirm = fragments.stream().anyMatch(f -> f.codePointCount(0, f.length()) > 2);
        List<int[]> ranking = new ArrayList<>();
        sum.forEach((doc, score) -> {
            IndexedSection s = sections.get(doc);
            String text = Tokenizer.normalize(String.join(" ", s.isLead() ? s.pageTitle() : "", s.heading(),
                    String.join(" ", s.parents()), s.body()));
            if (!confirm || fragments.stream().allMatch(text::contains)) {
                ranking.add(new int[] {doc, score});
            }
        });
        ranking.sort(Comparator.<int[]>comparingInt(r -> -r[1]).thenComparingInt(r -> r[0]));
        return ranking;
    }

    private static boolean isSplit(String token) throws IOException {
        JsonNode manifest = new ObjectMapper().readTree(files.get("/search/manifest.json"));
        String shard = "/search/" + SearchIndexer.shardName(manifest.get("set").asText(),
                "h" + SearchIndexer.bucket(token, manifest.get("buckets").asInt()));
        return new ObjectMapper().readTree(files.get(shard)).get(token).isObject();
    }

    private static long blocksRequested() {
        return requests.keySet().stream().filter(path -> path.matches(".*/s-[0-9a-f]+-x\\d+\\.json")).count();
    }

    private static long blocksWritten() {
        return files.keySet().stream().filter(path -> path.matches(".*/s-[0-9a-f]+-x\\d+\\.json")).count();
    }

    @ParameterizedTest(name = "{0}, first {1}")
    @CsvSource({"智能, 8", "智能, 20", "人工智能, 8", "人工智能, 20", "智能客服, 8", "数字人主播 的效率, 20",
            "中小企业 成本, 8", "逆水寒 智能, 8", "甲 乙, 8", "甲 乙, 20", "甲 逆水寒, 8", "模型 质量 提升, 20", "的, 20", "代码助手大幅降低了, 8"})
    void theEngineRanksAsTheFullPostingsWould(String query, int limit) throws IOException {
        List<int[]> full = fullRanking(query);
        JsonNode answer = search(query, limit);

        List<Integer> expectedDocs = full.stream().limit(limit).map(r -> r[0]).toList();
        List<Integer> expectedScores = full.stream().limit(limit).map(r -> r[1]).toList();
        List<Integer> docs = new ArrayList<>();
        List<Integer> scores = new ArrayList<>();
        answer.get("docs").forEach(d -> docs.add(d.asInt()));
        answer.get("scores").forEach(s -> scores.add(s.asInt()));
        assertEquals(expectedScores, scores, query + ": the scores of the first " + limit);
        assertEquals(expectedDocs, docs, query + ": the sections, ties by section number");
        if (!answer.get("partial").asBoolean()) {
            assertTrue(answer.get("total").asInt() >= docs.size());
        } else {
            assertEquals(limit, docs.size(), "a floor only when the first screen is full");
        }
        assertTrue(blocksRequested() < blocksWritten(), query + " read " + blocksRequested() + " of " + blocksWritten());
    }

    @org.junit.jupiter.api.Test
    void aRareTermWithACommonOneReadsOnlyTheBlocksCoveringItsSections() throws IOException {
        assertTrue(isSplit("智能"), "智能 is split at these limits");

        int rare = SearchIndexer.scores(sections, "逆水").size();
        JsonNode answer = search("逆水寒 智能", 8);

        assertEquals(fullRanking("逆水寒 智能").size(), answer.get("docs").size(), answer.toString());
        assertTrue(answer.get("docs").size() > 1, answer.toString());
        assertFalse(answer.get("partial").asBoolean(), "all it could match is read: an exact count");
        assertEquals(answer.get("docs").size(), answer.get("total").asInt());
        assertTrue(blocksRequested() <= rare, "at most one block of 智能 per section of 逆水: " + requests.keySet());
    }

    @org.junit.jupiter.api.Test
    void oneSplitTokenCountsItsSectionsWithoutReadingThem() throws IOException {
        JsonNode answer = search("智能", 8);

        assertEquals(SearchIndexer.scores(sections, "智能").size(), answer.get("total").asInt());
        assertFalse(answer.get("partial").asBoolean());
        assertEquals(0, blocksRequested(), "its head settles the first 8: " + requests.keySet());
    }

    private static long wordShardsRequested() {
        return requests.keySet().stream().filter(path -> path.matches(".*/s-[0-9a-f]+-w\\d+\\.json")).count();
    }

    @org.junit.jupiter.api.Test
    void aWordBeingTypedIsCompleted() throws IOException {
        JsonNode answer = search("k89", 20);

        List<Integer> docs = new ArrayList<>();
        answer.get("docs").forEach(d -> docs.add(d.asInt()));
        assertTrue(docs.contains(89) && docs.contains(895), "k89 itself and k895 completed: " + docs);
    }

    @org.junit.jupiter.api.Test
    void aShortPrefixReadsOnlyItsOwnShardWhenItBeginsMany() throws IOException {
        JsonNode answer = search("k1", 8);

        assertEquals(1, wordShardsRequested(), "k1 begins k1…, k10…, k100…: " + requests.keySet());
        assertTrue(answer.get("docs").size() > 0, "k1 itself is found: " + answer);
    }

    private static List<String> groupsRequested() {
        return requests.keySet().stream().filter(path -> path.matches(".*/c-[0-9a-f]+-\\d+\\.json")).sorted().toList();
    }

    /** 901 sections in groups of the manifest's size: one in the middle of a group, at its end, first of the next, last. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"middle", "end", "first", "last"})
    void aHitShowsTheTextOfItsOwnSectionWhereverItSitsInItsGroup(String where) throws IOException {
        JsonNode manifest = new ObjectMapper().readTree(files.get("/search/manifest.json"));
        int group = manifest.get("group").asInt();
        int doc = switch (where) {
            case "middle" -> 50 * group + group / 2;
            case "end" -> 51 * group - 1;
            case "first" -> 51 * group;
            default -> sections.size() - 1;
        };
        if (where.equals("last")) {
            assertTrue(sections.size() % group != 0, "the last group is shorter than the others");
        }
        JsonNode answer = search("k1" + doc + " ", 8); // a word of that section alone; the space: not a prefix

        assertEquals("[" + doc + "]", answer.get("docs").toString(), "k1" + doc);
        assertTrue(answer.get("texts").get(0).asText().endsWith(" k" + doc + " k1" + doc), answer.get("texts").toString());
        assertEquals(List.of("/search/" + SearchIndexer.groupName(manifest.get("set").asText(), doc / group)),
                groupsRequested(), "its group's file only");
    }

    @org.junit.jupiter.api.Test
    void hitsInOneGroupCostOneRequest() throws IOException {
        JsonNode answer = search("k89", 20); // k89 and k890 to k899: sections 89 and 890–899

        List<Integer> docs = new ArrayList<>();
        answer.get("docs").forEach(d -> docs.add(d.asInt()));
        for (int i = 0; i < docs.size(); i++) {
            assertTrue(answer.get("texts").get(i).asText().contains(" k" + docs.get(i) + " "), docs.get(i) + ": " + answer);
        }
        int group = new ObjectMapper().readTree(files.get("/search/manifest.json")).get("group").asInt();
        long groups = docs.stream().map(doc -> doc / group).distinct().count();
        assertTrue(groups < docs.size(), "some hits share a group: " + docs);
        assertEquals(groups, groupsRequested().size(), "one request per group: " + groupsRequested());
        groupsRequested().forEach(path -> assertEquals(1, requests.get(path), path));
    }

    @org.junit.jupiter.api.Test
    void aCachedManifestOfTheOldFormatIsFetchedAgain() throws IOException {
        oldManifest = true;
        try {
            JsonNode answer = search("k89", 8, "searchFresh"); // a word: format 2's manifest has no word keys

            assertEquals(8, answer.get("docs").size(), answer.toString());
            assertTrue(requests.keySet().stream().anyMatch(path -> path.endsWith("/manifest.json")), requests.keySet().toString());
        } finally {
            oldManifest = false;
        }
    }
}
