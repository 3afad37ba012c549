package io.github.microsite.link;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumberUnitsTest {

    private static Document kept(String html) {
        Document body = Jsoup.parseBodyFragment(html);
        body.outputSettings().prettyPrint(false);
        NumberUnits.keepTogether(body.body());
        return body;
    }

    /** The fragment as jsoup writes it (tbody added), without the step. */
    private static String asParsed(String html) {
        Document body = Jsoup.parseBodyFragment(html);
        body.outputSettings().prettyPrint(false);
        return body.body().html();
    }

    private static List<String> quantities(Document body) {
        return body.select("span." + NumberUnits.CLASS).eachText();
    }

    @Test
    void aNumberAndItsChineseUnitShareOneSpan() {
        Document body = kept("<p>产业规模近 6000 亿元，企业超过 4700 家以上。</p>");
        assertEquals(List.of("6000 亿元", "4700 家以上"), quantities(body));
        // The words around the quantities stay plain text, in order.
        assertEquals("产业规模近 6000 亿元，企业超过 4700 家以上。", body.selectFirst("p").text());
        assertEquals("产业规模近 ", body.selectFirst("p").textNodes().get(0).getWholeText());
    }

    @Test
    void magnitudesCountersQualifiersAndRangesAreOneQuantity() {
        assertEquals(List.of("2.49 亿人", "50 余万名", "3 倍以上", "5-10 年内", "30% 以上", "1.7万个", "第 55 次"),
                quantities(kept("<p>用户 2.49 亿人，服务 50 余万名政务人员，效率提高 3 倍以上，5-10 年内，"
                        + "增长 30% 以上，带动1.7万个品牌，第 55 次报告</p>")));
    }

    @Test
    void aNumberWithoutChineseUnitIsLeftAlone() {
        // Digits and a percent sign never break inside; a number alone needs no span, and the end of a name (GPT-4)
        // is no quantity.
        assertEquals(List.of(), quantities(kept("<p>占比 17.7%，编号 2024-11-23，GPT-4 家族模型，Qwen2.5 版，地球 2</p>")));
    }

    @Test
    void thePartsOfADateShareASpanWhileItStaysShort() {
        assertEquals(List.of("2025 年 5 月 16 日"), quantities(kept("<p>截至 2025 年 5 月 16 日，</p>")));
        assertEquals(List.of("1 小时 30 分钟"), quantities(kept("<p>用时 1 小时 30 分钟</p>")));
        assertEquals(List.of("2024 年以来", "10 个"), quantities(kept("<p>2024 年以来 10 个省市</p>")));
        List<String> long_ = quantities(kept("<p>2021 年 2022 年 2023 年 2024 年 2025 年</p>"));
        assertTrue(long_.size() > 1, long_.toString());
        long_.forEach(span -> assertTrue(span.length() <= NumberUnits.MAX_SPAN, span));
        assertEquals("2021 年 2022 年 2023 年 2024 年 2025 年", String.join(" ", long_));
    }

    @Test
    void listItemsTableCellsHeadingsAndLinkTextAreRunningText() {
        Document body = kept("<ul><li>覆盖 10 个省市</li></ul><table><tr><th>企业</th><td>4700 家</td></tr></table>"
                + "<h2>2024 年以来</h2><p><a href=\"../data/?q=6000亿元\" title=\"近 6000 亿元\">6000 亿元</a></p>");
        assertEquals(List.of("10 个", "4700 家", "2024 年以来", "6000 亿元"), quantities(body));
        Element link = body.selectFirst("a");
        assertEquals("../data/?q=6000亿元", link.attr("href"));
        assertEquals("近 6000 亿元", link.attr("title"));
        assertEquals("6000 亿元", link.selectFirst("span.qty").text());
    }

    @Test
    void codePreformattedTextAndSvgStayAsWritten() {
        String html = "<p><code>limit = 6000 亿元</code></p><pre>3 个 worker</pre>"
                + "<svg viewBox=\"0 0 10 10\"><text>4700 家</text></svg>";
        Document body = kept(html);
        assertEquals(List.of(), quantities(body));
        assertEquals(asParsed(html), body.body().html());
    }

    @Test
    void anEnglishPageIsUntouched() {
        String html = "<h2>1.2 Market size in 2024</h2><p>Revenue grew 30% to 6,000 billion yuan in 2024–2025;"
                + " 4,700 firms, 5-10 years, version 2.5 of GPT-4, 3 times more, ~12 hours.</p>"
                + "<table><tr><td>1,234</td><td>2024-11-23</td></tr></table>";
        assertEquals(asParsed(html), kept(html).body().html());
    }

    @Test
    void runningItTwiceChangesNothingMore() {
        Document once = kept("<p>近 6000 亿元，截至 2024 年 12 月</p>");
        String html = once.body().html();
        NumberUnits.keepTogether(once.body());
        assertEquals(html, once.body().html());
    }
}
