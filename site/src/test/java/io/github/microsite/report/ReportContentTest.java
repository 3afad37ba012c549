package io.github.microsite.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report's facts appear on the built pages where a reader would look for them. */
class ReportContentTest {

    private static final List<String> PAGES = List.of("index.html", "chapters/preface/index.html",
            "chapters/ch1-landscape/index.html", "chapters/ch2-industries/index.html",
            "chapters/ch3-opportunities/index.html", "chapters/ch4-future/index.html", "chapters/epilogue/index.html");

    private static Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(BuiltSite.directory().resolve(path), StandardCharsets.UTF_8));
    }

    private static JsonNode dataset(String name) throws IOException {
        return new ObjectMapper().readTree(BuiltSite.content().resolve("data/" + name + ".json").toFile());
    }

    /** The text of a section: its heading and everything up to the next heading of the same or higher level. */
    private static String sectionText(Document page, String id) {
        return section(page, id).text();
    }

    /** The element of a section: the {@code sectN} block around its heading. */
    private static Element section(Document page, String id) {
        Element heading = page.getElementById(id);
        assertNotNull(heading, "section #" + id + " exists");
        return heading.parent() != null && heading.parent().className().startsWith("sect") ? heading.parent() : heading;
    }

    /** The text of the editor's notes of a section (the site's remarks, set apart from the report's). */
    private static String editorNotes(Document page, String id) {
        return section(page, id).select(".editor-note").text();
    }

    @ParameterizedTest(name = "{0} #{1} mentions {2}")
    @CsvSource({
            "chapters/ch1-landscape/index.html, china-progress, 433",
            "chapters/ch1-landscape/index.html, china-progress, 78.6%",
            "chapters/ch2-industries/index.html, content-media, 杭州电视台",
            "chapters/ch2-industries/index.html, content-media, 可灵",
            "chapters/ch2-industries/index.html, software, Cursor",
            "chapters/ch2-industries/index.html, retail, 京东云言犀",
            "chapters/ch2-industries/index.html, retail, 华润万家",
            "chapters/ch2-industries/index.html, finance, Chat ABC",
            "chapters/ch2-industries/index.html, film, 山海奇境之劈波斩浪",
            "chapters/ch2-industries/index.html, gaming, 逆水寒",
            "chapters/ch2-industries/index.html, healthcare, APTS",
            "chapters/ch2-industries/index.html, healthcare, Rentosertib",
            "chapters/ch2-industries/index.html, design, Lovart",
            "chapters/ch2-industries/index.html, culture-tourism, AI 之眼",
            "chapters/ch2-industries/index.html, sme, OneBase",
            "chapters/ch3-opportunities/index.html, business-ecosystem, 京办",
            "chapters/ch3-opportunities/index.html, copyright, 版权",
    })
    void aSampleOfFiguresAndNamesSitInTheirSections(String path, String section, String text) throws IOException {
        String found = sectionText(page(path), section);
        assertTrue(found.contains(text), "#" + section + " of " + path + " should mention " + text);
    }

    @Test
    void everyIndustryHasItsSectionInChapterTwoUnderItsName() throws IOException {
        Document chapter = page("chapters/ch2-industries/index.html");
        for (JsonNode industry : dataset("industries").path("rows")) {
            Element heading = chapter.getElementById(industry.path("slug").asText());
            assertNotNull(heading, "ch2 has a section for " + industry.path("slug").asText());
            assertTrue(heading.text().contains(industry.path("name").asText()),
                    heading.text() + " names " + industry.path("name").asText());
        }
    }

    @Test
    void everyPageCreditsTheReportAndEveryChapterCitesItsSources() throws IOException {
        for (String path : PAGES) {
            Document document = page(path);
            Element footer = document.selectFirst("footer");
            assertNotNull(footer, path);
            assertTrue(footer.text().contains("人民网财经研究院"), path + " credits the report in its footer");
            if (path.startsWith("chapters/") && !path.contains("epilogue")) {
                assertTrue(document.select("section.citations li[id^=cite-]").size() >= 1, path + " lists its sources");
            }
        }
    }

    @Test
    void everySectionHasAReadableAsciiId() throws IOException {
        for (String path : PAGES) {
            for (Element heading : page(path).select("main h2[id], main h3[id], main h4[id]")) {
                assertTrue(heading.id().matches("[a-z0-9]+(-[a-z0-9]+)*"), path + ": " + heading.id());
            }
            assertEquals(0, page(path).select("main .sect1 > h2:not([id]), main .sect2 > h3:not([id])").size(), path);
        }
    }

    @ParameterizedTest(name = "{0} opens with its key findings")
    @ValueSource(strings = {"chapters/ch1-landscape/index.html", "chapters/ch2-industries/index.html",
            "chapters/ch3-opportunities/index.html", "chapters/ch4-future/index.html"})
    void everyChapterOpensWithThreeToFiveKeyFindings(String path) throws IOException {
        Element preamble = page(path).selectFirst("#preamble .sectionbody");
        assertNotNull(preamble, path + " has text before its first section");
        Element first = preamble.child(0);
        assertTrue(first.hasClass("key-findings"), path + " starts with the key findings, not " + first.className());
        int findings = first.select("li").size();
        assertTrue(findings >= 3 && findings <= 5, path + " has " + findings + " key findings");
    }

    @Test
    void everyPageSaysOnceThatUnmarkedFactsAreTheReportsAndCitesTheReportOnlyThere() throws IOException {
        for (String path : PAGES) {
            Document document = page(path);
            assertEquals(1, document.select(".source-note").size(), path + " has one statement about its sources");
            Element report = document.select("section.citations li[id^=cite-]").stream()
                    .filter(li -> li.text().contains("智绘未来")).findFirst().orElse(null);
            assertNotNull(report, path + " lists the report among its sources");
            int uses = document.select("main sup.cite a[href=#" + report.id() + "]").size();
            assertEquals(1, uses, path + " cites the report once, in its statement, not per sentence");
            assertEquals(1, document.select(".source-note sup.cite a[href=#" + report.id() + "]").size(), path);
        }
    }

    @Test
    void theInternetPenetrationDateIsTheReportsOnEveryPage() throws IOException {
        assertTrue(sectionText(page("chapters/ch1-landscape/index.html"), "china-progress").contains("截至 2025 年初，我国互联网普及率已达 78.6%"));
        assertTrue(sectionText(page("index.html"), "headline-figures").contains("78.6% 我国互联网普及率（截至 2025 年初）"));
    }

    @Test
    void theMiitPlansCarryAnEditorsNoteWithTheirRealDate() throws IOException {
        String notes = editorNotes(page("chapters/ch1-landscape/index.html"), "domestic-models-open-source");
        assertTrue(notes.startsWith("编者按"), notes);
        assertTrue(notes.contains("2021 年 11 月 30 日"), notes);
    }

    @Test
    void bothPlacesThatGiveTwentyTwoMillionKlingUsersSayItIsOneClaim() throws IOException {
        for (String[] place : new String[][] {
                {"chapters/ch1-landscape/index.html", "domestic-models-going-global"},
                {"chapters/ch2-industries/index.html", "content-media-kling"}}) {
            Document document = page(place[0]);
            assertTrue(sectionText(document, place[1]).contains("2200 万"), place[1]);
            String notes = editorNotes(document, place[1]);
            assertTrue(notes.contains("2200 万") && notes.contains("不能相加"), place[1] + ": " + notes);
        }
    }

    @Test
    void whereTheBeijingListSitsIsMarkedAsTheSitesChoice() throws IOException {
        String notes = editorNotes(page("chapters/ch3-opportunities/index.html"), "business-ecosystem-beijing-benchmarks");
        assertTrue(notes.contains("技术突破") && notes.contains("并非报告的安排"), notes);
    }

    @Test
    void sentencesTheEditorFlaggedAreRewritten() throws IOException {
        assertFalse(page("chapters/preface/index.html").text().contains("出台，把“发展与安全并重”"),
                "the preface's policy sentence has a subject");
        assertFalse(sectionText(page("chapters/ch2-industries/index.html"), "healthcare").contains("报告的思路是"),
                "the report builds no systems");
        String future = page("chapters/ch4-future/index.html").text();
        assertFalse(future.contains("没有随文字保留下来"), "ch4 speaks of the report, not of how it was extracted");
        assertTrue(sectionText(page("chapters/ch4-future/index.html"), "medical-access-core-links").contains("数据来源"));
        for (String path : PAGES) {
            String text = page(path).text();
            assertFalse(text.contains("增长 2 倍") || text.contains("增长两倍") || text.contains("增长倍数"),
                    path + " must not read the doubling as tripling");
        }
    }

    @Test
    void everyIndustrySectionLinksToItsIndustryPageAndTheHomePageToTheOverview() throws IOException {
        Document chapter = page("chapters/ch2-industries/index.html");
        for (JsonNode industry : dataset("industries").path("rows")) {
            String slug = industry.path("slug").asText();
            List<String> targets = section(chapter, slug).select(".industry-link a[href]").stream()
                    .map(a -> target("chapters/ch2-industries/index.html", a.attr("href"))).toList();
            assertEquals(List.of("industries/" + slug + "/index.html"), targets, "#" + slug + " links its industry page");
        }
        List<String> home = page("index.html").select("#industries ~ .sectionbody a[href], .sect1:has(#industries) a[href]")
                .stream().map(a -> target("index.html", a.attr("href"))).toList();
        assertTrue(home.contains("industries/index.html"), "the home page links the industries overview: " + home);
    }

    /** The built file a relative link from {@code page} leads to, checked to exist. */
    private static String target(String page, String href) {
        Path site = BuiltSite.directory();
        Path file = site.resolve(page).getParent().resolve(href.replaceFirst("#.*", "")).normalize();
        if (href.endsWith("/")) {
            file = file.resolve("index.html");
        }
        assertTrue(Files.isRegularFile(file), page + " links " + href + ", which is not a built page");
        return site.relativize(file).toString().replace('\\', '/');
    }
}

