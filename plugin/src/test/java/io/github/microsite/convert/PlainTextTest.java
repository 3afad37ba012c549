package io.github.microsite.convert;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Titles skip jsoup when they hold nothing it would change; the text must be what jsoup gives either way. */
class PlainTextTest {

    @Test
    void aTitleGivesTheTextJsoupWouldGiveWhetherOrNotItIsParsed() {
        for (String title : List.of("第 3 节 内容生产的效率", "Tools and R&amp;D", "<em>Why</em> it matters", " leading",
                "trailing ", "two  spaces", "tab\there", "line\nbreak", "no\u00a0break", "soft\u00adhyphen",
                "zero\u200bwidth", "a > b", "Appendix A: Tools", "x", "", "“引号”与（括号）")) {
            assertEquals(Jsoup.parse(title).text(), AsciidocConverter.plainText(title), "title [" + title + "]");
        }
    }
}
