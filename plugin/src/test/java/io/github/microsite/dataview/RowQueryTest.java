package io.github.microsite.dataview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.microsite.model.Dataset;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** where= through the rows-by-value index keeps exactly the rows a full scan keeps, once each, in the dataset's order. */
class RowQueryTest {

    private static final String ROWS = """
            {"rows": [
              {"id": "r1", "tags": ["a", "a"], "year": 2024, "page": 12},
              {"id": "r2", "tags": "b", "year": 2023, "page": 1},
              {"id": "r3", "tags": ["c"], "year": 2024, "page": 12},
              {"id": "r4", "tags": ["b", "a"], "year": 2024, "page": 120},
              {"id": "r5", "year": 2024},
              {"id": "r6", "tags": ["a"], "year": "2024", "page": 12},
              {"id": "r7", "tags": [{"deep": "a"}], "year": 2024}
            ]}
            """;

    @Test
    void theFirstConditionsIndexFindsTheRowsAndEveryConditionIsChecked() throws Exception {
        assertEquals(List.of("r1", "r4", "r6"), ids("tags=a|b,year=2024", ""));
        assertEquals(List.of("r2", "r4"), ids("tags=b", ""));
        assertEquals(List.of("r1", "r3", "r6"), ids("page=12", ""));
        assertEquals(List.of(), ids("page=13", ""));
        assertEquals(List.of("r6", "r4", "r1"), ids("tags=a", "id:desc"));
        assertEquals(List.of("r1", "r2", "r3", "r4", "r5", "r6", "r7"), ids("", ""));
    }

    private static List<String> ids(String where, String sort) throws Exception {
        Dataset dataset = new Dataset("d", "data/d.json", new ObjectMapper().readTree(ROWS));
        return RowQuery.parse(where, sort, "").apply(dataset, "en", RowIndex::of).stream()
                .map(row -> row.path("id").asText()).toList();
    }
}
