package io.github.microsite.dataview;

import java.util.Locale;
import java.util.Map;

/**
 * What {@code chart::NAME[type=bar|hbar|column|line, label=FIELD, value=FIELD, unit=FIELD, where="…", sort="…",
 * limit=N, count=FIELD[:year], caption="…", labels="Label header,Value header"]} asks for: either one bar per row ({@code label} and {@code value}),
 * or the number of rows per distinct value of {@code count} (per year of a date field with {@code :year}).
 */
public record ChartSpec(String dataset, Type type, String label, String value, String unit, String count,
                        boolean countByYear, String where, String sort, String limit, String caption,
                        java.util.List<String> labels) {

    public ChartSpec {
        labels = java.util.List.copyOf(labels);
    }

    /** {@code bar} and {@code column} draw vertical bars, {@code hbar} horizontal ones, {@code line} a series. */
    public enum Type { BAR, HBAR, COLUMN, LINE }

    public static ChartSpec fromAttributes(String dataset, Map<String, Object> attributes) throws DataViewException {
        String typeName = TableSpec.text(attributes, "type");
        Type type;
        try {
            type = typeName.isEmpty() ? Type.HBAR : Type.valueOf(typeName.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DataViewException("unknown chart type '" + typeName + "'; use bar, hbar, column or line");
        }
        String count = TableSpec.text(attributes, "count");
        boolean byYear = count.endsWith(":year");
        if (byYear) {
            count = count.substring(0, count.length() - ":year".length());
        } else if (count.contains(":")) {
            throw new DataViewException("count=" + count + ": only ':year' may follow the field");
        }
        String label = TableSpec.text(attributes, "label");
        String value = TableSpec.text(attributes, "value");
        if (count.isEmpty() && (label.isEmpty() || value.isEmpty())) {
            throw new DataViewException("chart::" + dataset + "[] needs label=FIELD and value=FIELD (one bar per row)"
                    + " or count=FIELD (rows per distinct value)");
        }
        return new ChartSpec(dataset, type, label, value, TableSpec.text(attributes, "unit"), count, byYear,
                TableSpec.text(attributes, "where"), TableSpec.text(attributes, "sort"),
                TableSpec.text(attributes, "limit"), TableSpec.text(attributes, "caption"),
                TableSpec.list(TableSpec.text(attributes, "labels")));
    }
}
