package io.github.microsite.compose;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.SimpleScalar;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class QuantityTextTest {

    private static String markup(String text) throws Exception {
        Object result = new QuantityText().exec(List.of(new SimpleScalar(text)));
        return HTMLOutputFormat.INSTANCE.getMarkupString((TemplateHTMLOutputModel) result);
    }

    @Test
    void datasetTextKeepsItsQuantitiesWholeAndIsEscaped() throws Exception {
        Element paragraph = Jsoup.parseBodyFragment("<p>" + markup("<R&D> 用户突破 2200 万 “可灵”") + "</p>")
                .selectFirst("p");
        assertEquals(List.of("2200 万"), paragraph.select("span.qty").eachText());
        assertEquals("<R&D> 用户突破 2200 万 “可灵”", paragraph.text(), "the text reads as written, markup escaped");
        assertEquals(List.of("span"), paragraph.children().stream().map(Element::tagName).toList(),
                "<R&D> stayed text, not an element");
    }

    @Test
    void textWithoutAQuantityComesOutAsTheTemplateWouldEscapeIt() throws Exception {
        String text = "A & B <c> \"d\" 'e' GPT-4";
        assertEquals(HTMLOutputFormat.INSTANCE.escapePlainText(text), markup(text));
    }

    @Test
    void anythingButOneTextIsAClearTemplateError() {
        Exception error = assertThrows(Exception.class, () -> new QuantityText().exec(List.of()));
        assertEquals(true, error.getMessage().contains("content.qty needs one text"), error.getMessage());
    }
}
