package io.github.microsite.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.microsite.model.BackgroundThread;
import io.github.microsite.publish.SiteFile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the search index of the composed pages (format 4, FORMAT.md in this package): a small manifest, token shards,
 * continuation blocks of common tokens and the sections' texts in groups of {@link #GROUP} under {@code search/}, every
 * file but the manifest named by one hash of them all. No index file but a group of texts exceeds 16 KB gzipped,
 * whatever the site's size.
 */
public final class SearchIndexer {

    public static final String FOLDER = "search/";
    public static final String MANIFEST = FOLDER + "manifest.json";
    /** The bound on every index file but a group of sections' texts, gzipped (issue 15): tests read it. */
    public static final int MAX_FILE_GZIP_BYTES = ShardLimits.MAX_FILE_GZIP_BYTES;
    /**
     * Sections per text file. One file per section made most of a large site's files (5,005 of 7,500 at 1,000 pages),
     * and creating files is slow on some disks and hosts; a group costs a reader the neighbours' texts with each hit.
     * Chosen by measurement (site/bench/scale/search-scale.sh with GROUP=N; figures in FORMAT.md): at 1,000 pages, 4
     * takes 3,753 files away for 6 KB more per query; going on to 8 would take 626 more for 4 KB more again.
     */
    public static final int GROUP = 4;

    /** Weights of where a token occurs: a heading says what a section is about more than a word of its text. */
    static final int HEADING_WEIGHT = 4;
    static final int TITLE_WEIGHT = 3;
    static final int BODY_WEIGHT = 1;
    private static final double K1 = 1.2;
    private static final double B = 0.75;
    /** Scores travel as integers: hundredths keep the order and cost fewer bytes than floats. */
    private static final double SCORE_SCALE = 100;

    private final ObjectMapper json = new ObjectMapper();
    private final SectionReader reader = new SectionReader();
    private final ShardLimits limits;
    private final int group;

    public SearchIndexer() {
        this(ShardLimits.DEFAULT, GROUP);
    }

    /** An index with another number of sections per text file than the build's {@link #GROUP}: for benchmarks. */
    public SearchIndexer(int group) {
        this(ShardLimits.DEFAULT, group);
    }

    SearchIndexer(ShardLimits limits) {
        this(limits, GROUP);
    }

    SearchIndexer(ShardLimits limits, int group) {
        if (group < 1) {
            throw new IllegalArgumentException("sections per text file must be at least 1, not " + group);
        }
        this.limits = limits;
        this.group = group;
    }

    /** @param files the baked site; its generated HTML pages are read, in path order */
    public List<SiteFile> index(List<SiteFile> files) {
        Pages pages = pages();
        files.stream().sorted(Comparator.comparing(SiteFile::path)).forEach(pages::add);
        return pages.finish();
    }

    /**
     * An index that takes the pages one at a time, in the order they come, so a build can index each page as soon as it
     * is composed instead of reading the whole site again at the end. Sections are numbered in that order.
     */
    public Pages pages() {
        return new Pages();
    }

    /**
     * The pages indexed so far. Each page is read and counted on a thread of its own, in the order added, so the
     * thread composing pages does not wait for the index (the index took most of that thread's time in a profile of a
     * 1,000-page build). Add from one thread, then {@link #finish}; close a build that stops before finishing.
     */
    public final class Pages implements AutoCloseable {
        private final Builder builder = new Builder();
        private final BackgroundThread thread = new BackgroundThread("microsite-index");
        /** Written on the index thread only; read after it has stopped. */
        private long busyNanos;

        private Pages() {
        }

        /** Reads the page's sections into the index; any file but a generated HTML page adds nothing. */
        public void add(SiteFile file) {
            if (file.content().isPresent() && file.path().endsWith(".html")) {
                thread.execute(() -> {
                    long start = System.nanoTime();
                    try {
                        reader.read(file.path(), new String(file.content().get(), StandardCharsets.UTF_8))
                                .ifPresent(sections -> sections.forEach(builder::add));
                    } finally {
                        busyNanos += System.nanoTime() - start;
                    }
                });
            }
        }

