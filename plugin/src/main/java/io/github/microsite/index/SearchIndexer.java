package io.github.microsite.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.microsite.publish.SiteFile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the search index of the composed pages: a small manifest, token shards and one text chunk per section, under
 * {@code search/}, every file but the manifest named by a hash of its content, the chunks by one hash of them all (FORMAT.md in this package).
 */
public final class SearchIndexer {

    public static final String FOLDER = "search/";
    public static final String MANIFEST = FOLDER + "manifest.json";

    /** Weights of where a token occurs: a heading says what a section is about more than a word of its text. */
    static final int HEADING_WEIGHT = 4;
    static final int TITLE_WEIGHT = 3;
    static final int BODY_WEIGHT = 1;
    private static final double K1 = 1.2;
    private static final double B = 0.75;
    /** Scores travel as integers: hundredths keep the order and cost fewer bytes than floats. */
    private static final double SCORE_SCALE = 100;
    /** Aim for shards of about this many bytes before gzip: small enough per query, few enough files. */
    static final int SHARD_TARGET_BYTES = 8_000;

    private final ObjectMapper json = new ObjectMapper();
    private final SectionReader reader = new SectionReader();

    /** @param files the baked site; its generated HTML pages are read, in path order */
    public List<SiteFile> index(List<SiteFile> files) {
        List<IndexedSection> sections = new ArrayList<>();
        files.stream()
                .filter(file -> file.content().isPresent() && file.path().endsWith(".html"))
                .sorted(Comparator.comparing(SiteFile::path))
                .forEach(file -> reader.read(file.path(), new String(file.content().get(), StandardCharsets.UTF_8))
                        .ifPresent(sections::addAll));
        return write(sections);
    }

    List<SiteFile> write(List<IndexedSection> sections) {
        List<SiteFile> out = new ArrayList<>();
        // Chunks are named by their number and one hash of them all, not each by its own hash: the manifest then
        // names them in 20 bytes instead of 16 per section (1 MB for the 50,000 sections of 10,000 pages).
        List<byte[]> chunks = new ArrayList<>();
        MessageDigest allChunks = sha256();
        for (IndexedSection section : sections) {
            byte[] chunk = bytes(chunk(section));
            chunks.add(chunk);
            allChunks.update(chunk);
            allChunks.update((byte) '\n');
        }
        String chunkSet = HexFormat.of().formatHex(allChunks.digest(), 0, 5);
        for (int doc = 0; doc < chunks.size(); doc++) {
            out.add(SiteFile.generated(FOLDER + chunkName(chunkSet, doc), chunks.get(doc)));
        }
        Map<String, Map<Integer, Integer>> postings = scores(sections);
        Map<String, Object> shardNames = new TreeMap<>();
        int buckets = bucketCount(postings);
        shards(postings, buckets).forEach((key, shard) -> {
            byte[] bytes = bytes(shard);
            String name = hashed("s", bytes);
            shardNames.put(key, name);
            out.add(SiteFile.generated(FOLDER + name, bytes));
        });
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("v", 2);
        manifest.put("buckets", buckets);
        manifest.put("shards", shardNames);
        manifest.put("chunks", chunkSet);
        manifest.put("sections", chunks.size());
        out.add(SiteFile.generated(MANIFEST, bytes(manifest)));
        out.sort(Comparator.comparing(SiteFile::path));
        return List.copyOf(out);
    }

    /** What the client shows for a result and checks a hit against. */
    private static Map<String, Object> chunk(IndexedSection section) {
        Map<String, Object> chunk = new LinkedHashMap<>();
        chunk.put("u", section.page());
        chunk.put("a", section.anchor());
        chunk.put("t", section.pageTitle());
        chunk.put("h", section.heading());
        if (!section.parents().isEmpty()) {
            chunk.put("p", section.parents());
        }
        chunk.put("x", section.body());
        return chunk;
    }

    /** BM25 of every token in every section (doc = position in {@code sections}), the weights as term frequency. */
    static Map<String, Map<Integer, Integer>> scores(List<IndexedSection> sections) {
        List<Map<String, Integer>> frequencies = new ArrayList<>();
        Map<String, Integer> documentFrequency = new HashMap<>();
        double totalLength = 0;
        int[] lengths = new int[sections.size()];
        for (int doc = 0; doc < sections.size(); doc++) {
            IndexedSection section = sections.get(doc);
            Map<String, Integer> tf = new HashMap<>();
            add(tf, section.heading(), HEADING_WEIGHT);
            if (section.isLead()) {
                add(tf, section.pageTitle(), TITLE_WEIGHT);
            }
            add(tf, String.join(" ", section.parents()), BODY_WEIGHT);
            add(tf, section.body(), BODY_WEIGHT);
            frequencies.add(tf);
            lengths[doc] = tf.values().stream().mapToInt(Integer::intValue).sum();
            totalLength += lengths[doc];
            tf.keySet().forEach(token -> documentFrequency.merge(token, 1, Integer::sum));
        }
        double averageLength = sections.isEmpty() ? 1 : Math.max(1, totalLength / sections.size());
        int n = sections.size();
        // Docs are visited in ascending order, so each token's postings are appended already sorted: insertion-ordered
        // maps, and one sort of the tokens at the end, instead of a tree per token (the index stage was the slowest of
        // a no-change build at 1,000 pages).
        Map<String, Map<Integer, Integer>> postings = new HashMap<>();
        for (int doc = 0; doc < n; doc++) {
            double norm = K1 * (1 - B + B * lengths[doc] / averageLength);
            for (Map.Entry<String, Integer> entry : frequencies.get(doc).entrySet()) {
                int df = documentFrequency.get(entry.getKey());
                double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
                double tf = entry.getValue();
                int score = (int) Math.max(1, Math.round(SCORE_SCALE * idf * tf * (K1 + 1) / (tf + norm)));
                postings.computeIfAbsent(entry.getKey(), token -> new LinkedHashMap<>()).put(doc, score);
            }
        }
        return new TreeMap<>(postings);
    }

