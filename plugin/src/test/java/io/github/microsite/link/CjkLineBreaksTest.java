package io.github.microsite.link;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
