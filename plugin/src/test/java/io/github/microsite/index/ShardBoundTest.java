package io.github.microsite.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.microsite.publish.SiteFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15: no file the client fetches grows with the site, however common a token is. 50,000 sections (what 10,000
 * pages make), two in five hold 的确: format 2 put its postings in one shard of 31 KB gzipped.
 */
class ShardBoundTest {

    private static final int SECTIONS = 50_000;
    private static List<IndexedSection> sections;
    private static Map<String, byte[]> files;
    private static JsonNode manifest;

    @BeforeAll
    static void build() throws IOException {
        sections = new ArrayList<>();
        Random random = new Random(15);
        for (int i = 0; i < SECTIONS; i++) {
            // 的确 in two sections of five, among a random number of other characters, so that its scores vary as in
            // prose (a token in every section scores the same everywhere, and a list of equal scores gzips to little);
            // and a word of its own in each section
            StringBuilder text = new StringBuilder(random.nextInt(5) < 2 ? "的确" : "");
            for (int n = random.nextInt(30); n > 0; n--) {
                text.appendCodePoint(0x4E00 + random.nextInt(100));
            }
            sections.add(new IndexedSection("p" + i / 5 + ".html", "s" + i, "页", "", List.of(), text + " n" + i));
        }
        files = new TreeMap<>();
        new SearchIndexer().write(sections).forEach(file -> files.put(file.path(), file.content().orElseThrow()));
        manifest = json(SearchIndexer.MANIFEST);
    }

    @Test
    void noFileButASectionsTextOutgrowsTheBound() throws IOException {
        Map<String, Integer> overGzipped = new TreeMap<>();
        Map<String, Integer> overRaw = new TreeMap<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (file.getKey().startsWith(SearchIndexer.FOLDER + "c-")) {
                continue; // a group of sections' texts: it grows with those sections, not with the site
            }
            if (gzipped(file.getValue()) > SearchIndexer.MAX_FILE_GZIP_BYTES) {
                overGzipped.put(file.getKey(), gzipped(file.getValue()));
            }
            if (file.getValue().length > SearchIndexer.MAX_FILE_GZIP_BYTES) {
                overRaw.put(file.getKey(), file.getValue().length);
            }
        }
        assertEquals(Map.of(), overGzipped, "files over the bound, gzipped");
        assertEquals(Map.of(), overRaw, "files that a weaker gzip level could leave over the bound");
        int groups = (SECTIONS + SearchIndexer.GROUP - 1) / SearchIndexer.GROUP;
        assertEquals(groups, files.keySet().stream().filter(path -> path.startsWith(SearchIndexer.FOLDER + "c-")).count());
        assertTrue(files.size() > groups + 10, files.size() + " files");
    }

    @Test
    void aSplitTokenKeepsEverySectionOnceWithItsScore() throws IOException {
        String set = manifest.get("set").asText();
        JsonNode shard = json(SearchIndexer.FOLDER + SearchIndexer.shardName(set,
                "h" + SearchIndexer.bucket("的确", manifest.get("buckets").asInt())));
        JsonNode entry = shard.get("的确");
        assertTrue(entry.isObject(), "split: a head and blocks");
        assertTrue(entry.get("n").asInt() > SECTIONS / 3, entry.get("n") + " sections");

        Map<Integer, Integer> found = new TreeMap<>();
        Map<Integer, Integer> head = decode(entry.get("p"));
        int best = entry.get("m").asInt();
        head.values().forEach(score -> assertTrue(score >= best, "the head holds the best scores: " + score + " < " + best));
        found.putAll(head);
        JsonNode starts = entry.get("d");
        for (int b = 0; b < starts.size(); b++) {
            Map<Integer, Integer> block = decode(json(SearchIndexer.FOLDER
                    + SearchIndexer.shardName(set, "x" + (entry.get("x").asInt() + b))));
            int from = starts.get(b).asInt();
            int to = b + 1 < starts.size() ? starts.get(b + 1).asInt() : Integer.MAX_VALUE;
            for (Map.Entry<Integer, Integer> posting : block.entrySet()) {
                assertTrue(posting.getKey() >= from && posting.getKey() < to, "block " + b + " holds its range only");
                assertTrue(posting.getValue() <= best, "no score in a block above m");
                assertEquals(null, found.put(posting.getKey(), posting.getValue()), "section " + posting.getKey() + " twice");
            }
        }
        assertEquals(SearchIndexer.scores(sections, "的确"), found);
    }

    private static Map<Integer, Integer> decode(JsonNode list) {
        Map<Integer, Integer> out = new TreeMap<>();
        int doc = 0;
        for (int i = 0; i + 1 < list.size(); i += 2) {
            doc += list.get(i).asInt();
            out.put(doc, list.get(i + 1).asInt());
        }
        return out;
    }

    private static JsonNode json(String path) throws IOException {
        assertTrue(files.containsKey(path), path + " is written");
        return new ObjectMapper().readTree(files.get(path));
    }

    private static int gzipped(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.size();
    }
}
