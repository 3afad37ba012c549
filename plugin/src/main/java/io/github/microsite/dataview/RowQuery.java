package io.github.microsite.dataview;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.microsite.model.Dataset;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which rows, in which order: {@code where="industry=finance|retail,year=2024"} keeps rows whose field (or any element
 * of it) equals one of the values, {@code sort="date:desc,title"} orders them, {@code limit} keeps the first N.
 */
record RowQuery(Map<String, Set<String>> where, List<SortKey> sort, int limit) {

    record SortKey(String field, boolean descending) {
    }

    static RowQuery parse(String where, String sort, String limit) throws DataViewException {
        Map<String, Set<String>> conditions = new LinkedHashMap<>();
        for (String clause : split(where)) {
            int equals = clause.indexOf('=');
            if (equals <= 0) {
                throw new DataViewException("where=\"" + where + "\": '" + clause + "' is not field=value;"
                        + " write where=\"field=value1|value2,other=value\"");
            }
            conditions.put(clause.substring(0, equals).trim(),
                    new LinkedHashSet<>(List.of(clause.substring(equals + 1).trim().split("\\|", -1))));
        }
        List<SortKey> keys = new ArrayList<>();
        for (String key : split(sort)) {
            String[] parts = key.split(":", 2);
            String direction = parts.length > 1 ? parts[1].trim() : "asc";
            if (!direction.equals("asc") && !direction.equals("desc")) {
                throw new DataViewException("sort=\"" + sort + "\": direction '" + direction + "' is neither asc nor desc");
            }
            keys.add(new SortKey(parts[0].trim(), direction.equals("desc")));
        }
        int max = 0;
        if (limit != null && !limit.isBlank()) {
            try {
                max = Integer.parseInt(limit.trim());
            } catch (NumberFormatException e) {
                max = -1;
            }
            if (max <= 0) {
                throw new DataViewException("limit=" + limit + " is not a positive whole number");
            }
        }
        return new RowQuery(conditions, keys, max);
    }

    /** Checks every field the query names exists in the dataset. */
    void check(Dataset dataset) throws DataViewException {
        for (String field : where.keySet()) {
            if (!Fields.exists(dataset, field)) {
                throw new DataViewException("unknown where field '" + field + "' in dataset '" + dataset.name()
                        + "'; its fields are " + Fields.known(dataset));
            }
        }
        for (SortKey key : sort) {
            if (!Fields.exists(dataset, key.field())) {
                throw new DataViewException("unknown sort field '" + key.field() + "' in dataset '" + dataset.name()
                        + "'; its fields are " + Fields.known(dataset));
            }
        }
    }

    List<JsonNode> apply(Dataset dataset, String language) {
        return apply(dataset, language, RowIndex::of);
    }

    /**
     * @param indexes the rows of a dataset by a field's values; the first {@code where} field's index gives the
     *                candidate rows, in the dataset's order, and every condition is then checked on those alone
     */
    List<JsonNode> apply(Dataset dataset, String language, java.util.function.BiFunction<Dataset, String, RowIndex> indexes) {
        List<JsonNode> rows = new ArrayList<>();
        if (where.isEmpty()) {
            dataset.rows().forEach(rows::add);
        } else {
            Map.Entry<String, Set<String>> first = where.entrySet().iterator().next();
            for (int position : indexes.apply(dataset, first.getKey()).rowsWithAny(first.getValue())) {
                JsonNode row = dataset.rows().get(position);
                if (matches(row)) {
                    rows.add(row);
                }
            }
        }
        if (!sort.isEmpty()) {
            rows.sort(comparator(language));
        }
        return limit > 0 && rows.size() > limit ? List.copyOf(rows.subList(0, limit)) : List.copyOf(rows);
    }

    private boolean matches(JsonNode row) {
        for (Map.Entry<String, Set<String>> condition : where.entrySet()) {
            boolean any = false;
            for (Iterator<JsonNode> values = Fields.elements(Fields.at(row, condition.getKey())); values.hasNext(); ) {
                JsonNode value = values.next();
                if (value.isValueNode() && condition.getValue().contains(value.asText())) {
                    any = true;
                }
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    private Comparator<JsonNode> comparator(String language) {
        Comparator<JsonNode> all = (a, b) -> 0;
        Comparator<JsonNode> values = values(language);
        for (SortKey key : sort) {
            Comparator<JsonNode> byField = (a, b) -> {
                JsonNode left = Fields.at(a, key.field());
                JsonNode right = Fields.at(b, key.field());
                boolean leftEmpty = left.isMissingNode() || left.isNull();
                boolean rightEmpty = right.isMissingNode() || right.isNull();
                if (leftEmpty || rightEmpty) {
                    return Boolean.compare(leftEmpty, rightEmpty); // empty values last, either direction
                }
                int order = values.compare(left, right);
                return key.descending() ? -order : order;
            };
            all = all.thenComparing(byField);
        }
        return all;
    }

    /** Numbers numerically, text (and ISO dates) by the language's collation. */
    static Comparator<JsonNode> values(String language) {
        Collator collator = Collator.getInstance(Labels.isChinese(language) ? Locale.CHINA : Locale.ENGLISH);
        return (a, b) -> {
            if (a.isNumber() && b.isNumber()) {
                return a.decimalValue().compareTo(b.decimalValue());
            }
            return collator.compare(a.asText(), b.asText());
        };
    }

    private static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                parts.add(part.trim());
            }
        }
        return parts;
    }
}
