package io.github.microsite.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The valid datasets of a build by name, with their rows by key ({@code "x-key"} in the schema), so a reference from
 * one dataset to another - or from a page or a collection to a row - is a lookup, not a scan.
 */
public final class DatasetCatalog {

    private final Map<String, Dataset> byName = new TreeMap<>();
    private final Map<String, Map<String, JsonNode>> rowsByKey = new TreeMap<>();
    private final List<PageReference> pageReferences;

    public DatasetCatalog(Collection<Dataset> datasets) {
        this(datasets, List.of());
    }

    /** @param pageReferences the values marked {@code "x-page": true}, checked once pages are routed */
    public DatasetCatalog(Collection<Dataset> datasets, List<PageReference> pageReferences) {
        this.pageReferences = List.copyOf(pageReferences);
        for (Dataset dataset : datasets) {
            byName.put(dataset.name(), dataset);
            dataset.keyField().ifPresent(field -> {
                Map<String, JsonNode> rows = new LinkedHashMap<>();
                for (JsonNode row : dataset.rows()) {
                    JsonNode key = row.get(field);
                    if (key != null && !key.isNull()) {
                        rows.putIfAbsent(key.asText(), row);
                    }
                }
                rowsByKey.put(dataset.name(), rows);
            });
        }
    }

    public static DatasetCatalog empty() {
        return new DatasetCatalog(List.of());
    }

    public Optional<Dataset> dataset(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Every dataset, sorted by name. */
    public Collection<Dataset> all() {
        return byName.values();
    }

    /** The row of {@code dataset} whose key field holds {@code key} (compared as text: {@code 3} matches "3"). */
    public Optional<JsonNode> row(String dataset, String key) {
        return Optional.ofNullable(rowsByKey.getOrDefault(dataset, Map.of()).get(key));
    }

    /** Every value marked {@code "x-page": true}, in dataset and row order. */
    public List<PageReference> pageReferences() {
        return pageReferences;
    }

    /** Whether the dataset declares a key field, so rows can be referenced. */
    public boolean isKeyed(String dataset) {
        return rowsByKey.containsKey(dataset);
    }
}
