package io.github.microsite.link;

import java.util.List;
import java.util.Map;

/**
 * The theme's words that the link stage writes into pages, taken from the theme's label bundle ({@code _labels.ftl}),
 * so a site in another language (or a theme override) changes them where it changes every other label.
 *
 * @param untitledTable      the accessible name of a table without a caption
 * @param citeTitle          how a source's title is quoted, with {@code {title}}: 《{title}》, “{title}”
 * @param citeAfterPublisher what separates the publisher from the title: ：, ", "
 * @param citeDate           how the date follows, with {@code {date}}: （{date}）, " ({date})"
 */
public record Labels(String untitledTable, String citeTitle, String citeAfterPublisher, String citeDate) {

    /** The bundle keys, in the order of the components. */
    public static final List<String> KEYS = List.of("untitledTable", "citeTitle", "citeAfterPublisher", "citeDate");

    public static Labels of(Map<String, String> byKey) {
        return new Labels(byKey.get("untitledTable"), byKey.get("citeTitle"), byKey.get("citeAfterPublisher"),
                byKey.get("citeDate"));
    }
}
