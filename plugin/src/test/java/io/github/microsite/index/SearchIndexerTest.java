package io.github.microsite.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.microsite.publish.SiteFile;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchIndexerTest {

    private static SiteFile page(String path, String main) {
        return SiteFile.generated(path, ("<!DOCTYPE html><html><body><main>" + main + "</main></body></html>")
                .getBytes(StandardCharsets.UTF_8));
    }

    private static List<SiteFile> site(String extra) {
        return List.of(
                page("index.html", "<h1>首页</h1><p>智绘未来</p>"),
                page("chapters/a/index.html", "<h1>第一章</h1><h2 id=\"jd\">京东云言犀</h2><p>数字人直播与智能客服" + extra
                        + "</p><h2 id=\"other\">别的</h2><p>客服 DeepSeek-R1 GPT-4o</p>"),
                page("chapters/b/index.html", "<h1>第二章</h1><p>人工智能+ 行动</p>"),
                SiteFile.generated("assets/css/site.css", "main{}".getBytes(StandardCharsets.UTF_8)));
    }

    private static Map<String, byte[]> byPath(List<SiteFile> files) {
        Map<String, byte[]> map = new TreeMap<>();
        files.forEach(file -> map.put(file.path(), file.content().orElseThrow()));
        return map;
    }

    private static JsonNode json(Map<String, byte[]> files, String path) throws Exception {
        return new ObjectMapper().readTree(files.get(path));
    }

    @Test
    void theSameSiteGivesTheSameIndexWhateverTheOrderOfItsFiles() {
        List<SiteFile> shuffled = new ArrayList<>(site(""));
        Collections.reverse(shuffled);

        Map<String, byte[]> first = byPath(new SearchIndexer().index(site("")));
        Map<String, byte[]> second = byPath(new SearchIndexer().index(shuffled));

        assertEquals(first.keySet(), second.keySet());
        first.forEach((path, bytes) -> assertArrayEquals(bytes, second.get(path), path));
    }

    @Test
    void everyFileButTheManifestIsNamedByItsContent() throws Exception {
        Map<String, byte[]> before = byPath(new SearchIndexer().index(site("")));
        Map<String, byte[]> after = byPath(new SearchIndexer().index(site("，全天候")));

        assertTrue(before.containsKey(SearchIndexer.MANIFEST));
        List<String> changed = after.keySet().stream().filter(path -> !before.containsKey(path)).toList();
        assertTrue(changed.stream().anyMatch(path -> path.startsWith("search/c-")), "the changed section's chunk: " + changed);
        assertTrue(changed.stream().anyMatch(path -> path.startsWith("search/s-")), "a shard holding 全天候: " + changed);
        assertNotEquals(new String(before.get(SearchIndexer.MANIFEST)), new String(after.get(SearchIndexer.MANIFEST)));
        for (String path : after.keySet()) {
            if (before.containsKey(path) && !path.equals(SearchIndexer.MANIFEST)) {
                assertArrayEquals(before.get(path), after.get(path), path + " kept its name, so its content too");
            }
        }
    }

    @Test
    void theManifestFindsTheShardOfEveryTokenAndTheChunkOfEverySection() throws Exception {
        Map<String, byte[]> files = byPath(new SearchIndexer().index(site("")));
        JsonNode manifest = json(files, SearchIndexer.MANIFEST);
        int buckets = manifest.get("buckets").asInt();

        JsonNode hanShard = json(files, "search/" + manifest.get("shards").get("h" + SearchIndexer.bucket("言犀", buckets)).asText());
        JsonNode postings = hanShard.get("言犀");
        assertEquals(2, postings.size(), "one section: doc gap and score");
        JsonNode chunk = json(files, "search/c-" + manifest.get("chunks").asText() + "-" + postings.get(0).asInt() + ".json");
        assertEquals("chapters/a/index.html", chunk.get("u").asText());
        assertEquals("jd", chunk.get("a").asText());
        assertEquals("京东云言犀", chunk.get("h").asText());

        JsonNode wordShard = json(files, "search/" + manifest.get("shards").get("w").asText());
        assertTrue(wordShard.has("deepseek-r1") && wordShard.has("deepseek") && wordShard.has("gpt-4o"),
                "a small site keeps all words in one shard: " + wordShard);
        JsonNode plus = json(files, "search/" + manifest.get("shards").get("h" + SearchIndexer.bucket("能+", buckets)).asText());
        assertTrue(plus.has("能+"), "人工智能+ is searchable as such");
    }

    @Test
    void aHeadingOutweighsTheSameWordInText() {
        List<IndexedSection> sections = List.of(
                new IndexedSection("a.html", "x", "页", "客服", List.of(), "别的文字 别的文字"),
                new IndexedSection("a.html", "y", "页", "别的", List.of(), "客服 别的文字"));

        Map<Integer, Integer> scores = SearchIndexer.scores(sections).get("客服");

        assertTrue(scores.get(0) > scores.get(1), scores.toString());
    }

    @Test
    void largeWordShardsSplitByPrefix() {
        Map<String, Map<Integer, Integer>> postings = new TreeMap<>();
        for (int i = 0; i < 3000; i++) {
            postings.put((i % 2 == 0 ? "alpha" : "beta") + i, Map.of(i, 100));
        }
        postings.put("a", Map.of(1, 100));

        Map<String, Map<String, List<Integer>>> shards = SearchIndexer.shards(postings, 1);

        assertTrue(shards.keySet().stream().filter(key -> key.startsWith("w")).count() > 2, shards.keySet().toString());
        shards.forEach((key, shard) -> shard.keySet().forEach(token -> {
            if (key.startsWith("w")) {
                assertTrue(token.startsWith(key.substring(1)), token + " in shard " + key);
            }
        }));
        assertTrue(shards.get("wa").containsKey("a"), "a word as long as its shard's prefix stays in that shard");
    }
}
