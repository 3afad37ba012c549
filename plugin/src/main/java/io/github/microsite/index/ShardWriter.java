package io.github.microsite.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays the scored postings out as format 4's shards and continuation blocks (FORMAT.md): CJK tokens in hash buckets,
 * words in prefix shards, and a token too common for one shard split into a head of its best-scoring sections (in its
 * shard) and continuation blocks by section range, so no file grows with the site.
 */
final class ShardWriter {

    private final ShardLimits limits;
    private final List<Entry> cjk = new ArrayList<>();
    private final List<Entry> words = new ArrayList<>();
    private final List<byte[]> blocks = new ArrayList<>();
    private String lastToken;

    /** A token's JSON key and value inside its shard. */
    private record Entry(String token, byte[] json) {
        int size() {
            return json.length;
        }
    }

    /**
     * The index files without their set hash, by short name: buckets {@code h<b>}, word shards {@code w<i>} (the i-th
     * of {@code words}), continuation blocks {@code x<n>}.
     */
    record Result(int buckets, List<String> words, Map<String, byte[]> files) {
    }

    ShardWriter(ShardLimits limits) {
        this.limits = limits;
    }

    /**
     * One token's postings: {@code sections} ascending, {@code scores} beside them, {@code count} of them used (the
     * arrays may be longer). Tokens must come in their sorted order.
     */
    void add(String token, int[] sections, int[] scores, int count) {
        if (lastToken != null && lastToken.compareTo(token) >= 0) {
            throw new IllegalArgumentException("tokens out of order: " + lastToken + ", " + token);
        }
        lastToken = token;
        JsonBytes key = new JsonBytes(token.length() * 3 + 3).string(token).raw(':');
        int whole = listBytes(sections, scores, 0, count);
        JsonBytes json = new JsonBytes(key.size() + Math.min(whole, limits.splitAbove()) + 64).raw(key.toBytes());
        if (whole <= limits.splitAbove()) {
            list(json, sections, scores, 0, count);
        } else {
            split(json, sections, scores, count);
        }
        (SearchIndexer.isWord(token) ? words : cjk).add(new Entry(token, json.toBytes()));
    }

    /**
     * {@code {"n":df,"p":[head],"m":best score left,"x":first block,"d":[first section of each block]}}: the head holds
     * the best-scoring sections that fit {@link ShardLimits#head()} (ties: the lower section first), the rest go to
     * blocks of consecutive sections.
     */
    private void split(JsonBytes json, int[] sections, int[] scores, int count) {
        long[] byImpact = new long[count];
        for (int i = 0; i < count; i++) {
            byImpact[i] = (long) (Integer.MAX_VALUE - scores[i]) << 32 | i;
        }
        Arrays.sort(byImpact);
        boolean[] inHead = new boolean[count];
        int budget = limits.head() - 2;
        int headCount = 0;
        for (long key : byImpact) {
            int i = (int) key;
            // the section number itself bounds its gap's digits, so the head is sure to fit
            int cost = JsonBytes.digits(sections[i]) + JsonBytes.digits(scores[i]) + 2;
            if (cost > budget) {
                break;
            }
            budget -= cost;
            inHead[i] = true;
            headCount++;
        }
        int[] headSections = new int[headCount];
        int[] headScores = new int[headCount];
        int[] restSections = new int[count - headCount];
        int[] restScores = new int[count - headCount];
        int h = 0;
        int r = 0;
        int best = 0;
        for (int i = 0; i < count; i++) {
            if (inHead[i]) {
                headSections[h] = sections[i];
                headScores[h++] = scores[i];
            } else {
                restSections[r] = sections[i];
                restScores[r++] = scores[i];
                best = Math.max(best, scores[i]);
            }
        }
        json.raw("{\"n\":").number(count).raw(",\"p\":");
        list(json, headSections, headScores, 0, headCount);
        json.raw(",\"m\":").number(best).raw(",\"x\":").number(blocks.size()).raw(",\"d\":[");
        int from = 0;
        while (from < r) {
            int to = from + 1;
            int size = listBytes(restSections, restScores, from, to);
            while (to < r) {
                int more = JsonBytes.digits(restSections[to] - restSections[to - 1]) + JsonBytes.digits(restScores[to]) + 2;
                if (size + more > limits.block()) {
                    break;
                }
                size += more;
                to++;
            }
            JsonBytes block = new JsonBytes(size);
            list(block, restSections, restScores, from, to);
            blocks.add(block.toBytes());
            json.raw(from == 0 ? "" : ",").number(restSections[from]);
            from = to;
        }
        json.raw("]}");
    }

