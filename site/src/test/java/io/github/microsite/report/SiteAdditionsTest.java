package io.github.microsite.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A reader can tell the report's words from the site's on the built pages: the source lists mark what the site added
 * to a source (site_added, issued) and give its editor's note; figures show their date as the report gives it and
 * the editor's note where the data has one.
 */
class SiteAdditionsTest {

    private static final List<String> SHOWN_FIELDS = List.of("publisher", "title", "date", "issued");

    private static Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(BuiltSite.directory().resolve(path), StandardCharsets.UTF_8));
    }

    private static Map<String, JsonNode> rows(String dataset, String key) throws IOException {
        Map<String, JsonNode> rows = new HashMap<>();
        new ObjectMapper().readTree(BuiltSite.content().resolve("data/" + dataset + ".json").toFile()).path("rows")
                .forEach(row -> rows.put(row.path(key).asText(), row));
        return rows;
    }

    private static List<Path> htmlPages() throws IOException {
        try (Stream<Path> files = Files.walk(BuiltSite.directory())) {
            return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void everySourceListMarksEachFieldTheSiteAddedAndShowsTheEditorsNote() throws IOException {
        Map<String, JsonNode> sources = rows("sources", "id");
        int checked = 0;
        for (Path file : htmlPages()) {
            Document document = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
            for (Element note : document.select(".citations li[id^=cite-]")) {
                String where = BuiltSite.directory().relativize(file) + " #" + note.id();
                JsonNode source = sources.get(note.attr("data-source"));
                assertNotNull(source, where + " names a source of sources.json");
                long added = 0;
                for (JsonNode field : source.path("site_added")) {
                    if (SHOWN_FIELDS.contains(field.asText()) && source.hasNonNull(field.asText())) {
                        added++;
                    }
                }
                assertEquals(added, note.select(".site-added").size(), where);
                note.select(".site-added").forEach(marker -> assertEquals("（本站补充）", marker.text(), where));
                String editorNote = note.select(".source-editor-note").text();
                assertEquals(source.has("editor_note") ? "编者按：" + source.path("editor_note").asText() : "",
                        editorNote, where);
                checked++;
            }
        }
        assertTrue(checked > 20, "source notes checked: " + checked);
    }

    @Test
    void theMiitPlansShowTheirRealIssueDateAsTheSitesAddition() throws IOException {
        Element list = page("chapters/ch1-landscape/index.html").selectFirst(".citations");
        Element plan = list.selectFirst("li[data-source=miit-14th-fyp-software]");
        assertNotNull(plan, "ch1 cites the MIIT software plan");
        String text = plan.text();
        assertTrue(text.contains("（2024），实际印发于 2021-11-30（本站补充）"), text);
        assertTrue(text.contains("编者按：报告称这份规划 2024 年发布"), text);
        // The report's own year for the report is the site's inference, and says so.
        Element report = list.selectFirst("li[data-source=report]");
        assertTrue(report.text().contains("（2025）（本站补充）"), report.text());
    }

    /** The date of a figure as the report gives it, never one the site made up. */
    private static String when(JsonNode figure) {
        if (figure.has("as_of_text")) {
            return figure.path("as_of_text").asText();
        }
        if (figure.has("as_of")) {
            return "截至 " + figure.path("as_of").asText();
        }
        return figure.path("reported_in").asText() + " 年报告";
    }

    @Test
    void industryFigureCardsShowTheReportsDateAndTheEditorsNote() throws IOException {
        Map<String, JsonNode> figures = rows("key-figures", "id");
        int notes = 0;
        for (JsonNode industry : rows("industries", "slug").values()) {
            String path = "industries/" + industry.path("slug").asText() + "/index.html";
            Document document = page(path);
            for (JsonNode id : industry.path("figures")) {
                JsonNode figure = figures.get(id.asText());
                Element card = document.getElementById("figure-" + id.asText());
                assertNotNull(card, path + " has a card for " + id.asText());
                String meta = card.select(".figure-meta").text();
                assertTrue(meta.endsWith(when(figure)), path + " " + id.asText() + ": " + meta);
                String note = card.select(".figure-note").text();
                assertEquals(figure.has("editor_note") ? "编者按：" + figure.path("editor_note").asText() : "", note,
                        path + " " + id.asText());
                notes += figure.has("editor_note") ? 1 : 0;
            }
        }
        assertTrue(notes >= 2, "figures with an editor's note on industry pages: " + notes);
    }

    @Test
    void caseResultsAndOverviewCardsCarryTheReportsDate() throws IOException {
        Map<String, JsonNode> figures = rows("key-figures", "id");
        Document retail = page("industries/retail/index.html");
        int results = 0;
        for (Element metric : retail.select(".case-metric")) {
            String text = metric.selectFirst("dd").text();
            JsonNode figure = figures.values().stream()
                    .filter(row -> row.path("label").asText().equals(metric.selectFirst("dt").text()))
                    .findFirst().orElseThrow();
            assertTrue(text.contains(when(figure)), text);
            results++;
        }
        assertTrue(results > 0, "retail shows case results");
        Document overview = page("industries/index.html");
        int cards = 0;
        for (JsonNode industry : rows("industries", "slug").values()) {
            if (industry.path("figures").isEmpty()) {
                continue;
            }
            Element card = overview.selectFirst(".industry-card:has(a[href^=" + industry.path("slug").asText() + "/])");
            assertNotNull(card, "overview card of " + industry.path("slug").asText());
            JsonNode first = figures.get(industry.path("figures").get(0).asText());
            assertEquals(when(first), card.select(".industry-card-figure .figure-meta").text(), card.text());
            cards++;
        }
        assertTrue(cards > 5, "overview cards with a figure: " + cards);
    }

    @Test
    void theHomePagesHeadlineFiguresCarryTheirEditorsNotes() throws IOException {
        Element headline = page("index.html").getElementById("headline-figures").parent();
        String notes = headline.select(".editor-note").text();
        assertTrue(notes.startsWith("编者按"), notes);
        assertTrue(notes.contains("2024 年 12 月"), notes);
        assertTrue(notes.contains("不能相加"), notes);
        assertTrue(notes.contains("四年前的 2 倍"), notes);
        // Every headline figure says when it holds, in the report's words.
        for (Element item : headline.select(".headline-figures li")) {
            assertTrue(item.text().matches(".*(截至|20[0-9]{2} 年|第一季度).*"), item.text());
        }
    }

    /** Each figure lives in key-figures once: chapter 2's tables of case results are drawn from it, none by hand. */
    @Test
    void chapterTwosTablesOfCaseResultsComeFromTheKeyFiguresDataset() throws IOException {
        Map<String, JsonNode> figures = rows("key-figures", "id");
        Document chapter = page("chapters/ch2-industries/index.html");
        List<String> rowHeaders = new java.util.ArrayList<>();
        for (Element table : chapter.select("main table")) {
            assertTrue(table.hasClass("data-table"), "a hand-written table in chapter 2: " + table.select("caption").text());
            table.select("th[scope=row]").forEach(header -> rowHeaders.add(header.text()));
        }
        for (String kase : List.of("kling-ai-video", "shanhai-qijing", "zju2-apts", "lovart-kling")) {
            List<String> labels = figures.values().stream().filter(row -> row.path("case").asText().equals(kase))
                    .filter(row -> !row.path("id").asText().equals("lovart-video-length"))
                    .map(row -> row.path("label").asText()).toList();
            assertTrue(labels.size() >= 2, kase);
            labels.forEach(label -> assertTrue(rowHeaders.contains(label), kase + ": " + label + " in " + rowHeaders));
        }
    }
}