    private static void add(Map<String, Integer> tf, String text, int weight) {
        for (String token : Tokenizer.indexTokens(text)) {
            tf.merge(token, weight, Integer::sum);
        }
    }

    /** CJK tokens spread over hash buckets; enough buckets that an average one stays near the target size. */
    private static int bucketCount(Map<String, Map<Integer, Integer>> postings) {
        long bytes = postings.entrySet().stream().filter(e -> !isWord(e.getKey()))
                .mapToLong(e -> estimate(e.getKey(), e.getValue())).sum();
        return (int) Math.max(1, Math.min(4096, (bytes + SHARD_TARGET_BYTES - 1) / SHARD_TARGET_BYTES));
    }

    /**
     * Shard key of every token: "h" + FNV-1a bucket for CJK tokens, "w" + a prefix for words, the prefix made longer
     * where a shard would grow past the target, so a word still being typed can be completed from one shard.
     */
    static Map<String, Map<String, List<Integer>>> shards(Map<String, Map<Integer, Integer>> postings, int buckets) {
        Map<String, Map<String, List<Integer>>> shards = new TreeMap<>();
        Map<String, Map<Integer, Integer>> words = new TreeMap<>();
        postings.forEach((token, docs) -> {
            if (isWord(token)) {
                words.put(token, docs);
            } else {
                shards.computeIfAbsent("h" + bucket(token, buckets), key -> new TreeMap<>()).put(token, encode(docs));
            }
        });
        splitWords("", words, shards);
        return shards;
    }

    private static void splitWords(String prefix, Map<String, Map<Integer, Integer>> words,
                                   Map<String, Map<String, List<Integer>>> shards) {
        if (words.isEmpty()) {
            return;
        }
        long bytes = words.entrySet().stream().mapToLong(e -> estimate(e.getKey(), e.getValue())).sum();
        if (bytes <= SHARD_TARGET_BYTES || words.size() == 1) {
            Map<String, List<Integer>> shard = new TreeMap<>();
            words.forEach((token, docs) -> shard.put(token, encode(docs)));
            shards.put("w" + prefix, shard);
            return;
        }
        Map<String, Map<Integer, Integer>> here = new TreeMap<>();
        Map<Character, Map<String, Map<Integer, Integer>>> deeper = new TreeMap<>();
        words.forEach((token, docs) -> {
            if (token.length() == prefix.length()) {
                here.put(token, docs);
            } else {
                deeper.computeIfAbsent(token.charAt(prefix.length()), c -> new TreeMap<>()).put(token, docs);
            }
        });
        if (!here.isEmpty()) {
            splitWords(prefix, here, shards);
        }
        deeper.forEach((c, group) -> splitWords(prefix + c, group, shards));
    }

    static boolean isWord(String token) {
        return !Tokenizer.isCjk(token.codePointAt(0));
    }

    /** FNV-1a over the UTF-16 code units; search.js computes the same. */
    static int bucket(String token, int buckets) {
        int hash = 0x811C9DC5;
        for (int i = 0; i < token.length(); i++) {
            hash ^= token.charAt(i);
            hash *= 16777619;
        }
        return Integer.remainderUnsigned(hash, buckets);
    }

    /** Doc ids as gaps, each followed by its score: small numbers, and they compress well. */
    private static List<Integer> encode(Map<Integer, Integer> docs) {
        List<Integer> list = new ArrayList<>(docs.size() * 2);
        int previous = 0;
        for (Map.Entry<Integer, Integer> entry : docs.entrySet()) {
            list.add(entry.getKey() - previous);
            list.add(entry.getValue());
            previous = entry.getKey();
        }
        return list;
    }

    private static long estimate(String token, Map<Integer, Integer> docs) {
        return token.getBytes(StandardCharsets.UTF_8).length + 6L + docs.size() * 7L;
    }

    /** The file of section {@code doc}: {@code c-<hash of all chunks>-<doc>.json} (FORMAT.md). */
    public static String chunkName(String chunkSet, int doc) {
        return "c-" + chunkSet + "-" + doc + ".json";
    }

    private static String hashed(String kind, byte[] content) {
        return kind + "-" + HexFormat.of().formatHex(sha256(content), 0, 5) + ".json";
    }

    private byte[] bytes(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the search index", e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        return sha256().digest(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
