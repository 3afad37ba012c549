package io.github.microsite.link;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CjkLineBreaksTest {

    private static String joined(String html) {
        Document body = Jsoup.parseBodyFragment(html);
        body.outputSettings().prettyPrint(false);
        CjkLineBreaks.join(body);
        return body.body().html();
    }

    @Test
    void aLineBreakBetweenChineseCharactersDisappears() {
        assertEquals("<p>生成式人工智能正从少数人的尝鲜，变成各行各业的日常工具。</p>",
                joined("<p>生成式人工智能正从少数人的尝鲜，\n变成各行各业的日常工具。</p>"));
    }

    @Test
    void aLineBreakNextToLatinTextStaysASpace() {
        assertEquals("<p>推动 AIGC\n成为工具</p>", joined("<p>推动 AIGC\n成为工具</p>"));
        assertEquals("<p>use\nit</p>", joined("<p>use\nit</p>"));
    }

    @Test
    void preformattedTextIsLeftAsWritten() {
        assertEquals("<pre>第一行\n第二行</pre>", joined("<pre>第一行\n第二行</pre>"));
    }

    @Test
    void everyKindOfLineBreakBetweenChineseCharactersDisappears() {
        for (String lineBreak : List.of("\n", "\r", "\r\n", "\u000B", "\f", "\u0085", "\u2028", "\u2029")) {
            String name = "U+" + Integer.toHexString(lineBreak.charAt(0));
            assertTrue(CjkLineBreaks.hasLineBreak("尝鲜" + lineBreak + "变成"), name);
            Document body = Jsoup.parseBodyFragment("<p></p>");
            body.selectFirst("p").appendText("尝鲜" + lineBreak + "变成");
            CjkLineBreaks.join(body);
            assertEquals("尝鲜变成", body.selectFirst("p").wholeText(), name);
        }
        assertFalse(CjkLineBreaks.hasLineBreak("尝鲜 变成\t工具"));
    }
}
