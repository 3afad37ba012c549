package io.github.microsite.dataview;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.microsite.model.Dataset;
import io.github.microsite.model.DatasetCatalog;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tables and charts from the datasets of one build, in one language: what the {@code dataset::} and {@code chart::}
 * macros write, and what a template or collection page can ask for with data it already holds.
 *
 * <p>{@code dataUrl} is the relative URL of the site's {@code data/} folder from where the HTML will stand (e.g.
 * {@code ../data/}); the download links under each table and chart use it.
 */
public final class DataViews {

    /**
     * A table gets sort buttons (and the page the sort script) from this many rows on: two to five rows are read at a
     * glance, and on a phone a 排序 bar above three cards costs more room and bytes than it saves.
     */
    public static final int SORTABLE_ROWS = 6;

    private final DatasetCatalog catalog;
    private final String language;
    private final ValueFormat format;
    private final Labels labels;
    /** Rows by a field's values, per dataset and field, made on first use: where= filters read these. */
    private final java.util.concurrent.ConcurrentMap<String, RowIndex> indexes =
            new java.util.concurrent.ConcurrentHashMap<>();

    public DataViews(DatasetCatalog catalog, String language) {
        this.catalog = catalog;
        this.language = language;
        this.format = new ValueFormat(language);
        this.labels = new Labels(language);
    }

    /** Thread-safe: pages converting at once share these indexes; each is built once. */
    private RowIndex index(Dataset dataset, String field) {
        return indexes.computeIfAbsent(dataset.name() + '\u0000' + field, key -> RowIndex.of(dataset, field));
    }

