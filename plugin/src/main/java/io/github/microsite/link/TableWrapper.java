package io.github.microsite.link;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Puts every data table in a labelled box that scrolls sideways by itself, so a wide table never makes the whole
 * page scroll on a 360 px screen. The box gets no {@code tabindex} here: whether it scrolls depends on the reader's
 * screen, and a focus stop on a box that does not scroll is an empty keyboard stop. The theme's script makes a box
 * focusable when it really scrolls (and current browsers let the keyboard reach a scrolling box anyway). The tables
 * Asciidoctor uses to lay out admonitions are not data and stay as they are.
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
            table.wrap("<div class=\"table-scroll\" role=\"region\"></div>");
            table.parent().attr("aria-label", label);
        }
    }
}
