package io.github.microsite.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A JSON dataset that passed its checks: {@code data/policies.json} is the dataset named {@code policies}.
 */
public record Dataset(String name, String relativePath, JsonNode root) {

    /** The rows of the conventional envelope {title, description, source, units, rows}, or an empty array. */
    public JsonNode rows() {
        JsonNode rows = root.path("rows");
        return rows.isArray() ? rows : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
    }
}
