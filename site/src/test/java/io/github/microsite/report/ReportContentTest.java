package io.github.microsite.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        Element heading = page.getElementById(id);
        assertNotNull(heading, "section #" + id + " exists");
        Element section = heading.parent() != null && heading.parent().className().startsWith("sect")
                ? heading.parent() : heading;
        return section.text();
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
    void theFifteenPoliciesOfTheDatasetAreListedInThePolicySection() throws IOException {
        String section = sectionText(page("chapters/ch1-landscape/index.html"), "policy-drivers");
        List<String> missing = new ArrayList<>();
        for (JsonNode policy : dataset("policies").path("rows")) {
            if (!section.contains(policy.path("title").asText()) || !section.contains(policy.path("date").asText())) {
                missing.add(policy.path("date").asText() + " " + policy.path("title").asText());
            }
        }
        assertEquals(15, dataset("policies").path("rows").size());
        assertEquals(List.of(), missing);
    }

    @Test
    void theTenBeijingBenchmarksOfTheDatasetAreListedInOrder() throws IOException {
        String section = sectionText(page("chapters/ch3-opportunities/index.html"), "business-ecosystem");
        List<String> missing = new ArrayList<>();
        for (JsonNode benchmark : dataset("beijing-benchmarks").path("rows")) {
            if (!section.contains(benchmark.path("name").asText())) {
                missing.add(benchmark.path("rank").asText() + " " + benchmark.path("name").asText());
            }
        }
        assertEquals(10, dataset("beijing-benchmarks").path("rows").size());
        assertEquals(List.of(), missing);
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
}
