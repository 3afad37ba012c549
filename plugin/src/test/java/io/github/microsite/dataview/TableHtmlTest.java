package io.github.microsite.dataview;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.microsite.model.Dataset;
import io.github.microsite.model.DatasetCatalog;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableHtmlTest {

    private static DataViews views(String language) throws Exception {
        Dataset dataset = new Dataset("p", "data/p.json", new ObjectMapper().readTree(
                "{\"title\": \"<Policies>\", \"source\": \"R&D \\\"report\\\"\", \"rows\": ["
                        + "{\"date\": \"2025-05-16\", \"title\": \"<script>alert(1)</script>\", \"province\": \"天津市\"},"
                        + "{\"date\": \"2024-05-17\", \"title\": \"上海 & 方案\", \"province\": \"上海市\"},"
                        + "{\"date\": \"2024-11-23\", \"title\": \"医学\", \"province\": \"上海市\"}]}"));
        return new DataViews(new DatasetCatalog(List.of(dataset)), language);
    }

    @Test
    void everyStringFromTheDatasetIsEscaped() throws Exception {
        String html = views("zh-CN").table(new TableSpec("p", List.of(), List.of(), "", "", "", "", false), "../data/");
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(html.contains("<caption>&lt;Policies&gt;</caption>"), html);
        assertTrue(html.contains("来源：R&amp;D &quot;report&quot;"), html);
        assertTrue(html.contains("上海 &amp; 方案"), html);
    }

    @Test
    void chineseDatesSortedAndFiltered() throws Exception {
        String html = views("zh-CN").table(new TableSpec("p", List.of("date", "title"), List.of("发布日期", "政策"),
                "province=上海市", "date:desc", "", "", false), "../data/");
        assertTrue(html.indexOf("2024年11月23日") < html.indexOf("2024年5月17日"), html);
        assertFalse(html.contains("天津"), html);
        assertTrue(html.contains("<th scope=\"col\" data-type=\"date\">发布日期</th>"), html);
        assertTrue(html.contains("<td data-value=\"2024-11-23\">2024年11月23日</td><th scope=\"row\">医学</th>"), html);
    }

    @Test
    void limitKeepsTheFirstRows() throws Exception {
        String html = views("en").table(new TableSpec("p", List.of("title"), List.of(), "", "date", "1", "", false), "");
        assertEquals(1, html.split("<tr>", -1).length - 2, html);
        assertTrue(html.contains("上海 &amp; 方案"), html);
    }

    @Test
    void aBadSpecSaysWhatIsWrong() throws Exception {
        DataViews views = views("en");
        DataViewException labels = org.junit.jupiter.api.Assertions.assertThrows(DataViewException.class, () ->
                views.table(new TableSpec("p", List.of("date", "title"), List.of("Only one"), "", "", "", "", false), ""));
        assertEquals("labels=\"Only one\" names 1 columns but there are 2; give one label per column", labels.getMessage());
        DataViewException limit = org.junit.jupiter.api.Assertions.assertThrows(DataViewException.class, () ->
                views.table(new TableSpec("p", List.of(), List.of(), "", "", "ten", "", false), ""));
        assertEquals("limit=ten is not a positive whole number", limit.getMessage());
    }

    @Test
    void aChartOfValuesTheCallerHoldsIsTheSameAccessibleFigure() throws Exception {
        DataViews views = views("zh-CN");
        String html = views.chart(ChartSpec.Type.HBAR, "finance-figures", "金融业关键数字", "指标", "数值",
                List.of(views.point("客户满意度", new java.math.BigDecimal("90"), "%"),
                        views.point("服务企业", new java.math.BigDecimal("12000"), "家")));
        assertTrue(html.contains("<svg class=\"chart chart-hbar\" role=\"img\""), html);
        assertTrue(html.contains("<td class=\"num\" data-value=\"12000\">1.2万家</td>"), html);
        assertTrue(html.contains("<td class=\"num\" data-value=\"90\">90%</td>"), html);
        assertFalse(html.contains("data-downloads"), html);
    }

    @Test
    void aTableLongerThanItsPageSizeShowsTheFirstRowsAndLeavesTheRestToAFile() throws Exception {
        DataViews views = views("en");
        TableSpec spec = new TableSpec("p", List.of("date", "title"), List.of(), "", "date", "", "", false, "2");
        String html = views.table(spec, "../data/");
        org.jsoup.nodes.Element table = org.jsoup.Jsoup.parse(html).selectFirst("table");
        assertEquals(2, table.select("tbody tr").size(), html);
        assertEquals("3", table.attr("data-rows"));
        assertEquals("2", table.attr("data-page-size"));
        assertTrue(table.attr("data-more").matches("p\\.rows-[0-9a-f]{10}\\.json"), table.attr("data-more"));
        assertTrue(html.contains("<p class=\"data-more\">The first 2 of 3 rows; the full data is in the downloads below.</p>"),
                html);
        assertTrue(html.contains("href=\"../data/p.csv\""), "the full data stays downloadable: " + html);

        String rows = new String(views.moreRows(TableRows.spec(table.attr("data-more-spec"))),
                java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("{\"total\":3,\"rows\":[[[\"16 May 2025\",\"2025-05-16\"],\"<script>alert(1)</script>\"]]}", rows,
                "the third row by date, formatted as the page formats it, raw date kept");
    }

    private static String tableOf(int rows) throws Exception {
        StringBuilder json = new StringBuilder("{\"rows\": [");
        for (int i = 0; i < rows; i++) {
            json.append(i == 0 ? "" : ",").append("{\"name\": \"r").append(i).append("\", \"n\": ").append(i).append('}');
        }
        Dataset dataset = new Dataset("n", "data/n.json", new ObjectMapper().readTree(json.append("]}").toString()));
        return new DataViews(new DatasetCatalog(List.of(dataset)), "en")
                .table(new TableSpec("n", List.of(), List.of(), "", "", "", "", false), "");
    }

    @Test
    void onlyATableOfSeveralRowsIsSortable() throws Exception {
        org.jsoup.nodes.Document few = org.jsoup.Jsoup.parse(tableOf(DataViews.SORTABLE_ROWS - 1));
        assertEquals(DataViews.SORTABLE_ROWS - 1, few.select("tbody tr").size());
        assertTrue(few.select("table[data-sortable]").isEmpty(), "a few rows are read at a glance: " + few);
        org.jsoup.nodes.Document several = org.jsoup.Jsoup.parse(tableOf(DataViews.SORTABLE_ROWS));
        assertEquals(1, several.select("table[data-sortable]").size(), several.toString());
    }

    @Test
    void aTableWithinItsPageSizeIsWhole() throws Exception {
        String html = views("en").table(new TableSpec("p", List.of(), List.of(), "", "", "", "", false, "3"), "");
        assertFalse(html.contains("data-more"), html);
        assertEquals(3, org.jsoup.Jsoup.parse(html).select("tbody tr").size());
        assertEquals(3, org.jsoup.Jsoup.parse(views("en").table(new TableSpec("p", List.of(), List.of(), "", "", "",
                "", false, "all"), "")).select("tbody tr").size());
    }

    @Test
    void aPageSizeThatIsNotANumberIsAnError() throws Exception {
        DataViewException error = org.junit.jupiter.api.Assertions.assertThrows(DataViewException.class,
                () -> views("en").table(new TableSpec("p", List.of(), List.of(), "", "", "", "", false, "few"), ""));
        assertEquals("page-size=few is neither a positive whole number nor 'all'", error.getMessage());
    }
}
