package io.github.microsite.index;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Every token of the site with the sections holding it and how often, in compact arrays: tokens get ids, and each
 * token's postings are one growing byte array of varints (section gap, term frequency), appended in section order.
 * At 10,000 pages (50,000 sections, ~15 million postings) this holds in tens of megabytes what boxed
 * {@code Map<String, Map<Integer, Integer>>} postings and a {@code HashMap} of term frequencies per section held in
 * gigabytes; nothing per section outlives the section.
 *
 * <p>Use: {@link #startSection()}, {@link #add} the section's texts with their weights, {@link #endSection()}; then
 * read back with {@link #postings}.
 */
final class TermTable {

    private final Map<String, Integer> ids = new HashMap<>();
    private String[] tokens = new String[1024];
    private int tokenCount;
    /** Per token: postings as varints, their length in bytes, the section of the last posting, document frequency. */
    private byte[][] streams = new byte[1024][];
    private int[] streamLength = new int[1024];
    private int[] lastSection = new int[1024];
    private int[] documentFrequency = new int[1024];
    /** Per section: the sum of its weighted term frequencies (BM25's document length). */
    private int[] lengths = new int[256];
    private int sections;
    private long totalLength;

    /** The section being added: term frequency per token id, and which ids it touched (to reset them after). */
    private int[] frequency = new int[1024];
    private int[] touched = new int[256];
    private int touchedCount;
    private boolean open;

    void startSection() {
        if (open) {
            throw new IllegalStateException("a section is already open");
        }
        open = true;
    }

    /** Counts every token of the text {@code weight} times toward the open section. */
    void add(String text, int weight) {
        for (String token : Tokenizer.indexTokens(text)) {
            int id = id(token);
            if (frequency[id] == 0) {
                if (touchedCount == touched.length) {
                    touched = Arrays.copyOf(touched, touchedCount * 2);
                }
                touched[touchedCount++] = id;
            }
            frequency[id] += weight;
        }
    }

    /** Appends the open section's term frequencies to its tokens' postings; the section gets the next number. */
    void endSection() {
        if (!open) {
            throw new IllegalStateException("no section is open");
        }
        int section = sections++;
        int length = 0;
        for (int i = 0; i < touchedCount; i++) {
            int id = touched[i];
            int tf = frequency[id];
            frequency[id] = 0;
            length += tf;
            append(id, section - lastSection[id]);
            append(id, tf);
            lastSection[id] = section;
            documentFrequency[id]++;
        }
        touchedCount = 0;
        if (section == lengths.length) {
            lengths = Arrays.copyOf(lengths, section * 2);
        }
        lengths[section] = length;
        totalLength += length;
        open = false;
    }

    int sections() {
        return sections;
    }

    int tokenCount() {
        return tokenCount;
    }

    String token(int id) {
        return tokens[id];
    }

    int length(int section) {
        return lengths[section];
    }

    double averageLength() {
        return sections == 0 ? 1 : Math.max(1, (double) totalLength / sections);
    }

    int documentFrequency(int id) {
        return documentFrequency[id];
    }

    /** The token ids sorted by their token (the order of the shards' keys). */
    int[] idsByToken() {
        Integer[] boxed = new Integer[tokenCount];
        for (int i = 0; i < tokenCount; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, (a, b) -> tokens[a].compareTo(tokens[b]));
        return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }

    /**
     * The postings of a token, sections ascending: {@code sectionsOut[i]} holds it {@code frequenciesOut[i]} times.
     * The arrays must hold {@link #documentFrequency} entries.
     */
    void postings(int id, int[] sectionsOut, int[] frequenciesOut) {
        byte[] stream = streams[id];
        int end = streamLength[id];
        int at = 0;
        int section = 0;
        int n = 0;
        while (at < end) {
            int value = 0;
            int shift = 0;
            byte b;
            do {
                b = stream[at++];
                value |= (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            if ((n & 1) == 0) {
                section += value;
                sectionsOut[n >> 1] = section;
            } else {
                frequenciesOut[n >> 1] = value;
            }
            n++;
        }
    }

    /** Lets the memory of a token's postings go once they are read for the last time. */
    void release(int id) {
        streams[id] = null;
    }

    private int id(String token) {
        Integer known = ids.get(token);
        if (known != null) {
            return known;
        }
        int id = tokenCount++;
        if (id == tokens.length) {
            int size = id * 2;
            tokens = Arrays.copyOf(tokens, size);
            streams = Arrays.copyOf(streams, size);
            streamLength = Arrays.copyOf(streamLength, size);
            lastSection = Arrays.copyOf(lastSection, size);
            documentFrequency = Arrays.copyOf(documentFrequency, size);
            frequency = Arrays.copyOf(frequency, size);
        }
        tokens[id] = token;
        streams[id] = new byte[8];
        ids.put(token, id);
        return id;
    }

    private void append(int id, int value) {
        byte[] stream = streams[id];
        int at = streamLength[id];
        if (at + 5 > stream.length) {
            stream = Arrays.copyOf(stream, Math.max(stream.length * 2, at + 5));
            streams[id] = stream;
        }
        while ((value & ~0x7F) != 0) {
            stream[at++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        stream[at++] = (byte) value;
        streamLength[id] = at;
    }
}
