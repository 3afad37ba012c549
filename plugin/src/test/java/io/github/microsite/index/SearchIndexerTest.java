package io.github.microsite.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.microsite.publish.SiteFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
    void everyFileButTheManifestIsNamedByOneHashOfThemAll() throws Exception {
        Map<String, byte[]> before = byPath(new SearchIndexer().index(site("")));
        Map<String, byte[]> after = byPath(new SearchIndexer().index(site("，全天候")));

        String set = json(before, SearchIndexer.MANIFEST).get("set").asText();
        assertTrue(set.matches("[0-9a-f]{10}"), set);
        before.keySet().stream().filter(path -> !path.equals(SearchIndexer.MANIFEST))
                .forEach(path -> assertTrue(path.startsWith("search/c-" + set + "-") || path.startsWith("search/s-" + set + "-"), path));
        assertNotEquals(set, json(after, SearchIndexer.MANIFEST).get("set").asText(), "one changed section renames the set");
        for (String path : after.keySet()) {
            assertTrue(path.equals(SearchIndexer.MANIFEST) || !before.containsKey(path), path + " kept its name, not its content");
        }
    }

    @Test
    void theManifestFindsTheShardOfEveryTokenAndTheChunkOfEverySection() throws Exception {
        Map<String, byte[]> files = byPath(new SearchIndexer().index(site("")));
        JsonNode manifest = json(files, SearchIndexer.MANIFEST);
        assertEquals(4, manifest.get("v").asInt());
        String set = manifest.get("set").asText();
        int buckets = manifest.get("buckets").asInt();

        JsonNode hanShard = json(files, "search/" + SearchIndexer.shardName(set, "h" + SearchIndexer.bucket("言犀", buckets)));
        JsonNode postings = hanShard.get("言犀");
        assertEquals(2, postings.size(), "one section: doc gap and score");
        int doc = postings.get(0).asInt();
        int group = manifest.get("group").asInt();
        JsonNode chunk = json(files, "search/" + SearchIndexer.groupName(set, doc / group)).get(doc % group);
        assertEquals("chapters/a/index.html", chunk.get("u").asText());
        assertEquals("jd", chunk.get("a").asText());
        assertEquals("京东云言犀", chunk.get("h").asText());
        assertEquals(5, manifest.get("sections").asInt(), "a lead per page and the two sections of chapter a: " + manifest);

        assertEquals("[\"\"]", manifest.get("words").toString(), "a small site keeps all words in one shard");
        JsonNode wordShard = json(files, "search/" + SearchIndexer.shardName(set, "w0"));
        assertTrue(wordShard.has("deepseek-r1") && wordShard.has("deepseek") && wordShard.has("gpt-4o"), wordShard.toString());
        JsonNode plus = json(files, "search/" + SearchIndexer.shardName(set, "h" + SearchIndexer.bucket("能+", buckets)));
        assertTrue(plus.has("能+"), "人工智能+ is searchable as such");
        for (int b = 0; b < buckets; b++) {
            assertTrue(files.containsKey("search/" + SearchIndexer.shardName(set, "h" + b)), "bucket " + b + " has a file, empty or not");
        }
    }

    /** Sections with their number in the anchor and the text, to find each one's place in the groups. */
    private static List<IndexedSection> numbered(int count) {
        List<IndexedSection> sections = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sections.add(new IndexedSection("p" + i + ".html", "s" + i, "第" + i + "页", "节", List.of(), "正文 n" + i));
        }
        return sections;
    }

    @ParameterizedTest(name = "{0} sections in groups of {1}")
    @CsvSource({"1, 4", "3, 4", "4, 4", "5, 4", "9, 4", "17, 8", "7, 1"})
    void sectionTextsArePackedInSectionOrderIntoGroupsOfTheManifestsSize(int count, int size) throws Exception {
        List<IndexedSection> sections = numbered(count);

        Map<String, byte[]> files = byPath(new SearchIndexer(ShardLimits.DEFAULT, size).write(sections));

        JsonNode manifest = json(files, SearchIndexer.MANIFEST);
        assertEquals(size, manifest.get("group").asInt());
        assertEquals(count, manifest.get("sections").asInt());
        String set = manifest.get("set").asText();
        int groups = (count + size - 1) / size;
        assertEquals(groups, files.keySet().stream().filter(path -> path.startsWith("search/c-")).count(),
                "one file per " + size + " sections, the last holding the rest");
        for (int g = 0; g < groups; g++) {
            JsonNode group = json(files, "search/" + SearchIndexer.groupName(set, g));
            assertEquals(Math.min(size, count - g * size), group.size(), "group " + g);
        }
        for (int doc = 0; doc < count; doc++) {
            JsonNode chunk = json(files, "search/" + SearchIndexer.groupName(set, doc / size)).get(doc % size);
            assertEquals("s" + doc, chunk.get("a").asText(), "section " + doc);
            assertEquals("正文 n" + doc, chunk.get("x").asText(), "section " + doc);
        }
    }

    @Test
    void aGroupIsTheJsonArrayOfItsSectionsTexts() throws Exception {
        List<IndexedSection> sections = numbered(6);
        Map<String, byte[]> grouped = byPath(new SearchIndexer(ShardLimits.DEFAULT, 4).write(sections));
        Map<String, byte[]> single = byPath(new SearchIndexer(ShardLimits.DEFAULT, 1).write(sections));
        String groupedSet = json(grouped, SearchIndexer.MANIFEST).get("set").asText();
        String singleSet = json(single, SearchIndexer.MANIFEST).get("set").asText();

        ObjectMapper mapper = new ObjectMapper();
        List<Object> texts = new ArrayList<>();
        for (int doc = 0; doc < 4; doc++) {
            texts.add(mapper.readValue(single.get("search/" + SearchIndexer.groupName(singleSet, doc)), List.class).get(0));
        }
        assertArrayEquals(mapper.writeValueAsBytes(texts), grouped.get("search/" + SearchIndexer.groupName(groupedSet, 0)),
                "compact JSON, keys in the order of format 3's chunks");
        assertNotEquals(groupedSet, singleSet, "the set hashes the bytes published");
    }

    @Test
    void aHeadingOutweighsTheSameWordInText() {
        List<IndexedSection> sections = List.of(
                new IndexedSection("a.html", "x", "页", "客服", List.of(), "别的文字 别的文字"),
                new IndexedSection("a.html", "y", "页", "别的", List.of(), "客服 别的文字"));

        Map<Integer, Integer> scores = SearchIndexer.scores(sections, "客服");

        assertTrue(scores.get(0) > scores.get(1), scores.toString());
    }
}
