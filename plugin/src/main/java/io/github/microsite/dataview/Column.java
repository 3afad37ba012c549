package io.github.microsite.dataview;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** One column of a table: its field, header, and the kind of its values, which decides format and alignment. */
record Column(String field, String label, Kind kind, ValueFormat.NumberColumn numbers) {

    enum Kind { NUMBER, DATE, TEXT }

    static Column of(String field, String label, List<JsonNode> rows, ValueFormat format) {
        List<BigDecimal> numbers = new ArrayList<>();
        boolean allNumbers = true;
        boolean allDates = true;
        boolean any = false;
        for (JsonNode row : rows) {
            JsonNode value = Fields.at(row, field);
            if (value.isMissingNode() || value.isNull()) {
                continue;
            }
            any = true;
            if (value.isNumber()) {
                numbers.add(value.decimalValue());
            } else {
                allNumbers = false;
            }
            if (!value.isTextual() || !ValueFormat.isDate(value.asText())) {
                allDates = false;
            }
        }
        Kind kind = !any ? Kind.TEXT : allNumbers ? Kind.NUMBER : allDates ? Kind.DATE : Kind.TEXT;
        return new Column(field, label, kind, kind == Kind.NUMBER ? format.numbers(numbers) : null);
    }

    /** The value as the reader sees it. */
    String display(JsonNode value, ValueFormat format, Labels labels) {
        if (value.isMissingNode() || value.isNull()) {
            return "";
        }
        if (kind == Kind.NUMBER) {
            return numbers.format(value.decimalValue());
        }
        if (kind == Kind.DATE) {
            return format.date(value.asText());
        }
        return text(value, format, labels);
    }

    /** The raw value, for sorting and for whoever copies the page: only where it differs from what is shown. */
    String raw(JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return "";
        }
        return kind == Kind.TEXT ? "" : value.asText();
    }

    static String text(JsonNode value, ValueFormat format, Labels labels) {
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            for (Iterator<JsonNode> elements = value.elements(); elements.hasNext(); ) {
                parts.add(text(elements.next(), format, labels));
            }
            return String.join(labels.t("listSeparator"), parts);
        }
        if (value.isObject()) {
            List<String> parts = new ArrayList<>();
            value.fields().forEachRemaining(field -> parts.add(field.getKey() + ": " + text(field.getValue(), format, labels)));
            return String.join("; ", parts);
        }
        if (value.isBoolean()) {
            return labels.t(value.asBoolean() ? "yes" : "no");
        }
        if (value.isNumber()) {
            return format.number(value.decimalValue());
        }
        if (value.isTextual() && ValueFormat.isDate(value.asText())) {
            return format.date(value.asText());
        }
        return value.isNull() ? "" : value.asText();
    }
}
