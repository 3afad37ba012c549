package io.github.microsite.link;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Puts every data table in a focusable, labelled box that scrolls sideways by itself, so a wide table never makes
 * the whole page scroll on a 360 px screen and keyboard users can still scroll it. The tables Asciidoctor uses to
 * lay out admonitions are not data and stay as they are.
 */
final class TableWrapper {

    private TableWrapper() {
    }

    static void wrapAll(Document body, String untitledLabel) {
        for (Element table : body.select("table.tableblock")) {
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
