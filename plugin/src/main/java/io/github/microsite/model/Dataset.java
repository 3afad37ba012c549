package io.github.microsite.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.util.Optional;

/**
 * A JSON dataset that passed its checks: {@code data/policies.json} is the dataset named {@code policies}.
 *
 * @param schema the dataset's JSON Schema, or a missing node when it has none
 */
public record Dataset(String name, String relativePath, JsonNode root, JsonNode schema) {

    /** Names the schema keyword that says which field of a row identifies it. */
    public static final String KEY_KEYWORD = "x-key";

    public Dataset {
        schema = schema == null ? MissingNode.getInstance() : schema;
    }

    public Dataset(String name, String relativePath, JsonNode root) {
        this(name, relativePath, root, MissingNode.getInstance());
    }

    /** The rows of the conventional envelope {title, description, source, units, rows}, or an empty array. */
    public JsonNode rows() {
        JsonNode rows = root.path("rows");
        return rows.isArray() ? rows : JsonNodeFactory.instance.arrayNode();
    }

    /** The field named by {@code "x-key"} on the schema's {@code rows} array, if the schema declares one. */
    public Optional<String> keyField() {
        JsonNode key = schema.path("properties").path("rows").path(KEY_KEYWORD);
        return key.isTextual() ? Optional.of(key.asText()) : Optional.empty();
    }
}
