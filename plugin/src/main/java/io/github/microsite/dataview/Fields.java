package io.github.microsite.dataview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.github.microsite.model.Dataset;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Fields of a row by dotted path ({@code metrics.value}), and what the schema says about them. */
final class Fields {

    private Fields() {
    }

    /** The value at a dotted path; through an array, the values of its elements as an array. */
    static JsonNode at(JsonNode row, String path) {
        if (!row.isArray() && path.indexOf('.') < 0) {
            // The common case, and a hot one: a where= filter asks every row of a 10,000-row dataset, on every page
            // that shows it. Splitting the path makes new strings whose hash is computed again for each lookup.
            return row.path(path);
        }
        JsonNode current = row;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            if (current.isArray()) {
                ArrayNode mapped = JsonNodeFactory.instance.arrayNode();
                String rest = String.join(".", java.util.Arrays.copyOfRange(parts, i, parts.length));
                current.forEach(element -> {
                    JsonNode value = at(element, rest);
                    if (!value.isMissingNode()) {
                        mapped.add(value);
                    }
                });
                return mapped;
            }
            current = current.path(parts[i]);
        }
        return current;
    }

    /** Whether the schema declares the path, or any row has a value there. */
    static boolean exists(Dataset dataset, String path) {
        if (!schemaOf(dataset, path).isMissingNode()) {
            return true;
        }
        for (JsonNode row : dataset.rows()) {
            if (!at(row, path).isMissingNode()) {
                return true;
            }
        }
        return false;
    }

    /** The schema of the value at the path inside a row, or a missing node. */
    static JsonNode schemaOf(Dataset dataset, String path) {
        JsonNode schema = resolve(dataset.schema(), dataset.schema().path("properties").path("rows").path("items"));
        for (String part : path.split("\\.")) {
            schema = resolve(dataset.schema(), schema);
            if (schema.path("type").asText().equals("array") || schema.has("items")) {
                schema = resolve(dataset.schema(), schema.path("items"));
            }
            schema = schema.path("properties").path(part);
            if (schema.isMissingNode()) {
                return MissingNode.getInstance();
            }
        }
        return resolve(dataset.schema(), schema);
    }

    /** The property's {@code title} in the schema, else the path itself. */
    static String title(Dataset dataset, String path) {
        JsonNode title = schemaOf(dataset, path).path("title");
        return title.isTextual() && !title.asText().isBlank() ? title.asText() : path;
    }

    /** Every field of a row: the schema's properties in their order, else the fields of the rows as they come. */
    static List<String> all(Dataset dataset) {
        Set<String> names = new LinkedHashSet<>();
        JsonNode items = resolve(dataset.schema(), dataset.schema().path("properties").path("rows").path("items"));
        items.path("properties").fieldNames().forEachRemaining(names::add);
        if (names.isEmpty()) {
            for (JsonNode row : dataset.rows()) {
                row.fieldNames().forEachRemaining(names::add);
            }
        }
        return new ArrayList<>(names);
    }

    /** Names the other fields a spec could use, so an error message can suggest them. */
    static String known(Dataset dataset) {
        List<String> all = all(dataset);
        return all.isEmpty() ? "(none)" : String.join(", ", all);
    }

    private static JsonNode resolve(JsonNode root, JsonNode schema) {
        JsonNode current = schema;
        for (int depth = 0; depth < 16 && current.path("$ref").asText().startsWith("#"); depth++) {
            JsonNode next = root.at(current.path("$ref").asText().substring(1));
            if (next.isMissingNode()) {
                break;
            }
            current = next;
        }
        return current;
    }

    static Iterator<JsonNode> elements(JsonNode value) {
        return value.isArray() ? value.elements() : List.of(value).iterator();
    }
}
