package io.github.microsite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(FixtureSites.Extension.class)
class SearchSiteTest {

    @Test
    void everySiteGetsASearchIndexAndResultsPage(FixtureSites sites, @TempDir Path out) throws Exception {
        BuildResult result = sites.build("search", out);

        assertTrue(result.published(), FixtureSites.described(result).toString());
        ObjectMapper json = new ObjectMapper();
        JsonNode manifest = json.readTree(out.resolve("search/manifest.json").toFile());
        List<String> anchors = new ArrayList<>();
        int group = manifest.get("group").asInt();
        for (int doc = 0; doc < manifest.get("sections").asInt(); doc++) {
            String name = io.github.microsite.index.SearchIndexer.groupName(manifest.get("set").asText(), doc / group);
            anchors.add(json.readTree(out.resolve("search").resolve(name).toFile()).get(doc % group).get("a").asText());
        }
        assertEquals(List.of("", "products", "tech"), anchors, "the home page's lead and its two sections");
        String results = Files.readString(out.resolve("search/index.html"));
        assertTrue(results.contains("data-search-results") && results.contains("data-search-empty"), results);
        assertTrue(results.contains("<meta name=\"robots\" content=\"noindex\">"), "the results page is not indexed");
        String home = Files.readString(out.resolve("index.html"));
        assertTrue(home.contains("role=\"search\"") && home.contains("action=\"search/index.html\""),
                "the header's form leads to the results page");
    }

    @Test
    void aContentPageAtTheResultsPageAddressIsAnErrorAtThatPage(FixtureSites sites, @TempDir Path out) {
        BuildResult result = sites.build("search-clash", out);

        assertFalse(result.published());
        List<String> errors = result.errors().stream().map(p -> p.describe()).toList();
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("search.adoc: ") && e.contains("search results page")
                && e.contains(":slug:")), errors.toString());
    }
}
