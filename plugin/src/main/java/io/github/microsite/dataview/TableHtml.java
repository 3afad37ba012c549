package io.github.microsite.dataview;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * Writes a table as semantic HTML: a caption, {@code th scope="col"} headers carrying the column's kind (for the
 * sort script), the row's title cell as {@code th scope="row"}, numbers in a {@code num} class (right-aligned,
 * tabular figures), the raw value in {@code data-value} where it differs from the text, and each cell's header in
 * {@code data-label} for the stacked layout on narrow screens.
 */
final class TableHtml {

    private TableHtml() {
    }

    static String render(String caption, List<Column> columns, List<JsonNode> rows, boolean sortable, boolean stacked,
                         ValueFormat format, Labels labels, String moreAttributes) {
        int titleColumn = titleColumn(columns);
        StringBuilder html = new StringBuilder(256 + rows.size() * columns.size() * 48);
        html.append("<table class=\"tableblock data-table");
        if (stacked) {
            html.append(" data-table-stack");
        }
        html.append('"');
        if (stacked) {
            // Displayed as blocks on phones, where browsers forget the table roles unless they are written.
            html.append(" role=\"table\"");
        }
        if (sortable) {
            html.append(" data-sortable");
        }
        html.append(moreAttributes).append(">\n");
        if (!caption.isEmpty()) {
            html.append("<caption>").append(Html.escape(caption)).append("</caption>\n");
        }
        String rowRole = stacked ? "<tr role=\"row\">" : "<tr>";
        html.append("<thead>").append(rowRole);
        for (Column column : columns) {
            html.append("<th scope=\"col\"").append(stacked ? " role=\"columnheader\"" : "").append(" data-type=\"").append(column.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .append('"').append(column.kind() == Column.Kind.NUMBER ? " class=\"num\"" : "").append('>')
                    .append(Html.escape(column.label())).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (JsonNode row : rows) {
            html.append(rowRole);
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                JsonNode value = Fields.at(row, column.field());
                String tag = i == titleColumn ? "th" : "td";
                html.append('<').append(tag);
                if (i == titleColumn) {
                    html.append(" scope=\"row\"");
                }
                if (stacked) {
                    html.append(i == titleColumn ? " role=\"rowheader\"" : " role=\"cell\"");
                }
                if (column.kind() == Column.Kind.NUMBER) {
                    html.append(" class=\"num\"");
                }
                String raw = column.raw(value);
                if (!raw.isEmpty()) {
                    html.append(" data-value=\"").append(Html.escape(raw)).append('"');
                }
                if (stacked && i != titleColumn) {
                    html.append(" data-label=\"").append(Html.escape(column.label())).append('"');
                }
                html.append('>').append(Html.escape(column.display(value, format, labels)))
                        .append("</").append(tag).append('>');
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        return html.toString();
    }

    /** The row's name: the first text column, else the first column. */
    private static int titleColumn(List<Column> columns) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).kind() == Column.Kind.TEXT) {
                return i;
            }
        }
        return 0;
    }
}
