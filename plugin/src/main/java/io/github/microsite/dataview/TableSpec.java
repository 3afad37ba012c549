package io.github.microsite.dataview;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@code dataset::NAME[columns="a,b", labels="A,B", sort="a:desc", where="b=x|y", caption="…", layout=stack,
 * limit=N, page-size=N]} asks for. Empty lists mean the defaults: every field of the schema, labels from each
 * property's {@code title}, the dataset's own order; an empty page size means {@link #DEFAULT_PAGE_SIZE}.
 */
public record TableSpec(String dataset, List<String> columns, List<String> labels, String where, String sort,
                        String limit, String caption, boolean stacked, String pageSize) {

    /** Rows a table shows in the page before "show more": a 10,000-row dataset must not weigh megabytes. */
    public static final int DEFAULT_PAGE_SIZE = 100;

    public TableSpec {
        columns = List.copyOf(columns);
        labels = List.copyOf(labels);
    }

    public TableSpec(String dataset, List<String> columns, List<String> labels, String where, String sort,
                     String limit, String caption, boolean stacked) {
        this(dataset, columns, labels, where, sort, limit, caption, stacked, "");
    }

    /** Reads the attributes of a {@code dataset::} macro (values as Asciidoctor hands them over). */
    public static TableSpec fromAttributes(String dataset, Map<String, Object> attributes) {
        return new TableSpec(dataset, list(text(attributes, "columns")), list(text(attributes, "labels")),
                text(attributes, "where"), text(attributes, "sort"), text(attributes, "limit"),
                text(attributes, "caption"), "stack".equals(text(attributes, "layout")),
                text(attributes, "page-size"));
    }

    static String text(Map<String, Object> attributes, String name) {
        Object value = attributes.get(name);
        return value == null ? "" : value.toString().trim();
    }

    static List<String> list(String text) {
        List<String> items = new ArrayList<>();
        if (!text.isBlank()) {
            for (String item : text.split(",")) {
                items.add(item.trim());
            }
        }
        return items;
    }
}
