package io.github.microsite.validate;

import com.networknt.schema.Keyword;
import com.networknt.schema.NonValidationKeyword;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The schema validator knows the plugin's keywords, so it does not warn about them in every build's log. */
class OwnKeywordsTest {

    @Test
    void xKeyXRefAndXPageAreKnownKeywordsOfJsonSchema2020() {
        Map<String, Keyword> keywords = DatasetValidator.metaSchema().getKeywords();
        for (String own : List.of("x-key", "x-ref", "x-page")) {
            assertInstanceOf(NonValidationKeyword.class, keywords.get(own), own);
        }
        assertTrue(keywords.keySet().containsAll(List.of("type", "required", "properties", "items", "enum")),
                "still JSON Schema 2020-12: " + keywords.keySet());
    }
}
