package io.github.microsite.compose;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.microsite.dataview.DataFiles;
import io.github.microsite.link.PageTargets;
import io.github.microsite.link.RelativeUrls;
import io.github.microsite.model.Dataset;
import io.github.microsite.model.DatasetCatalog;
import io.github.microsite.model.Section;
import io.github.microsite.route.Route;
import io.github.microsite.route.SiteMap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a dataset row into what a template sees: plain maps, lists, strings, numbers and booleans, with every
 * reference the schema declares already followed, so a template never looks anything up.
 * <ul>
 *   <li>{@code "x-ref": "<dataset>"} on a property (or an array's {@code items}): the row it names, itself resolved
 *       the same way, or a list of rows; a key with no row stays the key (the build's dataset check reports it).</li>
 *   <li>{@code "x-page": true} on a string property: {@code {target, href, title, pageTitle}}, the href relative to
 *       the page being rendered (by {@link PageTargets}), the title that of the section (or page) it points at; only
 *       {@code target} when it names no page (the build's dataset check reports it).</li>
 * </ul>
 */
final class RowModels {

    /** References are followed this deep: a row's cases and their sources, but not the cases' own industry's cases. */
    private static final int MAX_DEPTH = 2;

    private final DatasetCatalog datasets;
    private final SiteMap siteMap;
    private final PageTargets targets;

    RowModels(DatasetCatalog datasets, SiteMap siteMap, PageTargets targets) {
        this.datasets = datasets;
        this.siteMap = siteMap;
        this.targets = targets;
    }

    /** The row of {@code dataset} as seen from the page {@code from}. */
    Map<String, Object> row(Route from, Dataset dataset, JsonNode row) {
        return object(from, dataset, row, rowSchema(dataset), 0);
    }

    private Map<String, Object> object(Route from, Dataset dataset, JsonNode value, JsonNode schema, int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        value.fields().forEachRemaining(field -> {
            JsonNode property = resolve(dataset, schema.path("properties").path(field.getKey()));
            if (property.isMissingNode() && schema.path("additionalProperties").isObject()) {
                property = resolve(dataset, schema.path("additionalProperties"));
            }
            Object converted = value(from, dataset, field.getValue(), property, depth);
            if (converted != null) {
                map.put(field.getKey(), converted);
            }
        });
        return map;
    }

    private Object value(Route from, Dataset dataset, JsonNode value, JsonNode schema, int depth) {
        if (value.isNull()) {
            return null;
        }
        JsonNode ref = schema.path("x-ref");
        if (ref.isTextual() && value.isValueNode()) {
            return reference(from, ref.asText(), value, depth);
        }
        if (schema.path("x-page").asBoolean(false) && value.isTextual()) {
            return page(from, value.asText());
        }
        if (value.isArray()) {
            JsonNode items = resolve(dataset, schema.path("items"));
            List<Object> list = new ArrayList<>();
            value.forEach(item -> {
                Object converted = value(from, dataset, item, items, depth);
                if (converted != null) {
                    list.add(converted);
                }
            });
            return list;
        }
        if (value.isObject()) {
            return object(from, dataset, value, schema, depth);
        }
        return scalar(value);
    }

    private Object reference(Route from, String target, JsonNode key, int depth) {
        Optional<Dataset> dataset = datasets.dataset(target);
        Optional<JsonNode> row = datasets.row(target, key.asText());
        if (dataset.isEmpty() || row.isEmpty()) {
            return scalar(key);
        }
        if (depth >= MAX_DEPTH) {
            return plain(row.get());
        }
        return object(from, dataset.get(), row.get(), rowSchema(dataset.get()), depth + 1);
    }

    /**
     * The rows of every dataset that refer to this row through an {@code x-ref} field at their top level (a value or an
     * array of them): by dataset name, {@code {title, href, rows}} with href the dataset on the data page. So a
     * template shows what points at an entity - the benchmark applications of an industry - without a list kept on
     * the entity's side.
     */
    Map<String, Object> referencedBy(Route from, Dataset target, String key) {
        Map<String, Object> byDataset = new LinkedHashMap<>();
        for (Dataset dataset : datasets.all()) {
            JsonNode schema = rowSchema(dataset);
            List<String> fields = new ArrayList<>();
            schema.path("properties").fields().forEachRemaining(property -> {
                JsonNode field = resolve(dataset, property.getValue());
                JsonNode items = resolve(dataset, field.path("items"));
                if (target.name().equals(field.path("x-ref").asText(null))
                        || target.name().equals(items.path("x-ref").asText(null))) {
                    fields.add(property.getKey());
                }
            });
            if (fields.isEmpty()) {
                continue;
            }
            List<Object> rows = new ArrayList<>();
            for (JsonNode row : dataset.rows()) {
                boolean refers = fields.stream().map(row::path).anyMatch(value -> value.isArray()
                        ? java.util.stream.StreamSupport.stream(value.spliterator(), false)
                        .anyMatch(element -> element.isValueNode() && element.asText().equals(key))
                        : value.isValueNode() && !value.isNull() && value.asText().equals(key));
                if (refers) {
                    rows.add(object(from, dataset, row, schema, 1));
                }
            }
            if (!rows.isEmpty()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("title", dataset.root().path("title").asText(dataset.name()));
                entry.put("href", RelativeUrls.between(from.folder(), DataFiles.PAGE) + "#dataset-" + dataset.name());
                entry.put("rows", rows);
                byDataset.put(dataset.name(), entry);
            }
        }
        return byDataset;
    }

    /** An xref-like target, {@code chapters/ch2-industries.adoc#finance}, as a link from the page being rendered. */
    Map<String, Object> page(Route from, String target) {
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("target", target);
        int hash = target.indexOf('#');
        String address = hash < 0 ? target : target.substring(0, hash);
        String id = hash < 0 ? "" : target.substring(hash + 1);
        Optional<Route> page = siteMap.byAddress(address);
        Optional<String> href = targets.resolve(from.folder(), target).href();
        if (page.isEmpty() || href.isEmpty()) {
            return link;
        }
        Optional<String> section = id.isEmpty() ? Optional.empty() : findTitle(page.get().page().sections(), id);
        link.put("href", href.get());
        link.put("title", section.orElse(page.get().navTitle()));
        link.put("pageTitle", page.get().navTitle());
        return link;
    }

    private static Optional<String> findTitle(List<Section> sections, String id) {
        for (Section section : sections) {
            if (section.id().equals(id)) {
                return Optional.of(section.title());
            }
            Optional<String> nested = findTitle(section.children(), id);
            if (nested.isPresent()) {
                return nested;
            }
        }
        return Optional.empty();
    }

    /** The schema of one row: the {@code items} of the {@code rows} array. */
    private static JsonNode rowSchema(Dataset dataset) {
        return resolve(dataset, dataset.schema().path("properties").path("rows").path("items"));
    }

    /** Follows a local {@code $ref} ({@code #/$defs/section}) within the dataset's schema. */
    private static JsonNode resolve(Dataset dataset, JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; hops < 8 && current.path("$ref").isTextual(); hops++) {
            String ref = current.path("$ref").asText();
            if (!ref.startsWith("#")) {
                return current;
            }
            current = dataset.schema().at(ref.substring(1));
        }
        return current;
    }

    /** A JSON value without references followed. */
    static Object plain(JsonNode value) {
        if (value.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            value.fields().forEachRemaining(field -> {
                Object converted = plain(field.getValue());
                if (converted != null) {
                    map.put(field.getKey(), converted);
                }
            });
            return map;
        }
        if (value.isArray()) {
            List<Object> list = new ArrayList<>();
            value.forEach(item -> list.add(plain(item)));
            return list;
        }
        return value.isNull() ? null : scalar(value);
    }

    private static Object scalar(JsonNode value) {
        if (value.isIntegralNumber()) {
            return value.bigIntegerValue();
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        return value.asText();
    }
}
