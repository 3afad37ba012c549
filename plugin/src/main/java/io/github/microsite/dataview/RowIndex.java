package io.github.microsite.dataview;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.microsite.model.Dataset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of one dataset by the text of one field's values, for {@code where=} filters: a build whose every page
 * shows its own rows of a 10,000-row dataset ({@code where="page=12"}) finds them here instead of reading all rows
 * once per page. A row is under each value its field holds (each element of an array), exactly the values
 * {@link RowQuery} compares. Built once per build and field, then only read (safe to share between threads).
 */
final class RowIndex {

    private static final int[] NONE = new int[0];

    private final Map<String, int[]> positions;

    private RowIndex(Map<String, int[]> positions) {
        this.positions = positions;
    }

    static RowIndex of(Dataset dataset, String field) {
        Map<String, List<Integer>> found = new HashMap<>();
        JsonNode rows = dataset.rows();
        for (int i = 0; i < rows.size(); i++) {
            for (Iterator<JsonNode> values = Fields.elements(Fields.at(rows.get(i), field)); values.hasNext(); ) {
                JsonNode value = values.next();
                if (value.isValueNode()) {
                    List<Integer> at = found.computeIfAbsent(value.asText(), text -> new ArrayList<>());
                    if (at.isEmpty() || at.get(at.size() - 1) != i) {
                        at.add(i); // a row whose array holds the same value twice is one row
                    }
                }
            }
        }
        Map<String, int[]> positions = new HashMap<>();
        found.forEach((text, at) -> positions.put(text, at.stream().mapToInt(Integer::intValue).toArray()));
        return new RowIndex(positions);
    }

    /** The positions of the rows holding any of the values, in the dataset's order. */
    int[] rowsWithAny(Set<String> values) {
        if (values.size() == 1) {
            return positions.getOrDefault(values.iterator().next(), NONE);
        }
        return values.stream().flatMapToInt(value -> Arrays.stream(positions.getOrDefault(value, NONE)))
                .distinct().sorted().toArray();
    }
}
