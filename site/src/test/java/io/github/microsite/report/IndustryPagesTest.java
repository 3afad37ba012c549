package io.github.microsite.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ten industry pages the {@code industries} collection makes from data/industries.json, read as a reader does:
 * from the overview, following links, looking for what the data promises.
 */
class IndustryPagesTest {

    private static JsonNode industries;
    private static JsonNode figures;
    private static JsonNode cases;
    private static JsonNode benchmarks;

    @BeforeAll
    static void readData() throws IOException {
        ObjectMapper json = new ObjectMapper();
        industries = json.readTree(BuiltSite.content().resolve("data/industries.json").toFile()).path("rows");
        figures = json.readTree(BuiltSite.content().resolve("data/key-figures.json").toFile()).path("rows");
        cases = json.readTree(BuiltSite.content().resolve("data/cases.json").toFile()).path("rows");
        benchmarks = json.readTree(BuiltSite.content().resolve("data/beijing-benchmarks.json").toFile()).path("rows");
    }

    /** The links the issue names, reached from the data alone: each page text must hold its target's words. */
    @Test
    void industryPagesReachThePartsOfTheReportTheIssueNames() throws IOException {
        String healthcare = pageText("healthcare");
        assertTrue(healthcare.contains("chapters/ch1-landscape/index.html#policy-drivers"),
                "healthcare reaches chapter 1's Shanghai medical-AI policy and brain-computer interface case");
        assertTrue(healthcare.contains("chapters/ch4-future/index.html#medical-access"),
                "healthcare reaches chapter 4's section on access to care");
        assertTrue(pageText("culture-tourism").contains("数字中轴"), "culture and tourism reaches the 数字中轴 benchmark");
        assertTrue(pageText("finance").contains("AIB"), "finance reaches 北京银行's AIB platform");
    }

    private static String pageText(String slug) throws IOException {
        return Files.readString(BuiltSite.directory().resolve("industries/" + slug + "/index.html"));
    }

    @Test
    void thereIsExactlyOnePagePerIndustryAndTheOverview() throws IOException {
        Path folder = BuiltSite.directory().resolve("industries");
        Set<String> pages = new HashSet<>();
        try (Stream<Path> entries = Files.list(folder)) {
            entries.filter(Files::isDirectory).filter(dir -> Files.isRegularFile(dir.resolve("index.html")))
                    .forEach(dir -> pages.add(dir.getFileName().toString()));
        }
        Set<String> slugs = new HashSet<>();
        industries.forEach(row -> slugs.add(row.path("slug").asText()));
        assertEquals(10, slugs.size());
        assertEquals(slugs, pages);
        assertTrue(Files.isRegularFile(folder.resolve("index.html")), "the overview");
    }

    @Test
    void theOverviewHasACardPerIndustryInReportOrderAndEveryCardLeadsToItsPage() throws Exception {
        try (SiteServer server = new SiteServer(BuiltSite.directory()); WebClient browser = BuiltSite.browser()) {
            HtmlPage overview = browser.getPage(server.url("industries/index.html"));
            List<DomElement> cards = overview.getByXPath("//li[@class='industry-card']");
            List<JsonNode> rows = new ArrayList<>();
            industries.forEach(rows::add);
            rows.sort(java.util.Comparator.comparingInt(row -> row.path("order").asInt()));
            assertEquals(rows.size(), cards.size());
            for (int i = 0; i < rows.size(); i++) {
                DomElement card = cards.get(i);
                HtmlAnchor link = card.getFirstByXPath(".//h2/a");
                assertEquals(rows.get(i).path("name").asText(), link.getTextContent().strip());
                assertEquals(rows.get(i).path("summary").asText(),
                        ((DomElement) card.getFirstByXPath(".//p[@class='industry-card-summary']")).getTextContent());
                HtmlPage industry = link.click();
                assertEquals(server.url("industries/" + rows.get(i).path("slug").asText() + "/index.html"),
                        industry.getUrl().toString());
                assertEquals(rows.get(i).path("name").asText(),
                        ((DomElement) industry.getFirstByXPath("//h1")).getTextContent().strip());
            }
        }
    }

