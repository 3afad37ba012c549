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
 * @param citeIssued         how the actually issued date follows, with {@code {date}}: ，实际印发于 {date}
 * @param siteAdded          the marker after a fact the site added, not the source: （本站补充）
 * @param editorNote         what opens the editor's note: 编者按：
 * @param editorNoteSeparator what separates the editor's note from the source in plain text: "。", ". "
 */
public record Labels(String untitledTable, String citeTitle, String citeAfterPublisher, String citeDate,
                     String citeIssued, String siteAdded, String editorNote, String editorNoteSeparator) {

    /** The bundle keys, in the order of the components. */
    public static final List<String> KEYS = List.of("untitledTable", "citeTitle", "citeAfterPublisher", "citeDate",
            "citeIssued", "siteAdded", "editorNote", "editorNoteSeparator");

    public static Labels of(Map<String, String> byKey) {
        return new Labels(byKey.get("untitledTable"), byKey.get("citeTitle"), byKey.get("citeAfterPublisher"),
                byKey.get("citeDate"), byKey.get("citeIssued"), byKey.get("siteAdded"), byKey.get("editorNote"),
                byKey.get("editorNoteSeparator"));
    }
}
