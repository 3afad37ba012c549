package io.github.microsite.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShardWriterTest {

    /** The client's rule (FORMAT.md): a word is in the shard of its longest prefix among the keys. */
    private static int shardOf(String word, List<String> keys) {
        int best = -1;
        for (int i = 0; i < keys.size(); i++) {
            if (word.startsWith(keys.get(i)) && (best < 0 || keys.get(i).length() > keys.get(best).length())) {
                best = i;
            }
        }
        return best;
    }

    @Test
    void largeWordShardsSplitByPrefixAndEveryWordIsWhereTheClientLooks() throws Exception {
        TreeSet<String> words = new TreeSet<>();
        for (int i = 0; i < 3000; i++) {
            words.add((i % 2 == 0 ? "alpha" : "beta") + i);
        }
        words.add("a");
        ShardWriter writer = new ShardWriter(ShardLimits.DEFAULT);
        for (String word : words) {
            writer.add(word, new int[] {7}, new int[] {100}, 1);
        }

        ShardWriter.Result result = writer.finish();

        List<String> keys = result.words();
        assertTrue(keys.size() > 2, keys.toString());
        assertEquals(new ArrayList<>(new TreeSet<>(keys)), keys, "keys sorted, each once");
        ObjectMapper json = new ObjectMapper();
        int found = 0;
        for (int i = 0; i < keys.size(); i++) {
            JsonNode shard = json.readTree(result.files().get("w" + i));
            assertTrue(result.files().get("w" + i).length <= ShardLimits.DEFAULT.shardTarget() + 20, "w" + i);
            for (Iterator<String> tokens = shard.fieldNames(); tokens.hasNext(); found++) {
                String token = tokens.next();
                assertEquals(i, shardOf(token, keys), token + " is in shard " + i + " (" + keys.get(i) + ")");
            }
        }
        assertEquals(words.size(), found, "every word in one shard");
        assertEquals("{\"a\":[7,100]}", new String(result.files().get("w" + shardOf("a", keys))),
                "a word as long as its shard's prefix has that shard");
    }

    @Test
    void aCommonTokenKeepsItsBestSectionsInItsShardAndTheRestInBlocksBySectionRange() throws Exception {
        ShardLimits small = new ShardLimits(400, 100, 40, 60, 16_000);
        int[] sections = new int[40];
        int[] scores = new int[40];
        for (int i = 0; i < 40; i++) {
            sections[i] = i * 3;
            scores[i] = i == 17 || i == 30 ? 900 : 10 + i % 5;
        }
        ShardWriter writer = new ShardWriter(small);
        writer.add("的", sections, scores, 40);

        ShardWriter.Result result = writer.finish();

        JsonNode entry = new ObjectMapper().readTree(result.files().get("h0")).get("的");
        assertEquals(40, entry.get("n").asInt());
        // 40 bytes: the two 900s, then four of the eight 14s, the lowest sections first; ascending, as gaps
        assertEquals("[12,14,15,14,15,14,9,900,6,14,33,900]", entry.get("p").toString(), entry.toString());
        assertEquals(14, entry.get("m").asInt(), "the best left for the blocks");
        assertEquals(0, entry.get("x").asInt());
        assertTrue(entry.get("d").size() > 1, "several blocks of 60 bytes: " + entry);
        for (int b = 0; b < entry.get("d").size(); b++) {
            assertTrue(result.files().get("x" + b).length <= small.block(), "block " + b);
        }
    }

    @Test
    void tokensMustComeInOrder() {
        ShardWriter writer = new ShardWriter(ShardLimits.DEFAULT);
        writer.add("b", new int[] {1}, new int[] {1}, 1);
        assertThrows(IllegalArgumentException.class, () -> writer.add("a", new int[] {1}, new int[] {1}, 1));
    }
}