    @Test
    void eachChapterTwoSectionLinksToItsIndustryPageAndTheHomePageToTheOverview() throws Exception {
        try (SiteServer server = new SiteServer(BuiltSite.directory()); WebClient browser = BuiltSite.browser()) {
            HtmlPage chapter = browser.getPage(server.url("chapters/ch2-industries/index.html"));
            for (JsonNode row : industries) {
                String slug = row.path("slug").asText();
                DomElement heading = chapter.getElementById(slug);
                assertNotNull(heading, "chapter 2 has a section " + slug);
                HtmlAnchor link = heading.getParentNode().getFirstByXPath(
                        ".//a[@href='../../industries/" + slug + "/index.html']");
                assertNotNull(link, "the chapter-2 section " + slug + " links to its industry page");
                HtmlPage industry = link.click();
                assertEquals(row.path("name").asText(),
                        ((DomElement) industry.getFirstByXPath("//h1")).getTextContent().strip());
            }
            HtmlPage home = browser.getPage(server.url("index.html"));
            HtmlAnchor overview = home.getFirstByXPath("//main//a[@href='industries/index.html']");
            assertNotNull(overview, "the home page links to the industries overview");
            HtmlPage page = overview.click();
            assertEquals("website", meta(page, "property", "og:type"));
            assertEquals(10, page.getByXPath("//li[@class='industry-card']").size());
        }
    }