    /** {@code [gap, score, gap, score, …]}, the first gap from section 0. */
    private static void list(JsonBytes json, int[] sections, int[] scores, int from, int to) {
        json.raw('[');
        int previous = 0;
        for (int i = from; i < to; i++) {
            if (i > from) {
                json.raw(',');
            }
            json.number(sections[i] - previous).raw(',').number(scores[i]);
            previous = sections[i];
        }
        json.raw(']');
    }

    private static int listBytes(int[] sections, int[] scores, int from, int to) {
        int bytes = 2;
        int previous = 0;
        for (int i = from; i < to; i++) {
            bytes += JsonBytes.digits(sections[i] - previous) + JsonBytes.digits(scores[i]) + (i > from ? 2 : 1);
            previous = sections[i];
        }
        return bytes;
    }

    Result finish() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        int buckets = buckets();
        List<List<Entry>> byBucket = group(buckets);
        for (int b = 0; b < buckets; b++) {
            files.put("h" + b, shard(byBucket.get(b)));
        }
        List<String> keys = new ArrayList<>();
        splitWords("", 0, words.size(), keys, files);
        for (int n = 0; n < blocks.size(); n++) {
            files.put("x" + n, blocks.get(n));
        }
        files.forEach((name, bytes) -> {
            if (bytes.length > limits.maxFile()) {
                throw new IllegalStateException("search index file " + name + " has " + bytes.length
                        + " bytes, more than the " + limits.maxFile() + " the format allows");
            }
        });
        return new Result(buckets, List.copyOf(keys), files);
    }

    /**
     * Enough buckets that an average one stays near the target; doubled while some bucket, by the luck of the hash,
     * would outgrow the largest file allowed (every entry is at most {@link ShardLimits#splitAbove()} plus its key).
     */
    private int buckets() {
        long bytes = cjk.stream().mapToLong(entry -> entry.size() + 1).sum();
        int buckets = (int) Math.max(1, (bytes + limits.shardTarget() - 1) / limits.shardTarget());
        while (true) {
            long[] sizes = new long[buckets];
            Arrays.fill(sizes, 1);
            for (Entry entry : cjk) {
                sizes[SearchIndexer.bucket(entry.token(), buckets)] += entry.size() + 1;
            }
            if (Arrays.stream(sizes).allMatch(size -> size <= limits.maxFile())) {
                return buckets;
            }
            if (buckets > cjk.size()) {
                throw new IllegalStateException("search index: no bucket count keeps the shards under "
                        + limits.maxFile() + " bytes");
            }
            buckets *= 2;
        }
    }

    private List<List<Entry>> group(int buckets) {
        List<List<Entry>> byBucket = new ArrayList<>(buckets);
        for (int b = 0; b < buckets; b++) {
            byBucket.add(new ArrayList<>());
        }
        for (Entry entry : cjk) {
            byBucket.get(SearchIndexer.bucket(entry.token(), buckets)).add(entry);
        }
        return byBucket;
    }

    /**
     * Words sharing a prefix, in one shard while they fit the target, else split by one more character; the words
     * are sorted, so every group is a run of them. Shard i is {@code keys.get(i)}.
     */
    private void splitWords(String prefix, int from, int to, List<String> keys, Map<String, byte[]> files) {
        if (from == to) {
            return;
        }
        long bytes = 0;
        for (int i = from; i < to; i++) {
            bytes += words.get(i).size() + 1;
        }
        if (bytes <= limits.shardTarget() || to - from == 1) {
            files.put("w" + keys.size(), shard(words.subList(from, to)));
            keys.add(prefix);
            return;
        }
        int at = from;
        if (words.get(at).token().length() == prefix.length()) {
            splitWords(prefix, at, at + 1, keys, files);
            at++;
        }
        while (at < to) {
            char next = words.get(at).token().charAt(prefix.length());
            int end = at + 1;
            while (end < to && words.get(end).token().charAt(prefix.length()) == next) {
                end++;
            }
            splitWords(prefix + next, at, end, keys, files);
            at = end;
        }
    }

    private static byte[] shard(List<Entry> entries) {
        JsonBytes json = new JsonBytes(entries.stream().mapToInt(entry -> entry.size() + 1).sum() + 2).raw('{');
        for (int i = 0; i < entries.size(); i++) {
            json.raw(i == 0 ? "" : ",").raw(entries.get(i).json());
        }
        return json.raw('}').toBytes();
    }
}