    /** The table with its source line and downloads, or why the spec does not fit the dataset. */
    public String table(TableSpec spec, String dataUrl) throws DataViewException {
        Dataset dataset = dataset(spec.dataset());
        List<String> fields = spec.columns().isEmpty() ? Fields.all(dataset) : spec.columns();
        for (String field : fields) {
            if (!Fields.exists(dataset, field)) {
                throw new DataViewException("unknown column '" + field + "' in dataset '" + dataset.name()
                        + "'; its fields are " + Fields.known(dataset));
            }
        }
        if (!spec.labels().isEmpty() && spec.labels().size() != fields.size()) {
            throw new DataViewException("labels=\"" + String.join(",", spec.labels()) + "\" names "
                    + spec.labels().size() + " columns but there are " + fields.size() + "; give one label per column");
        }
        RowQuery query = RowQuery.parse(spec.where(), spec.sort(), spec.limit());
        query.check(dataset);
        List<JsonNode> rows = query.apply(dataset, language, this::index);
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            String label = spec.labels().isEmpty() ? Fields.title(dataset, fields.get(i)) : spec.labels().get(i);
            columns.add(Column.of(fields.get(i), label, rows, format));
        }
        String caption = spec.caption().isEmpty() ? dataset.root().path("title").asText("") : spec.caption();
        int pageSize = pageSize(spec);
        if (rows.size() <= pageSize) {
            return "<div class=\"data-view\">\n"
                    + TableHtml.render(caption, columns, rows, rows.size() >= SORTABLE_ROWS, spec.stacked(), format, labels, "")
                    + sourceAndDownloads(dataset, dataUrl) + "</div>\n";
        }
        // The first rows in the page; the rest in a file next to the dataset's downloads, which table.js fetches
        // on "show more". The spec travels with the table so the build can write that file (TableRows).
        String specJson = TableRows.specJson(spec);
        String more = " data-rows=\"" + rows.size() + "\" data-page-size=\"" + pageSize + "\" data-more=\""
                + Html.escape(TableRows.fileName(dataset.name(), specJson, language)) + "\" data-more-spec=\""
                + Html.escape(specJson) + "\"";
        return "<div class=\"data-view\">\n"
                + TableHtml.render(caption, columns, rows.subList(0, pageSize), true, spec.stacked(), format, labels,
                more)
                + "<p class=\"data-more\">" + Html.escape(firstRows(pageSize, rows.size())) + "</p>\n"
                + sourceAndDownloads(dataset, dataUrl) + "</div>\n";
    }

    private static int pageSize(TableSpec spec) throws DataViewException {
        if (spec.pageSize().isBlank()) {
            return TableSpec.DEFAULT_PAGE_SIZE;
        }
        if (spec.pageSize().equals("all")) {
            return Integer.MAX_VALUE;
        }
        try {
            int size = Integer.parseInt(spec.pageSize().trim());
            if (size > 0) {
                return size;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new DataViewException("page-size=" + spec.pageSize() + " is neither a positive whole number nor 'all'");
    }

    private String firstRows(int shown, int total) {
        java.text.NumberFormat count = java.text.NumberFormat.getIntegerInstance(Locale.US);
        return Labels.isChinese(language)
                ? "表中为前 " + count.format(shown) + " 行，共 " + count.format(total) + " 行；完整数据见下方下载。"
                : "The first " + count.format(shown) + " of " + count.format(total)
                + " rows; the full data is in the downloads below.";
    }

    /**
     * The rows of a paged table after its first page, as table.js appends them: {@code {"total": N, "rows":
     * [[cell, …], …]}}, a cell the text shown or {@code [text, raw]} where the raw value differs (numbers, dates).
     */
    byte[] moreRows(TableSpec spec) throws DataViewException {
        Dataset dataset = dataset(spec.dataset());
        List<String> fields = spec.columns().isEmpty() ? Fields.all(dataset) : spec.columns();
        RowQuery query = RowQuery.parse(spec.where(), spec.sort(), spec.limit());
        query.check(dataset);
        List<JsonNode> rows = query.apply(dataset, language, this::index);
        List<Column> columns = new ArrayList<>();
        for (String field : fields) {
            columns.add(Column.of(field, field, rows, format));
        }
        com.fasterxml.jackson.databind.node.ObjectNode json = com.fasterxml.jackson.databind.node.JsonNodeFactory
                .instance.objectNode();
        json.put("total", rows.size());
        com.fasterxml.jackson.databind.node.ArrayNode out = json.putArray("rows");
        for (JsonNode row : rows.subList(Math.min(pageSize(spec), rows.size()), rows.size())) {
            com.fasterxml.jackson.databind.node.ArrayNode cells = out.addArray();
            for (Column column : columns) {
                JsonNode value = Fields.at(row, column.field());
                String shown = column.display(value, format, labels);
                String raw = column.raw(value);
                if (raw.isEmpty()) {
                    cells.add(shown);
                } else {
                    cells.addArray().add(shown).add(raw);
                }
            }
        }
        return TableRows.write(json);
    }

    /**
     * What the data page shows of each dataset: title, description, source, row count, the first rows of its first
     * columns (a plain table), and the site paths of its downloads and schema. Maps of strings, for a template.
     */
    public List<Map<String, Object>> catalogue(int previewRows, int previewColumns) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Dataset dataset : catalog.all()) {
            List<String> fields = Fields.all(dataset);
            fields = fields.subList(0, Math.min(previewColumns, fields.size()));
            List<JsonNode> rows = new ArrayList<>();
            dataset.rows().forEach(row -> {
                if (rows.size() < previewRows) {
                    rows.add(row);
                }
            });
            List<Column> columns = new ArrayList<>();
            for (String field : fields) {
                columns.add(Column.of(field, Fields.title(dataset, field), rows, format));
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", dataset.name());
            entry.put("title", dataset.root().path("title").asText(dataset.name()));
            entry.put("description", dataset.root().path("description").asText(""));
            entry.put("source", dataset.root().path("source").asText(""));
            entry.put("rows", dataset.rows().size());
            entry.put("preview", TableHtml.render("", columns, rows, false, true, format, labels, ""));
            entry.put("csv", DataFiles.FOLDER + "/" + dataset.name() + ".csv");
            entry.put("json", DataFiles.FOLDER + "/" + dataset.name() + ".json");
            entry.put("schema", dataset.schema().isMissingNode() ? "" : DataFiles.schemaPath(dataset));
            entries.add(entry);
        }
        return entries;
    }

    /**
     * The chart as a figure: caption, SVG, its data in a table behind a {@code <details>}, source and downloads.
     *
     * @param id unique on the page; the SVG's title and description are referenced by ids derived from it
     */
    public String chart(ChartSpec spec, String id, String dataUrl) throws DataViewException {
        Dataset dataset = dataset(spec.dataset());
        List<ChartPoint> points = points(dataset, spec);
        if (points.isEmpty()) {
            throw new DataViewException("chart::" + dataset.name() + "[] has nothing to draw: no row matches where=\""
                    + spec.where() + "\"");
        }
        String caption = spec.caption().isEmpty() ? dataset.root().path("title").asText(dataset.name()) : spec.caption();
        ChartDrawing drawing = ChartLayout.layout(spec.type(), points);
        String labelHeader = spec.count().isEmpty() ? Fields.title(dataset, spec.label()) : Fields.title(dataset, spec.count());
        String valueHeader = spec.count().isEmpty() ? Fields.title(dataset, spec.value()) : labels.t("count");
        if (spec.labels().size() == 2) {
            labelHeader = spec.labels().get(0);
            valueHeader = spec.labels().get(1);
        } else if (!spec.labels().isEmpty()) {
            throw new DataViewException("labels=\"" + String.join(",", spec.labels()) + "\": a chart's data table has two"
                    + " columns, so give two labels (the names, then the values)");
        }
        return "<figure class=\"data-chart\" id=\"" + Html.escape(id) + "\">\n"
                + "<figcaption>" + Html.escape(caption) + "</figcaption>\n"
                + ChartSvg.render(drawing, spec.type(), Html.escape(id), caption, describe(spec.type(), points)) + "\n"
                + "<details class=\"chart-data\"><summary>" + labels.t("chartData") + "</summary>\n"
                + dataTable(caption, labelHeader, valueHeader, points) + "</details>\n"
                + sourceAndDownloads(dataset, dataUrl) + "</figure>\n";
    }

    /**
     * A chart of values the caller already holds (an industry page's figures…): the same figure as {@code chart::}
     * draws, without the source line and downloads, which the caller adds if the values come from one dataset.
     * Make the points with {@link #point}.
     */
    public String chart(ChartSpec.Type type, String id, String caption, String labelHeader, String valueHeader,
                        List<ChartPoint> points) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a chart needs at least one point");
        }
        return "<figure class=\"data-chart\" id=\"" + Html.escape(id) + "\">\n"
                + "<figcaption>" + Html.escape(caption) + "</figcaption>\n"
                + ChartSvg.render(ChartLayout.layout(type, points), type, Html.escape(id), caption,
                describe(type, points)) + "\n"
                + "<details class=\"chart-data\"><summary>" + labels.t("chartData") + "</summary>\n"
                + dataTable(caption, labelHeader, valueHeader, points) + "</details>\n</figure>\n";
    }

    /** A bar or point, its value written for the page's language with its unit (万件, %, km²…). */
    public ChartPoint point(String label, BigDecimal value, String unit) {
        String shown = format.number(value);
        return new ChartPoint(label, value, unit == null || unit.isEmpty() ? shown
                : unitIsSymbol(unit) ? shown + unit : shown + " " + unit);
    }

    /** The bars or points a chart spec asks for, in drawing order. */
    public List<ChartPoint> points(Dataset dataset, ChartSpec spec) throws DataViewException {
        RowQuery query = RowQuery.parse(spec.where(), spec.sort(), spec.limit());
        query.check(dataset);
        for (String field : new String[] {spec.label(), spec.value(), spec.count()}) {
            if (!field.isEmpty() && !Fields.exists(dataset, field)) {
                throw new DataViewException("unknown field '" + field + "' in chart::" + dataset.name()
                        + "[]; its fields are " + Fields.known(dataset));
            }
        }
        List<JsonNode> rows = query.apply(dataset, language, this::index);
        return spec.count().isEmpty() ? valuePoints(dataset, spec, rows) : countPoints(spec, rows);
    }

    private List<ChartPoint> valuePoints(Dataset dataset, ChartSpec spec, List<JsonNode> rows) throws DataViewException {
        boolean unitIsField = !spec.unit().isEmpty() && Fields.exists(dataset, spec.unit());
        List<ChartPoint> points = new ArrayList<>();
        for (JsonNode row : rows) {
            JsonNode value = Fields.at(row, spec.value());
            if (!value.isNumber()) {
                throw new DataViewException("value=" + spec.value() + ": the row '"
                        + Column.text(Fields.at(row, spec.label()), format, labels) + "' has "
                        + (value.isMissingNode() || value.isNull() ? "no value" : "'" + value.asText() + "'")
                        + " there, not a number; filter it out with where=\"…\" or chart another field");
            }
            String unit = unitIsField ? Fields.at(row, spec.unit()).asText("") : spec.unit();
            points.add(point(Column.text(Fields.at(row, spec.label()), format, labels), value.decimalValue(), unit));
        }
        return points;
    }

    private static boolean unitIsSymbol(String unit) {
        return unit.equals("%") || ChartDrawing.isWide(unit.codePointAt(0));
    }

    private List<ChartPoint> countPoints(ChartSpec spec, List<JsonNode> rows) throws DataViewException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (JsonNode row : rows) {
            for (Iterator<JsonNode> values = Fields.elements(Fields.at(row, spec.count())); values.hasNext(); ) {
                JsonNode value = values.next();
                if (value.isMissingNode() || value.isNull()) {
                    continue;
                }
                String key = value.asText();
                if (spec.countByYear()) {
                    if (!key.matches("^\\d{4}.*")) {
                        throw new DataViewException("count=" + spec.count() + ":year: '" + key
                                + "' does not start with a year (write dates as 2025-05-16)");
                    }
                    key = key.substring(0, 4);
                }
                counts.merge(key, 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        Collator collator = Collator.getInstance(Labels.isChinese(language) ? Locale.CHINA : Locale.ENGLISH);
        if (spec.countByYear()) {
            entries.sort(Map.Entry.comparingByKey());
        } else {
            entries.sort(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                    .thenComparing(Map.Entry::getKey, collator));
        }
        List<ChartPoint> points = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : entries) {
            String label = spec.countByYear() && Labels.isChinese(language) ? entry.getKey() + "年" : entry.getKey();
            points.add(new ChartPoint(label, BigDecimal.valueOf(entry.getValue()), Integer.toString(entry.getValue())));
        }
        return points;
    }

    /** What a screen reader says instead of the picture: how many, the largest and the smallest (or first and last). */
    String describe(ChartSpec.Type type, List<ChartPoint> points) {
        boolean zh = Labels.isChinese(language);
        ChartPoint first = points.get(0);
        ChartPoint last = points.get(points.size() - 1);
        if (type == ChartSpec.Type.LINE) {
            return zh ? "共 " + points.size() + " 个点，从" + first.label() + "的 " + first.display() + " 到"
                    + last.label() + "的 " + last.display() + "。"
                    : points.size() + " points, from " + first.display() + " (" + first.label() + ") to "
                    + last.display() + " (" + last.label() + ").";
        }
        ChartPoint max = points.stream().max(Comparator.comparing(ChartPoint::value)).orElseThrow();
        ChartPoint min = points.stream().min(Comparator.comparing(ChartPoint::value)).orElseThrow();
        return zh ? "共 " + points.size() + " 项；最大：" + max.label() + "，" + max.display() + "；最小：" + min.label()
                + "，" + min.display() + "。"
                : points.size() + " bars; largest: " + max.label() + ", " + max.display() + "; smallest: "
                + min.label() + ", " + min.display() + ".";
    }

    private String dataTable(String caption, String labelHeader, String valueHeader, List<ChartPoint> points) {
        StringBuilder html = new StringBuilder("<table class=\"tableblock data-table\">\n<caption>")
                .append(Html.escape(caption)).append("</caption>\n<thead><tr><th scope=\"col\">")
                .append(Html.escape(labelHeader)).append("</th><th scope=\"col\" class=\"num\">")
                .append(Html.escape(valueHeader)).append("</th></tr></thead>\n<tbody>\n");
        for (ChartPoint point : points) {
            html.append("<tr><th scope=\"row\">").append(Html.escape(point.label())).append("</th><td class=\"num\"")
                    .append(" data-value=\"").append(point.value().toPlainString()).append("\">")
                    .append(Html.escape(point.display())).append("</td></tr>\n");
        }
        return html.append("</tbody>\n</table>\n").toString();
    }

    private String sourceAndDownloads(Dataset dataset, String dataUrl) {
        StringBuilder html = new StringBuilder();
        String source = dataset.root().path("source").asText("");
        if (!source.isBlank()) {
            html.append("<p class=\"data-source\">").append(labels.t("source")).append(Html.escape(source)).append("</p>\n");
        }
        String name = Html.escape(dataset.name());
        html.append("<p class=\"data-downloads\">").append(labels.t("download"))
                .append("<a href=\"").append(dataUrl).append(name).append(".csv\" type=\"text/csv\">CSV</a> · ")
                .append("<a href=\"").append(dataUrl).append(name).append(".json\" type=\"application/json\">JSON</a> · ")
                .append("<a href=\"").append(dataUrl).append("index.html#dataset-").append(name).append("\">")
                .append(labels.t("allData")).append("</a></p>\n");
        return html.toString();
    }

    private Dataset dataset(String name) throws DataViewException {
        return catalog.dataset(name).orElseThrow(() -> new DataViewException("unknown dataset '" + name + "'"
                + (catalog.all().isEmpty() ? "; there is no valid dataset in data/"
                : "; the datasets are " + String.join(", ", catalog.all().stream().map(Dataset::name).toList()))
                + " (a dataset that failed its checks is not available either)"));
    }
}
