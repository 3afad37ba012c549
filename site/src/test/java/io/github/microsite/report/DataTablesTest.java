package io.github.microsite.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report's dataset tables as a reader uses them: sorted by a click on a header, filtered by typing, and complete
 * without JavaScript; the policy and Beijing tables are the datasets, row for row.
 */
class DataTablesTest {

    private static final String CHAPTER_ONE = "chapters/ch1-landscape/index.html";

    private static SiteServer server;
    private static WebClient browser;

    @BeforeAll
    static void open() throws Exception {
        server = new SiteServer(BuiltSite.directory());
        browser = BuiltSite.browser();
    }

    @AfterAll
    static void close() {
        browser.close();
        server.close();
    }

    private static DomElement policyTable(HtmlPage page) {
        DomElement table = page.querySelector("#policy-drivers-local ~ * table[data-sortable], table[data-sortable]");
        assertNotNull(table, "chapter 1 has a sortable policy table");
        return table;
    }

    /** The visible rows' values in one column: the raw data-value where there is one, else the text. */
    private static List<String> column(DomElement table, int index) {
        List<String> values = new ArrayList<>();
        for (DomNode node : table.querySelectorAll("tbody tr")) {
            DomElement row = (DomElement) node;
            if (row.hasAttribute("hidden")) {
                continue;
            }
            DomElement cell = new ArrayList<DomElement>() {{ row.getChildElements().forEach(this::add); }}.get(index);
            String raw = cell.getAttribute("data-value");
            values.add(raw.isEmpty() ? cell.asNormalizedText() : raw);
        }
        return values;
    }

    @Test
    void clickingAHeaderSortsTheRowsAndMarksOnlyThatHeader() throws Exception {
        HtmlPage page = browser.getPage(server.url(CHAPTER_ONE));
        DomElement table = policyTable(page);
        DomElement dateHeader = table.querySelector("thead th");
        HtmlButton sort = (HtmlButton) dateHeader.querySelector("button");
        assertNotNull(sort, "the script turned the header into a button");

        sort.click();
        List<String> dates = column(table, 0);
        List<String> sorted = new ArrayList<>(dates);
        sorted.sort(null);
        assertEquals(sorted, dates);
        assertEquals("ascending", dateHeader.getAttribute("aria-sort"));
        assertEquals(1, table.querySelectorAll("th[aria-sort]").size(), "only the sorted header has aria-sort");

        sort.click();
        List<String> descending = new ArrayList<>(sorted);
        java.util.Collections.reverse(descending);
        assertEquals(descending, column(table, 0));
        assertEquals("descending", dateHeader.getAttribute("aria-sort"));
        DomElement live = page.querySelector(".data-view [aria-live=polite]");
        assertTrue(live.getTextContent().contains("发布日期") && live.getTextContent().contains("降序"),
                live.getTextContent());

        HtmlButton byProvince = (HtmlButton) table.querySelectorAll("thead th button").get(2);
        byProvince.click();
        assertEquals(DomElement.ATTRIBUTE_NOT_DEFINED, dateHeader.getAttribute("aria-sort"));
        assertEquals("ascending", ((DomElement) byProvince.getParentNode()).getAttribute("aria-sort"));
    }

    /*
     * A stacked table (layout=stack) hides its header row on phones. Once the row holds sort buttons the theme shows
     * it as a bar labelled 排序, keyed on what the script marks here; that no button is focusable while unseen is
     * checked at 360 px by site/browser-check/check.js (HtmlUnit does no layout).
     */
    @Test
    void aStackedTableMarksItsHeaderRowAsASortBarOnceItHoldsButtons() throws Exception {
        HtmlPage page = browser.getPage(server.url(CHAPTER_ONE));
        DomElement table = policyTable(page);
        assertTrue(table.getAttribute("class").contains("data-table-stack"), "chapter 1's policy table is stacked");
        assertTrue(table.getAttribute("class").contains("is-sortable"), table.getAttribute("class"));
        assertEquals("排序", ((DomElement) table.querySelector("thead tr")).getAttribute("data-sort-label"));
        assertEquals(3, table.querySelectorAll("thead tr[data-sort-label] th button").size());
    }

    @Test
    void aTableOfMoreThanTenRowsCanBeFiltered() throws Exception {
        HtmlPage page = browser.getPage(server.url(CHAPTER_ONE));
        DomElement table = policyTable(page);
        HtmlInput filter = (HtmlInput) page.querySelector(".table-filter input[type=search]");
        assertNotNull(filter, "15 rows get a filter box");
        assertNotNull(page.querySelector("label.table-filter[for=" + filter.getId() + "]"), "the box is labelled");

        filter.type("上海");
        assertEquals(List.of("上海市", "上海市", "上海市", "上海市"), column(table, 2));
        filter.setValue("");
        filter.type(" ");
        assertEquals(15, column(table, 2).size(), "an empty filter shows every row again");
    }

    @Test
    void aTableOfTenRowsHasNoFilter() throws Exception {
        HtmlPage page = browser.getPage(server.url("chapters/ch3-opportunities/index.html"));
        assertNotNull(page.querySelector("table[data-sortable] thead th button"));
        assertNull(page.querySelector(".table-filter"));
    }

    @Test
    void withoutJavaScriptTheTablesAreCompleteAndHoldEveryRowOfTheirDataset() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Document chapterOne = Jsoup.parse(Files.readString(BuiltSite.directory().resolve(CHAPTER_ONE),
                StandardCharsets.UTF_8));
        Element policies = chapterOne.selectFirst("table[data-sortable]");
        JsonNode policyRows = json.readTree(BuiltSite.content().resolve("data/policies.json").toFile()).path("rows");
        assertEquals(policyRows.size(), policies.select("tbody tr").size());
        for (int i = 0; i < policyRows.size(); i++) {
            Element row = policies.select("tbody tr").get(i);
            assertEquals(policyRows.get(i).path("date").asText(), row.selectFirst("td[data-value]").attr("data-value"));
            assertEquals(policyRows.get(i).path("title").asText(), row.selectFirst("th[scope=row]").text());
        }
        assertTrue(policies.selectFirst("tbody td[data-value]").text().matches("\\d{4}年\\d{1,2}月\\d{1,2}日"));

        Document chapterThree = Jsoup.parse(Files.readString(
                BuiltSite.directory().resolve("chapters/ch3-opportunities/index.html"), StandardCharsets.UTF_8));
        Element benchmarks = chapterThree.selectFirst("#business-ecosystem-beijing-benchmarks ~ .data-view table, .data-view table");
        JsonNode benchmarkRows = json.readTree(BuiltSite.content().resolve("data/beijing-benchmarks.json").toFile())
                .path("rows");
        assertEquals(benchmarkRows.size(), benchmarks.select("tbody tr").size());
        for (int i = 0; i < benchmarkRows.size(); i++) {
            assertEquals(benchmarkRows.get(i).path("name").asText(),
                    benchmarks.select("tbody tr").get(i).selectFirst("th[scope=row]").text());
        }
    }

    @Test
    void theDownloadsUnderATableAreServed() throws Exception {
        HtmlPage page = browser.getPage(server.url(CHAPTER_ONE));
        for (DomNode link : page.querySelectorAll(".data-view .data-downloads a")) {
            String href = ((DomElement) link).getAttribute("href");
            assertEquals(200, browser.getPage(page.getFullyQualifiedUrl(href)).getWebResponse().getStatusCode(), href);
        }
        HtmlPage data = browser.getPage(server.url("data/index.html"));
        assertTrue(data.querySelectorAll("section.dataset").size() >= 7);
    }
}
