package io.github.microsite.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatasetCatalogTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Dataset dataset(String name, String rows, String schema) throws Exception {
        return new Dataset(name, "data/" + name + ".json", JSON.readTree("{\"rows\":" + rows + "}"),
                schema == null ? null : JSON.readTree(schema));
    }

    @Test
    void findsARowByTheKeyFieldTheSchemaNames() throws Exception {
        DatasetCatalog catalog = new DatasetCatalog(List.of(dataset("regions",
                "[{\"slug\":\"north\",\"name\":\"North\"},{\"slug\":\"south\",\"name\":\"South\"}]",
                "{\"properties\":{\"rows\":{\"type\":\"array\",\"x-key\":\"slug\"}}}")));

        assertTrue(catalog.isKeyed("regions"));
        assertEquals("South", catalog.row("regions", "south").map(row -> row.get("name").asText()).orElse(""));
        assertTrue(catalog.row("regions", "east").isEmpty());
    }

    @Test
    void comparesNumericKeysAsText() throws Exception {
        DatasetCatalog catalog = new DatasetCatalog(List.of(dataset("ranks", "[{\"rank\":3}]",
                "{\"properties\":{\"rows\":{\"x-key\":\"rank\"}}}")));

        assertTrue(catalog.row("ranks", "3").isPresent());
    }

    @Test
    void aDatasetWithoutAKeyHasNoRowsByKey() throws Exception {
        DatasetCatalog catalog = new DatasetCatalog(List.of(dataset("plain", "[{\"id\":\"a\"}]", null)));

        assertFalse(catalog.isKeyed("plain"));
        assertTrue(catalog.row("plain", "a").isEmpty());
        JsonNode rows = catalog.dataset("plain").orElseThrow().rows();
        assertEquals(1, rows.size());
    }
}