    @Test
    void everyLinkOnAnIndustryPageResolvesToAPageAndAnchor() throws Exception {
        List<String> broken = new ArrayList<>();
        try (SiteServer server = new SiteServer(BuiltSite.directory()); WebClient browser = BuiltSite.browser()) {
            browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
            for (JsonNode row : industries) {
                String slug = row.path("slug").asText();
                HtmlPage page = browser.getPage(server.url("industries/" + slug + "/index.html"));
                for (HtmlAnchor anchor : page.getAnchors()) {
                    String href = anchor.getHrefAttribute();
                    if (href.matches("^[a-z][a-z0-9+.-]*:.*")) {
                        continue;
                    }
                    URL target = page.getFullyQualifiedUrl(href);
                    String fragment = target.getRef();
                    Page reached = browser.getPage(new URL(target.getProtocol(), target.getHost(), target.getPort(),
                            target.getPath()));
                    if (reached.getWebResponse().getStatusCode() != 200) {
                        broken.add(slug + ": " + href + " -> " + reached.getWebResponse().getStatusCode());
                    } else if (fragment != null && !fragment.isEmpty() && (!(reached instanceof HtmlPage html)
                            || html.getElementById(fragment) == null)) {
                        broken.add(slug + ": " + href + " (no element with id " + fragment + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void everyFigureCaseAndPolicyTheDataAssignsIsOnTheIndustryPage() throws Exception {
        int checked = 0;
        try (SiteServer server = new SiteServer(BuiltSite.directory()); WebClient browser = BuiltSite.browser()) {
            for (JsonNode row : industries) {
                String slug = row.path("slug").asText();
                HtmlPage page = browser.getPage(server.url("industries/" + slug + "/index.html"));
                for (JsonNode id : row.path("figures")) {
                    DomElement card = page.getElementById("figure-" + id.asText());
                    assertNotNull(card, slug + " lacks figure " + id);
                    JsonNode figure = find(figures, id.asText());
                    String text = card.getTextContent();
                    assertTrue(text.contains(figure.path("label").asText()), slug + ": " + text);
                    String number = figure.has("display") ? figure.path("display").asText()
                            : figure.path("value").decimalValue().stripTrailingZeros().toPlainString();
                    assertTrue(text.contains(number), slug + " " + id + ": " + number + " not in " + text);
                    assertNotNull(card.getFirstByXPath(".//sup[@class='cite']/a"), slug + " " + id + " has no note");
                    checked++;
                }
                for (JsonNode id : row.path("cases")) {
                    DomElement article = page.getElementById("case-" + id.asText());
                    assertNotNull(article, slug + " lacks case " + id);
                    JsonNode found = find(cases, id.asText());
                    String text = article.getTextContent();
                    assertTrue(text.contains(found.path("organisation").asText()), slug + ": " + text);
                    assertTrue(text.contains(found.path("product").asText()), slug + ": " + text);
                    for (JsonNode figureId : found.path("figures")) {
                        assertTrue(text.contains(find(figures, figureId.asText()).path("label").asText()),
                                slug + " " + id + " lacks its measured result " + figureId);
                    }
                    checked++;
                }
                for (JsonNode benchmark : benchmarks) {
                    if (benchmark.path("industry").asText("").equals(slug)) {
                        DomElement section = page.getElementById("referenced-beijing-benchmarks");
                        assertNotNull(section, slug + " lists the Beijing benchmark applications of its industry");
                        assertTrue(((DomElement) section.getParentNode()).getTextContent()
                                .contains(benchmark.path("name").asText()), slug + " lacks " + benchmark);
                        checked++;
                    }
                }
                for (JsonNode id : row.path("policies")) {
                    assertNotNull(page.getElementById("policy-" + id.asText()), slug + " lacks policy " + id);
                    checked++;
                }
            }
        }
        assertTrue(checked > 50, "checked " + checked);
    }

    @Test
    void anIndustryWhoseFiguresShareAUnitShowsThemInAChart() throws IOException {
        int charts = 0;
        for (JsonNode row : industries) {
            java.util.Map<String, Integer> byUnit = new java.util.TreeMap<>();
            for (JsonNode id : row.path("figures")) {
                JsonNode unit = find(figures, id.asText()).path("unit");
                if (unit.isTextual()) {
                    byUnit.merge(unit.asText(), 1, Integer::sum);
                }
            }
            int most = byUnit.values().stream().max(Integer::compare).orElse(0);
            org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(BuiltSite.directory()
                    .resolve("industries/" + row.path("slug").asText() + "/index.html").toFile());
            org.jsoup.select.Elements bars = page.select("figure.data-chart svg rect.chart-bar");
            assertEquals(most >= 2 ? most : 0, bars.size(), row.path("slug").asText() + " " + byUnit);
            charts += most >= 2 ? 1 : 0;
        }
        assertTrue(charts >= 5, "most industries have a chart: " + charts);
    }

    @Test
    void eachIndustryPageLinksToItsChapterTwoSectionAndHasItsOwnTitleDescriptionAndCard() throws Exception {
        Set<String> titles = new HashSet<>();
        try (SiteServer server = new SiteServer(BuiltSite.directory()); WebClient browser = BuiltSite.browser()) {
            for (JsonNode row : industries) {
                String slug = row.path("slug").asText();
                HtmlPage page = browser.getPage(server.url("industries/" + slug + "/index.html"));
                assertTrue(page.getTitleText().startsWith(row.path("name").asText()), page.getTitleText());
                titles.add(page.getTitleText());
                assertEquals(row.path("summary").asText(), meta(page, "name", "description"));
                assertEquals(row.path("summary").asText(), meta(page, "property", "og:description"));
                assertEquals(row.path("name").asText(), meta(page, "property", "og:title"));
                assertEquals("article", meta(page, "property", "og:type"));
                HtmlAnchor deep = page.getFirstByXPath("//p[@class='deep-link']/a");
                assertNotNull(deep, slug);
                assertEquals("../../chapters/ch2-industries/index.html#" + slug, deep.getHrefAttribute());
                assertNotNull(page.getFirstByXPath("//nav[@class='breadcrumbs']"), slug);
                assertNotNull(page.getFirstByXPath("//p[@class='back-to-overview']/a"), slug);
            }
        }
        assertEquals(10, titles.size(), "every page has a title of its own");
    }

    /* The trail fits a 360 px line because its home crumb says the short title there (screenshot in the note). */
    @Test
    void theHomeCrumbCarriesTheShortTitleForPhonesAndTheFullOneForWideScreens() throws IOException {
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(
                BuiltSite.directory().resolve("industries/finance/index.html").toFile(), "UTF-8");
        org.jsoup.nodes.Element home = page.selectFirst("nav.breadcrumbs li:first-child a");
        assertNotNull(home);
        assertEquals("智绘未来", home.select(".site-title-short").text());
        assertEquals(page.selectFirst(".site-header .site-title-full").text(), home.select(".site-title-full").text());
    }

    private static String meta(HtmlPage page, String attribute, String name) {
        DomElement meta = page.getFirstByXPath("//meta[@" + attribute + "='" + name + "']");
        assertNotNull(meta, name);
        return meta.getAttribute("content");
    }

    private static JsonNode find(JsonNode rows, String id) {
        for (JsonNode row : rows) {
            if (row.path("id").asText().equals(id)) {
                return row;
            }
        }
        throw new AssertionError("no row " + id);
    }
}
