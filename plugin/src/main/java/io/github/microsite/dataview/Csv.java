package io.github.microsite.dataview;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.microsite.model.Dataset;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A dataset as CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads Chinese correctly), RFC 4180
 * (CRLF line ends; a field with a comma, quote or line break is quoted, quotes doubled). Nested objects become dotted
 * columns ({@code section.chapter}); arrays are joined with "; ", an object inside one as "key: value" pairs.
 */
public final class Csv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Csv() {
    }

    public static byte[] of(Dataset dataset) {
        List<String> columns = columns(dataset);
        StringBuilder csv = new StringBuilder();
        line(csv, columns);
        for (JsonNode row : dataset.rows()) {
            List<String> cells = new ArrayList<>();
            for (String column : columns) {
                cells.add(text(Fields.at(row, column)));
            }
            line(csv, cells);
        }
        byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, bytes, 0, BOM.length);
        System.arraycopy(text, 0, bytes, BOM.length, text.length);
        return bytes;
    }

    /** The schema's fields in order, then any others the rows have; objects (not arrays) opened into dotted columns. */
    static List<String> columns(Dataset dataset) {
        Set<String> top = new LinkedHashSet<>(Fields.all(dataset));
        for (JsonNode row : dataset.rows()) {
            row.fieldNames().forEachRemaining(top::add);
        }
        List<String> columns = new ArrayList<>();
        for (String field : top) {
            Set<String> nested = new LinkedHashSet<>();
            for (JsonNode row : dataset.rows()) {
                JsonNode value = row.path(field);
                if (value.isObject()) {
                    value.fieldNames().forEachRemaining(name -> nested.add(field + "." + name));
                }
            }
            if (nested.isEmpty()) {
                columns.add(field);
            } else {
                columns.addAll(nested);
            }
        }
        return columns;
    }

    static String text(JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return "";
        }
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(element -> parts.add(text(element)));
            return String.join("; ", parts);
        }
        if (value.isObject()) {
            List<String> parts = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                parts.add(field.getKey() + ": " + text(field.getValue()));
            }
            return String.join(", ", parts);
        }
        if (value.isNumber()) {
            return value.isIntegralNumber() ? value.bigIntegerValue().toString()
                    : value.decimalValue().stripTrailingZeros().toPlainString();
        }
        return value.asText();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quote(cells.get(i)));
        }
        csv.append("\r\n");
    }

    static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
