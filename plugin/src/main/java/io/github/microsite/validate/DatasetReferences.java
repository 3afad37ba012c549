package io.github.microsite.validate;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.microsite.model.Dataset;
import io.github.microsite.model.PageReference;
import io.github.microsite.model.Problem;
import io.github.microsite.model.Problems;
import io.github.microsite.model.Severity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The checks JSON Schema cannot express, read from the schema vocabulary of the plugin:
 * <ul>
 * <li>{@code "x-key": "field"} on the {@code rows} array: that field identifies a row; no two rows share a value.</li>
 * <li>{@code "x-ref": "dataset"} on a property (or an array, or an array's {@code items}), at any depth inside a
 * row: the value, or each element, is the key of a row of that dataset. {@code null} passes.</li>
 * <li>{@code "x-page": true} on a string property: the value names a page; collected here as a
 * {@link PageReference} and checked after routing, when pages and their ids are known.</li>
 * </ul>
 * Each problem names the data file, line and column, and the JSON pointer of the offending value.
 */
final class DatasetReferences {

    static final String REF_KEYWORD = "x-ref";
    static final String PAGE_KEYWORD = "x-page";

    private final Map<String, Dataset> datasets = new TreeMap<>();
    private final Map<String, JsonLocations> locations;
    private final Map<String, Set<String>> keys = new HashMap<>();

    /** @param locations each dataset's value locations by JSON pointer, by dataset name */
    DatasetReferences(List<Dataset> datasets, Map<String, JsonLocations> locations) {
        datasets.forEach(dataset -> this.datasets.put(dataset.name(), dataset));
        this.locations = locations;
    }

    /** Reports duplicate keys and broken references; returns the page references to check later. */
    List<PageReference> check(Problems problems) {
        datasets.values().forEach(dataset -> collectKeys(dataset, problems));
        List<PageReference> pages = new ArrayList<>();
        for (Dataset dataset : datasets.values()) {
            JsonNode rows = dataset.rows();
            JsonNode rowSchema = resolve(dataset.schema(), dataset.schema().path("properties").path("rows")).path("items");
            for (int i = 0; i < rows.size(); i++) {
                visit(dataset, rowSchema, rows.get(i), "/rows/" + i, new HashSet<>(), pages, problems);
            }
        }
        return List.copyOf(pages);
    }

    private void collectKeys(Dataset dataset, Problems problems) {
        dataset.keyField().ifPresent(field -> {
            Map<String, Integer> firstRow = new LinkedHashMap<>();
            JsonNode rows = dataset.rows();
            for (int i = 0; i < rows.size(); i++) {
                JsonNode key = rows.get(i).get(field);
                if (key == null || key.isNull()) {
                    continue; // "required" in the schema is what says every row has one
                }
                Integer first = firstRow.putIfAbsent(key.asText(), i);
                if (first != null) {
                    problems.add(located(dataset, "/rows/" + i + "/" + escape(field), "duplicate " + field + " '"
                            + key.asText() + "': row /rows/" + first + " already has it (\"" + Dataset.KEY_KEYWORD
                            + "\": \"" + field + "\" says it identifies a row); give this row its own " + field));
                }
            }
            keys.put(dataset.name(), firstRow.keySet());
        });
    }

    /**
     * Walks a value and its schema together. {@code seen} holds the pointers already checked, because a value may
     * be reached through several subschemas ({@code allOf}, {@code anyOf}…) and should be reported once.
     */
    private void visit(Dataset dataset, JsonNode schema, JsonNode value, String pointer, Set<String> seen,
                       List<PageReference> pages, Problems problems) {
        if (schema == null || !schema.isObject() || value == null) {
            return;
        }
        JsonNode ref = schema.get(REF_KEYWORD);
        if (ref != null && ref.isTextual()) {
            if (value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    checkReference(dataset, ref.asText(), value.get(i), pointer + "/" + i, seen, problems);
                }
            } else {
                checkReference(dataset, ref.asText(), value, pointer, seen, problems);
            }
        }
        if (schema.path(PAGE_KEYWORD).asBoolean(false) && value.isTextual() && seen.add("page " + pointer)) {
            JsonLocation at = locations.get(dataset.name()).find(pointer);
            pages.add(new PageReference(dataset.name(), dataset.relativePath(), at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(), pointer, value.asText()));
        }
        JsonNode target = schema.get("$ref");
        if (target != null && target.isTextual()) {
            visit(dataset, resolve(dataset.schema(), schema), value, pointer, seen, pages, problems);
        }
        for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
            for (JsonNode branch : schema.path(combinator)) {
                visit(dataset, branch, value, pointer, seen, pages, problems);
            }
        }
        if (value.isObject()) {
            value.fieldNames().forEachRemaining(name -> {
                JsonNode property = schema.path("properties").get(name);
                if (property == null) {
                    property = schema.get("additionalProperties");
                }
                visit(dataset, property, value.get(name), pointer + "/" + escape(name), seen, pages, problems);
            });
        } else if (value.isArray()) {
            JsonNode items = schema.get("items");
            for (int i = 0; i < value.size(); i++) {
                visit(dataset, items, value.get(i), pointer + "/" + i, seen, pages, problems);
            }
        }
    }

    private void checkReference(Dataset dataset, String target, JsonNode value, String pointer, Set<String> seen,
                                Problems problems) {
        if (value == null || value.isNull() || !value.isValueNode() || !seen.add("ref " + pointer)) {
            return;
        }
        Set<String> known = keys.get(target);
        if (known == null) {
            String why = datasets.containsKey(target)
                    ? "its schema declares no \"" + Dataset.KEY_KEYWORD + "\" on rows, so its rows cannot be referenced"
                    : "there is no valid dataset data/" + target + ".json";
            problems.add(located(dataset, pointer, "'" + value.asText() + "' should name a row of dataset '" + target
                    + "' (\"" + REF_KEYWORD + "\": \"" + target + "\"), but " + why));
        } else if (!known.contains(value.asText())) {
            String field = datasets.get(target).keyField().orElse("key");
            problems.add(located(dataset, pointer, "'" + value.asText() + "' is not the " + field + " of any row of data/"
                    + target + ".json; fix the value or add that row to " + target));
        }
    }

    /** Follows a local {@code $ref} such as {@code #/$defs/id}; other schemas are returned as they are. */
    private static JsonNode resolve(JsonNode root, JsonNode schema) {
        JsonNode current = schema;
        for (int depth = 0; depth < 16 && current.path("$ref").isTextual(); depth++) {
            String ref = current.path("$ref").asText();
            if (!ref.startsWith("#")) {
                return current;
            }
            JsonNode next = root.at(ref.substring(1));
            if (next.isMissingNode()) {
                return current;
            }
            current = next;
        }
        return current;
    }

    private Problem located(Dataset dataset, String pointer, String message) {
        JsonLocation at = locations.get(dataset.name()).find(pointer);
        return new Problem(Severity.ERROR, dataset.relativePath(), at == null ? 0 : at.getLineNr(),
                at == null ? 0 : at.getColumnNr(), pointer, message);
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