        /** The index files of every page added, once the last one is read. */
        public List<SiteFile> finish() {
            Optional<Throwable> failure = thread.finish();
            if (failure.isPresent()) {
                throw BackgroundThread.unchecked(failure.get());
            }
            long start = System.nanoTime();
            List<SiteFile> files = builder.finish();
            busyNanos += System.nanoTime() - start;
            return files;
        }

        /** Milliseconds spent reading pages and writing the index, not counting waits for pages; after finish. */
        public long millis() {
            return busyNanos / 1_000_000;
        }

        /** Stops taking pages and waits for the ones given; the index is then lost unless finished. */
        @Override
        public void close() {
            thread.close();
        }
    }

    /** The index of these sections, numbered in this order. */
    List<SiteFile> write(List<IndexedSection> sections) {
        Builder builder = new Builder();
        sections.forEach(builder::add);
        return builder.finish();
    }

    /**
     * Takes the sections one by one: each leaves its chunk's bytes and its term frequencies in the {@link TermTable},
     * nothing else, so the pages' text need not stay in memory until the end.
     */
    private final class Builder {
        private final TermTable terms = new TermTable();
        private final List<byte[]> chunks = new ArrayList<>();

        void add(IndexedSection section) {
            chunks.add(bytes(chunk(section)));
            count(terms, section);
        }

        List<SiteFile> finish() {
            ShardWriter.Result shards = shards(terms, limits);
            // One hash of every file names them all: the manifest then stays a few hundred bytes whatever the number
            // of files (format 2 named each shard by its own hash: 16 KB gzipped at 10,000 pages). Any change renames
            // every file, which only costs the browser cache: BM25's average length changes every score anyway.
            List<byte[]> groups = groups(chunks, group);
            MessageDigest all = sha256();
            for (byte[] bytes : groups) {
                all.update(bytes);
                all.update((byte) '\n');
            }
            shards.files().forEach((name, bytes) -> {
                all.update(name.getBytes(StandardCharsets.UTF_8));
                all.update((byte) '\n');
                all.update(bytes);
                all.update((byte) '\n');
            });
            String set = HexFormat.of().formatHex(all.digest(), 0, 5);
            List<SiteFile> out = new ArrayList<>(groups.size() + shards.files().size() + 1);
            for (int g = 0; g < groups.size(); g++) {
                out.add(SiteFile.generated(FOLDER + groupName(set, g), groups.get(g)));
            }
            shards.files().forEach((name, bytes) -> out.add(SiteFile.generated(FOLDER + shardName(set, name), bytes)));
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("v", 4);
            manifest.put("set", set);
            manifest.put("sections", chunks.size());
            manifest.put("group", group);
            manifest.put("buckets", shards.buckets());
            manifest.put("words", shards.words());
            out.add(SiteFile.generated(MANIFEST, bytes(manifest)));
            out.sort(Comparator.comparing(SiteFile::path));
            return List.copyOf(out);
        }
    }

