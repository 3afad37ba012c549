package io.github.microsite.link;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Puts every table in a focusable, labelled box that scrolls sideways by itself, so a wide table never makes the
 * whole page scroll on a 360 px screen and keyboard users can still scroll it.
 */
final class TableWrapper {

    private TableWrapper() {
    }

    static void wrapAll(Document body, String untitledLabel) {
        for (Element table : body.select("table")) {
            if (table.parent() != null && table.parent().hasClass("table-scroll")) {
                continue;
            }
            Element caption = table.selectFirst("caption");
            String label = caption != null ? caption.text() : untitledLabel;
            table.wrap("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\"></div>");
            table.parent().attr("aria-label", label);
        }
    }
}
