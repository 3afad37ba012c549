package io.github.microsite.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tokeniser against the vectors that the browser's copy of it (search.js) is tested with too. */
class TokenizerTest {

    private static JsonNode vectors() throws Exception {
        try (InputStream in = TokenizerTest.class.getResourceAsStream("/search/tokenizer-vectors.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(node -> list.add(node.asText()));
        return list;
    }

    @Test
    void indexTokensMatchTheSharedVectors() throws Exception {
        JsonNode vectors = vectors().get("tokens");
        assertTrue(vectors.size() >= 20, "enough vectors to mean something");
        for (JsonNode vector : vectors) {
            String input = vector.get("input").asText();
            assertEquals(strings(vector.get("index")), Tokenizer.indexTokens(input),
                    input + ": " + vector.get("why").asText());
        }
    }

    @Test
    void queryTermsMatchTheSharedVectors() throws Exception {
        for (JsonNode vector : vectors().get("tokens")) {
            String input = vector.get("input").asText();
            assertEquals(strings(vector.get("query")), Tokenizer.queryTerms(input),
                    input + ": " + vector.get("why").asText());
        }
    }

    @Test
    void bucketsAreFnv1aOfTheUtf16CodeUnits() throws Exception {
        for (JsonNode vector : vectors().get("buckets")) {
            assertEquals(vector.get("bucket").asInt(),
                    SearchIndexer.bucket(vector.get("token").asText(), vector.get("buckets").asInt()),
                    vector.toString());
        }
    }

    @Test
    void hanBigramsOverlapSoEveryPairOfNeighboursIsFound() {
        assertEquals(List.of("智", "智绘", "绘", "绘未", "未", "未来", "来"), Tokenizer.indexTokens("智绘未来"));
    }

    @Test
    void fullWidthTextSearchesLikeItsAsciiForm() {
        assertEquals(Tokenizer.indexTokens("GPT-4o 2025"), Tokenizer.indexTokens("ＧＰＴ－４ｏ　２０２５"));
    }

    @Test
    void theAiPlusPolicyIsATermOfItsOwn() {
        assertTrue(Tokenizer.queryTerms("人工智能+").contains("能+"));
        assertTrue(Tokenizer.indexTokens("“人工智能+”行动").contains("能+"));
        assertTrue(!Tokenizer.indexTokens("人工智能行动").contains("能+"));
    }
}