    /**
     * The texts packed in section order, {@code size} to a file (the last may hold fewer): group {@code g} is the JSON
     * array of the texts of sections {@code g*size} to {@code (g+1)*size - 1}, the same bytes as Jackson writes a list.
     */
    static List<byte[]> groups(List<byte[]> chunks, int size) {
        List<byte[]> out = new ArrayList<>((chunks.size() + size - 1) / size);
        for (int first = 0; first < chunks.size(); first += size) {
            int last = Math.min(chunks.size(), first + size);
            JsonBytes array = new JsonBytes(size * chunks.get(first).length + size + 1);
            for (int doc = first; doc < last; doc++) {
                array.raw(doc == first ? '[' : ',').raw(chunks.get(doc));
            }
            out.add(array.raw(']').toBytes());
        }
        return out;
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

    /** The weighted term frequencies of a section (FORMAT.md, "Shards"). */
    private static void count(TermTable terms, IndexedSection section) {
        terms.startSection();
        terms.add(section.heading(), HEADING_WEIGHT);
        if (section.isLead()) {
            terms.add(section.pageTitle(), TITLE_WEIGHT);
        }
        for (String parent : section.parents()) {
            terms.add(parent, BODY_WEIGHT);
        }
        terms.add(section.body(), BODY_WEIGHT);
        terms.endSection();
    }

    /**
     * BM25 of every token in every section (k1 = 1.2, b = 0.75, × 100, rounded, at least 1), token by token in sorted
     * order into the shard layout; each token's postings are let go once written.
     */
    private static ShardWriter.Result shards(TermTable terms, ShardLimits limits) {
        ShardWriter writer = new ShardWriter(limits);
        int n = terms.sections();
        double[] norm = new double[n];
        double averageLength = terms.averageLength();
        for (int doc = 0; doc < n; doc++) {
            norm[doc] = norm(terms.length(doc), averageLength);
        }
        int[] sections = new int[Math.max(1, n)];
        int[] frequencies = new int[Math.max(1, n)];
        int[] scores = new int[Math.max(1, n)];
        for (int id : terms.idsByToken()) {
            int df = terms.documentFrequency(id);
            terms.postings(id, sections, frequencies);
            terms.release(id);
            double idf = idf(n, df);
            for (int i = 0; i < df; i++) {
                scores[i] = score(idf, frequencies[i], norm[sections[i]]);
            }
            writer.add(terms.token(id), sections, scores, df);
        }
        return writer.finish();
    }

    /** Scores of one token by section, for tests: the same arithmetic as the shards. */
    static Map<Integer, Integer> scores(List<IndexedSection> sections, String token) {
        TermTable terms = new TermTable();
        sections.forEach(section -> count(terms, section));
        Map<Integer, Integer> out = new LinkedHashMap<>();
        int n = terms.sections();
        for (int id = 0; id < terms.tokenCount(); id++) {
            if (!terms.token(id).equals(token)) {
                continue;
            }
            int df = terms.documentFrequency(id);
            int[] docs = new int[df];
            int[] frequencies = new int[df];
            terms.postings(id, docs, frequencies);
            for (int i = 0; i < df; i++) {
                out.put(docs[i], score(idf(n, df), frequencies[i], norm(terms.length(docs[i]), terms.averageLength())));
            }
        }
        return out;
    }

    private static double norm(int length, double averageLength) {
        return K1 * (1 - B + B * length / averageLength);
    }

    private static double idf(int sections, int df) {
        return Math.log(1 + (sections - df + 0.5) / (df + 0.5));
    }

    private static int score(double idf, double tf, double norm) {
        return (int) Math.max(1, Math.round(SCORE_SCALE * idf * tf * (K1 + 1) / (tf + norm)));
    }

    static boolean isWord(String token) {
        return !Tokenizer.isCjk(token.codePointAt(0));
    }

    /** FNV-1a over the UTF-16 code units; search-engine.js computes the same. */
    static int bucket(String token, int buckets) {
        int hash = 0x811C9DC5;
        for (int i = 0; i < token.length(); i++) {
            hash ^= token.charAt(i);
            hash *= 16777619;
        }
        return Integer.remainderUnsigned(hash, buckets);
    }

    /** The file of texts group {@code g}: {@code c-<set>-<g>.json}; section {@code doc} is in group {@code doc / group}. */
    public static String groupName(String set, int g) {
        return "c-" + set + "-" + g + ".json";
    }

    /** A shard or block: {@code s-<set>-h<bucket>.json}, {@code s-<set>-w<i>.json}, {@code s-<set>-x<n>.json}. */
    public static String shardName(String set, String key) {
        return "s-" + set + "-" + key + ".json";
    }

    private byte[] bytes(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the search index", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
